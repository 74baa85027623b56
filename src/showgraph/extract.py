"""From spaCy Docs to plain records: the last place spaCy objects appear.

:func:`doc_to_extraction` resolves each relation's spans through
coreference to named entities, checks subject and object types against the
predicate table, normalises literals, and attaches the evidence sentence.
:func:`extract_articles` runs the whole pipeline over a stream of articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from showgraph.dates import normalize_date
from showgraph.names import entity_id, normalize_name
from showgraph.records import PREDICATES, Article, ArticleExtraction, Entity, Fact, Source

ENTITY_TYPES = ("Person", "Character", "Organization", "Work", "Place")
QUOTES = "\"'“”‘’«»`"
SPACE_RE = re.compile(r"\s+")


def extract_articles(articles: Iterable[Article], nlp, batch_size: int = 16,
                     n_process: int = 1, chunk_chars: int | None = None) -> Iterator[ArticleExtraction]:
    """Run the pipeline over articles, yielding one extraction each, in order.

    An article longer than ``chunk_chars`` (default
    :data:`showgraph.pipeline.split.CHUNK_CHARS`) is processed in chunks
    cut at paragraph breaks, and their extractions combined by
    :func:`combine_chunks`; see :mod:`showgraph.pipeline.split`. With
    ``n_process > 1`` the work runs in that many worker processes
    (:mod:`showgraph.workers`); the output is the same.
    """
    if n_process > 1:
        from showgraph.workers import extract_in_processes

        yield from extract_in_processes(articles, nlp, batch_size, n_process)
        return
    from showgraph.pipeline.split import CHUNK_CHARS, docs_for

    yield from docs_for(articles, nlp, batch_size, 1, doc_to_extraction,
                        combine_chunks, chunk_chars or CHUNK_CHARS)


def doc_to_extraction(doc, article: Article) -> ArticleExtraction:
    """Turn one processed Doc into an :class:`ArticleExtraction`."""
    from showgraph.pipeline.doc_data import doc_text

    mentions = _Mentions(doc, article.id)
    text = doc_text(doc)
    # Facts first: a countryOfOrigin fact adds its Place to the mentions.
    facts = _merge_facts(filter(None, (_fact(doc, text, record, mentions, article)
                                       for record in doc._.sg_relations or [])))
    seasonal = _seasons(facts, mentions)
    episodes = _episodes(seasonal, mentions, _headline_works(doc, mentions))
    return ArticleExtraction(article, mentions.entities(), _most_precise_dates(_origin_over_broadcast(episodes)))


def _headline_works(doc, mentions: _Mentions) -> set[str]:
    """Ids of the works an article's own title line names ("Low Tide (Harbour Lane)")."""
    from showgraph.pipeline.doc_data import info_of

    found = (mentions.id_of(doc, [e.start, e.end]) for e in doc.ents
             if e.label_ == "Work" and info_of(e).get("rule") == "title-line")
    return {f[0] for f in found if f}


def combine_chunks(article: Article,
                   parts: Sequence[tuple[int, ArticleExtraction]]) -> ArticleExtraction:
    """One extraction for an article from those of its chunks, as if read whole.

    Each part is ``(start, extraction)``: where the chunk starts in the
    article's text, and what was extracted from the chunk alone. Evidence
    offsets are moved by the chunk's start so that they index the article's
    text; entities are merged by id (the first chunk's name, all aliases),
    facts as within one text (the most confident, with every source).

    >>> from showgraph.records import Entity
    >>> text = "Mara Lind stars. Mara Lind directs."
    >>> person = Entity("person/mara-lind", "Mara Lind", "Person")
    >>> first = ArticleExtraction(Article("a", text[:17]), (person,))
    >>> fact = Fact("work/x", "director", object=person.id,
    ...             sources=(Source("a", 0, 18, "Mara Lind directs."),))
    >>> second = ArticleExtraction(Article("a", text[17:]), (person,), (fact,))
    >>> combined = combine_chunks(Article("a", text), [(0, first), (17, second)])
    >>> source = combined.facts[0].sources[0]
    >>> text[source.start:source.end]
    'Mara Lind directs.'
    """
    entities: dict[str, Entity] = {}
    facts: list[Fact] = []
    for start, part in parts:
        for entity in part.entities:
            entities[entity.id] = _merge_entity(entities.get(entity.id), entity)
        facts.extend(replace(f, sources=tuple(_shift(s, start) for s in f.sources))
                     for f in part.facts)
    warnings = tuple(w for _, part in parts for w in part.warnings)
    return ArticleExtraction(article, tuple(sorted(entities.values(), key=lambda e: e.id)),
                             _most_precise_dates(_origin_over_broadcast(_merge_facts(facts))), warnings)


