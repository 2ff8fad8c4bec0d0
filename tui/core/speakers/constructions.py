"""The ways copy names who said a quotation, each read by one function.

Every reading returns a ``Found`` (an actor or nobody, and the evidence) or
None when the construction is not there.
"""

from __future__ import annotations

import re

from .. import knowledge as kb
from ..lexicon import LEXICON
from ..model import Span
from ..names import name_abbreviations
from ..quotes import QuoteSpan
from .phrases import WORD, Found, PhraseReader

_LEAD_IN = re.compile(r"\s*[,.!?\u2014-]?\s*")
_ACCORDING = re.compile(r"according to\s+", re.IGNORECASE)
_PHRASE_END = re.compile(
    r"[,.;:!?\u2014\"\u201c\u201d\u2018(]|\s(?:who|which|that|as|when|after|before|while|"
    r"in|on|at|to|during|because|adding|saying)\s"
)
_SIGNATURE = re.compile(r"[ \t]*(?:\n[ \t]*)*[\u2015\u2014\u2013-]{1,2}[ \t]*(?=[A-Z])")
_LABEL = re.compile(r"([A-Z][\w'\u2019.-]*(?:[ ][A-Z][\w'\u2019.-]*){0,3})[ \t]*:[ \t]+")
_COLON_BEFORE = re.compile(r":\s*$")
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")
_WINDOW = 1000  # characters of a sentence read for the speech verb before a quotation


def _phrase_end(reader: PhraseReader, start: int, limit: int) -> int:
    """Where the noun phrase from ``start`` ends: at punctuation or a linking word, not at the full stop of an
    abbreviation or an initial ('Mr. Roe', 'Jane K. Roe')."""
    text = reader.text
    m = _PHRASE_END.search(text, start, limit)
    while m and text[m.start()] == "." and _abbreviated(text, m.start()):
        m = _PHRASE_END.search(text, m.start() + 1, limit)
    return m.start() if m else limit


def _abbreviated(text: str, dot: int) -> bool:
    word = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    return word is not None and (len(word.group()) == 1 or word.group().casefold() in name_abbreviations())


def _verbed(found: Found | None, evidence: str, cue: str = "") -> Found | None:
    """A phrase found by a construction: its own evidence when a pronoun, role or spokesperson resolved it;
    the cue is the construction's word ('said', ':') after the phrase's own ('she')."""
    if found is None:
        return None
    cue = f"{found.cue} {cue}".strip() if found.cue else cue
    if found.evidence != "name":
        return Found(found.actor, found.evidence, cue)
    return Found(found.actor, evidence, cue)


def after(reader: PhraseReader, q: QuoteSpan) -> Found | None:
    """', X said.' / ', said X.' / ', he added.' / ', according to X.' after the closing mark."""
    text = reader.text
    limit = min(reader.m.sentence(max(q.outer_start, q.outer_end - 1)).end, q.outer_end + 160)
    m = _LEAD_IN.match(text, q.outer_end, limit)
    offset = m.end() if m else q.outer_end
    acc = _ACCORDING.match(text, offset, limit)
    if acc:
        return _verbed(reader.phrase(acc.end(), _phrase_end(reader, acc.end(), limit)), "verb", "according to")
    verbs = LEXICON.speech_verbs
    for i, w in enumerate(list(WORD.finditer(text, offset, limit))[:8]):
        if w.group().casefold() not in verbs:
            continue
        if i == 0:  # 'said X', 'said the minister'
            return _verbed(reader.phrase(w.end(), _phrase_end(reader, w.end(), limit)), "verb", w.group())
        return _verbed(reader.phrase(offset, w.start()), "verb", w.group())
    return None


def before(reader: PhraseReader, q: QuoteSpan, sentence: Span, partial: bool) -> Found | None:
    """'X said: "..."', 'X told reporters in Y: "..."', '..., stating, "..."', 'according to X, "..."'.

    Words woven into a sentence of reported speech belong to the subject of its first speech verb:
    in 'Roe says the ban makes Doe "the best recruiter"', the words are Roe's.
    """
    text = reader.text
    # (the words read are those of the first or the last 1,000 characters: a 'sentence' of a megabyte with no
    # full stop would otherwise be read again for every quotation in it)
    if partial:
        window = sentence.start, min(q.outer_start, sentence.start + _WINDOW)
    else:
        window = max(sentence.start, q.outer_start - _WINDOW), q.outer_start
    words = list(WORD.finditer(text, *window))
    verbs = LEXICON.speech_verbs
    order = range(len(words)) if partial else range(len(words) - 1, -1, -1)
    for i in order:
        word = words[i].group().casefold()
        if word == "according" and i + 1 < len(words) and words[i + 1].group() == "to":
            start = words[i + 1].end()
            return _verbed(reader.phrase(start, _phrase_end(reader, start, q.outer_start)), "verb", "according to")
        if word in verbs and not reader.m.quoted(words[i].start()):
            if i == 0 and window[0] == sentence.start and word in ("said", "says"):  # "Said Roe: ..."
                end = _phrase_end(reader, words[i].end(), q.outer_start)
                found = reader.phrase(words[i].end(), end)
                if found is not None:
                    return _verbed(found, "verb", words[i].group())
            found = reader.subject_of(sentence, words[i].start(), participle=word.endswith("ing"))
            # (or said by someone the copy does not name)
            return _verbed(found, "verb", words[i].group()) or Found(None, "verb", words[i].group())
    return None


