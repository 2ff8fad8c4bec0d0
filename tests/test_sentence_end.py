"""The sentence-end patterns: which marks end a sentence, a clause or a statement, in which scripts."""

from __future__ import annotations

import pytest

from tui.core import sentence_end as se


@pytest.mark.parametrize(
    ("text", "sentence", "any_script", "quote_any_script", "colon", "clause", "statement"),
    [
        ("It rained.", True, True, True, True, True, True),
        ('He said "no."', True, True, True, True, True, True),
        ("Why (again?)", True, True, True, True, True, False),
        ("The list:", False, False, False, True, True, False),
        ("First; then", False, False, False, False, False, False),
        ("Before; ", False, False, False, False, False, False),
        ("And so;", False, False, False, False, True, False),
        ("雨が降った。", False, True, True, False, False, False),
        ("「雨だ。」", False, True, True, False, False, False),
        ('the word "end"', False, False, True, False, False, True),
        ("rock \u2019n\u2019", False, False, False, False, False, True),
        ("A headline", False, False, False, False, False, False),
    ],
)
def test_each_end_pattern(text, sentence, any_script, quote_any_script, colon, clause, statement):
    found = [
        bool(p.search(text))
        for p in (
            se.SENTENCE_END,
            se.SENTENCE_END_ANY_SCRIPT,
            se.SENTENCE_OR_QUOTE_END_ANY_SCRIPT,
            se.SENTENCE_OR_COLON_END,
            se.CLAUSE_END,
            se.STATEMENT_END,
        )
    ]
    assert found == [sentence, any_script, quote_any_script, colon, clause, statement]


def test_marks_that_are_special_in_patterns_are_literal():
    assert se.ending("]").search("x]")
    assert not se.ending("]").search("x\\")
