"""The ``briefing`` command: the reader, and headless subcommands for scripts.

Only the standard library is imported at start-up; the analysis and the app
are imported when a command needs them, so ``--help`` and ``analyze`` stay fast.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from .arguments import build_parser, reader_parser

if TYPE_CHECKING:
    from .background import Background
    from .core.fetch import FetchOptions
    from .core.load import Loaded
    from .core.model import Briefing, LoadError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def analyzed(args: argparse.Namespace, paths: Sequence[str]) -> tuple[Loaded, Briefing]:
    """Open ``paths``, report the files that failed, and analyse the rest."""
    from .opening import open_briefing

    loaded, briefing = open_briefing(
        paths, _max_bytes(args), use_cache=not getattr(args, "no_cache", False), web=fetch_options(args)
    )
    report_problems(loaded)
    for problem in analysis_problems(loaded, briefing):
        say(f"{problem.path}: {problem.reason}")
    return loaded, briefing


def analysis_problems(loaded: Loaded, briefing: Briefing) -> list[LoadError]:
    """The problems the analysis met beyond those of loading (an internal error in a step across articles)."""
    known = set(loaded.errors)
    return [e for e in briefing.errors if e not in known]


def exit_status(loaded: Loaded, briefing: Briefing) -> int:
    """1 when a file failed, nothing loaded or the analysis met an internal error; else 0."""
    failed = loaded.errors or not loaded.documents or analysis_problems(loaded, briefing)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def fetch_options(args: argparse.Namespace) -> FetchOptions:
    """The web sources and fetching options given (``align`` has none but its two addresses)."""
    from .core.fetch import FetchOptions

    return FetchOptions(
        feeds=tuple(getattr(args, "feeds", ())),
        url_lists=tuple(getattr(args, "url_lists", ())),
        limit=getattr(args, "limit", 20),
        refresh=getattr(args, "refresh", False),
        timeout=getattr(args, "timeout", 20.0),
    )


def _max_bytes(args: argparse.Namespace) -> int:
    """The ``--max-size`` limit in bytes (the only place megabytes are spoken of)."""
    from .core.limits import MIB

    return int(args.max_size * MIB)


def say(message: str) -> None:
    """One line on stderr, through the cleaner for names (a file name cannot forge a line or a control)."""
    from .core.printable import printable

    if sys.stderr is not None:
        try:
            print(f"briefing: {printable(message)}", file=sys.stderr, flush=True)
        except (OSError, ValueError):
            pass  # nowhere left to say it


def report_problems(loaded: Loaded) -> None:
    """One line on stderr for every file or address that failed or loaded with a warning."""
    for error in loaded.errors:
        say(f"{error.path}: {error.reason}")
    for warning in loaded.warnings:
        say(f"{warning.path}: warning: {warning.reason}")


class OutputClosed(Exception):
    """Standard output is closed or cannot be written."""


def _write(text: str) -> None:
    if sys.stdout is None:
        raise OutputClosed("standard output is closed")
    try:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        raise OutputClosed(f"cannot write to standard output ({getattr(exc, 'strerror', None) or exc})") from None


def run_align(args: argparse.Namespace) -> int:
    """``briefing align A B``: the shared passages of two articles side by side."""
    import shutil

    from .summary import side_by_side

    loaded, briefing = analyzed(args, [args.first, args.second])
    if len(loaded.documents) != 2:
        say("align needs two readable articles")
        return EXIT_SOME_FAILED
    width = args.width or shutil.get_terminal_size((100, 24)).columns
    _write(side_by_side(briefing, "d1", "d2", width))
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    """``briefing export``: the report, on standard output or in a file that is never replaced unasked."""
    from .export.command import export

    loaded, briefing = analyzed(args, args.paths)
    to_stdout = args.output is None or args.output == "-"
    if to_stdout and sys.stdout is None:
        raise OutputClosed("standard output is closed")
    try:
        written = export(briefing, args.output, args.format, args.force, sys.stdout.buffer)
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        if not to_stdout:
            raise
        raise OutputClosed(f"cannot write to standard output ({getattr(exc, 'strerror', None) or exc})") from None
    if not written:
        return EXIT_SOME_FAILED
    return exit_status(loaded, briefing)


def run_analyze(args: argparse.Namespace) -> int:
    """``briefing analyze`` and ``briefing quotes``: the analysis as JSON, a summary, or the quotations."""
    from .core.serialize import dumps, to_json

    loaded, briefing = analyzed(args, args.paths)
    if args.command == "quotes":
        from .summary import quotes_report

        _write(quotes_report(briefing))
    elif args.json:
        _write(dumps(to_json(briefing)))
    else:
        from .summary import summary

        _write(summary(briefing))
    return exit_status(loaded, briefing)


def reader_inputs(argv: Sequence[str]) -> tuple[list[str], int] | None:
    """The paths and the size limit of ``briefing ARGV``, for its analysis before the reader starts (None when
    it fetches pages: they arrive in the reader's worker). Raises ``SystemExit`` on a bad command line."""
    from .core.fetch import wants_fetching

    args = reader_parser().parse_args(list(argv))
    if wants_fetching(args.paths, fetch_options(args)):
        return None
    return list(args.paths), _max_bytes(args)


def run_reader(args: argparse.Namespace, child: Background | None = None) -> int:
    """``briefing [PATH ...]``: the reading dashboard (``child``: its analysis, forked already)."""
    from .background import discard
    from .launch import in_terminal

    if not in_terminal():
        discard(child)
        say("the reader needs a terminal; try 'briefing analyze' for text output")
        return EXIT_USAGE
    from .collection import hold_collection, release_collection

    hold_collection()  # until the first frame is drawn (the app releases it then)
    try:
        from .core.fetch import wants_fetching
        from .startup import analyze_in_background, collect

        max_bytes = _max_bytes(args)
        web = fetch_options(args)
        if wants_fetching(args.paths, web):  # pages arrive in the reader's worker, with progress
            discard(child)
            from .app import run

            return run(args.paths, args.theme, max_bytes, web=web)
        if child is None:
            child = analyze_in_background(args.paths, max_bytes)  # on the other core, while Textual is imported
        from .app import run

        return run(args.paths, args.theme, max_bytes, ready=collect(child, args.paths, max_bytes))
    finally:
        release_collection()


def _interrupted(exc: KeyboardInterrupt) -> int:
    """The exit status after an interrupt (130) or a SIGTERM or SIGHUP (143, 129)."""
    from .termination import Terminated

    return exc.exit_status if isinstance(exc, Terminated) else 130


def _run_command(args: argparse.Namespace) -> int:
    if args.command == "bench":
        from .bench import run_bench

        return run_bench(args.json, args.articles)
    if args.command == "align":
        return run_align(args)
    if args.command == "export":
        return run_export(args)
    return run_analyze(args)


def main(argv: Sequence[str] | None = None, child: Background | None = None) -> int:
    """``briefing ARGV`` (``child``: the reader's analysis, forked already by ``tui.launch``)."""
    from .background import discard
    from .launch import opens_reader
    from .termination import raise_on_termination

    argv = list(sys.argv[1:] if argv is None else argv)
    raise_on_termination()  # SIGTERM and SIGHUP stop the work as an interrupt does
    if opens_reader(argv):
        try:
            args = reader_parser().parse_args(argv)
        except BaseException:  # a bad command line, or its help: the analysis is not wanted
            discard(child)
            raise
        try:
            return run_reader(args, child)
        except KeyboardInterrupt as exc:
            return _interrupted(exc)
    discard(child)
    parser = build_parser()
    args = parser.parse_args(argv)
    with _debug_in_workers(getattr(args, "debug", False)):
        return _run_reporting(args)


@contextlib.contextmanager
def _debug_in_workers(debug: bool) -> Iterator[None]:
    """With --debug, an internal error in one file shows its traceback too (in worker processes as well)."""
    if not debug or "BRIEFING_DEBUG" in os.environ:
        yield
        return
    os.environ["BRIEFING_DEBUG"] = "1"
    try:
        yield
    finally:
        del os.environ["BRIEFING_DEBUG"]


def _run_reporting(args: argparse.Namespace) -> int:
    """Run a command; interruptions, closed outputs and internal errors end it with one line."""
    try:
        return _run_command(args)
    except KeyboardInterrupt as exc:
        return _interrupted(exc)
    except BrokenPipeError:
        return EXIT_OK
    except OutputClosed as exc:
        say(str(exc))
        return EXIT_SOME_FAILED
    except Exception as exc:
        if getattr(args, "debug", False):
            raise
        say(f"internal error: {exc.__class__.__name__}: {exc} (run with --debug for details)")
        return EXIT_SOME_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
