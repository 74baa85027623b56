"""The knowledge graph as tables, for notebooks: pandas DataFrames and an HTML summary.

pandas is imported inside the functions that build frames, so that importing
showgraph (and ``showgraph --help``) stays fast.

A fact is one row, with the evidence of its first source (by article, then
offset); ``sources`` says how many there are, and ``all_sources=True`` gives
one row per source instead. A fact whose object is an entity has ``object``,
``object_name`` and ``object_type``; one whose object is a literal has
``value``, like the JSON Lines export.

>>> from showgraph.records import Article, ArticleExtraction, Entity, Fact, Source
>>> kg = KnowledgeGraph()
>>> kg.add(ArticleExtraction(Article("a.txt", ""), (Entity("work/x", "X", "Work", "Movie"),),
...        (Fact("work/x", "releaseDate", value="2020", confidence=0.8,
...              sources=(Source("a.txt", 0, 8, "X (2020)"),)),)))
>>> facts_frame(kg)[["subject_name", "predicate", "value", "sentence"]]
  subject_name    predicate value  sentence
0            X  releaseDate  2020  X (2020)
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import TYPE_CHECKING, Any

from showgraph.graph import KnowledgeGraph
from showgraph.records import Fact, Source

if TYPE_CHECKING:
    import pandas as pd

    from showgraph.query import QueryResult

FACT_COLUMNS = (
    "subject", "subject_name", "subject_type", "predicate", "object", "object_name",
    "object_type", "value", "confidence", "sources", "doc", "start", "end", "sentence",
)
ENTITY_COLUMNS = ("id", "name", "type", "subtype", "aliases", "docs")


def facts_frame(kg: KnowledgeGraph, all_sources: bool = False) -> pd.DataFrame:
    """Every fact with its names, types and evidence, ordered as :meth:`iter_facts`.

    Args:
        kg: the graph.
        all_sources: one row per (fact, source) instead of one per fact; a fact
            with no source still has one row, its evidence columns empty.

    Returns:
        A DataFrame with the columns of :data:`FACT_COLUMNS`.
    """
    import pandas as pd

    rows = []
    for fact in kg.iter_facts():
        head = _fact_head(kg, fact)
        sources = fact.sources if all_sources else fact.sources[:1]
        rows += [{**head, **_evidence(source)} for source in sources or (None,)]
    frame = pd.DataFrame(rows, columns=list(FACT_COLUMNS))
    for column in ("start", "end"):
        frame[column] = frame[column].astype("Int64")
    frame["confidence"] = frame["confidence"].astype(float)
    frame["sources"] = frame["sources"].astype(int)
    return frame


def _fact_head(kg: KnowledgeGraph, fact: Fact) -> dict[str, Any]:
    subject = kg.graph.nodes[fact.subject]
    target = kg.graph.nodes[fact.object] if fact.object is not None else {}
    return {
        "subject": fact.subject, "subject_name": subject.get("name"),
        "subject_type": subject.get("type"),
        "predicate": fact.predicate, "object": fact.object, "object_name": target.get("name"),
        "object_type": target.get("type"), "value": fact.value, "confidence": fact.confidence,
        "sources": len(fact.sources),
    }


def _evidence(source: Source | None) -> dict[str, Any]:
    if source is None:
        return {"doc": None, "start": None, "end": None, "sentence": None}
    return {"doc": source.doc, "start": source.start, "end": source.end,
            "sentence": source.sentence}


def entities_frame(kg: KnowledgeGraph) -> pd.DataFrame:
    """Every entity, in id order; ``aliases`` and ``docs`` are sorted lists.

    Returns:
        A DataFrame with the columns of :data:`ENTITY_COLUMNS`.
    """
    import pandas as pd

    rows = [{"id": e.id, "name": e.name, "type": e.type, "subtype": e.subtype,
             "aliases": list(e.aliases), "docs": list(e.docs)} for e in kg.iter_entities()]
    return pd.DataFrame(rows, columns=list(ENTITY_COLUMNS))


def result_frame(result: QueryResult) -> pd.DataFrame:
    """A SPARQL result as a DataFrame: solutions by variable, an ASK's answer, or triples.

    >>> from showgraph.query import QueryResult
    >>> result_frame(QueryResult(boolean=True))
        ask
    0  True
    """
    import pandas as pd

    from showgraph.query import plain_value

    if result.kind == "boolean":
        return pd.DataFrame({"ask": [result.boolean]})
    if result.kind == "graph":
        rows = [tuple(map(plain_value, (t.subject, t.predicate, t.object)))
                for t in result.triples or ()]
        return pd.DataFrame.from_records(rows, columns=["subject", "predicate", "object"])
    return result.to_dataframe()


def summary_html(kg: KnowledgeGraph) -> str:
    """A compact HTML summary: totals, entities by type, facts by predicate.

    Every name in it is escaped, so a graph built from hostile text renders
    as text.

    >>> "<th>facts</th>" in summary_html(KnowledgeGraph())
    True
    """
    types = Counter(data["type"] for _, data in kg.entity_nodes())
    predicates = Counter(key for _, _, key in kg.graph.edges(keys=True))
    totals = {"articles": len(kg.articles), "entities": sum(types.values()), "facts": len(kg)}
    return (
        '<div class="showgraph-summary">'
        f"<strong>KnowledgeGraph</strong>: {_cells(totals)}"
        '<div style="display:flex;gap:2em;align-items:flex-start">'
        f"{_table('entity type', 'entities', types)}"
        f"{_table('predicate', 'facts', predicates)}"
        "</div></div>"
    )


def _cells(totals: dict[str, int]) -> str:
    return ", ".join(f"{count} {escape(label)}" for label, count in totals.items())


def _table(label: str, count_label: str, counts: Counter[str]) -> str:
    rows = "".join(
        f"<tr><td>{escape(str(name))}</td><td style=\"text-align:right\">{count}</td></tr>"
        for name, count in sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))
    )
    return (f"<table><thead><tr><th>{escape(label)}</th><th>{escape(count_label)}</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>")
