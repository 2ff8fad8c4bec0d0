"""Pasted web pages (.txt): headline, outlet, byline, date and furniture removal."""

from __future__ import annotations

import pytest

GUARDIAN_LIKE = """The Harbour Times
World news
Ministers agree to cut cod quotas by a fifth
EU deal follows warnings from scientists that North Sea stocks are close to collapse
Jane O'Neill in Brussels
Mon 2 Mar 2026 09.15 EST
Share
Fishing boats in Peterhead harbour. Photograph: Andy Buchanan/AFP/Getty Images
EU fisheries ministers agreed early on Tuesday to cut cod quotas by 20%, after talks that ran through the night in Brussels and ended with Denmark backing the plan.
“This is a hard but necessary decision,” said the commissioner, Maria Lopes.
Related: Scientists warn North Sea cod could vanish within a decade
Fishermen's groups said the cut would cost jobs.
Most viewed
Headline one about something
Headline two about something else
"""


def test_guardian_like_header_and_furniture(load_one):
    doc = load_one("g.txt", GUARDIAN_LIKE)
    assert doc.title == "Ministers agree to cut cod quotas by a fifth"
    assert doc.outlet == "The Harbour Times"
    assert doc.author == "Jane O'Neill"
    assert doc.published == "2026-03-02"
    # the standfirst stays as the lead paragraph; furniture and link lists go
    assert doc.body.startswith("EU deal follows warnings")
    for furniture in ("Share", "Photograph", "Related:", "Most viewed", "Headline one"):
        assert furniture not in doc.text
    assert doc.body.rstrip().endswith("would cost jobs.")


def test_section_line_is_not_an_outlet(load_one):
    doc = load_one(
        "s.txt",
        "World February 2, 2026\n\nTalks stall over the border agreement in the north\n\nBy Priya Rao\n\n"
        "Negotiators from both countries left the capital on Monday without an agreement, officials said, "
        "and no date has been set for a new round of talks between the two delegations.\n",
    )
    assert doc.outlet is None
    assert doc.author == "Priya Rao"
    assert doc.published == "2026-02-02"
    assert doc.title == "Talks stall over the border agreement in the north"


def test_name_alone_byline_with_role_line(load_one):
    doc = load_one(
        "b.txt",
        "Ministers agree to cut cod quotas\n16/04/2026\nShare\nSave\nJane O'Neill\nEurope correspondent\n"
        "EU fisheries ministers agreed early on Tuesday to cut cod quotas by 20%.\n",
    )
    assert (doc.author, doc.published) == ("Jane O'Neill", "2026-04-16")
    assert "correspondent" not in doc.text and "Save" not in doc.text


def test_wire_byline_in_capitals_and_published_label(load_one):
    doc = load_one(
        "ap.txt",
        "Ministers agree to cut cod quotas by a fifth\n"
        "By JANE O'NEILL and TOM RIVERS Associated Press\n"
        "Updated 5:40 PM GMT, March 4, 2026\n"
        "Published 2:15 PM GMT, March 3, 2026\n"
        "BRUSSELS (AP) — EU fisheries ministers agreed early on Tuesday to cut cod quotas by 20%.\n"
        "Advertisement\n"
        "The deal was welcomed by conservation groups.\n"
        "Copyright 2026 The Associated Press. All rights reserved.\n",
    )
    assert doc.author.casefold() == "jane o'neill and tom rivers"
    assert doc.published == "2026-03-03"  # the first publication, not the update
    assert "Advertisement" not in doc.text and "Copyright" not in doc.text


def test_pipe_byline_with_dotted_date_and_copyright_outlet(load_one):
    doc = load_one(
        "de.txt",
        "Ministers agree to cut cod quotas by a fifth\nJane O'Neill | 15.03.2026, 10:32 Uhr\n"
        "EU fisheries ministers agreed early on Tuesday to cut cod quotas by 20%.\n© Harbour Times 2026\n",
    )
    assert (doc.author, doc.published, doc.outlet) == ("Jane O'Neill", "2026-03-15", "Harbour Times")


