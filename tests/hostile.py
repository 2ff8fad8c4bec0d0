"""A corpus of hostile and broken article files, made on the fly for the robustness tests."""

from __future__ import annotations

import os
from pathlib import Path

GOOD = (
    "Port strike ends after two weeks\n\nDockers went back to work on Wednesday after the union accepted the offer.\n"
)


def make_hostile_corpus(root: Path, many: int = 300) -> dict[str, str]:
    """Write the corpus under ``root``; returns file name -> the reason it must be refused ('' = loads)."""
    root.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def put(name: str, content: str | bytes, reason: str = "") -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        expected[name] = reason

    put("good.txt", GOOD)
    put("empty.txt", b"", "empty file")
    put("blank.md", b" \n\n \t\n", "empty file")
    put("binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file, not text")
    put(
        "cp1252.txt",
        "Caf\u00e9 owners \u201cangry\u201d \u2014 report\n\nThe caf\u00e9 owners said the rent rose.\n".encode(
            "cp1252"
        ),
    )
    put("utf16.txt", GOOD.encode("utf-16"))
    put("mixed.txt", GOOD.encode("utf-8") + b"\nA stray \x92 byte from cp1252 in the middle.\n")
    put("too_big.txt", b"word " * 450_000, "larger than the 2 MB limit")
    put("long_line.txt", "Headline of a long one\n\n" + "word " * 60_000 + "\n")
    put(
        "escapes.txt",
        "Escapes in the text\n\nTitle \x1b]2;PWNED\x07 clipboard \x1b]52;c;cHduZWQ=\x07 clear \x1b[2J"
        " cursor \x1b[10;10H bidi \u202egnp.exe\u202c [bold]markup[/bold] end.\n",
    )
    put(
        "script.html",
        "<html><head><title>Scripts &amp; tricks - Site</title><script>alert('x')</script>"
        "<style>p{}</style></head><body><article><p>The council met on Monday &#8212; and &lt;b&gt;voted&lt;/b&gt;"
        " &#27;]2;PWNED&#7; to close the road for a month of repairs and resurfacing.</p>"
        "<script>document.write('<p>injected</p>')</script></article></body></html>",
    )
    put(
        "raw_html.md",
        "# Raw HTML inside\n\nBefore <span onclick='x()'>the</span> raw block.\n\n"
        "<div><script>alert(1)</script><p>Inside a div.</p></div>\n",
    )
    put("bad_yaml.md", "---\ntitle: [unclosed\ndate: : :\n---\nThe body still loads. It has two sentences.\n")
    put("nested/deeper/good.md", "---\ntitle: Nested article\n---\nA nested article loads from a subfolder.\n")
    for i in range(many):
        put(f"many/{i:04d}.txt", f"Article number {i}\n\nThis is short article number {i} about the harbour.\n")
    os.symlink(root, root / "nested" / "loop")  # a folder that contains itself
    expected["missing.txt"] = "no such file or folder"
    return expected
