"""The analysis entry point: documents in, a complete ``Briefing`` out.

A pure function of its input (and the package's data files), so it can be
cached per content hash or run in a worker thread or process.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .actors import find_actors
from .align import align
from .model import Actor, Briefing, Document, LoadError, Quote
from .names import Candidate
from .quotes import QuoteSpan, find_quotes, quote_kind
from .speakers import ActorIndex, attribute


def find_all_quotes(
    documents: Sequence[Document], actors: tuple[Actor, ...], spans_per_doc: Sequence[Sequence[QuoteSpan]] | None = None
) -> tuple[Quote, ...]:
    """Every quotation of every document with its speaker; ids q1, q2, ... in order."""
    quotes: list[Quote] = []
    index_of_actors = ActorIndex(actors)
    for index, doc in enumerate(documents):
        spans = list(spans_per_doc[index]) if spans_per_doc is not None else find_quotes(doc)
        for span, speaker in zip(spans, attribute(doc, index_of_actors, spans)):
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


def analyze(
    documents: Sequence[Document],
    errors: Sequence[LoadError] = (),
    candidates: Sequence[Sequence[Candidate]] | None = None,
    quote_spans: Sequence[Sequence[QuoteSpan]] | None = None,
    with_alignments: bool = True,
) -> Briefing:
    """Actors, quotes and alignments of ``documents``.

    The per-document steps (``candidates``, ``quote_spans``) may have been done
    beforehand, in worker processes or read from the cache; the steps that
    need all documents at once (merging actors, speakers, alignment) are done here.
    """
    actors = find_actors(documents, candidates)
    quotes = find_all_quotes(documents, actors, quote_spans)
    alignments = align(documents, actors) if with_alignments else ()
    return Briefing(
        documents=tuple(documents), actors=actors, quotes=quotes, alignments=alignments, errors=tuple(errors)
    )


def with_alignments(briefing: Briefing) -> Briefing:
    """``briefing`` with its aligned passages (for an analysis first done without them)."""
    return replace(briefing, alignments=align(briefing.documents, briefing.actors))