def test_date_and_byline_on_one_line_and_repeated_headline(load_one):
    doc = load_one(
        "r.txt",
        "Daily Ledger\n\nPort strike ends after two weeks of talks\n\nThursday, February 5, 2026 by Ana Ruiz\n\n"
        "Port strike ends after two weeks of talks\nDockers at the port - Image © Daily Ledger\n\n"
        "Dockers returned to work on Wednesday after the union accepted a new pay offer from the port authority.\n",
    )
    assert (doc.title, doc.outlet, doc.author, doc.published) == (
        "Port strike ends after two weeks of talks",
        "Daily Ledger",
        "Ana Ruiz",
        "2026-02-05",
    )
    assert doc.body == (
        "Dockers returned to work on Wednesday after the union accepted a new pay offer from the port authority."
    )


def test_byline_with_agency_is_the_reporter(load_one):
    doc = load_one(
        "p.txt",
        "Ministers agree to cut cod quotas by a fifth\nPublished 2 March 2026 12:00 GMT\nBy Jane O'Neill, Reuters\n"
        "BRUSSELS, March 2 (Reuters) - EU fisheries ministers agreed early on Tuesday to cut cod quotas.\n",
    )
    assert (doc.author, doc.published) == ("Jane O'Neill", "2026-03-02")


def test_a_sentence_with_a_date_is_body_not_dateline(load_one):
    doc = load_one(
        "d.txt",
        "Court rules on port expansion plan\n\nOn March 3, 2026, the court said the plan could go ahead.\n\n"
        "The ruling ends a two-year dispute.\n",
    )
    assert doc.body.startswith("On March 3, 2026, the court said")
    assert doc.published is None


def test_hard_wrapped_lines_are_joined():
    from tui.core.load.txt import text_blocks

    blocks = text_blocks(
        "Headline of the story here\n\nThe minister said on Monday that the talks would go\n"
        "on until an agreement was found.\n"
    )
    assert [b.text for b in blocks] == [
        "Headline of the story here",
        "The minister said on Monday that the talks would go on until an agreement was found.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "Share this article",
        "Read more",
        "Advertisement",
        "Copy link",
        "Listen to this article",
        "5 min read",
        "© Daily Ledger 2026",
        "Boats in port. Photograph: Jane Doe/Reuters",
        "Sign up to our newsletter",
    ],
)
def test_furniture_lines(line):
    from tui.core.load.furniture import is_furniture

    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the photo was taken in 2019.",
        "Share prices fell sharply on Monday after the announcement.",
        "Key Points",
    ],
)
def test_article_lines_are_not_furniture(line):
    from tui.core.load.furniture import is_furniture

    assert not is_furniture(line)


def test_browser_title_with_site_name_and_label_line(load_one):
    doc = load_one(
        "t.txt",
        "Harbour Times | World | Europe\n\nMinisters agree to cut cod quotas | Harbour Times\n\n"
        "By Jane Doe, Staff Writer\n\nEU fisheries ministers agreed early on Tuesday to cut cod quotas by 20%.\n",
    )
    assert (doc.title, doc.outlet, doc.author) == ("Ministers agree to cut cod quotas", "Harbour Times", "Jane Doe")


def test_byline_keeps_every_name_but_not_the_outlet(load_one):
    doc = load_one(
        "n.txt",
        "Ministers agree to cut cod quotas by a fifth\n\nBy Jane Doe, John Roe and Ana Ruiz, The Harbour Times\n\n"
        "EU fisheries ministers agreed early on Tuesday to cut cod quotas by 20%.\n",
    )
    assert doc.author == "Jane Doe, John Roe and Ana Ruiz"


