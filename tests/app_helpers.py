"""Helpers for driving the app in tests."""

from __future__ import annotations

from textual.pilot import Pilot


async def ready(pilot: Pilot) -> None:
    """Wait until the articles are loaded and analysed and the screen has settled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
