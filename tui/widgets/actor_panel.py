"""Actors grouped by kind, with how often each is named here and across the articles."""

from __future__ import annotations

from typing import Literal

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from ..core.model import Actor, Briefing
from .styles import MUTED

ActorScope = Literal["article", "story", "all"]
ACTOR_SCOPES: tuple[ActorScope, ...] = ("article", "story", "all")
SCOPE_NAMES: dict[ActorScope, str] = {"article": "this article", "story": "its story", "all": "all articles"}


def _in_scope(briefing: Briefing, doc_id: str | None, scope: ActorScope) -> list[Actor]:
    """The actors named in ``doc_id``, in any article of its story, or in any article."""
    if scope == "all" or doc_id is None:
        return list(briefing.actors)
    story = next((s for s in briefing.stories if doc_id in s.documents), None)
    docs = set(story.documents) if scope == "story" and story is not None else {doc_id}
    return [a for a in briefing.actors if any(m.doc in docs for m in a.mentions)]


KIND_HEADINGS = (("person", "People"), ("organization", "Organisations"), ("country", "Countries"), ("other", "Others"))


def actor_prompt(actor: Actor, here: int, documents: int) -> Content:
    """The actor's name and counts: mentions in this article, articles that name it."""
    return Content.assemble((actor.name, "bold" if here else ""), (f"  {here} here · {documents} art.", MUTED))


class ActorPanel(OptionList):
    """Selecting an actor marks all its mentions in the article."""

    DEFAULT_CSS = """
    ActorPanel { height: 1fr; border: none; scrollbar-gutter: stable; }
    ActorPanel > .option-list--option-disabled { color: $text-muted; text-style: bold; }
    """

    def show_actors(self, briefing: Briefing, doc_id: str | None, scope: ActorScope = "article") -> None:
        """List the actors of ``doc_id`` (``scope`` 'article'), of its story ('story') or of every article
        ('all'), those named in ``doc_id`` first within each kind."""
        selected = self.highlighted_option.id if self.highlighted_option is not None else None
        self.clear_options()
        options: list[Option] = []
        shown = _in_scope(briefing, doc_id, scope)
        for kind, heading in KIND_HEADINGS:
            members = [a for a in shown if a.kind == kind]
            if not members:
                continue
            options.append(Option(Content(heading.upper()), disabled=True))

            def here(actor: Actor) -> int:
                return sum(1 for m in actor.mentions if m.doc == doc_id)

            members.sort(key=lambda a: (-here(a), -len(a.mentions), a.name))
            for actor in members:
                documents = len({m.doc for m in actor.mentions})
                options.append(Option(actor_prompt(actor, here(actor), documents), id=actor.id))
        self.add_options(options)
        if selected is not None:
            try:
                self.highlighted = self.get_option_index(selected)
            except OptionDoesNotExist:
                pass
