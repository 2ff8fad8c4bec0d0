"""A grid of facts and sources drawn line by line: a row per fact, a narrow column per source, a cell cursor.

A line-API ``ScrollView``: ``render_line`` draws one row from the rows given to ``show`` and the cursor, with
no side effects, so a table of hundreds of facts opens as fast as its visible lines draw. The first line is
the header (the sources' labels) and stays in view. Every colour is a component class, so themes recolour it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .base_style import BaseStyled


def fit(text: str, width: int) -> str:
    """``text`` in exactly ``width`` cells: padded, or cut with an ellipsis."""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, max(0, width - 1)) + "\u2026" if width else ""


@dataclass(frozen=True, slots=True)
class GridRow:
    """One row: its text, a mark for each source column ('' for none), and whether it is dimmed."""

    text: str
    marks: tuple[str, ...]
    dim: bool = False


class FactGrid(ScrollView, BaseStyled, can_focus=True):
    """Rows of facts against columns of sources; the cursor is on one cell."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "fact-grid--header",
        "fact-grid--cursor",
        "fact-grid--cursor-row",
        "fact-grid--mark",
        "fact-grid--differs",
        "fact-grid--dim",
    }

    DEFAULT_CSS = """
    FactGrid { background: $surface; scrollbar-size-vertical: 1; overflow-x: hidden; }
    FactGrid > .fact-grid--header { background: $panel; color: $text; text-style: bold; }
    FactGrid > .fact-grid--cursor { background: $primary; color: $background; text-style: bold; }
    FactGrid > .fact-grid--cursor-row { background: $boost; }
    FactGrid > .fact-grid--mark { color: $success; text-style: bold; }
    FactGrid > .fact-grid--differs { color: $differs; text-style: bold; }
    FactGrid > .fact-grid--dim { color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "move(1, 0)", "Down", show=False, id="facts.down", tooltip="next fact"),
        Binding("up,k", "move(-1, 0)", "Up", show=False, id="facts.up", tooltip="previous fact"),
        Binding("right,l", "move(0, 1)", "Right", show=False, id="facts.right", tooltip="next source"),
        Binding("left,h", "move(0, -1)", "Left", show=False, id="facts.left", tooltip="previous source"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="facts.page_down", tooltip="a page on"),
        Binding("pageup,b", "page(-1)", "Page up", show=False, id="facts.page_up", tooltip="a page back"),
        Binding("home,g", "edge(-1)", "First", show=False, id="facts.first", tooltip="the first fact"),
        Binding("end,G", "edge(1)", "Last", show=False, id="facts.last", tooltip="the last fact"),
        Binding("enter", "choose", "Open", id="facts.open", tooltip="open the article at the passage"),
    ]

    class CursorMoved(Message):
        """The cursor is on another cell."""

    class Chosen(Message):
        """Enter (or a double click) on the cursor's cell."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.header: tuple[str, ...] = ()
        self.rows: tuple[GridRow, ...] = ()
        self.row = 0
        self.column = -1  # -1: the fact column; 0..: a source

    # -- content -------------------------------------------------------------------------
    def show(self, header: tuple[str, ...], rows: tuple[GridRow, ...]) -> None:
        """Show ``rows`` under the sources' labels ``header``; the cursor stays where it was, if it can."""
        self.header, self.rows = header, rows
        self.row = min(self.row, max(0, len(rows) - 1))
        self.column = min(self.column, len(header) - 1)
        self.virtual_size = Size(self.size.width, len(rows) + 1)
        self.refresh()

    def _labels(self) -> tuple[str, ...]:
        """The sources' labels, or only their first words (their numbers) when they would take more than half
        the width."""
        width = self.scrollable_content_region.width
        if sum(max(3, len(label)) + 2 for label in self.header) * 2 > width:
            return tuple(label.split(" ", 1)[0] for label in self.header)
        return self.header

    def _widths(self) -> tuple[int, list[int]]:
        """The fact column's width and each source column's."""
        columns = [max(3, len(label)) + 2 for label in self._labels()]
        return max(10, self.scrollable_content_region.width - sum(columns)), columns

    # -- drawing -------------------------------------------------------------------------
    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def render_line(self, y: int) -> Strip:
        base = self.base_style
        fact_width, columns = self._widths()
        if y == 0:
            style = base + self._style("fact-grid--header")
            segments = [Segment(fit(" fact", fact_width), style)]
            segments += [Segment(fit(label.center(w), w), style) for label, w in zip(self._labels(), columns)]
            return Strip(segments)
        index = int(self.scroll_offset.y) + y - 1
        if index >= len(self.rows):
            return Strip.blank(self.scrollable_content_region.width, base)
        row = self.rows[index]
        on_row = index == self.row
        line = base + (self._style("fact-grid--cursor-row") if on_row else Style())
        text_style = line + (self._style("fact-grid--dim") if row.dim else Style())
        if on_row and self.column < 0:
            text_style = line + self._style("fact-grid--cursor")
        segments = [Segment(fit(" " + row.text, fact_width), text_style)]
        for n, (mark, width) in enumerate(zip(row.marks, columns)):
            style = line + (
                self._style("fact-grid--differs" if mark == "\u2260" else "fact-grid--mark") if mark else Style()
            )
            if on_row and n == self.column:
                style = line + self._style("fact-grid--cursor")
            segments.append(Segment(fit((mark or " ").center(width), width), style))
        return Strip(segments)

    # -- the cursor ----------------------------------------------------------------------
    def _moved(self) -> None:
        """Keep the cursor's row in view, redraw, and say so."""
        height = max(1, self.scrollable_content_region.height - 1)
        top = int(self.scroll_offset.y)
        if self.row < top:
            self.scroll_to(y=self.row, animate=False, immediate=True)
        elif self.row >= top + height:
            self.scroll_to(y=self.row - height + 1, animate=False, immediate=True)
        self.refresh()
        self.post_message(self.CursorMoved())

    def move_to(self, row: int, column: int) -> None:
        """Put the cursor on ``row``, ``column`` (kept inside the grid)."""
        self.row = max(0, min(len(self.rows) - 1, row))
        self.column = max(-1, min(len(self.header) - 1, column))
        self._moved()

    def action_move(self, rows: int, columns: int) -> None:
        """Move the cursor by ``rows`` and ``columns``."""
        self.move_to(self.row + rows, self.column + columns)

    def action_page(self, pages: int) -> None:
        """Move the cursor a page of rows."""
        self.move_to(self.row + pages * max(1, self.scrollable_content_region.height - 2), self.column)

    def action_edge(self, end: int) -> None:
        """Move the cursor to the first (``-1``) or last (``1``) row."""
        self.move_to(0 if end < 0 else len(self.rows) - 1, self.column)

    def action_choose(self) -> None:
        """Open the cursor's cell."""
        if self.rows:
            self.post_message(self.Chosen())

    def on_click(self, event: events.Click) -> None:
        if event.y == 0 or not self.rows:
            return
        fact_width, columns = self._widths()
        column, x = -1, fact_width
        for n, width in enumerate(columns):
            if x <= event.x < x + width:
                column = n
            x += width
        self.move_to(int(self.scroll_offset.y) + event.y - 1, column)
        if event.chain > 1:
            self.action_choose()

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.rows) + 1)
