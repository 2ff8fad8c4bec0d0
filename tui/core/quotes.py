"""Find quotations: double, curly and British single quotes, across paragraphs, never aborting.

Each paragraph is read on its own, so one unbalanced mark costs at most that
paragraph. A quotation that opens a paragraph and is still open at its end
continues into the next paragraph when that one opens with a mark too (the
newspaper convention for long quotes). Apostrophes (don't, O'Brien, the '90s,
rock 'n' roll, dockers' union, Jones') are not quotation marks. Two straight
apostrophes (''like this'', as some newspapers print quotes) are one double
mark. Every scan is linear in the length of the paragraph.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from .model import Document, Span, pickled_by_fields
from .quote_terms import is_term, quote_kind

__all__ = ["QuoteSpan", "find_quotes", "is_term", "paragraph_quotes", "quote_kind"]

_DOUBLE_OPEN, _DOUBLE_CLOSE = "\u201c\u201e\u00ab", "\u201d\u00bb"
_SINGLE_OPEN, _SINGLE_CLOSE = "\u2018", "\u2019"
_DOUBLE_MARK = re.compile(f'[{_DOUBLE_OPEN}{_DOUBLE_CLOSE}"]')
_SINGLE_MARK = re.compile("['\u2018\u2019]")
_OPEN_BEFORE = " \t\n([{\u2014\u2013-/:;\u2026\u2022\u00a0"
_PAIRED = re.compile("''")
_CLOSING_MARK = re.compile("[\u201d\u00bb\u2019\"']")
_SECOND = "\x01"  # stands for the second apostrophe of '' while marks are read (offsets stay the same)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Where a quotation is: the marks (outer) and the quoted words (inner)."""

    outer_start: int
    outer_end: int
    start: int
    end: int


def _letter(ch: str) -> bool:
    return ch.isalnum()


def _opens(text: str, i: int) -> bool:
    """A mark at ``i`` can open a quotation: nothing word-like before, words after."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before == "=":
        return False  # an attribute's value in markup left in the text (author="..."), not a quotation
    return (before in _OPEN_BEFORE or before in "\"'\u201c\u2018") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    """A mark at ``i`` can close a quotation: words before, nothing word-like after."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _letter(after)


def _apostrophe(text: str, i: int) -> bool:
    """A single mark that belongs to a word: don't, O'Brien, '90s, 'n', dockers' union."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if _letter(before) and _letter(after):
        return True  # inside a word
    if re.match(r"\d\ds\b", text[i + 1 : i + 4]):
        return True  # the '90s
    # rock 'n' roll
    return bool(re.match(r"n['\u2019]\s", text[i + 1 : i + 4])) or text[i - 2 : i] in (" n", "'n", "\u2018n")


def _double_regions(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Balanced double quotations, and the position of a mark left open at the end."""
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    for match in _DOUBLE_MARK.finditer(text):
        i, ch = match.start(), match.group()
        if ch in _DOUBLE_OPEN:
            if open_at is None:
                open_at = i
        elif ch in _DOUBLE_CLOSE:
            if open_at is not None:
                regions.append((open_at, i + 1))
                open_at = None
        elif ch == '"':
            if open_at is None:
                if _opens(text, i) or not _closes(text, i):
                    open_at = i
            elif _closes(text, i) or not _opens(text, i):
                regions.append((open_at, i + 1))
                open_at = None
            else:
                open_at = i  # two openers in a row: the first was stray
    return regions, open_at


def _single_regions(text: str, taken: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], int | None]:
    """Single-mark quotations outside the double ones, and a mark left open at the end."""
    marks = [i for i in (match.start() for match in _SINGLE_MARK.finditer(text)) if not _inside(i, taken)]
    marks = [i for i in marks if not _apostrophe(text, i)]
    # closes_later[k]: some mark after the k-th can close a quotation (one backward pass)
    closes_later = [False] * (len(marks) + 1)
    for k in range(len(marks) - 1, -1, -1):
        closes_later[k] = closes_later[k + 1] or _closes(text, marks[k])
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    for k, i in enumerate(marks):
        ch = text[i]
        if open_at is None:
            if (ch != _SINGLE_CLOSE and _opens(text, i)) or (ch == _SINGLE_OPEN):
                open_at = i
            continue
        if not _closes(text, i):
            continue
        possessive = text[i - 1] in "sS" and re.match(r"\s+[a-z]", text[i + 1 : i + 3] or "") is not None
        if possessive and closes_later[k + 1]:
            continue  # "the dockers' union" inside a quotation that closes later
        regions.append((open_at, i + 1))
        open_at = None
    return regions, open_at


def _inside(i: int, regions: list[tuple[int, int]]) -> bool:
    """``i`` lies in one of ``regions`` (sorted, not overlapping)."""
    k = bisect.bisect_right(regions, (i, math.inf)) - 1
    return k >= 0 and regions[k][0] <= i < regions[k][1]


