"""The errors showgraph raises, each telling the user what to do next."""

from __future__ import annotations


class ShowgraphError(Exception):
    """Base class: a problem the user can fix, reported in one line."""


class ModelNotFound(ShowgraphError):
    """No usable spaCy pipeline is installed under the requested name."""


class InputError(ShowgraphError):
    """An input path, file or record cannot be read as an article."""


class ExportError(ShowgraphError):
    """The graph cannot be written in the requested form."""


class QueryError(ShowgraphError):
    """A SPARQL query is malformed, refused or timed out."""


class GoldError(ShowgraphError):
    """A gold corpus is missing or malformed."""


class StoreError(ShowgraphError):
    """A store folder cannot be opened, read or written."""


class ServeError(ShowgraphError):
    """The SPARQL endpoint cannot be started."""


class ArticleSkipped(UserWarning):
    """An article's extraction failed inside the pipeline; the run went on without it."""
