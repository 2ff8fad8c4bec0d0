"""Style names shared by the widgets' texts, resolved from the theme when drawn.

Secondary text uses the theme's ``$text-muted`` colour, chosen in every
bundled theme for enough contrast on its panels, never Rich's ``dim``
(which fades text to about 2:1). Texts are built as Textual ``Content``
from plain strings, so nothing from an article is read as markup.
"""

from __future__ import annotations

MUTED = "$text-muted"


def one_line(text: str) -> str:
    """``text`` on one line: each run of white space (line breaks too) as one space."""
    return " ".join(text.split())


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    words = one_line(text)
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "\u2026"


def counted(number: int, word: str) -> str:
    """'1 quote', '7 quotes'."""
    return f"{number} {word}{'' if number == 1 else 's'}"
