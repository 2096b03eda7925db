"""Backend-neutral pieces of storing an event, shared by the SQLite and PostgreSQL adapters:
the text cleaning applied before every write, and the audit log's snapshot and diff (JSON
values: ISO datetimes, audiences as sorted lists, statuses by value)."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import datetime
from typing import Any, TypeVar

from bot.core.models import Audience, Event, EventStatus, NewEvent
from bot.core.text import clean_optional, clean_text

E = TypeVar("E", Event, NewEvent)
AUDITED_FIELDS = (
    "title",
    "start",
    "end",
    "all_day",
    "venue",
    "audience",
    "status",
    "capacity",
    "agreed_at",  # 0031: the curator agreed (or a move made the event wait again)
)


def cleaned(event: E) -> E:
    """The event with control characters removed from its title, venue and description."""
    details = replace(event.details, description=clean_optional(event.details.description))
    return replace(
        event, title=clean_text(event.title), venue=clean_optional(event.venue), details=details
    )


def snapshot(event: NewEvent | Event) -> dict[str, Any]:
    """The audited fields of an added event, as JSON values (the audit row's details)."""
    return {name: jsonable(getattr(event, name)) for name in AUDITED_FIELDS}


def diff(before: Event, after: Event) -> dict[str, Any]:
    """The audited fields that changed: {field: {"from": …, "to": …}}, as JSON values."""
    names = {f.name for f in fields(Event)} & set(AUDITED_FIELDS)
    return {
        name: {"from": jsonable(getattr(before, name)), "to": jsonable(getattr(after, name))}
        for name in sorted(names)
        if getattr(before, name) != getattr(after, name)
    }


def audited(before: Event, after: Event, reason: str | None) -> dict[str, Any]:
    """An update's audit details: the diff, and the `reason` its author gave (a cancel's
    «в каникулы школа закрыта», read back by «почему отменили …?») under "reason"."""
    details = diff(before, after)
    if reason:
        details["reason"] = reason
    return details


def jsonable(value: Any) -> Any:
    """A field's value as JSON can hold it."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Audience):
        shown: dict[str, Any] = {"grades": sorted(value.grades), "classes": sorted(value.classes)}
        if value.staff:
            shown["staff"] = True
        if value.parents:  # a parents' meeting («родители 10А» on the card)
            shown["parents"] = True
        return shown
    if isinstance(value, EventStatus):
        return value.value
    return value


def retimed(before: Event, after: Event, at: datetime | None) -> datetime | None:
    """The timed_at to store when `before` is written as `after`: `at` (the bot's clock now,
    None when the caller did not give it) when the start changes or the event leaves the
    cancelled status, else `before`'s own. The moment an event got its current start is when
    its reminders start to fall due (bot.core.reminders.reminder_plan); a new title, venue or
    end does not move it."""
    start_moved = before.start.timestamp() != after.start.timestamp()  # instants, not wall clocks
    restored = before.status is EventStatus.CANCELLED and after.status is not EventStatus.CANCELLED
    return at if start_moved or restored else before.timed_at