def _inner(text: str, start: int, end: int, base: int) -> QuoteSpan | None:
    """The quoted words between marks at ``start`` and ``end - 1``, trimmed (with a '' mark's second half)."""
    if end < len(text) and text[end] == _SECOND:
        end += 1
    s, e = start + 1, end - 1
    if e > s and text[e] == _SECOND:
        e -= 1
    while s < e and (text[s].isspace() or text[s] == _SECOND):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == _SECOND):
        e -= 1
    body = text[s:e]
    if len(body) < 2 or not any(c.isalpha() for c in body):
        return None
    return QuoteSpan(base + start, base + end, base + s, base + e)


def paragraph_quotes(text: str, base: int = 0) -> tuple[list[QuoteSpan], int | None]:
    """Quotations in one paragraph, and where a quotation left open at its end began."""
    doubles, open_double = _double_regions(text)
    singles, open_single = _single_regions(text, doubles)
    spans = [q for s, e in sorted(doubles + singles) if (q := _inner(text, s, e, base))]
    spans = _not_within_another(spans)
    left_open = open_double if open_double is not None else open_single
    return spans, None if left_open is None else base + left_open


def _not_within_another(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """The quotations not inside the words of another, in the same order (sorted once, not compared in pairs).

    Args:
        spans: the quotations of one paragraph.

    Returns:
        Those whose marks do not lie within another's quoted words.
    """
    by_start = sorted(range(len(spans)), key=lambda i: spans[i].start)
    by_outer = sorted(range(len(spans)), key=lambda i: spans[i].outer_start)
    inside: set[int] = set()
    best: list[tuple[int, int]] = []  # the two largest inner ends seen, with whose they are
    k = 0
    for i in by_outer:
        q = spans[i]
        while k < len(by_start) and spans[by_start[k]].start <= q.outer_start:
            j = by_start[k]
            best = sorted([*best, (spans[j].end, j)], reverse=True)[:2]
            k += 1
        if any(j != i and end >= q.outer_end for end, j in best):
            inside.add(i)
    return [q for i, q in enumerate(spans) if i not in inside]


def _opens_paragraph(text: str, para: Span | None) -> bool:
    return para is not None and text[para.start] in _DOUBLE_OPEN + _SINGLE_OPEN + "\"'"


def find_quotes(doc: Document) -> list[QuoteSpan]:
    """Every quotation of ``doc`` in text order, multi-paragraph quotations joined."""
    text = _PAIRED.sub('"' + _SECOND, doc.text) if "''" in doc.text else doc.text
    found: list[QuoteSpan] = []
    paragraphs = list(doc.paragraphs)
    carry: int | None = None  # opening mark of a quotation still open from earlier paragraphs

    def unclosed(open_at: int, end: int) -> None:
        """A quotation that never closes runs to the end of its last paragraph."""
        quote = _inner(text + " ", open_at, end + 1, 0)
        if quote:
            found.append(QuoteSpan(quote.outer_start, end, quote.start, min(quote.end, end)))

    for index, para in enumerate(paragraphs):
        body = text[para.start : para.end]
        nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if carry is not None:
            closing = _continuation_end(body)
            if closing == -1 and _opens_paragraph(text, nxt):
                continue  # the quotation runs on through this paragraph too
            if closing == -1:
                unclosed(carry, para.end)
                carry = None
                continue
            if closing is not None:
                end = para.start + closing + 1
                quote = _inner(text, carry, end, 0)
                if quote:
                    found.append(quote)
                carry = None
                rest, _left = paragraph_quotes(text[end : para.end], end)
                found.extend(rest)
                continue
            unclosed(carry, paragraphs[index - 1].end)
            carry = None
        spans, left_open = paragraph_quotes(body, para.start)
        found.extend(spans)
        if left_open is not None and left_open == para.start:
            if _opens_paragraph(text, nxt):
                carry = left_open
            else:
                unclosed(left_open, para.end)
    if carry is not None:
        unclosed(carry, paragraphs[-1].end)
    return [q for q in _outermost(found) if not _attribute_value(text, q)]


def _attribute_value(text: str, quote: QuoteSpan) -> bool:
    """Marks that hold the value of a markup attribute left in the text (author="...") rather than words."""
    return quote.outer_start > 0 and text[quote.outer_start - 1] == "="


def _outermost(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Drop quotations nested in (or overlapping) an earlier, longer one."""
    out: list[QuoteSpan] = []
    for span in sorted(spans, key=lambda q: (q.outer_start, -q.outer_end)):
        if out and span.outer_start < out[-1].outer_end:
            continue
        out.append(span)
    return out


def _continuation_end(body: str) -> int | None:
    """In a paragraph continuing a long quotation: index of its closing mark, -1 if none, None if not one."""
    if not body or body[0] not in _DOUBLE_OPEN + _SINGLE_OPEN + "\"'":
        return None
    inner = body[1:]
    doubles, _open = _double_regions(inner)
    for match in _CLOSING_MARK.finditer(inner):
        i = match.start()
        if not _inside(i, doubles) and _closes(inner, i) and not _apostrophe(inner, i):
            return i + 1
    return -1
