"""A store served as a SPARQL 1.1 endpoint, by the Oxigraph server.

The ``oxigraph`` package on PyPI installs the server, a Rust binary, beside
the Python interpreter. :func:`start_server` runs it on a store folder,
read-only unless asked otherwise, and waits until it answers::

    with start_server("graph.db", port=7878) as server:
        server.query_url   # 'http://127.0.0.1:7878/query': GET ?query=... or POST
        ...                # any SPARQL client: SPARQLWrapper, rdflib's SPARQLStore

The store's default graph already holds every article's facts (see
:mod:`showgraph.store`), so the endpoint needs no union-default-graph mode and
answers as ``showgraph query`` does. Two cautions: Oxigraph's read-only mode
shares the store with other readers, but not with a writer, so stop the server
before ``showgraph extract --store`` writes into it; and the Oxigraph server
runs SERVICE clauses, so bind it to a public address only if its users may make
it send HTTP requests.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import IO, Union

from showgraph.errors import ServeError
from showgraph.store import is_store

PathLike = Union[str, "os.PathLike[str]"]
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878


def oxigraph_binary() -> str:
    """The ``oxigraph`` server: beside this Python (its virtualenv's ``bin``), else on PATH.

    Raises:
        ServeError: when it is not installed.
    """
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    if not found:
        raise ServeError("the Oxigraph server is not installed; `pip install oxigraph` "
                         "installs it beside pyoxigraph")
    return found


def server_command(path: PathLike, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
                   read_only: bool = True, timeout: float | None = None) -> list[str]:
    """The command line that serves a store.

    >>> server_command("graph.db", port=8000, timeout=30)[1:]
    ['serve-read-only', '--location', 'graph.db', '--bind', '127.0.0.1:8000', '--timeout-s', '30']
    """
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    command = [oxigraph_binary(), "serve-read-only" if read_only else "serve",
               "--location", os.fspath(path), "--bind", bind]
    if timeout is not None:
        command += ["--timeout-s", str(max(1, round(timeout)))]
    return command


class Server:
    """A running Oxigraph server; a context manager that stops it on exit.

    Attributes:
        url: the server's root, ``http://HOST:PORT``.
        process: the server's process.
    """

    def __init__(self, process: subprocess.Popen[bytes], host: str, port: int,
                 log: IO[bytes] | None = None) -> None:
        self.process = process
        url_host = f"[{host}]" if ":" in host else host
        self.url = f"http://{url_host}:{port}"
        self._log = log

    @property
    def query_url(self) -> str:
        """The SPARQL 1.1 query endpoint."""
        return self.url + "/query"

    def wait_until_ready(self, timeout: float = 10.0) -> None:
        """Poll the endpoint until it answers a query, for at most ``timeout`` seconds.

        Raises:
            ServeError: when the server exits (a port in use, a locked store)
                or does not answer in time; the server is stopped.
        """
        deadline = time.monotonic() + timeout
        probe = self.query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServeError(f"the Oxigraph server stopped: {self._log_error()}")
            try:
                with urllib.request.urlopen(probe, timeout=1) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.05)
        self.stop()
        raise ServeError(f"the Oxigraph server did not answer at {self.url} within {timeout:g} s")

    def wait(self) -> int:
        """Block until the server exits; its exit status."""
        return self.process.wait()

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 5 s)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    def _log_error(self) -> str:
        """The server's error line ("Error: Address already in use ..."), else its exit status."""
        lines = []
        if self._log is not None:
            self._log.seek(0)
            lines = self._log.read().decode("utf-8", "replace").splitlines()
        errors = [line.strip() for line in lines if line.startswith("Error")]
        return errors[0] if errors else f"exit status {self.process.returncode}"

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def start_server(path: PathLike, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
                 read_only: bool = True, timeout: float | None = None,
                 ready_timeout: float = 10.0, quiet: bool = True) -> Server:
    """Serve a store as a SPARQL endpoint, and return once it answers.

    Args:
        path: the store's folder.
        host: the address to listen on; the default is this machine only.
        port: the TCP port.
        read_only: refuse SPARQL updates (the default).
        timeout: seconds after which the server abandons a query.
        ready_timeout: how long to wait for the server to answer.
        quiet: keep the server's log, shown only if it fails to start;
            otherwise the server writes to this process's stdout and stderr.

    Raises:
        ServeError: when the folder is not a store, the server is missing, or
            it fails to start.
    """
    if not is_store(path):
        raise ServeError(f"{os.fspath(path)!r} is not a showgraph store; make one with "
                         f"`showgraph extract ARTICLES --store {os.fspath(path)}`")
    _check_port_free(host, port)
    command = server_command(path, host, port, read_only=read_only, timeout=timeout)
    log = tempfile.TemporaryFile() if quiet else None
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
    except OSError as error:
        raise ServeError(f"cannot start the Oxigraph server: {error}") from error
    server = Server(process, host, port, log)
    try:
        server.wait_until_ready(ready_timeout)
    except BaseException:
        server.stop()
        raise
    return server


def _check_port_free(host: str, port: int) -> None:
    """Refuse a port something already listens on: the readiness check would reach it instead."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will
        try:
            probe.bind((host, port))
        except OSError as error:
            raise ServeError(f"cannot listen on {host}:{port}: {error.strerror}; "
                             "choose another --port") from error
