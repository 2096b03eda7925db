"""The events table's written values, shared by the SQLite and PostgreSQL stores: instants as
whole epoch seconds (UTC) and an event's column values in the order both stores insert them.

The stores differ only in how a list is kept: PostgreSQL has array columns, SQLite a JSON
text (`array` below); booleans go as they are (sqlite3 binds True/False as the integers 1/0).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from bot.core.models import Event, NewEvent


def epoch(at: datetime) -> int:
    """`at` as whole seconds since the Unix epoch (UTC), as the stores keep instants.

    Raises ValueError for a naive datetime: only aware instants are stored."""
    if at.tzinfo is None:
        raise ValueError("the store keeps only timezone-aware instants")
    return int(at.timestamp())


def epoch_or_none(at: datetime | None) -> int | None:
    """`epoch` of a nullable instant: None stays None (a nullable column)."""
    return None if at is None else epoch(at)


def _as_is(values: list[Any]) -> Any:
    return values


def event_values(
    event: NewEvent | Event, array: Callable[[list[Any]], Any] = _as_is
) -> tuple[Any, ...]:
    """The event's column values in INSERT order, title … agreed_by (23 values): start and
    end as epoch seconds and the duration between them in seconds, grades and classes sorted
    and passed through `array` (the list itself for PostgreSQL's arrays, JSON text for
    SQLite), the deadline as its ISO local date, the ages as min and max (None when not said).

    Raises ValueError when the event ends before it starts or an instant is naive."""
    start, end = epoch(event.start), epoch(event.end)
    if end < start:
        raise ValueError("an event cannot end before it starts")
    details = event.details
    ages = details.ages
    return (
        event.title,
        event.organisation_id,
        start,
        end,
        end - start,
        event.all_day,
        event.end_given,
        event.venue,
        array(sorted(event.audience.grades)),
        array(sorted(event.audience.classes)),
        event.status.value,
        event.created_by,
        event.series_id,
        event.capacity,
        details.description,  # 0009: description … online_url
        details.deadline.isoformat() if details.deadline else None,
        ages[0] if ages else None,
        ages[1] if ages else None,
        details.online_url,
        event.audience.staff,  # 0021
        event.audience.parents,  # 0028
        epoch_or_none(event.agreed_at),  # 0031
        event.agreed_by,
    )
