"""The parts of fetching on their own: addresses, lists, content types, feeds, the dispatcher, cache records."""

from __future__ import annotations

import json
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.fetch.cache import CorruptRecord, PageCache, _record
from tui.core.fetch.content import as_saved, kind_of
from tui.core.fetch.dispatch import Dispatcher, HostGate
from tui.core.fetch.feeds import feed_items
from tui.core.fetch.urls import is_url, normal_url, read_url_list, url_problem


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http://example.org/a", True),
        ("HTTPS://example.org", True),
        ("ftp://example.org/a", True),  # an address, refused when fetched
        ("articles/http-notes.txt", False),
        ("C:\\news\\a.html", False),
        ("mailto:desk@example.org", False),
    ],
)
def test_what_counts_as_an_address(text, expected):
    assert is_url(text) is expected


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://example.org/story", None),
        ("https://example.org:8443/story?id=3", None),
        ("file:///etc/passwd", "only http and https addresses are fetched, not file"),
        ("http:///story", "not a valid web address (no host)"),
        ("http://example.org:port/", "not a valid web address"),
        ("http://example.org/a story", "not a valid web address (it holds spaces or control characters)"),
        ("http://example.org/\x1b[2J", "not a valid web address (it holds spaces or control characters)"),
    ],
)
def test_which_addresses_are_fetched(url, problem):
    assert url_problem(url) == problem


def test_the_cache_knows_an_address_without_its_fragment_and_with_its_host_in_lower_case():
    assert normal_url("HTTP://Example.ORG#top") == "http://example.org/"
    assert PageCache.key("http://Example.org/a#x") == PageCache.key("http://example.org/a")
    assert PageCache.key("http://example.org/a") != PageCache.key("http://example.org/A")


def test_a_list_of_addresses_that_cannot_be_read_or_is_empty(tmp_path):
    assert read_url_list(tmp_path / "none.txt")[1][0].reason.startswith("list of addresses cannot be read: ")
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing yet\n\n")
    urls, errors = read_url_list(empty)
    assert urls == [] and [(e.path, e.reason) for e in errors] == [(str(empty), "list of addresses holds none")]
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert read_url_list(binary)[1][0].reason == "list of addresses cannot be read: binary file, not text"


def test_a_fragment_in_a_listed_address_is_not_a_comment(tmp_path):
    listing = tmp_path / "links.txt"
    listing.write_text("http://example.org/a#section-2\n  http://example.org/b  # second\n")
    assert read_url_list(listing) == (["http://example.org/a#section-2", "http://example.org/b"], [])


