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
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 6

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
    for entry in (tmp_path / "cache").glob("*.pickle"):
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