def test_breadcrumbs_agency_line_reporting_from_and_caption(load_one):
    doc = load_one(
        "c.txt",
        "Savanna Daily\nHome / Economy / Infrastructure\n\nPort strike ends after two weeks of talks\n\n"
        "By ANA RUIZ (with dpa, AFP)\nContinental Press\nReporting from Mombasa\n"
        "Published 11:42 AM GMT, March 2, 2026\n"
        "Dockers wave from a crane at the container terminal on Monday morning\n"
        "Dockers returned to work on Wednesday after the union accepted a new pay offer.\n",
    )
    assert (doc.title, doc.outlet, doc.author, doc.published) == (
        "Port strike ends after two weeks of talks",
        "Savanna Daily",
        "Ana Ruiz",
        "2026-03-02",
    )
    assert doc.body == "Dockers returned to work on Wednesday after the union accepted a new pay offer."


def test_newsletter_masthead_tagline_and_issue_dateline(load_one):
    doc = load_one(
        "n.txt",
        "View this email in your browser\n\n" + "=" * 40 + "\nHARBOUR BRIEF\nShipping news from Europe, every Friday\n"
        "Issue #87 | May 15, 2026\n" + "=" * 40 + "\n\nMinisters agree to cut cod quotas by a fifth\n\n"
        "By Ana Ruiz, Editor\n\nEU fisheries ministers agreed early on Tuesday to cut cod quotas by 20%.\n",
    )
    assert (doc.title, doc.outlet, doc.author, doc.published) == (
        "Ministers agree to cut cod quotas by a fifth",
        "HARBOUR BRIEF",
        "Ana Ruiz",
        "2026-05-15",
    )


def test_section_paths_place_lines_and_explicit_bylines(load_one):
    doc = load_one(
        "s.txt",
        "Sport | Swimming\n\nHealthcare & Pharmaceuticals\n\nOlympic swimmer suspended after positive test\n\n"
        "Gold Coast\nBy Sophie Tran and Liam O'Halloran\n\n"
        "The swimmer was provisionally suspended on Thursday after a positive test.\n",
    )
    assert doc.outlet is None
    assert doc.title == "Olympic swimmer suspended after positive test"
    assert doc.author == "Sophie Tran and Liam O'Halloran"


def test_wire_dateline_names_the_outlet(load_one):
    doc = load_one(
        "w.txt",
        "WHO warns of toxic cough syrup after child deaths\n\nBy Olivia Marchetti\n\n"
        "GENEVA, March 4 (Interwire) - The World Health Organization on Wednesday warned against the syrup.\n",
    )
    assert doc.outlet == "Interwire"


def test_standfirst_after_the_headline_stays_when_the_dateline_came_first(load_one):
    doc = load_one(
        "f.txt",
        "World February 2, 2026\n\nTalks stall over the border agreement in the north\n\n"
        "Negotiators say no date has been set for a new round of talks amid rising tensions\n\nBy Priya Rao\n\n"
        "Negotiators from both countries left the capital on Monday without an agreement, officials said.\n",
    )
    assert doc.body.startswith("Negotiators say no date has been set")
    assert doc.author == "Priya Rao"


def test_the_headline_is_the_first_paragraph_of_the_analysed_text(load_one):
    doc = load_one("g.txt", GUARDIAN_LIKE)
    assert doc.headline is not None and doc.headline.start == 0
    assert doc.text[: doc.headline.end] == doc.title
    assert doc.paragraphs[0] == doc.headline
    assert doc.body.startswith("EU deal follows warnings")


def test_a_brief_whose_only_line_under_the_dateline_ends_without_a_full_stop(load_one):
    brief = (
        "Harbour pilot strike called off at dawn\n\n"
        "Tue., Mar. 3, 2026 06:10 AM CET\n"
        "Shortly before six in the morning, the pilots' union told the port it would return to work,\n"
    )
    doc = load_one("brief.txt", brief)
    assert doc.title == "Harbour pilot strike called off at dawn"
    assert doc.body.startswith("Shortly before six in the morning")


def test_an_item_that_is_only_a_dated_headline_loads_as_its_headline(load_one):
    doc = load_one("item.txt", "March 3, 2026\n\nHarbour pilots, back at work, end their strike\n")
    assert doc.title == "Harbour pilots, back at work, end their strike"
    assert doc.text == doc.title and doc.published == "2026-03-03"
