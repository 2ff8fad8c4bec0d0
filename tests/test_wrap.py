"""The article's word wrap: every character once, lines within the width in cells, grapheme clusters whole."""

from __future__ import annotations

from itertools import pairwise

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.core.model import Span
from tui.widgets.wrap import BLANK, layout

CLUSTER = regex.compile(r"\X")


def _lines(text: str, width: int) -> list[str]:
    laid = layout(text, [Span(0, len(text))], width)
    return [text[s:e] for s, e in laid.lines]


def _check(text: str, width: int) -> list[str]:
    """The wrap's promises, checked; returns the lines."""
    laid = layout(text, [Span(0, len(text))], width)
    lines = [line for line in laid.lines if line != BLANK]
    assert "".join(text[s:e] for s, e in lines) == text  # every character, once, in order
    for (_, end), (start, _) in pairwise(lines):
        assert end == start
    boundaries = {m.start() for m in CLUSTER.finditer(text)} | {len(text)}
    for start, end in lines:
        assert start in boundaries and end in boundaries  # never inside a grapheme cluster
        assert cell_len(text[start:end].rstrip()) <= width  # what is drawn fits
    return [text[s:e] for s, e in lines]


def test_a_long_url_is_cut_at_the_edge_of_every_line():
    url = "https://example.org/" + "a1b2c3d4e5" * 40 + "/end"
    text = f"See {url} for the report."
    lines = _check(text, 60)
    assert lines[0] == "See "
    assert all(len(line) == 60 for line in lines[1:-2])  # full lines, no one-character lines
    assert "".join(lines).count(url) == 1


def test_decomposed_accents_and_emoji_runs_stay_whole():
    accents = "e\u0301" * 100
    lines = _check(accents, 10)
    assert all(len(line) == 20 for line in lines[:-1])  # ten letters a line, each with its accent
    emoji = "\U0001f44d\U0001f3fd" * 30 + " " + "\U0001f468\u200d\U0001f469\u200d\U0001f467" * 20
    for line in _check(emoji, 12):
        assert cell_len(line.rstrip()) > 2  # never one code point a line


def test_a_five_megabyte_word_is_laid_out_in_lines_of_the_width():
    word = "x" * 5_000_000
    laid = layout(word, [Span(0, len(word))], 80)
    assert len(laid.lines) == 62_500 and laid.lines[1] == (80, 160)


_PIECES = [*"abc xyz  ,.", "e\u0301", "\u0301", "\u200d", "\ufe0f", "\u4e2d", "\U0001f44d", "\U0001f3fd"]
_PIECES += ["\U0001f1f5", "\U0001f1f9", "https://a.b/c", "x" * 30]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, width=st.integers(min_value=8, max_value=50))
@example(text=" \u0301https://a.b/c", width=8)  # a space and an accent: one cluster, never split
def test_wrapping_any_text(text, width):
    _check(text, width)
