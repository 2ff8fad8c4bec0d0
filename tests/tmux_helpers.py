"""Running the reader in a real terminal: tmux, a private server per test."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pytest

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")

_SGR = re.compile(r"\x1b\[([0-9;:]*)m")


class Pane:
    """A tmux pane running the reader."""

    def __init__(self, socket: str) -> None:
        self.tmux = ["tmux", "-L", socket]

    def capture(self, escapes: bool = False) -> str:
        """The pane's text (with its styles as escape sequences when ``escapes``)."""
        args = [*self.tmux, "capture-pane", "-p", "-t", "t", *(["-e"] if escapes else [])]
        return subprocess.run(args, capture_output=True, text=True, check=False).stdout

    def wait_for(self, text: str, timeout: float = 20) -> str:
        """The pane's text once it shows ``text`` (fails after ``timeout`` seconds)."""
        deadline = time.time() + timeout
        screen = ""
        while time.time() < deadline:
            screen = self.capture()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared:\n{screen}")

    def keys(self, *keys: str) -> None:
        """Press ``keys`` in the pane."""
        subprocess.run([*self.tmux, "send-keys", "-t", "t", *keys], check=False)


@contextmanager
def reader_in_tmux(
    tmp_path: Path, args: list[str], size: tuple[int, int] = (120, 30), env: Mapping[str, str] | None = None
) -> Iterator[Pane]:
    """The reader started in a detached tmux session of ``size``, killed afterwards."""
    socket = f"briefing-test-{os.getpid()}-{time.monotonic_ns()}"
    environment = dict(
        os.environ,
        BRIEFING_CONFIG_DIR=str(tmp_path / "c"),
        BRIEFING_DATA_DIR=str(tmp_path / "d"),
        BRIEFING_CACHE_DIR="",
        TERM="xterm-256color",
        COLORTERM="truecolor",
        **(env or {}),
    )
    command = " ".join([sys.executable, "-m", "tui", *args])
    width, height = size
    tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
    subprocess.run(
        [*tmux, "new-session", "-d", "-x", str(width), "-y", str(height), "-s", "t", command],
        check=True,
        env=environment,
    )
    try:
        yield Pane(socket)
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], check=False, capture_output=True)


def colour_codes(screen: str) -> list[str]:
    """Every SGR parameter in ``screen`` that sets a foreground or background colour (not the defaults)."""
    found = []
    for match in _SGR.finditer(screen):
        params = [p for p in re.split("[;:]", match.group(1)) if p]
        i = 0
        while i < len(params):
            code = int(params[i])
            if code in (38, 48, 58):
                found.append(";".join(params[i : i + 5]))
                i += 5 if i + 1 < len(params) and params[i + 1] == "2" else 3
                continue
            if 30 <= code <= 37 or 40 <= code <= 47 or 90 <= code <= 97 or 100 <= code <= 107:
                found.append(str(code))
            i += 1
    return found
