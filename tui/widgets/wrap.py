"""Word-wrap a document's paragraphs into screen lines that keep their text offsets.

Pure text logic (no Textual): each line is a ``(start, end)`` range of the
document text, so highlights, selection and scrolling to a passage all work
on offsets. A blank line separates paragraphs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len

from ..core.model import Span

_BREAKS = re.compile(r"\S+\s*")
BLANK = (-1, -1)


@dataclass(frozen=True, slots=True)
class Layout:
    """The screen lines of a document at one width."""

    width: int
    lines: tuple[tuple[int, int], ...]  # (start, end) into the text; BLANK between paragraphs
    starts: tuple[int, ...]  # start offset of each line (BLANK lines take the next line's start)

    def line_of(self, offset: int) -> int:
        """The screen line that shows text offset ``offset``."""
        return max(0, bisect_right(self.starts, offset) - 1)


def _wrap_paragraph(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text[start:end]``; words longer than the width are cut."""
    lines: list[tuple[int, int]] = []
    line_start, line_width = start, 0
    for match in _BREAKS.finditer(text, start, end):
        word = match.group()
        stripped = word.rstrip()
        word_width = cell_len(stripped)
        if line_width and line_width + word_width > width:
            lines.append((line_start, match.start()))
            line_start, line_width = match.start(), 0
        while word_width > width:  # a word wider than the screen: cut it
            cut = match.start() + _fit(stripped, width)
            if cut <= line_start:
                cut = line_start + 1
            lines.append((line_start, cut))
            stripped = text[cut : match.start() + len(stripped)]
            line_start, word_width = cut, cell_len(stripped)
        line_width += cell_len(word)
    if line_start < end:
        lines.append((line_start, end))
    return lines


def _fit(word: str, width: int) -> int:
    total = 0
    for i, ch in enumerate(word):
        total += cell_len(ch)
        if total > width:
            return max(1, i)
    return len(word)


def layout(text: str, paragraphs: Sequence[Span], width: int) -> Layout:
    """Wrap every paragraph to ``width`` columns, with a blank line between paragraphs."""
    width = max(8, width)
    lines: list[tuple[int, int]] = []
    for index, para in enumerate(paragraphs):
        if index:
            lines.append(BLANK)
        lines.extend(_wrap_paragraph(text, para.start, para.end, width))
    starts: list[int] = []
    for i, (start, _end) in enumerate(lines):
        if start < 0:
            start = lines[i + 1][0] if i + 1 < len(lines) else len(text)
        starts.append(start)
    return Layout(width, tuple(lines), tuple(starts))


def offset_at_column(text: str, start: int, end: int, column: int) -> int | None:
    """The offset of the character drawn at cell ``column`` of the line ``text[start:end]`` (None: past it)."""
    if column < 0:
        return None
    for offset in range(start, end):  # a wide character takes two cells
        column -= cell_len(text[offset])
        if column < 0:
            return offset
    return None
