"""Passages of different articles that report the same fact.

Each sentence becomes a set of features (``features``): content words
(folded, lightly stemmed, with news synonyms merged), the actors it names and
the numbers it gives, weighted by rarity. Within each story, candidate pairs
come from an inverted index (``candidates``); a pair is kept when it scores
high enough (``scoring``) and is among the best matches of both of its
sentences; its band says how close the wording is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..model import Actor, Alignment, Document, Passage, Story
from .candidates import candidates, common_features
from .features import WORD, Unit, document_units, features_of_word, mentions_by_document, weights_of, word_features
from .scoring import band, pair_features, same_fact

__all__ = ["WORD", "align", "band", "document_units", "features_of_word", "mentions_by_document", "word_features"]

THRESHOLD = 0.3  # how likely a pair must be to report one fact, to be kept
RELATIVE = 0.55  # a sentence's other matches must score this share of its best one
MAX_PER_SENTENCE = 4


def align(
    documents: Sequence[Document], actors: Sequence[Actor], stories: Sequence[Story] | None = None
) -> tuple[Alignment, ...]:
    """Aligned passage pairs between every two documents of a story, best first within each pair of documents.

    Args:
        documents: the documents.
        actors: their actors (a shared actor is a feature of a sentence).
        stories: the stories the documents form; without them, documents are paired when alike enough.

    Returns:
        The pairs, ordered by their documents, best first.
    """
    by_document = mentions_by_document(actors)
    units_of = {d.id: document_units(d, actors, by_document) for d in documents}
    every = [u for d in documents for u in units_of[d.id]]
    if len(documents) < 2 or not every:
        return ()
    weights = weights_of(every)  # rarity in the whole set
    texts = {d.id: d.text for d in documents}
    if stories is None:
        groups = [[d.id for d in documents]]
    else:
        groups = [list(story.documents) for story in stories if len(story.documents) > 1]
    common = common_features(every, len(documents))  # boilerplate of a large set, in every story
    out: list[Alignment] = []
    for group in groups:
        units = [u for doc in group for u in units_of[doc]]
        pairs = candidates(units, weights, len(group), check_story=stories is None, common_in_set=common)
        out.extend(_select(pairs, units, texts, weights))
    order = {doc: n for n, doc in enumerate(texts)}
    out.sort(key=lambda al: (order[al.a.doc], order[al.b.doc], -al.score))
    return tuple(out)


def _select(
    candidates: list[tuple[float, int, int]], units: list[Unit], texts: dict[str, str], weights: dict[str, float]
) -> list[Alignment]:
    """Keep pairs likely enough to report one fact that are among the best matches of both sentences."""
    rescored = []
    for overlap, i, j in candidates:
        score = same_fact(pair_features(units[i], units[j], weights, overlap))
        if score >= THRESHOLD:
            rescored.append((score, i, j))
    best: dict[tuple[int, str], float] = defaultdict(float)
    for score, i, j in rescored:
        best[(i, units[j].doc)] = max(best[(i, units[j].doc)], score)
        best[(j, units[i].doc)] = max(best[(j, units[i].doc)], score)
    kept: dict[tuple[int, str], int] = defaultdict(int)
    out: list[Alignment] = []
    for score, i, j in sorted(rescored, reverse=True):
        a, b = units[i], units[j]
        if score < RELATIVE * best[(i, b.doc)] or score < RELATIVE * best[(j, a.doc)]:
            continue
        if kept[(i, b.doc)] >= MAX_PER_SENTENCE or kept[(j, a.doc)] >= MAX_PER_SENTENCE:
            continue
        kept[(i, b.doc)] += 1
        kept[(j, a.doc)] += 1
        text_a = texts[a.doc][a.span.start : a.span.end]
        text_b = texts[b.doc][b.span.start : b.span.end]
        kind, _similarity = band(text_a, text_b)
        out.append(
            Alignment(
                Passage(a.doc, a.span.start, a.span.end),
                Passage(b.doc, b.span.start, b.span.end),
                round(min(1.0, score), 4),
                kind,
            )
        )
    return out
