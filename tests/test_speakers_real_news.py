"""Who said it, in the constructions real coverage uses; the evidence kept; terms; provenance claims."""

from __future__ import annotations

import pytest

from tui.core.analyze import analyze
from tui.core.model import Briefing, Document
from tui.core.search import quote_echoes
from tui.core.segment import segment


def make_doc(text: str, doc_id: str = "d1") -> Document:
    paragraphs, sentences = segment(text)
    return Document(id=doc_id, path=f"{doc_id}.txt", text=text, paragraphs=paragraphs, sentences=sentences)


def analysed(*texts: str) -> Briefing:
    return analyze([make_doc(t, f"d{i}") for i, t in enumerate(texts, 1)], with_alignments=False)


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, speaker's name, evidence) of every statement."""
    briefing = analysed(text)
    names = {a.id: a.name for a in briefing.actors}
    return [(q.text, names.get(q.speaker) if q.speaker else None, q.evidence) for q in briefing.quotes]


def speaker_of(text: str, words: str) -> tuple[str | None, str | None]:
    for quoted, name, evidence in speakers(text):
        if words in quoted:
            return name, evidence
    raise AssertionError(f"no quote with {words!r}: {speakers(text)}")


def test_the_subject_of_a_clause_ended_by_a_colon():
    text = (
        "Mayor Elena Brisco praised the deal. Councillor Tomas Hervik struck a different tone: "
        "\u201cThis is a giveaway to the developers.\u201d"
    )
    assert speaker_of(text, "giveaway") == ("Tomas Hervik", "colon")


def test_a_block_quotation_signed_on_the_next_line():
    text = (
        "Economists were divided on the rate decision.\n\n"
        "\u201cThe bank has waited too long and will now have to move faster than it wants.\u201d\n"
        "\u2014 Ilse Vandermeer, chief economist, Northgate Capital\n\n"
        "Markets fell slightly."
    )
    assert speaker_of(text, "waited too long") == ("Ilse Vandermeer", "signature")


def test_a_run_of_vox_pop_quotations_each_signed():
    text = (
        "Voters in the square told us what they think.\n\n"
        "\u201cThe roads are a disgrace.\u201d \u2015 Marco Feltri, Alvena\n\n"
        "\u201cI will vote for whoever fixes the trains.\u201d \u2015 Dana Okoro, Bressay"
    )
    assert speaker_of(text, "roads") == ("Marco Feltri", "signature")
    assert speaker_of(text, "trains") == ("Dana Okoro", "signature")


def test_a_transcript_label_names_the_speaker():
    text = (
        "Governor Harlan Voss and the host Rita Amsel spoke on Sunday.\n\n"
        "\u201cAMSEL: Will you raise taxes?\u201d\n\n"
        "\u201cVOSS: Not this year, and not next year either.\u201d"
    )
    assert speaker_of(text, "Not this year")[0] == "Harlan Voss"


def test_said_before_the_speaker_at_the_start_of_a_sentence():
    text = "Auditor Priya Nandakumar reviewed the accounts. Said Nandakumar: \u201cThe numbers do not add up.\u201d"
    assert speaker_of(text, "numbers") == ("Priya Nandakumar", "verb")


def test_a_quotation_after_a_sentence_of_reported_speech_continues_its_speaker():
    text = (
        "The ministry may delay the vote until spring, Senator Oren Balik said. "
        "\u201cNobody wants to be blamed for a rushed law.\u201d"
    )
    assert speaker_of(text, "rushed law") == ("Oren Balik", "continuation")


def test_a_speaker_named_in_the_sentence_after_the_quotation():
    text = (
        "The strike entered its third week.\n\n"
        "\u201cWe will stay out until the last contract is signed.\u201d Union leader Maeve Colter made the remarks "
        "outside the depot on Monday."
    )
    assert speaker_of(text, "last contract") == ("Maeve Colter", "next-sentence")


def test_a_role_introduced_paragraphs_earlier():
    text = (
        "Hanne Solberg, the committee chair, opened the hearing.\n\n"
        "Witnesses described the flooding in detail.\n\n"
        "\u201cWe have heard enough to act,\u201d the committee chair said."
    )
    assert speaker_of(text, "heard enough") == ("Hanne Solberg", "role")


def test_an_unnamed_spokesperson_of_a_company_named_just_before():
    text = (
        "Velmora Telecom raised its prices in March. "
        "\u201cThe increase reflects higher energy costs,\u201d a company spokesperson said."
    )
    assert speaker_of(text, "energy costs") == ("Velmora Telecom", "spokesperson")


def test_its_statement_belongs_to_the_organisation():
    text = "Velmora Telecom did not comment. A notice on its website said the company was \u201creviewing the complaints.\u201d"
    assert speaker_of(text, "reviewing")[0] == "Velmora Telecom"


