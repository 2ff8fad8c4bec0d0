"""The ``briefing`` command's entry point: a reader's analysis is forked before anything else is imported.

The reader analyses a small set of articles in a child process while it
imports Textual. Forking here, before the command line, the engine or the
interface is imported, starts that child sooner, and leaves the two
processes fewer shared pages to copy as each goes on. The child reads the
command line itself; the reader checks it again and stops the child when
it is not wanted.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .background import Background

SUBCOMMANDS = ("analyze", "quotes", "align", "export", "bench")
_NOT_THE_READER = (*SUBCOMMANDS, "-h", "--help", "--version")


def opens_reader(argv: Sequence[str]) -> bool:
    """Whether ``briefing ARGV`` opens the reader (rather than a subcommand, the help or the version)."""
    return not argv or argv[0] not in _NOT_THE_READER


def in_terminal() -> bool:
    """Whether standard input and output are both a terminal (the reader needs one)."""
    try:
        return bool(sys.stdin and sys.stdout and sys.stdin.isatty() and sys.stdout.isatty())
    except (OSError, ValueError):  # (a stream closed)
        return False


def start_analysis(argv: Sequence[str]) -> Background | None:
    """Fork the analysis of the articles ``briefing ARGV`` names, holding the collector until the first frame.

    Returns:
        The child, or None where there is no fork.
    """
    from .background import start
    from .collection import hold_collection, release_collection

    hold_collection()  # (the reader releases it once its first frame is drawn)
    return start(lambda: _analysis(list(argv)), before=release_collection)


def _analysis(argv: list[str]) -> object:
    """In the child: the reader's small set, analysed (None: a large set, or pages to fetch, left to the reader)."""
    from .cli import reader_inputs
    from .startup import analyze_now

    inputs = reader_inputs(argv)
    return None if inputs is None else analyze_now(*inputs)


def main() -> int:
    """The ``briefing`` console script."""
    argv = sys.argv[1:]
    child = start_analysis(argv) if opens_reader(argv) and in_terminal() else None
    from .cli import main as run

    return run(argv, child)
