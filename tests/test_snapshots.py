"""What the screen shows, as SVG snapshots (pytest-textual-snapshot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_helpers import ready

from tui.app import BriefingApp

SIZE = (140, 40)


@pytest.mark.parametrize("theme", ["briefing-dark", "briefing-light"])
def test_main_screen(snap_compare, theme):
    assert snap_compare(BriefingApp(theme=theme), terminal_size=SIZE, run_before=ready)


def test_main_screen_with_a_quote_and_an_actor_selected(snap_compare):
    async def select(pilot):
        await ready(pilot)
        await pilot.press("}", "}")
        pilot.app.reader.select_actor(pilot.app.reader.briefing.actors[0].id)
        await pilot.pause()

    assert snap_compare(BriefingApp(theme="briefing-high-contrast"), terminal_size=SIZE, run_before=select)


def test_help_screen(snap_compare):
    async def open_help(pilot):
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(BriefingApp(), terminal_size=SIZE, run_before=open_help)


PAIRS = Path(__file__).parent / "discrepancies"
PLANT = [str(PAIRS / "01_plant_ledger.txt"), str(PAIRS / "02_plant_courier.txt")]


def test_fact_table(snap_compare):
    async def open_facts(pilot):
        await ready(pilot)
        await pilot.press("f", "j", "l")
        await pilot.pause()

    assert snap_compare(BriefingApp(PLANT), terminal_size=SIZE, run_before=open_facts)


def test_quote_versions(snap_compare):
    budget = [str(PAIRS / "11_budget_observer.txt"), str(PAIRS / "12_budget_review.txt")]

    async def open_versions(pilot):
        await ready(pilot)
        await pilot.press("}", "v")
        await pilot.pause()

    assert snap_compare(BriefingApp(budget), terminal_size=SIZE, run_before=open_versions)


def test_split_view_current_pair_that_differs(snap_compare):
    async def open_pair(pilot):
        await ready(pilot)
        await pilot.press("c", "}", "}")
        await pilot.pause()

    assert snap_compare(BriefingApp(PLANT), terminal_size=SIZE, run_before=open_pair)
