"""The figures a passage gives: amounts of money, percentages, counts, dates, days, times and ages.

Each value is read into a comparable form, so that the same value written
differently compares equal: "1.5 million" and "1,500,000", "Feb. 2" and
"2 February", "3 p.m." and "15:00", "three people" and "3 people", "$5bn" and
"$5 billion". A value's ``key`` says what it measures (the currency, the
counted noun), so only values of one thing are compared. The words are kept
as data (months, weekdays, number words, scales, currencies, counted nouns).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .lexicon import LEXICON

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SUFFIX = r"(?:st|nd|rd|th)?"


@dataclass(frozen=True, slots=True)
class Value:
    """One figure of a text: what it measures, its value in a comparable form, and where it is written."""

    kind: str  # amount | percentage | count | date | day | time | age
    key: str  # what is measured: the currency, the counted noun; the kind itself for dates, days, times, ages
    value: tuple[float, ...]  # comparable: a number, (month, day), minutes since midnight, ...
    start: int
    end: int
    text: str


@cache
def _weekdays() -> tuple[str, ...]:
    return tuple(w for w in LEXICON.weekdays if w.endswith("day"))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The regular expressions of each kind of value (built from the data files once)."""
    months = "|".join(sorted(map(re.escape, LEXICON.month_numbers), key=len, reverse=True))
    days = "|".join(_weekdays())
    words = "|".join(sorted(LEXICON.number_words, key=len, reverse=True))
    signs = [c for c in LEXICON.currencies if not c.isalpha() or c.isupper() or c == "Rs"]
    names = [c for c in LEXICON.currencies if c not in signs]
    sign = "|".join(sorted(map(re.escape, signs), key=len, reverse=True))
    name = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    scale = "|".join(sorted(map(re.escape, LEXICON.number_scales), key=len, reverse=True))
    number = rf"(?P<num>{_NUMBER}|(?i:\b(?:{words})\b))"
    return {
        "date": re.compile(
            rf"\b(?:(?P<m1>{months})\.?\s+(?P<d1>\d{{1,2}}){_SUFFIX}\b(?:,?\s+(?P<y1>\d{{4}})\b)?"
            rf"|(?P<d2>\d{{1,2}}){_SUFFIX}\s+(?:of\s+)?(?P<m2>{months})\b\.?(?:,?\s+(?P<y2>\d{{4}})\b)?)",
            re.IGNORECASE,
        ),
        "day": re.compile(rf"\b(?:{days})\b", re.IGNORECASE),
        "time": re.compile(
            r"\b(?P<h>\d{1,2})(?:[:.](?P<min>[0-5]\d))?\s?(?P<ap>[ap]\.?m\.?)(?!\w)"
            r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b",
            re.IGNORECASE,
        ),
        "age": re.compile(
            r"\b(?P<a1>\d{1,3})-years?-old\b|\b(?P<a2>\d{1,3}) years? old\b|\baged (?P<a3>\d{1,3})\b"
            r"|(?<=[A-Za-z]), (?P<a4>\d{1,3}),"
        ),
        "figure": re.compile(
            rf"(?P<sign>{sign})?\s?(?<![\w.,]){number}"
            rf"(?P<range>\s?(?:-|\u2013|to)\s?(?:{sign})?\s?(?:{_NUMBER}))?"
            rf"(?:[\s-]?(?P<scale>{scale})\b|(?![\w,]|\.\d))"
            rf"(?:\s?(?P<pct>%|percent\b|per cent\b|percentage points?\b))?"
            rf"(?:\s(?P<name>{name})\b)?"
        ),
    }


def _number(text: str) -> float:
    """The value of a number written in digits or as a word."""
    word = text.casefold()
    return LEXICON.number_words[word] if word in LEXICON.number_words else float(text.replace(",", ""))


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


_WORD_AFTER = re.compile(r"\s+([A-Za-z][A-Za-z-]*)")


_RATE = re.compile(r"\s+(?:per|a|an|each)\s+(hour|day|week|month|year|season|game|head|person)\b", re.IGNORECASE)


def _rate(text: str, end: int) -> tuple[str, int]:
    """'/hour' and where it ends when "per hour", "a year" ... follows ``end`` (else '' and ``end``): a rate is
    not the same thing as a total ("120 miles per hour" against "30 miles")."""
    match = _RATE.match(text, end)
    return ("/" + match.group(1).casefold(), match.end()) if match else ("", end)


def _counted(text: str, end: int) -> tuple[str, int] | None:
    """The noun counted by a number ending at ``end`` ("2,300 new jobs": 'job'), with where it ends."""
    at = end
    for _ in range(3):
        match = _WORD_AFTER.match(text, at)
        if match is None or match.group(1)[0].isupper():
            return None
        word = match.group(1).casefold()
        if word in LEXICON.count_modifiers:
            at = match.end()
            continue
        unit = LEXICON.count_units.get(_singular(word))
        if unit is None:
            return None
        rate, stop = _rate(text, match.end())
        return unit + rate, stop
    return None


_BETWEEN = re.compile(r"\bbetween\s+(?:(?:\S+\s+){1,3}and\s+)?\S*$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\d[\d,.]*%?\s?(?:[A-Za-z]+\s?)?(?:-|\u2013|to)\s?$")
_RANGE_AFTER = re.compile(r"\s?(?:-|\u2013|to)\s?\D{0,3}\d")
_SAID_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:on\s+|late\s+|early\s+)?$")
_WORDS_BEFORE = re.compile(r"([A-Za-z]+)\W+(?:(?:at least|more than|nearly|about|some|around|over|up to)\W+)?$")


