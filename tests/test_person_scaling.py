"""Placing a name among the people already found compares it with a few names, not with every one.

Thousands of distinct names in one file grew with the square of their number: each new name was compared
with every name of its shape, and each lone given name with every full name of its article. The work is
counted as the names compared, so the tests do not depend on the machine's speed.
"""

from __future__ import annotations

import itertools

import pytest
import rapidfuzz

import tui.core.persons as persons
from tui.core.names import Candidate
from tui.core.persons import PersonIndex, PersonKey, name_tokens

_SYLLABLES = "ka lo mi ra te su vo ne di ba".split()


def _names(count: int) -> list[str]:
    words = ("".join(p).capitalize() for p in itertools.product(_SYLLABLES, repeat=3))
    pairs = zip(words, words)  # every name a new first and last word
    return [f"K{first.lower()} {last}" for first, last in itertools.islice(pairs, count)]


def _index(names: list[str]) -> PersonIndex:
    index = PersonIndex()
    for n, name in enumerate(names):
        cand = Candidate("d1", n * 20, n * 20 + len(name), name, "person")
        index.add(cand, PersonKey(*name_tokens(cand.folded)))
    return index


@pytest.fixture
def compared(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many names each fuzzy comparison looked at."""
    seen: list[int] = []
    ratio, extract = rapidfuzz.fuzz.ratio, rapidfuzz.process.extract

    def counting_ratio(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(1)
        return ratio(*args, **kwargs)

    def counting_extract(query, choices, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(len(choices))
        return extract(query, choices, *args, **kwargs)

    monkeypatch.setattr(rapidfuzz.fuzz, "ratio", counting_ratio)
    monkeypatch.setattr(rapidfuzz.process, "extract", counting_extract)
    return seen


def test_a_new_full_name_is_compared_only_with_names_sharing_a_word(compared: list[int]) -> None:
    index = _index(_names(500))  # one shape: two words from the letter K
    assert index.same_person(("kzazaza", "tetete"), "") is None
    assert sum(compared) < 5


def test_a_spelling_variant_sharing_a_word_is_still_found() -> None:
    index = _index([*_names(50), "Mohammed Morsi"])
    assert index.same_person(("mohamed", "morsi"), "") == PersonKey(("mohammed", "morsi"))
    assert index.same_person(("mohamed", "mursi"), "") is None  # (both words differ)


def test_a_lone_given_name_is_compared_only_with_names_it_may_shorten(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    short_form = persons._short_form

    def counting(word: str, given: str) -> bool:
        calls.append(given)
        return short_form(word, given)

    monkeypatch.setattr(persons, "_short_form", counting)
    index = _index([*_names(500), "Lachlan Roe"])
    assert [m.name for m in index.by_nickname("lachie", "d1")] == [("lachlan", "roe")]
    assert len(calls) <= 2
