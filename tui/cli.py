"""The ``briefing`` command: the reader, and headless subcommands for scripts.

Only the standard library is imported at start-up; the analysis and the app
are imported when a command needs them, so ``--help`` and ``analyze`` stay fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from . import __version__

if TYPE_CHECKING:
    from .core.fetch import FetchOptions
    from .core.load import Loaded
    from .core.model import Briefing

SUBCOMMANDS = ("analyze", "quotes", "align", "bench")
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _positive(kind: type[int] | type[float]) -> Callable[[str], float]:
    """An argument type: a number of ``kind`` (int or float) more than 0."""

    def parse(text: str) -> float:
        import math

        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not math.isfinite(value) or value <= 0:
            raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
        return value

    return parse


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files (.txt, .md, .html), folders, or web addresses (http:// or https://: pages or "
        "feeds); default: the bundled seed articles",
    )
    parser.add_argument(
        "--max-size",
        type=float,
        default=20,
        metavar="MB",
        help="skip files and web pages larger than this many megabytes (default: 20)",
    )
    parser.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the analysis cache")
    _add_web(parser)


def _add_web(parser: argparse.ArgumentParser) -> None:
    """The options of web sources: feeds, lists of addresses, and how pages are fetched."""
    web = parser.add_argument_group("web pages and feeds (fetched once, then read from the cache)")
    web.add_argument(
        "--feed",
        action="append",
        default=[],
        dest="feeds",
        metavar="URL",
        help="an RSS or Atom feed (an address or a file): its latest items are read as articles",
    )
    web.add_argument(
        "--urls",
        action="append",
        default=[],
        dest="url_lists",
        metavar="FILE",
        help="a text file of web addresses, one a line ('#' starts a comment)",
    )
    web.add_argument(
        "--limit", type=_positive(int), default=20, metavar="N", help="items read from each feed (default: 20)"
    )
    web.add_argument(
        "--refresh",
        action="store_true",
        help="fetch cached pages again, asking each server whether they changed",
    )
    web.add_argument(
        "--timeout",
        type=_positive(float),
        default=20,
        metavar="SECONDS",
        help="give up on a server that sends nothing for this long (default: 20)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        usage="briefing [PATH ...] [--theme NAME]\n       briefing COMMAND [...]",
        description="Compare news coverage: actors, quotes and shared passages across articles. "
        "Without a command, opens the reader on PATH (files or folders; default: the bundled seeds).",
        epilog="Reader options: --theme NAME (briefing-dark, briefing-light, briefing-high-contrast or "
        "a theme of yours), --max-size MB, --debug; web pages and feeds: PATH may be an http or https "
        "address, --feed URL, --urls FILE, --limit N, --refresh, --timeout SECONDS. "
        "'briefing COMMAND --help' tells more about a command.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog="briefing")  # (not the custom usage)
    analyze = sub.add_parser(
        "analyze",
        help="print the analysis of articles (text or --json)",
        description="Analyse articles and print a summary, or the full analysis as JSON.",
    )
    _add_common(analyze)
    analyze.add_argument("--json", action="store_true", help="print the briefing.analysis/1 JSON object")
    quotes = sub.add_parser(
        "quotes",
        help="print every quotation with its speaker and article",
        description="Print every quotation of the articles with its speaker.",
    )
    _add_common(quotes)
    align = sub.add_parser(
        "align",
        help="print the passages two articles share, side by side",
        description="Print the passages that two articles share, side by side.",
    )
    align.add_argument("first", metavar="A", help="an article file or web address")
    align.add_argument("second", metavar="B", help="another article file or web address")
    align.add_argument("--width", type=int, default=0, help="line width (default: the terminal's)")
    align.add_argument("--max-size", type=float, default=20, metavar="MB", help=argparse.SUPPRESS)
    align.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    bench = sub.add_parser(
        "bench",
        help="measure the analysis speed on synthetic articles",
        description="Measure the analysis on deterministic synthetic articles.",
    )
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.add_argument(
        "--articles",
        type=int,
        default=None,
        metavar="N",
        help="largest synthetic corpus to measure (default: 10, 100 and 1,000 articles)",
    )
    bench.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    return parser


def analyzed(args: argparse.Namespace, paths: Sequence[str]) -> tuple[Loaded, Briefing]:
    """Open ``paths``, report the files that failed, and analyse the rest."""
    from .opening import open_briefing

    loaded, briefing = open_briefing(
        paths, _max_bytes(args), use_cache=not getattr(args, "no_cache", False), web=fetch_options(args)
    )
    report_problems(loaded)
    return loaded, briefing


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


def _write(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def run_align(args: argparse.Namespace) -> int:
    """``briefing align A B``: the shared passages of two articles side by side."""
    import shutil

    from .summary import side_by_side

    loaded, briefing = analyzed(args, [args.first, args.second])
    if len(loaded.documents) != 2:
        print("briefing: align needs two readable articles", file=sys.stderr)
        return EXIT_SOME_FAILED
    width = args.width or shutil.get_terminal_size((100, 24)).columns
    _write(side_by_side(briefing, "d1", "d2", width))
    return EXIT_OK


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
    return EXIT_SOME_FAILED if loaded.errors or not loaded.documents else EXIT_OK


def reader_parser() -> argparse.ArgumentParser:
    """Arguments of the reader (``briefing`` without a command)."""
    parser = argparse.ArgumentParser(prog="briefing", description="Open the reading dashboard.")
    _add_common(parser)
    parser.add_argument("--theme", metavar="NAME", help="colour theme (default: your last choice, or dark)")
    return parser


def run_reader(args: argparse.Namespace) -> int:
    """``briefing [PATH ...]``: the reading dashboard."""
    if not sys.stdout.isatty() or not sys.stdin.isatty():
        print("briefing: the reader needs a terminal; try 'briefing analyze' for text output", file=sys.stderr)
        return EXIT_USAGE
    from .core.fetch import wants_fetching
    from .startup import analyze_in_background, collect

    max_bytes = _max_bytes(args)
    web = fetch_options(args)
    if wants_fetching(args.paths, web):  # pages arrive in the reader's worker, with progress
        from .app import run

        return run(args.paths, args.theme, max_bytes, web=web)
    future = analyze_in_background(args.paths, max_bytes)  # on the other core, while Textual is imported
    from .app import run

    return run(args.paths, args.theme, max_bytes, ready=collect(future, args.paths, max_bytes))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in (*SUBCOMMANDS, "-h", "--help", "--version"):
        args = reader_parser().parse_args(argv)
        try:
            return run_reader(args)
        except KeyboardInterrupt:
            return 130
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "bench":
            from .bench import run_bench

            return run_bench(args.json, args.articles)
        if args.command == "align":
            return run_align(args)
        return run_analyze(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        if getattr(args, "debug", False):
            raise
        print(
            f"briefing: internal error: {exc.__class__.__name__}: {exc} (run with --debug for details)", file=sys.stderr
        )
        return EXIT_SOME_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
