"""The headless command line: analyze, --json, --version, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tui import __version__
from tui.cli import main

SCHEMA_KEYS = {"schema", "documents", "actors", "quotes", "terms", "alignments", "stories", "facts", "discrepancies"}


def run_cli(*args: str, cwd=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, text=True, encoding="utf-8", cwd=cwd, timeout=120
    )


def test_analyze_json_on_bundled_seeds_from_another_folder(tmp_path):
    result = run_cli("analyze", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == SCHEMA_KEYS
    assert data["schema"] == "briefing.analysis/1"
    assert [d["path"] for d in data["documents"]] == [
        "seeds/000_89ef1cd6714d3ab4.txt",
        "seeds/001_c108ed0551a55a7b.txt",
    ]
    first = data["documents"][0]
    assert set(first) == {"id", "path", "title", "outlet", "author", "published", "headline", "text"}
    assert first["published"] == "2026-02-05" and first["author"] == "Felix Ortiz"
    # the headline is the first paragraph of the analysed text
    head = first["headline"]
    assert head["start"] == 0 and first["text"][: head["end"]] == first["title"]
    assert first["text"][head["end"] : head["end"] + 2] == "\n\n"


def test_text_summary(capsys):
    assert main(["analyze"]) == 0
    out = capsys.readouterr().out
    assert "briefing: 2 articles" in out
    assert "Cuban Regime Confirms High-Level Contacts with the United States" in out


def test_bad_files_one_line_each_and_exit_status(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Port strike ends\n\nDockers went back to work on Wednesday.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    code = main(
        ["analyze", "--json", str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt")]
    )
    captured = capsys.readouterr()
    assert code == 1
    assert len(json.loads(captured.out)["documents"]) == 1
    lines = captured.err.strip().splitlines()
    assert lines == [
        f"briefing: {tmp_path / 'empty.txt'}: empty file",
        f"briefing: {tmp_path / 'missing.txt'}: no such file or folder",
    ]
    assert "Traceback" not in captured.err


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"briefing {__version__}"
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "analyze" in capsys.readouterr().out


def test_json_offsets_are_valid(capsys):
    main(["analyze", "--json"])
    data = json.loads(capsys.readouterr().out)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for actor in data["actors"]:
        for m in actor["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(texts[m["doc"]])
    for q in data["quotes"]:
        assert texts[q["doc"]][q["start"] : q["end"]] == q["text"]


def test_bench_runs_and_reports_every_figure():
    result = run_cli("bench", "--json", "--articles", "12")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    for key in (
        "analysis_articles_per_s_at_10",
        "align_s_at_12",
        "peak_memory_mb_at_12",
        "search_keystroke_ms_p95_at_10000_quotes",
        "actors_ms_per_1000_word_article",
        "first_paint_s",
        "first_paint_settled_s",
        "first_paint_minimal_textual_app_s",
        "first_paint_minimal_textual_app_settled_s",
    ):
        assert figures[key] > 0, key
    assert figures["first_paint_s"] <= figures["first_paint_settled_s"] + 0.05  # text first, then settled


def test_the_first_paint_marker_is_words_the_reader_draws_in_one_run():
    from tui.bench_paint import reader_marker

    marker = reader_marker().decode()
    assert len(marker) >= 8 and "\n" not in marker
    assert marker == "This Wednesday, the"  # the first seed's opening words, up to the first actor (Havana)


def test_the_bench_starts_the_reader_by_its_installed_script_where_there_is_one(tmp_path, monkeypatch):
    from tui import bench_paint

    python = tmp_path / "bin" / "python3"
    python.parent.mkdir()
    monkeypatch.setattr(bench_paint.sys, "executable", str(python))
    assert bench_paint.reader_command() == [str(python), "-m", "tui"]  # no script beside the interpreter
    script = python.parent / "briefing"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert bench_paint.reader_command() == [str(script)]


def test_actors_in_json_have_names_kinds_aliases_and_valid_mentions(capsys):
    main(["analyze", "--json"])
    data = json.loads(capsys.readouterr().out)
    by_name = {a["name"]: a for a in data["actors"]}
    cossio = by_name["Carlos Fernández de Cossío"]
    assert cossio["kind"] == "person"
    assert {"Carlos Fernandez de Cossio", "de Cossio"} <= set(cossio["aliases"])
    assert {a["id"] for a in data["actors"]} == {f"a{i}" for i in range(1, len(data["actors"]) + 1)}


def test_quotes_command_lists_speakers_by_article(capsys):
    assert main(["quotes"]) == 0
    out = capsys.readouterr().out
    assert "\u201cI think were going to make a deal with Cuba.\u201d \u2014 Donald Trump" in out
    assert "(7 quotes)" in out and "(6 quotes)" in out


def test_align_command_prints_pairs_side_by_side(capsys):
    from tui.resources import seed_paths

    a, b = (str(p) for p in seed_paths())
    assert main(["align", a, b, "--width", "120"]) == 0
    out = capsys.readouterr().out
    assert " | " in out and "shared passages" in out and "[" in out


@pytest.mark.parametrize("command", ["analyze", "quotes", "align", "bench"])
def test_subcommand_usage_names_the_subcommand(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    assert out.startswith(f"usage: briefing {command} [-h]")
    assert "COMMAND" not in out.split("\n\n")[0]
    with pytest.raises(SystemExit):
        main([command, "--max-size" if command != "bench" else "--articles", "many"])
    err = capsys.readouterr().err
    assert f"briefing {command}: error: argument" in err and "COMMAND" not in err
