"""Quotation marks that hold no statement: titles of works, subheadings, scare-quoted terms; and the kind of a
quotation (a statement, or a few words woven into a sentence).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from .lexicon import LEXICON

if TYPE_CHECKING:
    from .quotes import QuoteSpan

_TRAILING_ARTICLE = re.compile(r"\s+(?:the|a|an)$")
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+\b")
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?!(?:It|He|She|That|There|What|Who|Here|Where|Let)['\u2019])[A-Z][\w.&-]*['\u2019]s?\s+$"
)
_NICKNAME = re.compile(r"[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)?")
_TERM_WORD = re.compile(r"[\w'\u2019-]+")
_TITLE_LINE = 400  # characters: a line longer than this on either side of a quotation is no headline


def is_term(text: str, span: QuoteSpan, attributed: bool) -> bool:
    """Quotation marks that hold no statement: the title of a work (after 'the show', 'her book'), or, with
    nobody named as saying it, a few words in title case ("Morning Joe") or a scare-quoted term."""
    from .context import after_work_noun, before_work_noun

    titled = text[span.start : span.start + 1].isupper() or text[span.start : span.start + 1].isdigit()
    if titled and (after_work_noun(text, span.outer_start + 1) or before_work_noun(text, span.outer_end)):
        return True
    if _after_term_cue(text, span.outer_start) or _between_names(text, span):
        return True  # "known as the 'Buffett rule'", "nicknamed 'the Hammer'", Marcia "Cia" Price
    words = _TERM_WORD.findall(text[span.start : span.end])
    if not words or len(words) > 8:
        return False
    title_case = all(w[:1].isupper() or w[:1].isdigit() or len(w) <= 3 for w in words)
    title_case = title_case and not _in_title_case_line(text, span)  # (a headline capitalises every word)
    if title_case and (_alone_in_paragraph(text, span) or _after_possessive(text, span.outer_start)):
        return True  # a subheading in quotation marks; "MSNBC's "Morning Joe"", "CBS's "Face the Nation""
    if attributed:
        return False
    if title_case and any(w[:1].isupper() for w in words):
        return True  # "Morning Joe", "A Change Is Gonna Come", "13th"
    if _REPORTED.search(text, max(0, span.outer_start - 80), span.outer_start):
        return False  # "as the magazine put it, "the operator."", "his claim that people would "learn nothing""
    woven = text[max(0, span.outer_start - 2) : span.outer_start].strip() not in ("", ":")
    return woven and len(words) <= 3 and quote_kind(text, span) == "partial"


_REPORTED = re.compile(r"(?:\bput it\b[^.!?\n]{0,40}|\bclaim(?:s|ed)? that\b[^.!?\n]*)[\u201c\u2018\"']{0,2}$")
"""Words that report what someone said just before a few quoted words: the words are theirs, not a term."""


def _after_term_cue(text: str, start: int) -> bool:
    """Right after 'known as', 'so-called', 'nicknamed', 'the phrase' (and an article)."""
    window = text[max(0, start - 30) : start].casefold()
    window = _TRAILING_ARTICLE.sub("", window.rstrip())
    return any(window.endswith(cue) for cue in LEXICON.term_cues)


def _between_names(text: str, span: QuoteSpan) -> bool:
    """A nickname between a given name and a surname: Marcia "Cia" Price."""
    if not _NICKNAME.fullmatch(text[span.start : span.end]):
        return False
    before = text[max(0, span.outer_start - 20) : span.outer_start]
    after = text[span.outer_end : span.outer_end + 20]
    return bool(_NAME_BEFORE.search(before)) and bool(_NAME_AFTER.match(after))


def _in_title_case_line(text: str, span: QuoteSpan) -> bool:
    """The quotation stands in a line written in title case, such as a headline, around it."""
    reach = _TITLE_LINE  # (a longer line is prose, and would be read again for every quotation in it)
    before = text.rfind("\n", max(0, span.outer_start - reach), span.outer_start)
    after = text.find("\n", span.outer_end, span.outer_end + reach)
    if (before < 0 and span.outer_start > reach) or (after < 0 and len(text) - span.outer_end > reach):
        return False
    around = text[before + 1 : span.outer_start] + " " + text[span.outer_end : len(text) if after < 0 else after]
    words = [w for w in _TERM_WORD.findall(around) if len(w) > 3]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _alone_in_paragraph(text: str, span: QuoteSpan) -> bool:
    """The quotation is the whole of its paragraph (on a line of its own)."""
    start, end = span.outer_start, span.outer_end
    while start > 0 and text[start - 1] != "\n" and text[start - 1].isspace():
        start -= 1
    while end < len(text) and text[end] != "\n" and text[end].isspace():
        end += 1
    # (only spaces between the marks and the line's ends: the line, stripped, is the quotation, stripped)
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


def _after_possessive(text: str, start: int) -> bool:
    """Right after a possessive name: "Fox News's "Sunday Show"", "the network's "Nightly News""."""
    return bool(_POSSESSIVE_BEFORE.search(text, max(0, start - 40), start))


def quote_kind(text: str, span: QuoteSpan) -> Literal["direct", "partial"]:
    """'direct' for a statement, 'partial' for a few words woven into a sentence."""
    words = text[span.start : span.end].split()
    before = text[max(0, span.outer_start - 3) : span.outer_start].rstrip()
    starts_statement = text[span.start : span.start + 1].isupper() or before.endswith((":", ",")) or not before
    if len(words) >= 4 and starts_statement:
        return "direct"
    return "partial"
