"""How common an English word is, from wordfreq's word list: a prior for "is this capitalised word a name?".

wordfreq ships its lists as "cBpack" files (documented in ``wordfreq.read_cBpack``):
a gzipped msgpack list whose first item is a header and whose item ``i`` holds
the words of frequency ``-i`` centibels. The small English list is read
straight from that file: importing the ``wordfreq`` package itself pulls in
regex, ftfy and langcodes, which take ten times longer to import than the
list takes to read. If the file is not where wordfreq keeps it, the package's
own function is used.
"""

from __future__ import annotations

import gzip
import importlib.util
from functools import cache
from pathlib import Path
from typing import Any

_LIST = "small_en.msgpack.gz"


def _from_file(path: Path) -> dict[str, float]:
    import msgpack

    pack: list[Any] = msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=False)
    header = pack[0]
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError("not a cBpack file of version 1")
    return {word: 9 - index / 100 for index, bucket in enumerate(pack[1:]) for word in bucket}


def _from_package() -> dict[str, float]:  # pragma: no cover - only when wordfreq moves its files
    import math

    import wordfreq

    return {w: math.log10(f) + 9 for w, f in wordfreq.get_frequency_dict("en", wordlist="small").items()}


@cache
def _zipf_table() -> dict[str, float]:
    spec = importlib.util.find_spec("wordfreq")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        path = Path(location) / "data" / _LIST
        if path.is_file():
            try:
                return _from_file(path)
            except (OSError, ValueError, ImportError):
                break
    try:
        return _from_package()
    except Exception:  # pragma: no cover - wordfreq missing or broken: every word counts as rare
        return {}


def zipf(word: str) -> float:
    """The word's frequency on the Zipf scale (log10 per billion words): 'the' 7.7, 'police' 5.3, 0 if unlisted.

    Args:
        word: a lower-case word.

    Returns:
        Its Zipf frequency in English news, the web and subtitles (wordfreq's small list).
    """
    return _zipf_table().get(word, 0.0)
