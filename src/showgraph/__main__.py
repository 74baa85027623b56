"""``python -m showgraph``: the same as the ``showgraph`` command."""

from showgraph.cli import main

if __name__ == "__main__":
    main()
