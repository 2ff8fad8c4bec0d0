"""The fact table of a story: a row per fact, a column per source, the passage of the chosen cell below.

Rows are the facts several sources report, most sources first, then what only one source reports ("only
here", shown with ``o``). A cell holds ✓ when its source reports the row's fact, and ≠ when it gives a value
another source gives differently. ``enter`` opens the article at the passage and leaves the rows behind as
the reader's results, so ``n`` and ``N`` step through them there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

from ..core.facts import facts_of_story, unshared
from ..core.model import Briefing, Discrepancy, Passage, Story
from ..widgets.fact_grid import FactGrid, GridRow
from ..widgets.key_bar import KeyBar
from ..widgets.selection import SearchCursor, Spot
from ..widgets.styles import one_line

CHECK = "\u2713"
DIFFERS = "\u2260"


@dataclass(frozen=True, slots=True)
class Row:
    """A row of the table: the passage of each source that reports it (one source for 'only here')."""

    label: str
    passages: dict[str, Passage]  # document id -> passage
    differences: tuple[Discrepancy, ...] = ()


def story_rows(briefing: Briefing, story: Story, only_here: bool) -> list[Row]:
    """The rows of a story's fact table: shared facts, then (``only_here``) each source's own sentences."""
    differences: dict[str, list[Discrepancy]] = {}
    for d in briefing.discrepancies:
        if d.fact is not None:
            differences.setdefault(d.fact, []).append(d)
    rows = [
        Row(f"{len(f.passages)} sources", {p.doc: p for p in f.passages}, tuple(differences.get(f.id, ())))
        for f in facts_of_story(briefing, story.id)
    ]
    if only_here:
        for doc in story.documents:
            rows += [Row("only here", {doc: Passage(doc, s.start, s.end)}) for s in unshared(briefing, doc)]
    return rows


class FactTableScreen(Screen[SearchCursor | None]):
    """The facts of one story across its sources."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="facts.back", tooltip="back to the reader"),
        Binding(
            "o", "toggle_only_here", "Only here", id="facts.only_here", tooltip="list what one source alone reports"
        ),
        Binding(
            "s",
            "toggle_order",
            "Order",
            id="facts.order",
            tooltip="facts most sources carry first, or in the order of the story's first article",
        ),
    ]

    HELP_GROUPS: ClassVar[list[tuple[str, list[BindingType]]]] = [("Fact table", [*BINDINGS, *FactGrid.BINDINGS])]

    DEFAULT_CSS = """
    FactTableScreen #title { height: 1; padding: 0 1; background: $panel; color: $text; text-style: bold; }
    FactTableScreen FactGrid { height: 1fr; }
    FactTableScreen #passage { height: auto; max-height: 8; min-height: 3; padding: 0 1; background: $surface;
                               border-top: solid $panel; }
    """

    def __init__(self, briefing: Briefing, story: Story, only_here: bool = False) -> None:
        super().__init__()
        self.briefing = briefing
        self.story = story
        self.only_here = only_here
        self.by_sources = True  # most sources first; else in the order of the text
        self.rows: list[Row] = []
        self.sources = list(story.documents)

    def compose(self) -> ComposeResult:
        yield Static("", id="title", markup=False)
        yield FactGrid(id="facts")
        yield Static("", id="passage", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self._fill()
        self.query_one(FactGrid).focus()

    def _source_label(self, doc_id: str) -> str:
        """'3 Reuters': the article's number in the list and its outlet (shortened)."""
        number = next(i for i, d in enumerate(self.briefing.documents, 1) if d.id == doc_id)
        outlet = self.briefing.document(doc_id).outlet
        return f"{number} {outlet[:12]}" if outlet else str(number)

    def _fill(self) -> None:
        """Build the rows and the table."""
        self.rows = story_rows(self.briefing, self.story, self.only_here)
        if not self.by_sources:
            order = {doc: n for n, doc in enumerate(self.sources)}
            self.rows.sort(key=lambda r: min((order[p.doc], p.start) for p in r.passages.values()))
        labels = tuple(self._source_label(doc) for doc in self.sources)
        texts = {doc: self.briefing.document(doc).text for doc in self.sources}
        grid_rows = []
        for row in self.rows:
            first = next(iter(row.passages.values()))
            words = one_line(texts[first.doc][first.start : first.end])
            differing = {d.a.doc for d in row.differences} | {d.b.doc for d in row.differences}
            marks = tuple(
                "" if doc not in row.passages else (DIFFERS if doc in differing else CHECK) for doc in self.sources
            )
            grid_rows.append(GridRow(f"{row.label} \u00b7 {words}", marks, dim=row.label == "only here"))
        self.query_one(FactGrid).show(labels, tuple(grid_rows))
        shared = sum(1 for r in self.rows if r.label != "only here")
        with_differences = sum(1 for r in self.rows if r.differences)
        self.query_one("#title", Static).update(
            Text(
                f"{shared} facts shared by {len(self.sources)} sources \u00b7 {with_differences} with values that"
                f" differ \u00b7 {self.story.title}",  # (the counts first: a narrow terminal cuts the end)
            )
        )
        self._show_cell()

    def _cell(self) -> tuple[Row, Passage] | None:
        """The row and passage of the cell under the cursor (its first source's, in the fact column)."""
        grid = self.query_one(FactGrid)
        if not self.rows:
            return None
        row = self.rows[min(grid.row, len(self.rows) - 1)]
        column = grid.column
        doc = self.sources[column] if 0 <= column < len(self.sources) else None
        passage = row.passages.get(doc) if doc is not None else None
        return row, passage or next(iter(row.passages.values()))

    def _show_cell(self) -> None:
        """The passage of the chosen cell, its source, and the values on which the sources differ."""
        shown = self.query_one("#passage", Static)
        cell = self._cell()
        if cell is None:
            shown.update(Text("No facts: these articles share no passage.", style="italic"))
            return
        row, passage = cell
        doc = self.briefing.document(passage.doc)
        text = Text(f"{self._source_label(doc.id)}: ", style="bold")
        text.append(one_line(doc.text[passage.start : passage.end]))
        for d in row.differences:
            text.append(f"\n{DIFFERS} {d.kind}: ", style="bold")
            text.append(f"{one_line(d.values[0])} ({self._source_label(d.a.doc)}) against ")
            text.append(f"{one_line(d.values[1])} ({self._source_label(d.b.doc)})")
        shown.update(text)

    def on_fact_grid_cursor_moved(self, event: FactGrid.CursorMoved) -> None:
        self._show_cell()

    def on_fact_grid_chosen(self, event: FactGrid.Chosen) -> None:
        self.action_open()

    def action_toggle_order(self) -> None:
        """List the facts most sources carry first, or in the order of the text."""
        self.by_sources = not self.by_sources
        self._fill()
        self.notify("Facts " + ("most sources first" if self.by_sources else "in the order of the text"), timeout=2)

    def action_toggle_only_here(self) -> None:
        """Show or hide the rows of what only one source reports."""
        self.only_here = not self.only_here
        self._fill()

    def action_open(self) -> None:
        """Open the article at the chosen passage; the reader keeps the rows for n and N."""
        cell = self._cell()
        if cell is None:
            return
        _row, passage = cell
        column = self.query_one(FactGrid).column
        doc = self.sources[column] if 0 <= column < len(self.sources) else passage.doc
        spots = tuple(
            Spot(p.doc, p.start, p.end)
            for r in self.rows
            for p in [r.passages.get(doc) or next(iter(r.passages.values()))]
        )
        position = min(self.query_one(FactGrid).row, len(spots) - 1)
        self.dismiss(SearchCursor("facts of the story", spots, position, "facts"))

    def action_back(self) -> None:
        """Back to the reader."""
        self.dismiss(None)
