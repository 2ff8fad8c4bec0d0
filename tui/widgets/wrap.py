r"""Word-wrap a document's paragraphs into screen lines that keep their text offsets.

Pure text logic (no Textual): each line is a ``(start, end)`` range of the
document text, so highlights, selection and scrolling to a passage all work
on offsets. A blank line separates paragraphs. Widths are measured in
terminal cells as Rich draws them, and a word wider than the line is cut
between grapheme clusters (``regex``'s ``\X``), in time linear in its length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from rich.cells import cell_len

from ..core.model import Span

if TYPE_CHECKING:
    import regex

_BREAKS = re.compile(r"\S+\s*")


@cache
def _clusters() -> regex.Pattern[str]:
    """An extended grapheme cluster: a letter and its accents, an emoji sequence (compiled when first needed)."""
    import regex

    return regex.compile(r"\X")


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


def _cluster_start(text: str, pos: int, floor: int) -> int:
    """The start of the grapheme cluster that holds ``text[pos]`` (not before ``floor``): where a line may break."""
    if pos <= floor or pos >= len(text) or ord(text[pos]) < 0x300:
        return pos  # below U+0300 nothing extends the character before it
    start = floor if pos - floor <= 64 else pos - 64
    for match in _clusters().finditer(text, start, min(len(text), pos + 64)):
        if match.end() > pos:
            return int(match.start())
    return pos


def _cuts(text: str, start: int, stop: int, width: int, used: int) -> tuple[list[int], int]:
    """Where to cut ``text[start:stop]``, a word wider than the line, so each piece fits ``width`` cells.

    Args:
        text: the document text.
        start, stop: the word (from the start of its line).
        width: the line width in cells.
        used: cells of the line already taken before ``start``.

    Returns:
        The offsets that begin new lines, and the cells the last piece takes.
    """
    cuts: list[int] = []
    if text[start:stop].isascii():  # one cell a character: cut every ``width`` characters, at once
        cuts = list(range(start + max(1, width - used), stop, width))
        return cuts, (stop - cuts[-1]) if cuts else used + stop - start
    for match in _clusters().finditer(text, start, stop):  # whole grapheme clusters, never a part of one
        cells = cell_len(match.group())
        if used and used + cells > width:
            cuts.append(match.start())
            used = 0
        used += cells
    return cuts, used


def _wrap_paragraph(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text[start:end]``; a word wider than the line is cut at grapheme cluster boundaries.

    The lines tile the paragraph: each begins where the one before ends, spaces included (they end lines).
    """
    lines: list[tuple[int, int]] = []
    first = _BREAKS.search(text, start, end)
    line_start = start
    line_width = cell_len(text[start : first.start()]) if first else 0  # (spaces before the first word count too)
    for match in _BREAKS.finditer(text, start, end):
        word_start, word_end = match.start(), match.end()
        shown_end = word_start + len(match.group().rstrip())
        word_width = cell_len(text[word_start:shown_end])
        if line_width and line_width + word_width > width:
            brk = _cluster_start(text, word_start, line_start)
            if brk > line_start:  # (a word whose first accent joins the line's only cluster stays with it)
                lines.append((line_start, brk))
                line_start, line_width = brk, cell_len(text[brk:word_start])
        if line_width + word_width > width:
            cuts, line_width = _cuts(text, line_start, shown_end, width, 0)  # (counted from the line's start)
            for cut in cuts:
                lines.append((line_start, cut))
                line_start = cut
        else:
            line_width += word_width
        line_width += cell_len(text[shown_end:word_end])
    if line_start < end:
        lines.append((line_start, end))
    return lines


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
