"""Finding words in articles: case and accents ignored, spans of the original text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from tui.core.find import find_all, find_in_documents, fold, normalise_query, sentence_around
from tui.core.model import Document
from tui.core.segment import segment


def test_case_and_accents_are_ignored():
    text = "Carlos Fernández de Cossío met FERNANDEZ; fernande\u0301z too."
    spans = find_all(text, "fernandez")
    assert [text[s.start : s.end] for s in spans] == ["Fernández", "FERNANDEZ", "fernande\u0301z"]
    assert find_all(text, "Cossio")[0].start == text.index("Cossío")


def test_a_letter_alone_finds_nothing_and_folding_keeps_offsets():
    assert find_all("a banana", "a") == []
    assert fold("Straße").text == "strasse"
    assert normalise_query("  Dockers   Union ") == "dockers union"


def test_matches_across_documents_and_their_sentences():
    text = "The strike ended. Dockers went back to work.\n\nThe union said the strike was over."
    paragraphs, sentences = segment(text)
    doc = Document("d1", "a.txt", text, paragraphs=paragraphs, sentences=sentences)
    found = find_in_documents([doc, doc], "strike", limit=3)
    assert [(f.doc, text[f.start : f.end]) for f in found] == [("d1", "strike")] * 3
    sentence = sentence_around(doc, found[1].start)
    assert text[sentence.start : sentence.end].startswith("The union said")


_WORDS = st.text(alphabet=st.sampled_from("abcéeEÉ\u0301 ßSs-'"), min_size=0, max_size=40)


@given(before=_WORDS, after=_WORDS, word=st.text(alphabet=st.sampled_from("abcdéEÉß"), min_size=2, max_size=8))
def test_a_word_put_in_a_text_is_found_where_it_was_put(before, after, word):
    text = before + " " + word + " " + after
    spans = find_all(text, word)
    assert any(s.start == len(before) + 1 for s in spans)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert normalise_query(text[span.start : span.end]) == normalise_query(word)
        assert not unicodedata.combining(text[span.start])  # never starts inside a letter
        previous_end = span.end
