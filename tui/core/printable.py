"""One cleaner for every name shown to the user: file names, theme names, settings, error messages.

Article text is cleaned when it is loaded (``load.clean``); names are not
article text and must stay recognisable, so nothing is removed from them:
terminal controls (escape sequences start with one), line breaks,
bidirectional overrides and bytes that are not UTF-8 are shown escaped
(``\\x1b``, ``\\n``, ``\\u202e``, ``\\xff``). The result is one line that
cannot move the cursor, retitle the terminal, reverse the text around it or
forge a second message line, and that always encodes as UTF-8. Applying the
cleaner twice gives the same text.
"""

from __future__ import annotations

import os
import re

# C0 and C1 controls and DEL, line and paragraph separators, the Arabic letter mark and the
# left-to-right/right-to-left marks, bidirectional embeddings/overrides/isolates, byte-order
# marks, interlinear annotations, and surrogates (a file name's bytes that are not UTF-8).
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # how Python keeps a byte of a name that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` as one safe line: controls, line breaks, bidi marks and stray bytes shown escaped."""
    return _UNSAFE.sub(_escaped, text)


def path_name(path: str | os.PathLike[str]) -> str:
    """How a path is shown: as given, through ``printable``."""
    return printable(os.fspath(path))
