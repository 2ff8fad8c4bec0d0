"""Writing the report: `briefing export`, files never replaced unasked, never half written."""

from __future__ import annotations

import stat
import threading

import pytest

from tui.cli import main
from tui.export.files import documents_folder, report_name, slug, write_new, write_numbered, write_report
from tui.export.stories import StoryView


def test_export_prints_markdown_by_default(capsysbinary):
    assert main(["export", "--no-cache"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out.startswith("# Briefing report\n") and "### Quotes" in out


def test_export_to_a_file_picks_html_from_the_suffix_and_never_replaces_it_unasked(tmp_path, capsys):
    target = tmp_path / "report.html"
    assert main(["export", "--no-cache", "-o", str(target)]) == 0
    first = target.read_text(encoding="utf-8")
    assert first.startswith("<!DOCTYPE html>")
    assert capsys.readouterr().err == f"briefing: report written to {target}\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644

    target.write_text("my notes", encoding="utf-8")
    assert main(["export", "--no-cache", "-o", str(target)]) == 1
    assert capsys.readouterr().err == f"briefing: {target}: already exists; add --force to replace it\n"
    assert target.read_text(encoding="utf-8") == "my notes"

    assert main(["export", "--no-cache", "-o", str(target), "--force", "--format", "md"]) == 0
    assert target.read_text(encoding="utf-8").startswith("# Briefing report")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]  # no temporary file left behind


def test_export_says_why_a_file_cannot_be_written(tmp_path, capsys):
    assert main(["export", "--no-cache", "-o", str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"briefing: {tmp_path}: is a folder; name a file to write\n"
    plain = tmp_path / "plain"
    plain.write_text("a file, not a folder", encoding="utf-8")
    assert main(["export", "--no-cache", "-o", str(plain / "r.md")]) == 1
    assert capsys.readouterr().err.endswith(f"{plain / 'r.md'}: cannot be written (Not a directory)\n")


def test_export_exits_1_when_an_article_failed_to_load_and_still_reports_the_rest(tmp_path, capsysbinary):
    (tmp_path / "good.txt").write_text(
        "Port strike ends\n\nDockers went back to work on Wednesday.\n", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["export", "--no-cache", str(tmp_path)]) == 1
    captured = capsysbinary.readouterr()
    assert b"empty.txt: empty file" in captured.err
    out = captured.out.decode("utf-8")
    assert "Port strike ends" in out and "## Not loaded" in out


def test_a_new_file_never_replaces_one_that_exists(tmp_path):
    path = tmp_path / "r.md"
    write_new(path, "one")
    with pytest.raises(FileExistsError):
        write_new(path, "two")
    with pytest.raises(FileExistsError):
        write_report(path, "two")
    assert path.read_text() == "one"
    write_report(path, "three", replace=True)
    assert path.read_text() == "three"
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]


def test_numbered_names_when_the_name_is_taken_even_by_writers_at_once(tmp_path):
    assert write_numbered(tmp_path, "briefing-report.md", "a").name == "briefing-report.md"
    assert write_numbered(tmp_path, "briefing-report.md", "b").name == "briefing-report-2.md"
    written: list[str] = []
    threads = [
        threading.Thread(target=lambda n=n: written.append(write_numbered(tmp_path, "x.md", str(n)).name))
        for n in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(written) == sorted(["x.md", *(f"x-{n}.md" for n in range(2, 9))])
    assert sorted((tmp_path / name).read_text() for name in written) == [str(n) for n in range(8)]
    assert (tmp_path / "briefing-report.md").read_text() == "a"


def test_report_names_and_the_documents_folder(tmp_path, monkeypatch):
    assert report_name(None, ".md") == "briefing-report.md"
    assert report_name(StoryView("all", "All articles", ("d1",)), ".html") == "briefing-report.html"
    story = StoryView("s2", "Cuba: Fernández de Cossío <b>talks</b>", ("d1",))
    assert report_name(story, ".md") == "briefing-report-cuba-fernandez-de-cossio-b-talks-b.md"
    assert slug("../../etc/passwd") == "etc-passwd"
    monkeypatch.setenv("BRIEFING_EXPORT_DIR", str(tmp_path))
    assert documents_folder() == tmp_path
    monkeypatch.delenv("BRIEFING_EXPORT_DIR")
    monkeypatch.setenv("HOME", str(tmp_path / "nohome"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "nohome" / "Documents"))
    monkeypatch.chdir(tmp_path)
    assert documents_folder() == tmp_path  # no documents folder: the current one
