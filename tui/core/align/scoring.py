"""How two sentences compare, and how likely they are to report one fact; the band of their wording.

The likelihood is a logistic model over a few measures of the pair (the
overlap of their rare features, of their clauses, of their words, shared
figures and actors), with coefficients kept as data
(``data/alignment_model.tsv``) and fitted by ``tests/tools/fit_alignment.py``
on sentence pairs annotated as reporting the same fact or not. Its value is a
calibrated confidence: of the pairs scored 0.8, about eight in ten are right.
"""

from __future__ import annotations

import math
from functools import cache

from ..lexicon import LEXICON
from .features import Unit, share_a_quotation

CLAUSE_WEIGHT = 0.85  # a matching clause counts a little less than a matching sentence


def band(a: str, b: str) -> tuple[str, float]:
    """'verbatim', 'edited' or 'paraphrase', with the character similarity (0..1)."""
    from rapidfuzz import fuzz

    similarity = fuzz.ratio(a, b) / 100
    if similarity >= 0.95:
        return "verbatim", similarity
    if similarity >= 0.70:
        return "edited", similarity
    return "paraphrase", similarity


def cosine(a: frozenset[str], b: frozenset[str], weights: dict[str, float]) -> float:
    shared = a & b
    if len(shared) < 2:
        return 0.0
    dot = math.fsum(weights.get(f, 1.0) ** 2 for f in shared)
    na = math.sqrt(math.fsum(weights.get(f, 1.0) ** 2 for f in a))
    nb = math.sqrt(math.fsum(weights.get(f, 1.0) ** 2 for f in b))
    return dot / (na * nb)


def best_clause(a: Unit, b: Unit, weights: dict[str, float]) -> float:
    """The best match between a clause of one sentence and a clause (or the whole) of the other."""
    left = a.clauses or (a.features,)
    right = b.clauses or (b.features,)
    if len(left) == 1 and len(right) == 1:
        return 0.0
    return max(cosine(x, y, weights) for x in left for y in right)


FEATURES = (
    "cosine",
    "clause",
    "surface",
    "characters",
    "content",
    "figures",
    "figures_differ",
    "actors",
    "headlines",
    "quotation",
)


def _content_weight(features: frozenset[str], weights: dict[str, float]) -> float:
    return math.fsum(weights.get(f, 1.0) ** 2 for f in features if f[0] not in "@=")


def pair_features(a: Unit, b: Unit, weights: dict[str, float], overlap: float) -> dict[str, float]:
    """What says that two sentences report one fact, each as a number from 0 to 1.

    Args:
        a, b: the sentences.
        weights: the features' weights (rarity).
        overlap: the weighted cosine of their features.

    Returns:
        ``cosine``, the best ``clause`` match, the ``surface`` word overlap and ``characters`` similarity
        of their wording, the ``content`` share of the words that say what happened (not who), shared
        ``figures``, ``figures_differ`` (both give figures, none the same), shared ``actors`` and
        ``headlines`` (both are headlines), ``quotation`` (one quotes words that the other gives word for word).
    """
    from rapidfuzz import fuzz

    text_a, text_b = " ".join(a.words), " ".join(b.words)
    shared = a.features & b.features
    smaller = min(_content_weight(a.features, weights), _content_weight(b.features, weights)) or 1.0
    figures_a = {f for f in a.features if f[0] == "#"}
    figures_b = {f for f in b.features if f[0] == "#"}
    return {
        "cosine": overlap,
        "clause": best_clause(a, b, weights),
        "surface": fuzz.token_set_ratio(text_a, text_b) / 100,
        "characters": fuzz.ratio(text_a, text_b) / 100,
        "content": min(1.0, _content_weight(shared, weights) / smaller),
        "figures": min(2, len(figures_a & figures_b)) / 2,
        "figures_differ": float(bool(figures_a) and bool(figures_b) and not figures_a & figures_b),
        "actors": min(3, sum(1 for f in shared if f[0] == "@")) / 3,
        "headlines": float(a.headline and b.headline),
        "quotation": float(share_a_quotation(a, b)),
    }


@cache
def _model() -> tuple[float, dict[str, float]]:
    """The intercept and the weight of each feature (data file alignment_model.tsv)."""
    weights = dict(LEXICON.alignment_weights)
    return weights.pop("intercept", 0.0), weights


def same_fact(features: dict[str, float]) -> float:
    """How likely two sentences are to report the same fact: a logistic model of their ``pair_features``."""
    intercept, weights = _model()
    z = intercept + math.fsum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-z))
