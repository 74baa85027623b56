"""Negated and speculative statements: "will not return as", "in talks to join".

A fact is asserted only when no negator and no speculation cue governs its
trigger word: the trigger, the words it hangs from up to the clause root, and
their auxiliaries and adverbs.
"""

from __future__ import annotations

from spacy.tokens import Token

from showgraph.pipeline.lexicon import Lexicon
from showgraph.pipeline.relations.release import RELEASE_VERBS


def is_asserted(trigger: Token, lexicon: Lexicon) -> bool:
    """False when the statement around ``trigger`` is negated or speculative."""
    for node in _governors(trigger):
        if node.pos_ in ("VERB", "NOUN", "ADJ") and _speculative(node, lexicon) \
                and not _scheduled(node, trigger):
            return False
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ in ("advmod", "det") and child.lower_ in lexicon.negators):
                return False
            if child.dep_ in ("aux", "advmod", "mark") and _speculative(child, lexicon):
                return False
        # A relative clause is asserted on its own: "Lionsgate, which distributed
        # the film, expected less" does not hedge the distribution.
        if node.dep_ in ("ROOT", "relcl"):
            break
    return True


# "is expected to premiere in fall 2026": the trade press's way of giving a planned date.
SCHEDULING_WORDS = {"expected"}


def _scheduled(node: Token, trigger: Token) -> bool:
    return node.lower_ in SCHEDULING_WORDS and trigger.lemma_.lower() in RELEASE_VERBS


def _speculative(token: Token, lexicon: Lexicon) -> bool:
    return token.lower_ in lexicon.speculative or token.lemma_.lower() in lexicon.speculative


def _governors(token: Token) -> list[Token]:
    chain, node = [token], token
    while node.head != node and len(chain) < 6:
        node = node.head
        chain.append(node)
    return chain
