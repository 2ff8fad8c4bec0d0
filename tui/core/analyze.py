"""The analysis entry point: documents in, a complete ``Briefing`` out.

A pure function of its input (and the package's data files), so it can be
cached per content hash or run in a worker thread or process.
"""

from __future__ import annotations

from collections.abc import Sequence

from .actors import find_actors
from .model import Briefing, Document, LoadError


def analyze(documents: Sequence[Document], errors: Sequence[LoadError] = ()) -> Briefing:
    """Actors, quotes and alignments of ``documents``."""
    actors = find_actors(documents)
    return Briefing(documents=tuple(documents), actors=actors, errors=tuple(errors))