def _merge_entity(old: Entity | None, new: Entity) -> Entity:
    if old is None:
        return new
    aliases = set(old.aliases) | set(new.aliases)
    if normalize_name(new.name) != normalize_name(old.name):
        aliases.add(new.name)
    aliases = {a for a in aliases if normalize_name(a) != normalize_name(old.name)}
    subtype = new.subtype if old.subtype in (None, "Other") and new.subtype else old.subtype
    return replace(old, subtype=subtype, aliases=tuple(sorted(aliases)))


def _shift(source: Source, by: int) -> Source:
    return replace(source, start=source.start + by, end=source.end + by)


def _merge_facts(facts: Iterable[Fact]) -> list[Fact]:
    """One fact per (subject, predicate, object): the most confident, with every source."""
    merged: dict[tuple, Fact] = {}
    for fact in facts:
        key = (fact.subject, fact.predicate, fact.target)
        old = merged.get(key)
        if old is None:
            merged[key] = fact
        else:
            best = fact if old.confidence < fact.confidence else old
            merged[key] = replace(best, sources=_merge(old.sources, fact.sources))
    return list(merged.values())


# A season keeps only what is its own; the rest belongs to the series (the spec).
SEASON_PREDICATES = ("releaseDate", "numberOfEpisodes")


def _seasons(facts: list[Fact], mentions: _Mentions) -> list[Fact]:
    """Seasons with their own date or episode count stay works, part of their series.

    Every other fact about a season goes to its series; a season with no date or
    count of its own is folded into the series entirely.
    """
    result: list[Fact] = []
    for season_id, series_name in mentions.seasons():
        series_id = mentions.work(series_name)
        own = [f for f in facts if f.subject == season_id and f.predicate in SEASON_PREDICATES]
        if season_id.endswith("-season-1") and all(f.predicate == "releaseDate" for f in own):
            own = []  # a first season's premiere is its series' premiere: nothing of its own
        if own:
            result.append(Fact(season_id, "partOfSeries", object=series_id, confidence=0.9,
                               sources=own[0].sources, rule="season"))
        else:
            mentions.drop(season_id, into=series_id, aliases=False)
        facts = [_moved(f, season_id, series_id, keep=bool(own)) for f in facts]
    return result + facts


# An episode keeps its own date and its own director and writer; cast, characters
# and network belong to the series. Where an episode was made is where its series
# was made: that fact holds for both. So does the cast an article about the episode
# itself (its title line names it) gives: "In the episode, A (B) ..." is the
# episode's cast, and the series' too.
EPISODE_PREDICATES = ("releaseDate", "director", "writer", "partOfSeries", "numberOfEpisodes")
EPISODE_ARTICLE_CAST = ("actor", "character")
SHARED_WITH_SERIES = ("countryOfOrigin",)


def _episodes(facts: list[Fact], mentions: _Mentions, headline: frozenset[str] | set[str] = frozenset()) -> list[Fact]:
    """Move the series' facts off an episode that is part of it; ``headline`` holds the ids
    of the works the article's title line names."""
    parts = {f.subject: f.object for f in facts if f.predicate == "partOfSeries"
             and f.rule == "episode-of"}
    for episode_id in parts:
        mentions.set_subtype(episode_id, "Episode")
    moved = [replace(f, subject=parts[f.subject]) if f.subject in parts and f.predicate not in EPISODE_PREDICATES
             else f for f in facts]
    kept = [f for f in facts if f.subject in parts and (f.predicate in SHARED_WITH_SERIES or (
        f.subject in headline and f.predicate in EPISODE_ARTICLE_CAST))]
    return _merge_facts(moved + kept)


