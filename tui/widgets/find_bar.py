"""The find bar under the article: type to find in the article's text; enter keeps the matches, escape clears them."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class FindBar(Input):
    """An input shown while finding in the article (the reader finds as it changes)."""

    DEFAULT_CSS = """
    FindBar { display: none; height: 1; border: none; padding: 0 2; background: $panel; }
    FindBar:focus { border: none; }
    FindBar.-open { display: block; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close find", id="find.close", tooltip="close the find bar and clear the matches"),
        Binding("enter", "keep", "Keep", id="find.keep", tooltip="close the find bar and keep the matches marked"),
    ]

    class Closed(Message):
        """The find bar closed: with enter (``keep``: the matches stay marked) or escape."""

        def __init__(self, keep: bool) -> None:
            super().__init__()
            self.keep = keep

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Find in the article\u2026 (enter keeps the matches, escape clears them)", id=id)

    def open(self, query: str = "") -> None:
        """Show the bar with ``query`` selected, and focus it."""
        self.add_class("-open")
        self.value = query
        self.focus()
        self.select_all()

    def _close(self, keep: bool) -> None:
        self.remove_class("-open")
        self.blur()  # at once: the next key is the reader's (n, N), not more text
        self.post_message(self.Closed(keep))

    def action_close(self) -> None:
        """Close the bar and clear the matches."""
        self._close(False)

    def action_keep(self) -> None:
        """Close the bar and keep the matches (in the key's own handling, so the next key is the reader's)."""
        self._close(True)
