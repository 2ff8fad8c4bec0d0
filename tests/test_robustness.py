"""Hostile and broken input: clear messages, nothing lost, no traceback, no terminal tricks."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from app_helpers import ready
from hostile import make_hostile_corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.app import BriefingApp
from tui.core.analyze import analyze
from tui.core.model import Document
from tui.core.segment import segment
from tui.core.serialize import to_json
from tui.state import State, read_json


def run_cli(*args: str, cwd=None, env=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=300,
        env=env,
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    expected = make_hostile_corpus(root / "corpus")
    return root / "corpus", expected


def test_analyze_reports_each_bad_file_once_and_loads_the_rest(hostile):
    corpus, expected = hostile
    result = run_cli("analyze", "--json", "--max-size", "2", str(corpus), str(corpus / "missing.txt"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    for name, reason in expected.items():
        if reason:
            matching = [line for line in lines if line.startswith(f"briefing: {corpus / name}: ")]
            assert len(matching) == 1 and reason in matching[0], (name, lines)
    assert any("bad_yaml.md: warning: front matter is not valid YAML" in line for line in lines)
    data = json.loads(result.stdout)
    loaded = {Path(d["path"]).relative_to(corpus).as_posix() for d in data["documents"]}
    should_load = {name for name, reason in expected.items() if not reason}
    assert should_load <= loaded
    for doc in data["documents"]:
        assert not any(ch in doc["text"] for ch in "\x1b\x07\x00\u202e\u202c")
    texts = {Path(d["path"]).name: d["text"] for d in data["documents"]}
    assert "[bold]markup[/bold]" in texts["escapes.txt"] and "PWNED" not in texts["escapes.txt"]
    assert "alert" not in texts["script.html"] and "injected" not in texts["script.html"]
    assert "<b>voted</b>" in texts["script.html"]  # entities decode to text, shown as text
    assert "alert" not in texts["raw_html.md"] and "Inside a div." in texts["raw_html.md"]
    assert "The caf\u00e9 owners said" in texts["cp1252.txt"]


def test_debug_shows_a_traceback_only_when_asked(tmp_path, monkeypatch):
    from tui import cli

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "analyzed", broken)
    assert cli.main(["analyze", str(tmp_path)]) == 1
    with pytest.raises(RuntimeError):
        cli.main(["analyze", "--debug", str(tmp_path)])


async def test_the_reader_loads_the_hostile_corpus_with_messages(hostile):
    corpus, expected = hostile
    app = BriefingApp([str(corpus), str(corpus / "missing.txt")], max_bytes=2 * 1024 * 1024)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        errors = [f"{e.path}: {e.reason}" for e in app.briefing.errors]
        for name, reason in expected.items():
            if reason:
                assert any(e.startswith(f"{corpus / name}: ") and reason in e for e in errors), name
        (message,) = [n.message for n in app._notifications]  # one message for them all, not one each
        assert message.startswith(f"{len(errors) + 1} files not loaded or loaded with warnings:\n")
        paths = {d.path for d in app.briefing.documents}
        assert str(corpus / "escapes.txt") in paths and len(paths) >= 300
        for _ in range(3):
            await pilot.press("]")  # still responsive
        await pilot.press("q")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(min_size=0, max_size=300), min_size=1, max_size=3))
def test_any_unicode_analyses_without_error_and_spans_are_valid(texts):
    docs = []
    for i, text in enumerate(texts, 1):
        if not text.strip():
            continue
        paragraphs, sentences = segment(text)
        docs.append(Document(id=f"d{i}", path=f"{i}.txt", text=text, paragraphs=paragraphs, sentences=sentences))
    data = to_json(analyze(docs))
    lengths = {d["id"]: len(d["text"]) for d in data["documents"]}
    for actor in data["actors"]:
        for m in actor["mentions"]:
            assert 0 <= m["start"] < m["end"] <= lengths[m["doc"]]
    for q in data["quotes"]:
        assert 0 <= q["start"] < q["end"] <= lengths[q["doc"]]
    for al in data["alignments"]:
        for side in (al["a"], al["b"]):
            assert 0 <= side["start"] < side["end"] <= lengths[side["doc"]]


def test_corrupt_state_files_are_set_aside_and_rebuilt(isolated_state):
    data_dir = isolated_state / "data"
    data_dir.mkdir(parents=True)
    (data_dir / "positions.json").write_text("{not json", encoding="utf-8")
    state = State.load()
    assert state.positions == {}
    assert any("set aside" in w for w in state.warnings)
    assert [p.name for p in data_dir.iterdir() if ".corrupt-" in p.name]
    state.remember("text", 7)
    state.save_positions()
    assert list(read_json(data_dir / "positions.json")[0].values()) == [7]


_WRITER = """
import sys
from pathlib import Path
from tui.core.atomic import atomic_write_text
path = Path(sys.argv[1])
n = 0
while True:
    n += 1
    atomic_write_text(path, '{"n": %d, "padding": "%s"}' % (n, "x" * 200000))
