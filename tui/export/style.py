"""The HTML report's style sheet, in the colours of the bundled light theme (``themes/light.toml``).

The report is read on paper and on bright screens, so it takes the light
theme's highlight colours (people, organisations, countries, quotes) and its
text colours; when the theme cannot be read, the same colours built in.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

LIGHT = {
    "foreground": "#1C1C1C",
    "background": "#FAFAF7",
    "panel": "#ECECE6",
    "primary": "#005FAF",
    "person": "#8A4B00",
    "organization": "#005F87",
    "country": "#2F6600",
    "quote": "#6F2DA8",
    "shared-passage": "#E6F5EA",
    "link": "#0050A0",
    "text-muted": "#5A5A57",
}
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")

CSS = """
:root { color-scheme: light; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 2rem auto; max-width: 50rem; padding: 0 1.25rem; background: %(background)s; color: %(foreground)s;
  font: 1rem/1.55 Georgia, "Times New Roman", serif; }
h1, h2, h3, h4, th, .summary, footer { font-family: system-ui, "Segoe UI", Helvetica, Arial, sans-serif; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; }
h2 { font-size: 1.35rem; margin-top: 2.5rem; border-bottom: 2px solid %(panel)s; }
h3 { font-size: 1.1rem; margin-top: 1.8rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
a { color: %(link)s; }
.summary, .muted, footer { color: %(text-muted)s; }
.path { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; overflow-wrap: anywhere; }
table { border-collapse: collapse; }
th, td { padding: .15rem .8rem .15rem 0; text-align: left; border-bottom: 1px solid %(panel)s; vertical-align: top; }
td.n, th.n { text-align: right; }
ol.facts > li { margin-bottom: .9rem; }
ul.passages { list-style: none; padding-left: 0; }
ul.passages > li { margin: .3rem 0; padding: .2rem .6rem; background: %(shared-passage)s; border-radius: 3px; }
.person { color: %(person)s; font-weight: bold; }
.organization { color: %(organization)s; text-decoration: underline; }
.country { color: %(country)s; font-style: italic; }
.quote { color: %(quote)s; font-style: italic; }
.label { font-family: system-ui, sans-serif; font-size: .85em; color: %(text-muted)s; text-decoration: none; }
@media print {
  body { margin: 0; max-width: none; background: #FFFFFF; font-size: 10.5pt; }
  h2 { break-after: avoid; } h3, h4 { break-after: avoid; }
  li, tr { break-inside: avoid; }
  .sources a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .85em; overflow-wrap: anywhere; }
}
"""


@cache
def theme_colours() -> dict[str, str]:
    """The light theme's colours the report uses (the built-in ones where the theme says nothing usable)."""
    colours = dict(LIGHT)
    try:
        from ..resources import bundled_dir

        data = tomllib.loads((bundled_dir("themes") / "light.toml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return colours
    variables = data.get("variables")
    found = {**data, **(variables if isinstance(variables, dict) else {})}
    for key in colours:
        value = found.get(key)
        if isinstance(value, str) and _COLOUR.fullmatch(value):  # a colour, never anything else, goes in the CSS
            colours[key] = value
    return colours


def style_sheet() -> str:
    """The report's CSS."""
    return CSS % theme_colours()
