#!/usr/bin/env python3
"""Check that devset2.gold.json is consistent with the article files next to it (see tests/gold_checker.py).

python3 tests/devset2/check_gold.py            # errors only; exit 1 if any
python3 tests/devset2/check_gold.py --report   # also list capitalised words no gold surface covers
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_checker import run  # noqa: E402

# first and last words of each article body (what the tool should report as "text";
# headline, standfirst, byline, dateline and page furniture are outside).
BODY = {
    "201_syrup_indiastyle": (
        "The Union Health Ministry on Wednesday suspended",
        "from the Vietnamese and Cambodian laboratories.",
    ),
    "202_syrup_wire": ("GENEVA, March 4 (Interwire)", "found on their markets."),
    "203_syrup_mekong": ("Vietnam’s health authorities on Thursday ordered", "“Coldimex Junior recalled. Do not ask.”"),
    "204_doping_pbnlocal": (
        "Gold Coast swimmer Lachlan Brennan, a double world champion",
        "before the National Sports Tribunal.",
    ),
    "205_doping_lanefour": ("There is a lot we still don't know", "just as badly."),
    "206_doping_ukstyle": ("The World Anti-Doping Agency has said", "while he remains suspended."),
    "207_breach_paulista": ("Brazil’s data protection authority on Thursday", "administrative appeal with the ANPD."),
    "208_breach_newsletter": ("Brazil's National Data Protection Authority, the ANPD", "security teams\ndid."),
}

# documents that report the same event (alignments may only pair documents of one event)
EVENTS = {
    "syrup": ["201_syrup_indiastyle", "202_syrup_wire", "203_syrup_mekong"],
    "doping": ["204_doping_pbnlocal", "205_doping_lanefour", "206_doping_ukstyle"],
    "breach": ["207_breach_paulista", "208_breach_newsletter"],
}

if __name__ == "__main__":
    sys.exit(run(HERE, "devset2.gold.json", BODY, EVENTS, 400, 900))
