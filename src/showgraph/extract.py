"""From spaCy Docs to plain records: the last place spaCy objects appear.

:func:`doc_to_extraction` resolves each relation's spans through
coreference to named entities, checks subject and object types against the
predicate table, normalises literals, and attaches the evidence sentence.
:func:`extract_articles` runs the whole pipeline over a stream of articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from showgraph.dates import normalize_date
from showgraph.names import entity_id, normalize_name
from showgraph.records import PREDICATES, Article, ArticleExtraction, Entity, Fact, Source

ENTITY_TYPES = ("Person", "Character", "Organization", "Work", "Place")
QUOTES = "\"'“”‘’«»`"
SPACE_RE = re.compile(r"\s+")


def extract_articles(articles: Iterable[Article], nlp, batch_size: int = 16,
                     n_process: int = 1) -> Iterator[ArticleExtraction]:
    """Run the pipeline over articles, yielding one extraction each, in order.

    With ``n_process > 1`` the work runs in that many worker processes
    (:mod:`showgraph.workers`); the output is the same.
    """
    if n_process > 1:
        from showgraph.workers import extract_in_processes

        yield from extract_in_processes(articles, nlp, batch_size, n_process)
        return
    from showgraph.pipeline.split import docs_for

    yield from docs_for(articles, nlp, batch_size, 1, doc_to_extraction)


def doc_to_extraction(doc, article: Article) -> ArticleExtraction:
    """Turn one processed Doc into an :class:`ArticleExtraction`."""
    mentions = _Mentions(doc, article.id)
    facts: dict[tuple, Fact] = {}
    for record in doc._.sg_relations or []:
        fact = _fact(doc, record, mentions, article)
        if fact is None:
            continue
        key = (fact.subject, fact.predicate, fact.target)
        old = facts.get(key)
        if old is None or old.confidence < fact.confidence:
            facts[key] = fact if old is None else replace(fact, sources=_merge(old.sources, fact.sources))
        else:
            facts[key] = replace(old, sources=_merge(old.sources, fact.sources))
    return ArticleExtraction(article, mentions.entities(), _most_precise_dates(facts.values()))


def _most_precise_dates(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    """Drop "2016" when the same article dates the same work "2016-10-21"."""
    facts = tuple(facts)
    dates = {(f.subject, str(f.value)) for f in facts if f.predicate == "releaseDate"}
    return tuple(f for f in facts if f.predicate != "releaseDate" or not any(
        subject == f.subject and value != f.value and value.startswith(f"{f.value}-")
        for subject, value in dates))


def _merge(a: tuple[Source, ...], b: tuple[Source, ...]) -> tuple[Source, ...]:
    return tuple(dict.fromkeys(a + b))


class _Mentions:
    """Named entities of one article, keyed by type and normalised name."""

    def __init__(self, doc, doc_id: str) -> None:
        from showgraph.pipeline.coref import resolve
        from showgraph.pipeline.doc_data import info_of

        self.doc_id = doc_id
        self._by_key: dict[tuple[str, str], dict] = {}
        self._span_ids: dict[tuple[int, int], str] = {}
        for ent in doc.ents:
            if ent.label_ not in ENTITY_TYPES:
                continue
            start, end = resolve(doc, ent.start, ent.end)
            canonical = doc[start:end]
            label = canonical[0].ent_type_ if canonical[0].ent_type_ in ENTITY_TYPES else ent.label_
            name = info_of(canonical).get("canonical") or clean_name(canonical.text)
            if not name:
                continue
            entity = self._add(label, name, info_of(canonical).get("subtype") or None)
            alias = clean_name(ent.text)
            if alias and normalize_name(alias) != normalize_name(entity["name"]):
                entity["aliases"].add(alias)
            self._span_ids[(ent.start, ent.end)] = entity["id"]
            self._span_ids[(start, end)] = entity["id"]

    def _add(self, label: str, name: str, subtype: str | None) -> dict:
        key = (label, normalize_name(name))
        if key not in self._by_key:
            self._by_key[key] = {"id": entity_id(label, name), "name": name, "type": label,
                                 "subtype": subtype, "aliases": set()}
        entity = self._by_key[key]
        if subtype and not entity["subtype"]:
            entity["subtype"] = subtype
        return entity

    def id_of(self, doc, span: list[int]) -> tuple[str, str] | None:
        """(entity id, type) for a relation's span, following coreference."""
        from showgraph.pipeline.coref import resolve

        start, end = resolve(doc, *span)
        entity_id_ = self._span_ids.get((start, end))
        if entity_id_ is None:
            return None
        return entity_id_, doc[start].ent_type_

    def country_name(self, country: str) -> str:
        """The article's own name for a country ("the U.S."), else the standard one."""
        from showgraph.pipeline.lexicon import Lexicon

        names = (country, *Lexicon.load().country_names.get(country, ()))
        known = {key[1] for key in self._by_key if key[0] == "Place"}
        return next((n for n in names if normalize_name(n) in known), country)

    def place(self, name: str) -> str:
        return self._add("Place", name, None)["id"]

    def entities(self) -> tuple[Entity, ...]:
        work_subtype = {"Work": "Other"}
        return tuple(sorted(
            (Entity(e["id"], e["name"], e["type"],
                    e["subtype"] or work_subtype.get(e["type"]),
                    tuple(sorted(e["aliases"])), (self.doc_id,))
             for e in self._by_key.values()),
            key=lambda e: e.id,
        ))


def _fact(doc, record: dict, mentions: _Mentions, article: Article) -> Fact | None:
    predicate = record["p"]
    subject_types, object_types = PREDICATES[predicate]
    subject = mentions.id_of(doc, record["s"])
    if subject is None or subject[1] not in subject_types:
        return None
    source = _source(doc, record, article.id)
    common = {"confidence": record["c"], "sources": (source,), "rule": record["rule"]}
    if predicate == "countryOfOrigin" and record["v"]:
        # The rule found a nationality adjective; the object is the country it names.
        country = mentions.country_name(str(record["v"]))
        return Fact(subject[0], predicate, object=mentions.place(country), **common)
    if isinstance(object_types, str):
        value = _literal(predicate, record, article.published)
        if value is None:
            return None
        return Fact(subject[0], predicate, value=value, **common)
    obj = mentions.id_of(doc, record["o"]) if record["o"] else None
    if obj is None or obj[1] not in object_types or obj[0] == subject[0]:
        return None
    return Fact(subject[0], predicate, object=obj[0], **common)


def _literal(predicate: str, record: dict, published: str | None):
    value = record["v"]
    if predicate == "releaseDate":
        return normalize_date(str(value), published, record.get("tense"))
    if predicate in ("numberOfEpisodes", "numberOfSeasons"):
        return int(value) if isinstance(value, int) or str(value).isdigit() else None
    text = SPACE_RE.sub(" ", str(value)).strip()
    return text or None


def _source(doc, record: dict, doc_id: str) -> Source:
    start, end = record["ev"]
    span = doc[start:end]
    text = span.text
    lead = len(text) - len(text.lstrip())
    sentence = SPACE_RE.sub(" ", text).strip()
    return Source(doc_id, span.start_char + lead, span.start_char + len(text.rstrip()), sentence)


def clean_name(text: str) -> str:
    """A name as it should be shown: no surrounding quotes, single spaces.

    >>> clean_name("“Better Call Saul,”")
    'Better Call Saul'
    """
    text = SPACE_RE.sub(" ", text).strip().strip(QUOTES).strip(" ,;:").strip(QUOTES).strip()
    return text
