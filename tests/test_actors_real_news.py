"""Actors in the shapes real coverage takes: headlines, one-word names, surnames, initials, non-actors."""

from __future__ import annotations

import pytest

from tui.core.actors import find_actors
from tui.core.model import Actor, Document, Span
from tui.core.segment import segment


def doc_of(doc_id: str, text: str, headline: bool = False) -> Document:
    paragraphs, sentences = segment(text)
    head = Span(0, text.index("\n\n")) if headline else None
    return Document(doc_id, f"{doc_id}.txt", text, paragraphs=paragraphs, sentences=sentences, headline=head)


def analyse(*texts: str, headline: bool = False) -> tuple[list[Actor], dict[str, str]]:
    docs = [doc_of(f"d{i}", t, headline) for i, t in enumerate(texts, 1)]
    return list(find_actors(docs)), {d.id: d.text for d in docs}


def names(actors: list[Actor], texts: dict[str, str]) -> dict[str, set[str]]:
    """Each actor's name with the surfaces of its mentions."""
    return {a.name: {texts[m.doc][m.start : m.end] for m in a.mentions} for a in actors}


def actor_of(actors: list[Actor], texts: dict[str, str], surface: str) -> Actor:
    for actor in actors:
        if any(texts[m.doc][m.start : m.end] == surface for m in actor.mentions):
            return actor
    raise AssertionError(f"no mention {surface!r}: {names(actors, texts)}")


def marked(actors: list[Actor], texts: dict[str, str]) -> set[str]:
    return {s for surfaces in names(actors, texts).values() for s in surfaces}


# -- headlines -------------------------------------------------------------------------------------
def test_a_title_case_headline_names_the_actors_of_the_story():
    text = (
        "Dana Ortez Quits Harbor Board Over Dredging Plan\n\n"
        "Dana Ortez resigned from the Harbor Board on Monday, saying the dredging plan ignored the fishermen."
    )
    actors, texts = analyse(text, headline=True)
    ortez = actor_of(actors, texts, "Dana Ortez")
    assert sum(1 for m in ortez.mentions if m.start == 0) == 1  # the headline's mention
    assert not any("Quits" in s for s in marked(actors, texts))


def test_a_headline_in_capitals_names_known_actors():
    text = "VELMORA TELECOM BUYS RIVAL\n\nVelmora Telecom said on Friday it had bought a smaller rival for $2 billion."
    actors, texts = analyse(text, headline=True)
    telecom = actor_of(actors, texts, "Velmora Telecom")
    assert "VELMORA TELECOM" in names(actors, texts)[telecom.name]


def test_words_of_a_headline_that_name_nobody_are_not_actors():
    text = "Storm Warning Issued For Coast\n\nForecasters warned of high winds along the coast on Tuesday."
    actors, texts = analyse(text, headline=True)
    assert marked(actors, texts) == set()


# -- one-word names -----------------------------------------------------------------------------
def test_a_one_word_company_that_acts_is_an_actor():
    text = (
        "Shares rose after Quorvex said it would cut 900 jobs. Analysts expect Quorvex to sell its chip unit, "
        "and Quorvex has not denied it."
    )
    actors, texts = analyse(text)
    assert names(actors, texts)["Quorvex"] == {"Quorvex"}
    assert len(actor_of(actors, texts, "Quorvex").mentions) == 3


def test_a_legislature_and_a_team_named_by_one_word():
    text = "The bill passed Congress on Thursday. The Harriers won again, and the Harriers have not lost since May."
    actors, texts = analyse(text)
    assert {"Congress", "Harriers"} <= marked(actors, texts)


def test_a_one_word_place_is_not_an_actor():
    text = "The plant in Dunmore closed. A Dunmore man said the town would suffer. Dunmore has two schools left."
    actors, texts = analyse(text)
    assert "Dunmore" not in marked(actors, texts)


def test_a_capitalised_word_also_written_in_lower_case_is_not_a_name():
    a = "The Council Tax rise, officials said, was small. Residents said Tax bills were already high."
    b = "A tax rise was approved."
    actors, texts = analyse(a, b)
    assert "Tax" not in marked(actors, texts)


def test_holidays_awards_and_contractions_are_not_actors():
    text = "She won an Oscar before Christmas. \u201cI\u2019d do it again,\u201d she said, \u201cand I\u2019m not sorry.\u201d"
    actors, texts = analyse(text)
    assert marked(actors, texts) == set()


