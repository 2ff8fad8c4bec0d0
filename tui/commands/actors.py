"""Palette commands for actors: select any actor by name (its mentions marked, the first one shown)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from ..screens.reader import ReaderScreen
from .base import Command, ListedCommands


class SelectActor(ListedCommands):
    """'Select actor: name (kind, N here)' for every actor of every article."""

    def commands(self, query: str = "") -> Iterable[Command]:
        """One command per actor, those named in the article shown first."""
        screen = self.screen
        if not isinstance(screen, ReaderScreen) or screen.briefing is None:
            return
        here = screen.document.id if screen.document is not None else None
        counted = [(sum(1 for m in a.mentions if m.doc == here), a) for a in screen.briefing.actors]
        for count, actor in sorted(counted, key=lambda item: (-item[0], item[1].name)):
            yield Command(
                f"Select actor: {actor.name} ({actor.kind}, {count} here)",
                partial(screen.select_actor, actor.id),
                "Mark every mention of this actor and go to the first one here",
            )
