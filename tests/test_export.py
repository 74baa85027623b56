"""The format table, the write_graph dispatcher and atomic file replacement."""

from __future__ import annotations

import io
import json
import os
import stat

import pytest

import showgraph.export
from showgraph.errors import ExportError
from showgraph.export import FORMATS, format_for_path, write_graph
from showgraph.export.graphml import write_graphml
from showgraph.export.jsonl import write_jsonl
from showgraph.export.rdf import write_rdf


@pytest.mark.parametrize(("path", "fmt"), [
    ("g.ttl", "turtle"), ("g.nt", "nt"), ("g.nq", "nquads"), ("g.trig", "trig"),
    ("g.jsonld", "json-ld"), ("g.json-ld", "json-ld"), ("g.jsonl", "jsonl"),
    ("g.graphml", "graphml"), ("out/G.TTL", "turtle"),
])
def test_export_format_for_path(path, fmt):
    assert format_for_path(path) == fmt


@pytest.mark.parametrize("path", ["graph.rdf", "graph", "graph.json"])
def test_export_unknown_extension_names_the_formats_in_one_line(path):
    with pytest.raises(ExportError) as error:
        format_for_path(path)
    message = str(error.value)
    assert "\n" not in message
    assert all(ext in message for extensions in FORMATS.values() for ext in extensions)


def expected_bytes(kg, fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "jsonl":
        text = io.StringIO()
        write_jsonl(kg, text)
        return text.getvalue().encode()
    if fmt == "graphml":
        write_graphml(kg, out)
    else:
        write_rdf(kg, out, fmt)
    return out.getvalue()


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_write_graph_to_a_path_by_its_extension(kg, tmp_path, fmt):
    path = tmp_path / f"graph{FORMATS[fmt][0]}"
    write_graph(kg, path)
    assert path.read_bytes() == expected_bytes(kg, fmt)
    assert os.listdir(tmp_path) == [path.name]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_write_graph_to_binary_and_text_streams(kg, fmt):
    binary, text = io.BytesIO(), io.StringIO()
    write_graph(kg, binary, fmt)
    write_graph(kg, text, fmt)
    assert binary.getvalue() == text.getvalue().encode() == expected_bytes(kg, fmt)
    assert not binary.closed


def test_export_jsonl_is_one_object_a_line(kg, tmp_path):
    path = tmp_path / "graph.jsonl"
    write_graph(kg, path)
    kinds = [json.loads(line)["kind"] for line in path.read_text(encoding="utf-8").splitlines()]
    assert kinds == sorted(kinds)  # entities, then facts
    assert {"entity", "fact"} == set(kinds)


def test_export_format_overrides_the_extension(kg, tmp_path):
    path = tmp_path / "graph.txt"
    write_graph(kg, path, "nt")
    assert path.read_bytes() == expected_bytes(kg, "nt")


def test_export_stream_without_a_format_is_an_error(kg):
    with pytest.raises(ExportError, match="name the format"):
        write_graph(kg, io.BytesIO())


def test_export_unknown_format_writes_nothing(kg, tmp_path):
    with pytest.raises(ExportError, match="unknown format 'rdfxml'"):
        write_graph(kg, tmp_path / "graph.ttl", "rdfxml")
    assert os.listdir(tmp_path) == []


def test_export_missing_folder_is_an_export_error(kg, tmp_path):
    with pytest.raises(ExportError, match="folder"):
        write_graph(kg, tmp_path / "no" / "graph.ttl")


def _half_then_fail(kg, out, *args):
    out.write(b"half a graph")
    raise RuntimeError("disk full")


@pytest.mark.parametrize(("fmt", "writer"), [
    ("turtle", "write_rdf"), ("nquads", "write_rdf"), ("graphml", "write_graphml"),
])
def test_export_failed_write_leaves_the_previous_file(kg, tmp_path, monkeypatch, fmt, writer):
    path = tmp_path / f"graph{FORMATS[fmt][0]}"
    path.write_bytes(b"previous graph")
    monkeypatch.setattr(showgraph.export, writer, _half_then_fail)
    with pytest.raises(RuntimeError, match="disk full"):
        write_graph(kg, path)
    assert path.read_bytes() == b"previous graph"
    assert os.listdir(tmp_path) == [path.name]  # no temporary file left


def test_export_bad_base_iri_leaves_the_previous_file(kg, tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_bytes(b"previous graph")
    with pytest.raises(ExportError, match="base IRI"):
        write_graph(kg, path, base_iri="not an iri")
    assert path.read_bytes() == b"previous graph"
    assert os.listdir(tmp_path) == [path.name]


def test_export_replacing_a_file_keeps_its_permissions(kg, tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_bytes(b"previous graph")
    path.chmod(0o640)
    write_graph(kg, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_bytes() == expected_bytes(kg, "turtle")


def test_export_writes_through_a_symlink(kg, tmp_path):
    real = tmp_path / "real.nt"
    real.write_bytes(b"previous graph")
    link = tmp_path / "link.nt"
    link.symlink_to(real)
    write_graph(kg, link)
    assert link.is_symlink()
    assert real.read_bytes() == expected_bytes(kg, "nt")
