"""Songs: their "written by" names songwriters, which the schema's writer is not.

The schema's ``writer`` is the author of a screenplay, teleplay or book. A
song says what it is in its definition ("X is a song by ..."), in a title
line's disambiguator ("X (Mara Lind song)") or in the clause's subject
("The song was written by ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from showgraph.pipeline.definitions import defining_noun
from showgraph.pipeline.doc_data import doc_text, latest_doc_memo
from showgraph.pipeline.lexicon import Lexicon


def is_song(doc: Doc, lexicon: Lexicon, work: tuple[int, int], subject: Token | None = None) -> bool:
    """The work is a song, by the clause's subject noun or by how the article defines it."""
    if subject is not None and subject.lower_ in lexicon.song_nouns:
        return True
    return doc[work[0]:work[1]].text in song_titles(doc, lexicon)


@latest_doc_memo
def song_titles(doc: Doc, lexicon: Lexicon) -> frozenset[str]:
    """Titles the article defines as songs; worked out once a Doc."""
    titles = set()
    first_line = doc_text(doc).split("\n", 1)[0]
    for ent in doc.ents:
        if ent.label_ != "Work":
            continue
        noun = defining_noun(ent)
        if noun is not None and noun.lower_ in lexicon.song_nouns:
            titles.add(ent.text)
        elif ent.start_char == 0 and _disambiguated_as_song(first_line, lexicon):
            titles.add(ent.text)
    return frozenset(titles)


def _disambiguated_as_song(line: str, lexicon: Lexicon) -> bool:
    """"Rock n Roll (Mara Lind song)": the bracket's last word."""
    if not line.rstrip().endswith(")") or "(" not in line:
        return False
    words = line.rstrip()[line.rindex("(") + 1:-1].lower().split()
    return bool(words) and words[-1] in lexicon.song_nouns
