"""Palette commands for stories: the fact table of this article's story, the versions of a quote, whose actors."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from ..screens.reader import ReaderScreen
from ..widgets.actor_panel import ACTOR_SCOPES, SCOPE_NAMES
from .base import Command, ListedCommands


class StoryCommands(ListedCommands):
    """The fact table, the versions of the current quote, and the scope of the actors panel."""

    def commands(self, query: str = "") -> Iterable[Command]:
        """The story commands of the reader."""
        screen = self.screen
        if not isinstance(screen, ReaderScreen):
            return
        yield Command(
            "Fact table of this story", screen.action_facts, "What each source reports, and where the sources differ"
        )
        yield Command(
            "Versions of this quote", screen.action_versions, "Every version of the current quote, side by side"
        )
        for scope in ACTOR_SCOPES:
            yield Command(
                f"Actors of {SCOPE_NAMES[scope]}",
                partial(screen.show_actor_scope, scope),
                "Whose actors the actors panel lists",
            )
