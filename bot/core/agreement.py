"""The curator's agreement of events (newcomer walk 2026-12-02t, #16), as values: the agreement
a new event is stored with, the one a change leaves, and the agreement given. Who may agree
is decided in bot.core.permissions (can_agree, agreed_when_added, needs_agreeing_again);
the chat around it is bot.core.features.agreeing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from bot.core.models import Event, NewEvent, Person
from bot.core.permissions import agreed_when_added, needs_agreeing_again


def as_added(events: Sequence[NewEvent], person: Person | None, now: datetime) -> list[NewEvent]:
    """`events` as `person` stores them: agreed at `now` (aware, the bot's clock) by them
    when they are the curator (or a command-line import, `person` None), else waiting."""
    if not agreed_when_added(person):
        return [replace(e, agreed_at=None, agreed_by=None) for e in events]
    by = None if person is None else person.id
    return [replace(e, agreed_at=now, agreed_by=by) for e in events]


def after_change(person: Person, before: Event, after: Event) -> Event:
    """`after` (a change of `before` by `person`, not stored yet) with the agreement it keeps:
    none when the change takes it back (permissions.needs_agreeing_again), else `before`'s."""
    if needs_agreeing_again(person, before, after):
        return replace(after, agreed_at=None, agreed_by=None)
    return replace(after, agreed_at=before.agreed_at, agreed_by=before.agreed_by)


def agreed(event: Event, person: Person, now: datetime) -> Event:
    """`event` agreed by `person` at `now` (aware); the caller checked permissions.can_agree."""
    return replace(event, agreed_at=now, agreed_by=person.id)
