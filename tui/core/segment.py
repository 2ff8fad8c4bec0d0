"""Split a document's text into paragraphs and sentences, with offsets.

Sentence ends are '.', '!', '?' or an ellipsis (with any closing quotes or
brackets) before a capital, digit or opening quote. Abbreviations ("Sen.",
"Jan."), initials ("John F. Kennedy"), decimals and a boundary inside a
quotation that is still open do not end a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate

from .lexicon import LEXICON
from .model import Span
from .sentence_end import CLOSERS

_CANDIDATE = re.compile(rf"(?:[.!?]+|\u2026)[{re.escape(CLOSERS)}]*(?=\s+(\S))|\n+")
_WORD_CHARS = re.compile(r"[\w.'\u2019-]*")  # matched on the reversed text before a mark: the word before it
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_MARKS = re.compile('["\u201c\u201d\u2018\u2019]')
_NEXT = re.compile(r"\s*(\S)")  # the next visible character (found in place: no copy of the rest)
_FOLLOWING = re.compile(r"\s*([\w']+)")
_OPENERS_OK_BEFORE = " \t\n([{\u2014\u2013-/:"


def paragraph_spans(text: str) -> tuple[Span, ...]:
    """Blocks of text separated by blank lines, trimmed of outer whitespace."""
    spans = []
    for match in re.finditer(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*", text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append(Span(start, end))
    return tuple(spans)


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Balanced double and curly single quotations in one paragraph.

    An opening mark that is never closed forms no region, so one stray mark
    does not swallow the rest of the paragraph.
    """
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for match in _MARKS.finditer(text):
        i, ch = match.start(), match.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch == "\u201c":
            stack.append(("\u201d", i))
        elif ch == '"':
            if stack and stack[-1][0] == '"' and not (before in _OPENERS_OK_BEFORE and after.isalnum()):
                regions.append((stack.pop()[1], i + 1))
            elif before in _OPENERS_OK_BEFORE or not stack:
                stack.append(('"', i))
        elif ch == "\u2018" and (before in _OPENERS_OK_BEFORE or before in '\u201c"'):
            stack.append(("\u2019", i))
        elif ch in "\u201d\u2019":
            if ch == "\u2019" and after.isalpha():
                continue  # an apostrophe inside a word: don't, O’Brien
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    regions.append((stack[depth][1], i + 1))
                    del stack[depth:]
                    break
    return regions


def word_before(text: str, position: int) -> str:
    """The word (letters, digits, dots, apostrophes, hyphens) that ends at ``position``, or at a line break
    just before it ("Mr\n."); at most 80 characters back. Read from the reversed text, in one match."""
    start = max(0, position - 80)
    if position > start and text[position - 1] == "\n":
        position -= 1
    return _WORD_CHARS.match(text[start:position][::-1]).group()[::-1]  # type: ignore[union-attr]


def _ends_sentence(text: str, match: re.Match[str], next_char: str) -> bool:
    """Whether the punctuation in ``match`` closes a sentence."""
    if match.group().startswith("\n"):
        return True
    if next_char.islower():
        return False
    mark = match.group()
    if mark[0] == "." and not mark.startswith(".."):
        word = word_before(text, match.start())
        bare = word.rstrip(".").casefold()
        if len(word) == 1 and word.isupper():
            return False  # an initial: John F. Kennedy
        may_end = LEXICON.abbreviations.get(bare)
        if may_end is False:
            return False
        if may_end or _ACRONYM.match(word):
            following = _FOLLOWING.match(text, match.end())
            return bool(following and following.group(1).casefold() in LEXICON.sentence_starters)
        if word[:1].isdigit() and next_char.isdigit():
            return False
    return True


def sentence_spans(text: str, paragraph: Span) -> Iterator[Span]:
    """The sentences of one paragraph, as spans into ``text``."""
    body = text[paragraph.start : paragraph.end]
    regions = sorted(quote_regions(body))
    region_starts = [s for s, _ in regions]
    reach = list(accumulate((e for _, e in regions), max))  # furthest end of the regions so far
    start = 0
    for match in _CANDIDATE.finditer(body):
        end = match.end()
        k = bisect_left(region_starts, match.start()) - 1  # regions opening before this point
        if k >= 0 and reach[k] > end:
            continue  # inside an open quotation
        next_char = match.group(1)  # the look-ahead of a punctuation mark finds it
        if next_char is None:  # a line break: look past it
            after = _NEXT.match(body, end)
            if after is None:
                break
            next_char = after.group(1)
        if not _ends_sentence(body, match, next_char):
            continue
        span = _trim(body, start, end)
        if span:
            yield Span(paragraph.start + span[0], paragraph.start + span[1])
        start = end
    span = _trim(body, start, len(body))
    if span:
        yield Span(paragraph.start + span[0], paragraph.start + span[1])


def _trim(body: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def segment(text: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Paragraph spans and sentence spans of a whole text."""
    paragraphs = paragraph_spans(text)
    sentences = tuple(s for p in paragraphs for s in sentence_spans(text, p))
    return paragraphs, sentences
