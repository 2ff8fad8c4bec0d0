"""Time and memory of the analysis on explosive input shapes, at 0.25, 1 and 4 MB.

Each shape is an input built to make some part of the engine do the most
work per byte: one endless line, one huge word, a paragraph of mixed quotation
marks, thousands of distinct names, HTML with one tag of 100,000 attributes,
YAML aliases, and so on. Every file is analysed in a fresh process (loading,
actors, quotes, alignment; cache off, per-file time budget off), which
reports its time and peak memory.

usage: python tests/tools/stress.py [--sizes 0.25,1,4] [--only NAME,...] [--timeout S] [--json]

Prints one row per shape: seconds per MB at each size, the growth exponent
from the smallest to the largest size (1 is linear, 2 quadratic), and the
peak memory at the largest size. A size that does not finish within the
timeout is shown as ``>T s`` and the larger ones are skipped.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]
MB = 1024 * 1024
_WORDS = (
    "the council met on monday and voted to close the road for repairs while residents said they "
    "had not been told about the plan which would last until the end of the month"
).split()
_SYLLABLES = "ka lo mi ra te su vo ne di ba zo fe gu li ma no pe ri sa to".split()

_RUNNER = r"""
import json, resource, sys, time
from pathlib import Path
import tui.core.budget as budget
budget.ENABLED = False  # measure the engine itself
from tui.opening import open_briefing
path = Path(sys.argv[1])
start = time.perf_counter()
loaded, briefing = open_briefing([str(path)], use_cache=False)
seconds = time.perf_counter() - start
print(json.dumps({
    "seconds": seconds,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "documents": len(loaded.documents),
    "errors": [e.reason for e in loaded.errors],
}))
"""


def _words(rng: random.Random, size: int, sep: str = " ") -> str:
    out: list[str] = []
    total = 0
    while total < size:
        word = rng.choice(_WORDS)
        out.append(word)
        total += len(word) + len(sep)
    return sep.join(out)


def _name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}"


def _repeat_to(size: int, make: Callable[[int], str]) -> str:
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        part = make(i)
        parts.append(part)
        total += len(part.encode("utf-8"))
        i += 1
    return "".join(parts)


HEAD = "Stress headline for the engine\n\n"


def shapes() -> dict[str, tuple[str, Callable[[random.Random, int], bytes]]]:
    """Name -> (file suffix, generator of about ``size`` bytes)."""
    marks = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb"]

    def text(s: str) -> bytes:
        return s.encode("utf-8")

    return {
        "one long line of words": (".txt", lambda r, n: text(HEAD + _words(r, n))),
        "one paragraph, hard-wrapped, no full stop": (
            ".txt",
            lambda r, n: text(HEAD + _repeat_to(n, lambda i: _words(r, 60) + "\n")),
        ),
        "one word, no spaces": (".txt", lambda r, n: text(HEAD + "x" * n)),
        "mixed quotation marks in one paragraph": (
            ".txt",
            lambda r, n: text(HEAD + _repeat_to(n, lambda i: f"{r.choice(marks)}{r.choice(_WORDS)} ")),
        ),
        "many short quotations": (
            ".txt",
            lambda r, n: text(HEAD + _repeat_to(n, lambda i: f'"{_words(r, 40)}," {_name(r)} said. ')),
        ),
        "thousands of distinct names": (
            ".txt",
            lambda r, n: text(HEAD + _repeat_to(n, lambda i: f"{_name(r)} met {_name(r)} in {_name(r)}. ")),
        ),
        "many paragraphs": (".txt", lambda r, n: text(HEAD + _repeat_to(n, lambda i: f"{_words(r, 60)}.\n\n"))),
        "abbreviations and initials": (
            ".txt",
            lambda r, n: text(
                HEAD + _repeat_to(n, lambda i: "Dr. J. R. R. Smith of the U.S. Dept. met Mr. A. B. Cee. ")
            ),
        ),
        "escape sequences and controls": (
            ".txt",
            lambda r, n: text(HEAD + _repeat_to(n, lambda i: f"{_words(r, 400)} \x1b]2;T\x07\x1b[2J\u202e\u0085. ")),
        ),
        "combining marks and emoji runs": (
            ".txt",
            lambda r, n: text(
                HEAD + _repeat_to(n, lambda i: "e" + "\u0301" * 20 + " " + "\U0001f468\u200d" * 10 + " ")
            ),
        ),
        "utf-8 with stray bytes": (
            ".txt",
            lambda r, n: b"".join(
                text(f"Caf\u00e9 r\u00e9ouverture {_words(r, 200)}.") + b"\xe9 " for _ in range(max(1, n // 220))
            ),
        ),
        "html, one tag with many attributes": (
            ".html",
            lambda r, n: text(
                "<html><head><title>Stress - Site</title></head><body><article><p "
                + _repeat_to(n, lambda i: f'data-a{i}="v{i}" ')
                + ">The council met on Monday and voted to close the road for repairs.</p></article></body></html>"
            ),
        ),
        "html, many tags of 200 attributes": (
            ".html",
            lambda r, n: text(
                "<html><body><article>"
                + _repeat_to(
                    n, lambda i: "<p " + " ".join(f'a{k}="{k}"' for k in range(200)) + f">{_words(r, 80)}.</p>"
                )
                + "</article></body></html>"
            ),
        ),
        "html, tags and comments never closed": (
            ".html",
            lambda r, n: text(
                "<html><body><article><p>The council met.</p>"
                + _repeat_to(n, lambda i: f"<a {_words(r, 40)} <!-- {_words(r, 40)} <![CDATA[ </")
            ),
        ),
        "html, deeply nested elements": (
            ".html",
            lambda r, n: text(
                "<html><body><article>"
                + "<div><span>" * (n // 22)
                + "<p>The council met on Monday and voted to close the road.</p>"
                + "</span></div>" * (n // 22)
                + "</article></body></html>"
            ),
        ),
        "html, many paragraphs and links": (
            ".html",
            lambda r, n: text(
                "<html><head><title>Stress - Site</title></head><body><article>"
                + _repeat_to(n, lambda i: f'<p>{_words(r, 80)} <a href="/x/{i}">{_words(r, 12)}</a>.</p>\n')
                + "</article></body></html>"
            ),
        ),
        "markdown, deeply nested quotes and lists": (
            ".md",
            lambda r, n: text("# Stress\n\n" + _repeat_to(n, lambda i: "> " * (i % 50) + "- " + _words(r, 40) + "\n")),
        ),
        "markdown, raw html never closed": (
            ".md",
            lambda r, n: text(
                "# Stress\n\nThe council met.\n\n<div>" + _repeat_to(n, lambda i: f"<a {_words(r, 40)} ")
            ),
        ),
        "markdown, front matter of many keys": (
            ".md",
            lambda r, n: text(
                "---\n" + _repeat_to(n, lambda i: f"key{i}: {_words(r, 30)}\n") + "---\nThe body. It loads.\n"
            ),
        ),
        "markdown, yaml aliases": (
            ".md",
            lambda r, n: text(
                "---\na: &a [x,x,x,x,x,x,x,x,x]\n"
                + "".join(f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
                + "title: [*i,*i,*i,*i,*i,*i,*i,*i,*i]\nauthor: *i\n---\n"
                + _repeat_to(n, lambda i: f"{_words(r, 60)}.\n\n")
            ),
        ),
    }


def run_one(path: Path, timeout: float) -> dict[str, object] | None:
    """Analyse one file in a fresh process: its time and peak memory (None when it ran out of time)."""
    env = dict(os.environ, PYTHONPATH=str(TOP), BRIEFING_CACHE_DIR="")
    try:
        result = subprocess.run(
            [sys.executable, "-c", _RUNNER, str(path)], capture_output=True, text=True, timeout=timeout, env=env
        )
    except subprocess.TimeoutExpired:
        return None
    if result.returncode != 0:
        return {"failed": result.stderr.strip().splitlines()[-1:] or ["exit status " + str(result.returncode)]}
    return json.loads(result.stdout)


def main(argv: list[str] | None = None) -> int:
    """Run every shape at every size and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.25,1,4", help="sizes in MB, comma-separated")
    parser.add_argument("--only", default="", help="shapes whose names contain one of these words, comma-separated")
    parser.add_argument("--timeout", type=float, default=300, help="seconds allowed for one file")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",")]
    wanted = [w for w in args.only.split(",") if w]
    rows: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (suffix, make) in shapes().items():
            if wanted and not any(w in name for w in wanted):
                continue
            row: dict[str, object] = {}
            for size in sizes:
                data = make(random.Random(7), int(size * MB))
                path = Path(tmp) / f"input{suffix}"
                path.write_bytes(data)
                figures = run_one(path, args.timeout)
                row[str(size)] = figures if figures is not None else {"timeout": args.timeout}
                row[f"{size}_bytes"] = len(data)
                if not args.json:
                    print(f"  {name} at {size} MB: {_cell(row, size)}", file=sys.stderr, flush=True)
                if figures is None:
                    break
            rows[name] = row
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        print(_table(rows, sizes))
    return 0


