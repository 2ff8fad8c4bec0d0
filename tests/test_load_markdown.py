"""Markdown articles with and without YAML front matter."""

from __future__ import annotations

MD = """---
title: "Ministers agree to cut cod quotas"
source: The Harbour Times
authors: [Jane O'Neill, Tom Rivers]
date: 2026-03-04
---

# Ministers agree to cut cod quotas

EU fisheries **ministers** agreed on [Tuesday](https://example.org) to cut cod quotas by 20%.

> "This is a hard but necessary decision," said Maria Lopes.

- Denmark backed the plan.
- The Netherlands abstained.

![Boats in port](boat.jpg)

<div class="ad">Advertisement</div>
"""


def test_front_matter_and_rendered_body(load_one):
    doc = load_one("m.md", MD)
    assert (doc.title, doc.outlet, doc.author, doc.published) == (
        "Ministers agree to cut cod quotas",
        "The Harbour Times",
        "Jane O'Neill and Tom Rivers",
        "2026-03-04",
    )
    assert doc.source_format == "md"
    paragraphs = [doc.text[p.start : p.end] for p in doc.paragraphs]
    assert paragraphs == [
        "Ministers agree to cut cod quotas",  # the headline (from the front matter) comes first
        "EU fisheries ministers agreed on Tuesday to cut cod quotas by 20%.",
        '"This is a hard but necessary decision," said Maria Lopes.',
        "Denmark backed the plan.",
        "The Netherlands abstained.",
    ]
    assert "**" not in doc.text and "](" not in doc.text and "Boats in port" not in doc.text


def test_date_keys_in_other_styles(load_one):
    doc = load_one(
        "d.md",
        '---\nheadline: Port strike ends\npublished: "March 4, 2026"\nbyline: Ana Ruiz\n---\n'
        "Dockers went back to work.\n",
    )
    assert (doc.title, doc.author, doc.published) == ("Port strike ends", "Ana Ruiz", "2026-03-04")


def test_without_front_matter_the_first_heading_is_the_title(load_one):
    doc = load_one(
        "n.md",
        "# Port strike ends\n\nPublished: 4 March 2026\n\n*By Ana Ruiz*\n\nDockers went back to work on Wednesday.\n",
    )
    assert (doc.title, doc.author, doc.published) == ("Port strike ends", "Ana Ruiz", "2026-03-04")
    assert doc.body == "Dockers went back to work on Wednesday."


def test_invalid_front_matter_warns_and_still_loads(write):
    from tui.core.load import load_paths

    loaded = load_paths([write("bad.md", "---\ntitle: [unclosed\n---\nThe body still loads. It has text.\n")])
    assert not loaded.errors
    assert loaded.documents[0].body == "The body still loads. It has text."
    assert len(loaded.warnings) == 1 and "front matter is not valid YAML" in loaded.warnings[0].reason


def test_raw_html_in_markdown_is_text_not_markup(load_one):
    doc = load_one("h.md", "Intro paragraph here.\n\n<p>Inside <b>raw</b> html<script>alert(1)</script></p>\n")
    assert "Inside raw html" in doc.text
    assert "alert" not in doc.text and "<" not in doc.text


def test_an_impossible_date_in_front_matter_costs_only_the_date(load_one):
    for date in ("2026-02-30", "0000-00-00", "2026-13-45T10:00:00Z"):
        doc = load_one(
            "d.md", f"---\ntitle: Port strike ends\ndate: {date}\nauthor: Ana Ruiz\n---\nDockers went back.\n"
        )
        assert (doc.title, doc.author, doc.published) == ("Port strike ends", "Ana Ruiz", None), date


def test_a_number_python_cannot_hold_is_kept_as_text(load_one):
    doc = load_one("n.md", "---\ntitle: " + "9" * 6000 + "\n---\nDockers went back to work.\n")
    assert doc.title == "9" * 2000  # a field is cut at 2,000 characters


def test_yaml_aliases_are_never_expanded(write):
    """Nine levels of nine aliases stand for 387 million items in 364 bytes."""
    import time

    from tui.core.load import load_paths

    levels = "".join(f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    bomb = f"---\na: &a [x,x,x,x,x,x,x,x,x]\n{levels}title: [*i,*i,*i,*i,*i,*i,*i,*i,*i]\nauthor: *i\ndate: *i\n---\n"
    start = time.perf_counter()
    loaded = load_paths([write("bomb.md", bomb + "Dockers went back to work on Wednesday.\n")])
    assert time.perf_counter() - start < 20  # (it took minutes and gigabytes: expanded, it never ends)
    doc = loaded.documents[0]
    assert (doc.title, doc.author, doc.published) == (None, None, None)
    assert doc.text == "Dockers went back to work on Wednesday."


def test_front_matter_too_large_or_too_deep_warns_and_the_body_loads(write):
    from tui.core.load import load_paths

    for front, reason in (
        ("title: " + "[" * 20_000 + "]" * 20_000, "front matter is nested too deeply to read"),
        ("title: x\n" + "k: v\n" * 20_000, "front matter is longer than 64 KB; not read"),
    ):
        loaded = load_paths([write("f.md", f"---\n{front}\n---\nDockers went back to work.\n")])
        assert not loaded.errors
        assert loaded.documents[0].text == "Dockers went back to work."
        assert [w.reason for w in loaded.warnings] == [reason]


def test_only_plain_values_become_metadata(load_one):
    doc = load_one(
        "p.md",
        "---\ntitle: {name: Port strike ends}\nauthor: [Ana Ruiz, [Nested, List], {name: Tom Rivers}]\n---\nBody.\n",
    )
    assert (doc.title, doc.author) == ("Port strike ends", "Ana Ruiz and Tom Rivers")
