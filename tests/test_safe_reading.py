"""Reading files safely: regular files only, the size checked first, never more than the limit plus one byte,
and the cache keyed by the very bytes that were analysed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.core import pipeline
from tui.core.limits import DEFAULT_MAX_BYTES, megabytes
from tui.core.load import load_paths
from tui.core.pipeline import Cache, prepare_paths
from tui.core.reading import Unreadable, read_file_bytes

GOOD = "Port strike ends\n\nDockers went back to work on Wednesday after the union accepted the offer.\n"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def run_cli(*args: str, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        **kwargs,
    )


@needs_fifo
@pytest.mark.parametrize("cache", [True, False])
def test_a_named_pipe_in_a_folder_is_reported_not_read(tmp_path, monkeypatch, cache):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # nobody ever writes to it: reading it would block for ever
    if not cache:
        monkeypatch.setenv("BRIEFING_CACHE_DIR", "")
    result = run_cli("analyze", str(tmp_path), timeout=60)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"briefing: {tmp_path / 'pipe.txt'}: not a regular file (a named pipe); save it to a file first"
    ]
    assert "Port strike ends" in result.stdout


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_given_or_linked_is_refused_without_reading_it(tmp_path, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    link = tmp_path / "x.txt"
    link.symlink_to(device)
    for path in (device, str(link)):
        result = run_cli("analyze", path, timeout=30)  # it used to read without end while the memory grew
        assert result.returncode == 1
        assert result.stderr.strip() == f"briefing: {path}: not a regular file (a device)"


def test_at_most_the_limit_plus_one_byte_is_read(tmp_path, monkeypatch):
    path = tmp_path / "grows.txt"
    path.write_bytes(b"a" * 100)
    asked: list[int] = []

    class Handle:
        """A file that claims 100 bytes but keeps growing as it is read."""

        def __init__(self, *args, **kwargs):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def fileno(self):
            return 0

        def read(self, n):
            asked.append(n)
            return b"a" * n

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: (os.close(fd), Handle())[1])
    monkeypatch.setattr(os, "fstat", lambda fd: os.stat(path))
    with pytest.raises(Unreadable, match="larger than"):
        read_file_bytes(path, 1000)
    assert asked == [101, 900]  # the size it had (and one more), then on up to the limit plus one


def test_sizes_are_megabytes_of_1024_kilobytes_in_every_message(tmp_path):
    assert megabytes(DEFAULT_MAX_BYTES) == "20 MB"
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (5 * 1024 * 1024 // 5 + 1))  # just over 5 MB
    loaded = load_paths([big], max_bytes=5 * 1024 * 1024)
    assert [e.reason for e in loaded.errors] == ["file is 5,242,885 bytes, larger than the 5 MB limit"]
    result = run_cli("analyze", "--max-size", "2", str(big))
    assert "larger than the 2 MB limit" in result.stderr and "file is 5 MB" in result.stderr


def test_a_file_changed_during_a_load_never_poisons_the_cache(tmp_path, monkeypatch):
    """The key is the hash of the bytes analysed: a save in the middle of a load cannot file new text under
    the old content's hash."""
    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "a.txt"
    old = "Old headline here\n\nThe old body of the article says one thing.\n"
    new = "New headline here\n\nThe new body of the article says another thing.\n"
    article.write_text(old, encoding="utf-8")
    cache = Cache(tmp_path / "cache")
    real_read = pipeline.read_article
    calls = []

    def read_then_edit(path, name, max_bytes):
        data = real_read(path, name, max_bytes)
        calls.append(path)
        if len(calls) == 1:
            path.write_text(new, encoding="utf-8")  # an editor saves just after the file was read
        return data

    monkeypatch.setattr(pipeline, "read_article", read_then_edit)
    monkeypatch.setattr(pipeline, "KEEP_BYTES", 0)  # the job reads the file again: the new text
    first, _ = prepare_paths([folder], cache=cache)
    monkeypatch.setattr(pipeline, "read_article", real_read)
    article.write_text(old, encoding="utf-8")  # the old text is back
    again, _ = prepare_paths([folder], cache=cache)
    assert again[0].document.body == "The old body of the article says one thing."
    assert first[0].document.body == "The new body of the article says another thing."


def test_the_bytes_read_for_the_key_are_the_bytes_analysed(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    write = folder / "a.txt"
    folder.mkdir()
    write.write_text(GOOD, encoding="utf-8")
    opened: list[Path] = []
    real_read = pipeline.read_article
    monkeypatch.setattr(pipeline, "read_article", lambda *a: opened.append(a[0]) or real_read(*a))
    prepare_paths([folder], cache=Cache(tmp_path / "cache"))
    assert opened == [write]  # read once: for the key, and the same bytes analysed


def test_standard_input_from_a_pipe_is_refused_with_a_reason():
    if not os.path.exists("/dev/stdin"):
        pytest.skip("no /dev/stdin")
    result = run_cli("analyze", "/dev/stdin", input=GOOD)
    assert result.returncode == 1
    assert result.stderr.strip() == "briefing: /dev/stdin: not a regular file (a named pipe); save it to a file first"
