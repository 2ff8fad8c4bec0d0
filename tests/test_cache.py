"""The analysis cache holds data only: nothing in it can run code, and nothing unchecked comes out of it."""

from __future__ import annotations

import json
import os
import pickle
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core import records
from tui.core.cache import Cache
from tui.core.load.clean import is_clean
from tui.core.model import Span
from tui.core.pipeline import Prepared, analyze_prepared, prepare_paths
from tui.core.serialize import to_json
from tui.corpus import write_corpus


def analysis(prepared, loaded) -> str:
    return json.dumps(to_json(analyze_prepared(prepared, loaded.errors)), sort_keys=True)


@pytest.fixture
def filled(tmp_path):
    """A folder of three articles and a cache filled by analysing it."""
    folder = tmp_path / "corpus"
    write_corpus(folder, 3)
    cache_dir = tmp_path / "cache"
    first = analysis(*prepare_paths([folder], cache=Cache(cache_dir)))
    entries = sorted(p for p in cache_dir.iterdir() if not p.name.startswith("."))
    assert len(entries) == 3
    return folder, cache_dir, entries, first


class _Payload:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (self.marker, "the cache ran code"))


def test_a_crafted_entry_never_runs_code(filled, tmp_path):
    folder, cache_dir, entries, first = filled
    marker = tmp_path / "ran"
    for entry in entries:
        entry.write_bytes(pickle.dumps(_Payload(marker)))
    prepared, loaded = prepare_paths([folder], cache=Cache(cache_dir))
    assert not marker.exists()
    assert analysis(prepared, loaded) == first  # every entry was a miss, and rebuilt
    assert [w.reason for w in loaded.warnings] == ["3 analysis cache entries were unreadable; set aside and rebuilt"]
    assert len(list(cache_dir.glob("*.corrupt"))) == 3
    assert analysis(*prepare_paths([folder], cache=Cache(cache_dir))) == first  # and now read from the cache


def _edit_entries(entries, change) -> None:
    for entry in entries:
        data = json.loads(entry.read_bytes())
        change(data["value"])
        entry.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "change",
    [
        lambda v: v[0].__setitem__(3, "Title \x1b]2;PWNED\x07 here"),  # escape sequences in the title
        lambda v: v[0].__setitem__(3, "bidi \u202e here"),
        lambda v: v[0].__setitem__(3, "a lone surrogate \ud800"),
        lambda v: v[0][7].append([0, 10**9]),  # a paragraph far past the end of the text
        lambda v: v[0][8].append([-5, 3]),  # a sentence before its start
        lambda v: v[0][8].append([9, 3]),  # a sentence that ends before it starts
        lambda v: v[2].append([5, 4, 0, 1]) if v[2] else v[2].append([0, 1, 1, 0]),  # a quote inside out
        lambda v: v[1].append(["d0", 0, 1, 2, "person", None, False, False, False]),  # a name of the wrong type
        lambda v: v[0].__setitem__(2, 42),  # the text is not text
        lambda v: v.append("one field too many"),
        lambda v: v[0].pop(),
    ],
)
def test_an_entry_that_fails_a_check_is_a_miss(filled, change):
    folder, cache_dir, entries, first = filled
    _edit_entries(entries, change)
    prepared, loaded = prepare_paths([folder], cache=Cache(cache_dir))
    assert analysis(prepared, loaded) == first
    assert len(list(cache_dir.glob("*.corrupt"))) == 3
    assert len(loaded.warnings) == 1


def test_an_entry_of_another_version_or_engine_is_a_miss(filled):
    folder, cache_dir, entries, first = filled
    for field, value in (("version", 0), ("engine", "0" * 16), ("format", "something.else")):
        for entry in entries:
            data = json.loads(entry.read_bytes())
            data[field] = value
            entry.write_text(json.dumps(data), encoding="utf-8")
        prepared, loaded = prepare_paths([folder], cache=Cache(cache_dir))
        assert analysis(prepared, loaded) == first and len(loaded.warnings) == 1


def test_entries_are_readable_by_their_owner_only(filled):
    _folder, _cache_dir, entries, _first = filled
    assert all(stat.S_IMODE(e.stat().st_mode) == 0o600 for e in entries)


_DAMAGE = st.lists(
    st.tuples(
        st.floats(0, 1),
        st.sampled_from(["flip", "cut", "insert"]),
        st.integers(0, 255),
        st.sampled_from([b"[", b"]", b'"', b"\\u001b", b"99999999999", b"null", b"-1", b"1e999", b"{}"]),
    ),
    min_size=1,
    max_size=4,
)


