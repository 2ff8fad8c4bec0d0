"""The pipeline: per-file work in worker processes and from the cache gives the same analysis."""

from __future__ import annotations

import json

import pytest

from tui.core import pipeline
from tui.core.pipeline import Cache, analyze_prepared, prepare_paths
from tui.core.serialize import to_json
from tui.corpus import write_corpus


def analysis_json(prepared, loaded):
    return json.dumps(to_json(analyze_prepared(prepared, loaded.errors)), sort_keys=True)


@pytest.mark.parametrize("forked", [True, False])
def test_worker_processes_give_the_same_analysis(tmp_path, monkeypatch, forked):
    paths = write_corpus(tmp_path / "corpus", 50)
    (tmp_path / "corpus" / "00007.txt").write_bytes(b"")  # a bad file in the middle
    serial = analysis_json(*prepare_paths([tmp_path / "corpus"], workers=1))
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 10)
    monkeypatch.setattr(pipeline, "_can_fork", lambda: forked)  # (spawned workers: beside the reader's threads)
    used = []
    real_pool = pipeline._in_pool
    monkeypatch.setattr(pipeline, "_in_pool", lambda *args: used.append(1) or real_pool(*args))
    parallel_prepared, loaded = prepare_paths([tmp_path / "corpus"], workers=2)
    assert used, "the worker processes were not used"
    assert analysis_json(parallel_prepared, loaded) == serial
    assert [e.reason for e in loaded.errors] == ["empty file"]
    assert [d.id for d in loaded.documents] == [f"d{i}" for i in range(1, len(paths))]


def test_cache_is_used_and_invalidated_by_content(tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    write_corpus(folder, 6)
    cache = Cache(tmp_path / "cache")
    first = analysis_json(*prepare_paths([folder], cache=cache))
    assert len(list((tmp_path / "cache").glob("*.json"))) == 6

    calls = []
    original = pipeline.prepare_file
    monkeypatch.setattr(pipeline, "prepare_file", lambda *a: calls.append(a) or original(*a))
    assert analysis_json(*prepare_paths([folder], cache=cache)) == first
    assert calls == []  # everything came from the cache

    (folder / "00002.txt").write_text("Changed headline here\n\nA new body for this article.\n", encoding="utf-8")
    prepared, _loaded = prepare_paths([folder], cache=cache)
    assert len(calls) == 1 and prepared[2].document.body == "A new body for this article."


def test_corrupt_cache_entries_are_ignored(tmp_path):
    folder = tmp_path / "corpus"
    write_corpus(folder, 3)
    cache = Cache(tmp_path / "cache")
    first = analysis_json(*prepare_paths([folder], cache=cache))
    for entry in (tmp_path / "cache").glob("*.json"):
        entry.write_bytes(b"not a pickle")
    assert analysis_json(*prepare_paths([folder], cache=cache)) == first


@pytest.mark.parametrize("count", [1, 7])
def test_corpus_is_deterministic(tmp_path, count):
    a = [p.read_text() for p in write_corpus(tmp_path / "a", count)]
    b = [p.read_text() for p in write_corpus(tmp_path / "b", count)]
    assert a == b
    assert all(400 <= len(t.split()) <= 1400 for t in a)


def test_results_survive_pickling_unchanged(tmp_path):
    import pickle

    from tui.resources import seed_paths

    prepared, loaded = prepare_paths(seed_paths())
    briefing = analyze_prepared(prepared, loaded.errors)
    for value in (prepared, briefing, loaded):
        again = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        assert again == value
        assert type(again) is type(value)
    assert briefing.quotes and briefing.alignments and prepared[0].candidates  # every kind was in there


@pytest.mark.parametrize("forked", [True, False])
def test_an_internal_error_in_one_document_costs_that_document_alone(tmp_path, monkeypatch, forked):
    folder = tmp_path / "corpus"
    write_corpus(folder, 40)
    real = pipeline.document_candidates

    def fails_on_one(doc):
        if "00003" in doc.path:
            raise TypeError("a fault in the engine")
        return real(doc)

    monkeypatch.setattr(pipeline, "document_candidates", fails_on_one)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 10)
    monkeypatch.setattr(pipeline, "_can_fork", lambda: forked)
    prepared, loaded = prepare_paths([folder], workers=2 if forked else 1)
    assert [(e.path, e.reason) for e in loaded.errors] == [
        (str(folder / "00003.txt"), "internal error while analysing: TypeError")
    ]
    assert len(prepared) == 39
    analyze_prepared(prepared, loaded.errors)


def test_the_command_line_reports_an_internal_error_in_one_file_and_analyses_the_rest(tmp_path, monkeypatch, capsys):
    from tui import cli

    write_corpus(tmp_path, 3)
    real = pipeline.find_quotes
    monkeypatch.setattr(pipeline, "find_quotes", lambda doc: 1 / 0 if "00001" in doc.path else real(doc))
    assert cli.main(["analyze", "--json", "--no-cache", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"briefing: {tmp_path / '00001.txt'}: internal error while analysing: ZeroDivisionError\n"
    assert len(json.loads(captured.out)["documents"]) == 2


def test_a_file_over_its_time_budget_is_reported_and_the_rest_load(tmp_path, monkeypatch):
    import time

    from tui.core import budget

    write_corpus(tmp_path, 3)
    monkeypatch.setattr(budget, "FROM_BYTES", 0)
    monkeypatch.setattr(budget, "BASE_SECONDS", 0.3)
    monkeypatch.setattr(budget, "SECONDS_PER_MB", 0.0)
    real = pipeline.find_quotes

    def runs_away(doc):
        while "00001" in doc.path:  # a loop that never ends, and that swallows ordinary exceptions
            try:
                time.sleep(0.01)
            except Exception:
                pass
        return real(doc)

    monkeypatch.setattr(pipeline, "find_quotes", runs_away)
    prepared, loaded = prepare_paths([tmp_path])
    assert [(e.path, e.reason) for e in loaded.errors] == [
        (str(tmp_path / "00001.txt"), "took longer than 0 s to analyse; skipped")
    ]
    assert len(prepared) == 2


def test_debug_shows_the_traceback_of_an_internal_error_in_one_file(tmp_path, monkeypatch):
    from tui import cli

    write_corpus(tmp_path, 2)
    monkeypatch.setattr(pipeline, "find_quotes", lambda doc: 1 / 0)
    monkeypatch.delenv("BRIEFING_DEBUG", raising=False)
    with pytest.raises(ZeroDivisionError):
        cli.main(["analyze", "--debug", "--no-cache", str(tmp_path)])
    assert "BRIEFING_DEBUG" not in __import__("os").environ  # (only while the command runs)
