"""One name, one type: document-level agreement between entity mentions.

Within an article a name keeps one type: if a title rule, the gazetteer or a
casting pattern has typed one mention of "Ada", every "Ada" is that type,
including the ones NER missed. A surname or first name seen alone takes the
type of the full name it belongs to ("Andreeva" after "Paulina Andreeva").
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span

from showgraph.pipeline.doc_data import doc_tokens, entity_info, info_of, span_key, span_text
from showgraph.pipeline.lexicon import Lexicon

TYPED = ("Person", "Character", "Organization", "Work", "Place")
# How much one mention's evidence weighs when a name's mentions disagree.
RULE_WEIGHTS = {"gazetteer": 6, "cast": 5, "cast-list": 4, "quoted-title": 3, "title-year": 3,
                "title-line": 3, "cue-title": 3, "work-context": 2, "person-context": 2,
                "season": 4, "work-list": 3, "role-list": 3, "definition": 5, "plot": 4, "kin": 3,
                "company-name": 3}
# The weight of a guess from the words around a name ("work-context", "person-context").
CONTEXT_WEIGHT = 2


def shared_surnames(doc: Doc) -> None:
    """"Tom and Ida Reyes", "Ada and Mara Quill": the first name alone shares the surname.

    The bare first name gets the full name as its canonical name, and the
    second full name is made a person if NER missed it.
    """
    for token in doc_tokens(doc):
        if token.lower_ != "and" or token.i < 1 or token.i + 2 >= len(doc):
            continue
        first, given, surname = doc[token.i - 1], doc[token.i + 1], doc[token.i + 2]
        if not (_name_word(first) and _name_word(given) and _name_word(surname)):
            continue
        if first.ent_type_ not in ("Person", "") or first.ent_iob_ == "I" or (
                token.i >= 2 and (_name_word(doc[token.i - 2]) or doc[token.i - 2].text == "-")):
            continue  # "Mara Lind-Holm and Tom Reyes": two full names
        if token.i + 3 < len(doc) and (_name_word(doc[token.i + 3]) or doc[token.i + 3].text == "-"):
            continue  # "Ember and Samuel Okonedo-Ray": the second name runs on
        after = Span(doc, token.i + 1, token.i + 3, label="Person")
        before = Span(doc, first.i, first.i + 1, label="Person")
        kept = [e for e in doc.ents if e.end <= first.i or e.start >= after.end
                or (first.i < e.start and e.end <= token.i + 1)]
        doc.ents = sorted(kept + [before, after], key=lambda e: e.start)
        entity_info(doc)[span_key(first.i, first.i + 1)] = {"canonical": f"{first.text} {surname.text}",
                                                           "rule": "shared-surname"}


def _name_word(token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def make_consistent(doc: Doc, lexicon: Lexicon) -> None:
    """Give every mention of a name the type its best evidence supports."""
    ents = doc.ents  # doc.ents builds every Span anew: read it once
    # Each entity's text and words read once: Span.text makes its Tokens anew.
    ent_texts = [span_text(e) for e in ents]
    texts = [t.text for t in doc_tokens(doc)]
    # "third season" is no name: another "third season" in the text may be another show's, or a date.
    named = [(e, text) for e, text in zip(ents, ent_texts) if info_of(e).get("subtype") != "Season"]
    chosen = _choose_labels(named)
    ruled: dict[str, set[str]] = defaultdict(set)  # the labels rules gave each name
    weighty = set()  # names a rule stronger than a guess from context labelled
    for e, text in named:
        rule = info_of(e).get("rule")
        if rule in RULE_WEIGHTS:
            ruled[text].add(e.label_)
            if RULE_WEIGHTS[rule] > CONTEXT_WEIGHT:
                weighty.add(text)
    protected = set(ruled)
    for part, label in _name_part_labels(chosen, lexicon).items():
        # a rule's label for the part stands, unless the full name agrees with one of them or
        # the rule only guessed from the context ("In Lindqvist's debut": Maya Lindqvist's)
        if part not in weighty or label in ruled[part]:
            chosen[part] = label
    words = {text: texts[e.start:e.end] for e, text in zip(ents, ent_texts) if e.label_ in TYPED}
    words.update({text: text.split() for text in chosen if text not in words})
    spans = [Span(doc, e.start, e.end, label=chosen.get(text, e.label_)) for e, text in zip(ents, ent_texts)]
    strong = {text: chosen[text] for text in protected if text in chosen}
    spans = _override_weak(doc, spans, strong, words, texts)
    # One write of doc.ents, not two: the spans are what a first write would leave there.
    doc.ents = sorted(spans + _unlabelled_mentions(doc, spans, chosen, words, lexicon, texts),
                      key=lambda s: s.start)


def _override_weak(doc: Doc, spans: list[Span], strong: dict[str, str],
                   words: dict[str, list[str]], texts: list[str]) -> list[Span]:
    """Occurrences of a name with rule evidence replace NER spans that cut across them.

    NER's "Lantern Minus" (ORG) inside the title line's "Lantern Minus One".
    """
    starts: dict[str, list[int]] = defaultdict(list)  # word -> where it occurs
    for i, token_text in enumerate(texts):
        starts[token_text].append(i)
    occurrences = []
    for text, label in strong.items():
        name = words[text]
        for i in starts.get(name[0], ()):
            if texts[i:i + len(name)] == name:
                occurrences.append(Span(doc, i, i + len(name), label=label))
    # "Maren" the character is not the first name of "Maren Holt" the writer.
    occurrences = [o for o in occurrences if not any(
        s.label_ == "Person" and s.start <= o.start and o.end <= s.end and len(s) > len(o) for s in spans)]
    if not occurrences:
        return spans
    # A span that is itself a strong name stays: "Ida" inside the title "The Private Life of Ida of
    # Harrow"; but not a company's: "Fox" inside the title "The Cartographer's Fox".
    covered = {i for o in occurrences for i in range(o.start, o.end)}
    in_titles = {i for o in occurrences if o.label_ == "Work" for i in range(o.start, o.end)}
    kept = [s for s in spans if covered.isdisjoint(range(s.start, s.end)) or (
        (span_text(s) in strong or info_of(s).get("rule") in RULE_WEIGHTS)
        and not (s.label_ == "Organization" and in_titles.issuperset(range(s.start, s.end))))]
    taken = {i for s in kept for i in range(s.start, s.end)}
    for span in sorted(occurrences, key=lambda o: o.start - o.end):  # the longest name first
        if not taken.intersection(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return kept


def _choose_labels(named: list[tuple[Span, str]]) -> dict[str, str]:
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for ent, text in named:
        label = ent.label_
        if label in TYPED:
            votes[text][label] += RULE_WEIGHTS.get(info_of(ent).get("rule", ""), 1)
    return {text: max(v, key=lambda label: (v[label], label)) for text, v in votes.items()}


def _name_part_labels(chosen: dict[str, str], lexicon: Lexicon) -> dict[str, str]:
    """Surnames and first names of people and characters, and a company's name before
    "Studios" or "Pictures", with the full name's type.

    A part shared by a person and a character is ambiguous and left alone.
    """
    parts: dict[str, set[str]] = defaultdict(set)
    for text, label in chosen.items():
        words = text.split()
        if label == "Organization" and len(words) >= 2 and words[0][:1].isupper() \
                and all(w.lower() in lexicon.organisation_words for w in words[1:]):
            parts[words[0]].add(label)  # "Bellwether" for "Bellwether Studios": the company's short name
            continue
        if label not in ("Person", "Character") or len(words) < 2:
            continue
        for part in (words[0], words[-1]):
            if part[:1].isupper() and len(part) > 1 and part.lower() not in lexicon.honorifics:
                parts[part].add(label)
    return {part: next(iter(labels)) for part, labels in parts.items() if len(labels) == 1}


def _unlabelled_mentions(doc: Doc, spans: list[Span], chosen: dict[str, str],
                         words: dict[str, list[str]], lexicon: Lexicon,
                         texts: list[str]) -> list[Span]:
    """Occurrences of known names that NER left unlabelled."""
    by_first: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
    for text, label in chosen.items():
        if _worth_matching(words[text], lexicon):
            by_first[words[text][0]].append((words[text], label))
    taken = {i for e in spans for i in range(e.start, e.end)}
    found = []
    for i, token_text in enumerate(texts):
        if i in taken:
            continue
        for name, label in sorted(by_first.get(token_text, []), key=lambda w: -len(w[0])):
            end = i + len(name)
            if end <= len(doc) and texts[i:end] == name and not taken.intersection(range(i, end)):
                start = i - 1 if i > 0 and label == "Person" and len(name) == 1 and i - 1 not in taken \
                    and _missed_first_name(doc[i - 1], lexicon) else i
                found.append(Span(doc, start, end, label=label))
                taken.update(range(start, end))
                break
    return found


def _missed_first_name(token, lexicon: Lexicon) -> bool:
    """"Marisol Vantreece has joined the cast": NER found nothing, the surname alone is
    known from later in the article, and the capitalised word before it is her first name."""
    return _name_word(token) and not token.ent_type_ and token.lower_ not in lexicon.job_titles \
        and token.lower_ not in lexicon.honorifics and token.lower_ not in lexicon.organisation_words \
        and (token.i == 0 or not _name_word(token.nbor(-1)))


def _worth_matching(words: list[str], lexicon: Lexicon) -> bool:
    if len(words) > 1:
        return True
    word = words[0]
    return (word[:1].isupper() and len(word) > 2 and word.lower() not in lexicon.not_titles
            and word.lower() not in lexicon.small_words)
