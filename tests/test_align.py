"""Aligned passages across articles: wire copy, edits, paraphrase, reordering, unrelated stories."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.actors import find_actors
from tui.core.align import align
from tui.core.analyze import analyze
from tui.core.compare import alignments_between, coverage, word_diff
from tui.core.model import Document, Passage
from tui.core.segment import segment

PORT_A = """Dockers at the port of Sines walked off the job on Monday after talks with the port authority collapsed.

The strike halted all container traffic, and more than forty ships were left waiting offshore by the evening.

Union leader Rui Baptista said the authority had refused to discuss a pay rise of 6 percent.

"We will not go back until the offer is on the table," Baptista told reporters outside the terminal.

The port authority said in a statement that it remained open to talks and called the strike disproportionate.

Shipping companies warned that the stoppage could cost the regional economy about 12 million euros a day."""

PORT_B_REORDERED = """Shipping companies warned that the stoppage could cost the regional economy about 12 million euros a day.

The port authority said in a statement that it remained open to talks and called the strike disproportionate.

Dockers at the port of Sines walked off the job on Monday after talks with the port authority collapsed.

The strike halted all container traffic, and more than forty ships were left waiting offshore by the evening.

Union leader Rui Baptista said the authority had refused to discuss a pay rise of 6 percent."""

PORT_C_PARAPHRASE = """Container traffic at Sines came to a standstill on Monday as dock workers went on strike when negotiations with the port authority broke down.

By nightfall over 40 vessels were anchored off the coast, waiting to unload.

The workers' union, led by Rui Baptista, says the authority would not consider a 6 percent wage increase.

Business groups put the cost of the walkout at roughly 12 million euros for every day it lasts.

The town's mayor opened a new library on Friday, with readings for children all afternoon."""

UNRELATED_SAME_TOPIC = """Dock workers in Rotterdam accepted a new contract on Thursday, ending a dispute that had lasted since spring.

The agreement gives the city's port workers a pay rise of 3 percent this year and a shorter working week from 2027.

Employers said the deal would keep Rotterdam competitive with Antwerp and Hamburg.

The union's members approved the contract by a large majority in a vote on Wednesday evening."""


def make_doc(doc_id: str, text: str) -> Document:
    paragraphs, sentences = segment(text)
    return Document(id=doc_id, path=f"{doc_id}.txt", text=text, paragraphs=paragraphs, sentences=sentences)


def aligned_texts(*texts: str) -> list[tuple[str, str, str]]:
    docs = [make_doc(f"d{i}", t) for i, t in enumerate(texts, 1)]
    by_id = {d.id: d.text for d in docs}
    return [
        (by_id[al.a.doc][al.a.start : al.a.end], by_id[al.b.doc][al.b.start : al.b.end], al.band)
        for al in align(docs, find_actors(docs))
    ]


def test_reordered_wire_copy_aligns_every_passage_verbatim():
    pairs = aligned_texts(PORT_A, PORT_B_REORDERED)
    assert len(pairs) == 5
    assert all(a == b and band == "verbatim" for a, b, band in pairs)


def test_paraphrase_aligns_the_same_facts_and_not_the_unique_one():
    pairs = aligned_texts(PORT_A, PORT_C_PARAPHRASE)
    right = {b for _, b, _ in pairs}
    assert any("standstill" in b for b in right)
    assert any("6 percent wage increase" in b for b in right)
    assert any("12 million euros for every day" in b for b in right)
    assert not any("library" in b for b in right)
    assert {band for *_, band in pairs} <= {"edited", "paraphrase"}


def test_unrelated_story_on_the_same_topic_gives_few_or_no_alignments():
    assert len(aligned_texts(PORT_A, UNRELATED_SAME_TOPIC)) <= 1


def test_identical_articles_align_one_to_one():
    pairs = aligned_texts(PORT_A, PORT_A)
    assert len(pairs) == 6 and all(a == b for a, b, _ in pairs)


def test_passages_are_at_most_two_sentences_and_scores_in_range():
    docs = [make_doc("d1", PORT_A), make_doc("d2", PORT_C_PARAPHRASE)]
    for al in align(docs, find_actors(docs)):
        assert 0 < al.score <= 1
        for passage, doc in ((al.a, docs[0]), (al.b, docs[1])):
            inside = [s for s in doc.sentences if passage.start <= s.start < passage.end]
            assert 1 <= len(inside) <= 2


def test_word_diff_marks_the_changed_words():
    a = "The strike halted all container traffic on Monday."
    b = "The strike stopped all container traffic on Tuesday."
    diff = word_diff(a, Passage("d1", 0, len(a)), b, Passage("d2", 0, len(b)))
    assert [a[s.start : s.end] for s in diff.a] == ["halted", "Monday"]
    assert [b[s.start : s.end] for s in diff.b] == ["stopped", "Tuesday"]


def test_coverage_tells_shared_from_unique_passages():
    briefing = analyze([make_doc("d1", PORT_A), make_doc("d2", PORT_C_PARAPHRASE)])
    rows = coverage(briefing)["d2"]
    unique = [briefing.document("d2").text[s.start : s.end] for s, docs in rows if not docs]
    assert any("library" in u for u in unique)
    assert alignments_between(briefing, "d2", "d1")[0].a.doc == "d2"


def _units(*texts: str):
    from tui.core.align import document_units

    docs = [make_doc(f"d{i}", t) for i, t in enumerate(texts, 1)]
    actors = find_actors(docs)
    return [document_units(d, actors)[0] for d in docs]


def test_words_quoted_in_both_sentences_are_a_quotation_and_a_title_is_not():
    from tui.core.align.scoring import pair_features

    said = 'The port authority said the walkout was "an unlawful and reckless act" and asked a court to end it.'
    echoed = 'Officials, who met the union twice this week, called the stoppage a "reckless act" planned for months.'
    titled = 'The authority spoke on the "Morning Show" about the stoppage.'
    a, b = _units(said, echoed)
    assert pair_features(a, b, {}, 0.1)["quotation"] == 1.0
    c, d = _units(titled, "A guest of the Morning Show said the stoppage would end soon.")
    assert pair_features(c, d, {}, 0.1)["quotation"] == 0.0


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Roe said", '"the port', 'closes now."', "It will.", "\u201cWe", "wait\u201d", "\n\n"]),
        max_size=30,
    )
)
def test_each_sentence_gets_the_quotations_that_overlap_it(pieces: list[str]) -> None:
    from tui.core.align.features import _quotations_by_sentence
    from tui.core.quotes import find_quotes

    doc = make_doc("d1", "Headline here\n\n" + " ".join(pieces) + " End.")
    quotes = [(q.start, q.end) for q in find_quotes(doc)]
    found = _quotations_by_sentence(doc)
    for n, span in enumerate(doc.sentences):
        assert list(found.get(n, ())) == [(s, e) for s, e in quotes if s < span.end and e > span.start]
