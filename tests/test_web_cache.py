"""The page cache: fetched pages reopen offline, --refresh asks with validators, a corrupt entry is a miss."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.fetch import cache as page_cache


def analysis(capsys, *args: str) -> tuple[int, dict, list[str]]:
    code = main(["analyze", "--json", *args])
    captured = capsys.readouterr()
    return code, json.loads(captured.out), captured.err.splitlines()


def pages_folder() -> Path:
    return Path(os.environ["BRIEFING_PAGE_CACHE_DIR"])


def records() -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(pages_folder().glob("*.json"))]


def test_a_second_run_with_the_server_stopped_opens_the_same_articles(site, capsys):
    courier = site.saved("/courier.html", "bridge_courier.html")
    site.saved("/ledger.html", "bridge_ledger.html")
    site.saved("/wire.html", "bridge_wire.html")
    feed = site.saved("/feed.xml", "feed.xml", content_type="application/rss+xml")
    first = analysis(capsys, feed, courier)
    assert first[0] == 0 and len(first[1]["documents"]) == 3
    site.stop()
    assert analysis(capsys, feed, courier) == first  # the feed and its pages, from the cache


def test_the_record_of_a_page_holds_its_address_fetch_time_validators_and_type(site, capsys):
    page = site.saved(
        "/courier.html", "bridge_courier.html", etag='"v1"', last_modified="Thu, 02 Apr 2026 08:30:00 GMT"
    )
    analysis(capsys, page)
    (record,) = records()
    assert record["format"] == "briefing.page" and record["url"] == page and record["final_url"] == page
    assert record["etag"] == '"v1"' and record["last_modified"] == "Thu, 02 Apr 2026 08:30:00 GMT"
    assert record["content_type"] == "text/html; charset=utf-8" and record["kind"] == "page"
    assert record["fetched"].endswith("Z")
    body = pages_folder() / record["file"]
    assert body.suffix == ".html" and body.read_bytes() == site.routes["/courier.html"].body  # the bytes as sent


def test_without_refresh_a_cached_page_is_not_asked_for_again(site, capsys):
    page = site.saved("/courier.html", "bridge_courier.html")
    _, before, _ = analysis(capsys, page)
    site.saved("/courier.html", "bridge_ledger.html")  # the page changes on the server
    _, after, _ = analysis(capsys, page)
    assert len(site.requested("/courier.html")) == 1
    assert after == before


def test_refresh_asks_with_the_etag_and_a_304_keeps_the_copy(site, capsys, monkeypatch):
    page = site.saved("/courier.html", "bridge_courier.html", etag='"v1"')
    monkeypatch.setattr(page_cache, "now", lambda: "2026-04-02T09:00:00Z")
    _, before, _ = analysis(capsys, page)
    monkeypatch.setattr(page_cache, "now", lambda: "2026-04-03T09:00:00Z")
    code, after, err = analysis(capsys, "--refresh", page)
    assert code == 0 and err == [] and after == before
    first, second = site.requested("/courier.html")
    assert "if-none-match" not in first.headers
    assert second.headers["if-none-match"] == '"v1"'  # answered 304 Not Modified, without the page
    assert records()[0]["fetched"] == "2026-04-03T09:00:00Z"  # found current now


def test_refresh_asks_with_last_modified_when_there_is_no_etag(site, capsys):
    stamp = "Thu, 02 Apr 2026 08:30:00 GMT"
    page = site.saved("/courier.html", "bridge_courier.html", last_modified=stamp)
    analysis(capsys, page)
    code, _, _ = analysis(capsys, "--refresh", page)
    assert code == 0
    assert site.requested("/courier.html")[1].headers["if-modified-since"] == stamp


def test_refresh_takes_a_page_that_changed_and_drops_the_old_copy(site, capsys):
    page = site.saved("/courier.html", "bridge_courier.html", etag='"v1"')
    analysis(capsys, page)
    old_files = {p.name for p in pages_folder().glob("*.html")}
    site.saved("/courier.html", "bridge_ledger.html", etag='"v2"')
    code, data, _ = analysis(capsys, "--refresh", page)
    assert code == 0 and data["documents"][0]["outlet"] == "The Valmera Ledger"
    assert records()[0]["etag"] == '"v2"'
    new_files = {p.name for p in pages_folder().glob("*.html")}
    assert len(new_files) == 1 and new_files.isdisjoint(old_files)


def test_refresh_with_the_server_gone_shows_the_copy_with_a_warning(site, capsys, monkeypatch):
    page = site.saved("/courier.html", "bridge_courier.html")
    monkeypatch.setattr(page_cache, "now", lambda: "2026-04-02T09:00:00Z")
    _, before, _ = analysis(capsys, page)
    site.stop()
    code, after, err = analysis(capsys, "--refresh", page)
    assert code == 0 and after == before
    assert err == [
        f"briefing: {page}: warning: not refreshed (connection refused); the copy of 2026-04-02T09:00:00Z is shown"
    ]


@pytest.mark.parametrize("damage", ["record", "bytes", "missing bytes", "other address"])
def test_a_corrupt_entry_is_a_miss_with_one_warning(site, capsys, damage):
    page = site.saved("/courier.html", "bridge_courier.html")
    other = site.saved("/ledger.html", "bridge_ledger.html")
    _, before, _ = analysis(capsys, page, other)
    record_path = pages_folder() / f"{page_cache.PageCache.key(page)}.json"
    record = json.loads(record_path.read_text())
    if damage == "record":
        record_path.write_text('{"format": "briefing.page", "version": 1, "url": ')
    elif damage == "bytes":
        (pages_folder() / record["file"]).write_bytes(b"<html><body>forged</body></html>")
    elif damage == "missing bytes":
        (pages_folder() / record["file"]).unlink()
    else:
        record["url"] = other
        record_path.write_text(json.dumps(record))
    code, after, err = analysis(capsys, page, other)
    assert code == 0 and after == before  # fetched again
    assert len(site.requested("/courier.html")) == 2 and len(site.requested("/ledger.html")) == 1
    assert err == [f"briefing: {pages_folder()}: warning: 1 cached page was unreadable; set aside and fetched again"]
    assert list(pages_folder().glob("*.corrupt"))
    assert analysis(capsys, page, other) == (0, before, [])  # and whole again


def test_a_page_cache_that_cannot_be_written_still_loads_the_pages(site, capsys, tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("BRIEFING_PAGE_CACHE_DIR", str(blocked))
    page = site.saved("/courier.html", "bridge_courier.html")
    code, data, err = analysis(capsys, page)
    assert code == 0 and [d["path"] for d in data["documents"]] == [page]
    assert len(err) == 1 and err[0].startswith(f"briefing: {blocked}: warning: page cache cannot be written (")
    assert err[0].endswith("); pages are not kept")


def test_no_page_cache_keeps_nothing(site, capsys, monkeypatch):
    monkeypatch.setenv("BRIEFING_PAGE_CACHE_DIR", "")
    page = site.saved("/courier.html", "bridge_courier.html")
    assert analysis(capsys, page)[0] == 0
    site.stop()
    code, data, err = analysis(capsys, page)
    assert code == 1 and data["documents"] == [] and err == [f"briefing: {page}: connection refused"]


def test_a_cached_run_needs_no_http_client(site, tmp_path):
    """Reopening from the cache imports neither httpx nor feedparser's network code; files alone never do."""
    page = site.saved("/courier.html", "bridge_courier.html")
    note = tmp_path / "note.txt"
    note.write_text("Harbour Road crossing busy\n\nTraffic on the Harbour Road crossing doubled on Thursday.\n")
    script = (
        "import sys; from tui.cli import main; code = main(sys.argv[1:]); "
        "print('httpx' in sys.modules, file=sys.stderr); sys.exit(code)"
    )

    def run(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", script, "analyze", *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=os.environ,
        )
        assert result.returncode == 0, result.stderr
        return result.stderr.strip()

    assert run(str(note)) == "False"
    assert run(page) == "True"  # fetched
    assert run(page) == "False"  # from the cache


def test_a_cached_run_loads_no_tls_or_socket_code(site):
    """Reopening from the page cache imports neither ssl nor socket: only a failed request needs them, to name
    its reason."""
    page = site.saved("/courier.html", "bridge_courier.html")
    script = (
        "import sys; from tui.cli import main; code = main(sys.argv[1:]); "
        "print(sorted(m for m in ('ssl', 'socket') if m in sys.modules), file=sys.stderr); "
        "sys.exit(code)"
    )

    def run(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", script, "analyze", *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=os.environ,
        )
        assert result.returncode == 0, result.stderr
        return result.stderr.strip().splitlines()[-1]

    run(page)  # fetched, and kept
    assert run(page) == "[]"
