"""The spaCy side of showgraph: components that type entities and find facts.

Components write plain data on the Doc (offsets, labels, rule ids) through
the extension attributes declared in :mod:`showgraph.pipeline.doc_data`;
:mod:`showgraph.extract` turns that into records. Nothing outside this
package and ``extract.py`` / ``model.py`` imports spaCy.
"""
