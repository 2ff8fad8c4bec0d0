"""First paint for ``briefing bench``: how soon the reader shows an article, beside two references.

Each program runs in a pseudo-terminal and the time is taken when the
terminal first receives the marker text (the article's first words, which
the reader only ever draws with their highlights); the reader and the
minimal app also report when their screen has settled. The references,
measured in the same run: a minimal Textual app, and frogmouth (a Markdown
viewer built on Textual) on the first seed article, when a ``frogmouth``
command is on the PATH or named by ``BRIEFING_BENCH_FROGMOUTH``. Medians
of five rounds, each round running every program once in turn.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

RUNS = 5

_MINIMAL_APP = (
    "import os, time\n"
    "from textual.app import App\n"
    "from textual.widgets import Static\n"
    "class Minimal(App):\n"
    "    def compose(self):\n"
    "        yield Static('hello')\n"
    "    def on_mount(self):\n"
    "        self.call_after_refresh(self.report)\n"
    "    def report(self):\n"
    "        open(os.environ['BRIEFING_PAINT_REPORT'], 'w').write(repr(time.time()))\n"
    "        self.exit()\n"
    "Minimal().run()\n"
)


class Paint(NamedTuple):
    """Seconds from the start of a process in a terminal to its first frames."""

    shown: float  # the terminal received the marker text (the first frame with it)
    settled: float  # the app reported that every widget was drawn and nothing was left to redraw


def _time_to_paint_in_terminal(
    argv: list[str], env: dict[str, str], marker: bytes, reports: bool = True, timeout: float = 30.0
) -> Paint:
    """Run ``argv`` in a pseudo-terminal: when its output first carries ``marker``, and when it reports.

    Args:
        argv: the program.
        env: its environment.
        marker: text of the first frame wanted.
        reports: whether the program reports its settled screen (ours do); if not, it is stopped once
            the marker is shown and ``settled`` is that time too.
        timeout: seconds before giving up.
    """
    import pty
    import select

    report_file = Path(tempfile.mkdtemp(prefix="briefing-paint-")) / "painted"
    env = dict(env, BRIEFING_PAINT_REPORT=str(report_file))
    master, slave = pty.openpty()
    output = bytearray()
    shown: float | None = None
    wall = time.time()
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True, cwd=tempfile.gettempdir()
    )  # (away from a checkout, whose folder would shadow the installed package)
    os.close(slave)
    deadline = start + timeout
    try:
        while process.poll() is None and time.perf_counter() < deadline:
            ready, _, _ = select.select([master], [], [], 0.01)
            if ready:
                try:
                    chunk = os.read(master, 65536)  # (and keep the terminal drained)
                except OSError:
                    break
                if shown is None:
                    output += chunk
                    if marker in output:
                        shown = time.time() - wall
                        if not reports:
                            break
        if reports:
            process.wait(timeout=max(0.1, deadline - time.perf_counter()))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    if shown is None:
        raise OSError(f"{argv[-1][:40]!r} never showed {marker.decode(errors='replace')!r}")
    if not reports:
        return Paint(shown, shown)
    try:
        settled = float(report_file.read_text()) - wall
    except (OSError, ValueError):
        raise OSError(f"{argv[-1][:40]!r} did not report a painted frame") from None
    return Paint(shown, settled)


def reader_marker() -> bytes:
    """The first words of the first seed's body (after its headline) up to its first highlight: one run on screen."""
    from .startup import analyze_now

    ready = analyze_now([])
    assert ready is not None and ready.briefing.documents
    briefing = ready.briefing
    doc = briefing.documents[0]
    body_start = doc.headline.end if doc.headline else 0
    begin = next(p.start for p in doc.paragraphs if p.start >= body_start)
    marks = [m.start for a in briefing.actors for m in a.mentions if m.doc == doc.id] + [
        q.start - 1 for q in briefing.quotes if q.doc == doc.id
    ]  # (the opening mark is highlighted too)
    stop = min([m for m in marks if m > begin] + [begin + 30])
    words = doc.text[begin:stop].rsplit(" ", 1)[0] if stop - begin >= 30 else doc.text[begin:stop].rstrip()
    if len(words) < 8:
        words = (doc.title or "")[:30].rsplit(" ", 1)[0]
    return words.encode("utf-8")


