"""Files and folders: encodings, bad files, order, errors as values."""

from __future__ import annotations

import os

import pytest

from tui.core.load import load_paths

ARTICLE = "Port strike ends\n\nDockers went back to work on Wednesday after the union accepted the offer.\n"


@pytest.mark.parametrize(
    "encoded",
    [
        ARTICLE.replace("Dockers", "Dóckers").encode("utf-8"),
        b"\xef\xbb\xbf" + ARTICLE.replace("Dockers", "Dóckers").encode("utf-8"),
        ARTICLE.replace("Dockers", "Dóckers").encode("utf-16"),
        ARTICLE.replace("Dockers", "Dóckers").encode("utf-16-le"),
        ARTICLE.replace("Dockers", "Dóckers").replace("offer", "offer \u2014 \u201cfinally\u201d").encode("cp1252"),
    ],
)
def test_encodings(load_one, encoded):
    doc = load_one("a.txt", encoded)
    assert doc.body.startswith("Dóckers went back")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n  ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file, not text"),
        (b"Share\n\nAdvertisement\n", "no article text found"),
    ],
)
def test_bad_files_are_errors_and_others_still_load(write, content, reason):
    bad = write("bad.txt", content)
    good = write("good.txt", ARTICLE)
    loaded = load_paths([bad, good])
    assert [d.path for d in loaded.documents] == [str(good)]
    assert [(e.path, e.reason) for e in loaded.errors] == [(str(bad), reason)]


def test_missing_path_and_size_limit(write, tmp_path):
    big = write("big.txt", ARTICLE * 2000)
    loaded = load_paths([tmp_path / "nope.txt", big], max_bytes=10_000)
    reasons = [e.reason for e in loaded.errors]
    assert reasons[0] == "no such file or folder"
    assert "larger than" in reasons[1]
    assert not loaded.documents


def test_folders_are_recursive_sorted_and_skip_other_files(write, tmp_path):
    write("b.txt", ARTICLE)
    write("sub/a.md", "# Title here for a\n\nBody of the article in markdown.\n")
    write("a.html", "<html><body><p>Body of a page that has enough words to count as article text.</p></body></html>")
    write("notes.pdf", b"%PDF-1.4")
    write(".hidden.txt", ARTICLE)
    loaded = load_paths([tmp_path])
    assert [os.path.relpath(d.path, tmp_path) for d in loaded.documents] == ["a.html", "b.txt", "sub/a.md"]
    assert [d.id for d in loaded.documents] == ["d1", "d2", "d3"]


def test_symlink_loop_terminates(write, tmp_path):
    write("x/a.txt", ARTICLE)
    os.symlink(tmp_path / "x", tmp_path / "x" / "loop")
    loaded = load_paths([tmp_path])
    assert len(loaded.documents) == 1


def test_control_sequences_never_reach_the_text(load_one):
    doc = load_one(
        "e.txt",
        "Title of the article\n\nBefore\x1b]0;pwned\x07 after \x1b[2J\x1b[31mred\x1b[0m "
        "\u202eevil\u202c and\x00 nul.\n",
    )
    assert "\x1b" not in doc.text and "\x07" not in doc.text and "\u202e" not in doc.text and "\x00" not in doc.text
    assert doc.body == "Before after red evil and nul."


def test_utf8_with_a_few_stray_bytes_is_utf8_with_a_warning(write):
    """Two bad bytes in a French article: not mojibake everywhere, but two replacement characters and a warning."""
    text = (
        "R\u00e9ouverture du caf\u00e9\n\nLe caf\u00e9 de la gare a rouvert ses portes apr\u00e8s des mois de travaux."
    )
    data = text.encode("utf-8").replace(b"gare", b"g\xe9are").replace(b"mois", b"mo\x92is")
    loaded = load_paths([write("fr.txt", data)])
    doc = loaded.documents[0]
    assert doc.title == "R\u00e9ouverture du caf\u00e9"
    assert "caf\u00e9 de la g\ufffdare" in doc.text and "mo\ufffdis" in doc.text
    assert [w.reason for w in loaded.warnings] == ["not all valid UTF-8: 2 invalid byte sequences shown as \ufffd"]


def test_a_legacy_file_without_utf8_letters_is_still_read_as_legacy(load_one):
    doc = load_one(
        "old.txt", "Caf\u00e9 owners\n\nThe caf\u00e9 owners said the rent rose \u2014 again.\n".encode("cp1252")
    )
    assert doc.body == "The caf\u00e9 owners said the rent rose \u2014 again."


@pytest.mark.parametrize("mark", ["\x0b", "\x85", "\u2028"])
def test_vertical_tabs_and_next_line_marks_break_lines(load_one, mark):
    doc = load_one("v.txt", f"Port strike ends\n\nDockers went back.{mark}{mark}The union agreed.\n")
    assert "back.The" not in doc.text and "back." in doc.text and "The union agreed." in doc.text


def test_the_bytes_loader_names_what_it_loads():
    from tui.core.load import load_bytes

    doc, warning = load_bytes(ARTICLE.encode(), "https://example.org/a", "d3", kind="txt")
    assert doc.path == "https://example.org/a" and doc.id == "d3" and warning is None
    doc, _ = load_bytes(
        b"<html><body><article><p>" + b"The council met on Monday. " * 5 + b"</p></article></body></html>", "page"
    )
    assert doc.source_format == "html"
    error, _ = load_bytes(b"", "https://example.org/empty")
    assert (error.path, error.reason) == ("https://example.org/empty", "empty file")
