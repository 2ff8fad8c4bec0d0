"""The fold: the accent-free, case-free form under which names are compared and looked up.

"Fernández", "FERNANDEZ" and "fernandez" fold to one key, as do "U.S." and "US". The word
lists and tables themselves are in ``lexicon``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def fold_once(text: str) -> str:
    """``fold`` without its cache, for the data files: their thousands of entries are folded only once."""
    if text.isascii():
        return " ".join(text.replace(".", "").casefold().split())
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u2018", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ı", "i").replace("ø", "o").replace("Ø", "o").replace("đ", "d").replace("ł", "l")
    text = text.replace(".", "")  # U.S. -> US, John F. Kennedy -> John F Kennedy
    return re.sub(r"\s+", " ", text.casefold()).strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accent-free, case-free form of a name: 'Fernández de Cossío' -> 'fernandez de cossio'."""
    return fold_once(text)
