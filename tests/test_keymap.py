"""The user's keymap: keys by binding id from keymap.toml, bad entries reported in one line and ignored."""

from __future__ import annotations

import pytest
from app_helpers import ready

from tui.app import BriefingApp
from tui.keymap import is_key, parse_keymap
from tui.widgets.key_bar import KeyBar


@pytest.mark.parametrize("key", ["x", "?", "ctrl+x", "f5", "question_mark", "shift+tab", "pagedown", "ctrl+shift+up"])
def test_keys(key):
    assert is_key(key)


@pytest.mark.parametrize("key", ["", "ctrl+", "hyperdrive", "cmd+x", " ", "x y", "banana_split"])
def test_not_keys(key):
    assert not is_key(key)


def test_entries_dotted_or_in_tables_strings_or_lists():
    text = 'reader.compare = "x"\n[article]\ndown = ["j", "ctrl+n"]\n'
    assert parse_keymap(text, {"reader.compare", "article.down"}) == (
        {"reader.compare": "x", "article.down": "j,ctrl+n"},
        [],
    )


KEYMAP = """
reader.next_article = "ctrl+n"
reader.compare = "x"
reader.nope = "z"
app.quit = 5
reader.search = "ctrl+"
"""


async def test_the_users_keys_apply_and_bad_entries_are_reported_once(isolated_state):
    config = isolated_state / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "keymap.toml").write_text(KEYMAP, encoding="utf-8")
    app = BriefingApp()
    async with app.run_test(size=(160, 36)) as pilot:
        await ready(pilot)
        problems = [n.message for n in app._notifications if "keymap.toml" in n.message]
        assert len(problems) == 1 and "\n" not in problems[0]
        for part in ("ignored 3 entries", "reader.nope (no such binding)", "app.quit", "reader.search"):
            assert part in problems[0]
        await pilot.press("ctrl+n")
        assert app.reader.document.id == "d2"
        await pilot.press("]")  # replaced by the user's key
        assert app.reader.document.id == "d2"
        bar = app.reader.query_one(KeyBar).render().plain
        assert " x Compare " in bar and "^n Next article" in bar
        await pilot.press("question_mark")
        await pilot.pause()
        rows = {f"{keys} {description}" for _, keys, description in app.screen.rows}
        assert "ctrl+n next article" in rows and any(r.startswith("x split view") for r in rows)
        await pilot.press("escape")
        await pilot.press("q")  # app.quit keeps its key: its entry was bad
    assert not app.is_running


def test_the_keys_of_the_fact_table_and_the_versions_of_a_quote_can_be_remapped():
    from tui.app import BriefingApp
    from tui.keymap_files import every_binding_id

    ids = every_binding_id(BriefingApp.BINDINGS)
    assert {"facts.only_here", "facts.order", "facts.open", "facts.down", "provenance.back", "reader.facts"} <= ids