def _environment() -> dict[str, str]:
    """A terminal of 120 by 40 and empty state folders, the same for every program measured.

    Byte-code is cached as Python does by default (``PYTHONDONTWRITEBYTECODE`` is dropped): an installed
    package has it, and an editable one gets it on the warm-up run, so no program is timed compiling.
    """
    state = tempfile.mkdtemp(prefix="briefing-bench-")
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return dict(
        base,
        BRIEFING_CONFIG_DIR=state,
        BRIEFING_DATA_DIR=state,
        BRIEFING_CACHE_DIR="",
        TERM=os.environ.get("TERM", "xterm-256color"),
        COLUMNS="120",
        LINES="40",
    )


def frogmouth_command() -> str | None:
    """The frogmouth program to measure beside the reader, if one is installed."""
    return os.environ.get("BRIEFING_BENCH_FROGMOUTH") or shutil.which("frogmouth")


def _first_seed_as_markdown(folder: Path) -> tuple[Path, bytes]:
    """The first seed article as a Markdown file for frogmouth, and words of its body to wait for."""
    from .startup import analyze_now

    ready = analyze_now([])
    assert ready is not None and ready.briefing.documents
    doc = ready.briefing.documents[0]
    path = folder / "article.md"
    path.write_text(f"# {doc.title}\n\n{doc.text}\n", encoding="utf-8")
    first = doc.text[doc.paragraphs[0].start : doc.paragraphs[0].end].split()
    return path, " ".join(first[:3]).encode("utf-8")


def _medians(programs: list[tuple[list[str], bytes, bool]], env: dict[str, str]) -> list[Paint]:
    """Each program's median paint over ``RUNS`` rounds; a round runs every program once, in turn.

    Taking the programs in turn, rather than all runs of one and then the next, spreads the machine's
    slower and faster spells over all of them alike: the ratios between them are what is reported.
    """
    runs: list[list[Paint]] = [[] for _ in programs]
    for _ in range(RUNS):
        for paints, (argv, marker, reports) in zip(runs, programs, strict=True):
            paints.append(_time_to_paint_in_terminal(argv, env, marker, reports))
    return [
        Paint(statistics.median(p.shown for p in paints), statistics.median(p.settled for p in paints))
        for paints in runs
    ]


def reader_command() -> list[str]:
    """The reader as its users start it: the ``briefing`` script installed beside this Python, else ``-m tui``.

    The script goes straight to the entry point; ``-m`` first imports ``runpy`` to find the package.
    """
    script = Path(sys.executable).parent / "briefing"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "tui"]


def paint_figures() -> dict[str, float]:
    """The first-paint figures of the reader and its references, and the reader's ratios to them."""
    env = _environment()
    reader = reader_command()
    programs = [(reader, reader_marker(), True), ([sys.executable, "-c", _MINIMAL_APP], b"hello", True)]
    frogmouth = frogmouth_command()
    with tempfile.TemporaryDirectory(prefix="briefing-frogmouth-") as folder:
        if frogmouth:
            article, words = _first_seed_as_markdown(Path(folder))
            programs.append(([frogmouth, str(article)], words, False))
        for argv, marker, reports in programs:  # warm the file system and byte-code caches
            _time_to_paint_in_terminal(argv, env, marker, reports)
        paints = _medians(programs, env)
    ours, base = paints[0], paints[1]
    figures = {
        "first_paint_s": round(ours.shown, 3),
        "first_paint_settled_s": round(ours.settled, 3),
        "first_paint_minimal_textual_app_s": round(base.shown, 3),
        "first_paint_minimal_textual_app_settled_s": round(base.settled, 3),
        "first_paint_ratio_to_minimal_app": round(ours.shown / base.shown, 2),
    }
    if frogmouth:
        theirs = paints[2]
        figures["first_paint_frogmouth_s"] = round(theirs.shown, 3)
        figures["first_paint_ratio_to_frogmouth"] = round(ours.shown / theirs.shown, 2)
    return figures