@pytest.mark.parametrize(
    ("content_type", "body", "kind"),
    [
        ("text/html; charset=utf-8", b"<!DOCTYPE html><html></html>", "page"),
        ("application/xhtml+xml", b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', "page"),
        ("text/html", b'<?xml version="1.0"?><rss version="2.0"><channel>', "feed"),
        ("application/rss+xml", b"<rss>", "feed"),
        ("application/atom+xml", b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        ("application/xml", b"<?xml version='1.0'?><!-- a comment --><rdf:RDF>", "feed"),
        ("application/xml", b"<?xml version='1.0'?><html>", "page"),
        ("application/xml", b"<?xml version='1.0'?><catalogue>", None),
        (None, b"<html><body>", "page"),
        (None, b"%PDF-1.7", None),
        ("text/plain", b"<html>", None),
    ],
)
def test_what_a_response_holds(content_type, body, kind):
    assert kind_of(content_type, body) == kind


def test_a_page_is_saved_as_utf8_when_its_server_names_a_charset_its_bytes_are_in():
    latin = "<p>Caf\u00e9</p>".encode("latin-1")
    assert as_saved(latin, "text/html; charset=ISO-8859-1") == "<p>Caf\u00e9</p>".encode()
    utf8 = "<p>Caf\u00e9</p>".encode()
    assert as_saved(utf8, "text/html; charset=iso-8859-1") == utf8  # a wrong header never garbles UTF-8
    assert as_saved(latin, "text/html; charset=no-such-charset") == latin
    assert as_saved(latin, "text/html") == latin


def _rss(*items: str, channel_link: str = "") -> bytes:
    link = f"<link>{channel_link}</link>" if channel_link else ""
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{link}{"".join(items)}</channel></rss>'.encode()


def _item(link: str, date: str | None = None) -> str:
    when = f"<pubDate>{date}</pubDate>" if date else ""
    return f"<item><title>x</title><link>{link}</link>{when}</item>"


def test_feed_items_in_the_feeds_order_when_some_are_undated():
    body = _rss(_item("http://a.example/1", "Wed, 01 Apr 2026 10:00:00 GMT"), _item("http://a.example/2"))
    assert feed_items(body, "http://a.example/feed", 20) == (["http://a.example/1", "http://a.example/2"], None)


def test_feed_items_without_a_web_address_are_left_out_and_repeats_taken_once():
    body = _rss(_item("mailto:desk@a.example"), _item("http://a.example/1"), _item("http://a.example/1#c"), _item(""))
    assert feed_items(body, "http://a.example/feed", 20) == (["http://a.example/1"], None)
    assert feed_items(_rss(_item("javascript:alert(1)")), "http://a.example/feed", 20) == (
        [],
        "feed has no items with a web address",
    )


def test_a_feed_files_relative_links_go_by_the_feeds_own_link():
    body = _rss(_item("/story/1"), channel_link="http://a.example/")
    assert feed_items(body, "feeds/a.xml", 20) == (["http://a.example/story/1"], None)


def test_feedparser_is_never_given_a_string_it_could_open(tmp_path, monkeypatch):
    secret = tmp_path / "secret.xml"
    secret.write_bytes(_rss(_item("http://a.example/secret")))
    # bytes that name a file: a parser handed them as a string would open the file
    assert feed_items(str(secret).encode(), "http://a.example/feed", 20)[0] == []


def test_the_dispatcher_runs_a_few_hosts_at_once_and_each_host_one_at_a_time():
    lock = threading.Lock()
    running: dict[str, int] = {}
    most: dict[str, int] = {}
    at_once = [0, 0]  # now, most

    def work(job: tuple[str, int]) -> str:
        host, _ = job
        with lock:
            running[host] = running.get(host, 0) + 1
            most[host] = max(most.get(host, 0), running[host])
            at_once[0] += 1
            at_once[1] = max(at_once[1], at_once[0])
        time.sleep(0.02)
        with lock:
            running[host] -= 1
            at_once[0] -= 1
        return f"{host}{job[1]}"

    dispatcher: Dispatcher[tuple[str, int], str] = Dispatcher(work, lambda job: job[0], workers=4)
    jobs = [(f"host{h}", n) for n in range(5) for h in range(6)]
    for job in jobs:
        dispatcher.submit(job)
    results = dict(dispatcher.results())
    dispatcher.stop()
    assert results == {job: f"{job[0]}{job[1]}" for job in jobs}
    assert set(most.values()) == {1}  # one request per host at a time
    assert at_once[1] == 4  # several hosts at once, never more than the workers


def test_the_dispatcher_hands_back_an_exception_as_the_result():
    def work(job: int) -> int:
        raise ValueError(job)

    dispatcher: Dispatcher[int, int] = Dispatcher(work, lambda job: "h")
    dispatcher.submit(7)
    ((job, result),) = list(dispatcher.results())
    dispatcher.stop()
    assert job == 7 and isinstance(result, ValueError)


def test_the_host_gate_makes_a_second_request_to_a_host_wait():
    gate = HostGate()
    order: list[str] = []

    def second() -> None:
        with gate.slot("a.example"):
            order.append("second")

    with gate.slot("a.example"):
        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.05)
        order.append("first done")
    thread.join(5)
    assert order == ["first done", "second"]


_RECORD = {
    "format": "briefing.page",
    "version": 1,
    "url": "http://a.example/",
    "final_url": "http://a.example/",
    "fetched": "2026-04-02T09:00:00Z",
    "kind": "page",
    "file": "abc.html",
    "size": 3,
    "sha256": "00",
    "content_type": None,
    "etag": None,
    "last_modified": None,
}


@pytest.mark.parametrize(
    "change",
    [
        {"format": "briefing.cache"},
        {"version": 2},
        {"url": 3},
        {"size": -1},
        {"size": True},
        {"kind": "script"},
        {"file": "../../.bashrc"},
        {"etag": ["x"]},
    ],
)
def test_a_record_that_is_not_what_the_cache_writes_is_refused(change):
    with pytest.raises(CorruptRecord):
        _record(json.dumps({**_RECORD, **change}).encode())


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(), lambda c: st.lists(c) | st.dictionaries(st.text(), c)
    )
)
def test_reading_any_json_as_a_record_gives_a_record_or_a_value_error(value):
    try:
        record = _record(json.dumps(value).encode())
    except ValueError:
        return
    assert record.kind in ("page", "feed")


def test_waiting_for_results_can_be_given_up():
    release = threading.Event()

    def work(job: int) -> int:
        release.wait(10)
        return job

    dispatcher: Dispatcher[int, int] = Dispatcher(work, lambda job: "h")
    dispatcher.submit(1)

    def give_up() -> None:
        raise TimeoutError

    with pytest.raises(TimeoutError):
        list(dispatcher.results(give_up))
    dispatcher.stop()
    release.set()
