"""Scoring against a gold corpus, exactly as the spec's "Scoring" section says.

Predictions are the JSON Lines export of the graph built from the corpus: a
fact counts as predicted for every article among its sources, an entity for
every article in its ``docs``. Within an article, a predicted fact is a true
positive when a not-yet-matched gold fact has the same predicate and matching
subject and object; names match after :func:`showgraph.names.normalize_name`,
against the gold name or any of its aliases. Places are left out of entity
scoring.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from showgraph.errors import GoldError
from showgraph.names import normalize_name
from showgraph.records import Article

if TYPE_CHECKING:
    import pandas as pd

GOLD_FILE = "gold.jsonl"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Evaluation:
    """Scores of one corpus, with every error kept for analysis."""

    facts: Score = field(default_factory=Score)
    entities: Score = field(default_factory=Score)
    by_predicate: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "facts": self.facts.as_dict(), "entities": self.entities.as_dict(),
            "predicates": {p: s.as_dict() for p, s in sorted(self.by_predicate.items())},
        }

    def __repr__(self) -> str:
        # Short, and without the errors' sentences: a notebook's saved
        # outputs must not carry the text of a corpus that is not ours.
        f, e = self.facts, self.entities
        return (f"<Evaluation: facts P={f.precision:.3f} R={f.recall:.3f} F1={f.f1:.3f}, "
                f"entities F1={e.f1:.3f}, {len(self.errors)} errors>")

    def score_table(self, totals: bool = False) -> pd.DataFrame:
        """Precision, recall and F1 per predicate, as a pandas DataFrame.

        Args:
            totals: add the micro-averaged ``facts`` and ``entities`` rows at the end.

        Returns:
            One row per predicate, indexed by it, with the columns
            ``precision, recall, f1, tp, fp, fn, gold`` (``gold`` = tp + fn).

        >>> result = Evaluation(facts=Score(1, 0, 1))
        >>> result.by_predicate["actor"] = Score(tp=1, fp=0, fn=1)
        >>> table = result.score_table(totals=True)
        >>> table.index.tolist()
        ['actor', 'facts', 'entities']
        >>> float(table.loc["actor", "recall"]), int(table.loc["actor", "gold"])
        (0.5, 2)
        """
        import pandas as pd

        scores = sorted(self.by_predicate.items())
        if totals:
            scores += [("facts", self.facts), ("entities", self.entities)]
        rows = [{"predicate": name, **score_.as_dict(), "gold": score_.tp + score_.fn}
                for name, score_ in scores]
        columns = ["predicate", "precision", "recall", "f1", "tp", "fp", "fn", "gold"]
        return pd.DataFrame(rows, columns=columns).set_index("predicate")

    def error_table(self) -> pd.DataFrame:
        """Every false positive and miss, with the sentence, as a pandas DataFrame.

        A false positive carries the sentence the extractor took it from; a
        miss, the first sentence of the article that names both its subject
        and object (else one of them), found by :func:`evaluate_corpus`.

        Returns:
            Columns ``kind`` (``false positive`` or ``missed``), ``doc``,
            ``subject``, ``predicate``, ``object``, ``sentence``.

        >>> result = score([GoldArticle("a.txt", None, (), (("X", "actor", "Ann"),))], [])
        >>> result.error_table().iloc[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
        {'kind': 'missed', 'doc': 'a.txt', 'subject': 'X', 'predicate': 'actor',
         'object': 'Ann', 'sentence': ''}
        """
        import pandas as pd

        columns = ["kind", "doc", "subject", "predicate", "object", "sentence"]
        return pd.DataFrame(self.errors, columns=columns)

    def _repr_html_(self) -> str:
        """Jupyter's view: the micro-averaged fact and entity scores."""
        rows = "".join(
            f"<tr><td>{label}</td>" + "".join(
                f"<td style=\"text-align:right\">{value}</td>" for value in s.as_dict().values())
            + "</tr>"
            for label, s in (("facts", self.facts), ("entities", self.entities))
        )
        head = "".join(f"<th>{h}</th>" for h in ("", "precision", "recall", "F1", "tp", "fp", "fn"))
        return (f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
                f"<p>{len(self.by_predicate)} predicates, {len(self.errors)} errors: "
                "see score_table() and error_table()</p>")


@dataclass(frozen=True)
class GoldArticle:
    doc: str
    published: str | None
    entities: tuple[dict[str, Any], ...]
    facts: tuple[tuple[str, str, Any], ...]


def read_gold(corpus: str | Path) -> list[GoldArticle]:
    """The gold lines of a corpus folder.

    Raises:
        GoldError: the folder has no gold.jsonl, or a line is malformed.
    """
    path = Path(corpus) / GOLD_FILE
    if not path.is_file():
        raise GoldError(f"{corpus}: no {GOLD_FILE} here; a gold corpus is a folder of articles "
                        f"with one {GOLD_FILE} beside them (see the spec's 'Gold file')")
    gold = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            gold.append(GoldArticle(record["doc"], record.get("published"),
                                    tuple(record.get("entities", [])),
                                    tuple(tuple(f) for f in record.get("facts", []))))
        except (ValueError, KeyError, TypeError) as error:
            raise GoldError(f"{path}:{number}: not a gold line ({error}); fix or remove it") from None
    return gold


def gold_articles(corpus: str | Path, gold: list[GoldArticle]) -> list[Article]:
    """The corpus's articles, each with the ``published`` date of its gold line."""
    articles = []
    for item in gold:
        path = Path(corpus) / item.doc
        if not path.is_file():
            raise GoldError(f"{path}: listed in {GOLD_FILE} but missing; add it or drop its line")
        articles.append(Article(item.doc, path.read_text(encoding="utf-8"), item.published))
    return articles


def score(gold: list[GoldArticle], predicted: Iterable[dict[str, Any]]) -> Evaluation:
    """Score JSON Lines export records against gold articles."""
    facts_by_doc, entities_by_doc = _predictions_by_doc(predicted)
    result = Evaluation()
    for article in gold:
        names = _NameIndex(article.entities)
        _score_facts(article, names, facts_by_doc.get(article.doc, []), result)
        _score_entities(article, names, entities_by_doc.get(article.doc, []), result)
    return result


def _predictions_by_doc(records: Iterable[dict[str, Any]]):
    facts: dict[str, list[dict]] = defaultdict(list)
    entities: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        if record["kind"] == "entity":
            for doc in record["docs"]:
                entities[doc].append(record)
        else:
            for doc in dict.fromkeys(s["doc"] for s in record["sources"]):
                facts[doc].append(record)
    return facts, entities


class _NameIndex:
    """Gold entities of one article by normalised name and alias."""

    def __init__(self, entities: tuple[dict[str, Any], ...]) -> None:
        self.forms: dict[str, set[str]] = defaultdict(set)
        for entity in entities:
            forms = {normalize_name(entity["name"])} | {normalize_name(a) for a in entity.get("aliases", [])}
            self.forms[entity["name"]] |= forms

    def matches(self, gold_name: str, predicted_name: str) -> bool:
        forms = self.forms.get(gold_name) or {normalize_name(gold_name)}
        return normalize_name(predicted_name) in forms


def _score_facts(article: GoldArticle, names: _NameIndex, predicted: list[dict], result: Evaluation) -> None:
    unmatched = list(article.facts)
    for fact in predicted:
        match = next((g for g in unmatched if _fact_matches(g, fact, names)), None)
        score_ = result.by_predicate[fact["predicate"]]
        if match is not None:
            unmatched.remove(match)
            result.facts.tp += 1
            score_.tp += 1
        else:
            result.facts.fp += 1
            score_.fp += 1
            result.errors.append({"kind": "false positive", "doc": article.doc,
                                  **_fact_row(fact, article.doc)})
    for subject, predicate, obj in unmatched:
        result.facts.fn += 1
        result.by_predicate[predicate].fn += 1
        result.errors.append({"kind": "missed", "doc": article.doc, "subject": subject,
                              "predicate": predicate, "object": obj, "sentence": ""})


def _fact_row(fact: dict, doc: str) -> dict[str, Any]:
    # A fact stated by several articles: this article's sentence.
    sentence = next((s["sentence"] for s in fact["sources"] if s["doc"] == doc), "")
    return {"subject": fact["subject_name"], "predicate": fact["predicate"],
            "object": fact.get("object_name", fact.get("value")), "sentence": sentence}


def _fact_matches(gold: tuple[str, str, Any], fact: dict, names: _NameIndex) -> bool:
    subject, predicate, obj = gold
    if predicate != fact["predicate"] or not names.matches(subject, fact["subject_name"]):
        return False
    if "object_name" in fact:
        return isinstance(obj, str) and names.matches(obj, fact["object_name"])
    value = fact["value"]
    if isinstance(obj, int) or isinstance(value, int):
        try:
            return int(obj) == int(value)
        except (TypeError, ValueError):
            return False
    if predicate == "jobTitle":
        return normalize_name(str(obj)) == normalize_name(str(value))
    return str(obj) == str(value)


def _score_entities(article: GoldArticle, names: _NameIndex, predicted: list[dict], result: Evaluation) -> None:
    gold = [e for e in article.entities if e["type"] != "Place"]
    unmatched = list(gold)
    for entity in predicted:
        if entity["type"] == "Place":
            continue
        match = next((g for g in unmatched if g["type"] == entity["type"]
                      and names.matches(g["name"], entity["name"])), None)
        if match is not None:
            unmatched.remove(match)
            result.entities.tp += 1
        else:
            result.entities.fp += 1
    result.entities.fn += len(unmatched)


def evaluate_corpus(corpus: str | Path, nlp=None, n_process: int = 1) -> Evaluation:
    """Extract a gold corpus's articles and score the result.

    Raises:
        GoldError: the corpus folder or its gold file is missing or malformed.
    """
    from showgraph.api import build_graph
    from showgraph.export.jsonl import jsonl_records

    gold = read_gold(corpus)
    articles = gold_articles(corpus, gold)
    kg = build_graph(articles, nlp=nlp, n_process=n_process)
    result = score(gold, jsonl_records(kg))
    add_missed_sentences(result, gold, articles)
    return result


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")


def add_missed_sentences(result: Evaluation, gold: list[GoldArticle],
                         articles: list[Article]) -> None:
    """Give each miss a sentence of its article to read: one that names its subject and object.

    The gold file has no offsets, so this is a search: the first sentence
    that names both (by any gold alias, after normalisation), else the
    first that names the object (a work's name is in most of its
    article's sentences, its cast member's is not), else the subject.

    >>> article = Article("a.txt", "Netflix has it. Ann Lee stars in X. X is good.")
    >>> gold = [GoldArticle("a.txt", None, ({"name": "Ann Lee", "type": "Person",
    ...                                      "aliases": ["Lee"]},), (("X", "actor", "Lee"),))]
    >>> result = score(gold, [])
    >>> add_missed_sentences(result, gold, [article])
    >>> result.errors[0]["sentence"]
    'Ann Lee stars in X.'
    """
    texts = {article.id: article.text for article in articles}
    by_doc = {item.doc: item for item in gold}
    for error in result.errors:
        if error["kind"] != "missed" or error["doc"] not in texts:
            continue
        names = _NameIndex(by_doc[error["doc"]].entities)
        sentences = [s for s in _SENTENCE_END.split(texts[error["doc"]]) if s.strip()]
        subject = [s for s in sentences if _names_in(names, error["subject"], s)]
        obj = [s for s in sentences if _names_in(names, str(error["object"]), s)]
        both = [s for s in subject if s in obj]
        error["sentence"] = (both or obj or subject or [""])[0].strip()


def _names_in(names: _NameIndex, gold_name: str, sentence: str) -> bool:
    text = f" {normalize_name(sentence)} "
    forms = names.forms.get(gold_name) or {normalize_name(gold_name)}
    return any(f" {form} " in text for form in forms if form)
