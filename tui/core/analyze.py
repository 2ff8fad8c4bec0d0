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
from .model import Actor, Briefing, Document, LoadError, Quote, Story
from .names import Candidate
from .quotes import QuoteSpan, find_quotes, is_term, quote_kind
from .speakers import ActorIndex, Attribution, attribute
from .stories import find_stories


def find_all_quotes(
    documents: Sequence[Document],
    actors: tuple[Actor, ...],
    spans_per_doc: Sequence[Sequence[QuoteSpan]] | None = None,
    problems: list[LoadError] | None = None,
) -> tuple[tuple[Quote, ...], tuple[Quote, ...]]:
    """Every quotation of every document with its speaker (ids q1, q2, ... in order), and apart from them the
    quotation marks that hold no statement: terms and titles (ids t1, t2, ...).

    An internal error while reading one document's speakers costs that document its speakers alone: its
    quotations are kept without them, and the error is added to ``problems`` (raised when it is None).
    """
    quotes: list[Quote] = []
    terms: list[Quote] = []
    index_of_actors = ActorIndex(actors)
    for index, doc in enumerate(documents):
        spans = list(spans_per_doc[index]) if spans_per_doc is not None else find_quotes(doc)
        try:
            attributions = attribute(doc, index_of_actors, spans)
        except Exception as exc:
            if problems is None:
                raise
            problems.append(
                LoadError(doc.path, f"internal error while finding who said its quotations ({_named(exc)})")
            )
            attributions = [Attribution(None, None) for _ in spans]
        for span, found in zip(spans, attributions):
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
    problems = list(errors)
    documents, candidates, quote_spans, actors = _actors_of(documents, candidates, quote_spans, problems)
    quotes, terms = find_all_quotes(documents, actors, quote_spans, problems)
    try:
        stories = find_stories(documents, actors)
    except Exception as exc:  # each article is then a story of its own, and the reader says why
        problems.append(LoadError(ALL_ARTICLES, f"internal error while grouping them into stories ({_named(exc)})"))
        stories = tuple(Story(f"s{n}", d.title or "", (d.id,)) for n, d in enumerate(documents, 1))
    briefing = Briefing(
        documents=tuple(documents),
        actors=actors,
        quotes=quotes,
        errors=tuple(problems),
        terms=terms,
        stories=stories,
    )
    return with_comparison(briefing) if with_alignments else briefing


def with_comparison(briefing: Briefing) -> Briefing:
    """``briefing`` with its aligned passages, the facts they form and the discrepancies between them (for an
    analysis first done without them). An internal error there leaves the articles uncompared, said in one
    line, and loses nothing else."""
    try:
        alignments = align(briefing.documents, briefing.actors, briefing.stories)
        facts = find_facts(briefing.stories, alignments, briefing.documents)
        discrepancies = find_discrepancies(
            briefing.documents, briefing.stories, alignments, facts, briefing.quotes, briefing.actors
        )
    except Exception as exc:
        problem = LoadError(ALL_ARTICLES, f"internal error while comparing them ({_named(exc)}): shown uncompared")
        return replace(briefing, errors=(*briefing.errors, problem))
    return replace(briefing, alignments=alignments, facts=facts, discrepancies=discrepancies)


ALL_ARTICLES = "the loaded articles"  # what a problem of a step across all articles is said of


def _named(exc: Exception) -> str:
    """An internal error in a few words: its class (its message may hold article text)."""
    return exc.__class__.__name__


def _actors_of(
    documents: Sequence[Document],
    candidates: Sequence[Sequence[Candidate]] | None,
    quote_spans: Sequence[Sequence[QuoteSpan]] | None,
    problems: list[LoadError],
) -> tuple[
    Sequence[Document], Sequence[Sequence[Candidate]] | None, Sequence[Sequence[QuoteSpan]] | None, tuple[Actor, ...]
]:
    """The actors of ``documents``. When merging them fails, the documents that fail on their own are left out,
    each with one line in ``problems``, and the rest are merged again; if that fails too, there are no actors."""
    try:
        return documents, candidates, quote_spans, find_actors(documents, candidates)
    except Exception as exc:
        first = exc
    keep = []
    for i, doc in enumerate(documents):
        try:
            find_actors([doc], [candidates[i]] if candidates is not None else None)
            keep.append(i)
        except Exception as exc:
            problems.append(LoadError(doc.path, f"internal error while finding its actors ({_named(exc)})"))
    kept_docs = [documents[i] for i in keep]
    kept_candidates = [candidates[i] for i in keep] if candidates is not None else None
    kept_spans = [quote_spans[i] for i in keep] if quote_spans is not None else None
    try:
        return kept_docs, kept_candidates, kept_spans, find_actors(kept_docs, kept_candidates)
    except Exception:
        problems.append(LoadError(ALL_ARTICLES, f"internal error while merging their actors ({_named(first)})"))
        return kept_docs, kept_candidates, kept_spans, ()
