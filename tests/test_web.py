"""Articles straight from the web: pages, feeds and lists of addresses, served by a local server.

Every address is on 127.0.0.1 (the ``site`` fixture); no test reaches any
other address (a DNS failure is made by the resolver of this process).
"""

from __future__ import annotations

import itertools
import json
import shutil
import socket
import subprocess

import pytest

from tui import __version__
from tui.cli import main


def analysis(capsys, *args: str) -> tuple[int, dict, list[str]]:
    """Run ``briefing analyze --json ARGS``: the exit status, the JSON, and the lines on stderr."""
    code = main(["analyze", "--json", *args])
    captured = capsys.readouterr()
    return code, json.loads(captured.out), captured.err.splitlines()


def three_pages(site) -> tuple[str, str, str]:
    return (
        site.saved("/courier.html", "bridge_courier.html"),
        site.saved("/ledger.html", "bridge_ledger.html"),
        site.saved("/wire.html", "bridge_wire.html"),
    )


def test_pages_mixed_with_files_in_the_order_given_with_their_metadata(site, tmp_path, capsys):
    courier, ledger, _ = three_pages(site)
    note = tmp_path / "note.txt"
    note.write_text("Harbour Road crossing busy\n\nTraffic on the Harbour Road crossing doubled on Thursday.\n")
    code, data, err = analysis(capsys, courier, str(note), ledger)
    assert code == 0 and err == []
    documents = data["documents"]
    assert [d["path"] for d in documents] == [courier, str(note), ledger]  # the path of a page is its address
    first, _, third = documents
    # og:title, og:site_name, article:published_time and the author tag
    assert first["title"] == "Valmera closes Old Bridge after inspectors find cracks"
    assert (first["outlet"], first["author"], first["published"]) == (
        "Coastline Courier",
        "Teresa Lindqvist",
        "2026-04-02",
    )
    # JSON-LD alone
    assert third["title"] == "Old Bridge shut for six weeks as engineers repair cracked piers"
    assert (third["outlet"], third["author"], third["published"]) == ("The Valmera Ledger", "Marcus Obi", "2026-04-02")
    # the page's furniture is gone, its quotes and actors are found
    assert "Share this article" not in first["text"]
    speakers = {q["speaker"] for q in data["quotes"]}
    names = {a["id"]: a["name"] for a in data["actors"]}
    assert "Lucia Ferrante" in {names.get(s) for s in speakers}
    assert data["alignments"], "the two reports of the same event share passages"


def test_a_feed_given_as_an_address_stands_for_its_latest_items_newest_first(site, capsys):
    three_pages(site)
    feed = site.saved("/feed.xml", "feed.xml", content_type="application/rss+xml")
    code, data, err = analysis(capsys, feed)
    assert code == 0 and err == []
    # newest first by the items' dates; the relative link resolved against the feed's address
    assert [d["path"] for d in data["documents"]] == [
        site.url("/ledger.html"),
        site.url("/courier.html"),
        site.url("/wire.html"),
    ]


def test_limit_takes_the_latest_items_of_each_feed(site, capsys):
    three_pages(site)
    feed = site.saved("/feed.xml", "feed.xml", content_type="application/rss+xml")
    code, data, _ = analysis(capsys, "--feed", feed, "--limit", "2")
    assert code == 0
    assert [d["path"] for d in data["documents"]] == [site.url("/ledger.html"), site.url("/courier.html")]
    assert site.requested("/wire.html") == []  # an item past the limit is never fetched


def test_a_feed_file_on_disk_works_too(site, tmp_path, capsys):
    three_pages(site)
    feed = tmp_path / "valmera.xml"
    # (a feed file's relative links go by the feed's own <link>)
    feed.write_text((__import__("web_server").PAGES / "feed.xml").read_text().replace("{BASE}", site.url("")))
    code, data, err = analysis(capsys, "--feed", str(feed), "--limit", "1")
    assert code == 0 and err == []
    assert [d["path"] for d in data["documents"]] == [site.url("/ledger.html")]


