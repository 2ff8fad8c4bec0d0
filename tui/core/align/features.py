"""What a sentence says, as a set of features: content-word stems, synonym groups, actors and figures.

Words are folded and Snowball-stemmed; news synonyms share a group; actor
mentions are blanked out of the words and become actor features; numbers
become figure features. Features are weighted by rarity in the loaded set.
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

from .. import knowledge as kb
from ..lexicon import LEXICON
from ..model import Actor, Document, Span
from ..quotes import find_quotes
from ..sentence_end import STATEMENT_END

MIN_WORDS = 4
HEADING_WORDS = 12  # a line without a full stop reports a fact when it has at least this many words
ACTOR_WEIGHT = 0.7

_CLAUSE = re.compile(r"\s*[,;:\u2014\u2013]\s+|\s+(?:but|while|although|whereas)\s+")
WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_](?:[\w'\u2019-]*\w)?")


@cache
def _descriptors() -> frozenset[str]:
    """Stems of role and title words: they describe an actor, not a fact."""
    words = LEXICON.role_words | {w for t in LEXICON.person_titles for w in t if len(w) > 3}
    return frozenset(stem(w) for w in words) | frozenset("=" + g for g in ("minister", "president"))


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
    headline: bool = False  # the article's headline: it is compared with other headlines only
    quoted: tuple[tuple[str, ...], ...] = ()  # the folded words of each quotation in it that has a content word


@lru_cache(maxsize=200_000)
def features_of_word(raw: str) -> tuple[str, ...]:
    """A word's features: its number, or its stem and synonym group; nothing for stop words."""
    word = kb.fold(raw).strip("'\u2019")
    number = _number(word)
    if number:
        return (number,)
    if word in LEXICON.stopwords or len(word) <= 2:
        return ()
    stemmed = stem(word)
    group = LEXICON.synonyms.get(word) or LEXICON.synonyms.get(stemmed)
    return (stemmed, "=" + group) if group else (stemmed,)


def word_features(text: str) -> set[str]:
    """Content-word stems (and their synonym groups) and numbers of a stretch of text."""
    features: set[str] = set()
    for raw in WORD.findall(text):
        features.update(features_of_word(raw))
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
    quoted_in = _quotations_by_sentence(doc)
    units = []
    for n, span in enumerate(doc.sentences):
        sentence = doc.text[span.start : span.end].rstrip()
        if sentence.endswith("?"):
            continue  # questions report no fact
        headline = doc.headline is not None and span.start < doc.headline.end
        if not STATEMENT_END.search(sentence) and not headline and len(sentence.split()) < HEADING_WORDS:
            continue  # nor do headings and labels (a headline does, and so does a long line)
        words = tuple(kb.fold(w) for w in WORD.findall(sentence))
        if len(words) < MIN_WORDS:
            continue
        clauses, parts = _clauses(doc.text, masked, here, span)
        features = frozenset().union(*parts) if parts else frozenset(_features(masked, here, span.start, span.end))
        if len(features) >= 3:
            units.append(
                Unit(doc.id, span, features, words, clauses, headline, _quoted(doc.text, quoted_in.get(n, ()), span))
            )
    return units


def _quotations_by_sentence(doc: Document) -> dict[int, list[tuple[int, int]]]:
    """The quoted words of ``doc`` (start, end) by the sentences they overlap, each sentence's in text order."""
    ends = [span.end for span in doc.sentences]
    out: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for quote in find_quotes(doc):
        n = bisect.bisect_right(ends, quote.start)  # the first sentence that ends after the quotation starts
        while n < len(ends) and doc.sentences[n].start < quote.end:
            out[n].append((quote.start, quote.end))
            n += 1
    return out


def _quoted(text: str, quotes: Sequence[tuple[int, int]], span: Span) -> tuple[tuple[str, ...], ...]:
    """The words quoted in the sentence (each quotation's part inside it) when they are someone's words: with a
    content word in lower case (a title or a name in quotation marks, "Twilight", is capitalised throughout)."""
    out = []
    for start, end in quotes:
        raw = WORD.findall(text, max(start, span.start), min(end, span.end))
        if any(w[:1].islower() and features_of_word(w) for w in raw):
            out.append(tuple(kb.fold(w) for w in raw))
    return tuple(out)


def _quotes_in(quoted: tuple[tuple[str, ...], ...], words: tuple[str, ...]) -> bool:
    """Whether one of the quotations appears, word for word, in the words of another sentence."""
    for quote in quoted:
        n = len(quote)
        if any(words[i : i + n] == quote for i in range(len(words) - n + 1)):
            return True
    return False


def share_a_quotation(a: Unit, b: Unit) -> bool:
    """Whether one sentence quotes words that the other gives word for word: the same words reported twice."""
    return _quotes_in(a.quoted, b.words) or _quotes_in(b.quoted, a.words)


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


def weights_of(units: list[Unit]) -> dict[str, float]:
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
