"""Find and read publication dates in the forms news pages print them.

"Thursday, February 5, 2026", "Feb. 5, 2026", "Mon 2 Mar 2026 09.15 EST",
"5th February 2026", "16/04/2026", "15.03.2026", "2026-03-02T09:15:00Z",
"Published 2 March 2026 12:00 GMT". Results are ISO dates (``YYYY-MM-DD``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..lexicon import LEXICON


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found in a line: where, which day, and how it was labelled."""

    start: int
    end: int
    iso: str
    label: str  # "published", "updated" or "" when the line does not say


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    month = "|".join(sorted(LEXICON.month_numbers, key=len, reverse=True))
    weekday = "|".join(sorted(LEXICON.weekdays, key=len, reverse=True))
    wd = rf"(?:(?:{weekday})\.?,?\s+)?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    mon = rf"(?P<month>{month})\.?"
    year = r"(?P<year>(?:19|20)\d\d)"
    flags = re.IGNORECASE
    return (
        # 2026-03-02, 2026/03/02, 2026-03-02T09:15:00Z
        re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)[-/.](?P<mnum>[01]?\d)[-/.](?P<day>[0-3]?\d)(?![\d/.-]*\d)"),
        # Thursday, February 5, 2026 / Feb. 5 2026
        re.compile(rf"\b{wd}{mon}\s+{day},?\s+{year}\b", flags),
        # Mon 2 Mar 2026 / 5th February, 2026 / 2 March 2026
        re.compile(rf"\b{wd}{day}\s+(?:of\s+)?{mon},?\s+{year}\b", flags),
        # 16/04/2026, 15.03.2026, 04-16-2026
        re.compile(
            r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d/.-]*\d)"
        ),
    )


_YEAR = re.compile(r"(?:19|20)\d\d")
_LABEL = re.compile(
    r"\b(?P<label>first published|published|posted|released|issued|updated|last updated|modified|"
    r"last modified|edited)\b[^\d]{0,16}$",
    re.IGNORECASE,
)


def _label_before(line: str, start: int) -> str:
    """'published', 'updated' or '' from the words just before a date."""
    match = _LABEL.search(line[max(0, start - 40) : start])
    if not match:
        return ""
    word = match.group("label").casefold()
    return "updated" if any(w in word for w in ("updat", "modif", "edit")) else "published"


def _make(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric(match: re.Match[str], day_first: bool) -> str | None:
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    if match.group("sep") == ".":
        return _make(year, b, a)  # 15.03.2026 is always day first
    if a > 12:
        return _make(year, b, a)
    if b > 12:
        return _make(year, a, b)
    return _make(year, b, a) if day_first else _make(year, a, b)


def find_dates(line: str, day_first: bool = True) -> list[DateHit]:
    """Every date in ``line``, left to right, without overlaps.

    ``day_first`` settles numeric dates such as 04/03/2026 that could be read
    either way; unambiguous ones (16/04/2026) are read correctly regardless.
    """
    hits: list[DateHit] = []
    if not _YEAR.search(line):
        return hits  # every form we read has a four-digit year
    taken: list[tuple[int, int]] = []
    for index, pattern in enumerate(_patterns()):
        for m in pattern.finditer(line):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if index == 0:
                iso = _make(int(m.group("year")), int(m.group("mnum")), int(m.group("day")))
            elif index == 3:
                iso = _numeric(m, day_first)
            else:
                month = LEXICON.month_numbers[m.group("month").casefold()]
                iso = _make(int(m.group("year")), month, int(m.group("day")))
            if iso:
                taken.append((m.start(), m.end()))
                hits.append(DateHit(m.start(), m.end(), iso, _label_before(line, m.start())))
    hits.sort(key=lambda h: h.start)
    return hits


_DAY_WORD = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+([^\W\d_]++)\b", re.IGNORECASE)
_WORD_DAY = re.compile(r"\b([^\W\d_]++)\.?\s+\d{1,2}\b")  # (possessive: a word is never tried shorter)


def prefers_day_first(text: str) -> bool:
    """Guess how an article writes dates: '2 March' (day first) or 'March 2'."""
    text = text[:4000]  # the dateline and the first paragraphs show the style
    months = LEXICON.month_numbers  # (words then looked up: quicker than an alternation of every month name)
    day_month = sum(1 for word in _DAY_WORD.findall(text) if word.casefold() in months)
    month_day = sum(1 for word in _WORD_DAY.findall(text) if word.casefold() in months)
    return day_month >= month_day


def parse_date(value: object) -> str | None:
    """An ISO date from a metadata value (YAML date, ISO string, free text)."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    text = str(value).strip()
    if not text:
        return None
    hits = find_dates(text)
    if hits:
        return hits[0].iso
    if not re.search(r"\b(?:19|20)\d\d\b", text):
        return None
    try:
        from dateutil import parser as dateparser

        return dateparser.parse(text, fuzzy=True).date().isoformat()
    except (ValueError, OverflowError, TypeError):
        return None
