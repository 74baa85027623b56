"""The installed distribution carries what the code loads at run time."""

from __future__ import annotations

import sysconfig
from importlib import metadata

import pytest

REQUIRED = ["showgraph/rules/lexicon.toml", "showgraph/rules/organizations.tsv",
            "showgraph/rules/demonyms.tsv", "showgraph/vocab.ttl", "showgraph/py.typed"]


@pytest.fixture(scope="module")
def installed_files() -> set[str]:
    # From site-packages itself: a build leaves src/showgraph.egg-info, which
    # would otherwise answer for the installed distribution.
    site = sysconfig.get_paths()["purelib"]
    dists = list(metadata.Distribution.discover(name="showgraph", path=[site]))
    files = dists[0].files or [] if dists else []
    return {str(f).replace("\\", "/") for f in files}


@pytest.mark.parametrize("path", REQUIRED)
def test_packaging_data_file_is_installed(installed_files, path):
    # An editable install lists no package files; only a real one can be checked.
    if not any(f.endswith(".py") and f.startswith("showgraph/") for f in installed_files):
        pytest.skip("editable install: the files are the source tree's")
    assert path in installed_files


def test_packaging_entry_points_declared():
    names = {ep.name for ep in metadata.entry_points(group="spacy_factories")}
    assert {"showgraph_titles", "showgraph_gazetteer", "showgraph_entity_types", "showgraph_cast",
            "showgraph_coref", "showgraph_relations"} <= names
    scripts = {ep.name for ep in metadata.entry_points(group="console_scripts")}
    assert "showgraph" in scripts
