"""The reader with broken state, broken themes, many bad files, and signals to end it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from app_helpers import ready

from tui.app import BriefingApp
from tui.opening import group_problems
from tui.state import State

GOOD = "Port strike ends\n\nDockers went back to work on Wednesday after the union accepted the offer.\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_theme_or_state_file_that_is_a_pipe_does_not_block(isolated_state):
    from tui.state import State
    from tui.themes import load_themes

    themes = isolated_state / "config" / "themes"
    themes.mkdir(parents=True)
    os.mkfifo(themes / "pipe.toml")
    os.mkfifo(isolated_state / "config" / "preferences.json")
    _themes, problems = load_themes(themes)
    assert [p.reason for p in problems] == [
        "cannot be read (not a regular file (a named pipe); save it to a file first)"
    ]
    state = State.load()
    assert state.preferences == {} and any("not a regular file" in w for w in state.warnings)


def test_a_deeply_nested_state_file_is_set_aside(isolated_state):
    config = isolated_state / "config"
    config.mkdir(parents=True)
    (config / "preferences.json").write_text("[" * 100_000, encoding="utf-8")
    state = State.load()
    assert state.preferences == {}
    assert any("set aside" in w for w in state.warnings)


async def test_the_reader_starts_with_a_deeply_nested_state_file(isolated_state):
    (isolated_state / "data").mkdir(parents=True)
    (isolated_state / "data" / "positions.json").write_text("[" * 100_000, encoding="utf-8")
    app = BriefingApp()
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        assert app.briefing is not None and app.briefing.documents
        assert any("positions.json: unreadable, set aside" in n.message for n in app._notifications)
        await pilot.press("q")


async def test_a_user_theme_with_a_value_that_is_not_a_colour_is_skipped(isolated_state):
    themes = isolated_state / "config" / "themes"
    themes.mkdir(parents=True)
    (themes / "broken.toml").write_text('name = "broken"\nprimary = "#112233"\n[variables]\nquote = "not a colour"\n')
    (themes / "deep.toml").write_text('name = "deep"\nprimary = "#112233"\nx = ' + "[" * 50_000 + "]" * 50_000 + "\n")
    app = BriefingApp(theme="broken")
    async with app.run_test(size=(120, 30)) as pilot:  # it used to stop at start-up: "CSS parsing failed"
        await ready(pilot)
        assert app.theme == "briefing-dark"
        messages = [n.message for n in app._notifications]
        assert f"{themes / 'broken.toml'}: has a variable quote that is not a colour; skipped" in messages
        assert f"{themes / 'deep.toml'}: is nested too deeply to read; skipped" in messages
        await pilot.press("q")


async def test_state_that_cannot_be_saved_is_said_when_it_happens(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(blocker / "config"))  # (a folder that cannot be made, even as root)
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(blocker / "data"))
    app = BriefingApp()
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await ready(pilot)
        app.theme = "briefing-light"
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any(m.startswith(f"{blocker / 'config' / 'preferences.json'}: cannot be written") for m in messages)
        await pilot.press("q")
    assert any("positions.json: cannot be written" in w for w in app.state.take_warnings())  # run() prints these


def test_many_problems_become_one_message():
    lines = [f"/a/{i:04d}.txt: empty file" for i in range(2000)]
    (message,) = group_problems(lines)
    assert message.splitlines()[0] == "2,000 files not loaded or loaded with warnings:"
    assert message.splitlines()[1:5] == lines[:4]
    assert message.splitlines()[-1].startswith("\u2026 and 1,996 more")
    assert group_problems(lines[:5]) == lines[:5]


async def test_thousands_of_bad_files_are_one_notification(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(2000):
        (folder / f"{i:04d}.txt").write_bytes(b"")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    app = BriefingApp([str(folder)])
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await ready(pilot)
        assert len(app._notifications) == 1
        assert [d.title for d in app.briefing.documents] == ["Port strike ends"]
        await pilot.press("q")


def _tmux(tmux: list[str], *args: str) -> str:
    return subprocess.run([*tmux, *args], capture_output=True, text=True).stdout


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_terminating_signal_restores_the_terminal_in_tmux(tmp_path, signum):
    socket = f"briefing-signal-{os.getpid()}-{signum}"
    tmux = ["tmux", "-L", socket]
    pid_file = tmp_path / "pid"
    env = dict(os.environ, BRIEFING_CONFIG_DIR=str(tmp_path / "c"), BRIEFING_DATA_DIR=str(tmp_path / "d"))
    env["BRIEFING_CACHE_DIR"] = ""
    script = f"import os, sys; open({str(pid_file)!r}, 'w').write(str(os.getpid())); from tui.cli import main; sys.exit(main([]))"
    command = f"{sys.executable} -c {script!r}; echo EXIT=$?; sleep 60"
    subprocess.run(
        [*tmux, "-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "30", "-s", "t", command],
        env=env,
        check=True,
    )
    try:
        deadline = time.time() + 30
        while time.time() < deadline and "Cuban" not in _tmux(tmux, "capture-pane", "-p", "-t", "t"):
            time.sleep(0.3)
        modes = "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_sgr_flag}"
        assert _tmux(tmux, "display-message", "-p", "-t", "t", modes).split() == ["1", "0", "1", "1"]  # the reader's
        os.kill(int(pid_file.read_text()), signum)
        deadline = time.time() + 15
        while time.time() < deadline and "EXIT=" not in _tmux(tmux, "capture-pane", "-p", "-t", "t"):
            time.sleep(0.2)
        assert f"EXIT={128 + signum}" in _tmux(tmux, "capture-pane", "-p", "-t", "t")
        assert _tmux(tmux, "display-message", "-p", "-t", "t", modes).split() == ["0", "1", "0", "0"]  # restored
    finally:
        subprocess.run([*tmux, "kill-server"], check=False, capture_output=True)


@pytest.mark.skipif(sys.platform != "linux", reason="forked workers: Linux")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_terminating_signal_stops_the_worker_processes(tmp_path, signum):
    from tui.corpus import write_corpus

    write_corpus(tmp_path / "corpus", 400)
    env = dict(os.environ, BRIEFING_CACHE_DIR="")
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "analyze", str(tmp_path / "corpus")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    workers: list[int] = []
    deadline = time.time() + 60
    while time.time() < deadline and len(workers) < 2:
        time.sleep(0.1)
        children = subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True).stdout
        workers = [int(pid) for pid in children.split()]
    assert len(workers) >= 2, "the worker processes did not start"
    process.send_signal(signum)
    _out, err = process.communicate(timeout=30)
    assert (process.returncode, err) == (128 + signum, "")
    time.sleep(0.5)
    alive = [pid for pid in workers if os.path.exists(f"/proc/{pid}") and "zombie" not in _status(pid)]
    assert alive == [], "worker processes were left running"


def _status(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/status") as handle:
            return handle.read().lower()
    except OSError:
        return "zombie"
