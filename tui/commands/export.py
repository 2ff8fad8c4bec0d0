"""Palette commands that write the report: of this story or of every article, as Markdown or HTML."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from ..export.stories import WHOLE_SET, story_of
from ..screens.reader import ReaderScreen
from .base import Command, ListedCommands

FORMAT_NAMES = (("md", "Markdown"), ("html", "HTML"))


class ExportCommands(ListedCommands):
    """Write the briefing report to a new file in the documents folder."""

    def commands(self, query: str = "") -> Iterable[Command]:
        """The export commands (a story's report only when the articles are grouped into stories)."""
        screen = self.screen
        if not isinstance(screen, ReaderScreen) or screen.briefing is None or screen.document is None:
            return
        stories = story_of(screen.briefing, screen.document.id).id != WHOLE_SET
        for fmt, name in FORMAT_NAMES:
            if stories:
                yield Command(
                    f"Export report of this story as {name}",
                    partial(screen.action_export_report, fmt),
                    "Sources, actors, quotes, shared and single-source passages of this story, to a new file",
                )
            yield Command(
                f"Export report of all articles as {name}",
                partial(screen.action_export_report, fmt, every_article=True),
                "Sources, actors, quotes, shared and single-source passages, to a new file in your documents",
            )
