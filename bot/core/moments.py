"""One-off reminders at a moment the person names (remind66): «напомни мне завтра в 8 утра про
экскурсию». Unlike the offset and clock reminders (bot.core.reminders: one rule for every
event), each is a stored row of its own — (person, event, moment) — and the notification
loop asks the store which rows fall due (`MomentStore.moment_reminders_due`), as it asks
which events do.

Exactly once: a due row becomes a `Due` of kind MOMENT under the key
"moment:<row id>:<moment, Unix s>:<vk id>" and goes through the same outbox as the offset
reminders (bot.core.notifications.deliver_due: claimed with its random_id in one transaction
right before sending, confirmed after, resent with the same id after a crash), so a kill -9
or a second worker neither loses nor doubles it. Its message is made again from the store
after the claim (`moment_still_meant`): a row deleted by «не напоминай» or an event cancelled
or over by then sends nothing.

The event moving (remind68): a row keeps the event's start seen when it was asked, and the
store gives its moment moved by the start's change since — «накануне в 19:00» stays on the
eve however the event moved (card, edit, plan re-import). The key names that moved moment, so
a row claimed before a move is dropped (`key_still_meant`) and goes at its new moment; a new
moment already passed goes at once if within CATCH_UP (the due-query's window), else never.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

from bot.core.models import Event, EventStatus
from bot.core.permissions import left_out
from bot.core.ports import Directory, EventStore
from bot.core.replies import Reply
from bot.core.titles import title_mentions

MOMENT = "moment"  # the Due / outbox kind of a one-off reminder
CATCH_UP = timedelta(hours=12)  # a moment missed while the bot was down still goes this late
# remind69: a row is kept this long after its (moved) moment or its event's end, then cleared
# (`clear_done`): well past CATCH_UP (after it a row is never due at its moment again), and
# long enough that an event postponed within two weeks of its reminder still brings the new
# one (remind68: a moment moved later goes again); the outbox keeps its own keys
KEEP = timedelta(days=14)
CLEAR_EVERY = timedelta(hours=1)  # the loop clears at most this often
# remind69: one person's one-off reminders still ahead at most: a school week of a few a day;
# each is a message to themselves and a row the loop reads, so more is asked to be tidied
MAX_PENDING = 20


@dataclass(frozen=True, slots=True)
class MomentReminder:
    """One stored one-off reminder: `person_id` is reminded of `event_id` at `at` (aware): the
    moment asked, moved by as much as the event's start has moved since (remind68)."""

    id: int
    person_id: int
    event_id: int
    at: datetime


@runtime_checkable
class MomentStore(Protocol):
    """The store's one-off reminders (migration 0036, both backends)."""

    async def add_moment_reminder(
        self, person_id: int, event_id: int, at: datetime
    ) -> MomentReminder:
        """Keep a reminder of `event_id` for `person_id` at `at` (aware); the same triple
        twice is one row (the stored one is returned)."""
        ...

    async def moment_reminders_due(self, since: datetime, now: datetime) -> list[MomentReminder]:
        """The rows whose moment is after `since` and not after `now` and whose
        `moment_key` the outbox has not recorded as sent (the exactly-once mark: claimed
        right before sending, kept once VK took it; released when VK did not), earliest
        first."""
        ...

    async def moment_reminders_of(self, person_id: int, after: datetime) -> list[MomentReminder]:
        """The person's rows whose moment is after `after`, earliest first."""
        ...

    async def moment_reminder(self, reminder_id: int) -> MomentReminder | None:
        """The row with this id, None when deleted."""
        ...

    async def remove_moment_reminders(
        self, person_id: int, event_ids: Sequence[int] | None = None
    ) -> int:
        """Delete the person's rows (of `event_ids` only, when given); how many went."""
        ...

    async def remove_moment_reminder(self, person_id: int, reminder_id: int) -> bool:
        """Delete the row `reminder_id` if it is `person_id`'s (anyone else's stays: a forged
        button names another's row); whether one went."""
        ...

    async def clear_moment_reminders(self, before: datetime) -> int:
        """Delete the rows done with: their (moved) moment, or their event's end, at or
        before `before` (aware; the caller passes now − KEEP); how many went."""
        ...


def moment_key(reminder: MomentReminder, vk_id: int) -> str:
    """The notification key of one one-off reminder: "moment:<id>:<at, Unix s>:<vk id>"."""
    return f"{MOMENT}:{reminder.id}:{int(reminder.at.timestamp())}:{vk_id}"


def key_reminder_id(key: str) -> int | None:
    """The row id a `moment_key` names; None for another key."""
    parts = key.split(":")
    if len(parts) != 4 or parts[0] != MOMENT or not parts[1].isdigit():
        return None
    return int(parts[1])


def key_still_meant(key: str, reminder: MomentReminder | None) -> bool:
    """Whether the claimed `key` still names `reminder`'s moment: False when the row was
    deleted or its event moved since the claim (the moved moment has a key of its own)."""
    if reminder is None:
        return False
    parts = key.split(":")
    return len(parts) == 4 and parts[2] == str(int(reminder.at.timestamp()))


def still_worth_sending(event: Event | None, now: datetime) -> bool:
    """Whether a one-off reminder of `event` still makes sense at `now` (UTC instants): the
    event exists, is not cancelled and has not ended."""
    return event is not None and event.status is not EventStatus.CANCELLED and now < event.end


async def moment_left_out(
    store: Directory, rows: Sequence[MomentReminder], event: Event
) -> Reply | None:
    """Why the one-off reminders `rows` (of `event`, claimed to be sent) are dropped: the
    event is no longer for the person who asked (permissions.left_out: made staff-only,
    parents-only or another class's since — safety72 #2). They chose the moment and count on
    it, so it is answered then, once, with who the event is for now — not its title, which
    may have been renamed for its new audience. None when it is still theirs."""
    for row in rows:
        person = await store.get_person(row.person_id)
        reason = left_out(person, event) if person is not None else None
        if person is not None and reason is not None:
            context = {"reason": reason, "at": row.at, "class_name": person.class_name}
            return Reply("moment_reminder_dropped", context)
    return None


async def clear_done(store: object, now: datetime) -> int:
    """Delete the one-off reminders done with at `now` (UTC instant): those whose moment or
    event's end is KEEP behind; 0 for a store without one-off reminders."""
    if not isinstance(store, MomentStore):
        return 0
    return await store.clear_moment_reminders(now - KEEP)


async def forget_moments(
    store: EventStore, person_id: int, title: str, found: Sequence[Event], now: datetime
) -> list[Event]:
    """«не напоминай про экскурсию»: delete the person's one-off reminders still ahead of
    the events `title` names (bot.core.titles.title_mentions) and of `found` (their own
    sign-ups it names); returns those of their events not in `found`. A store without
    one-off reminders has none to delete."""
    if not isinstance(store, MomentStore):
        return []
    known = {e.id for e in found}
    extra: dict[int, Event] = {}
    for row in await store.moment_reminders_of(person_id, now):
        if row.event_id in known or row.event_id in extra:
            continue
        event = await store.get_event(row.event_id)
        if event is not None and title_mentions(title, event.title):
            extra[event.id] = event
    await store.remove_moment_reminders(person_id, [*known, *extra])
    return list(extra.values())
