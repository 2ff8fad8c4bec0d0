"""Passages of different articles that report the same fact.

Each sentence becomes a set of features: content words (folded, lightly
stemmed, with news synonyms merged), the actors it names and the numbers it
gives. Features are weighted by rarity (inverse sentence frequency), so a
shared name or figure counts far more than a shared common word. Candidate
pairs come from an inverted index whose very common features are capped, so
large sets never compare every sentence with every other. A pair is kept when
its weighted overlap is high enough and it is among the best matches of both
of its sentences; its band says how close the wording is.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from . import knowledge as kb
from .data import lines
from .model import Actor, Alignment, Document, Passage, Span

THRESHOLD = 0.26  # minimum combined score of an alignment
RELATIVE = 0.60  # a sentence's other matches must score this share of its best one
MAX_PER_SENTENCE = 4
DF_CAP = 0.05  # features in more than this share of all sentences are not indexed ...
DF_CAP_MIN = 40  # ... once they occur in at least this many sentences
DOC_CAP = 0.10  # features in more than this share of the documents are not indexed ...
DOC_CAP_MIN = 30  # ... once they occur in at least this many documents
MIN_WORDS = 4
SAME_STORY = 0.17  # documents less alike than this report different stories
ACTOR_WEIGHT = 0.7
CLAUSE_WEIGHT = 0.85  # a matching clause counts a little less than a matching sentence

_ENDS = re.compile(r"[.!\u2026][\"\u201d\u2019')\]]*$|[\"\u201d\u2019]$")
_CLAUSE = re.compile(r"\s*[,;:\u2014\u2013]\s+|\s+(?:but|while|although|whereas)\s+")
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_](?:[\w'\u2019-]*\w)?")


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(lines("stopwords.txt"))


@cache
def _descriptors() -> frozenset[str]:
    """Stems of role and title words: they describe an actor, not a fact."""
    words = kb.role_words() | {w for t in kb.person_titles() for w in t if len(w) > 3}
    return frozenset(stem(w) for w in words) | frozenset("=" + g for g in ("minister", "president"))


@cache
def _synonyms() -> dict[str, str]:
    groups: dict[str, str] = {}
    for line in lines("synonyms.txt"):
        words = [w.strip().casefold() for w in line.split(",") if w.strip()]
        for word in words:
            groups.setdefault(word, words[0])
    return groups


@cache
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem: 'supplying' and 'supplies' -> 'suppli'."""
    return str(_stemmer().stemWord(word))


def _number(token: str) -> str | None:
    digits = token.replace(",", "")
    return "#" + digits if digits.replace(".", "", 1).isdigit() else None


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence with its features, and those of its clauses."""

    doc: str
    span: Span
    features: frozenset[str]
    words: tuple[str, ...]
    clauses: tuple[frozenset[str], ...] = ()


@lru_cache(maxsize=200_000)
def _features_of_word(raw: str) -> tuple[str, ...]:
    """A word's features: its number, or its stem and synonym group; nothing for stop words."""
    word = kb.fold(raw).strip("'\u2019")
    number = _number(word)
    if number:
        return (number,)
    if word in _stopwords() or len(word) <= 2:
        return ()
    stemmed = stem(word)
    group = _synonyms().get(word) or _synonyms().get(stemmed)
    return (stemmed, "=" + group) if group else (stemmed,)


def word_features(text: str) -> set[str]:
    """Content-word stems (and their synonym groups) and numbers of a stretch of text."""
    features: set[str] = set()
    for raw in _WORD.findall(text):
        features.update(_features_of_word(raw))
    return features


def mentions_by_document(actors: Sequence[Actor]) -> dict[str, list[tuple[int, int, str]]]:
    """Each document's actor mentions as (start, end, actor id), gathered once for all documents."""
    found: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for actor in actors:
        for m in actor.mentions:
            found[m.doc].append((m.start, m.end, actor.id))
    return found


def _masked(doc: Document, mentions: list[tuple[int, int, str]]) -> tuple[str, list[tuple[int, str]]]:
    """The text with actor mentions blanked out (their words count as actors), and the mentions."""
    pieces = []
    position = 0
    for start, end, _actor in sorted(mentions):
        if start < position:
            continue
        pieces.append(doc.text[position:start])
        pieces.append(" " * (end - start))
        position = end
    pieces.append(doc.text[position:])
    return "".join(pieces), sorted((start, actor) for start, _end, actor in mentions)


def document_units(
    doc: Document, actors: Sequence[Actor], mentions: dict[str, list[tuple[int, int, str]]] | None = None
) -> list[Unit]:
    """The sentences of ``doc`` long enough to report a fact, with their features."""
    if mentions is None:
        mentions = mentions_by_document(actors)
    masked, here = _masked(doc, mentions.get(doc.id, []))
    units = []
    for span in doc.sentences:
        sentence = doc.text[span.start : span.end].rstrip()
        if sentence.endswith("?") or not _ENDS.search(sentence):
            continue  # headings and questions report no fact
        words = tuple(kb.fold(w) for w in _WORD.findall(sentence))
        if len(words) < MIN_WORDS:
            continue
        clauses, parts = _clauses(doc.text, masked, here, span)
        features = frozenset().union(*parts) if parts else frozenset(_features(masked, here, span.start, span.end))
        if len(features) >= 3:
            units.append(Unit(doc.id, span, features, words, clauses))
    return units


def _features(masked: str, mentions: list[tuple[int, str]], start: int, end: int) -> set[str]:
    features = word_features(masked[start:end])
    i = bisect.bisect_left(mentions, (start, ""))
    while i < len(mentions) and mentions[i][0] < end:
        features.add("@" + mentions[i][1])
        i += 1
    return features


