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
cancelled events.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from bot.core.models import Event, EventStatus, NewEvent
from bot.core.ports import Store

STORED_KEY = ("title", "start", "end", "venue", "audience")
TWIN_KEY = ("title", "start", "end", "all_day")


async def find_same(
    store: Store,
    wanted: Sequence[Event | NewEvent],
    author: int | None,
    key: Sequence[str],
    *,
    same_organisation: bool,
) -> list[Event] | None:
    """The stored event matching each of `wanted`, in the same order, or None when any is
    missing. A match starts within the minute from the wanted one's start, was created by
    `author` (a person id in `store`), is not cancelled and equals the wanted one on every
    attribute named in `key`; with `same_organisation` it also belongs to the wanted one's
    organisation (`organisation_id`). One read per wanted event, stopping at the first
    missing one. Errors of the store propagate."""
    found: list[Event] = []
    for event in wanted:
        organisation = event.organisation_id if same_organisation else None
        around = await store.events_between(
            event.start, event.start + timedelta(minutes=1), organisation_id=organisation
        )
        same = next(
            (
                e
                for e in around
                if e.created_by == author
                and e.status is not EventStatus.CANCELLED
                and all(getattr(e, name) == getattr(event, name) for name in key)
            ),
            None,
        )
        if same is None:
            return None
        found.append(same)
    return found
