"""The reader's layout: which side panes fit beside the article, and the article's reading width.

The article always shows. Each pane shows when the reader wants it (both
do, until one is hidden with its key) and it fits beside the article at
its minimum width; when only one fits, the pane asked for last wins, so
on a narrow terminal ``a`` swaps the article list for the actors panel and
``l`` swaps it back. The article's lines are at most ``READING_WIDTH``
columns, centred in a wider pane, unless ``w`` turns that off.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from textual import events
from textual.binding import Binding, BindingType

from .base import ReaderBase

Pane = Literal["list", "side"]

ARTICLE_MIN = 36  # columns the article keeps at least
PANE_MIN: dict[Pane, int] = {"list": 24, "side": 26}
PANE_SHARE: dict[Pane, float] = {"list": 0.22, "side": 0.28}
PANE_MAX: dict[Pane, int] = {"list": 40, "side": 48}

READING_WIDTH = 88  # columns

PANE_KEYS: list[BindingType] = [
    Binding(
        "l", "toggle_list", "Articles", show=False, id="reader.toggle_list", tooltip="show or hide the article list"
    ),
    Binding(
        "w",
        "toggle_reading_width",
        "Reading width",
        show=False,
        id="reader.reading_width",
        tooltip=f"lines of at most {READING_WIDTH} columns, centred, or as wide as the pane",
    ),
]


def pane_width(pane: Pane, width: int) -> int:
    """The columns ``pane`` takes on a screen ``width`` wide (its CSS: a share, a minimum and a maximum)."""
    return min(PANE_MAX[pane], max(PANE_MIN[pane], int(width * PANE_SHARE[pane])))


@dataclass(frozen=True, slots=True)
class PaneWishes:
    """Which panes the reader wants, and which one they asked for last."""

    list: bool = True
    side: bool = True
    last: Pane = "list"

    def toggled(self, pane: Pane, shown: bool) -> PaneWishes:
        """The wishes after the reader's key for ``pane`` (``shown``: whether it is on screen now)."""
        return replace(self, **{pane: not shown}, last=pane)

    def fit(self, width: int) -> dict[Pane, bool]:
        """Which panes show on a screen ``width`` wide."""
        order: list[Pane] = [self.last, "side" if self.last == "list" else "list"]
        room = width - ARTICLE_MIN
        shown: dict[Pane, bool] = {"list": False, "side": False}
        for pane in order:
            if getattr(self, pane) and pane_width(pane, width) <= room:
                shown[pane] = True
                room -= pane_width(pane, width)
        return shown


class PaneActions(ReaderBase):
    """Show or hide the article list and the actors panel; fit them to the screen's width."""

    def __init__(self) -> None:
        super().__init__()
        self.panes = PaneWishes()

    def _fit_panes(self) -> None:
        """Show the panes that are wanted and fit."""
        shown = self.panes.fit(self.size.width)
        self.query_one("#articles").display = shown["list"]
        self.query_one("#side").display = shown["side"]

    def on_resize(self, event: events.Resize) -> None:
        self._fit_panes()

    def _toggle(self, pane: Pane, name: str) -> None:
        widget = self.query_one("#articles" if pane == "list" else "#side")
        self.panes = self.panes.toggled(pane, bool(widget.display))
        self._fit_panes()
        if getattr(self.panes, pane) and not widget.display:
            needed = ARTICLE_MIN + pane_width(pane, self.size.width)
            self.notify(f"The {name} needs a terminal {needed} columns wide", severity="warning")

    def action_toggle_actors(self) -> None:
        """Show or hide the actors and quotes panel."""
        self._toggle("side", "actors panel")

    def action_toggle_list(self) -> None:
        """Show or hide the article list."""
        self._toggle("list", "article list")

    def apply_reading_width(self) -> None:
        """Lay the article out at the reading width the reader chose (on by default)."""
        on = self.host.state.setting("reading_width", True)
        self.view.set_reading_width(READING_WIDTH if on else None)

    def action_toggle_reading_width(self) -> None:
        """Turn the reading width on or off (remembered)."""
        self.host.state.save_setting("reading_width", not self.host.state.setting("reading_width", True))
        self.apply_reading_width()
