"""Start-up: a small set analysed in a forked process, with the same work done here when that fails."""

from __future__ import annotations

import os
import time

import pytest

from tui import startup
from tui.startup import Background, Ready, analyze_in_background, analyze_now, collect

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _ids(ready: Ready | None) -> list[str]:
    assert ready is not None
    return [a.name for a in ready.briefing.actors]


def test_the_background_result_is_the_analysis_of_the_seeds():
    background = analyze_in_background([])
    assert isinstance(background, Background)
    ready = collect(background, [])
    assert _ids(ready) == _ids(analyze_now([]))
    with pytest.raises(ChildProcessError):
        os.waitpid(background.pid, os.WNOHANG)  # reaped


def test_a_large_set_is_left_to_the_reader(tmp_path):
    for n in range(startup.SMALL_SET + 1):
        (tmp_path / f"{n}.txt").write_text(f"Title {n}\n\nBody text {n}.\n", encoding="utf-8")
    assert collect(analyze_in_background([str(tmp_path)]), [str(tmp_path)]) is None


def test_a_failing_child_falls_back_to_the_analysis_here(monkeypatch):
    real = startup.analyze_now
    calls = []

    def failing_in_the_child(paths, max_bytes, limit=startup.SMALL_SET):
        if os.getpid() != parent:
            raise RuntimeError("boom")
        calls.append(paths)
        return real(paths, max_bytes, limit)

    parent = os.getpid()
    monkeypatch.setattr(startup, "analyze_now", failing_in_the_child)
    background = analyze_in_background([])
    killed = []
    monkeypatch.setattr(startup.os, "kill", lambda pid, sig: killed.append(pid))
    ready = collect(background, [])
    assert calls == [[]] and _ids(ready)
    assert killed == []  # it ended by itself and was reaped: no signal to a pid that may be reused


def test_a_child_that_takes_too_long_is_killed(monkeypatch):
    real = startup.analyze_now

    def slow_in_the_child(paths, max_bytes, limit=startup.SMALL_SET):
        if os.getpid() != parent:
            time.sleep(30)
        return real(paths, max_bytes, limit)

    parent = os.getpid()
    monkeypatch.setattr(startup, "analyze_now", slow_in_the_child)
    background = analyze_in_background([])
    start = time.monotonic()
    ready = collect(background, [], timeout=0.5)
    assert time.monotonic() - start < 10 and _ids(ready)
    with pytest.raises(ChildProcessError):
        os.waitpid(background.pid, os.WNOHANG)  # killed and reaped
