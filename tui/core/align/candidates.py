"""Which sentence pairs are worth scoring: those whose rare features overlap, found through an index."""

from __future__ import annotations

import math
from collections import defaultdict

from .features import Unit, share_a_quotation

DF_CAP = 0.05  # features in more than this share of all sentences are not indexed ...
DF_CAP_MIN = 40  # ... once they occur in at least this many sentences
DOC_CAP = 0.10  # features in more than this share of the documents are not indexed ...
DOC_CAP_MIN = 30  # ... once they occur in at least this many documents
SAME_STORY = 0.17  # documents less alike than this report different stories
SMALL_STORY = 1200  # sentences: in a story this small, no feature is too common to compare
LOOSEST = 0.18  # the least weighted overlap of a pair worth scoring (unless one quotes words the other gives)


def common_features(units: list[Unit], documents: int) -> frozenset[str]:
    """The features too common in a large set of sentences to tell one fact from another (none in a small set):
    in more than ``DF_CAP`` of the sentences, or of the documents."""
    if len(units) <= SMALL_STORY:
        return frozenset()
    cap = max(DF_CAP_MIN, int(DF_CAP * len(units)))
    doc_cap = max(DOC_CAP_MIN, int(DOC_CAP * documents))
    sentences: dict[str, int] = defaultdict(int)
    docs: dict[str, set[str]] = defaultdict(set)
    for unit in units:
        for feature in unit.features:
            sentences[feature] += 1
            docs[feature].add(unit.doc)
    return frozenset(f for f, n in sentences.items() if n > cap or len(docs[f]) > doc_cap)


def candidates(
    units: list[Unit],
    weights: dict[str, float],
    documents: int,
    check_story: bool,
    common_in_set: frozenset[str] = frozenset(),
) -> list[tuple[float, int, int]]:
    """Sentence pairs of different documents whose features overlap enough to be looked at closely.

    Args:
        units: the sentences of one story (or of the whole set).
        weights: the features' weights.
        documents: how many documents the sentences come from.
        check_story: whether to check that two documents report one story before pairing their sentences.
        common_in_set: features too common in the whole set to compare (``common_features``).

    Returns:
        (weighted overlap, i, j) for each pair worth scoring.
    """
    # sums over sets are taken with fsum, and sets are walked in sorted order, so that the result does
    # not depend on the order a set happens to iterate in (which changes with every process)
    norms = [math.sqrt(math.fsum(weights[f] ** 2 for f in u.features)) for u in units]
    small = len(units) <= SMALL_STORY  # within a story of this size every feature is compared
    cap = len(units) if small else max(DF_CAP_MIN, int(DF_CAP * len(units)))
    doc_cap = documents if small else max(DOC_CAP_MIN, int(DOC_CAP * documents))
    index: dict[str, list[int]] = defaultdict(list)
    for i, unit in enumerate(units):
        for feature in sorted(unit.features):
            index[feature].append(i)
    scores: dict[tuple[int, int], float] = defaultdict(float)
    common: set[str] = set()
    for feature, postings in index.items():
        if (
            feature in common_in_set
            or len(postings) > cap
            or (len(postings) > doc_cap and len({units[i].doc for i in postings}) > doc_cap)
        ):
            common.add(feature)  # boilerplate shared by a large part of a big set says nothing about one story
            continue
        if len(postings) < 2:
            continue
        w2 = weights[feature] ** 2
        for x in range(len(postings)):
            i = postings[x]
            for j in postings[x + 1 :]:
                if units[i].doc != units[j].doc and units[i].headline == units[j].headline:
                    scores[(i, j)] += w2
    related = _RelatedDocuments(units, weights, common) if check_story else None
    candidates: list[tuple[float, int, int]] = []
    for (i, j), dot in scores.items():
        cosine = dot / (norms[i] * norms[j])
        if (cosine >= LOOSEST or share_a_quotation(units[i], units[j])) and (
            related is None or related(units[i].doc, units[j].doc)
        ):
            candidates.append((cosine, i, j))
    return candidates


class _RelatedDocuments:
    """Whether two documents report the same story: the weighted overlap of all their features.

    Articles about different events share few rare words, so their chance
    sentence matches are never alignments. Computed only for document pairs
    that have candidate sentences, and remembered.
    """

    def __init__(self, units: list[Unit], weights: dict[str, float], common: set[str]) -> None:
        self.weights = weights
        self.vectors: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for unit in units:
            for feature in unit.features:
                if feature not in common:
                    self.vectors[unit.doc][feature] += 1
        self.norms = {
            doc: math.sqrt(math.fsum(n * weights[f] ** 2 for f, n in vector.items()))
            for doc, vector in self.vectors.items()
        }
        self.known: dict[tuple[str, str], bool] = {}

    def __call__(self, a: str, b: str) -> bool:
        key = (a, b) if a < b else (b, a)
        if key not in self.known:
            va, vb = self.vectors[a], self.vectors[b]
            if len(va) > len(vb):
                va, vb = vb, va
            dot = math.fsum(min(n, vb[f]) * self.weights[f] ** 2 for f, n in va.items() if f in vb)
            self.known[key] = dot / (self.norms[a] * self.norms[b]) >= SAME_STORY
        return self.known[key]
