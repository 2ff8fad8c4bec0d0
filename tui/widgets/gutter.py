"""A column of labels left of an article's text: '3▌' beside aligned pair 3, '·' beside a sentence found only here."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from rich.segment import Segment
from rich.style import Style

from .marks import Mark


class Gutter:
    """Labels keyed by text ranges (a mark's ``key`` is its label, its component its style)."""

    def __init__(self, marks: list[Mark] | None = None, width: int = 4) -> None:
        self.marks = sorted(marks or [], key=lambda m: m.start)
        self._starts = [m.start for m in self.marks]
        self.width = width if self.marks else 0

    def segment(self, start: int, end: int, base: Style, style_of: Callable[[str], Style]) -> Segment:
        """The gutter cell of the line showing ``[start, end)``: the label of the range it falls in, if any."""
        i = bisect_left(self._starts, end) - 1
        label, style = "", base
        if i >= 0 and self.marks[i].end > start:
            mark = self.marks[i]
            label, style = mark.key, base + style_of(mark.component)
        return Segment(label[: self.width - 2].rjust(self.width - 2) + ("\u258c " if label else "  "), style)
