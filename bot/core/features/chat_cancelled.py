"""A plan file's rows that are events cancelled in the chat since the file was saved.

A curator re-running a partner's old file (`python -m bot import`), or a partner sending it
again, must not bring back as new live events the ones the chat cancelled — moved first or
not (attack 2026-12-03aa, #3). Such a row is not saved: the CLI and the chat's summary name
it «отменено в чате». Bringing one back stays a decision made in the chat (typing the event
again restores it: bot.core.features.readding).

A row is such an event when a cancelled event of the organisation the row would be saved
for has, or once had, the row's title (case, quotes, «ё» ignored: resending.title_key),
start and end — its current slot or one replayed from its audit log
(same_event.past_slots) — and whose audience overlaps the row's (models.Audience.overlaps):
the same lecture at the same time for other classes is another event and is saved
(same_event's STORED_KEY; attack 2026-12-03af #1), while a class added in the chat before
the cancel, or a whole-school event, still counts. Times are aware datetimes compared as
moments.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from bot.core.features.resending import title_key
from bot.core.features.same_event import past_slots
from bot.core.models import Event, EventStatus, NewEvent
from bot.core.ports import EventStore

LOOK_BACK = timedelta(days=366)  # cancelled events read from a year before the first row
_FAR = datetime(9999, 1, 1, tzinfo=UTC)

SlotKey = tuple[int, str, datetime, datetime]  # organisation id, title key, start, end


async def cancelled_holders(store: EventStore, events: Sequence[NewEvent]) -> list[Event | None]:
    """For each of `events` (a file's rows as they would be stored), in order, the cancelled
    stored event that has or once had its organisation, title, start and end and whose
    audience overlaps the row's (the one with the highest id when several did), or None.

    Reads the cancelled events overlapping [first start - LOOK_BACK, ∞) once and the audit
    log of those changed since added (version > 1). Errors of the store propagate."""
    if not events:
        return []
    index = await _cancelled_slots(store, min(e.start for e in events) - LOOK_BACK, events)
    return [
        next(
            (
                held
                for held in reversed(
                    index.get(_key(e.organisation_id, e.title, e.start, e.end), [])
                )
                if held.audience.overlaps(e.audience)
            ),
            None,
        )
        for e in events
    ]


async def _cancelled_slots(
    store: EventStore, since: datetime, events: Sequence[NewEvent]
) -> dict[SlotKey, list[Event]]:
    """Each slot key to the cancelled events that have or had it, by ascending id."""
    orgs = {e.organisation_id for e in events}
    found: dict[SlotKey, list[Event]] = {}
    stored = await store.events_overlapping(since, _FAR, include_cancelled=True)
    for event in sorted(stored, key=lambda e: e.id):
        if event.status is not EventStatus.CANCELLED or event.organisation_id not in orgs:
            continue
        slots = [(event.title, event.start, event.end)]
        if event.version > 1:
            slots += past_slots(await store.audit_entries(event.id))
        for key in {_key(event.organisation_id, t, s, e) for t, s, e in slots}:
            found.setdefault(key, []).append(event)
    return found


def _key(organisation_id: int, title: str, start: datetime, end: datetime) -> SlotKey:
    return (organisation_id, title_key(title), start, end)
