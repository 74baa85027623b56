"""Casting statements: who plays whom, and so which names are characters.

NER never tells a character from a person; the sentence does. Each rule
below yields (actor span, character span) pairs; the character span is
relabelled ``Character``. The actor span may be a pronoun or a nominal
("She is played by", "the actor, who plays"), which coreference resolves
later.

- "X as Y" in a casting sentence, "X stars as Y", "for his role as Y",
  "X joins the cast as Y", "X is back as Y", "X as her ex-husband, Y"
- "X plays / portrays / voices Y", "X will portray Y", "to play A, B and C",
  "X won an award for playing Y"
- "Y, played by X", "She is played by X"
- "X landed the role of Y", "stars X in the title role of Y"
- "Y (X)" in prose and "X (Y)" in cast lists
- "A, B and C as X, Y and Z, respectively"
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from showgraph.pipeline.consistency import make_consistent
from showgraph.pipeline.doc_data import (
    PHOTO_WORDS, doc_tokens, ent_span, info_of, joining_hyphen, photo_caption_end, sentences, set_entity, span_text,
)
from showgraph.pipeline.lexicon import Lexicon
from showgraph.pipeline.plots import plot_subject
from showgraph.pipeline.titles import BULLETS
from showgraph.pipeline.role_lists import listed_roles

ROLE_VERBS = {"play", "portray", "voice"}
# Their third-person forms, which the tagger may take for plural nouns ("X voices Y").
ROLE_VERB_FORMS = {"plays", "portrays", "voices"}
# Nouns whose holder plays the name after "as": "his role as Y", "her turn as Y".
ROLE_AS_NOUNS = {"role", "part", "turn", "portrayal", "performance", "debut"}
# Words after which (or, for nouns, as whose complement) a list of cast members follows.
# ("The protagonist is Corvin", "antagonist Baron Vex": one name after the singular is a character.)
LIST_CUES = {"starring", "stars", "star", "starred", "featuring", "features", "featured",
             "includes", "including", "include", "included", "joins", "joined", "join", "members",
             "cast", "alongside", "opposite", "with", "protagonists",
             "antagonists", "co-stars", "costars", "actors", "actresses",
             "participation", "performances", "ensemble", "returning"}
# Cues that speak of a cast only when the sentence does ("with", "includes").
WEAK_LIST_CUES = {"with", "members", "alongside", "opposite", "includes", "including",
                  "include", "included", "joins", "joined", "join", "participation", "performances"}
LIST_OPENERS = {":", ",", "are", "is", "were", "was", "include", "includes", "included",
                "including", "also", "the", "leading", "main", "by", "of", "stars", "starring"}
NAMEABLE = {"Person", "Character", "Work", "Place", "Organization", "NORP", ""}
LIST_SEPARATORS = {",", "and", "&", ";"}
# A name with strong title evidence is a work: "Namak Raasta (Salt Road)" gives its
# other title. Quotes alone are weaker: reviews quote nicknames ("“Wren” (Tom R. Reyes)").
TITLE_RULES = ("gazetteer", "title-year", "title-line", "cue-title")
Pair = tuple[tuple[int, int], tuple[int, int], str]


class CastFinder:
    """Finds actor-character pairs; see the module docstring."""

    def __init__(self, nlp: Language, name: str = "showgraph_cast") -> None:
        self.name = name
        self.lexicon = Lexicon.load()
        # Verbs whose subject is crew, so that a bracket after the subject is a credit (_crew_subject)
        self.crew_subject_verbs = (self.lexicon.crew_verbs | {"develop", "adapt"}) - {"co-star", "debut", "host",
                                                                                        "narrate"}

    def __call__(self, doc: Doc) -> Doc:
        for start, end in named_characters(doc):
            set_entity(doc, start, end, "Character", rule="cast")
        for sent in sentences(doc):
            for start, end in cast_list_members(doc, sent):
                if doc[start].ent_type_ not in ("Person", "Character"):
                    set_entity(doc, start, end, "Person", rule="cast-list")
        for role in listed_roles(doc, self.lexicon):
            set_entity(doc, *role.work, "Work", rule="role-list")
            set_entity(doc, *role.character, "Character", rule="cast")
        pairs = self.find(doc)
        for _actor, (start, end), _rule in pairs:
            if not unnamed_role(doc, start, end):
                set_entity(doc, start, end, "Character", rule="cast", **self._rank_before(doc, start))
        for (start, end), _character, _rule in pairs:
            # Also a Person entity the actor's name runs past ("Tova" of "Tova Rask as").
            if _is_name(doc, start, end) and (doc[start].ent_type_ != "Person" or ent_span(doc, start)[1] < end):
                set_entity(doc, start, end, "Person", rule="cast")
        make_consistent(doc, self.lexicon)
        doc._.sg_cast = [[a[0], a[1], c[0], c[1], rule] for a, c, rule in _unique(pairs)]
        return doc

    def find(self, doc: Doc) -> list[Pair]:
        return [(a, self._untitled(doc, self._antecedent(doc, c, a)), rule) for a, c, rule in self._find(doc)
                if self._antecedent(doc, c, a) is not None]

    def _untitled(self, doc: Doc, character: tuple[int, int]) -> tuple[int, int]:
        """"as Detective Sergeant Ada Quill": the character is Ada Quill, the rank her job title.

        A rank before a single name stays part of it: "Father Eddings", "Mr. Pike".
        """
        start, end = character
        i = start
        while i < end and self._is_rank(doc[i]) and doc[i].text[:1].isupper():
            i += 1
        return (i, end) if i > start and end - i >= 2 else character

    def _rank_before(self, doc: Doc, start: int) -> dict[str, str]:
        """The rank words before a character's name, as entity info: {"title": "Detective Sergeant"}."""
        i = start
        while i > 0 and self._is_rank(doc[i - 1]) and doc[i - 1].text[:1].isupper():
            i -= 1
        return {"title": doc[i:start].text} if i < start else {}

    def _is_rank(self, token: Token) -> bool:
        """"Detective", "Dr.", or a modifier before one: "Police Chief", "Deputy Sheriff"."""
        if token.lower_ in self.lexicon.honorifics or token.lower_ in self.lexicon.job_titles:
            return True
        following = token.nbor() if token.i + 1 < len(token.doc) else None
        return token.lower_ in self.lexicon.job_modifiers and following is not None \
            and following.lower_ in self.lexicon.job_titles

    def _antecedent(self, doc: Doc, character: tuple[int, int], actor: tuple[int, int]):
        """"She is played by X": the character is the last person or character named."""
        if character[1] - character[0] != 1 or doc[character[0]].pos_ != "PRON":
            return character
        from showgraph.pipeline.coref import last_entity
        found = last_entity(doc, doc.ents, doc[character[0]], ("Person", "Character"), 2)
        return found if found != actor else None

    def _find(self, doc: Doc) -> list[Pair]:
        pairs: list[Pair] = []
        for sent in sentences(doc):
            found = self._respectively(doc, sent)
            if not found:
                found = self._as_pairs(doc, sent) + self._role_verbs(doc, sent)
            # "A plays X; B is her daughter, Cass": among casting clauses, "is" casts too; so
            # does 'B ("Las Olas") is Inez Tabor, ...' after one, the credit marking an actor.
            copulas = self._copula_roles(doc, sent, credited_only=not found) if found or pairs else []
            pairs += found + self._passives(doc, sent) + self._brackets(doc, sent) + self._role_of(doc, sent) \
                + copulas
        return pairs

    def _copula_roles(self, doc: Doc, sent: Span, credited_only: bool = False) -> list[Pair]:
        """"B is her daughter, Cass" in a sentence whose other clauses cast ("A plays X; ...");
        with ``credited_only``, only a subject with a bracketed credit before "is"."""
        pairs = []
        for be in sent:
            subject = next((c for c in be.children if c.dep_ == "nsubj"), None) if be.lemma_ == "be" else None
            if subject is None or not (subject.ent_type_ == "Person" or _person_like(doc, subject)) \
                    or be.i + 1 >= sent.end:
                continue
            if credited_only and _before_credit_aside(doc, be.i) == be.i - 1:
                continue
            character = _described_role_name(doc, be.i + 1, self._name_at) or self._name_at(doc, be.i + 1)
            if character and character[1] < len(doc) and doc[character[1]].text in (",", ";", "."):
                # "A plays X, B is Y": the parser may make X the subject and B its apposition
                actor = _name_just_before(doc, be.i)
                if actor is None or doc[actor[0]].ent_type_ != "Person":
                    actor = ent_span(doc, subject.i)
                pairs.append((actor, character, "x-is-y"))
        return pairs

    # "landed the role of Y" ----------------------------------------------------
    def _role_of(self, doc: Doc, sent: Span) -> list[Pair]:
        pairs = []
        for role in sent:
            # Not "part": "performs as part of the band" is a share, not a role.
            # "for his portrayal of Y" names the role the same way.
            if role.lower_ not in ("role", "portrayal") or role.pos_ != "NOUN":
                continue
            of = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            # "the role of Owen's teenage son, Jamie": the name after the description
            character = (_described_role_name(doc, of.i + 1, self._name_at)
                         or self._name_at(doc, of.i + 1)) if of is not None else None
            actor = _role_holder(doc, role) if character else None
            if actor:
                pairs.append((actor, character, "role-of-y"))
        return pairs

    # "A, B as X, Y, respectively" ---------------------------------------------
    def _respectively(self, doc: Doc, sent: Span) -> list[Pair]:
        if not any(t.lower_ == "respectively" for t in sent):
            return []
        trigger = next((t for t in sent if t.lower_ == "as" or
                        (t.lemma_.lower() in ROLE_VERBS and t.pos_ == "VERB")), None)
        if trigger is None:
            return []
        characters = self._names_after(doc, trigger.i + 1, sent.end)
        return _zip_lists(_people_before(doc, sent, trigger.i), characters, "respectively")

    # "X as Y" ---------------------------------------------------------------
    def _as_pairs(self, doc: Doc, sent: Span) -> list[Pair]:
        cue = any(t.lemma_.lower() in self.lexicon.cast_cues for t in sent)
        bulleted = sent[0].text in BULLETS  # "- Kana Ishiwata as Suzu Amagiri, a junior cartographer"
        pairs = []
        for token in sent:
            if token.lower_ != "as" or token.i == 0:
                continue
            before = doc[token.i - 1]
            known = before.lower_ == "known" and token.i > 1 and doc[token.i - 2].lower_ == "best"
            if before.lower_ in self.lexicon.not_before_as and not known:
                continue
            character = self._character_after_as(doc, token.i + 1)
            in_a_work = character is not None and _followed_by_a_work(doc, character)
            if known and not in_a_work:
                continue  # "best known as Dee": a name the person goes by
            actor = self._actor_before_as(doc, token) or (_career_subject(doc, token.head) if in_a_work else None)
            # "X is back as Y", "her turn as Y", "X is terrific as Y", "X broke out as Y in W"
            # are casting statements on their own.
            if character and actor and (cue or pairs or token.head.lower_ == "back" or before.lower_ in ROLE_AS_NOUNS
                                        or _judged_in_a_role(token) or in_a_work
                                        or (bulleted and actor[0] == sent.start + 1)):
                pairs += self._paired_lists(doc, sent, token, character) or [(actor, character, "x-as-y")]
        return pairs

    def _paired_lists(self, doc: Doc, sent: Span, as_token: Token, character: tuple[int, int]) -> list[Pair]:
        """"led by A and B as innkeepers X and Y", "stars A, B and C as X, Y and Z": two lists
        of one length pair up in order."""
        if character[1] >= sent.end or doc[character[1]].lower_ not in ("and", ","):
            return []
        characters = [character] + self._names_after(doc, character[1] + 1, sent.end)
        if any(end < len(doc) and doc[end].lower_ == "as" for _, end in characters):
            return []  # "A as X and B as Y": B is the next actor, not a character
        return _zip_lists(_people_before(doc, sent, as_token.i), characters, "x-as-y")

    def _character_after_as(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """"as Y", or the name after a described role: "as her ex-husband, Mikkel",
        "as Birdie's mother, Loretta"."""
        described = _described_role_name(doc, i, self._name_at)
        if described:
            return described
        if [t.lower_ for t in doc[i:i + 3]] in (["the", "voice", "of"], ["the", "voices", "of"]):
            i += 3  # "as the voice of Fennick"
        name = self._name_at(doc, i)
        if name and name[1] < len(doc) and doc[name[1]].lower_ in ("'s", "’s"):
            return None  # "returns as Mara Lind's co-star": the name owns the role, it is not one
        if name is None and i < len(doc) and doc[i].is_lower and (
                doc[i].pos_ == "NOUN" or (doc[i].tag_ == "VBG" and doc[i + 1].pos_ == "NOUN")):
            # "as innkeepers Samantha and Jay", "back as feuding neighbors Dez and Pilar"
            name = _name_after_description(doc, i + (doc[i].tag_ == "VBG"), self._name_at)
        return name

    def _actor_before_as(self, doc: Doc, as_token: Token) -> tuple[int, int] | None:
        before = doc[_before_credit_aside(doc, as_token.i)]
        role = as_token.head if as_token.head.lower_ in ROLE_AS_NOUNS else before
        if role.lower_ in ROLE_AS_NOUNS and role.pos_ == "NOUN":
            # "his role as Y", "had a recurring role on W as Y", "was cast in a recurring
            # role as Y": whoever has the role, not the name before "as".
            return _role_holder(doc, role)
        if before.ent_type_ == "Person" or _person_like(doc, before):
            return _ent_span(doc, before.i)
        if before.pos_ == "PROPN" and not before.ent_type_ and before.i > 0 and doc[before.i - 1].ent_type_ == "Person":
            # "Tova Rask as": NER kept the first name only; the surname is still the actor's.
            return (_ent_span(doc, before.i - 1)[0], before.i + 1)
        unlabelled = _name_before(doc, as_token.i) if before.pos_ == "PROPN" and not before.ent_type_ else None
        if unlabelled and doc[unlabelled[0]].lower_ in self.lexicon.honorifics:
            unlabelled = (unlabelled[0] + 1, unlabelled[1])  # "adds Dame Hilary Pocklington as"
        if unlabelled and unlabelled[1] - unlabelled[0] == 2 and _is_name(doc, *unlabelled):
            return unlabelled  # "Hamish Roe as": a full name NER missed
        if before.lower_ in ("stars", "starred", "star") and as_token.head.lemma_.lower() not in self.lexicon.cast_cues:
            # "X co-stars as Y": the tokenizer splits "co-stars", and the parser hangs "as" elsewhere.
            return _subject_of(doc, before) or _name_just_before(doc, before.i) \
                or _name_before_aside(doc, before.i)
        verb = as_token.head
        # "joins the cast as Y", "leads the ensemble as Y": the role hangs from the noun;
        # "is back as Y": from the adverb.
        if (verb.lower_ in CAST_NOUNS and verb.dep_ in ("dobj", "attr")) or verb.lower_ == "back":
            verb = verb.head
            if verb.lower_ == "back" or as_token.head.lower_ == "back":
                return _subject_of(doc, verb)
            if verb.pos_ == "VERB":  # "rounds out the cast as Y", "completes the ensemble as Y"
                return self._own_subject(doc, verb)
        # The small model often tags "stars" a noun: "Jonah Whitfield stars as ...";
        # and lemmatises "co-starred" as itself.
        if verb.lemma_.lower() in self.lexicon.cast_cues or verb.lower_ in ("stars", "star") \
                or verb.lower_.startswith(("co-star", "costar")):
            return self._own_subject(doc, verb) or _name_before_aside(doc, verb.i)
        starred_in = verb.head.head if verb.dep_ == "pobj" and verb.head.lower_ == "in" else None
        if starred_in is not None and (starred_in.lemma_.lower() in self.lexicon.cast_cues
                                       or starred_in.lower_ in ("stars", "star")):
            return self._own_subject(doc, starred_in)  # "X created and stars in this comedy as Y"
        if _judged_in_a_role(as_token):
            subject = _subject_of(doc, verb.head)  # "X is terrific as Y", "X is a revelation as Y"
            first = doc[subject[0]] if subject else None
            return subject if first is not None and (first.ent_type_ == "Person" or first.lower_ in ("he", "she")
                                                     or _person_like(doc, first)) else None
        return None

    # "X plays Y" ------------------------------------------------------------
    def _role_verbs(self, doc: Doc, sent: Span) -> list[Pair]:
        pairs = []
        for verb in sent:
            if verb.pos_ != "VERB" and verb.lower_ in ROLE_VERB_FORMS:
                pairs += self._role_verb_read_as_noun(doc, verb, sent)
                continue
            if verb.lemma_.lower() not in ROLE_VERBS or verb.pos_ != "VERB" \
                    or any(c.dep_ in ("auxpass", "agent") for c in verb.children):
                continue
            described = _described_role_name(doc, verb.i + 1, self._name_at) or self._bare_described(doc, verb)
            characters = [described] if described else self._object_names(doc, verb)
            if characters is None:
                characters = self._names_after(doc, verb.i + 1, sent.end)
            listed = self._names_after(doc, verb.i + 1, sent.end)
            if len(listed) > len(characters) and not described:
                characters = listed
            if len(characters) > 1:
                pairs += _zip_lists(_people_before(doc, sent, verb.i), characters, "x-plays-y")
                continue
            actor = self._own_subject(doc, verb)
            if actor and characters:
                pairs.append((actor, characters[0], "x-plays-y"))
        return pairs

    def _bare_described(self, doc: Doc, verb: Token) -> tuple[int, int] | None:
        """"plays headmaster Gideon Cray": a role noun with no article before the name."""
        after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if after is None or not after.is_lower or not (_describing_word(after) or after.pos_ == "PROPN"):
            return None
        return _name_after_description(doc, after.i, self._name_at)

    def _role_verb_read_as_noun(self, doc: Doc, verb: Token, sent: Span) -> list[Pair]:
        """"Marcus Tillery-Oke voices Dale Bunt": the tagger made "voices" a plural noun
        between two names; the names on either side are still actor and role."""
        actor = _name_just_before(doc, verb.i)
        after = self._names_after(doc, verb.i + 1, sent.end)
        if actor is None or not after or after[0][0] != verb.i + 1 or doc[actor[0]].ent_type_ != "Person":
            return []
        return [(actor, after[0], "x-plays-y")]

    @staticmethod
    def _own_subject(doc: Doc, verb: Token) -> tuple[int, int] | None:
        """The verb's subject; but "A plays X, and B plays Y", "A stars as X, and B appears as Y":
        the parser may hang B off X and give the second verb A's subject, so a name right
        before a verb without a subject of its own is its subject."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.i > 0 and doc[verb.i - 1].text == ",":
            # "A plays X, and B, a Sámi actor, plays Y": the parse joins B to X; the
            # name before the aside ending at the verb is its subject
            aside = next((j for j in range(verb.i - 2, max(verb.i - 11, 0), -1) if doc[j].text == ","), None)
            if aside is not None and _aside_end(doc, aside) == verb.i - 1 and doc[aside - 1].ent_type_ == "Person":
                return _ent_span(doc, aside - 1)
        named_before = verb.i > 0 and doc[verb.i - 1].ent_type_ == "Person"
        if named_before and (subject is None or _conjoined_to_noun(doc[verb.i - 1], subject)
                             or _singular_verb_of_pair(doc[verb.i - 1], subject, verb)):
            return _name_just_before(doc, verb.i) or _subject_of(doc, verb)
        return _subject_of(doc, verb) or _name_just_before(doc, verb.i)

    def _object_names(self, doc: Doc, verb: Token) -> list[tuple[int, int]] | None:
        """The names the verb's direct object gives ("plays X's husband Tom Reyes").

        None when the parse found no object at all.
        """
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        names = []
        # "who plays X, and B as Y": B, cast as a role of her own, is no second role here
        for token in (obj, *(c for c in obj.conjuncts if not self._cast_as_next(doc, c))):
            labels = ("Person", "Character", "")
            if not token.ent_type_ and token.pos_ == "NOUN":
                named = next((c for c in token.children if c.dep_ in ("appos", "compound") and c.i > token.i), None)
                if named is not None:
                    # "voices Pip's friend Wendeline": the name a role noun gives is a
                    # character, whatever NER took it for.
                    token, labels = named, NAMEABLE
                elif token.i + 1 < len(doc):
                    token = doc[token.i + 1]
            span = _ent_span(doc, token.i)
            if span and token.ent_type_ in labels and _is_name(doc, *span) \
                    and info_of(Span(doc, *span)).get("rule") not in TITLE_RULES:
                names.append(self._with_rank(doc, span))
        return names

    @staticmethod
    def _cast_as_next(doc: Doc, token: Token) -> bool:
        """The name is followed by "as" or a verb: an actor given a role of her own
        ("A plays X and B plays Y", "A plays X, B is Y": the parser may join B to X)."""
        span = _ent_span(doc, token.i)
        after = doc[span[1]] if span is not None and span[1] < len(doc) else None
        if after is not None and after.text == ",":  # "B, a Sámi actor from Kautokeino, plays Y"
            close = _aside_end(doc, after.i)
            after = doc[close + 1] if close is not None and close + 1 < len(doc) else after
        return after is not None and (after.lower_ == "as" or _opens_a_clause(after))

    def _with_rank(self, doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
        """"plays Mr. Pike": a single name keeps the rank NER left out of it."""
        before = doc[span[0] - 1] if span[0] > 0 else None
        if span[1] - span[0] == 1 and before is not None and not before.ent_type_ \
                and self._is_rank(before) and before.text[:1].isupper():
            return (span[0] - 1, span[1])
        return span

    def _names_after(self, doc: Doc, start: int, stop: int) -> list[tuple[int, int]]:
        """The character name(s) right after a role verb: "plays Y", "to play A, B and C"."""
        i = start
        while i < stop and doc[i].lower_ in ("the", "role", "roles", "of", "character", "part"):
            i += 1
        names = []
        while i < stop:
            name = self._name_at(doc, i)
            if name is None or (names and name[1] < stop and doc[name[1]].lower_ in ("'s", "’s")):
                break  # "plays Kora, Edwin's daughter": Edwin owns the description, no second role
            if names and name[1] < stop and _opens_a_clause(doc[name[1]]):
                break  # "plays X and B plays Y", "... as X and Y, W opened Friday": the next clause's subject
            names.append(name)
            i = name[1]
            while i < stop and (doc[i].lower_ in LIST_SEPARATORS or doc[i].text in "'\"’”"):
                i += 1
        return names

    # "Y, played by X" ---------------------------------------------------------
    def _passives(self, doc: Doc, sent: Span) -> list[Pair]:
        pairs = []
        for verb in sent:
            if verb.lemma_.lower() not in ROLE_VERBS:
                continue
            if verb.tag_ == "VBN":
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                actor_token = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            else:
                actor_token = _delayed_agent(doc, verb)
            if actor_token is None or actor_token.ent_type_ not in ("Person", ""):
                continue
            character = self._played_one(doc, verb)
            actor = _ent_span(doc, actor_token.i)
            if character and actor:
                pairs.append((actor, character, "played-by"))
                if doc[character[1] - 1].is_lower:  # "Supporting roles are played by A, B and C": all of them
                    pairs += [(span, character, "played-by") for t in actor_token.conjuncts
                              for span in [_ent_span(doc, t.i)] if span and doc[t.i].ent_type_ == "Person"]
        return pairs

    def _played_one(self, doc: Doc, verb: Token) -> tuple[int, int] | None:
        """The character a passive role verb is about: its subject or the noun it modifies."""
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            return _ent_span(doc, subject.i) or (subject.i, subject.i + 1)
        if verb.tag_ != "VBN":  # _delayed_agent: the name just before ", played with ... by"
            return _name_before(doc, verb.i - 1)
        if verb.dep_ == "advcl" and verb.i < verb.head.i:  # "Played by X with ..., Nora Hale is a widow"
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            span = ent_span(doc, subject.i) if subject is not None else None
            if span and doc[span[0]].ent_type_ in ("Person", "Character"):
                return span
        before = doc[verb.i - 2] if verb.i >= 2 and doc[verb.i - 1].text == "," else None
        if before is not None and before.is_lower and before.pos_ == "NOUN" and not before.ent_type_:
            return (before.i, before.i + 1)  # "its reclusive owner, played by X": a role no name gives
        if before is not None and before.ent_type_ in ("Character", "Person"):
            return _ent_span(doc, before.i)  # "the detective Henri Sauvel, played by X": the name before
        head = verb.head
        if verb.dep_ == "acl" and head.is_lower and head.pos_ == "NOUN" and not head.ent_type_ \
                and head.dep_ != "appos":  # not "Jerry, a car dealer played by X": that is Jerry
            return (head.i, head.i + 1)  # "fights a land developer played by X": a role no name gives
        node = verb
        while node.dep_ in ("acl", "relcl", "appos", "advcl") and node.head != node:
            node = node.head
            if node.ent_type_ in NAMEABLE - {""}:
                return _ent_span(doc, node.i)
        for i in range(verb.i - 1, max(verb.sent.start, verb.i - 12) - 1, -1):
            if doc[i].ent_type_ in ("Character", "Person", "Work") and doc[i].ent_iob_ == "B":
                return _ent_span(doc, i)
        return None

    # "Y (X)" and "X (Y)" --------------------------------------------------------
    def _brackets(self, doc: Doc, sent: Span) -> list[Pair]:
        listed = set(cast_list_members(doc, sent))
        pairs = []
        for token in sent:
            if token.text != "(":
                continue
            described = _past_actor_words(doc, token.i + 1)
            if described >= len(doc):
                continue  # a bracket the text ends in
            as_role = doc[described].lower_ == "as"
            inner = self._name_at(doc, described + as_role)
            if inner is None or inner[1] >= len(doc):
                continue
            closes = _closes_bracket(doc, inner[1])
            if as_role or not closes:
                # "Keziah Monroe (as Delia Swann)", "Gloria Antunez (as Margarita Ruiz, the restaurant's
                # manager)", and in a cast list "Desmond Achterberg (Pete, a line cook who ...)"
                actor = _name_before(doc, token.i)
                if actor and doc[actor[0]].ent_type_ == "Person" and (closes or (
                        _described_to_bracket_end(doc, inner[1])
                        and (as_role or actor in listed or any(t.lower_ in CAST_NOUNS for t in sent)))):
                    pairs.append((actor, inner, "actor-(character)"))
                continue
            outer = _name_before(doc, token.i)
            if outer is not None:
                outer = (outer[0], min(outer[1], token.i))  # NER sometimes runs a name into the bracket
            if outer is None or outer[0] >= outer[1] or not self._bracket_names(doc, outer, inner) \
                    or self._crew_subject(doc, outer):
                continue
            if doc[outer[0]].ent_type_ == "Work" and doc[inner[0]].lower_ in ("the", "a", "an"):
                # "La Dernière Marée (The Last Tide)": a title and its translation, one work
                set_entity(doc, *inner, "Work", rule="translated-title", canonical=span_text(Span(doc, *outer)))
                continue
            if _cast_subject_with_credit(doc, outer, inner):
                if doc[inner[0]].ent_type_ != "Work" and inner[1] < len(doc) and doc[inner[1]].text == ")":
                    set_entity(doc, *inner, "Work", rule="credit-aside")  # "Elijah Moore (Redwater)": his credit
                continue
            if described > token.i + 1:  # "(newcomer Tom Reyes)": the words say the bracket is the actor
                pairs.append((inner, outer, "character-(actor)"))
            elif outer not in listed and not self._starred(doc, outer) and self._actor_inside(doc, outer, inner):
                pairs.append((inner, outer, "character-(actor)"))
            elif outer in listed or self._actor_outside(doc, outer, inner):
                pairs.append((outer, inner, "actor-(character)"))
            else:
                pairs.append((inner, outer, "character-(actor)"))
        return pairs

    def _crew_subject(self, doc: Doc, outer: tuple[int, int]) -> bool:
        """"Ida Holm (The Long Shore) is set to direct", "directed by Ida Holm (The Long Shore)":
        who directs, writes or produces is crew, and the bracket names an earlier credit, not a role."""
        root = doc[outer[0]:outer[1]].root
        if root.dep_ == "pobj" and root.head.dep_ == "agent":  # "Directed by Nadia Rahman (Tidewater)"
            return root.head.head.lemma_.lower() in self.lexicon.crew_verbs
        if root.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verbs = [root.head, *(t for t in root.head.children if t.dep_ == "xcomp")]
        verbs += [t for v in verbs[1:] for t in v.children if t.dep_ == "xcomp"]
        return any((v.lemma_.lower() in self.crew_subject_verbs and not _makes_a_choice(v)) or v.lower_ == "executive"
                   for v in verbs)

    def _actor_inside(self, doc: Doc, outer: tuple[int, int], inner: tuple[int, int]) -> bool:
        """Evidence that the bracket holds the actor: the story follows the outer name
        ("it follows Tom Reyes (Lind)"), or the bracket is the surname of a person the
        article names in full ("Ada Quill (Lind)" beside "Mara Lind")."""
        return plot_subject(doc[outer[0]:outer[1]].root, self.lexicon) is not None \
            or _surname_of_someone(doc, inner, outer)

    def _bracket_names(self, doc: Doc, outer: tuple[int, int], inner: tuple[int, int]) -> bool:
        if _titled(doc, doc[outer[0]:outer[1]].text) or _defines(doc, outer, inner[1] + 1) \
                or _abbreviates(doc[inner[0]:inner[1]].text, doc[outer[0]:outer[1]]) \
                or doc[inner[0]:inner[1]].text in self.lexicon.country_names:  # a winner's "(Uzbekistan)"
            return False
        for start, end in (outer, inner):
            span = doc[start:end]
            if span.root.ent_type_ == "Place" and (start, end) == outer and _named_like_a_character(doc, outer, inner):
                continue
            if span.root.ent_type_ in ("Place", "DATE", "CARDINAL") \
                    or info_of(Span(doc, start, end)).get("rule") in TITLE_RULES \
                    or not _is_name(doc, start, end) \
                    or doc[end - 1].lower_ in self.lexicon.organisation_words:  # "W (Prathyangira Cinemas) $6.8M"
                return False
        return True

    def _actor_outside(self, doc: Doc, outer: tuple[int, int], inner: tuple[int, int]) -> bool:
        """Reviews write "Character (Actor)"; cast lists and "featured" write "Actor (Character)"."""
        if self._starred(doc, outer):
            return True
        return (outer[1] - outer[0] >= 2 and inner[1] - inner[0] == 1
                and doc[outer[0]].ent_type_ == "Person")

    def _starred(self, doc: Doc, outer: tuple[int, int]) -> bool:
        """"The premiere featured A (B)", "starring A (B)": the outer name is the cast member."""
        root = doc[outer[0]:outer[1]].root
        return root.head.lemma_.lower() in ("feature", "star", "starring") \
            and root.dep_ in ("dobj", "pobj", "appos", "conj")

    # shared -----------------------------------------------------------------
    def _ranked_name(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """"Dr. Ada Quill" where NER left the rank out of the name: the name with its rank
        (``_untitled`` drops it again before a full name)."""
        j = self._past_ranks(doc, i)
        if j == i or j >= len(doc) or doc[j].ent_iob_ != "B" or doc[j].ent_type_ not in ("Person", "Character"):
            return None
        return (i, _joined_name(doc, _ent_span(doc, j))[1])

    def _past_ranks(self, doc: Doc, i: int) -> int:
        """The first token from ``i`` on that is no capitalised rank outside an entity."""
        while i < len(doc) and not doc[i].ent_type_ and self._is_rank(doc[i]) and doc[i].text[:1].isupper():
            i += 1
        return i

    def _ranked_unlabelled_name(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """"as Police Chief Jens Vorland and ...": a rank, then up to three capitalised
        words NER left unlabelled (a title run would go on through "and")."""
        j = self._past_ranks(doc, i)
        k = j
        while k < len(doc) and k - j < 3 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() \
                and not doc[k].ent_type_:
            k += 1
        return (i, k) if j > i and k > j else None

    def _name_at(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """A character-like name starting at token i (skipping an opening quote)."""
        if i < len(doc) and doc[i].text in "\"'“‘":
            i += 1
        if i >= len(doc):
            return None
        ranked = self._ranked_name(doc, i)
        if ranked:
            return ranked
        if doc[i].ent_type_ and doc[i].ent_iob_ == "B":
            span = _ent_span(doc, i)
            label = doc[i].ent_type_
            if label in NAMEABLE and info_of(Span(doc, *span)).get("rule") != "gazetteer":
                return _joined_name(doc, span)
            return None
        ranked = self._ranked_unlabelled_name(doc, i)
        if ranked:
            return ranked
        end = self.lexicon.title_run_end(doc, i)
        if end is None or end - i > 4 or doc[i].pos_ != "PROPN":
            return None
        end = _past_syllables(doc, end)
        # "as President" is an office; "as Father Eddings", "as Captain Vane" a character.
        if doc[i].lower_ in self.lexicon.job_titles and end - i < 2:
            return None
        return (i, end)


def _aside_end(doc: Doc, comma: int, longest: int = 8) -> int | None:
    """The comma closing a short aside with no verb that opens at ``comma``, or None."""
    for j in range(comma + 1, min(len(doc), comma + longest + 2)):
        if doc[j].text == ",":
            return j if j > comma + 1 else None
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].is_sent_start:
            return None
    return None


def _opens_a_clause(after_name: Token) -> bool:
    """A verb (or "plays", which the tagger may call a noun) right after a name: the name is
    the subject of a clause of its own, not one more item of a list before it."""
    return after_name.lower_ in ROLE_VERB_FORMS or after_name.pos_ in ("VERB", "AUX")


def _described_to_bracket_end(doc: Doc, i: int) -> bool:
    """", the restaurant's manager)", ", a line cook who ...)": a description that runs to the bracket's end."""
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an", "the", "his", "her", "their") \
            and not (i + 2 < len(doc) and doc[i + 2].lower_ in ("'s", "’s")):
        return False
    for token in doc[i + 1:min(len(doc), i + 30)]:
        if token.text in ("(", "\n") or token.is_sent_start:
            return False
        if token.text == ")":
            return True
    return False


def _closes_bracket(doc: Doc, i: int) -> bool:
    """")" at token i, or ", pictured)": "Laura Pierce (Emily Harcourt, pictured)";
    or a review's verdict on the actor: "Wren (Talia Moss, never better)"."""
    return doc[i].text == ")" or (i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in PHOTO_WORDS
                                  and doc[i + 2].text == ")") or _verdict_to_bracket_end(doc, i)


def _verdict_to_bracket_end(doc: Doc, i: int) -> bool:
    """", never better)", ", wonderfully smug)": only adverbs and adjectives up to the
    bracket's end judge a performance; a character's description has a noun."""
    if doc[i].text != ",":
        return False
    end = next((t.i for t in doc[i + 1:i + 5] if t.text == ")"), None)
    return end is not None and end > i + 1 and all(
        t.pos_ in ("ADV", "ADJ") and t.is_lower for t in doc[i + 1:end])


# Verbs whose subject is being cast: a bracket after the subject's name is an earlier credit.
CASTING_VERBS = {"star", "play", "portray", "voice", "topline", "headline", "co-star", "reprise"}


def _cast_subject_with_credit(doc: Doc, outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    """"Calloway (The Quiet Shore, Netflix's Dunmore) will play Ezra Rowe", "with Elijah Moore
    (Redwater) set to star": the trade press's credit after an actor's name, not a role.
    Not "Hannah Keller (Sophie Grant) makes a decision": a person in the bracket is an actor."""
    if doc[inner[0]].ent_type_ == "Person" and doc[inner[0]].ent_iob_ == "B":  # not NER's "Moore (Redwater"
        return False
    root = doc[outer[0]:outer[1]].root
    # "A (W) and B (W2) have been cast": B too; "A (W), B (W2) and C are set to star", where the
    # parser may take B for A's apposition
    while root.dep_ in ("conj", "appos") and root.head != root and root.head.ent_type_ == "Person":
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass"):
        verbs = [root.head]
    elif root.dep_ == "pobj" and root.head.lower_ == "with":  # "with X (W) set to star"
        verbs = [c for c in root.children if c.dep_ in ("acl", "relcl")]
    else:
        return False
    verbs += [t for v in list(verbs) for t in v.children if t.dep_ in ("xcomp", "conj")]
    return any((v.lemma_.lower() in CASTING_VERBS and (v.lemma_.lower() not in ROLE_VERBS or _names_a_role(v)))
               or _joins_a_cast(v) for v in verbs)


def _joins_a_cast(verb: Token) -> bool:
    """"A (W) and B (W2) have also been cast", "X (W) joins the ensemble", "X (W) will lead the series"."""
    lemma = verb.lemma_.lower()
    if lemma == "cast":
        return any(c.dep_ == "nsubjpass" for c in verb.children) or verb.tag_ == "VBN"
    return lemma in ("join", "lead") and any(
        c.dep_ == "dobj" and (c.lower_ in CAST_NOUNS or c.ent_type_ == "Work") for c in verb.children)


def _names_a_role(verb: Token) -> bool:
    """"will play Ezra Rowe": the role verb's object is a name ("plays a prank" is no role)."""
    return any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)


def _makes_a_choice(verb: Token) -> bool:
    """"Hannah Keller (Sophie Grant) makes a decision": "make" with an object that is no
    work ("a film", "W") is what a character does, not a credit."""
    if verb.lemma_.lower() != "make":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.pos_ == "NOUN" and not o.ent_type_ and o.lower_ not in WORK_OBJECT_NOUNS
                                 for o in objects)


