"""The reader's searches: every quote (/), the text of every article (F), this article (ctrl+f); n and N step.

Each search ends in a ``SearchCursor`` in the selection: its results, the
one open, and what kind of search it was. A find in the article follows
the reader to the next article, found again there; the matches of a text
search or a find are marked in the article.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding, BindingType

from ...core.model import Document
from ...opening import Stage
from ...widgets.find_bar import FindBar
from ...widgets.selection import SearchCursor, Spot
from .quotes import QuoteActions

SEARCH_KEYS: list[BindingType] = [
    Binding(
        "slash",
        "search",
        "Search quotes",
        key_display="/",
        id="reader.search",
        tooltip="search every quote of every article",
    ),
    Binding(
        "F",
        "search_text",
        "Search text",
        show=False,
        id="reader.search_text",
        tooltip="search the text of every article",
    ),
    Binding(
        "ctrl+f",
        "find",
        "Find",
        id="reader.find",
        tooltip="find in this article as you type",
    ),
    Binding("n", "next_result", "Next result", show=False, id="reader.next_result", tooltip="next search result"),
    Binding(
        "N",
        "previous_result",
        "Previous result",
        show=False,
        id="reader.previous_result",
        tooltip="previous search result",
    ),
]


def find_cursor(doc: Document, query: str, after: int = 0) -> SearchCursor:
    """The matches of ``query`` in ``doc``, the first one at or after offset ``after`` current."""
    from ...core.find import find_all

    spots = tuple(Spot(doc.id, s.start, s.end) for s in find_all(doc.text, query))
    position = next((i for i, spot in enumerate(spots) if spot.start >= after), 0 if spots else -1)
    return SearchCursor(query, spots, position, "find")


class SearchActions(QuoteActions):
    """Open a search, open its results one by one, find in the article."""

    def action_search(self) -> None:
        """Open the quote search."""
        if self.briefing is None or not self.briefing.quotes:
            self.notify("No quotes to search yet", severity="warning")
            return
        from ..search import SearchScreen

        query = self.selection.search.query
        self.app.push_screen(SearchScreen(self.briefing, query), self.open_search)

    def action_search_text(self) -> None:
        """Open the search of every article's text."""
        if self.briefing is None or not self.briefing.documents:
            self.notify("No articles to search yet", severity="warning")
            return
        from ..text_search import TextSearchScreen

        query = self.selection.search.query
        self.app.push_screen(TextSearchScreen(self.briefing, query), self.open_search)

    def action_facts(self) -> None:
        """Open the fact table of this article's story."""
        if self.briefing is None or self.document is None:
            return
        if self.host.phase.stage is not Stage.READY:
            self.notify("Still finding the shared passages; try again in a moment")
            return
        from ...core.compare import story_of
        from ..facts import FactTableScreen

        story = story_of(self.briefing, self.document.id)
        if story is None or len(story.documents) < 2:
            self.notify("No other article reports this story: there is no fact table to compare", timeout=4)
            return
        self.app.push_screen(FactTableScreen(self.briefing, story), self.open_search)

    def open_search(self, cursor: SearchCursor | None) -> None:
        """Keep a search's results and open the chosen one (None: the search was closed)."""
        if cursor is not None:
            self.selection = replace(self.selection, search=cursor)
            self.open_result()

    def open_result(self) -> None:
        """Show the open result: its article, the quote or the words marked and in view."""
        spot = self.selection.search.current
        if spot is None or self.briefing is None:
            return
        index = next((i for i, d in enumerate(self.briefing.documents) if d.id == spot.doc), None)
        if index is None:
            return
        if index != self.document_index:
            self.document_index = index
        if spot.quote is not None:
            self.go_to_quote(spot.quote, subject="result")
            return
        self.selection = replace(self.selection, subject="match")
        self.view.scroll_to_offset(spot.start)

    def _step_result(self, step: int) -> None:
        if self.selection.search.results:
            self.selection = replace(self.selection, search=self.selection.search.step(step))
            self.open_result()

    def action_next_result(self) -> None:
        """Open the next result of the last search."""
        self._step_result(1)

    def action_previous_result(self) -> None:
        """Open the previous result of the last search."""
        self._step_result(-1)

    # -- finding in the article -------------------------------------------------------------
    def action_find(self) -> None:
        """Open the find bar (with the last words found)."""
        if self.document is None:
            return
        search = self.selection.search
        bars = self.query(FindBar)
        bar = bars.first() if bars else FindBar(id="find")
        if not bars:  # mounted when first wanted: the first frame has no input to style
            self.query_one("#article-pane").mount(bar, before="#info")
        bar.open(search.query if search.kind == "find" else "")

    def refind(self) -> None:
        """Find the same words in the article now shown (after a find in another)."""
        doc, search = self.document, self.selection.search
        if doc is not None and search.kind == "find" and search.query:
            self.selection = replace(self.selection, search=replace(find_cursor(doc, search.query), position=-1))

    def on_input_changed(self, event: FindBar.Changed) -> None:
        if not isinstance(event.input, FindBar) or self.document is None:
            return
        top = self.view.top_offset() or 0
        cursor = find_cursor(self.document, event.value, after=top)
        self.selection = replace(self.selection, search=cursor, subject="match")
        if cursor.current is not None:
            self.view.scroll_to_offset(cursor.current.start)

    def on_find_bar_closed(self, event: FindBar.Closed) -> None:
        if not event.keep:
            self.selection = replace(self.selection, search=SearchCursor(), subject="summary")
        self.view.focus()
