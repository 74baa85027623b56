"""Given names of many countries, from Faker's person providers.

The small English model often reads an unfamiliar two-word name ("Dashiell
Fenn", "Ayodele Marsh") as an organisation. A given name as the first word
is the strongest sign a name is a person's that the text itself does not
give. Faker (MIT) keeps given-name lists for some seventy locales; only the
Latin-script ones are of use on English text. Names that are also English
verbs, adjectives or adverbs ("Velvet", "Amber", "Hope") are left out:
"Velvet Kites" is a band. Nouns stay: the index holds many proper nouns
("Phoenix", "Cassius").

>>> names = given_names(frozenset({"velvet"}))
>>> "Maeve" in names, "Velvet" in names
(True, False)
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache

from spacy.language import Language

NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
# The model's rule lemmatizer indexes WordNet's words by part of speech.
NOT_NAMES = ("verb", "adj", "adv")


def english_words(nlp: Language) -> frozenset[str]:
    """The verbs, adjectives and adverbs the model's rule lemmatizer indexes, lower case."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for part in NOT_NAMES for word in index.get(part, ()))


@lru_cache(maxsize=4)
def given_names(english: frozenset[str]) -> frozenset[str]:
    """Faker's Latin-script given names (about 20,000) that are not in ``english`` (lower case)."""
    return frozenset(name for name in _faker_names() if name.lower() not in english)


@lru_cache(maxsize=1)
def _faker_names() -> frozenset[str]:
    import faker.providers.person as providers

    names: set[str] = set()
    for module_info in pkgutil.iter_modules(providers.__path__):
        module = importlib.import_module(f"{providers.__name__}.{module_info.name}")
        provider = getattr(module, "Provider", None)
        for attribute in NAME_LISTS:
            listed = getattr(provider, attribute, None)
            if isinstance(listed, (list, tuple, dict)):  # dicts weigh names by frequency
                names.update(name for name in listed if _latin(name))
    return frozenset(names)


# Letters below U+0250 (Basic Latin to Latin Extended-B, without × and ÷),
# hyphens and apostrophes: one regular expression, as there are some 100,000
# names to test whenever the pipeline loads.
_LATIN_NAME = re.compile("[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f'-]+")


def _latin(name: str) -> bool:
    return name[:1].isupper() and _LATIN_NAME.fullmatch(name) is not None
