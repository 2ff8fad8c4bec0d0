"""The work of finding quotations and their speakers grows with the length of the text, not its square.

A paragraph without a full stop is one sentence: each of its quotations must not make the speaker rules
read the whole sentence again. The work is counted as the characters handed to the word patterns, so the
test does not depend on the machine's speed.
"""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import tui.core.quote_terms as quote_terms
import tui.core.quotes as quotes
import tui.core.speakers.constructions as constructions
import tui.core.speakers.phrases as phrases
from tui.core.analyze import analyze
from tui.core.model import Document
from tui.core.quotes import QuoteSpan
from tui.core.segment import segment

_MARKS = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb"]
_WORDS = "the council met on monday and voted to close the road while residents said they had not been told".split()


class _Counting:
    """A compiled pattern that counts the characters each search is given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def _span(self, text: str, pos: int = 0, endpos: int | None = None) -> None:
        self.read += (len(text) if endpos is None else min(endpos, len(text))) - pos

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62):
        self._span(text, pos, endpos)
        return self.pattern.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = 2**62):
        self._span(text, pos, endpos)
        return self.pattern.findall(text, pos, endpos)


def make_doc(text: str) -> Document:
    paragraphs, sentences = segment(text)
    return Document(id="d1", path="d1.txt", text=text, paragraphs=paragraphs, sentences=sentences)


def _mixed_marks(words: int) -> str:
    rng = random.Random(3)
    return "Headline of the test\n\n" + " ".join(f"{rng.choice(_MARKS)}{rng.choice(_WORDS)}" for _ in range(words))


def _characters_read(monkeypatch, text: str) -> int:
    word = _Counting(phrases.WORD)
    term = _Counting(quote_terms._TERM_WORD)
    monkeypatch.setattr(phrases, "WORD", word)
    monkeypatch.setattr(constructions, "WORD", word)
    monkeypatch.setattr(quote_terms, "_TERM_WORD", term)
    analyze([make_doc(text)])
    return word.read + term.read


def test_speaker_rules_read_a_long_sentence_of_quotations_a_bounded_number_of_times(monkeypatch):
    small = _characters_read(monkeypatch, _mixed_marks(2_000))
    large = _characters_read(monkeypatch, _mixed_marks(8_000))
    # four times the text: about four times the work (the square would be sixteen)
    assert large < 6 * small, (small, large)


def _outermost_pairwise(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    return [
        q for q in spans if not any(o.start <= q.outer_start and q.outer_end <= o.end and o is not q for o in spans)
    ]


_SPAN = st.tuples(st.integers(0, 30), st.integers(0, 3), st.integers(0, 30), st.integers(0, 3)).map(
    lambda t: QuoteSpan(t[0], t[0] + t[1] + t[2] + t[3] + 2, t[0] + t[1], t[0] + t[1] + t[2] + 1)
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SPAN, max_size=12))
def test_quotations_inside_another_are_dropped_as_by_comparing_every_pair(spans):
    assert quotes._not_within_another(spans) == _outermost_pairwise(spans)
