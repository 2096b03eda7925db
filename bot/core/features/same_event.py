"""Finding "the same event" again in one school's store: the author's own live events that
agree with the wanted ones on a chosen key.

Two callers look for events they (or a change) made equal, each with its own key:

- `STORED_KEY` (bot.core.features.school_cards): before saving an event for several schools
  in one school, whether that school already holds it (a «да» again after a failure
  elsewhere). Title, start, end, venue and classes must all be equal, within the
  organisation the event is saved for: the same lecture at the same time for other classes
  or in another room is another event and must still be saved.
- `TWIN_KEY` (bot.core.features.school_twins): the copies in other schools of the events a
  move or cancel changes. Title, start, end and all-day only, in the whole store: each
  school may have changed its copy's room or classes since (its rooms and classes are its
  own), and the author's organisation there has another id.

Both keys compare start and end as moments (aware datetimes compare in UTC), so a school
in another zone matches; both require the event's author to be the wanted author, and skip
cancelled events — unless the caller asks for cancelled ones only (`cancelled=True`: the
copies a restore of a cancelled event brings back, bot.core.features.readding).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from bot.core.models import Event, EventStatus, NewEvent
from bot.core.ports import Store

STORED_KEY = ("title", "start", "end", "venue", "audience")
SLOT_FIELDS = ("title", "start", "end")
TWIN_KEY = ("title", "start", "end", "all_day")


async def find_same(
    store: Store,
    wanted: Sequence[Event | NewEvent],
    author: int | None,
    key: Sequence[str],
    *,
    same_organisation: bool,
    cancelled: bool = False,
) -> list[Event] | None:
    """The stored event matching each of `wanted`, in the same order, or None when any is
    missing. A match starts within the minute from the wanted one's start, was created by
    `author` (a person id in `store`), is not cancelled (with `cancelled`: is cancelled)
    and equals the wanted one on every attribute named in `key`; with `same_organisation`
    it also belongs to the wanted one's organisation (`organisation_id`). One read per
    wanted event, stopping at the first missing one. Errors of the store propagate."""
    found: list[Event] = []
    for event in wanted:
        organisation = event.organisation_id if same_organisation else None
        soon = event.start + timedelta(minutes=1)
        if cancelled:  # events_between leaves cancelled events out
            around = [
                e
                for e in await store.events_overlapping(event.start, soon, include_cancelled=True)
                if organisation is None or e.organisation_id == organisation
            ]
        else:
            around = await store.events_between(event.start, soon, organisation_id=organisation)
        same = next(
            (
                e
                for e in around
                if e.created_by == author
                and (e.status is EventStatus.CANCELLED) == cancelled
                and all(getattr(e, name) == getattr(event, name) for name in key)
            ),
            None,
        )
        if same is None:
            return None
        found.append(same)
    return found


def past_slots(entries: Sequence[Mapping[str, Any]]) -> list[tuple[str, datetime, datetime]]:
    """Every (title, start, end) an event has had, oldest first, replayed from its audit
    entries (bot.core.ports.EventStore.audit_entries: the "add" row's snapshot, then each
    "update" row's {field: {"from", "to"}}; JSON values, ISO datetimes, read back aware).
    The slot a plan file gave an event that was moved or renamed since is among them.
    [] when the entries hold no "add" row."""
    slots: list[tuple[str, datetime, datetime]] = []
    state: dict[str, Any] = {}
    for entry in entries:
        details = entry.get("details") or {}
        if entry.get("action") == "add":
            state = {name: details.get(name) for name in SLOT_FIELDS}
        elif entry.get("action") == "update" and state:
            state |= {n: details[n]["to"] for n in SLOT_FIELDS if isinstance(details.get(n), dict)}
        else:
            continue
        if all(isinstance(state.get(name), str) for name in SLOT_FIELDS):
            slot = (
                state["title"],
                datetime.fromisoformat(state["start"]),
                datetime.fromisoformat(state["end"]),
            )
            if slot not in slots:
                slots.append(slot)
    return slots