def _moved(fact: Fact, season_id: str, series_id: str, keep: bool) -> Fact:
    if keep and fact.predicate in SEASON_PREDICATES:
        return fact
    if fact.subject == season_id:
        fact = replace(fact, subject=series_id)
    if fact.object == season_id:
        fact = replace(fact, object=series_id)
    return fact


def _origin_over_broadcast(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    """Drop "aired in the United States" as an origin when the article gives the work
    another one ("a Mexican telenovela"): that airing was abroad."""
    facts = tuple(facts)
    stated = {f.subject for f in facts if f.predicate == "countryOfOrigin" and f.rule != "aired-in-country"}
    return tuple(f for f in facts if not (f.predicate == "countryOfOrigin" and f.rule == "aired-in-country"
                                          and f.subject in stated))


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
            info = info_of(canonical)
            surface = clean_name(canonical.text)
            # A known organisation keeps the article's spelling ("AP") as its name and
            # merges across articles by its canonical id ("Associated Press").
            key_name = info.get("canonical") or surface
            name = surface if info.get("rule") == "gazetteer" and surface else key_name
            if not name:
                continue
            entity = self._add(label, name, info.get("subtype") or None, key_name)
            if key_name != name:
                entity["aliases"].add(key_name)
            if info_of(canonical).get("series"):
                entity["series"] = info_of(canonical)["series"]
            alias = clean_name(ent.text)
            if alias and normalize_name(alias) != normalize_name(entity["name"]):
                entity["aliases"].add(alias)
            self._span_ids[(ent.start, ent.end)] = entity["id"]
            self._span_ids[(start, end)] = entity["id"]

    def _add(self, label: str, name: str, subtype: str | None, key_name: str | None = None) -> dict:
        key = (label, normalize_name(key_name or name))
        if key not in self._by_key:
            self._by_key[key] = {"id": entity_id(label, key_name or name), "name": name, "type": label,
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

    def seasons(self) -> list[tuple[str, str]]:
        """(season id, series title) of every season this article names."""
        return [(e["id"], e["series"]) for e in self._by_key.values() if e.get("series")]

    def work(self, name: str) -> str:
        """The id of the work with this name, adding it as a series if unseen."""
        return self._add("Work", name, "TVSeries")["id"]

    def set_subtype(self, entity_id_: str, subtype: str) -> None:
        for entity in self._by_key.values():
            if entity["id"] == entity_id_:
                entity["subtype"] = subtype

    def drop(self, entity_id_: str, into: str, aliases: bool = True) -> None:
        """Fold an entity into another: its spellings become the other's aliases, unless
        they name something else ("third season" is no name of the series)."""
        key = next(k for k, e in self._by_key.items() if e["id"] == entity_id_)
        dropped = self._by_key.pop(key)
        target = next(e for e in self._by_key.values() if e["id"] == into)
        if aliases:
            target["aliases"] |= dropped["aliases"]
        self._span_ids = {span: (into if i == entity_id_ else i) for span, i in self._span_ids.items()}

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


def _fact(doc, text: str, record: dict, mentions: _Mentions, article: Article) -> Fact | None:
    predicate = record["p"]
    subject_types, object_types = PREDICATES[predicate]
    subject = mentions.id_of(doc, record["s"])
    if subject is None or subject[1] not in subject_types:
        return None
    source = _source(doc, text, record, article.id)
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


def _source(doc, doc_text: str, record: dict, doc_id: str) -> Source:
    """The evidence: the sentence, cut from the text by character offsets."""
    start, end = record["ev"]
    start_char, last = doc[start].idx, doc[end - 1]
    text = doc_text[start_char:last.idx + len(last.text)]
    lead = len(text) - len(text.lstrip())
    sentence = SPACE_RE.sub(" ", text).strip()
    return Source(doc_id, start_char + lead, start_char + len(text.rstrip()), sentence)


def clean_name(text: str) -> str:
    """A name as it should be shown: no surrounding quotes, single spaces.

    >>> clean_name("“Copper Saints,”")
    'Copper Saints'
    """
    text = SPACE_RE.sub(" ", text).strip().strip(QUOTES).strip(" ,;:").strip(QUOTES).strip()
    return text
