"""Stories in the reader: the grouped list, comparing within a story, the fact table, the versions of a quote."""

from __future__ import annotations

import shutil
from pathlib import Path

from app_helpers import ready

from tui.app import BriefingApp
from tui.screens.compare import CompareScreen
from tui.screens.facts import CHECK, DIFFERS, FactTableScreen
from tui.screens.provenance import ProvenanceScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.actor_panel import ActorPanel
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView
from tui.widgets.fact_grid import FactGrid
from tui.widgets.pairs import pair_labels

TESTS = Path(__file__).parent
PAIRS = TESTS / "discrepancies"
SIZE = (150, 40)

LONE = """A lighthouse keeper retires after forty years

The keeper of the Skerry Point lighthouse, Agnes Moore, retired on Saturday after forty years on the rock,
the coastguard said. Moore said she would miss the storms more than anything else.
"""


def mixed_folder(tmp_path: Path) -> Path:
    """Two stories of two articles each, and one article alone."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name in ("01_plant_ledger", "03_quake_wire", "02_plant_courier", "04_quake_daily"):
        shutil.copy(PAIRS / f"{name}.txt", folder / f"{name}.txt")
    (folder / "05_lighthouse_gazette.txt").write_text(LONE, encoding="utf-8")
    return folder


def reader(app: BriefingApp) -> ReaderScreen:
    assert isinstance(app.screen, ReaderScreen)
    return app.screen


def stem(app: BriefingApp, view: ArticleView) -> str:
    assert view.document is not None
    return Path(view.document.path).stem


async def test_the_article_list_is_grouped_by_story_and_brackets_walk_it_in_that_order(tmp_path):
    app = BriefingApp([str(mixed_folder(tmp_path))])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = reader(app)
        listing = screen.query_one(ArticleList)
        headings = [o for o in listing.options if o.disabled]
        assert len(headings) == 3  # two stories and the article alone
        stems = [Path(d.path).stem for d in (app.screen.briefing.documents[i] for i in screen.order)]
        assert stems[:2] == ["01_plant_ledger", "02_plant_courier"]  # a story's articles together
        await pilot.press("1")
        seen = []
        for _ in range(5):
            seen.append(stem(app, screen.view))
            await pilot.press("]")
            await pilot.pause()
        assert seen == stems


async def test_c_opens_the_counterpart_of_the_same_story_and_an_article_alone_says_so(tmp_path):
    app = BriefingApp([str(mixed_folder(tmp_path))])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = reader(app)
        quake = next(i for i, d in enumerate(screen.briefing.documents) if "03_quake" in d.path)
        screen.document_index = quake
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        right = compare.query_one("#right", ArticleView)
        assert stem(app, right) == "04_quake_daily" and compare.pairs
        await pilot.press("escape")
        lone = next(i for i, d in enumerate(screen.briefing.documents) if "lighthouse" in d.path)
        screen.document_index = lone
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert app.screen is screen
        assert any("alone" in str(n.message) for n in app._notifications)


async def test_brackets_in_the_split_view_cycle_the_story_best_first():
    app = BriefingApp([str(TESTS / "devset")])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("1", "c")
        await pilot.pause()
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        partners = [doc for doc, _ in compare.partners]
        assert len(partners) == 2  # the story has three articles
        counts = [n for _, n in compare.partners]
        assert counts == sorted(counts, reverse=True)
        shown = []
        for _ in range(3):
            shown.append(compare.query_one("#right", ArticleView).document.id)
            await pilot.press("]")
            await pilot.pause()
        assert shown == [partners[0], partners[1], partners[0]]
        assert "other 2 of 2 in the story" in str(compare.query_one("#summary").render())


async def test_the_current_pair_is_marked_in_both_panes_and_its_differences_are_named():
    app = BriefingApp([str(PAIRS / "01_plant_ledger.txt"), str(PAIRS / "02_plant_courier.txt")])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("c")
        await pilot.pause()
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        left, right = compare.query_one("#left", ArticleView), compare.query_one("#right", ArticleView)
        assert any("\u2260" in m.key for m in left.gutter_marks)
        differing = next(
            n for n, al in enumerate(compare.pairs) if "2,300" in left.document.text[al.a.start : al.a.end]
        )
        for _ in range(differing + 1):
            await pilot.press("}")
        await pilot.pause()
        al = compare.pairs[compare.pair_index]
        for view, passage in ((left, al.a), (right, al.b)):
            assert any(m.component == "article-view--current" and m.start == passage.start for m in view.marks)
        line = str(compare.query_one("#differences").render())
        assert "2,300 jobs" in line and "900 jobs" in line


def test_a_passage_in_several_pairs_shows_its_first_pair_and_a_count():
    labels = pair_labels([(0, 10), (0, 10), (20, 30), (0, 10)], [(22, 25)])
    assert labels == {(0, 10): "1+2", (20, 30): "3\u2260"}


async def test_f_opens_the_fact_table_and_enter_opens_the_article_at_the_passage():
    app = BriefingApp([str(PAIRS / "01_plant_ledger.txt"), str(PAIRS / "02_plant_courier.txt")])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = reader(app)
        await pilot.press("f")
        await pilot.pause()
        table_screen = app.screen
        assert isinstance(table_screen, FactTableScreen)
        grid = table_screen.query_one(FactGrid)
        shared = len(table_screen.rows)
        assert shared >= 5 and len(grid.rows) == shared
        marks = {mark for row in grid.rows for mark in row.marks}
        assert {CHECK, DIFFERS} <= marks
        lines = [grid.render_line(y).text for y in range(shared + 1)]
        assert CHECK in lines[1] and DIFFERS in "".join(lines)  # drawn, not only held
        await pilot.press("j", "j", "l", "l")
        await pilot.pause()
        row = table_screen.rows[2]
        passage = row.passages[screen.briefing.documents[1].id]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and screen.document_index == 1
        top, bottom = screen.view.visible_offsets()
        assert top <= passage.start < bottom
        assert screen.selection.search.kind == "facts" and len(screen.selection.search.results) == shared
        await pilot.press("n")
        await pilot.pause()
        assert screen.selection.search.position == 3


async def test_o_in_the_fact_table_lists_what_one_source_alone_reports():
    app = BriefingApp([str(TESTS / "devset")])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("1", "f")
        await pilot.pause()
        table_screen = app.screen
        assert isinstance(table_screen, FactTableScreen)
        shared = len(table_screen.rows)
        counts = [len(r.passages) for r in table_screen.rows]
        assert counts == sorted(counts, reverse=True) and counts[0] == 3  # most sources first
        await pilot.press("o")
        await pilot.pause()
        assert len(table_screen.rows) > shared and table_screen.rows[-1].label == "only here"
        assert all(len(r.passages) == 1 for r in table_screen.rows[shared:])
        await pilot.press("o", "s")
        await pilot.pause()
        first = table_screen.sources[0]
        starts = [r.passages[first].start for r in table_screen.rows if first in r.passages]
        assert starts == sorted(starts) and counts != [len(r.passages) for r in table_screen.rows]


async def test_an_article_alone_has_no_fact_table(tmp_path):
    app = BriefingApp([str(mixed_folder(tmp_path) / "05_lighthouse_gazette.txt"), str(PAIRS / "09_fire_times.txt")])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_v_shows_every_version_of_a_quote_with_its_speaker():
    app = BriefingApp([str(PAIRS / "11_budget_observer.txt"), str(PAIRS / "12_budget_review.txt")])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("}", "v")
        await pilot.pause()
        versions = app.screen
        assert isinstance(versions, ProvenanceScreen)
        assert len(versions.versions) == 2
        texts = [str(s.render()) for s in versions.query(".version")]
        assert "Ana Ruiz" in texts[0] and "Tomas Vidal" in texts[1] and "another speaker" in texts[1]


async def test_the_actors_panel_shows_this_article_then_its_story_then_all(tmp_path):
    app = BriefingApp([str(mixed_folder(tmp_path))])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = reader(app)
        panel = screen.query_one(ActorPanel)

        def names() -> set[str]:
            return {o.id for o in panel.options if o.id}

        here = names()
        await pilot.press("A")
        story = names()
        await pilot.press("A")
        every = names()
        assert here < every and here <= story <= every and story != every
        await pilot.press("A")
        assert names() == here


async def test_on_a_narrow_terminal_the_fact_table_names_its_sources_by_number():
    app = BriefingApp([str(TESTS / "devset")])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("1", "f")
        await pilot.pause()
        grid = app.screen.query_one(FactGrid)
        header = grid.render_line(0).text
        assert header.split()[-3:] == ["1", "2", "3"]
        assert "facts shared by 3 sources" in str(app.screen.query_one("#title").render())


async def test_a_new_theme_gives_the_fact_table_its_background():
    """The fact table's base style is worked out once per style change, not once a line."""
    app = BriefingApp([str(PAIRS / "01_plant_ledger.txt"), str(PAIRS / "02_plant_courier.txt")], theme="briefing-dark")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await pilot.pause()
        grid = app.screen.query_one(FactGrid)

        def blank_background() -> str:
            line = grid.render_line(grid.size.height - 1)  # (below the last fact: the base style alone)
            return str(next(iter(line)).style.bgcolor)

        dark = blank_background()
        app.theme = "briefing-light"
        await pilot.pause()
        assert blank_background() != dark
