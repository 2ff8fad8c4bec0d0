"""The analysis entry point: documents in, a complete ``Briefing`` out.

A pure function of its input (and the package's data files), so it can be
cached per content hash or run in a worker thread or process.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .actors import find_actors
from .align import align
from .discrepancies import find_discrepancies
from .facts import find_facts
from .model import Actor, Briefing, Document, LoadError, Quote
from .names import Candidate
from .quotes import QuoteSpan, find_quotes, is_term, quote_kind
from .speakers import ActorIndex, attribute
from .stories import find_stories


def find_all_quotes(
    documents: Sequence[Document], actors: tuple[Actor, ...], spans_per_doc: Sequence[Sequence[QuoteSpan]] | None = None
) -> tuple[tuple[Quote, ...], tuple[Quote, ...]]:
    """Every quotation of every document with its speaker (ids q1, q2, ... in order), and apart from them the
    quotation marks that hold no statement: terms and titles (ids t1, t2, ...)."""
    quotes: list[Quote] = []
    terms: list[Quote] = []
    index_of_actors = ActorIndex(actors)
    for index, doc in enumerate(documents):
        spans = list(spans_per_doc[index]) if spans_per_doc is not None else find_quotes(doc)
        for span, found in zip(spans, attribute(doc, index_of_actors, spans)):
            term = is_term(doc.text, span, found.attributed)
            (terms if term else quotes).append(
                Quote(
                    id=f"t{len(terms) + 1}" if term else f"q{len(quotes) + 1}",
                    doc=doc.id,
                    start=span.start,
                    end=span.end,
                    text=doc.text[span.start : span.end],
                    speaker=None if term else found.speaker,
                    kind="term" if term else quote_kind(doc.text, span),
                    evidence=None if term else found.evidence,
                    cue=None if term or not found.cue else found.cue,
                )
            )
    return tuple(quotes), tuple(terms)


def analyze(
    documents: Sequence[Document],
    errors: Sequence[LoadError] = (),
    candidates: Sequence[Sequence[Candidate]] | None = None,
    quote_spans: Sequence[Sequence[QuoteSpan]] | None = None,
    with_alignments: bool = True,
) -> Briefing:
    """Actors, quotes, stories, and (``with_alignments``) alignments, facts and discrepancies of ``documents``.

    The per-document steps (``candidates``, ``quote_spans``) may have been done
    beforehand, in worker processes or read from the cache; the steps that
    need all documents at once (merging actors, speakers, alignment) are done here.
    """
    actors = find_actors(documents, candidates)
    quotes, terms = find_all_quotes(documents, actors, quote_spans)
    stories = find_stories(documents, actors)
    briefing = Briefing(
        documents=tuple(documents),
        actors=actors,
        quotes=quotes,
        errors=tuple(errors),
        terms=terms,
        stories=stories,
    )
    return with_comparison(briefing) if with_alignments else briefing


def with_comparison(briefing: Briefing) -> Briefing:
    """``briefing`` with its aligned passages, the facts they form and the discrepancies between them (for an
    analysis first done without them)."""
    alignments = align(briefing.documents, briefing.actors, briefing.stories)
    facts = find_facts(briefing.stories, alignments, briefing.documents)
    discrepancies = find_discrepancies(
        briefing.documents, briefing.stories, alignments, facts, briefing.quotes, briefing.actors
    )
    return replace(briefing, alignments=alignments, facts=facts, discrepancies=discrepancies)
