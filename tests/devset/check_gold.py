#!/usr/bin/env python3
"""Check that devset.gold.json is consistent with the article files next to it (see tests/gold_checker.py).

python3 tests/devset/check_gold.py            # errors only; exit 1 if any
python3 tests/devset/check_gold.py --report   # also list capitalised words no gold surface covers
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
    "101_tanker_guardianstyle": ("A burning oil tanker has left", "could run into tens of millions of euros."),
    "102_tanker_apstyle": ("SINES, Portugal (CP)", "could cost tens of millions of euros."),
    "103_tanker_portal": ("The first patches of crude oil", "Spanish anti-pollution ships were on their way."),
    "104_swap_kurier": ("The German journalist Lena Hoffmann-Weiß is free.", "at the Bundeswehr hospital in Koblenz."),
    "105_swap_bosphorus": ("Russia and Germany exchanged prisoners", "was “not a party” to this week’s deal."),
    "106_swap_bbcstyle": (
        "The German journalist Lena Hoffmann-Weiss has described",
        "said the family asked for privacy.",
    ),
    "107_chipplant_psr": ("U.S. chipmaker Kessler Microdevices said on Tuesday", "“It lasted eight months.”"),
    "108_chipplant_ledger": (
        "The US chipmaker Kessler Microdevices has abandoned",
        "welcomed the decision to cut spending.",
    ),
    "109_railway_riftstar": ("The High Court has suspended construction", "before Justice Njeri-Kamau on June 16."),
    "110_railway_savanna": (
        "Investors and lenders are counting the cost",
        "on the Nairobi Securities Exchange after the ruling.",
    ),
}

# documents that report the same event (alignments may only pair documents of one event)
EVENTS = {
    "tanker": ["101_tanker_guardianstyle", "102_tanker_apstyle", "103_tanker_portal"],
    "swap": ["104_swap_kurier", "105_swap_bosphorus", "106_swap_bbcstyle"],
    "chipplant": ["107_chipplant_psr", "108_chipplant_ledger"],
    "railway": ["109_railway_riftstar", "110_railway_savanna"],
}

if __name__ == "__main__":
    sys.exit(run(HERE, "devset.gold.json", BODY, EVENTS, 350, 900))