def _clauses(
    text: str, masked: str, mentions: list[tuple[int, str]], span: Span
) -> tuple[tuple[frozenset[str], ...], list[set[str]]]:
    """Feature sets of the sentence's clauses (split at commas, semicolons, dashes and 'but').

    Also returns the features of every part, whose union is the sentence's.
    """
    bounds = [span.start] + [m.end() for m in _CLAUSE.finditer(text, span.start, span.end)]
    if len(bounds) < 2:
        return (), []
    bounds.append(span.end)
    out = []
    parts = []
    for a, b in itertools.pairwise(bounds):
        features = _features(masked, mentions, a, b)
        parts.append(features)
        if len([f for f in features if f[0] not in "@="]) >= 2:
            out.append(frozenset(features))
    return tuple(out), parts


def _weights(units: list[Unit]) -> dict[str, float]:
    df: dict[str, int] = defaultdict(int)
    for unit in units:
        for feature in unit.features:
            df[feature] += 1
    n = len(units) + 1
    weights = {}
    for feature, count in df.items():
        weight = math.log(n / count) + 1.0
        if feature[0] == "#":
            weight *= 1.5  # figures anchor a fact
        elif feature[0] == "@":
            weight *= ACTOR_WEIGHT  # within one story everybody names the same actors
        elif feature in _descriptors():
            weight *= ACTOR_WEIGHT  # "deputy foreign minister" says who, not what happened
        weights[feature] = weight
    return weights


def band(a: str, b: str) -> tuple[str, float]:
    """'verbatim', 'edited' or 'paraphrase', with the character similarity (0..1)."""
    from rapidfuzz import fuzz

    similarity = fuzz.ratio(a, b) / 100
    if similarity >= 0.95:
        return "verbatim", similarity
    if similarity >= 0.70:
        return "edited", similarity
    return "paraphrase", similarity


def align(documents: Sequence[Document], actors: Sequence[Actor]) -> tuple[Alignment, ...]:
    """Aligned passage pairs between every two documents, best first within each pair of documents."""
    by_document = mentions_by_document(actors)
    units = [u for d in documents for u in document_units(d, actors, by_document)]
    if len(documents) < 2 or not units:
        return ()
    weights = _weights(units)
    # sums over sets are taken with fsum, and sets are walked in sorted order, so that the result does
    # not depend on the order a set happens to iterate in (which changes with every process)
    norms = [math.sqrt(math.fsum(weights[f] ** 2 for f in u.features)) for u in units]
    cap = max(DF_CAP_MIN, int(DF_CAP * len(units)))
    doc_cap = max(DOC_CAP_MIN, int(DOC_CAP * len(documents)))
    index: dict[str, list[int]] = defaultdict(list)
    for i, unit in enumerate(units):
        for feature in sorted(unit.features):
            index[feature].append(i)
    scores: dict[tuple[int, int], float] = defaultdict(float)
    common: set[str] = set()
    for feature, postings in index.items():
        if len(postings) > cap or (len(postings) > doc_cap and len({units[i].doc for i in postings}) > doc_cap):
            common.add(feature)  # boilerplate shared by a large part of a big set says nothing about one story
            continue
        if len(postings) < 2:
            continue
        w2 = weights[feature] ** 2
        for x in range(len(postings)):
            i = postings[x]
            for j in postings[x + 1 :]:
                if units[i].doc != units[j].doc:
                    scores[(i, j)] += w2
    texts = {d.id: d.text for d in documents}
    related = _RelatedDocuments(units, weights, common)
    candidates: list[tuple[float, int, int]] = []
    for (i, j), dot in scores.items():
        cosine = dot / (norms[i] * norms[j])
        if cosine >= THRESHOLD * 0.6 and related(units[i].doc, units[j].doc):
            candidates.append((cosine, i, j))
    return _select(candidates, units, texts, weights)


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


def _cosine(a: frozenset[str], b: frozenset[str], weights: dict[str, float]) -> float:
    shared = a & b
    if len(shared) < 2:
        return 0.0
    dot = math.fsum(weights.get(f, 1.0) ** 2 for f in shared)
    na = math.sqrt(math.fsum(weights.get(f, 1.0) ** 2 for f in a))
    nb = math.sqrt(math.fsum(weights.get(f, 1.0) ** 2 for f in b))
    return dot / (na * nb)


def _best_clause(a: Unit, b: Unit, weights: dict[str, float]) -> float:
    """The best match between a clause of one sentence and a clause (or the whole) of the other."""
    left = a.clauses or (a.features,)
    right = b.clauses or (b.features,)
    if len(left) == 1 and len(right) == 1:
        return 0.0
    return max(_cosine(x, y, weights) for x in left for y in right)


def _select(
    candidates: list[tuple[float, int, int]], units: list[Unit], texts: dict[str, str], weights: dict[str, float]
) -> tuple[Alignment, ...]:
    """Keep pairs above the threshold that are among the best matches of both sentences."""
    from rapidfuzz import fuzz

    rescored = []
    for cosine, i, j in candidates:
        a, b = units[i], units[j]
        surface = fuzz.token_set_ratio(" ".join(a.words), " ".join(b.words)) / 100
        cosine = max(cosine, CLAUSE_WEIGHT * _best_clause(a, b, weights))
        score = 0.8 * cosine + 0.2 * surface
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
    order = {doc: n for n, doc in enumerate(texts)}
    out.sort(key=lambda al: (order[al.a.doc], order[al.b.doc], -al.score))
    return tuple(out)
