"""The arguments of the ``briefing`` command and its subcommands (standard library only)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from . import __version__


def megabytes_argument(text: str) -> float:
    """``--max-size``: a number of megabytes, more than 0 and at most the largest limit accepted."""
    import math

    from .core.limits import MAX_LIMIT_MB, MIB

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of megabytes") from None
    if not math.isfinite(value) or value * MIB < 1 or value > MAX_LIMIT_MB:
        raise argparse.ArgumentTypeError(f"must be a number of megabytes more than 0 and at most {MAX_LIMIT_MB}")
    return value


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
        type=megabytes_argument,
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
    align.add_argument("--max-size", type=megabytes_argument, default=20, metavar="MB", help=argparse.SUPPRESS)
    align.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    _add_export(sub)
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


def _add_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``briefing export``: its arguments."""
    export = sub.add_parser(
        "export",
        help="write a report of the articles (Markdown or HTML)",
        description="Write a report of the articles, by story: sources, actors, quotes with their speakers, "
        "what several sources share, what only one reports. Markdown on standard output unless -o names a file.",
    )
    _add_common(export)
    export.add_argument("--format", choices=("md", "html"), help="md or html (default: from the suffix of -o, else md)")
    export.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE ('-': standard output)")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")


def reader_parser() -> argparse.ArgumentParser:
    """Arguments of the reader (``briefing`` without a command)."""
    parser = argparse.ArgumentParser(prog="briefing", description="Open the reading dashboard.")
    _add_common(parser)
    parser.add_argument("--theme", metavar="NAME", help="colour theme (default: your last choice, or dark)")
    return parser