def test_woven_words_belong_to_whoever_reports_them():
    text = 'Senator Ada Roe says the ban makes Governor Ben Doe "the best recruiter the smugglers have".'
    assert speaker_of(text, "best recruiter") == ("Ada Roe", "verb")


def test_a_partial_quote_in_a_sentence_whose_subject_is_a_state():
    text = "Norway condemned the raid as \u201ca reckless provocation\u201d on Tuesday."
    assert speaker_of(text, "reckless provocation")[0] == "Norway"


def test_quotation_marks_made_of_two_apostrophes():
    text = "''There is a lot of new paperwork,'' said Mr. Dalby, an adviser to the board."
    assert speaker_of(text, "new paperwork") == ("Dalby", "verb")


def test_an_attribution_inside_a_long_quotation_over_paragraphs():
    text = (
        "\u201cWe tried for months,\u201d said Inspector Lars Vik. \u201cThe evidence kept moving.\n\n"
        "\u201cIn the end we had to start again.\u201d"
    )
    assert all(name == "Lars Vik" for _, name, _ in speakers(text))


@pytest.mark.parametrize(
    "text",
    [
        "The plan is what economists have long called the so-called \u201cgrand bargain\u201d of tax reform.",
        "What has become known as the \u201cRoe rule\u201d has many critics.",
        "He appeared on Channel Nine\u2019s \u201cMorning Table\u201d on Friday.",
        "Her mother, Marcia \u201cCia\u201d Price, watched from the front row.",
    ],
)
def test_quotation_marks_around_no_statement_are_terms(text):
    briefing = analysed(text)
    assert briefing.quotes == () and len(briefing.terms) == 1
    assert briefing.terms[0].kind == "term" and briefing.terms[0].speaker is None


def test_a_short_quote_with_a_speaker_is_not_a_term():
    briefing = analysed("Mayor Elena Brisco called the plan \u201creckless\u201d on Friday.")
    assert [q.text for q in briefing.quotes] == ["reckless"]


def test_provenance_claims_need_the_same_words_and_a_compatible_speaker():
    a = "\u201cThe harbour will reopen on Monday once the last wreck is cleared,\u201d said Port Director Ana Ruiz."
    b = "\u201cThe harbour will reopen Monday when the last wreck has been cleared,\u201d Port Director Ana Ruiz said."
    c = "Fishermen were sceptical. \u201cThe last wreck,\u201d said skipper Joao Ferro, \u201cwill take weeks.\u201d"
    briefing = analysed(a, b, c)
    echoes = quote_echoes(briefing)
    first = briefing.quotes[0]
    relations = {(e.doc, e.relation) for e in echoes.get(first.id, [])}
    assert relations == {("d2", "altered")}  # never the fragment another person spoke


def test_the_evidence_is_in_the_analysis_json(tmp_path, capsys):
    import json

    from tui.cli import main

    (tmp_path / "a.txt").write_text(
        "Talks resume\n\n\u201cWe are ready,\u201d said Foreign Minister Ana Ruiz. \u201cWe always were,\u201d she added.\n",
        encoding="utf-8",
    )
    main(["analyze", "--json", "--no-cache", str(tmp_path / "a.txt")])
    data = json.loads(capsys.readouterr().out)
    assert [q["evidence"] for q in data["quotes"]] == ["verb", "pronoun"]
    assert data["terms"] == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('Al Sharpton took calls on his "Keepin\' It Real" radio program, he said.', "Keepin' It Real"),
        ("In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested saving early.", "Make Your Kid"),
        ("She sang the civil rights anthem ''A Change Is Gonna Come,'' she added later.", "A Change Is"),
        ("On this weekend's broadcast of \u201cFox News Sunday,\u201d the candidate spoke.", "Fox News Sunday"),
    ],
)
def test_the_title_of_a_work_named_before_or_after_it_is_a_term(text, title):
    briefing = analysed(text)
    assert any(t.text.startswith(title) for t in briefing.terms)
    assert not any(q.text.startswith(title) for q in briefing.quotes)


def test_a_work_that_says_something_keeps_its_quotation():
    text = "\u201cHillary was back on the campaign trail within days,\u201d the book said."
    briefing = analysed(text)
    assert [q.text for q in briefing.quotes] == ["Hillary was back on the campaign trail within days,"]


def test_the_value_of_markup_left_in_the_text_is_no_quotation():
    text = 'Warren spoke, she said.\n\n<tweet pic="pic.twitter.com/x" author="carlquintanilla" timestamp="1474">'
    assert analysed(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He was seen, as The New Yorker put it in a long profile, \u201cthe operator.\u201d", "the operator."),
        (
            "Contrary to his claim that voters would \u201clearn nothing,\u201d there is plenty to learn.",
            "learn nothing,",
        ),
    ],
)
def test_a_few_words_quoted_after_a_report_of_speech_are_a_quotation_not_a_term(text, words):
    briefing = analysed(text)
    assert [q.text for q in briefing.quotes] == [words] and briefing.terms == ()