@pytest.fixture(scope="module")
def one_entry(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz")
    article = root / "a.txt"
    article.write_text(
        'Port strike ends\n\n"We are back," said Ana Ruiz of the union. The port of Santos reopened.\n',
        encoding="utf-8",
    )
    prepare_paths([article], cache=Cache(root / "cache"))
    (entry,) = (root / "cache").glob("*.json")
    return article, entry, entry.read_bytes()


@settings(max_examples=200, deadline=None)
@given(damage=_DAMAGE)
def test_any_damage_to_an_entry_gives_the_entry_or_a_miss(one_entry, damage):
    """Random byte flips, cuts and insertions: nothing escapes, and what is read back is always valid."""
    article, entry, original = one_entry
    raw = bytearray(original)
    for where, action, byte, piece in damage:
        at = int(where * (len(raw) - 1))
        if action == "flip":
            raw[at] = byte
        elif action == "cut":
            del raw[at : at + 1 + byte % 40]
        else:
            raw[at:at] = piece
    entry.write_bytes(bytes(raw))
    prepared, loaded = prepare_paths([article], cache=Cache(entry.parent))
    (doc,) = loaded.documents
    assert is_clean(doc.text) and all(is_clean(x or "") for x in (doc.title, doc.outlet, doc.author, doc.published))
    spans = [*doc.paragraphs, *doc.sentences, *prepared[0].candidates, *prepared[0].quotes]
    assert all(0 <= s.start <= s.end <= len(doc.text) for s in spans)
    to_json(analyze_prepared(prepared, loaded.errors))  # and the analysis runs on it


@dataclass(frozen=True, slots=True)
class _Inner:
    start: int
    end: int
    label: str | None = None
    kind: Literal["a", "b"] = "a"


@dataclass(frozen=True, slots=True)
class _Outer:
    name: str
    inner: tuple[_Inner, ...]
    extra: tuple[str, ...] = ()
    maybe: _Inner | None = None
    weight: float = 0.5
    flag: bool = False
    pair: tuple[int, str] = (0, "")
    mood: Literal["calm", "cross"] | None = None


def test_the_encoding_follows_the_fields_so_new_fields_need_no_change():
    value = _Outer(
        "x", (_Inner(0, 3, "a", "b"), _Inner(2, 5)), ("p", "q"), _Inner(1, 2), 2.5, True, (4, "four"), "calm"
    )
    raw = records.dumps(records.encode(value))
    again, offsets = records.decode(records.loads(raw), _Outer)
    assert again == value and offsets.within(5) and not offsets.within(4)
    assert records.decoder(Prepared)  # every field type of a cache entry is covered
    for wrong in (raw.replace(b'"b"', b'"c"'), raw.replace(b'"calm"', b'"glad"'), raw.replace(b"true", b"1")):
        with pytest.raises(records.RecordError):
            records.decode(records.loads(wrong), _Outer)


def test_a_field_type_the_encoding_does_not_cover_is_refused_at_once():
    @dataclass(frozen=True)
    class Odd:
        values: dict[str, int]

    with pytest.raises(TypeError):
        records.decoder(Odd)


@pytest.mark.parametrize(
    "text",
    ['["\\u001b"]', '["a\\\\\\u009b"]', '["\\r"]', '["\\b"]', '["\\ud800"]', '["\u202e"]', '["\x85"]', "[NaN]"],
)
def test_text_with_controls_is_refused_however_it_is_written(text):
    with pytest.raises(ValueError):
        records.loads(text.encode("utf-8", "surrogatepass"))


def test_escaped_backslashes_and_line_breaks_are_text():
    assert records.loads(b'["a\\\\u001b", "b\\\\\\\\n", "c\\n\\t\\"/"]') == ["a\\u001b", "b\\\\n", 'c\n\t"/']


def test_spans_come_back_as_spans():
    (span,), offsets = records.decode([[[2, 7]]], tuple[tuple[Span, ...]])
    assert span == (Span(2, 7),) and offsets.within(7)


def test_a_cache_entry_that_is_a_named_pipe_is_a_miss(filled):
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs named pipes")
    folder, cache_dir, entries, first = filled
    entries[0].unlink()
    os.mkfifo(entries[0])
    assert analysis(*prepare_paths([folder], cache=Cache(cache_dir))) == first


def test_an_entry_far_larger_than_its_file_could_give_is_not_read(filled):
    folder, cache_dir, entries, first = filled
    for entry in entries:
        data = json.loads(entry.read_bytes())
        data["padding"] = "x" * 30_000_000  # 30 MB for an article of a few kilobytes
        entry.write_text(json.dumps(data), encoding="utf-8")
    prepared, loaded = prepare_paths([folder], cache=Cache(cache_dir))
    assert analysis(prepared, loaded) == first and len(loaded.warnings) == 1
    assert len(list(cache_dir.glob("*.corrupt"))) == 3


@pytest.mark.parametrize("url", ["--help", "file:///etc/passwd", "javascript:alert(1)", "x-custom:run", "https://a b/"])
def test_a_link_that_is_not_http_or_mailto_is_never_opened(monkeypatch, url):
    """A cache entry holds links as text: the opener checks each again, whatever it came from."""
    import subprocess

    from tui import opener

    calls = []
    monkeypatch.setattr(opener, "opener_command", lambda u: ["xdg-open", u])
    monkeypatch.setattr(subprocess, "Popen", lambda command, **kw: calls.append(command))
    assert opener.open_externally(url) == "only http, https and mailto links are opened"
    assert calls == []
