"""Make raw text safe and tidy: no terminal control sequences, one kind of newline.

Everything downstream (the analysis, the JSON, the reader) sees only cleaned
text, so an article can never move the cursor, retitle the terminal, write the
clipboard or reverse the direction of the text around it.
"""

from __future__ import annotations

import re

# ESC-introduced sequences: CSI (cursor moves, colours, clears), OSC (title,
# clipboard, hyperlinks), DCS/SOS/PM/APC strings, and two-byte escapes.
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]                  # CSI ... final byte
  | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?       # OSC ... BEL or ST
  | \x1b[PX^_][^\x1b]*(?:\x1b\\)?            # DCS, SOS, PM, APC ... ST
  | \x1b[@-Z\\-_]?                           # other escapes (and a lone ESC)
  | \x9b[0-?]*[ -/]*[@-~]                    # 8-bit CSI
  | \x9d[^\x07\x9c]*(?:\x07|\x9c)?           # 8-bit OSC
    """,
    re.VERBOSE,
)

# C0 and C1 controls (tab and newline are kept), DEL, bidirectional
# embeddings/overrides/isolates, and stray byte-order marks.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]")

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def strip_controls(text: str) -> str:
    """Remove escape sequences and control characters; keep newlines and tabs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0c", "\n")
    text = text.replace("\x0b", "\n").replace("\x85", "\n")  # vertical tab and NEL break lines too
    text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


# What cleaned text never holds (``strip_controls`` removes or replaces all of it): a check for
# text that comes back from elsewhere, such as the analysis cache.
_UNCLEAN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff]"
)


def is_clean(text: str) -> bool:
    """Whether ``text`` holds nothing ``strip_controls`` would remove (nor a lone surrogate)."""
    return _UNCLEAN.search(text) is None


def tidy_line(line: str) -> str:
    """Collapse runs of spaces (including no-break spaces) and trim the ends."""
    if "  " not in line and "\t" not in line and line.isascii():
        return line.strip()  # the common case, without a regular expression
    return _SPACES.sub(" ", line).strip()


def clean_text(text: str) -> str:
    """Safe text with tidy lines; blank lines (paragraph breaks) are kept."""
    return "\n".join(tidy_line(line) for line in strip_controls(text).split("\n"))
