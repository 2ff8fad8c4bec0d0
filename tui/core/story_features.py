"""What an article is about, as a weighted vector, and how alike two articles are.

Two weightings: by how rare a word is in English (wordfreq), which keeps the
articles of one story alike however few others are loaded beside them; and
by how rare it is among a given group of articles, which shows what tells
apart the events of one kind that a group holds (two fights of one boxer).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from . import knowledge as kb
from .align import WORD, features_of_word, mentions_by_document
from .frequency import zipf
from .model import Actor, Document

ACTOR_RARITY = 4.0  # the weight of an actor named (a word's weight is how much rarer than common it is)
NUMBER_RARITY = 2.0  # the weight of a figure
RARE_BELOW = 6.0  # Zipf frequency: words at least this common weigh nothing
DISTANT_DAYS = 21  # articles published further apart than this ...
DISTANT_FACTOR = 0.5  # ... count this much as alike
RELATIVE_ACTOR = 1.5  # within a group, an actor counts this much more than a word
LARGEST_STORY = 30  # in a set of more articles, a feature of more of them than this is no story's own

Vector = dict[str, float]
Counts = tuple[Counter[str], dict[str, float]]  # a document's feature counts and each feature's rarity


def _counts(doc: Document, mentions: list[tuple[int, int, str]]) -> Counts:
    """A document's features with their counts, and each feature's rarity in English."""
    here: Counter[str] = Counter()
    rarity: dict[str, float] = {}
    masked = list(doc.text)
    for start, end, actor in mentions:
        here["@" + actor] += 1
        rarity["@" + actor] = ACTOR_RARITY
        masked[start:end] = " " * (end - start)
    for raw in WORD.findall("".join(masked)):
        for feature, weight in _word(raw):
            here[feature] += 1
            if weight > rarity.get(feature, -1.0):
                rarity[feature] = weight
    return here, rarity


@lru_cache(maxsize=200_000)
def _word(raw: str) -> tuple[tuple[str, float], ...]:
    """The features of one word as written, each with its rarity (words repeat: read each once)."""
    return tuple((feature, _rarity(raw, feature)) for feature in features_of_word(raw))


def _rarity(raw: str, feature: str) -> float:
    """How much a word tells about an event: nothing for the commonest words, most for rare ones and figures."""
    if feature[0] == "#":
        return NUMBER_RARITY
    if feature[0] == "=":
        return 0.0  # a synonym group adds nothing to a comparison of whole articles
    return max(0.0, RARE_BELOW - zipf(kb.fold(raw)))


def _unit(vector: Vector) -> Vector:
    norm = math.sqrt(math.fsum(w * w for w in vector.values())) or 1.0
    return {f: w / norm for f, w in vector.items()}


def article_counts(documents: Sequence[Document], actors: Sequence[Actor]) -> list[Counts]:
    """Every document's feature counts and rarities, read once."""
    mentions = mentions_by_document(actors)
    return [_counts(doc, mentions.get(doc.id, [])) for doc in documents]


def absolute_vectors(counts: list[Counts]) -> list[Vector]:
    """Vectors weighted by rarity in English: (1 + log count) times rarity, of unit length.

    In a large set, a feature more articles share than one story could hold (``story_size_limit``) says
    nothing about which story an article reports, and is left out.
    """
    limit = story_size_limit(len(counts))
    df: Counter[str] = Counter(f for here, _rarity in counts for f in here)
    return [
        _unit({f: (1 + math.log(n)) * rarity[f] for f, n in here.items() if rarity[f] > 0 and df[f] <= limit})
        for here, rarity in counts
    ]


def story_size_limit(articles: int) -> int:
    """The most articles of a set of ``articles`` that a feature of one story is expected in: all of a small
    set, a tenth of a large one (at least ``LARGEST_STORY``)."""
    return max(LARGEST_STORY, articles // 10)


def relative_vectors(counts: list[Counts]) -> list[Vector]:
    """Vectors weighted by rarity within these documents: what some of them say and the others do not."""
    n = len(counts)
    df: Counter[str] = Counter(f for here, _rarity in counts for f in here)
    vectors = []
    for here, _rarity in counts:
        vector = {
            f: (1 + math.log(c)) * math.log((n + 1) / df[f]) * (RELATIVE_ACTOR if f[0] == "@" else 1.0)
            for f, c in here.items()
            if df[f] < n and f[0] != "="
        }
        vectors.append(_unit(vector))
    return vectors


def _published(doc: Document) -> date | None:
    try:
        return date.fromisoformat(doc.published) if doc.published else None
    except ValueError:
        return None


def cosines(vectors: list[Vector], documents: Sequence[Document]) -> dict[tuple[int, int], float]:
    """The cosine of every two vectors that share a feature, lowered for articles published weeks apart."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        for feature in sorted(vector):
            postings[feature].append(i)
    dots: dict[tuple[int, int], float] = defaultdict(float)
    for feature, members in postings.items():
        for x, i in enumerate(members):
            wi = vectors[i][feature]
            for j in members[x + 1 :]:
                dots[(i, j)] += wi * vectors[j][feature]
    dates = [_published(d) for d in documents]
    for (i, j), dot in dots.items():
        a, b = dates[i], dates[j]
        if a is not None and b is not None and abs((a - b).days) > DISTANT_DAYS:
            dots[(i, j)] = dot * DISTANT_FACTOR
    return dict(dots)
