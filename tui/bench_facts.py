"""The fact table's opening time for ``briefing bench``: a 10-article story, from the key to the filled table."""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .core.model import Briefing

RUNS = 5
ARTICLES = 10


def _story_briefing() -> Briefing:
    """The analysis of ten synthetic articles that form one story (those of the corpus's largest story)."""
    from .core.analyze import analyze
    from .core.load import load_paths
    from .corpus import write_corpus

    with tempfile.TemporaryDirectory(prefix="briefing-bench-facts-") as folder:
        paths = write_corpus(Path(folder), 4 * ARTICLES)
        documents = load_paths(paths).documents
        first = analyze(documents)
        largest = max(first.stories, key=lambda s: len(s.documents))
        chosen = [d for d in documents if d.id in largest.documents][:ARTICLES]
        return analyze(load_paths([Path(d.path) for d in chosen]).documents)


async def _open_times(briefing: Briefing) -> list[float]:
    from textual.app import App

    from .screens.facts import FactTableScreen
    from .themes import HIGHLIGHT_DEFAULTS

    class Host(App[None]):
        """An app with briefing's theme variables and nothing else to do."""

        def get_theme_variable_defaults(self) -> dict[str, str]:
            return dict(HIGHLIGHT_DEFAULTS)

    story = max(briefing.stories, key=lambda s: len(s.documents))
    times: list[float] = []
    app = Host()
    async with app.run_test(size=(140, 40)) as pilot:
        for _ in range(RUNS):
            start = time.perf_counter()
            await pilot.app.push_screen(FactTableScreen(briefing, story))
            await pilot.pause()
            times.append((time.perf_counter() - start) * 1000)
            pilot.app.pop_screen()
            await pilot.pause()
    return times


def fact_table_figures() -> dict[str, float]:
    """The median time to open the fact table of a 10-article story, and the story's size and facts."""
    briefing = _story_briefing()
    times = asyncio.run(_open_times(briefing))
    story = max(briefing.stories, key=lambda s: len(s.documents))
    return {
        "fact_table_open_ms_10_articles": round(statistics.median(times), 1),
        "fact_table_story_articles": float(len(story.documents)),
        "fact_table_facts": float(sum(1 for f in briefing.facts if f.story == story.id)),
    }