def colon(reader: PhraseReader, q: QuoteSpan, sentence: Span) -> Found | None:
    """'Her deputy struck a different tone: "..."': the subject of the clause that the colon ends."""
    if sentence.start >= q.outer_start or not _COLON_BEFORE.search(reader.text, sentence.start, q.outer_start):
        return None
    return _verbed(reader.subject(sentence, q.outer_start), "colon", ":")


def introduced(reader: PhraseReader, q: QuoteSpan) -> Found | None:
    """A quotation opening a paragraph after one that ends 'X said:' (or 'X, in a statement:')."""
    para = reader.m.paragraph(q.outer_start)
    text_before = reader.text[: q.outer_start].rstrip()
    if para is None or para.start != q.outer_start or not text_before.endswith(":"):
        return None
    end = len(text_before)
    sentence = reader.m.sentence(end - 1)
    found = before(reader, QuoteSpan(end, end, end, end), sentence, partial=False)
    if found is None:
        # "The director Beatriz Lacerda did not mince words at the press conference:"
        persons = [r for r in reader.m.refs_between(sentence.start, end) if r.kind == "person"]
        found = Found(persons[-1].actor, "name") if persons else reader.subject(sentence, end)
    return _verbed(found, "colon", ":")


def signature(reader: PhraseReader, q: QuoteSpan) -> Found | None:
    """'"..." ― Jane Roe, Springfield' or a block quotation signed on the next line '— Jane Roe, economist'."""
    m = _SIGNATURE.match(reader.text, q.outer_end)
    if not m:
        return None
    line_end = reader.text.find("\n", m.end())
    line_end = len(reader.text) if line_end < 0 else line_end
    refs = reader.m.refs_between(m.end(), min(line_end, m.end() + 120))
    if not refs or refs[0].start - m.end() > 2:
        return None
    return Found(refs[0].actor, "signature", reader.text[m.start() : m.end()].strip())


def label(reader: PhraseReader, q: QuoteSpan) -> Found | None:
    """A transcript: 'ROE: ...' or 'Roe: ...' opening the quotation, or written just before it."""
    text = reader.text
    inner = _LABEL.match(text, q.start)
    para = reader.m.paragraph(q.outer_start)
    if inner is None and para is not None:
        outer = _LABEL.match(text, para.start)
        inner = outer if outer is not None and outer.end() == q.outer_start else None
    if inner is None:
        return None
    actor = _person_named(reader, inner.group(1), q.outer_start)
    return Found(actor, "colon", inner.group(1) + ":") if actor is not None else None


def _person_named(reader: PhraseReader, words: str, offset: int) -> str | None:
    """The person a transcript label names ('ROE', 'Jane Roe', 'Mr. Roe'), by the last word of their name."""
    wanted = kb.fold(words.split()[-1])
    for ref in reversed(reader.m.all_refs):
        if ref.kind == "person" and kb.fold(reader.m.names[ref.actor]).split()[-1:] == [wanted]:
            return ref.actor
    return None


def next_sentence(reader: PhraseReader, q: QuoteSpan) -> Found | None:
    """'"...." Roe made the remarks on Monday.': a quotation that is a sentence of its own, whose speaker
    opens the next sentence with a speech verb or a verb of remarking."""
    sentence = reader.m.sentence(q.outer_start)
    if sentence.start != q.outer_start or reader.text[q.outer_end : q.outer_end + 1] not in (" ", ""):
        return None
    nxt = reader.m.sentence(q.outer_end + 1)
    if nxt.start <= q.outer_end or nxt.start - q.outer_end > 2:
        return None
    words = list(WORD.finditer(reader.text, nxt.start, nxt.end))[:6]
    verbs = LEXICON.speech_verbs
    for i, w in enumerate(words[1:], 1):
        if w.group().casefold() in verbs | LEXICON.remark_verbs:
            found = reader.phrase(nxt.start, words[i - 1].end())
            return _verbed(found, "next-sentence", w.group()) if found and found.actor else None
    return None


def after_reported_speech(reader: PhraseReader, q: QuoteSpan, sentence: Span) -> Found | None:
    """'The talks may stall, Roe said. "We will see."': a quotation opening the sentence after one that ends
    with its speaker and a speech verb, in the same paragraph."""
    if sentence.start != q.outer_start:
        return None
    previous = reader.m.sentence_before(sentence)
    if previous is None or reader.m.quoted(previous.start):
        return None
    words = list(WORD.finditer(reader.text, previous.start, previous.end))
    if len(words) < 2 or words[-1].group().casefold() not in LEXICON.speech_verbs:
        return None
    clause = reader.text.rfind(",", previous.start, words[-1].start())
    if clause < 0:
        return None
    return _verbed(reader.phrase(clause + 1, words[-1].start()), "continuation", words[-1].group())
