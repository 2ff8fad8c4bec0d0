"""Palette commands for the view: the keys, the colour themes, the panes."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import Protocol, cast

from ..screens.reader import ReaderScreen
from ..widgets.article_list import SORT_NAMES, SORT_ORDERS
from .base import Command, ListedCommands


class ViewHost(Protocol):
    """What these commands need of the app: its themes (bundled and the user's) and its help."""

    theme_names: list[str]
    theme: str

    def action_help(self) -> None:
        """Show the help screen."""
        ...


class ViewCommands(ListedCommands):
    """Keys, themes (the bundled ones and the user's), and the reader's panes."""

    def commands(self, query: str = "") -> Iterable[Command]:
        """The view commands for the screen the palette was opened on."""
        app = cast(ViewHost, self.app)
        yield Command("Keys: every key and what it does", app.action_help, "Show the help screen")
        for name in app.theme_names:
            yield Command(f"Theme: {name}", partial(setattr, app, "theme", name), "Switch to this colour theme")
        screen = self.screen
        if isinstance(screen, ReaderScreen):
            yield Command("Toggle actors panel", screen.action_toggle_actors, "Show or hide actors and quotes")
            yield Command("Toggle article list", screen.action_toggle_list, "Show or hide the list of articles")
            yield Command(
                "Toggle reading width", screen.action_toggle_reading_width, "Short centred lines, or the pane's width"
            )
            for order in SORT_ORDERS:
                yield Command(f"Sort articles {SORT_NAMES[order]}", partial(screen.sort_by, order), "Order the list")