def _role_before(text: str, start: int) -> str | None:
    """What a count of people before ``start`` says they are, from the verb before it ('killing' -> 'dead')."""
    match = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return None
    word = match.group(1).casefold()
    return LEXICON.count_roles.get(word)


def _reported_on(text: str, start: int) -> bool:
    """Whether a day or date at ``start`` says when something was said ("police said Saturday", "announced on
    Friday"): the day of a report, which articles of different days give differently, not of the event."""
    match = _SAID_BEFORE.search(text, max(0, start - 30), start)
    return match is not None and match.group(1).casefold() in LEXICON.speech_verb_list


def _dates(text: str, start: int, end: int) -> Iterator[Value]:
    for m in _patterns()["date"].finditer(text, start, end):
        if _reported_on(text, m.start()):
            continue
        month = LEXICON.month_numbers[(m.group("m1") or m.group("m2")).casefold()]
        day = int(m.group("d1") or m.group("d2"))
        if 1 <= day <= 31:
            yield Value("date", "date", (month, day), m.start(), m.end(), m.group())


def _days(text: str, start: int, end: int) -> Iterator[Value]:
    for m in _patterns()["day"].finditer(text, start, end):
        if m.group()[0].isupper() and not _reported_on(text, m.start()):
            yield Value("day", "day", (float(_weekdays().index(m.group().casefold())),), m.start(), m.end(), m.group())


def _times(text: str, start: int, end: int) -> Iterator[Value]:
    for m in _patterns()["time"].finditer(text, start, end):
        if m.group("h24"):
            hour = int(m.group("h24"))
            minutes = hour * 60 + int(m.group("m24"))
            if 1 <= hour <= 12 and not m.group("h24").startswith("0"):  # "6:41": morning or evening, unsaid
                yield Value("time", "time", (float(minutes % 720), AMBIGUOUS), m.start(), m.end(), m.group())
                continue
        else:
            hour = int(m.group("h"))
            if not 1 <= hour <= 12:
                continue
            pm = m.group("ap")[0].casefold() == "p"
            minutes = (hour % 12 + (12 if pm else 0)) * 60 + int(m.group("min") or 0)
        yield Value("time", "time", (float(minutes),), m.start(), m.end(), m.group().rstrip("."))


def _ages(text: str, start: int, end: int) -> Iterator[Value]:
    for m in _patterns()["age"].finditer(text, start, end):
        age = int(next(g for g in m.group("a1", "a2", "a3", "a4") if g))
        if not 0 < age < 120:
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        # "Steinberg, 48," and "Ashdown, a 47-year-old": the age of the person named just before
        name = re.search(r"(\w+)$" if m.group("a4") else r"(\w+),\s+an?\s+$", before)
        key = "age of " + name.group(1).casefold() if name else "age"
        yield Value("age", key, (float(age),), m.start(), m.end(), m.group().strip(", "))


def _figure(text: str, m: re.Match[str]) -> Value | None:
    """An amount, a percentage or a count from one match of the figure pattern (None: a bare number)."""
    if (
        m.group("range")
        or _BETWEEN.search(text, max(0, m.start() - 40), m.start())
        or _RANGE_AFTER.match(text, m.end())
        or _RANGE_BEFORE.search(text, max(0, m.start() - 30), m.start())
    ):
        return None  # a range ("$140-150 million", "between $140 and $150 million") is no single value
    amount = _number(m.group("num"))
    scale = m.group("scale")
    currency = LEXICON.currencies.get(m.group("sign") or m.group("name") or "")
    if scale:
        factor, money_only = LEXICON.number_scales[scale]  # (the pattern matches the scales as written)
        if money_only and currency is None:
            return None
        amount *= factor
    start = m.start("sign") if m.group("sign") else m.start("num")
    value = (round(amount, 6),)
    if currency:
        rate, stop = _rate(text, m.end())
        return Value("amount", currency + rate, value, start, stop, text[start:stop])
    if m.group("pct"):
        key = "point" if m.group("pct").startswith("percentage") else "percent"
        return Value("percentage", key, value, start, m.end(), text[start : m.end()])
    counted = _counted(text, m.end())
    if counted is None:
        return None
    unit, end = counted
    role = _role_before(text, start)  # "killing 12 people" counts the dead, "injuring 5 people" the injured
    if role is not None and unit == "people":
        unit = role
    return Value("count", unit, value, start, end, text[start:end])


AMBIGUOUS = -1.0  # the second part of a time read on a 12-hour clock with no a.m. or p.m.


def same_value(a: Value, b: Value) -> bool:
    """Whether two values of one thing are the same: equal, or a time that may be either half of the day
    ("6:41") and one of its two readings ("6:41pm", "18:41")."""
    if a.value == b.value:
        return True
    if a.kind == "time" and AMBIGUOUS in (a.value[1:] + b.value[1:]):
        return a.value[0] % 720 == b.value[0] % 720
    return False


def values_in(text: str, start: int = 0, end: int | None = None) -> tuple[Value, ...]:
    """Every figure written in ``text[start:end]``, in order; a number read as a date, time or age is not also
    a count.

    Args:
        text: the document text.
        start, end: the passage.

    Returns:
        The values, with offsets into ``text``.
    """
    end = len(text) if end is None else end
    found: list[Value] = []
    taken: list[tuple[int, int]] = []
    for reader in (_dates, _times, _ages, _days):
        for value in reader(text, start, end):
            found.append(value)
            taken.append((value.start, value.end))
    for m in _patterns()["figure"].finditer(text, start, end):
        if any(s < m.end() and m.start("num") < e for s, e in taken):
            continue
        figure = _figure(text, m)
        if figure is not None and figure.end <= end:
            found.append(figure)
    return tuple(sorted(found, key=lambda v: v.start))