# What a maker makes: "X (W) is making a film", "makes her feature debut".
WORK_OBJECT_NOUNS = {"film", "films", "movie", "movies", "series", "show", "documentary", "debut", "feature",
                     "pilot", "episode", "album", "record", "sequel", "remake", "short", "drama", "comedy"}


def _role_verb_word(token: Token) -> bool:
    return token.lemma_.lower() in ROLE_VERBS or token.lemma_.lower() in Lexicon.load().cast_cues


def _named_like_a_character(doc: Doc, outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    """"A subplot involving Old Corwin (Dale Whitcombe)": NER's place before an actor's full
    name in brackets is a character, unless a preposition makes it a place ("in Leeds (...)")."""
    return outer[0] > 0 and doc[outer[0] - 1].pos_ != "ADP" and doc[inner[0]].ent_type_ == "Person" \
        and inner[1] - inner[0] >= 2


def _conjoined_to_noun(name: Token, subject: Token) -> bool:
    """"A plays X, Edwin's daughter, and B appears as Y": the parser makes "daughter"
    the second verb's subject and B its conjunct; B is the one who appears."""
    return subject.pos_ == "NOUN" and not subject.ent_type_ \
        and any(t.dep_ == "conj" and t.head == subject for t in (name, name.head))


def _singular_verb_of_pair(name: Token, subject: Token, verb: Token) -> bool:
    """"A plays nurse X and B plays Y": the parser makes "X and B" the second verb's
    subject, but "plays" has one subject; the name right before it is that one."""
    return verb.tag_ == "VBZ" and name.dep_ == "conj" and name.head == subject


def _delayed_agent(doc: Doc, verb: Token) -> Token | None:
    """"Maeve, played with a sour wit by Lottie Barrand, ...": a review's manner phrase
    before the agent, which the parser reads as a main verb "played" with its "by" under
    the manner noun. The Person after "by", when the clause runs on without a comma."""
    if verb.i == 0 or doc[verb.i - 1].text != "," or doc[verb.i + 1:verb.i + 2].text not in ("with", "in"):
        return None
    for token in doc[verb.i + 2:min(verb.i + 10, verb.sent.end - 1)]:
        if token.is_punct:
            return None
        if token.lower_ == "by":
            after = doc[token.i + 1]
            return after if after.ent_type_ == "Person" and after.ent_iob_ == "B" else None
    return None


def _followed_by_a_work(doc: Doc, character: tuple[int, int]) -> bool:
    """"as Inspector Bale in ITV's Marlow Moor": the role is placed in a named work."""
    if character[1] >= len(doc) or doc[character[1]].lower_ not in ("in", "on"):
        return False
    return any(t.ent_type_ == "Work" for t in doc[character[1]].subtree)


def _career_subject(doc: Doc, head: Token) -> tuple[int, int] | None:
    """Who "broke out as Y" or is "best known as Y": the clause's subject, or the name a
    participle qualifies ("Dunne, best known as Y in W, ...")."""
    if head.dep_ == "acl" and head.head.ent_type_ == "Person":
        return _ent_span(doc, head.head.i)
    subject = _subject_of(doc, head) if head.pos_ in ("VERB", "AUX", "ADJ") else None
    return subject if subject is not None and doc[subject[0]].ent_type_ == "Person" else None


def _judged_in_a_role(as_token: Token) -> bool:
    """A review's "X is terrific as Y", "X is a revelation as Y": a verdict on a part played."""
    head = as_token.head
    return head.head.lemma_ == "be" and ((head.pos_ == "ADJ" and head.dep_ == "acomp")
                                         or (head.pos_ == "NOUN" and head.dep_ == "attr"))


def _before_credit_aside(doc: Doc, i: int) -> int:
    """The token before ``i``, past a bracketed credit: "stars Ada Quill ("The Hollow Year") as Y"."""
    if doc[i - 1].text != ")":
        return i - 1
    for j in range(i - 2, max(i - 15, 0), -1):
        if doc[j].text == "(":
            inside = doc[j + 1:i - 1]
            credit = any(t.ent_type_ == "Work" for t in inside) or (len(inside) and inside[0].text in "\"“‘'")
            return j - 1 if credit and j > 0 else i - 1
    return i - 1


def _person_like(doc: Doc, token: Token) -> bool:
    """"Celia Mornay as Agnes": a two-word name NER took for an organisation or a place,
    without an organisation's word or the gazetteer's backing, before a role is a person."""
    if token.ent_type_ not in ("Organization", "Place"):
        return False
    span = Span(doc, *ent_span(doc, token.i))
    return len(span) == 2 and _is_name(doc, span.start, span.end) and info_of(span).get("rule") is None \
        and span[-1].lower_ not in Lexicon.load().organisation_words


def _role_holder(doc: Doc, role: Token) -> tuple[int, int] | None:
    """Whose role it is: "his role of", "X landed the role of", "stars X in the title role of"."""
    # "his screen debut": the parser may hang "his" from the noun before the role noun.
    owner = next((t for t in role.subtree if t.dep_ == "poss" and role.left_edge.i <= t.i < role.i), None)
    if owner is not None:
        return _ent_span(doc, owner.i)
    if role.dep_ == "dobj":
        return _subject_of(doc, role.head)
    if role.dep_ == "nsubj" and role.head.lemma_ == "go":
        # "The role of Y goes to X"
        recipient = next((o for p in role.head.children if p.dep_ == "prep" and p.lower_ == "to"
                          for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "Person"), None)
        return ent_span(doc, recipient.i) if recipient is not None else None
    if role.dep_ == "pobj" and role.head.dep_ == "prep":
        verb = role.head.head
        if verb.ent_type_ == "Person":  # "stars [Tom Reyes in the title role]"
            return ent_span(doc, verb.i)
        person = next((c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "Person"), None)
        return ent_span(doc, person.i) if person is not None else _subject_of(doc, verb)
    return None


def _described_role_name(doc: Doc, i: int, name_at) -> tuple[int, int] | None:
    """The name after "her ex-husband," or "Birdie's mother," at token i, or None;
    also after "the youngest," and "the ferryman"."""
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        return _name_after_description(doc, i + 1, name_at)
    if i < len(doc) and doc[i].tag_ == "PRP$":
        j = i + 1
    else:
        owner = name_at(doc, i)
        if owner is None or owner[1] >= len(doc):
            return None
        if doc[owner[1]].lower_ in ("'s", "’s"):
            j = owner[1] + 1
        elif doc[owner[1]].is_lower and (doc[owner[0]].ent_type_ == "Organization" or (
                owner[1] - owner[0] == 1 and doc[owner[0]].text.isupper())):  # "MI6", "NYPD"
            j = owner[1]  # "as MI6 analyst Zara Quill": an organisation's post before the name
        else:
            return None
    k = j
    # "her investigator and ex-husband,": two role nouns joined by "and" describe one role.
    while k < len(doc) and k - j < 5 and (doc[k].is_lower and _describing_word(doc[k])
                                          or doc[k].text == "-" or (doc[k].lower_ == "and" and k > j)):
        k += 1
    if k == j or k + 1 >= len(doc) or doc[k - 1].pos_ != "NOUN":
        return None
    if doc[k].text != ",":
        return name_at(doc, k)  # "Sue Pem as his wife Maggie"
    return name_at(doc, k + 1) or _month_like_name(doc, k + 1)


def _month_like_name(doc: Doc, i: int) -> tuple[int, int] | None:
    """"Varga's daughter, June,": a name NER took for a date; the role noun says it is a name."""
    token = doc[i]
    end = i + 1
    if token.ent_type_ == "DATE" and token.pos_ == "PROPN" and token.is_title and token.ent_iob_ == "B" \
            and (end >= len(doc) or doc[end].ent_iob_ != "I"):
        return (i, end)
    return None


# Words before an actor's name in a bracket: "Harlan Pike (newcomer Tom Reyes)".
ACTOR_WORDS = {"newcomer", "series", "regular", "star", "actor", "actress", "co-star", "guest", "voiced",
               "recurring", "returning", "veteran"}


def _past_actor_words(doc: Doc, i: int) -> int:
    """The index after "newcomer", "series regular" at token i, else i."""
    j = i
    while j < len(doc) and j - i < 3 and doc[j].lower_ in ACTOR_WORDS:
        j += 1
    return j


def _surname_of_someone(doc: Doc, inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """The bracketed name is the last part of a longer Person name elsewhere in the article,
    or the first part of one listed in its cast ("Seo" of "starring Seo Ji-yeon": family
    names come first in some languages)."""
    words = [t.text for t in doc[inner[0]:inner[1]]]
    listed = {m for sent in sentences(doc) for m in cast_list_members(doc, sent)}
    for ent in doc.ents:
        if ent.label_ != "Person" or len(ent) <= len(words) or (ent.start < outer[1] and ent.end > outer[0]):
            continue
        if [t.text for t in ent[len(ent) - len(words):]] == words or (
                (ent.start, ent.end) in listed and [t.text for t in ent[:len(words)]] == words):
            return True
    return False


def _name_after_description(doc: Doc, j: int, name_at) -> tuple[int, int] | None:
    """"[the] youngest, Sol", "[the] ferryman Abel Pruitt", "[the] institute's director, Sylvie
    Okonkwo": a described role's name."""
    k = j
    # "the half-blind Old Tobin": a hyphen joins the words of one description.
    while k < len(doc) and k - j < 5 and (doc[k].is_lower and (_describing_word(doc[k]) or _hyphen_next(doc, k))
                                          or (doc[k].lower_ in ("'s", "’s") and k > j)
                                          or (doc[k].text == "-" and k > j)):
        k += 1
    if k == j or k >= len(doc):
        return None
    if doc[k].text == "," or (doc[k].lower_ in ("named", "called") and doc[k - 1].pos_ == "NOUN"):
        return name_at(doc, k + 1)  # "the youngest, Sol", "a mercenary named Orla Vane"
    # "the sharp-tongued Harriet Lowe": a hyphened adjective may end in a participle
    hyphened = k - 2 > j and doc[k - 2].text == "-"
    return name_at(doc, k) if doc[k - 1].pos_ in ("NOUN", "ADJ") or hyphened else None


def _hyphen_next(doc: Doc, k: int) -> bool:
    """"sharp-tongued": any first half of a hyphened word, whatever the tagger made it."""
    return k + 1 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_


def _describing_word(token: Token) -> bool:
    """A noun or adjective of a role's description; "the scheming chancellor": a participle too."""
    return token.pos_ in ("NOUN", "ADJ") or (token.pos_ == "VERB" and token.dep_ == "amod")


def _titled(doc: Doc, text: str) -> bool:
    """Some mention of this name has strong title evidence (a title line, a year)."""
    return any(e.text == text and info_of(e).get("rule") in TITLE_RULES for e in doc.ents)


def _abbreviates(short: str, name: Span) -> bool:
    """"Harbour Light Films (HLF)": the bracket is the name's initials, not a role."""
    letters = short.replace(".", "")
    initials = "".join(t.text[0] for t in name if t.text[:1].isupper())
    return letters.isupper() and len(letters) >= 2 and letters == initials


def _defines(doc: Doc, outer: tuple[int, int], i: int) -> bool:
    """"X (Y) is a 1930 film": the bracket gives another name, not a role. A definition
    opens its sentence; "Meanwhile, Kendall (Jeremy Strong) is the only one" is a recap's."""
    opens = outer[0] == doc[outer[0]].sent.start or (
        outer[0] - 1 == doc[outer[0]].sent.start and doc[outer[0] - 1].lower_ == "the")
    return opens and i + 1 < len(doc) and doc[i].lemma_ == "be" and doc[i + 1].lower_ in ("a", "an", "the")


def named_characters(doc: Doc) -> list[tuple[int, int]]:
    """"The main character, Mara, ...", "the character Ada Quill": a name given as a character."""
    found = []
    for token in doc_tokens(doc):
        if token.lower_ not in ("character", "protagonist", "antagonist", "villain", "heroine", "hero"):
            continue
        i = token.i + 1
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc) and doc[i].ent_iob_ == "B" and doc[i].ent_type_ in ("Person", "Organization", "Place", "Character") \
                and not any(c.lower_ in ("a", "an") for c in token.children):
            span = _ent_span(doc, i)
            if span and info_of(Span(doc, *span)).get("rule") != "gazetteer" and _is_name(doc, *span):
                found.append(span)
    return found


def cast_list_members(doc: Doc, sent: Span) -> list[tuple[int, int]]:
    """Names listed after a cast cue: "starring A, B and C", "The protagonists are A and B"."""
    members: list[tuple[int, int]] = []
    for token in sent:
        if token.lower_ not in LIST_CUES or not _speaks_of_cast(token) or _featured_artist(token) \
                or _crew_partners(token):
            continue
        start = token.i + 1
        while start < sent.end and (doc[start].lower_ in LIST_OPENERS or doc[start].is_space):
            start += 1
        if token.lower_ not in WEAK_LIST_CUES:
            start = _past_descriptors(doc, start, sent.end)
        members += [m for m in _name_list(doc, start, sent.end) if m not in members]
    return members


def _past_descriptors(doc: Doc, i: int, stop: int, most: int = 3) -> int:
    """"features identical twin brothers A and B", "stars newcomer A": the name after the description."""
    j = i
    while j < stop and j - i < most and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ") and not doc[j].ent_type_:
        j += 1
    return j if j > i and j < stop and doc[j].ent_type_ in ("Person", "") and doc[j].pos_ == "PROPN" else i


def _crew_partners(token: Token) -> bool:
    """"who executive produces with A and B": partners in a crew credit, not cast."""
    return token.lower_ == "with" and token.head.lemma_.lower() in Lexicon.load().crew_verbs


def _featured_artist(token: Token) -> bool:
    """"Paper Moon" (featuring Tom Reyes): a song's guest artist, in brackets after the title."""
    doc = token.doc
    before = doc[max(0, token.i - 3):token.i]
    return token.lower_ == "featuring" and any(t.text == "(" for t in before) and not any(t.text == ")" for t in before)


def _speaks_of_cast(token: Token) -> bool:
    phrase = token.head if token.dep_ == "compound" else token
    if token.lower_ in ("actors", "actresses") and phrase.dep_ == "pobj" and phrase.head.lower_ == "of":
        return phrase.head.head.lower_ in ("cast", "ensemble")  # not "the daughter of actors A and B"
    if token.lower_ not in WEAK_LIST_CUES:
        return True
    # The verb "star", not the noun: "only for the production's star, Ada Quill (Mara
    # Lind)" is a character who is a star in the story.
    return any(t.lower_ in ("cast", "stars", "starring", "ensemble", "protagonists")
               or t.lemma_ == "cast" or (t.lemma_ == "star" and t.pos_ == "VERB")
               for t in token.sent)


def _name_list(doc: Doc, start: int, stop: int) -> list[tuple[int, int]]:
    """Names separated by commas and "and", stopping at anything else."""
    names, i = [], start
    while i < stop:
        token = doc[i]
        if token.lower_ in LIST_SEPARATORS or token.is_space or token.lower_ in ("also", "well"):
            i += 1
            continue
        if token.text == "(" and names:
            # "Dario Fenwick (Augustin Achard), Colm Barrister (...)": skip the role.
            close = next((j for j in range(i, min(stop, i + 8)) if doc[j].text == ")"), None)
            if close is None:
                break
            i = close + 1
            continue
        span = _list_item(doc, i, stop)
        if span is None or (span[1] < stop and doc[span[1]].lower_ in ("'s", "’s")):
            break  # "featuring Lind's character Ada Quill": the name owns what follows
        names.append(span)
        i = span[1]
    return names


def _list_item(doc: Doc, i: int, stop: int) -> tuple[int, int] | None:
    token = doc[i]
    if token.ent_type_:
        if token.ent_iob_ != "B" and i > 0 and doc[i - 1].ent_type_:
            return None
        span = _ent_span(doc, i)
        if doc[span[1] - 1].lower_ in Lexicon.load().organisation_words:
            return None  # "a deal with Northwind Pictures": a company, whatever NER says
        label = token.ent_type_
        if label in ("Person", "Character") or (label in ("Organization", "Place")
                                                 and info_of(Span(doc, *span)).get("rule") != "gazetteer"
                                                 and _is_name(doc, *span)):
            return span
        return None
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return None
    end = i
    while end < stop and not doc[end].ent_type_ and (
            (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()) or joining_hyphen(doc, end)):
        end += 1  # "Frances Cole-Whitby": a double surname's hyphen is part of the name
    return (i, end)


def _joined_name(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """"Ada" + "Quill" as two entities next to each other are one name."""
    start, end = span
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and doc[end].ent_type_ in ("Person", "Character", "") and doc[end - 1].whitespace_:
        end = (_ent_span(doc, end) or (end, end + 1))[1]
    return (start, _past_syllables(doc, end))


def _people_before(doc: Doc, sent: Span, i: int) -> list[tuple[int, int]]:
    """The last run of people named before token i: "A, B, C and D [to play]"."""
    people = [(e.start, e.end) for e in sent.ents if e.label_ == "Person" and e.end <= i]
    run: list[tuple[int, int]] = []
    for span in people:
        between = doc[run[-1][1]:span[0]] if run else None
        if between is not None and not all(t.lower_ in LIST_SEPARATORS or t.is_space for t in between):
            run = []
        run.append(span)
    return run


def _past_syllables(doc: Doc, end: int) -> int:
    """"Han Do-yun", "Seo Ha-eun": a romanised Korean given name goes on past a hyphen
    written without spaces, in lower case."""
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower:
        return end + 2
    return end


def _zip_lists(actors: list[tuple[int, int]], characters: list[tuple[int, int]],
               rule: str) -> list[Pair]:
    """Pair a list of N people with a list of N characters, in order; else nothing."""
    if len(characters) < 2 or len(actors) != len(characters):
        return []
    return [(a, c, rule) for a, c in zip(actors, characters)]


def _ent_span(doc: Doc, i: int) -> tuple[int, int] | None:
    """An entity's span, or a lone pronoun or proper noun ("she", an unlabelled name)."""
    return ent_span(doc, i) or ((i, i + 1) if doc[i].pos_ in ("PRON", "PROPN") else None)


def _name_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """The name just before token i, past a possessive ("Ada Quill's (Ida Holm)")."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in ("'s", "’s"):
        j -= 1
    while j >= 0 and doc[j].text in "\"'”’":
        j -= 1
    if j < 0 or not (doc[j].ent_type_ or doc[j].pos_ == "PROPN" or _after_hyphen(doc[j])):
        return None
    if doc[j].ent_type_:
        return _ent_span(doc, j)
    start = j
    # "Oh Dae-sik": the parts of a hyphenated given name belong to the name too.
    while start > 0 and not doc[start - 1].ent_type_ and (
            doc[start - 1].pos_ == "PROPN" or _after_hyphen(doc[start]) or _after_hyphen(doc[start - 1])):
        start -= 1
    if joining_hyphen(doc, start) and doc[start - 1].ent_type_ == "Person":
        start = _ent_span(doc, start - 1)[0]  # "Frances Cole" + "-Whitby": one name
    return (start, j + 1)


# Nouns a role can hang from: "joins the cast as Y".
CAST_NOUNS = {"cast", "ensemble", "lineup", "line-up"}
# Words between a name and its verb: "X will also star", "X guest stars", "X co-starred"
# (which the tokenizer splits in three).
AUXILIARIES = {"will", "is", "has", "have", "been", "to", "also", "now", "set", "slated", "was", "would", "'ll",
               "guest", "co", "-"}


def _name_just_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """The name right before a verb when the parser missed the subject ("Tessa Morrow voices",
    "Beatrice Lowe (pictured) stars")."""
    j = i - 1
    if j >= 2 and photo_caption_end(doc, j - 2) == j + 1:
        j -= 3
    while j >= 0 and i - j <= 4 and doc[j].lower_ in AUXILIARIES:
        j -= 1
    if j < 0 or doc[j].ent_type_ not in ("Person", "Organization", ""):
        return None
    # The entity label is surer than the tag: the small model tags "Greaves" a verb.
    if not doc[j].ent_type_ and doc[j].pos_ != "PROPN":
        return None
    span = _ent_span(doc, j) if doc[j].ent_type_ else _name_before(doc, j + 1)
    if span and info_of(Span(doc, *span)).get("rule") == "gazetteer":
        return None
    return span


def _name_before_aside(doc: Doc, i: int) -> tuple[int, int] | None:
    """"Sallis, a BAFTA nominee for W, stars as Y": the person opening the sentence, past
    the aside between commas that ends right before the verb at ``i``."""
    sent = doc[i].sent
    if i >= 1 and doc[i - 1].text == ")":  # "Eirik Vold ("Frostbite Station") stars as Y"
        before = _before_credit_aside(doc, i)
        return _ent_span(doc, before) if before != i - 1 and doc[before].ent_type_ == "Person" else None
    if i < 1 or doc[i - 1].text != "," or doc[sent.start].ent_type_ != "Person":
        return None
    name = _ent_span(doc, sent.start)
    if name is None or name[1] >= i - 1 or doc[name[1]].text != ",":
        return None
    aside = doc[name[1] + 1:i - 1]
    return name if not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in aside) else None


def _subject_of(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The subject of a verb, climbing through auxiliaries, xcomps and relative clauses."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "A guest stars as X, and B appears as Y": the parser may give the verb two subjects.
        subject = next((c for c in subjects if c.ent_type_ or c.pos_ in ("PRON", "PROPN")), None) \
            or next(iter(subjects), None)
        if subject is not None:
            if subject.lower_ in ("who", "that", "which") and node.dep_ == "relcl":
                return _ent_span(doc, node.head.i) or (node.head.i, node.head.i + 1)
            return _ent_span(doc, subject.i) or (subject.i, subject.i + 1)
        if node.dep_ in ("xcomp", "ccomp", "conj", "advcl") and node.head != node:
            node = node.head
        elif node.dep_ == "pobj" and doc[node.i - 1].lower_ == "to" and _role_verb_word(node):
            node = node.head.head  # "is attached to star as Y", read as a noun after "to"
        elif node.dep_ == "pcomp" and node.head.dep_ == "prep":
            # "X won an award for playing Y"; "thanked X for playing Y": the object.
            node = node.head.head
            # "won best actress for", "won an Emmy for", "won for lead actor in a comedy series for"
            for _ in range(4):
                if node.pos_ not in ("NOUN", "PROPN", "ADP") or node.ent_type_ == "Person" \
                        or node.dep_ not in ("dobj", "attr", "pobj", "prep") or node.head == node:
                    break
                node = node.head
            person = next((c for c in node.children if c.dep_ == "dobj" and c.ent_type_ == "Person"), None)
            if person is not None:
                return ent_span(doc, person.i)
        elif node.dep_ == "relcl":
            return _ent_span(doc, node.head.i)
        else:
            return None
    return None


def unnamed_role(doc: Doc, start: int, end: int) -> bool:
    """"whose persona was portrayed by X", "the keeper was played by X": a role without a name."""
    return end - start == 1 and doc[start].pos_ == "NOUN" and doc[start].is_lower


def _is_name(doc: Doc, start: int, end: int) -> bool:
    return all(t.text[:1].isupper() or t.is_punct or t.lower_ in ("de", "van", "von", "da") or _after_hyphen(t)
               for t in doc[start:end]) and doc[start].pos_ != "PRON"


def _after_hyphen(token: Token) -> bool:
    """The "su" of "Tae-su": a name's lower-case part after a hyphen, written without spaces."""
    return token.i > 0 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 1].whitespace_


def _unique(pairs: list[Pair]) -> list[Pair]:
    seen, kept = set(), []
    for actor, character, rule in pairs:
        if (actor, character) not in seen:
            seen.add((actor, character))
            kept.append((actor, character, rule))
    return kept
