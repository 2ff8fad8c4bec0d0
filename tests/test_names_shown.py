"""File names, theme names and settings reach the terminal only through one cleaner, and never as markup.

A property test makes files with hostile names (terminal controls and escape
sequences, Textual markup, bidirectional overrides, line breaks, bytes that
are not UTF-8) and looks at every place a name is printed or shown: the
command line's text, JSON and error lines, and the reader's notifications,
article list, header, split view and search.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time

import pytest
from app_helpers import ready
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tui import cli
from tui.app import BriefingApp
from tui.core.printable import printable

# What must never reach a terminal: C0 controls but the line break, DEL and C1 controls, line and paragraph
# separators, bidirectional marks and overrides, and surrogates (which cannot even be encoded).
UNSAFE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)

ARTICLES = (
    '"We are back at work," said Ana Ruiz of the dockers union on Wednesday. The port reopened after two weeks.\n',
    'The port of Santos reopened on Wednesday. "We are back at work," said Ana Ruiz, a docker for twenty years.\n',
)
HOSTILE = [
    "\x1b]2;PWNED-TITLE\x07",
    "\x1b]52;c;UFdORUQ=\x07",
    "\x1b[2J\x1b[H",
    "\x1b[31m",
    "\x07",
    "\r",
    "\n",
    "\nbriefing: forged.txt: empty file\n",
    "\t",
    "\x85",
    "\x9b2J",
    "\u202e",
    "\u2066",
    "\u200f",
    "\u2028",
    "[/]",
    "[b]",
    "[@click=app.quit]",
    "[@click=app.screenshot('x.svg','..')]CLICK[,]",
    "$primary",
    "\udcff",
    "\udc80\udcfe",
]
_PLAIN = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=3
)
NAMES = (
    st.lists(st.sampled_from(HOSTILE) | _PLAIN, min_size=1, max_size=5)
    .map(lambda parts: "n" + "".join(parts))  # (a name starting with a dot would be a hidden file, skipped)
    .filter(lambda name: all(len(os.fsencode(part)) < 120 for part in name.split("/")) and not name.endswith("/"))
)


def make_folder(root, name: str):
    """Two articles, an empty file and a file with stray bytes, all named after ``name``; their paths."""
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    paths = {}
    for kind, data in (
        ("a", ARTICLES[0].encode()),
        ("b", ARTICLES[1].encode()),
        ("empty", b""),
        ("stray", ARTICLES[0].replace("work", "caf\u00e9 caf\u00e9").encode() + b"Then \xe9 bad.\n"),
    ):
        # a slash in the name makes folders: a path can hold "[/]" even though a file name cannot
        parts = [p if p not in ("", ".", "..") else "e" for p in f"{kind}-{name}.txt".split("/")]
        parts = [("n" + p if p.startswith(".") else p) for p in parts]
        path = os.path.join(os.fsencode(root), *map(os.fsencode, parts))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(data)
        paths[kind] = os.fsdecode(path)
    return paths


def run_main(*args: str) -> tuple[int, str, str]:
    out, err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    out.flush()
    return code, out.buffer.getvalue().decode("utf-8"), err.getvalue()


def assert_safe(text: str) -> None:
    found = UNSAFE.search(text)
    assert found is None, f"{found.group()!r} reached the output"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NAMES)
@example(name="n" + "".join(HOSTILE))
def test_names_on_the_command_line_are_one_safe_line(tmp_path, name):
    paths = make_folder(tmp_path / "articles", name)
    folder = str(tmp_path / "articles")
    code, out, err = run_main("analyze", "--no-cache", folder)
    assert code == 1
    for text in (out, err):
        assert_safe(text)
    assert err.splitlines() == [
        f"briefing: {printable(paths['empty'])}: empty file",
        f"briefing: {printable(paths['stray'])}: warning: not all valid UTF-8: 1 invalid byte sequence shown as \ufffd",
    ]
    assert "      " + printable(paths["a"]) in out.splitlines()
    code, out, _err = run_main("analyze", "--json", "--no-cache", folder)
    assert_safe(out)
    docs = json.loads(out)["documents"]
    assert [d["path"] for d in docs] == [printable(paths["a"]), printable(paths["b"]), printable(paths["stray"])]
    code, out, _err = run_main("quotes", "--no-cache", folder)
    assert_safe(out)
    assert f"  d1  {printable(paths['a'])}  (1 quote)" in out.splitlines()
    code, out, _err = run_main("align", paths["a"], paths["b"], "--width", "400")
    assert code == 0
    assert_safe(out)
    assert out.startswith(printable(paths["a"])[:198])  # (the column's width)


def screen_text(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NAMES)
@example(name="n" + "".join(HOSTILE))
@example(name="n[@click=app.quit]QUIT")
async def test_names_in_the_reader_are_shown_as_text(tmp_path, name):
    paths = make_folder(tmp_path / "articles", name)
    app = BriefingApp([str(tmp_path / "articles")])
    async with app.run_test(size=(200, 50), notifications=True) as pilot:
        await ready(pilot)
        notes = list(app._notifications)
        assert notes and all(not n.markup for n in notes)
        assert any(printable(paths["empty"]) in n.message for n in notes)
        assert_safe(screen_text(app))
        assert printable(paths["a"])[:40] in screen_text(app).replace("\n", "")  # the list and the header
        await pilot.click("Toast")  # a click on a notification runs nothing
        await pilot.press("c")  # the split view: both headers
        await pilot.pause()
        assert app.screen.__class__.__name__ == "CompareScreen"
        assert_safe(screen_text(app))
        await pilot.press("escape", "slash")  # the search: each result names its article
        await pilot.pause()
        assert app.screen.__class__.__name__ == "SearchScreen"
        assert_safe(screen_text(app))
        assert app.is_running
        await pilot.press("escape", "q")


async def test_a_theme_name_or_colour_given_is_never_markup(isolated_state):
    themes = isolated_state / "config" / "themes"
    themes.mkdir(parents=True)
    (themes / "bad-colour.toml").write_text('name = "mine"\nprimary = "#123456"\n[variables]\nperson = "[/]"\n')
    (themes / "bad-name.toml").write_text('name = "[@click=app.quit]x\\u001b]2;T\\u0007"\nprimary = "#123456"\n')
    (themes / "bad-text-style.toml").write_text(
        'name = "mine2"\nprimary = "#123456"\n[variables]\nx-text-style = "12px"\n'
    )
    app = BriefingApp(theme="[/]\x1b]2;TITLE\x07[@click=app.quit]")
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await ready(pilot)
        messages = [n.message for n in app._notifications]
        assert all(not n.markup for n in app._notifications)
        assert f"{themes / 'bad-colour.toml'}: has a variable person that is not a colour; skipped" in messages
        assert any("bad-name.toml: has a 'name' that is not plain" in m for m in messages)
        assert any("has a variable x-text-style that is not a text style" in m for m in messages)
        assert "No theme named \u201c[/]\\x1b]2;TITLE\\x07[@click=app.quit]\u201d; using briefing-dark" in messages
        assert app.theme == "briefing-dark" and "mine" not in app.available_themes
        assert_safe(screen_text(app))
        await pilot.press("q")


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
def test_hostile_names_leave_the_terminal_alone_in_tmux(tmp_path):
    """In a real terminal: the pane title, the clipboard and the screen survive names made of escape sequences,
    in the command line's error lines and in the reader."""
    folder = tmp_path / "articles"
    name = "\x1b]2;PWNED-TITLE\x07\x1b]52;c;UFdORUQtQ0xJUA==\x07\x1b[2J[@click=app.quit]"
    make_folder(folder, name)
    socket = f"briefing-names-{os.getpid()}"
    env = dict(os.environ, BRIEFING_CONFIG_DIR=str(tmp_path / "c"), BRIEFING_DATA_DIR=str(tmp_path / "d"))
    env["BRIEFING_CACHE_DIR"] = ""
    tmux = ["tmux", "-L", socket]
    subprocess.run(
        [*tmux, "-f", "/dev/null", "new-session", "-d", "-x", "160", "-y", "40", "-s", "t"], env=env, check=True
    )
    try:
        subprocess.run([*tmux, "set-option", "-g", "set-clipboard", "on"], check=False)
        subprocess.run([*tmux, "set-option", "-g", "allow-rename", "on"], check=False)
        subprocess.run([*tmux, "set-option", "-g", "allow-passthrough", "on"], check=False)
        title_before = _tmux(tmux, "display-message", "-p", "-t", "t", "#{pane_title}")
        before = f"echo BEFORE; {sys.executable} -m tui analyze {folder}; echo CLI-DONE"
        subprocess.run([*tmux, "send-keys", "-t", "t", before, "Enter"], check=True)
        screen = _wait_for(tmux, "\nCLI-DONE")
        assert "BEFORE" in screen  # not cleared
        assert screen.count("briefing: ") == 3  # the summary, the empty file, the stray byte: no forged line
        assert "empty-\\x1b]2;PWNED-TITLE\\x07" in screen  # the name, shown escaped
        subprocess.run([*tmux, "send-keys", "-t", "t", f"{sys.executable} -m tui {folder}", "Enter"], check=True)
        screen = _wait_for(tmux, "Not loaded")
        assert "PWNED-TITLE" in screen and "articles/a-" in screen  # the list, the header and the notification
        assert _tmux(tmux, "display-message", "-p", "-t", "t", "#{pane_title}") == title_before
        assert _tmux(tmux, "list-buffers").strip() == ""
        subprocess.run([*tmux, "send-keys", "-t", "t", "q"], check=False)
    finally:
        subprocess.run([*tmux, "kill-server"], check=False, capture_output=True)


def _tmux(tmux: list[str], *args: str) -> str:
    return subprocess.run([*tmux, *args], capture_output=True, text=True).stdout


def _wait_for(tmux: list[str], text: str, seconds: float = 30) -> str:
    deadline = time.time() + seconds
    screen = ""
    while time.time() < deadline and text not in screen:
        time.sleep(0.3)
        screen = _tmux(tmux, "capture-pane", "-p", "-t", "t")
    return screen