def test_an_atom_feed_sent_as_text_html_is_still_a_feed(site, capsys):
    courier, _, _ = three_pages(site)
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valmera</title><id>urn:x</id><updated>2026-04-02T08:30:00Z</updated>
<entry><title>Old Bridge</title><id>urn:1</id><updated>2026-04-02T08:30:00Z</updated><link href="{courier}"/></entry>
</feed>"""
    feed = site.page("/atom", atom, content_type="text/html")
    code, data, _ = analysis(capsys, feed)
    assert code == 0 and [d["path"] for d in data["documents"]] == [courier]


def test_a_list_of_addresses_with_comments_and_a_bad_line(site, tmp_path, capsys):
    courier, ledger, _ = three_pages(site)
    listing = tmp_path / "links.txt"
    listing.write_text(f"# Old Bridge coverage\n{courier}   # the first report\n\nnot an address\n{ledger}\n")
    code, data, err = analysis(capsys, "--urls", str(listing))
    assert code == 1
    assert [d["path"] for d in data["documents"]] == [courier, ledger]
    assert err == [f"briefing: {listing}:4: not a web address (http://... or https://...)"]


def test_every_failure_is_one_line_naming_the_address_and_the_rest_loads(site, capsys, tmp_path):
    good = site.saved("/courier.html", "bridge_courier.html")
    missing = site.url("/gone.html")
    broken = site.page("/broken.html", "<html><body>oops</body></html>", status=500)
    loop = site.redirect("/loop-a", site.url("/loop-b"))
    site.redirect("/loop-b", site.url("/loop-a"))
    chain = site.redirect("/hop0", site.url("/hop1"))
    for n in range(1, 7):
        site.redirect(f"/hop{n}", site.url(f"/hop{n + 1}"))
    pdf = site.page("/report.pdf", b"%PDF-1.4 ...", content_type="application/pdf")
    plain = site.page("/notes.txt", "Some notes", content_type="text/plain")
    empty = site.saved("/empty.html", "no_article.html")
    slow = site.saved("/slow.html", "bridge_wire.html", delay=3)
    announced = site.page("/announced.html", "<html></html>", length=5 * 1024 * 1024)
    endless = site.url("/endless.html")
    site.routes["/endless.html"] = __import__("web_server").Route(stream=3 * 1024 * 1024)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        refused = f"http://127.0.0.1:{probe.getsockname()[1]}/page.html"
    ftp = "ftp://127.0.0.1/article.html"
    code, data, err = analysis(
        capsys,
        "--timeout",
        "0.5",
        "--max-size",
        "1",
        missing,
        broken,
        loop,
        chain,
        pdf,
        plain,
        empty,
        slow,
        announced,
        endless,
        refused,
        ftp,
        good,
    )
    assert code == 1
    assert [d["path"] for d in data["documents"]] == [good]
    assert err == [
        f"briefing: {missing}: HTTP 404 (Not Found)",
        f"briefing: {broken}: HTTP 500 (Internal Server Error)",
        f"briefing: {loop}: redirect loop (redirected back to an address already visited)",
        f"briefing: {chain}: more than 5 redirects",
        f"briefing: {pdf}: not an article: the server sent application/pdf, not HTML or an RSS or Atom feed",
        f"briefing: {plain}: not an article: the server sent text/plain, not HTML or an RSS or Atom feed",
        f"briefing: {slow}: timed out (the server sent nothing for 0.5 s)",
        f"briefing: {announced}: page is 5 MB, larger than the 1 MB limit",
        f"briefing: {endless}: page is larger than the 1 MB limit",
        f"briefing: {refused}: connection refused",
        f"briefing: {ftp}: only http and https addresses are fetched, not ftp",
        f"briefing: {empty}: no article text found",  # (pages that arrived but hold no article: when loaded)
    ]


def test_a_server_trickling_bytes_is_cut_off_at_the_deadline(site, capsys):
    trickle = site.saved("/trickle.html", "bridge_wire.html", trickle=0.05)  # ~2,000 bytes: 100 s
    code, _, err = analysis(capsys, "--timeout", "0.4", trickle)
    assert code == 1
    assert err == [f"briefing: {trickle}: timed out (the page took more than 1.2 s in all)"]


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl to make a certificate")
def test_a_certificate_nobody_vouches_for_is_a_tls_error(tmp_path, capsys, site):
    from web_server import start_site

    key, certificate = tmp_path / "key.pem", tmp_path / "certificate.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"),
            *("-keyout", str(key), "-out", str(certificate)),
        ],
        check=True,
        capture_output=True,
    )
    secure = start_site((certificate, key))
    try:
        page = secure.saved("/courier.html", "bridge_courier.html")
        code, _, err = analysis(capsys, page)
    finally:
        secure.stop()
    assert code == 1
    assert err == [f"briefing: {page}: TLS error: certificate not trusted (self-signed certificate)"]
    assert secure.requests == []  # nothing was asked of a server that could not be trusted


def test_a_dns_failure_is_named(site, capsys, monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # (no resolver is asked)
    code, _, err = analysis(capsys, "http://news.invalid/story.html")
    assert code == 1
    assert err == ["briefing: http://news.invalid/story.html: DNS lookup failed: no such host (or no network)"]


def test_a_feed_option_given_a_page_and_a_feed_item_that_is_a_feed(site, capsys):
    courier, _, _ = three_pages(site)
    inner = site.saved("/inner.xml", "feed.xml", content_type="application/rss+xml")
    outer = site.page(
        "/outer.xml",
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><link>{site.url("/")}</link>'
        f"<item><title>a feed</title><link>{inner}</link></item></channel></rss>",
        content_type="application/rss+xml",
    )
    code, data, err = analysis(capsys, "--feed", courier, "--feed", outer)
    assert code == 1 and data["documents"] == []
    assert err == [f"briefing: {courier}: not a feed (a web page)", f"briefing: {inner}: a feed, not an article"]


def test_an_empty_feed_and_a_broken_one(site, capsys):
    empty = site.page(
        "/empty.xml",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
        content_type="application/rss+xml",
    )
    broken = site.page("/broken.xml", "<rss><channel><item>", content_type="application/rss+xml")
    code, _, err = analysis(capsys, "--feed", empty, "--feed", broken)
    assert code == 1
    assert err[0] == f"briefing: {empty}: feed has no items"
    assert err[1].startswith(f"briefing: {broken}: ")


def test_requests_name_briefing_and_its_version(site, capsys):
    courier, _, _ = three_pages(site)
    analysis(capsys, courier)
    (request,) = site.requested("/courier.html")
    assert request.headers["user-agent"].startswith(f"briefing/{__version__} ")
    assert "text/html" in request.headers["accept"]


def test_at_most_one_request_per_host_at_a_time(site, capsys):
    links = []
    for n in range(6):
        links.append(site.saved(f"/page{n}.html", "bridge_wire.html", delay=0.15))
    items = "".join(f"<item><title>{n}</title><link>{link}</link></item>" for n, link in enumerate(links))
    feed = site.page(
        "/feed.xml",
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>',
        content_type="application/rss+xml",
    )
    code, data, _ = analysis(capsys, feed)
    assert code == 0 and len(data["documents"]) == 6
    assert site.most_at_once == 1
    pages = sorted((r for r in site.requests if r.path.startswith("/page")), key=lambda r: r.started)
    assert all(earlier.answered <= later.started for earlier, later in itertools.pairwise(pages))


def test_addresses_are_shown_through_the_cleaner(site, capsys):
    forged = site.url("/x\x1b]0;owned\x07\nbriefing: fake line")
    code, _, err = analysis(capsys, forged)
    assert code == 1
    assert len(err) == 1 and "\x1b" not in err[0] and "\\x1b]0;owned\\x07\\nbriefing: fake line" in err[0]


def test_a_redirect_is_followed_and_the_document_keeps_the_address_asked_for(site, capsys):
    courier, _, _ = three_pages(site)
    moved = site.redirect("/old-address", courier, status=301)
    code, data, _ = analysis(capsys, moved)
    assert code == 0 and [d["path"] for d in data["documents"]] == [moved]


@pytest.mark.parametrize("charset", ["iso-8859-1", "windows-1252"])
def test_a_page_in_the_charset_its_server_names(site, capsys, charset):
    page = "<html><head><title>Caf\u00e9 reopens</title></head><body><article><h1>Caf\u00e9 Ribeira reopens</h1>"
    page += (
        "<p>The caf\u00e9 on the square reopened on Monday after a fire in March, its owner Jo\u00e3o Mendes said.</p>"
    )
    page += "<p>Customers queued from early morning, and the caf\u00e9 ran out of bread before noon.</p></article></body></html>"
    address = site.page("/cafe.html", page.encode(charset), content_type=f"text/html; charset={charset}")
    code, data, _ = analysis(capsys, address)
    assert code == 0 and "Jo\u00e3o Mendes" in data["documents"][0]["text"]


@pytest.mark.parametrize("option", [["--limit", "0"], ["--limit", "many"], ["--timeout", "-1"], ["--timeout", "nan"]])
def test_limits_and_timeouts_must_be_positive_numbers(option, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["analyze", *option, "http://127.0.0.1:9/"])
    assert exit.value.code == 2
    assert "briefing analyze: error: argument" in capsys.readouterr().err


def test_a_response_that_is_neither_a_page_nor_a_feed_by_its_bytes(site, capsys):
    untyped = site.page("/blob", b"%PDF-1.7 not a page", content_type=None)
    catalogue = site.page("/catalogue.xml", '<?xml version="1.0"?><catalogue/>', content_type="application/xml")
    code, _, err = analysis(capsys, untyped, catalogue)
    assert code == 1
    assert err == [
        f"briefing: {untyped}: not an article: neither HTML nor an RSS or Atom feed (no content type)",
        f"briefing: {catalogue}: not an article: neither HTML nor an RSS or Atom feed (application/xml)",
    ]
