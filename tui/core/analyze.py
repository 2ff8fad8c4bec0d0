"""The analysis entry point: documents in, a complete ``Briefing`` out.

A pure function of its input (and the package's data files), so it can be
cached per content hash or run in a worker thread or process.
"""

from __future__ import annotations

from collections.abc import Sequence

from .actors import find_actors
from .align import align
from .model import Actor, Briefing, Document, LoadError, Quote
from .quotes import find_quotes, quote_kind
from .speakers import attribute


def find_all_quotes(documents: Sequence[Document], actors: tuple[Actor, ...]) -> tuple[Quote, ...]:
    """Every quotation of every document with its speaker; ids q1, q2, ... in order."""
    quotes: list[Quote] = []
    for doc in documents:
        spans = find_quotes(doc)
        for span, speaker in zip(spans, attribute(doc, actors, spans)):
            quotes.append(
                Quote(
                    id=f"q{len(quotes) + 1}",
                    doc=doc.id,
                    start=span.start,
                    end=span.end,
                    text=doc.text[span.start : span.end],
                    speaker=speaker,
                    kind=quote_kind(doc.text, span),
                )
            )
    return tuple(quotes)


def analyze(documents: Sequence[Document], errors: Sequence[LoadError] = ()) -> Briefing:
    """Actors, quotes and alignments of ``documents``."""
    actors = find_actors(documents)
    quotes = find_all_quotes(documents, actors)
    alignments = align(documents, actors)
    return Briefing(documents=tuple(documents), actors=actors, quotes=quotes, alignments=alignments,
                    errors=tuple(errors))
