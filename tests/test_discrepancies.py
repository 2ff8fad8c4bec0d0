"""Discrepancies: figures, dates, speakers and quote words on which aligned articles differ."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.core.analyze import analyze
from tui.core.figures import values_in
from tui.core.load import load_paths

HERE = Path(__file__).parent / "discrepancies"


def _gold() -> set[tuple[str, str, str, str, str]]:
    rows = (line.split("\t") for line in (HERE / "gold.tsv").read_text(encoding="utf-8").splitlines())
    return {(r[0], r[1], r[2], r[3], r[4]) for r in rows if r and not r[0].startswith("#") and len(r) == 5}


def _flags() -> set[tuple[str, str, str, str, str]]:
    briefing = analyze(load_paths([HERE]).documents)
    stem = {d.id: Path(d.path).stem for d in briefing.documents}
    out = set()
    for d in briefing.discrepancies:
        (a, va), (b, vb) = sorted([(stem[d.a.doc], d.values[0]), (stem[d.b.doc], d.values[1])])
        out.add((a, b, d.kind, va, vb))
    return out


def test_the_invented_pairs_are_flagged_where_they_differ_and_only_there():
    gold, flags = _gold(), _flags()
    found = gold & flags
    recall, precision = len(found) / len(gold), len(found) / max(1, len(flags))
    assert recall >= 0.9 and precision >= 0.9, (sorted(gold - flags), sorted(flags - gold))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("1.5 million people", "1,500,000 people"),
        ("Feb. 2", "February 2"),
        ("Feb 2, 2026", "2 February"),
        ("3 p.m.", "15:00"),
        ("3:40 a.m.", "03:40"),
        ("three people", "3 people"),
        ("$5bn", "$5 billion"),
        ("£300k", "£300,000"),
        ("5%", "5 percent"),
        ("US$5", "$5"),
        ("four per cent", "4%"),
        ("a 45-year-old", "aged 45"),
        ("Smith, a 45-year-old", "Smith, 45,"),
        ("12 deaths", "12 dead"),
    ],
)
def test_one_value_written_two_ways_reads_the_same(one, other):
    (a,), (b,) = values_in(one), values_in(other)
    assert (a.kind, a.key, a.value) == (b.kind, b.key, b.value)


@pytest.mark.parametrize(
    ("one", "other"),
    [("$5 billion", "$4.6 billion"), ("Tuesday", "Wednesday"), ("12 dead", "15 dead"), ("May 2", "May 3")],
)
def test_different_values_read_differently(one, other):
    (a,), (b,) = values_in(one), values_in(other)
    assert (a.kind, a.key) == (b.kind, b.key) and a.value != b.value


def test_a_year_or_a_bare_number_is_no_count():
    assert values_in("Between 2015 and 2021 in all, 14 of them") == ()


@pytest.mark.parametrize(
    "text",
    [
        "a deal worth between $140 million and $150 million",
        "offers in the $140 million to $160 million range",
        "seven years, $140-150 million",
        "from 2 to 3 people",
    ],
)
def test_a_range_is_no_single_value(text):
    assert [v for v in values_in(text) if v.kind == "amount" or v.key == "people"] == []


def test_the_day_a_thing_was_said_is_not_the_day_it_happened():
    assert values_in("no suspects, police said Saturday") == ()
    assert [v.text for v in values_in("the bomb exploded late Friday, officials announced on Monday")] == ["Friday"]


def test_a_rate_and_a_total_are_different_things():
    (rate,), (total,) = values_in("at speeds of 120 miles per hour"), values_in("a chase of 120 miles")
    assert rate.key != total.key


def test_the_ages_of_two_people_named_are_not_one_age():
    (a,), (b,) = values_in("Steinberg, 48, of Macomb"), values_in("Kafoury, 63, and")
    assert a.key != b.key


@given(st.text(alphabet=st.sampled_from(list("0123456789,.$£€%- apmFebMayTuesdaypeople")), max_size=60))
def test_values_are_read_from_any_text_with_their_offsets(text):
    for value in values_in(text):
        assert 0 <= value.start < value.end <= len(text)
        assert text[value.start : value.end].startswith(value.text[:1])