def _cell(row: dict[str, object], size: float) -> str:
    figures = row.get(str(size))
    if not isinstance(figures, dict):
        return "-"
    if "timeout" in figures:
        return f">{figures['timeout']:.0f} s"
    if "failed" in figures:
        return "failed: " + " ".join(figures["failed"])
    per_mb = figures["seconds"] / (int(row[f"{size}_bytes"]) / MB)  # type: ignore[call-overload]
    refused = f" (not loaded: {figures['errors'][0]})" if figures.get("errors") else ""
    return f"{per_mb:.2f} s/MB{refused}"


def _exponent(row: dict[str, object], sizes: list[float]) -> str:
    if len(sizes) < 2:
        return "-"
    first, last = row.get(str(sizes[0])), row.get(str(sizes[-1]))
    if not (isinstance(first, dict) and isinstance(last, dict) and "seconds" in first and "seconds" in last):
        return "-"
    ratio = int(row[f"{sizes[-1]}_bytes"]) / int(row[f"{sizes[0]}_bytes"])  # type: ignore[call-overload]
    return f"{math.log(max(last['seconds'], 1e-3) / max(first['seconds'], 1e-3)) / math.log(ratio):.2f}"


def _table(rows: dict[str, dict[str, object]], sizes: list[float]) -> str:
    head = ["shape", *[f"{s:g} MB" for s in sizes], "growth", f"peak at {sizes[-1]:g} MB"]
    lines = ["| " + " | ".join(head) + " |", "| " + " | ".join("---" for _ in head) + " |"]
    for name, row in rows.items():
        last = next((row[str(s)] for s in reversed(sizes) if str(s) in row), {})
        peak = f"{last['peak_mb']:.0f} MB" if isinstance(last, dict) and "peak_mb" in last else "-"
        cells = [_cell(row, s) for s in sizes]
        lines.append("| " + " | ".join([name, *cells, _exponent(row, sizes), peak]) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
