"""General knowledge kept as plain data files (one entry a line, '#' comments).

Each file says where its entries come from in its first lines.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_HERE = Path(__file__).parent  # plain files in the installed package (importlib.resources costs 40 ms to start)


@cache
def lines(name: str) -> tuple[str, ...]:
    """The non-blank, non-comment lines of data file ``name``."""
    raw = (_HERE / name).read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in lines(name))


@cache
def word_set(name: str) -> frozenset[str]:
    """The lines of a data file as a case-folded set."""
    return frozenset(line.casefold() for line in lines(name))
