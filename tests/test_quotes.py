"""Quotations and their speakers: the hard cases of real news copy."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.analyze import analyze
from tui.core.model import Briefing, Document
from tui.core.quotes import find_quotes
from tui.core.segment import segment


def make_doc(text: str, doc_id: str = "d1") -> Document:
    paragraphs, sentences = segment(text)
    return Document(id=doc_id, path=f"{doc_id}.txt", text=text, paragraphs=paragraphs, sentences=sentences)


def quoted(text: str) -> list[str]:
    doc = make_doc(text)
    return [text[q.start : q.end] for q in find_quotes(doc)]


def attributed(text: str) -> list[tuple[str, str | None]]:
    briefing: Briefing = analyze([make_doc(text)])
    names = {a.id: a.name for a in briefing.actors}
    return [(q.text, names.get(q.speaker) if q.speaker else None) for q in briefing.quotes]


def test_straight_curly_and_british_single_quotes():
    assert quoted('He said "we are ready" today.') == ["we are ready"]
    assert quoted("She said \u201cwe are ready\u201d today.") == ["we are ready"]
    assert quoted("She said \u2018we are ready\u2019 today.") == ["we are ready"]
    assert quoted("She said 'we are ready' today.") == ["we are ready"]


def test_apostrophes_are_not_quotes():
    text = (
        "The dockers' union backed O'Brien's plan to revive rock 'n' roll nights from the '90s, "
        "Jones' office said. It didn\u2019t say more about the dockers\u2019 union."
    )
    assert quoted(text) == []


def test_apostrophe_inside_a_british_quote():
    text = "\u2018It feels like the \u201980s all over again for the dockers\u2019 union,\u2019 said Ana Ruiz."
    assert quoted(text) == ["It feels like the \u201980s all over again for the dockers\u2019 union,"]


def test_multi_paragraph_quote_is_one_quote():
    text = (
        "\u201cWe weighed it for months.\n\n\u201cIn the end, we decided. I stand by that.\u201d\n\nThe minister left."
    )
    assert quoted(text) == ["We weighed it for months.\n\n\u201cIn the end, we decided. I stand by that."]


def test_quote_split_by_its_attribution():
    text = "\u201cWe will not back down,\u201d said Maria Lopes, the commissioner, \u201cnot this time.\u201d"
    assert attributed(text) == [("We will not back down,", "Maria Lopes"), ("not this time.", "Maria Lopes")]


def test_nested_quote_stays_inside_the_outer_one():
    text = "\u2018He told me, \u201cPack your things,\u201d and I laughed,\u2019 said Lena Vogel."
    assert quoted(text) == ["He told me, \u201cPack your things,\u201d and I laughed,"]


def test_colon_introduced_quote_and_the_next_paragraph():
    text = (
        "Foreign Minister Ana Ruiz said:\n\n\u201cWe will keep talking to everyone.\u201d\n\n"
        "Trade Minister Tomas Berg told reporters in Madrid: \u201cThe deal is done.\u201d"
    )
    assert attributed(text) == [("We will keep talking to everyone.", "Ana Ruiz"), ("The deal is done.", "Tomas Berg")]


def test_partial_quotes_are_partial_and_belong_to_the_subject():
    text = (
        "Washington has tightened sanctions, labelling the island an \u201cextraordinary threat\u201d. "
        "\u201cWe are not ready to debate our constitutional system,\u201d Carlos Fernandez said."
    )
    briefing = analyze([make_doc(text)])
    kinds = [(q.text, q.kind) for q in briefing.quotes]
    assert kinds == [
        ("extraordinary threat", "partial"),
        ("We are not ready to debate our constitutional system,", "direct"),
    ]
    names = {a.id: a.name for a in briefing.actors}
    assert [names[q.speaker] for q in briefing.quotes] == ["United States", "Carlos Fernandez"]


def test_pronoun_and_role_resolve_to_the_right_person():
    text = (
        "Maria Lopes, the commissioner, met Tomas Berg on Monday. Berg said little.\n\n"
        "\u201cThis is a hard decision,\u201d she said. \u201cBut we will take it.\u201d\n\n"
        "\u201cWe disagree,\u201d he added.\n\n"
        "\u201cThe talks will go on,\u201d the commissioner said."
    )
    assert attributed(text) == [
        ("This is a hard decision,", "Maria Lopes"),
        ("But we will take it.", "Maria Lopes"),
        ("We disagree,", "Tomas Berg"),
        ("The talks will go on,", "Maria Lopes"),
    ]


def test_following_quote_paragraph_continues_the_speaker():
    text = (
        "\u201cWe are ready,\u201d said Maria Lopes.\n\n\u201cThe plan is on the table and it will stay there.\u201d\n\n"
        "Officials declined to comment."
    )
    assert [s for _, s in attributed(text)] == ["Maria Lopes", "Maria Lopes"]


def test_unnamed_spokesperson_speaks_for_the_organisation_and_anonymous_people_for_nobody():
    text = (
        "A spokesperson for Atlas Energy said the firm was \u201cfully cooperating\u201d. "
        "An IMF spokesperson said the fund was \u201cwatching closely\u201d.\n\n"
        "\u201cIt feels like the end,\u201d said one shop owner, who asked not to be named."
    )
    assert attributed(text) == [
        ("fully cooperating", "Atlas Energy"),
        ("watching closely", "IMF"),
        ("It feels like the end,", None),
    ]


def test_according_to():
    text = "The plan is \u201cdead in the water\u201d, according to Maria Lopes."
    assert attributed(text) == [("dead in the water", "Maria Lopes")]


def test_unbalanced_marks_never_abort_the_document():
    text = (
        "\u201cThis quote never closes, said nobody.\n\n"
        "A normal paragraph with \u201ca closed quote\u201d and a stray \u201d mark.\n\n"
        "\u201cAnother good quote,\u201d said Maria Lopes."
    )
    found = quoted(text)
    assert "a closed quote" in found and "Another good quote," in found


_MARKS = st.sampled_from(['"', "\u201c", "\u201d", "\u2018", "\u2019", "'", " ", "\n\n", "a", "B", ".", ","])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_MARKS, st.text(max_size=6)), max_size=60).map("".join))
def test_quote_spans_are_valid_and_do_not_overlap(text):
    if not text.strip():
        return
    doc = make_doc(text)
    spans = find_quotes(doc)
    for q in spans:
        assert 0 <= q.outer_start <= q.start < q.end <= q.outer_end <= len(text)
    for a, b in itertools.pairwise(spans):
        assert a.outer_end <= b.outer_start


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.one_of(_MARKS, st.sampled_from(["Maria Lopes said", " he added", "Cuba"])), max_size=40).map("".join)
)
def test_analysis_quotes_match_their_text(text):
    if not text.strip():
        return
    briefing = analyze([make_doc(text)])
    actor_ids = {a.id for a in briefing.actors}
    for q in briefing.quotes:
        assert text[q.start : q.end] == q.text
        assert q.speaker is None or q.speaker in actor_ids


def test_organisation_referred_back_to_by_its_kind():
    text = (
        "The World Health Organization issued an alert on Tuesday.\n\n"
        "\u201cThese products are unsafe,\u201d the agency said."
    )
    assert attributed(text) == [("These products are unsafe,", "World Health Organization")]
