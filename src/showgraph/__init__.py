"""showgraph: knowledge graphs from entertainment journalism."""
