"""A document's text as a line-API scroll view: laid out once per width, highlighted by offsets, lines cached.

Article text is never parsed as markup: every line is a ``rich.text.Text``
built from the plain string and styled by offsets, with the styles of the
view's component classes. Lines are wrapped once per width and rendered
lines are cached, so very long articles scroll smoothly. A reading width
keeps lines short and centres them in a wide view; a gutter of labels may
stand left of the text.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Offset, Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from ..core.model import Document
from .base_style import BaseStyled
from .gutter import Gutter
from .marks import Mark, MarkSet
from .wrap import BLANK, Layout, layout, offset_at_column


class TextView(ScrollView, BaseStyled):
    """One document's text, with marks styled by the component classes of the subclass."""

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.document: Document | None = None
        self._marks = MarkSet()
        self._layout: Layout | None = None
        self._pending_top: int | None = None  # the text offset to show at the top once laid out
        self._cache: LRUCache[tuple[int, int, int], Strip] = LRUCache(2048)
        self._gutter = Gutter()  # labels drawn left of the lines
        self.reading_width: int | None = None  # the longest line, centred in a wider view (None: the view's width)
        self._margin = 0  # columns left of the text that centre it

    # -- content ---------------------------------------------------------------
    def show(self, document: Document | None, marks: list[Mark] | None = None, top: int = 0) -> None:
        """Show ``document`` (None: nothing) with ``marks``, text offset ``top`` at the top of the view."""
        self.document = document
        self._layout = None
        self._pending_top = top
        self.set_marks(marks or [])
        self.scroll_to(y=0, animate=False, immediate=True)
        self._relayout()

    @property
    def marks(self) -> list[Mark]:
        """The highlighted ranges, by start."""
        return self._marks.marks

    def set_marks(self, marks: list[Mark]) -> None:
        """Replace the highlighted ranges."""
        self._marks = MarkSet(marks)
        self._cache.clear()
        self.refresh()

    def set_reading_width(self, width: int | None) -> None:
        """Lay the text out at most ``width`` columns wide, centred (None: as wide as the view)."""
        if width != self.reading_width:
            self.reading_width = width
            self._fit()

    @property
    def gutter_width(self) -> int:
        """Columns of labels left of the text (0: none)."""
        return self._gutter.width

    @property
    def gutter_marks(self) -> list[Mark]:
        """The labels of the gutter, by start."""
        return self._gutter.marks

    def set_gutter(self, marks: list[Mark], width: int = 4) -> None:
        """Labels in a column left of the text ('3▌' for aligned pair 3), keyed by text ranges."""
        before, self._gutter = self._gutter.width, Gutter(marks, width)
        if self._gutter.width != before:
            self._layout = None
            self._relayout()
        self._cache.clear()
        self.refresh()

    def _relayout(self) -> None:
        available = self.scrollable_content_region.width or self.size.width
        if not available:  # not on screen yet: on_resize lays the text out once, at the real width
            self._cache.clear()
            self.refresh()
            return
        width = self._text_width(available)
        margin, self._margin = self._margin, (available - self.gutter_width - width) // 2
        if self.document is None:
            self._layout = None
            self.virtual_size = Size(width, 0)
        elif self._layout is None or self._layout.width != width:
            self._layout = layout(self.document.text, self.document.paragraphs, width)
            self.virtual_size = Size(width, len(self._layout.lines))
        elif margin == self._margin:
            return  # laid out at this width already: the rendered lines still hold
        self._cache.clear()
        self.refresh()
        if self._pending_top is not None and self._layout is not None:
            top, self._pending_top = self._pending_top, None
            if top:  # once the new size is in place, or the scroll would be clamped to the old one
                self.call_after_refresh(self.scroll_to_offset, top, False)

    def _laid_out_for(self, available: int) -> bool:
        """Whether the text is laid out, and centred, for a view ``available`` cells wide."""
        width = self._text_width(available)
        margin = (available - self.gutter_width - width) // 2
        return self._layout is not None and self._layout.width == width and self._margin == margin

    def _text_width(self, available: int) -> int:
        """The width the text is laid out at, in a view ``available`` cells wide (the gutter left aside)."""
        width = max(8, available - self.gutter_width)
        return min(width, self.reading_width) if self.reading_width else width

    def on_resize(self, event: events.Resize) -> None:
        self._fit()

    def _fit(self) -> None:
        """Lay the text out again at the view's width, keeping the same text at the top."""
        top = self.top_offset()
        self._relayout()
        if top is not None:
            self.scroll_to_offset(top, center=False)

    def notify_style_update(self) -> None:
        """Styles changed (the theme, a pseudo-class, an ancestor's): drop the rendered lines (and the base style)."""
        super().notify_style_update()
        self._cache.clear()

    # -- positions --------------------------------------------------------------
    def top_offset(self) -> int | None:
        """The text offset at the top of the view (to remember a reading position)."""
        if self._layout is None or not self._layout.lines:
            return None
        y = min(int(self.scroll_y), len(self._layout.starts) - 1)
        return self._layout.starts[y]

    def visible_offsets(self) -> tuple[int, int]:
        """The text offsets of the first line in view and of the first line below the view."""
        if self._layout is None or not self._layout.lines:
            return 0, 0
        starts = self._layout.starts
        top = min(int(self.scroll_y), len(starts) - 1)
        below = top + self.scrollable_content_region.height
        return starts[top], starts[below] if below < len(starts) else len(self.document.text if self.document else "")

    def line_of(self, offset: int) -> int:
        """The screen line showing text ``offset``."""
        return self._layout.line_of(offset) if self._layout else 0

    def scroll_to_offset(self, offset: int, center: bool = True, animate: bool = False) -> None:
        """Scroll so that text ``offset`` is in view (centred, or at the top)."""
        if self._layout is None:
            return
        line = self._layout.line_of(offset)
        if center:
            line = max(0, line - self.scrollable_content_region.height // 3)
        self.scroll_to(y=line, animate=animate, immediate=not animate)

    # -- rendering ----------------------------------------------------------------
    def _style(self, component: str) -> Style:
        return self.get_component_rich_style(component, partial=True)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        if self.document is not None and width and not self._laid_out_for(width):
            self._fit()  # the first frame (before any resize event) shows the text already, at the right width
            scroll_x, scroll_y = self.scroll_offset
            index = scroll_y + y
        base = self.base_style
        if self._layout is None or index >= len(self._layout.lines):
            return Strip.blank(width, base)
        selection = self.text_selection
        key = (index, width, self._margin)
        if selection is None and key in self._cache:
            return self._cache[key]
        start, end = self._layout.lines[index]
        if (start, end) == BLANK:
            strip = Strip.blank(width, base)
        else:
            text = self._line_text(start, end, base)
            if selection is not None:
                span = selection.get_span(index)
                if span is not None:  # in characters of the drawn line: the margin and the gutter come first
                    pad = self._margin + self.gutter_width
                    s, e = max(0, span[0] - pad), len(text) if span[1] == -1 else max(0, span[1] - pad)
                    text.stylize(self.screen.get_component_rich_style("screen--selection"), s, e)
            # (a text without spans renders as one segment with no style: the base style goes on every segment)
            segments = list(Segment.apply_style(text.render(self.app.console), base))
            if self.gutter_width:
                segments.insert(0, self._gutter.segment(start, end, base, self._style))
            if self._margin:
                segments.insert(0, Segment(" " * self._margin, base))
            strip = Strip(segments).crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, index)
        if selection is None:
            self._cache[key] = strip
        return strip

    def _line_text(self, start: int, end: int, base: Style) -> Text:
        assert self.document is not None
        raw = self.document.text[start:end].rstrip("\n")
        text = Text(raw, style=base, no_wrap=True, end="")
        for mark in self._marks.over(start, end):
            text.stylize(self._style(mark.component), max(0, mark.start - start), min(len(raw), mark.end - start))
        return text

    # -- selection, pointer -----------------------------------------------------------
    def _offset_of(self, point: Offset | None, end: bool) -> int:
        """The text offset of a selection's end point (x: characters of the drawn line, y: its line)."""
        assert self.document is not None and self._layout is not None
        lines = self._layout.lines
        if point is None or not lines:
            return len(self.document.text) if end else 0
        if point.y >= len(lines):
            return len(self.document.text)
        y = max(0, point.y)
        start, stop = lines[y]
        if (start, stop) == BLANK:  # between paragraphs: where the next one starts
            return self._layout.starts[y]
        stop = start + len(self.document.text[start:stop].rstrip("\n"))
        return min(stop, start + max(0, point.x - self._margin - self.gutter_width))

    def selected_range(self, selection: Selection) -> tuple[int, int] | None:
        """The range of the document's text a selection covers, without white space at either end."""
        if self.document is None or self._layout is None:
            return None
        text = self.document.text
        start, end = self._offset_of(selection.start, False), self._offset_of(selection.end, True)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The document's text under the selection, as the document has it: no wrapping, margin or gutter."""
        found = self.selected_range(selection)
        if found is None or self.document is None:
            return None
        start, end = found
        return self.document.text[start:end], "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._cache.clear()
        self.refresh()

    def marks_at(self, offset: int) -> tuple[Mark, ...]:
        """The highlighted ranges that contain text ``offset``."""
        return self._marks.at(offset)

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under screen cell (x, y) of this widget's content."""
        if self._layout is None:
            return None
        index = int(self.scroll_y) + y
        if not 0 <= index < len(self._layout.lines):
            return None
        start, end = self._layout.lines[index]
        if (start, end) == BLANK:
            return None
        column = x + int(self.scroll_x) - self._margin - self.gutter_width
        return offset_at_column(self.document.text, start, end, column) if self.document else None