# -- people by surname, title and initials ------------------------------------------------------------
def test_a_surname_after_a_courtesy_title_is_the_person():
    text = "Dana Ortez, the harbour master, spoke first. Mrs. Ortez said the port would reopen. Ms Ortez left."
    actors, texts = analyse(text)
    assert names(actors, texts)["Dana Ortez"] == {"Dana Ortez", "Ortez"}


def test_a_middle_initial_stays_inside_the_name_and_links_with_the_surname():
    a = "Harold J. Brannock said the talks had failed."
    b = "Harold Brannock spoke later. Brannock, 61, declined to say more."
    actors, texts = analyse(a, b)
    person = actor_of(actors, texts, "Harold J. Brannock")
    assert person is actor_of(actors, texts, "Harold Brannock") is actor_of(actors, texts, "Brannock")
    assert person.kind == "person"


def test_a_bare_surname_goes_to_the_prominent_bearer_not_a_spouse_named_once():
    text = (
        "Governor Paul Venner opened the bridge. Venner said the toll would be dropped. His wife, Irena Venner, "
        "cut the ribbon. Venner then told reporters the bridge was paid for."
    )
    actors, texts = analyse(text)
    paul = actor_of(actors, texts, "Paul Venner")
    assert sum(texts[m.doc][m.start : m.end] == "Venner" for m in paul.mentions) == 2
    assert names(actors, texts)["Irena Venner"] == {"Irena Venner"}


def test_a_gendered_title_picks_the_bearer_of_that_gender():
    text = (
        "Founded by Viktor Salm, the firm is run by his daughter, Anna Salm. "
        "Ms Salm said the recall was voluntary. Mr Salm declined to comment."
    )
    actors, texts = analyse(text)
    assert any(texts["d1"][m.start - 3 : m.end] == "Ms Salm" for m in actor_of(actors, texts, "Anna Salm").mentions)
    assert any(texts["d1"][m.start - 3 : m.end] == "Mr Salm" for m in actor_of(actors, texts, "Viktor Salm").mentions)


def test_nicknames_and_spellings_of_one_person_merge():
    a = "William Hatterly, the coach, was sacked. Bill Hatterly said he was surprised."
    b = "Kim Sung-ho arrived. Later, Kim Sung Ho spoke to the press."
    actors, texts = analyse(a, b)
    assert actor_of(actors, texts, "William Hatterly") is actor_of(actors, texts, "Bill Hatterly")
    assert actor_of(actors, texts, "Kim Sung-ho") is actor_of(actors, texts, "Kim Sung Ho")


def test_a_short_form_of_the_first_name_in_the_same_article():
    text = "Swimmer Fredrika Olander won gold. Team-mates call her Freddie, and Freddie said she was tired."
    actors, texts = analyse(text)
    assert actor_of(actors, texts, "Freddie") is actor_of(actors, texts, "Fredrika Olander")


# -- words glued to names -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Actress Mirela Vant said she would return.", "Mirela Vant"),
        ("Chipmaker Norvance said sales fell.", "Norvance"),
        ("Yesterday Norvance Micro Systems Inc. said sales fell.", "Norvance Micro Systems Inc."),
        ("Lake Ardin-based Norvance said sales fell.", "Norvance"),
        ("The talks ended with Mirela Vant Monday, officials said.", "Mirela Vant"),
    ],
)
def test_words_glued_to_a_name_are_not_part_of_it(text, surface):
    actors, texts = analyse(text)
    assert surface in marked(actors, texts)


def test_an_acronym_meets_its_long_form_without_a_definition():
    text = "Norvance Micro Systems Inc. reported a loss. NMS said it would recover next year."
    actors, texts = analyse(text)
    assert actor_of(actors, texts, "NMS") is actor_of(actors, texts, "Norvance Micro Systems Inc.")


# -- named things that are not actors ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Clean Rivers Act was passed in March.",
        "She hosted the Harbour Film Awards twice.",
        "He directed the sequel, Silent Harbour, last year.",
        "Fans of \u201cSilent Harbour\u201d queued all night.",
        "Officials in Santa Verena said the road was closed.",
        "A HUGE fire destroyed the depot.",
        "The stock (NASDAQ: QVX) fell 4 percent.",
        "The Most Wanted list was updated on Monday.",
    ],
)
def test_laws_events_works_places_shouting_and_tickers_are_not_actors(text):
    actors, texts = analyse(text)
    assert marked(actors, texts) == set(), names(actors, texts)


def test_a_dateline_names_where_the_story_was_filed():
    text = "OSLO (Wirenews) \u2014 The Norwegian government said on Monday that talks would resume."
    actors, texts = analyse(text)
    assert "OSLO" not in marked(actors, texts)
