"""Finding words in the text of articles, whatever their case and accents.

"fernandez" finds "Fernández" and "FERNANDEZ"; a decomposed accent (an "e"
followed by a combining acute) is found as well as a precomposed one. Each
match is a span of the original text, accents and all.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .model import Document, Span

MIN_QUERY = 2  # characters: a single letter matches everywhere
LIMIT = 2000  # matches per search


def _fold_char(ch: str) -> str:
    """One character without case or accents ('' for a combining mark)."""
    return "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True, slots=True)
class Folded:
    """A text without case or accents, and where each of its characters comes from in the original."""

    text: str
    origin: tuple[int, ...] | None  # None: character for character (most texts)

    def span(self, start: int, end: int, original: str) -> Span:
        """The span of the original text that the folded ``[start, end)`` comes from, with trailing marks."""
        if self.origin is None:
            first, last = start, end
        else:
            first, last = self.origin[start], self.origin[end - 1] + 1
        while last < len(original) and unicodedata.combining(original[last]):
            last += 1  # an accent after the last letter belongs to it
        return Span(first, last)


def fold(text: str) -> Folded:
    """``text`` without case or accents, with the way back to its offsets."""
    if text.isascii():
        return Folded(text.lower(), None)
    table = {ch: _fold_char(ch) for ch in set(text)}
    if all(len(f) == 1 for f in table.values()):
        return Folded(text.translate({ord(ch): f for ch, f in table.items()}), None)
    parts: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = table[ch]
        parts.append(folded)
        origin.extend([index] * len(folded))
    return Folded("".join(parts), tuple(origin))


@lru_cache(maxsize=256)
def _folded_document(text: str) -> Folded:
    return fold(text)


def normalise_query(query: str) -> str:
    """The query as it is matched: folded, its spaces single."""
    return " ".join(fold(query).text.split())


def find_all(text: str, query: str, limit: int = LIMIT) -> list[Span]:
    """Every place ``query`` occurs in ``text`` (case and accents ignored), in order, at most ``limit``."""
    needle = normalise_query(query)
    if len(needle) < MIN_QUERY:
        return []
    folded = _folded_document(text)
    spans: list[Span] = []
    at = folded.text.find(needle)
    while at >= 0 and len(spans) < limit:
        spans.append(folded.span(at, at + len(needle), text))
        at = folded.text.find(needle, at + len(needle))
    return spans


@dataclass(frozen=True, slots=True)
class Found:
    """One match in one document."""

    doc: str
    start: int
    end: int


def find_in_documents(documents: Iterable[Document], query: str, limit: int = LIMIT) -> list[Found]:
    """Every match of ``query`` in ``documents``, document by document, at most ``limit`` in all."""
    found: list[Found] = []
    for doc in documents:
        found.extend(Found(doc.id, s.start, s.end) for s in find_all(doc.text, query, limit - len(found)))
        if len(found) >= limit:
            break
    return found


def _holding(spans: Sequence[Span], offset: int) -> Span | None:
    """The span of ``spans`` (in order, not overlapping) that holds ``offset``."""
    i = bisect_right(spans, offset, key=lambda s: s.start) - 1
    return spans[i] if i >= 0 and spans[i].start <= offset < spans[i].end else None


def sentence_around(doc: Document, offset: int) -> Span:
    """The sentence of ``doc`` that holds ``offset`` (its paragraph, or the text around it, if none does)."""
    span = _holding(doc.sentences, offset) or _holding(doc.paragraphs, offset)
    return span or Span(max(0, offset - 80), min(len(doc.text), offset + 80))
