"""The reader's actors: the panel, the selected actor and its mentions."""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding, BindingType
from textual.content import Content

from ...core.model import Actor
from ...widgets.actor_panel import ACTOR_SCOPES, SCOPE_NAMES, ActorPanel, ActorScope
from ...widgets.info_line import mentions_here
from .base import ReaderBase

ACTOR_KEYS: list[BindingType] = [
    Binding(
        "a",
        "toggle_actors",
        "Actors",
        id="reader.toggle_actors",
        tooltip="show or hide the actors and quotes panel",
    ),
    Binding(
        "A",
        "actor_scope",
        "Actors of",
        show=False,
        id="reader.actor_scope",
        tooltip="the actors panel lists this article's actors, its story's, or every article's",
    ),
    Binding(
        "m",
        "next_mention",
        "Next mention",
        show=False,
        id="reader.next_mention",
        tooltip="next mention of the selected actor",
    ),
    Binding(
        "M",
        "previous_mention",
        "Previous mention",
        show=False,
        id="reader.previous_mention",
        tooltip="previous mention of the selected actor",
    ),
    Binding(
        "escape",
        "clear_selection",
        "Clear",
        show=False,
        id="reader.clear",
        tooltip="clear the selected actor and quote",
    ),
]


class ActorActions(ReaderBase):
    """Select an actor, step through its mentions, clear the selection."""

    def select_actor(self, actor_id: str | None, at: int | None = None) -> None:
        """Mark every mention of an actor (None: clear) and go to its first one here.

        Args:
            actor_id: the actor to select, or None.
            at: a text offset inside one of its mentions (a click): that mention becomes the current one,
                and the text stays where it is.
        """
        self.selection = self.selection.with_actor(actor_id)
        actor = self.actor(actor_id)
        here = mentions_here(actor, self.document) if actor is not None else []
        if actor is None or not here:
            return
        if at is None:
            self._go_to_mention(actor, 0)
            return
        clicked = max((i for i, start in enumerate(here) if start <= at), default=0)
        self.selection = replace(self.selection, mention=clicked, subject="actor")

    def _go_to_mention(self, actor: Actor, index: int) -> None:
        here = mentions_here(actor, self.document)
        if not here:
            return
        index %= len(here)
        self.view.scroll_to_offset(here[index])
        self.selection = replace(self.selection, mention=index, subject="actor")

    def _step_mention(self, step: int) -> None:
        actor = self.actor(self.selection.actor)
        if actor is None:
            highlighted = self.query_one(ActorPanel).highlighted_option
            if highlighted is None or highlighted.id is None:
                return
            self.select_actor(highlighted.id)
            return
        mention = self.selection.mention
        self._go_to_mention(actor, (mention if mention is not None else -step) + step)

    def action_next_mention(self) -> None:
        """Go to the next mention of the selected actor."""
        self._step_mention(1)

    def action_previous_mention(self) -> None:
        """Go to the previous mention of the selected actor."""
        self._step_mention(-1)

    def action_clear_selection(self) -> None:
        """Unmark the selected actor and the current quote."""
        self.selection = replace(self.selection, actor=None, quote=None, subject="summary")

    @property
    def actor_scope(self) -> ActorScope:
        """Whose actors the panel lists: this article's, its story's or every article's (remembered)."""
        scope = self.host.state.setting("actor_scope", "article")
        return scope if scope in ACTOR_SCOPES else "article"

    def action_actor_scope(self) -> None:
        """List the actors of this article, then of its story, then of every article."""
        self.show_actor_scope(ACTOR_SCOPES[(ACTOR_SCOPES.index(self.actor_scope) + 1) % len(ACTOR_SCOPES)])

    def show_actor_scope(self, scope: ActorScope) -> None:
        """List the actors of ``scope`` in the actors panel (remembered)."""
        self.host.state.save_setting("actor_scope", scope)
        if self.briefing is not None and self.document is not None:
            self.query_one(ActorPanel).show_actors(self.briefing, self.document.id, scope)
        self.query_one(ActorPanel).border_title = Content(actors_title(scope))
        self.notify(f"Actors of {SCOPE_NAMES[scope]}", timeout=2)


def actors_title(scope: ActorScope) -> str:
    """The actors panel's title for ``scope``."""
    return "ACTORS" + ("" if scope == "article" else f" \u00b7 {SCOPE_NAMES[scope]}")