"""


def test_killing_a_writer_never_leaves_a_corrupt_file(tmp_path):
    target = tmp_path / "state.json"
    for delay in (0.05, 0.13, 0.21, 0.34, 0.5):
        writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(target)])
        time.sleep(delay + 0.3)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        if target.exists():
            data = json.loads(target.read_text(encoding="utf-8"))  # never half-written
            assert data["n"] >= 1 and len(data["padding"]) == 200000


def test_two_processes_saving_positions_keep_both(isolated_state):
    first, second = State.load(), State.load()
    first.remember("article one", 10)
    second.remember("article two", 20)
    first.save_positions()
    second.save_positions()
    assert sorted(State.load().positions.values()) == [10, 20]


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
def test_terminal_title_and_clipboard_are_untouched_in_tmux(tmp_path):
    article = tmp_path / "evil.txt"
    article.write_text(
        "Evil article\n\nBefore \x1b]2;PWNED-TITLE\x07 and \x1b]52;c;UFdORUQtQ0xJUA==\x07 after "
        "\x1b[2J\x1b[H and \x1b[31mred\x1b[0m.\n",
        encoding="utf-8",
    )
    socket = f"briefing-test-{os.getpid()}"
    env = dict(
        os.environ,
        BRIEFING_CONFIG_DIR=str(tmp_path / "c"),
        BRIEFING_DATA_DIR=str(tmp_path / "d"),
        BRIEFING_CACHE_DIR="",
    )
    tmux = ["tmux", "-L", socket]
    subprocess.run(
        [
            *tmux,
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            "120",
            "-y",
            "30",
            "-s",
            "t",
            f"{sys.executable} -m tui {article}",
        ],
        check=True,
        env=env,
    )
    try:
        subprocess.run([*tmux, "set-option", "-g", "set-clipboard", "on"], check=False)
        subprocess.run([*tmux, "set-option", "-g", "allow-rename", "on"], check=False)
        deadline = time.time() + 20
        screen = ""
        while time.time() < deadline and "after" not in screen:
            time.sleep(0.3)
            screen = subprocess.run([*tmux, "capture-pane", "-p", "-t", "t"], capture_output=True, text=True).stdout
        assert "Before" in screen and "after" in screen
        title = subprocess.run(
            [*tmux, "display-message", "-p", "-t", "t", "#{pane_title}"], capture_output=True, text=True
        ).stdout
        assert "PWNED" not in title
        buffers = subprocess.run([*tmux, "list-buffers"], capture_output=True, text=True).stdout
        assert "PWNED" not in buffers and buffers.strip() == ""
        subprocess.run([*tmux, "send-keys", "-t", "t", "q"], check=False)
    finally:
        subprocess.run([*tmux, "kill-server"], check=False, capture_output=True)
