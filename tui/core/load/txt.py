"""Plain text pasted from a web page: lines become blocks, the header is read by ``header``."""

from __future__ import annotations

from ..sentence_end import CLAUSE_END
from .clean import clean_text
from .header import Block, Meta


def _has_letters(line: str) -> bool:
    return any(c.isalpha() for c in line)


def wrap_width(lines: list[str]) -> int | None:
    """The column at which the text was hard-wrapped (an e-mail, a newsletter), if it was.

    Wrapped text has most of its lines just under one width, however long its
    paragraphs are; text pasted from a page has one line per paragraph.
    """
    lengths = [len(line) for line in lines if line]
    if len(lengths) < 8:
        return None
    longest = sorted(lengths)[int(len(lengths) * 0.9)]
    if not 50 <= longest <= 100:
        return None
    near = sum(1 for n in lengths if longest - 20 <= n <= longest + 2)
    return longest if near >= 0.5 * len(lengths) and max(lengths) <= longest + 12 else None


def text_blocks(text: str) -> list[Block]:
    """Each line is a block, except hard-wrapped prose, whose lines are joined again.

    In hard-wrapped text a line continues the one before when that one reaches
    close to the wrap width. Elsewhere a line continues the one before when that
    one is long, does not end a sentence and the next starts in lower case.
    """
    lines = clean_text(text).split("\n")
    width = wrap_width(lines)
    blocks: list[Block] = []
    previous_blank = True
    previous = ""
    for line in lines:
        if not line:
            previous_blank = True
            continue
        last = blocks[-1].text if blocks else ""
        if width:
            # greedy wrapping broke the line only if the next word would not have fitted
            first_word = line.split(" ", 1)[0]
            joins = (
                not previous_blank
                and len(previous) + 1 + len(first_word) > width
                and _has_letters(previous)
                and _has_letters(line)
            )
        else:
            joins = not previous_blank and line[0].islower() and len(last) >= 40 and not CLAUSE_END.search(last)
        if blocks and joins:
            blocks[-1] = Block(last + " " + line)
        else:
            blocks.append(Block(line))
        previous_blank = False
        previous = line
    return blocks


def load_txt(text: str) -> tuple[Meta, list[Block]]:
    """No structured metadata in plain text: everything comes from the header lines."""
    return Meta(), text_blocks(text)
