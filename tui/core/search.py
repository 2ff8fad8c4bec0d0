"""Quote search across all articles, and where the same quote appears in other articles.

``QuoteIndex.search`` ranks quotes by fuzzy match (rapidfuzz) of the query
against the quote's words and its speaker's name, so "Trump" finds what Trump
said. ``quote_echoes`` finds each quote in the other articles: verbatim,
trimmed (one is part of the other) or altered (reworded), using an index of
rare word pairs so large sets are not compared pair by pair.
"""

from __future__ import annotations

import heapq
import itertools
import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

from . import knowledge as kb
from .model import Briefing, Quote

_WORD = re.compile(r"\w+")
ALTERED_SHARE = 0.6  # of the longer version's words, in order, for a reworded quote
ALTERED_SHORT_SHARE = 0.8  # of a shorter version's words, when it is a reworded part of the other


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(kb.fold(text)))


@dataclass(frozen=True, slots=True)
class Echo:
    """The same quote in another article, and how it was carried."""

    quote: str  # the other quote's id
    doc: str
    relation: str  # verbatim | trimmed | altered


@dataclass(frozen=True, slots=True)
class Hit:
    """A search result: the quote and how well it matched (0..100)."""

    quote: Quote
    score: float


class QuoteIndex:
    """Quotes prepared for search as you type: an index of their words and their speakers' names.

    Each query word must match a word of the quote or of its speaker's name:
    exactly, as a prefix (the word being typed), or, when nothing matches so,
    approximately (rapidfuzz over the vocabulary, not over every quote), so a
    keystroke costs set operations on small word lists even with many quotes.
    """

    def __init__(self, briefing: Briefing) -> None:
        names = {a.id: a.name for a in briefing.actors}
        self.quotes: list[Quote] = list(briefing.quotes)
        self.texts = [_normal(q.text) for q in self.quotes]
        self.postings: dict[str, set[int]] = defaultdict(set)
        self.speaker_postings: dict[str, set[int]] = defaultdict(set)
        for i, (quote, text) in enumerate(zip(self.quotes, self.texts)):
            for word in text.split():
                self.postings[word].add(i)
            for word in _normal(names.get(quote.speaker or "", "")).split():
                self.speaker_postings[word].add(i)
        self.vocabulary = sorted(set(self.postings) | set(self.speaker_postings))
        # the first keystrokes match the most words: their answers are prepared once
        self.short_prefixes: dict[str, dict[int, float]] = {}
        for word in self.vocabulary:
            for n in (1, 2):
                if len(word) >= n:
                    bucket = self.short_prefixes.setdefault(word[:n], {})
                    for i in self.postings.get(word, ()):
                        bucket[i] = 100.0
                    for i in self.speaker_postings.get(word, ()):
                        bucket.setdefault(i, 95.0)

    def _prefixed(self, prefix: str) -> list[str]:
        i = bisect_left(self.vocabulary, prefix)
        out = []
        while i < len(self.vocabulary) and self.vocabulary[i].startswith(prefix):
            out.append(self.vocabulary[i])
            i += 1
        return out

    def _similar(self, word: str) -> list[tuple[str, float]]:
        from rapidfuzz import fuzz, process

        found = process.extract(word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=75, limit=25)
        return [(w, score) for w, score, _ in found]

    def _matches(self, word: str, last: bool) -> dict[int, float]:
        """Quote index -> how well ``word`` matches it (speaker matches count a little less)."""
        if last and len(word) <= 2 and word in self.short_prefixes:
            return self.short_prefixes[word]
        words = [(w, 100.0) for w in (self._prefixed(word) if last else [word]) if w]
        if not any(w in self.postings or w in self.speaker_postings for w, _ in words):
            words = self._similar(word)
        scores: dict[int, float] = {}
        for w, score in words:
            for i in self.postings.get(w, ()):
                scores[i] = max(scores.get(i, 0.0), score)
            for i in self.speaker_postings.get(w, ()):
                scores[i] = max(scores.get(i, 0.0), score - 5)
        return scores

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """The best matching quotes for ``query``, best first (all quotes, in order, for an empty query)."""
        needle = _normal(query)
        if not needle:
            return [Hit(q, 0.0) for q in self.quotes[:limit]]
        words = needle.split()
        typing = not query[-1:].isspace()
        combined: dict[int, float] | None = None
        for k, word in enumerate(words):
            scores = self._matches(word, last=typing and k == len(words) - 1)
            combined = scores if combined is None else {i: combined[i] + s for i, s in scores.items() if i in combined}
            if not combined:
                return []
        assert combined is not None
        count = len(words)
        best = heapq.nsmallest(limit * 2, ((-total / count, i) for i, total in combined.items()))
        ranked = sorted((negative - (10 if needle in self.texts[i] else 0), i) for negative, i in best)
        return [Hit(self.quotes[i], min(100.0, -negative)) for negative, i in ranked[:limit]]


