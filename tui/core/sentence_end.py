"""How text ends a sentence: the stop marks, the closing marks after them, and the end patterns built from them.

Every check of "does this text end like a sentence" uses one of the patterns here; they differ
only in which marks count (a colon ends a clause, a question is no statement, CJK scripts have
their own stops), and each says so in its name.
"""

from __future__ import annotations

import re

STOPS = ".!?\u2026"  # full stop, exclamation and question marks, ellipsis
WIDE_STOPS = "\u3002\uff01\uff1f\uff0e"  # the ideographic full stop and the full-width marks
CLOSERS = "\"\u201d\u2019')]"  # quotation marks and brackets that may follow a stop
WIDE_CLOSERS = "\u300d\u300f\uff09"  # corner brackets and the full-width bracket


def ending(stops: str, closers: str = CLOSERS, bare: str = "") -> re.Pattern[str]:
    """A pattern for text that ends with one of ``stops`` and any ``closers``, or with one of ``bare`` alone.

    Args:
        stops: the marks that end it.
        closers: the marks that may follow the stop.
        bare: marks that end it with no stop before them (a closing quotation mark).
    """
    pattern = f"[{re.escape(stops)}][{re.escape(closers)}]*$"
    if bare:
        pattern += f"|[{re.escape(bare)}]$"
    return re.compile(pattern)


SENTENCE_END = ending(STOPS)
SENTENCE_END_ANY_SCRIPT = ending(STOPS + WIDE_STOPS, CLOSERS + WIDE_CLOSERS)
SENTENCE_OR_QUOTE_END_ANY_SCRIPT = ending(STOPS + WIDE_STOPS, CLOSERS + WIDE_CLOSERS, bare='"\u201d')
SENTENCE_OR_COLON_END = ending(STOPS + ":")
CLAUSE_END = ending(STOPS + ":;")  # a sentence, or a clause closed by a colon or semicolon
STATEMENT_END = ending(".!\u2026", bare='"\u201d\u2019')  # no question mark; a closing quotation mark alone
