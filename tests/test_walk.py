"""Folders: everything that is not read is reported, and no walk runs away."""

from __future__ import annotations

import os
import subprocess
import sys

from tui.core.load import walk
from tui.core.load.walk import expand_paths
from tui.core.model import LoadError

GOOD = "Port strike ends\n\nDockers went back to work on Wednesday after the union accepted the offer.\n"


def errors_of(paths) -> list[tuple[str, str]]:
    return [(e.path, e.reason) for e in expand_paths(paths) if isinstance(e, LoadError)]


def test_an_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(walk.os, "scandir", scandir)  # (as root, a chmod 000 folder would still be readable)
    items = list(expand_paths([tmp_path]))
    assert items[0] == tmp_path / "good.txt"
    assert errors_of([tmp_path]) == [(str(locked), "folder cannot be read: permission denied")]


def test_an_unreadable_folder_given_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(walk.os, "scandir", lambda path: (_ for _ in ()).throw(PermissionError(13, "denied")))
    assert errors_of([tmp_path]) == [(str(tmp_path), "folder cannot be read: permission denied")]


def test_link_loops_inside_a_folder_are_reported(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "back").symlink_to(tmp_path)  # a folder that contains itself
    (tmp_path / "one").symlink_to(tmp_path / "two")  # two links that point at each other
    (tmp_path / "two").symlink_to(tmp_path / "one")
    errors = errors_of([tmp_path])
    assert (str(tmp_path / "nested" / "back"), "link to a folder already read (a loop); not followed") in errors
    assert (str(tmp_path / "one"), "link loop (too many levels of symbolic links)") in errors
    assert (str(tmp_path / "two"), "link loop (too many levels of symbolic links)") in errors
    assert [p for p in expand_paths([tmp_path]) if not isinstance(p, LoadError)] == [tmp_path / "good.txt"]


def test_a_folder_given_twice_is_read_once_without_an_error(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(GOOD, encoding="utf-8")
    assert list(expand_paths([tmp_path, tmp_path / "sub"])) == [tmp_path / "sub" / "a.txt"]


def test_a_link_to_a_huge_folder_stops_with_a_message(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "root").symlink_to("/")  # the whole file system
    monkeypatch.setattr(walk, "MAX_ENTRIES", 2000)
    items = list(expand_paths([tmp_path]))
    assert items[0] == tmp_path / "good.txt"
    assert items[-1] == LoadError(
        str(tmp_path),
        "more than 2,000 entries under this folder (a link to a large folder?); the rest is not read",
    )


def test_folders_nested_too_deep_are_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(walk, "MAX_DEPTH", 3)
    deep = tmp_path / "a" / "b" / "c" / "d" / "e"
    deep.mkdir(parents=True)
    (deep / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "top.txt").write_text(GOOD, encoding="utf-8")
    assert errors_of([tmp_path]) == [(str(tmp_path / "a" / "b" / "c" / "d"), "more than 3 folders deep; not read")]


def test_an_empty_path_is_an_error_not_the_current_folder(tmp_path):
    (tmp_path / "here.txt").write_text(GOOD, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tui", "analyze", ""], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "briefing: '': empty path, not a file or folder"
    assert "here.txt" not in result.stdout


def test_the_skips_are_errors_of_the_pipeline_too(tmp_path):
    from tui.core.pipeline import prepare_paths

    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path)
    _prepared, loaded = prepare_paths([tmp_path])
    assert [e.reason for e in loaded.errors] == ["link to a folder already read (a loop); not followed"]


def test_a_name_too_long_is_one_error_and_the_rest_load(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    too_long = str(tmp_path / ("a" * 300))
    items = list(expand_paths([too_long, tmp_path / "good.txt"]))
    assert items == [LoadError(too_long, "file name too long"), tmp_path / "good.txt"]
