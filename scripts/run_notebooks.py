"""Run the notebooks and save them with their outputs, as they are committed.

    python scripts/run_notebooks.py                       # every notebooks/*.ipynb
    python scripts/run_notebooks.py notebooks/explore.ipynb

The kernel is this interpreter, whatever kernels Jupyter has installed, and
it imports the showgraph this script imports (the checkout's, with
PYTHONPATH=src), so the outputs are those of the code beside them. Each
notebook runs in its own folder, as Jupyter runs it. tests/test_notebooks.py
runs them the same way, without saving.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
KERNEL = "showgraph-notebooks"


def execute_notebook(path: Path, timeout: int = 120):
    """Run one notebook in a fresh kernel and return it with its outputs.

    Raises:
        nbclient.exceptions.CellExecutionError: a cell raised.
    """
    import nbformat
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory() as kernels:
        _write_kernel_spec(Path(kernels) / KERNEL)
        manager = KernelManager(kernel_name=KERNEL,
                                kernel_spec_manager=KernelSpecManager(kernel_dirs=[kernels]))
        client = NotebookClient(notebook, km=manager, timeout=timeout,
                                resources={"metadata": {"path": str(path.parent)}})
        client.execute(env=_kernel_environment())
    # The kernel that ran it is a detail of this machine; a reader's
    # Jupyter should offer its own Python 3.
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                       "language": "python"}
    return notebook


def _write_kernel_spec(folder: Path) -> None:
    from ipykernel.kernelspec import write_kernel_spec

    # argv is this interpreter: a "python3" kernel installed elsewhere (a user's
    # ~/.local one, say) could be another Python without showgraph.
    write_kernel_spec(str(folder))


def _kernel_environment() -> dict[str, str]:
    import showgraph

    package_parent = str(Path(showgraph.__file__).resolve().parents[1])
    paths = [package_parent, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    # Plots inline, even where MPLBACKEND names another backend.
    return {**os.environ, "PYTHONPATH": os.pathsep.join(dict.fromkeys(paths)),
            "MPLBACKEND": "module://matplotlib_inline.backend_inline"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="notebooks (default: all)")
    args = parser.parse_args()
    import nbformat

    for path in args.paths or sorted(NOTEBOOKS.glob("*.ipynb")):
        start = time.perf_counter()
        notebook = execute_notebook(path.resolve())
        nbformat.write(notebook, path)
        print(f"{path}: {time.perf_counter() - start:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
