"""Small text helpers the report's formats share: one line of text, dates in words, web addresses."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SPACES = re.compile(r"\s+")
# C0 and C1 controls and DEL, bidirectional embeddings, overrides and isolates, line separators, byte-order marks
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def flat(text: str) -> str:
    """``text`` with every run of white space as one space and controls and bidi marks shown escaped (``\\x1b``)."""
    return _UNSAFE.sub(_escaped, _SPACES.sub(" ", text))


def one_line(text: str) -> str:
    """``text`` on one line (``flat``), without spaces at either end."""
    return flat(text).strip()


def long_date(published: str | None) -> str | None:
    """'2026-02-02' as '2 February 2026'; any other form as it is (None stays None)."""
    if not published:
        return None
    match = _ISO_DATE.match(published)
    if match is None:
        return one_line(published)
    year, month, day = (int(g) for g in match.groups())
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return one_line(published)
    return f"{day} {MONTHS[month - 1]} {year}"


def web_address(path: str) -> str | None:
    """``path`` when it is an http or https address a page may link to (None otherwise)."""
    if any(ch.isspace() or not ch.isprintable() for ch in path):
        return None
    try:
        parts = urlsplit(path)
    except ValueError:
        return None
    return path if parts.scheme in ("http", "https") and parts.netloc else None


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 source', '2 sources'."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