def relation(qa: Quote, qb: Quote, wa: list[str], wb: list[str]) -> str | None:
    """How two quotes of different articles relate: 'verbatim', 'trimmed', 'altered', or None (no claim).

    No version is carried from another when the two are given to different speakers: the same words from two
    people are not one quote carried (``wording`` compares the words alone).
    """
    if qa.speaker is not None and qb.speaker is not None and qa.speaker != qb.speaker:
        return None
    return wording(wa, wb)


def wording(wa: list[str], wb: list[str]) -> str | None:
    """How the words of two versions of a quote relate: 'verbatim', 'trimmed', 'altered', or None.

    'Altered' is a strong claim for a fact-checker: it is made only when the two versions share most of their
    words in the same order (most of the longer one's, or nearly all of a shorter one of five words or more).
    """
    from difflib import SequenceMatcher

    a, b = " ".join(wa), " ".join(wb)
    if a == b:
        return "verbatim"
    if min(len(a), len(b)) >= 8 and (f" {a} " in f" {b} " or f" {b} " in f" {a} "):
        return "trimmed"
    shorter, longer = sorted((len(wa), len(wb)))
    matched = sum(block.size for block in SequenceMatcher(None, wa, wb, autojunk=False).get_matching_blocks())
    if matched >= ALTERED_SHARE * longer or (shorter >= 5 and matched >= ALTERED_SHORT_SHARE * shorter):
        return "altered"
    return None


def normal_words(quote: Quote) -> list[str]:
    """The words of a quote, folded, as versions of it are compared."""
    return _normal(quote.text).split()


def echo_candidates(quotes: list[Quote], words: list[list[str]]) -> list[tuple[int, int]]:
    """Pairs of quotes of different articles that may be one quote: they share a pair of consecutive words
    rare in the whole set (or a word, for a quote of one or two words).

    Args:
        quotes: the quotes.
        words: the words of each (``normal_words``).

    Returns:
        The pairs of positions, in order.
    """
    pairs: dict[tuple[str, ...], list[int]] = defaultdict(list)
    short = {i for i, ws in enumerate(words) if len(ws) < 3}
    for i, ws in enumerate(words):
        for pair in set(itertools.pairwise(ws)):
            pairs[pair].append(i)
        for word in set(ws):  # a one- or two-word quote ("meaningful") is found inside longer ones
            if short:
                pairs[(word,)].append(i)
    cap = max(20, len(quotes) // 50)
    candidates: set[tuple[int, int]] = set()
    for key, members in pairs.items():
        if len(members) > cap:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if quotes[i].doc != quotes[j].doc and (len(key) == 2 or i in short or j in short):
                    candidates.add((i, j))
    return sorted(candidates)


def quote_echoes(briefing: Briefing) -> dict[str, list[Echo]]:
    """For every quote, the same quote in other articles (verbatim, trimmed or altered)."""

    quotes = list(briefing.quotes)
    words = [normal_words(q) for q in quotes]
    echoes: dict[str, list[Echo]] = defaultdict(list)
    for i, j in echo_candidates(quotes, words):
        how = relation(quotes[i], quotes[j], words[i], words[j])
        if how is None:
            continue
        echoes[quotes[i].id].append(Echo(quotes[j].id, quotes[j].doc, how))
        echoes[quotes[j].id].append(Echo(quotes[i].id, quotes[i].doc, how))
    return dict(echoes)


def quote_versions(briefing: Briefing, quote_id: str) -> list[Echo]:
    """The versions of one quote in other articles, whoever each gives it to (the provenance view shows their
    speakers side by side, so versions given to another speaker are listed too)."""
    quotes = list(briefing.quotes)
    words = [normal_words(q) for q in quotes]
    out: list[Echo] = []
    for i, j in echo_candidates(quotes, words):
        if quote_id not in (quotes[i].id, quotes[j].id):
            continue
        other = j if quotes[i].id == quote_id else i
        how = wording(words[i], words[j])
        if how is not None:
            out.append(Echo(quotes[other].id, quotes[other].doc, how))
    return out
