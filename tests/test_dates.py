"""Dates in the forms news pages print them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.core.load.dates import find_dates, parse_date, prefers_day_first


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Thursday, February 5, 2026", "2026-02-05"),
        ("Feb. 5, 2026", "2026-02-05"),
        ("Mon 2 Mar 2026 09.15 EST", "2026-03-02"),
        ("5th February 2026", "2026-02-05"),
        ("16/04/2026", "2026-04-16"),
        ("04/16/2026", "2026-04-16"),
        ("15.03.2026, 10:32 Uhr", "2026-03-15"),
        ("2026-03-02T09:15:00Z", "2026-03-02"),
        ("Published 2 March 2026 12:00 GMT", "2026-03-02"),
        ("Published 2:15 PM GMT, March 3, 2026", "2026-03-03"),
        ("Sept. 30, 2025", "2025-09-30"),
        ("World February 2, 2026", "2026-02-02"),
    ],
)
def test_date_forms(line, iso):
    hits = find_dates(line)
    assert [h.iso for h in hits] == [iso]


def test_labels():
    hits = find_dates("Published: 2 March 2026 | Updated: 3 March 2026")
    assert [(h.iso, h.label) for h in hits] == [("2026-03-02", "published"), ("2026-03-03", "updated")]


def test_ambiguous_numeric_dates_follow_the_article_style():
    assert find_dates("04/03/2026", day_first=True)[0].iso == "2026-03-04"
    assert find_dates("04/03/2026", day_first=False)[0].iso == "2026-04-03"
    assert prefers_day_first("on 2 March the talks began")
    assert not prefers_day_first("on March 2 the talks began")


def test_impossible_dates_and_plain_numbers_are_not_dates():
    assert find_dates("31/02/2026") == []
    assert find_dates("The vote was 2026 to 1999, with 15 abstentions.") == []
    assert find_dates("version 1.2.3") == []


def test_parse_metadata_values():
    assert parse_date(dt.date(2026, 3, 4)) == "2026-03-04"
    assert parse_date(dt.datetime(2026, 3, 4, 10, 0)) == "2026-03-04"
    assert parse_date("March 4, 2026") == "2026-03-04"
    assert parse_date("2026-03-04T10:00:00+01:00") == "2026-03-04"
    assert parse_date("not a date") is None
    assert parse_date(None) is None


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_written_dates_read_back(day):
    for form in (
        f"{day:%A, %B} {day.day}, {day.year}",
        f"{day.day} {day:%b %Y}",
        day.isoformat(),
        f"{day.day:02d}.{day.month:02d}.{day.year}",
    ):
        assert [h.iso for h in find_dates(form)] == [day.isoformat()], form


@given(st.text())
def test_find_dates_never_raises_and_spans_are_valid(text):
    for hit in find_dates(text):
        assert 0 <= hit.start < hit.end <= len(text)
