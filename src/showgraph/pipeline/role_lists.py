"""Lists of roles with their works: "roles including Ada Quill in Harbour Lane,
Rosa Finch in Quiet Harbour and Pip in Salt Road".

A biography lists an actor's parts as "Character in Work" pairs after a role
noun and "including" or "such as". NER types both sides at random there
(characters as people, titles as places); the list's shape says which is
which. The cast component types them, the relation rules credit the holder.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from showgraph.pipeline.doc_data import doc_tokens, info_of
from showgraph.pipeline.lexicon import Lexicon

# What may stand between the role noun and its list ("roles in a long career including").
MAX_GAP = 10
# Lower-case words before a name in the list: "nurse Ida", "loveable characters such as".
MAX_DESCRIPTORS = 4
TITLE_JOINERS = ("of", "the", "a", "an", "to", "at", "for", "-", "'s", "’s")
NOT_DESCRIPTORS = {"in", "on", "for", "with", "by", "from", "at", "of"}
# Links the role noun climbs to reach the verb whose subject held the roles.
MAX_CLIMB = 8
CLIMB = ("pobj", "prep", "dobj", "pcomp", "conj", "xcomp", "acl", "advcl")


@dataclass(frozen=True)
class ListedRole:
    noun: int  # the role noun's index
    character: tuple[int, int]
    work: tuple[int, int]


def listed_roles(doc: Doc, lexicon: Lexicon, start: int = 0, end: int | None = None) -> list[ListedRole]:
    """Every "Character in Work" pair listed after a role noun between ``start`` and ``end``."""
    tokens = doc_tokens(doc)
    end = len(doc) if end is None else end
    found: list[ListedRole] = []
    for noun in tokens[start:end]:
        if noun.lower_ not in lexicon.role_list_nouns or (found and noun.i < found[-1].work[1]):
            continue
        sentence_end = min(end, noun.sent.end)
        opening = _list_opening(tokens, noun.i + 1, sentence_end)
        if opening is not None:
            found += [ListedRole(noun.i, c, w) for c, w in _pairs(doc, opening, sentence_end, lexicon)]
    return found


def role_holder(noun: Token) -> Token | None:
    """Who held the roles: "her roles", else the subject of the verb the phrase hangs from."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    node = noun
    for _ in range(MAX_CLIMB):
        if node.pos_ in ("VERB", "AUX"):
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject
        if node.dep_ not in CLIMB or node.head == node:
            return None
        node = node.head
    return None


def _list_opening(tokens: list[Token], i: int, stop: int) -> int | None:
    """The token after "including", "such as" or ":" within a few words of the role noun."""
    for j in range(i, min(stop, i + MAX_GAP)):
        word = tokens[j].lower_
        # "roles including", "roles such as", and "roles as A in W and as B in V" (a plural
        # noun: "her role as A in W" is one role, the casting rules' business).
        if word == "including" or word == ":" or (word == "as" and tokens[j - 1].lower_ == "such") \
                or (word == "as" and j == i and tokens[i - 1].lower_ != tokens[i - 1].lemma_.lower()):
            return j + 1
        if word in (".", ";"):
            return None
    return None


def _pairs(doc: Doc, i: int, stop: int, lexicon: Lexicon) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    pairs = []
    while i < stop:
        i = _past_rank(doc, _skip_descriptors(doc, i, stop), stop, lexicon)
        character = _name(doc, i, stop, joiners=())
        if character is None or character[1] + 1 >= stop or doc[character[1]].lower_ not in ("in", "on"):
            break
        work = _name(doc, _past_work_descriptors(doc, character[1] + 1, stop), stop, joiners=TITLE_JOINERS)
        if work is None:
            break
        pairs.append((character, work))
        i = _past_year(doc, work[1], stop)
    return pairs


def _past_rank(doc: Doc, i: int, stop: int, lexicon: Lexicon) -> int:
    """"as Dr. Ada Quill in W": the character is the full name after the rank."""
    j = i
    while j < stop and doc[j].text[:1].isupper() and not doc[j].ent_type_ \
            and (doc[j].lower_ in lexicon.honorifics or doc[j].lower_ in lexicon.job_titles):
        j += 1
    # "as Father Eddings": a rank before a single name is part of the name.
    return j if j + 1 < stop and doc[j].text[:1].isupper() and doc[j + 1].text[:1].isupper() else i


def _past_work_descriptors(doc: Doc, i: int, stop: int) -> int:
    """"in the CBS medical drama W", "in the crime drama film W": to the title itself.

    Only when lower-case words come before the title; "in The Quiet Hour" starts with it.
    """
    j = i + 1 if i < stop and doc[i].lower_ in ("the", "a", "an") else i
    k = j
    while k < stop and k - j <= MAX_DESCRIPTORS and (
            doc[k].is_lower or (k + 1 < stop and doc[k + 1].is_lower and not doc[k + 1].is_stop)):  # "TV2 legal"
        k += 1
    return k if k > j and any(t.is_lower for t in doc[j:k]) and k < stop and not doc[k].is_lower else i


def _past_year(doc: Doc, i: int, stop: int) -> int:
    """Past "(2013)" and "and as" to the next pair: "A in W (2013) and as B in V (2016)"."""
    if i < stop and doc[i].text == "(":
        close = next((j for j in range(i, min(stop, i + 6)) if doc[j].text == ")"), None)
        i = close + 1 if close is not None else i
    while i < stop and doc[i].lower_ in (",", "and", "as"):
        i += 1
    return i


def _skip_descriptors(doc: Doc, i: int, stop: int) -> int:
    """Past separators and a few lower-case words ("and loveable characters such as nurse")."""
    while i < stop and (doc[i].lower_ in (",", "and", "&") or doc[i].is_space):
        i += 1
    skipped = 0
    while i < stop and skipped < MAX_DESCRIPTORS and doc[i].is_lower and doc[i].is_alpha \
            and doc[i].lower_ not in NOT_DESCRIPTORS:
        i += 1
        skipped += 1
    return i


def _name(doc: Doc, i: int, stop: int, joiners: tuple[str, ...]) -> tuple[int, int] | None:
    """An entity (not a known organisation, date or number) or a capitalised run at token i.

    The run goes over ``joiners`` ("of the") but never over "in" or "and",
    which separate the list's parts.
    """
    if i >= stop:
        return None
    token = doc[i]
    if token.ent_type_ and token.ent_iob_ == "B":
        end = i + 1
        while end < stop and doc[end].ent_iob_ == "I":
            end += 1
        if token.ent_type_ in ("Person", "Character", "Work", "Place", "Organization") \
                and info_of(doc[i:end]).get("rule") != "gazetteer":
            return (i, end)
        return None
    end = i
    while end < stop and not doc[end].ent_type_ and (
            doc[end].is_title or (end > i and doc[end].lower_ in joiners
                                  and end + 1 < stop and doc[end + 1].is_title) or _inner_hyphen(doc, end)):
        end += 2 if _inner_hyphen(doc, end) and end + 2 <= stop else 1  # "Dae-sik": the part after it too
    if end == i + 1 and token.lower_ == "the":
        # "in The Mara Holm Files": a name typed elsewhere ("nurse Mara") inside the title.
        while end < stop and doc[end].is_title:
            end += 1
    return (i, end) if end > i else None


def _inner_hyphen(doc: Doc, i: int) -> bool:
    """The hyphen inside "Dae-sik" or "Chen-Holloway", written without spaces."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and i + 1 < len(doc) and doc[i + 1].is_alpha
