"""The reader's links (kept from Markdown and HTML articles): o opens the one under the pointer, or the first in view."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from ...core.model import Link
from .base import ReaderBase

LINK_KEYS: list[BindingType] = [
    Binding(
        "o",
        "open_link",
        "Open link",
        show=False,
        id="reader.open_link",
        tooltip="open the link under the pointer (or the first one in view) with the system's opener",
    ),
]


class LinkActions(ReaderBase):
    """Open a link of the article."""

    def link_to_open(self) -> Link | None:
        """The link under the pointer, else the first link in view."""
        doc = self.document
        if doc is None or not doc.links:
            return None
        pointer = self.view.pointer_offset
        under = next((k for k in doc.links if pointer is not None and k.start <= pointer < k.end), None)
        if under is not None:
            return under
        top, bottom = self.view.visible_offsets()
        return next((k for k in doc.links if top <= k.start < bottom), None)

    def action_open_link(self) -> None:
        """Open the link under the pointer (or the first one in view) with the system's opener."""
        link = self.link_to_open()
        if link is None:
            self.notify("No link here", severity="warning", timeout=3)
            return
        self.open_link(link.url)

    def open_link(self, url: str) -> None:
        """Open ``url`` with the system's opener, and say so."""
        from ... import opener

        problem = opener.open_externally(url)
        if problem:
            self.notify(problem, severity="warning", markup=False)
        else:
            self.notify(f"Opening {url}", timeout=3, markup=False)
