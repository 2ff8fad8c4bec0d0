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
from functools import cache
from typing import Literal

from .model import Document, Span, pickled_by_fields

_DOUBLE_OPEN, _DOUBLE_CLOSE = "\u201c\u201e\u00ab", "\u201d\u00bb"
_SINGLE_OPEN, _SINGLE_CLOSE = "\u2018", "\u2019"
_DOUBLE_MARK = re.compile(f'[{_DOUBLE_OPEN}{_DOUBLE_CLOSE}"]')
_SINGLE_MARK = re.compile("['\u2018\u2019]")
_OPEN_BEFORE = " \t\n([{\u2014\u2013-/:;\u2026\u2022\u00a0"
_PAIRED = re.compile("''")
_TRAILING_ARTICLE = re.compile(r"\s+(?:the|a|an)$")
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+\b")
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?!(?:It|He|She|That|There|What|Who|Here|Where|Let)['\u2019])[A-Z][\w.&-]*['\u2019]s?\s+$"
)
_NICKNAME = re.compile(r"[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)?")
_TERM_WORD = re.compile(r"[\w'\u2019-]+")
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
    spans = [
        q for q in spans if not any(o.start <= q.outer_start and q.outer_end <= o.end and o is not q for o in spans)
    ]
    left_open = open_double if open_double is not None else open_single
    return spans, None if left_open is None else base + left_open


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
    return _outermost(found)


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


def is_term(text: str, span: QuoteSpan, attributed: bool) -> bool:
    """Quotation marks that hold no statement: the title of a work (after 'the show', 'her book'), or, with
    nobody named as saying it, a few words in title case ("Morning Joe") or a scare-quoted term."""
    from .context import after_work_noun

    titled = text[span.start : span.start + 1].isupper() or text[span.start : span.start + 1].isdigit()
    if titled and after_work_noun(text, span.outer_start + 1):
        return True
    if _after_term_cue(text, span.outer_start) or _between_names(text, span):
        return True  # "known as the 'Buffett rule'", "nicknamed 'the Hammer'", Marcia "Cia" Price
    words = _TERM_WORD.findall(text[span.start : span.end])
    if not words or len(words) > 8:
        return False
    title_case = all(w[:1].isupper() or w[:1].isdigit() or len(w) <= 3 for w in words)
    title_case = title_case and not _in_title_case_line(text, span)  # (a headline capitalises every word)
    if title_case and (_alone_in_paragraph(text, span) or _after_possessive(text, span.outer_start)):
        return True  # a subheading in quotation marks; "MSNBC's "Morning Joe"", "CBS's "Face the Nation""
    if attributed:
        return False
    if title_case and any(w[:1].isupper() for w in words):
        return True  # "Morning Joe", "A Change Is Gonna Come", "13th"
    woven = text[max(0, span.outer_start - 2) : span.outer_start].strip() not in ("", ":")
    return woven and len(words) <= 3 and quote_kind(text, span) == "partial"


def _after_term_cue(text: str, start: int) -> bool:
    """Right after 'known as', 'so-called', 'nicknamed', 'the phrase' (and an article)."""
    window = text[max(0, start - 30) : start].casefold()
    window = _TRAILING_ARTICLE.sub("", window.rstrip())
    return any(window.endswith(cue) for cue in _term_cues())


@cache
def _term_cues() -> tuple[str, ...]:
    from .data import lines

    return tuple(lines("term_cues.txt"))


def _between_names(text: str, span: QuoteSpan) -> bool:
    """A nickname between a given name and a surname: Marcia "Cia" Price."""
    if not _NICKNAME.fullmatch(text[span.start : span.end]):
        return False
    before = text[max(0, span.outer_start - 20) : span.outer_start]
    after = text[span.outer_end : span.outer_end + 20]
    return bool(_NAME_BEFORE.search(before)) and bool(_NAME_AFTER.match(after))


def _in_title_case_line(text: str, span: QuoteSpan) -> bool:
    """The quotation stands in a line written in title case, such as a headline, around it."""
    before = text.rfind("\n", 0, span.outer_start)
    after = text.find("\n", span.outer_end)
    around = text[before + 1 : span.outer_start] + " " + text[span.outer_end : len(text) if after < 0 else after]
    words = [w for w in _TERM_WORD.findall(around) if len(w) > 3]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _alone_in_paragraph(text: str, span: QuoteSpan) -> bool:
    """The quotation is the whole of its paragraph (on a line of its own)."""
    before = text.rfind("\n", 0, span.outer_start)
    after = text.find("\n", span.outer_end)
    line = text[before + 1 : len(text) if after < 0 else after]
    return line.strip() == text[span.outer_start : span.outer_end].strip()


def _after_possessive(text: str, start: int) -> bool:
    """Right after a possessive name: "Fox News's "Sunday Show"", "the network's "Nightly News""."""
    return bool(_POSSESSIVE_BEFORE.search(text, max(0, start - 40), start))


def quote_kind(text: str, span: QuoteSpan) -> Literal["direct", "partial"]:
    """'direct' for a statement, 'partial' for a few words woven into a sentence."""
    words = text[span.start : span.end].split()
    before = text[max(0, span.outer_start - 3) : span.outer_start].rstrip()
    starts_statement = text[span.start : span.start + 1].isupper() or before.endswith((":", ",")) or not before
    if len(words) >= 4 and starts_statement:
        return "direct"
    return "partial"
