"""The HTML report in a real browser: headless Chromium draws it, prints it, and its page text is the report's.

Debian's ``chromium`` package (``.ci/run`` installs it when it is missing); without it the tests are skipped
with the reason. Chromium runs with a fresh profile and every background connection off, as root needs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from test_export import parse_html

from tui.export import render
from tui.export.text import one_line
from tui.opening import open_briefing

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--enable-logging=stderr",
    "--v=0",
]


def chromium() -> str:
    """The browser, or a skip that says why there is none."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("Chromium is not installed (Debian's 'chromium' package; .ci/run installs it when it can)")


def run_browser(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    command = [chromium(), *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def page_problems(stderr: str) -> list[str]:
    """What the page itself logged: console messages, refused loads, failed requests (not the browser's own noise)."""
    patterns = ("CONSOLE", "Refused to", "net::ERR", "Uncaught", "Content Security Policy")
    return [line for line in stderr.splitlines() if any(p in line for p in patterns)]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, str]:
    _, briefing = open_briefing([], use_cache=False)
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render(briefing, "html"), encoding="utf-8")
    return path, "\n".join(q.text for q in briefing.quotes)


def test_chromium_draws_the_report_and_its_page_text_is_the_reports(tmp_path, report):
    path, quotes = report
    shot = tmp_path / "report.png"
    drawn = run_browser(tmp_path, "--window-size=1000,1600", f"--screenshot={shot}", path.as_uri())
    assert drawn.returncode == 0, drawn.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 50_000  # a page of text and colours, not a blank one
    assert page_problems(drawn.stderr) == []

    dom = run_browser(tmp_path, "--dump-dom", path.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert page_problems(dom.stderr) == []
    page = parse_html(dom.stdout)
    assert "script" not in page.tags
    for quote in quotes.splitlines():
        assert f"\u201c{one_line(quote)}\u201d" in page.words
    for heading in ("Sources", "Actors", "Quotes", "Shared by several sources", "Only in one source", "Discrepancies"):
        assert heading in page.words


def test_chromium_prints_the_report_to_pages(tmp_path, report):
    path, _ = report
    pdf = tmp_path / "report.pdf"
    printed = run_browser(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", path.as_uri())
    assert printed.returncode == 0, printed.stderr[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    assert 2 <= pages <= 20, pages


def test_the_check_sees_what_a_page_does_wrong(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_text(
        "<!DOCTYPE html><html><head><meta http-equiv='Content-Security-Policy' content=\"default-src 'none'\">"
        "</head><body><img src='http://127.0.0.1:9/x.png'><script>console.log('hi')</script></body></html>",
        encoding="utf-8",
    )
    shown = run_browser(tmp_path, "--dump-dom", bad.as_uri())
    assert shown.returncode == 0
    assert len(page_problems(shown.stderr)) == 2  # the image refused, the script refused
