"""The command palette: go to, select, compare, search, copy, view; titles are never markup."""

from __future__ import annotations

from pathlib import Path

from app_helpers import ready
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from tui.app import BriefingApp
from tui.screens.compare import CompareScreen
from tui.screens.search import SearchScreen


async def palette_entries(pilot: Pilot, query: str) -> list[str]:
    """The palette's entries for ``query`` (the palette stays open)."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    for character in query:
        await pilot.press(character if character != " " else "space")
    await pilot.pause(0.6)
    command_list = pilot.app.screen.query_one(CommandList)
    return [str(command_list.get_option_at_index(i).prompt).split("\n")[0] for i in range(command_list.option_count)]


async def run_command(pilot: Pilot, query: str) -> None:
    """Type ``query`` in the palette and run the best match."""
    await palette_entries(pilot, query)
    await pilot.press("enter")
    await pilot.pause()


def _articles(folder: Path, count: int, title: str = "Article") -> None:
    for n in range(1, count + 1):
        (folder / f"a{n:02}.txt").write_text(
            f"{title} number {n} on the strike\n\nDockers went back to work, said Maria Costa.\n", encoding="utf-8"
        )


async def test_keys_is_listed_once():
    app = BriefingApp()
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        entries = await palette_entries(pilot, "keys")
        assert sum(1 for e in entries if e.startswith("Keys")) == 1


async def test_colon_goes_to_any_article_by_number(tmp_path):
    _articles(tmp_path, 12)
    app = BriefingApp([str(tmp_path)])
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("colon")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("1", "1")
        await pilot.pause(0.6)
        await pilot.press("enter")
        await pilot.pause()
        assert app.reader.document.title == "Article number 11 on the strike"


async def test_go_to_select_actor_compare_and_search_from_the_palette():
    app = BriefingApp()
    async with app.run_test(size=(140, 36)) as pilot:
        await ready(pilot)
        await run_command(pilot, "go to article cuban official")
        assert app.reader.document.id == "d2"
        await run_command(pilot, "select actor maduro")
        assert app.reader.selected_actor == "a9"
        await run_command(pilot, "search quotes")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("escape")
        await run_command(pilot, "compare with cuban regime")
        assert isinstance(app.screen, CompareScreen)
        assert (app.screen.left, app.screen.right) == (1, 0)


async def test_copy_commands_put_plain_text_on_the_clipboard():
    app = BriefingApp()
    async with app.run_test(size=(140, 36)) as pilot:
        await ready(pilot)
        await run_command(pilot, "copy article reference")
        assert app.clipboard.startswith(
            "Cuban Regime Confirms High-Level Contacts with the United States. CubaHeadlines"
        )
        await pilot.press("}")
        await run_command(pilot, "copy quote")
        assert app.clipboard == (
            "\u201cmeaningful\u201d \u2014 Carlos Fern\u00e1ndez de Coss\u00edo, CubaHeadlines, 5 February 2026"
            " (Cuban Regime Confirms High-Level Contacts with the United States)"
        )


async def test_titles_with_markup_are_shown_as_text(tmp_path):
    _articles(tmp_path, 2, title="[/]Bad [@click=app.quit]x[/]")
    app = BriefingApp([str(tmp_path)])
    async with app.run_test(size=(140, 36)) as pilot:
        await ready(pilot)
        entries = await palette_entries(pilot, "go to article")
        assert any("[@click=app.quit]x[/]" in e for e in entries)
        await pilot.press("escape")
        assert app.is_running


async def test_the_users_own_themes_are_offered(isolated_state):
    themes = isolated_state / "config" / "themes"
    themes.mkdir(parents=True)
    (themes / "mine.toml").write_text("name = 'sepia'\nprimary = '#884400'\n", encoding="utf-8")
    app = BriefingApp()
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        assert "Theme: sepia" in await palette_entries(pilot, "theme sepia")


async def test_find_and_text_search_from_the_palette():
    from tui.screens.text_search import TextSearchScreen
    from tui.widgets.find_bar import FindBar

    app = BriefingApp()
    async with app.run_test(size=(140, 36)) as pilot:
        await ready(pilot)
        await run_command(pilot, "find in article")
        assert app.focused is app.reader.query_one(FindBar)
        await pilot.press("escape")
        await run_command(pilot, "search all articles")
        assert isinstance(app.screen, TextSearchScreen)


async def test_the_fact_table_and_the_versions_of_a_quote_are_palette_commands():
    from tui.screens.facts import FactTableScreen
    from tui.screens.provenance import ProvenanceScreen

    app = BriefingApp()
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await run_command(pilot, "fact table")
        assert isinstance(app.screen, FactTableScreen)
        await pilot.press("escape")
        await pilot.pause()
        await run_command(pilot, "versions of")
        assert isinstance(app.screen, ProvenanceScreen)
