"""The article body: a line-API scroll view with highlights drawn from component classes.

Article text is never parsed as markup: every line is a ``rich.text.Text``
built from the plain string and styled by offsets. Lines are wrapped once per
width and rendered lines are cached, so very long articles scroll smoothly.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from ..core.model import Document
from .marks import Mark
from .wrap import BLANK, Layout, layout


class ArticleView(ScrollView, can_focus=True):
    """Shows one document with its actors and quotes highlighted."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--person",
        "article-view--organization",
        "article-view--country",
        "article-view--quote",
        "article-view--selected",
        "article-view--current",
        "article-view--shared",
        "article-view--changed",
        "article-view--only-here",
    }

    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        padding: 0 2;
        scrollbar-size-vertical: 1;
        scrollbar-gutter: stable;
        overflow-x: hidden;
    }
    ArticleView > .article-view--person { color: $person; text-style: bold; }
    ArticleView > .article-view--organization { color: $organization; text-style: underline; }
    ArticleView > .article-view--country { color: $country; text-style: italic; }
    ArticleView > .article-view--quote { color: $quote; text-style: italic; }
    ArticleView > .article-view--selected { color: $selected-mention-text; background: $selected-mention; text-style: bold; }
    ArticleView > .article-view--current { background: $current-quote; text-style: bold; }
    ArticleView > .article-view--shared { background: $shared-passage; }
    ArticleView > .article-view--changed { text-style: bold underline; color: $changed-words; }
    ArticleView > .article-view--only-here { color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Down", show=False, id="article.down", tooltip="scroll down a line"),
        Binding("k,up", "scroll_up", "Up", show=False, id="article.up", tooltip="scroll up a line"),
        Binding(
            "space,pagedown", "page_down", "Page down", show=False, id="article.page_down", tooltip="scroll down a page"
        ),
        Binding("b,pageup", "page_up", "Page up", show=False, id="article.page_up", tooltip="scroll up a page"),
        Binding("g,home", "scroll_home", "Top", show=False, id="article.top", tooltip="go to the top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="article.bottom", tooltip="go to the bottom"),
    ]

    class Hovered(Message):
        """The pointer is over a highlighted range (or left it: ``marks`` empty)."""

        def __init__(self, view: ArticleView, marks: tuple[Mark, ...]) -> None:
            super().__init__()
            self.view = view
            self.marks = marks

    class Scrolled(Message):
        """The view scrolled vertically (for keeping another view in step)."""

        def __init__(self, view: ArticleView) -> None:
            super().__init__()
            self.view = view

    class Clicked(Message):
        """A highlighted range was clicked, at text ``offset``."""

        def __init__(self, view: ArticleView, marks: tuple[Mark, ...], offset: int) -> None:
            super().__init__()
            self.view = view
            self.marks = marks
            self.offset = offset

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.document: Document | None = None
        self._marks: list[Mark] = []
        self._mark_starts: list[int] = []
        self._reach: list[int] = []
        self._layout: Layout | None = None
        self._pending_top: int | None = None  # the text offset to show at the top once laid out
        self._cache: LRUCache[tuple[int, int], Strip] = LRUCache(2048)
        self._hovered: tuple[Mark, ...] = ()
        self._gutter: list[Mark] = []  # (start, end, component, label) drawn left of the lines
        self._gutter_starts: list[int] = []
        self.gutter_width = 0

    # -- content ---------------------------------------------------------------
    def show(self, document: Document | None, marks: list[Mark] | None = None, top: int = 0) -> None:
        """Show ``document`` (None: nothing) with ``marks``, text offset ``top`` at the top of the view."""
        self.document = document
        self._layout = None
        self._pending_top = top
        self.set_marks(marks or [])
        self.scroll_to(y=0, animate=False, immediate=True)
        self._relayout()

    def set_marks(self, marks: list[Mark]) -> None:
        """Replace the highlighted ranges."""
        self._marks = sorted(marks, key=lambda m: (m.start, -m.end))
        self._mark_starts = [m.start for m in self._marks]
        self._reach = []  # the furthest end of any mark up to each index
        for mark in self._marks:
            self._reach.append(max(mark.end, self._reach[-1] if self._reach else 0))
        self._cache.clear()
        self.refresh()

    def set_gutter(self, marks: list[Mark], width: int = 4) -> None:
        """Labels in a column left of the text ('3▌' for aligned pair 3), keyed by text ranges."""
        self._gutter = sorted(marks, key=lambda m: m.start)
        self._gutter_starts = [m.start for m in self._gutter]
        if self.gutter_width != (width if marks else 0):
            self.gutter_width = width if marks else 0
            self._layout = None
            self._relayout()
        self._cache.clear()
        self.refresh()

    def _gutter_strip(self, start: int, end: int, base: Style) -> list[Segment]:
        i = bisect_left(self._gutter_starts, end) - 1
        label, style = "", base
        if i >= 0 and self._gutter[i].end > start:
            mark = self._gutter[i]
            label, style = mark.key, base + self._style(mark.component)
        cell = label[: self.gutter_width - 2].rjust(self.gutter_width - 2) + ("\u258c " if label else "  ")
        return [Segment(cell, style)]

    def _relayout(self) -> None:
        available = self.scrollable_content_region.width or self.size.width
        if not available:  # not on screen yet: on_resize lays the text out once, at the real width
            self._cache.clear()
            self.refresh()
            return
        width = self._text_width(available)
        if self.document is None:
            self._layout = None
            self.virtual_size = Size(width, 0)
        elif self._layout is None or self._layout.width != width:
            self._layout = layout(self.document.text, self.document.paragraphs, width)
            self.virtual_size = Size(width, len(self._layout.lines))
        else:
            return  # laid out at this width already: the rendered lines still hold
        self._cache.clear()
        self.refresh()
        if self._pending_top is not None and self._layout is not None:
            top, self._pending_top = self._pending_top, None
            if top:  # once the new size is in place, or the scroll would be clamped to the old one
                self.call_after_refresh(self.scroll_to_offset, top, False)

    def _text_width(self, available: int) -> int:
        """The width the text is laid out at, in a view ``available`` cells wide (the gutter left aside)."""
        return max(8, available - self.gutter_width)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self.post_message(self.Scrolled(self))

    def on_resize(self, event: events.Resize) -> None:
        self._fit()

    def _fit(self) -> None:
        """Lay the text out again at the view's width, keeping the same text at the top."""
        top = self.top_offset()
        self._relayout()
        if top is not None:
            self.scroll_to_offset(top, center=False)

    def notify_style_update(self) -> None:
        """Themes changed: drop the rendered lines."""
        super().notify_style_update()
        self._cache.clear()

    # -- positions --------------------------------------------------------------
    def top_offset(self) -> int | None:
        """The text offset at the top of the view (to remember a reading position)."""
        if self._layout is None or not self._layout.lines:
            return None
        y = min(int(self.scroll_y), len(self._layout.starts) - 1)
        return self._layout.starts[y]

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
        if (
            self.document is not None
            and width
            and (self._layout is None or self._layout.width != self._text_width(width))
        ):
            self._fit()  # the first frame (before any resize event) shows the text already, at the right width
            scroll_x, scroll_y = self.scroll_offset
            index = scroll_y + y
        base = self.rich_style
        if self._layout is None or index >= len(self._layout.lines):
            return Strip.blank(width, base)
        selection = self.text_selection
        key = (index, width)
        if selection is None and key in self._cache:
            return self._cache[key]
        start, end = self._layout.lines[index]
        if (start, end) == BLANK:
            strip = Strip.blank(width, base)
        else:
            text = self._line_text(start, end, base)
            if selection is not None:
                span = selection.get_span(index)
                if span is not None:
                    s, e = span
                    text.stylize(
                        self.screen.get_component_rich_style("screen--selection"), s, len(text) if e == -1 else e
                    )
            # (a text without spans renders as one segment with no style: the base style goes on every segment)
            segments = list(Segment.apply_style(text.render(self.app.console), base))
            if self.gutter_width:
                segments = self._gutter_strip(start, end, base) + segments
            strip = Strip(segments).crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, index)
        if selection is None:
            self._cache[key] = strip
        return strip

    def _line_text(self, start: int, end: int, base: Style) -> Text:
        assert self.document is not None
        raw = self.document.text[start:end].rstrip("\n")
        text = Text(raw, style=base, no_wrap=True, end="")
        # marks that begin before this line may still cover it: step back while any could
        j = bisect_left(self._mark_starts, start)
        while j > 0 and self._reach[j - 1] > start:
            j -= 1
        for mark in self._marks[j:]:
            if mark.start >= end:
                break
            if mark.end <= start:
                continue
            text.stylize(self._style(mark.component), max(0, mark.start - start), min(len(raw), mark.end - start))
        return text

    # -- selection, pointer -----------------------------------------------------------
    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        if self.document is None or self._layout is None:
            return None
        pad = " " * self.gutter_width
        lines = [pad + self.document.text[s:e] if (s, e) != BLANK else "" for s, e in self._layout.lines]
        return selection.extract("\n".join(lines)), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._cache.clear()
        self.refresh()

    def marks_at(self, offset: int) -> tuple[Mark, ...]:
        """The highlighted ranges that contain text ``offset``."""
        return tuple(m for m in self._marks if m.start <= offset < m.end)

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
        column = x + int(self.scroll_x) - self.gutter_width
        return start + column if column >= 0 and start + column < end else None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        offset = self.offset_at(event.x - self.gutter.left, event.y - self.gutter.top)
        marks = self.marks_at(offset) if offset is not None else ()
        if marks != self._hovered:
            self._hovered = marks
            self.post_message(self.Hovered(self, marks))

    def on_click(self, event: events.Click) -> None:
        offset = self.offset_at(event.x - self.gutter.left, event.y - self.gutter.top)
        if offset is not None:
            marks = self.marks_at(offset)
            if marks:
                self.post_message(self.Clicked(self, marks, offset))
