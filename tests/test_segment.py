"""Paragraph and sentence segmentation with offsets."""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.segment import paragraph_spans, quote_regions, segment


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)[1]]


def test_abbreviations_initials_and_decimals():
    text = (
        "Sen. Maria Lopes met Dr. Ana Ruiz in Jan. last year. John F. Kennedy Airport was closed. "
        "Growth was 3.5 per cent. The U.N. said so."
    )
    assert sentences(text) == [
        "Sen. Maria Lopes met Dr. Ana Ruiz in Jan. last year.",
        "John F. Kennedy Airport was closed.",
        "Growth was 3.5 per cent.",
        "The U.N. said so.",
    ]


def test_acronym_at_the_end_of_a_sentence():
    assert sentences("Talks were held with the U.S. But no deal was reached.") == [
        "Talks were held with the U.S.",
        "But no deal was reached.",
    ]
    assert sentences("The U.S. Senate voted.") == ["The U.S. Senate voted."]


def test_never_split_inside_an_open_quotation():
    text = 'She said: "We will not back down. Not this time." Then she left.'
    assert sentences(text) == ['She said: "We will not back down. Not this time."', "Then she left."]
    curly = "He said: \u201cIt is over. We go home.\u201d The crowd cheered."
    assert len(sentences(curly)) == 2


def test_unbalanced_quote_does_not_swallow_the_paragraph():
    text = '"We are ready. The talks will go on. Nobody doubts it. The minister spoke.'
    assert len(sentences(text)) == 4


def test_question_and_exclamation_marks():
    assert sentences("Is it over? Yes! It is.") == ["Is it over?", "Yes!", "It is."]


def test_paragraphs():
    text = "First para.\n\nSecond para line one.\nline two.\n\n\n  Third.  "
    spans = paragraph_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["First para.", "Second para line one.\nline two.", "Third."]


def test_apostrophes_are_not_quotes():
    assert quote_regions("The dockers\u2019 union said O\u2019Brien\u2019s plan won\u2019t work.") == []


def _visible(text: str) -> str:
    return re.sub(r"\s+", "", text)


@given(st.text(alphabet=st.sampled_from('ab. ,"\u201c\u201d\u2019?!\nAB1'), max_size=200))
def test_spans_valid_and_nothing_lost_or_duplicated(text):
    paragraphs, sents = segment(text)
    for span in (*paragraphs, *sents):
        assert 0 <= span.start < span.end <= len(text)
    # sentences cover every visible character of every paragraph, once, in order
    for para in paragraphs:
        inside = [s for s in sents if para.start <= s.start and s.end <= para.end]
        assert "".join(_visible(text[s.start : s.end]) for s in inside) == _visible(text[para.start : para.end])
    assert sum(len(_visible(text[s.start : s.end])) for s in sents) == len(_visible(text))
    assert all(a.end <= b.start for a, b in itertools.pairwise(sents))


@given(st.text(max_size=300))
def test_arbitrary_unicode_segments_without_error(text):
    paragraphs, sents = segment(text)
    assert all(0 <= s.start < s.end <= len(text) for s in (*paragraphs, *sents))


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="ab.'-\u2019 \n1_é", max_size=120)
    | st.builds(lambda n, tail: "a" * n + tail, st.integers(70, 90), st.sampled_from(["\n", "\n\n", "", " "])),
    st.integers(min_value=0, max_value=130),
)
def test_the_word_before_a_mark_is_what_an_anchored_search_finds(text, position):
    from tui.core.segment import word_before

    position = min(position, len(text))
    found = re.search(r"([\w.'\u2019-]+)$", text[max(0, position - 80) : position])
    assert word_before(text, position) == (found.group(1) if found else "")
