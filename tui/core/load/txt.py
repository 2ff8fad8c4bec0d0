"""Plain text pasted from a web page: lines become blocks, the header is read by ``header``."""

from __future__ import annotations

import re

from .clean import clean_text
from .header import Block, Meta

_TERMINAL = re.compile(r"[.!?:;\u2026][\"\u201d\u2019')\]]*$")


def text_blocks(text: str) -> list[Block]:
    """Each line is a block, except hard-wrapped prose, whose lines are joined again.

    A line continues the one before when that one is long, does not end a
    sentence and the next starts in lower case (text wrapped at ~72 columns).
    """
    blocks: list[Block] = []
    previous_blank = True
    for line in clean_text(text).split("\n"):
        if not line:
            previous_blank = True
            continue
        if (
            blocks
            and not previous_blank
            and line[0].islower()
            and len(blocks[-1].text) >= 40
            and not _TERMINAL.search(blocks[-1].text)
        ):
            blocks[-1] = Block(blocks[-1].text + " " + line)
        else:
            blocks.append(Block(line))
        previous_blank = False
    return blocks


def load_txt(text: str) -> tuple[Meta, list[Block]]:
    """No structured metadata in plain text: everything comes from the header lines."""
    return Meta(), text_blocks(text)
