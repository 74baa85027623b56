"""The spec's JSON Lines export: entities first, then facts, one object a line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from showgraph.graph import KnowledgeGraph
from showgraph.records import Source


def jsonl_records(kg: KnowledgeGraph) -> Iterator[dict[str, Any]]:
    """The export as plain dicts, in the order they are written.

    >>> from showgraph.records import Article, ArticleExtraction, Entity
    >>> kg = KnowledgeGraph()
    >>> kg.add(ArticleExtraction(Article("a.txt", ""), (Entity("work/x", "X", "Work"),)))
    >>> next(jsonl_records(kg))["id"]
    'work/x'
    """
    for entity in kg.iter_entities():
        record: dict[str, Any] = {
            "kind": "entity", "id": entity.id, "name": entity.name, "type": entity.type,
        }
        if entity.subtype:
            record["subtype"] = entity.subtype
        record["aliases"] = list(entity.aliases)
        record["docs"] = list(entity.docs)
        yield record
    for fact in kg.iter_facts():
        record = {
            "kind": "fact", "subject": fact.subject,
            "subject_name": kg.name_of(fact.subject), "predicate": fact.predicate,
        }
        if fact.is_literal:
            record["value"] = fact.value
        else:
            record["object"] = fact.object
            record["object_name"] = kg.name_of(fact.object)
        record["confidence"] = fact.confidence
        record["sources"] = [_source_record(s) for s in fact.sources]
        yield record


def _source_record(source: Source) -> dict[str, Any]:
    return {"doc": source.doc, "start": source.start, "end": source.end,
            "sentence": source.sentence}


def write_jsonl(kg: KnowledgeGraph, out: IO[str]) -> None:
    """Write the export to a text stream."""
    for record in jsonl_records(kg):
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=False))
        out.write("\n")
