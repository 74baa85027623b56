"""Validate the bundled sample corpus (data/articles) against the gold format of the spec."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "data" / "articles"
GOLD = [json.loads(line) for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
TEXTS = sorted(p.name for p in CORPUS.glob("*.txt"))

ENTITY_TYPES = {"Person", "Character", "Organization", "Work", "Place"}
WORK_SUBTYPES = {"TVSeries", "Movie", "Season", "Episode", "Other"}
WORK, PERSON, ORG = {"Work"}, {"Person"}, {"Organization"}
AGENT = {"Person", "Character"}
# predicate -> (subject types, object types or literal kind), as in the spec's Predicates table
PREDICATES = {
    "actor": (WORK, PERSON),
    "character": (WORK, {"Character"}),
    "plays": (PERSON, {"Character"}),
    "creator": (WORK, PERSON | ORG),
    "director": (WORK, PERSON),
    "writer": (WORK, PERSON),
    "producer": (WORK, PERSON),
    "productionCompany": (WORK, ORG),
    "network": (WORK, ORG),
    "distributor": (WORK, ORG),
    "releaseDate": (WORK, "date"),
    "numberOfEpisodes": (WORK, "int"),
    "numberOfSeasons": (WORK, "int"),
    "worksFor": (AGENT, ORG),
    "jobTitle": (AGENT, "text"),
    "memberOf": (AGENT, ORG),
    "countryOfOrigin": (WORK, {"Place"}),
    "basedOn": (WORK, WORK),
    "partOfSeries": (WORK, WORK),
}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _index(record: dict) -> dict[str, dict]:
    """Every name and alias of an article's entities -> the entity."""
    index = {}
    for entity in record["entities"]:
        for name in [entity["name"], *entity.get("aliases", [])]:
            assert index.setdefault(name, entity) is entity, f"{name!r} names two entities"
    return index


def test_one_gold_line_per_article():
    docs = [record["doc"] for record in GOLD]
    assert len(docs) == len(set(docs))
    assert sorted(docs) == TEXTS
    assert len(TEXTS) >= 14


@pytest.mark.parametrize("record", GOLD, ids=lambda r: r["doc"])
def test_article(record):
    text = (CORPUS / record["doc"]).read_text(encoding="utf-8")
    assert 150 <= len(text.split()) <= 400
    if "published" in record:
        assert ISO_DATE.match(record["published"])
    index = _index(record)
    for entity in record["entities"]:
        assert entity["type"] in ENTITY_TYPES
        assert (entity.get("subtype") in WORK_SUBTYPES) == (entity["type"] == "Work"), entity
        if entity["type"] != "Place":
            aliases = entity.get("aliases", [])
            assert any(name in text for name in [entity["name"], *aliases]), f"{entity['name']!r} not in text"
            assert all(alias in text for alias in aliases), f"an alias of {entity['name']!r} not in text"
    assert record["facts"]
    for subject, predicate, obj in record["facts"]:
        assert predicate in PREDICATES, predicate
        subject_types, object_kind = PREDICATES[predicate]
        assert subject in index and index[subject]["type"] in subject_types, (subject, predicate)
        if object_kind == "date":
            assert isinstance(obj, str) and ISO_DATE.match(obj), obj
        elif object_kind == "int":
            assert type(obj) is int and obj > 0, obj
        elif object_kind == "text":
            assert isinstance(obj, str) and obj == obj.lower() and obj.strip(), obj
        else:
            assert obj in index and index[obj]["type"] in object_kind, (predicate, obj)
        if predicate == "partOfSeries":
            assert index[subject]["subtype"] in {"Season", "Episode"}, subject
    assert len({json.dumps(fact) for fact in record["facts"]}) == len(record["facts"]), "duplicate fact"


def test_every_predicate_is_exercised():
    used = {predicate for record in GOLD for _, predicate, _ in record["facts"]}
    assert used == set(PREDICATES)
