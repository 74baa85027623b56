"""Writers for the knowledge graph: JSON Lines, RDF and GraphML."""
