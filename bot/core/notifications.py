"""What is due at a given moment: reminders before events, polls after them, one nudge.

The database is the only truth: every tick derives what is due from the stored events,
sign-ups and preferences, so a restart, a crash or a moved event never loses, duplicates or
sends a stale reminder. Keys name each notification uniquely; a key already recorded as sent
is never sent again, and a reminder's key includes the event's start, so moving an event
gives its reminders new keys and the old moments simply stop existing.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, runtime_checkable
from zoneinfo import ZoneInfo

from bot.core.dialog import Dialog, PollStep
from bot.core.models import Event, EventStatus, Person, Role
from bot.core.moments import CATCH_UP as MOMENT_CATCH_UP
from bot.core.moments import MOMENT, MomentStore, moment_key, still_worth_sending
from bot.core.outbox import (
    BATCH_SIZE,
    STILL_MEANT,
    DeliveryReport,
    OutboxBatch,
    OutboxStore,
    retry_delay,
)
from bot.core.permissions import left_out, runs_event
from bot.core.ports import Directory, EventStore
from bot.core.reminders import (
    ANSWER_WINDOW,
    DEFAULT_OFFSETS,
    POLL_CATCH_UP,
    STUDENT_QUIET_HOURS,
    QuietHours,
    ReminderClock,
    out_of_quiet_hours,
    poll_due,
    poll_nudge_time,
    poll_time,
    reminder_plan,
    reminding_since,
)
from bot.core.replies import Reply

log = logging.getLogger(__name__)

REMINDER_DEFAULTS_KEY = "reminder_offsets"  # minutes, comma-separated; set by curators
LOOK_AHEAD = timedelta(days=3)  # beyond the longest default offset plus a quiet night
LOOK_BACK = ANSWER_WINDOW + timedelta(days=1)


class DeliveryStore(Directory, EventStore, OutboxStore, Protocol):
    """The store methods the notification loop needs: people and events, the outbox, and
    the few below."""

    async def signed_up(self, event_id: int, status: str = "going") -> list[Person]:
        """As bot.core.ports.SignupStore.signed_up."""
        ...

    async def get_setting(self, key: str) -> str | None:
        """As bot.core.ports.SettingsStore.get_setting."""
        ...

    async def release_notification(self, key: str) -> None:
        """As bot.core.ports.OutboxStore.release_notification."""
        ...

    async def sent_times(self, keys: Sequence[str]) -> dict[str, datetime]:
        """As bot.core.ports.OutboxStore.sent_times."""
        ...

    async def sent_keys(self, keys: Sequence[str]) -> set[str]:
        """As bot.core.ports.OutboxStore.sent_keys."""
        ...

    async def claim_notifications(
        self, items: Sequence[tuple[str, int]], at: datetime | None = None
    ) -> set[str]:
        """As bot.core.ports.OutboxStore.claim_notifications."""
        ...

    async def answered_by(self, event_id: int) -> set[int]:
        """As bot.core.ports.SignupStore.answered_by."""
        ...

    async def all_reminder_prefs(self) -> dict[int, tuple[bool, list[int] | None]]:
        """person id -> (reminders on, their own offsets in minutes before the event or None for the
        school's defaults), for everyone with a row (the others use the defaults)."""
        ...

    async def reminder_clocks(self) -> dict[int, tuple[str | None, datetime | None]]:
        """As bot.core.ports.SettingsStore.reminder_clocks."""
        ...

    async def events_of_series(self, series_id: int) -> list[Event]:
        """As bot.core.ports.EventStore.events_of_series."""
        ...

    async def going_since(self, event_ids: Sequence[int]) -> dict[tuple[int, int], datetime]:
        """As bot.core.ports.SignupStore.going_since."""
        ...


class SettingsReader(Protocol):
    """The one store method default_offsets needs."""

    async def get_setting(self, key: str) -> str | None:
        """As bot.core.ports.SettingsStore.get_setting."""
        ...


@dataclass(frozen=True, slots=True)
class Due:
    """One notification to one person."""

    kind: str  # reminder | poll | poll_nudge | moment (bot.core.moments)
    key: str
    event: Event
    person: Person
    organiser: bool

    @property
    def vk_id(self) -> int:
        """The VK id the reminder goes to (its person's)."""
        return self.person.vk_id


async def due_at(store: DeliveryStore, now: datetime, tz: ZoneInfo) -> list[Due]:
    """Everything that should have gone out by `now` and still makes sense.

    All comparisons are between UTC instants (`now` is converted first).
    """
    now = now.astimezone(UTC)
    events = await store.events_overlapping(now - LOOK_BACK, now + LOOK_AHEAD)
    defaults = await default_offsets(store)
    prefs = await store.all_reminder_prefs()
    clocks = await store.reminder_clocks()
    found: list[Due] = []
    flagged = []
    for event in events:
        reminding = now < event.start
        polling = not reminding and poll_due(event.end, now)
        nudging = event.end <= now < event.end + ANSWER_WINDOW and now >= poll_nudge_time(
            event.end, tz, None
        )
        if reminding or polling or nudging:  # else nothing can be due: no recipients read
            flagged.append((event, reminding, polling, nudging))
    audiences = await _audiences(store, [f[0] for f in flagged])
    going = await store.going_since([f[0].id for f in flagged if f[1]])
    polled_series = {f[0].series_id for f in flagged if f[2] and f[0].series_id is not None}
    firsts = await _first_meetings(store, polled_series)
    for event, reminding, polling, nudging in flagged:
        # a student the event is no longer for (made staff-only, parents' or another class's
        # since they signed up: permissions.left_out) is neither reminded nor polled (safety72)
        audience = [(p, o) for p, o in audiences[event.id] if o or left_out(p, event) is None]
        if reminding:
            found += _reminders(event, audience, now, tz, defaults, (prefs, clocks), going)
        elif polling:
            asks_organiser = event.series_id is None or firsts.get(event.series_id) == event.id
            found += [
                _poll(event, person, organiser)
                for person, organiser in audience
                if (asks_organiser or not organiser)
                and now >= poll_time(event.end, tz, None if organiser else STUDENT_QUIET_HOURS)
                and (organiser or not _quiet_now(now, tz, STUDENT_QUIET_HOURS))
            ]
        if nudging:
            found += await _nudges(store, event, audience, now, tz)
    found += await _moments(store, now)
    return await _one_poll_at_a_time(store, found, now)


async def _moments(store: DeliveryStore, now: datetime) -> list[Due]:
    """The one-off reminders at a named moment due at `now` (UTC; bot.core.moments): each
    stored row whose moment passed within MOMENT_CATCH_UP, of an event not cancelled and
    not over. Sent to the person who asked, whatever their sign-up (they named the event),
    at any hour (they named the moment); the outbox key makes it once."""
    if not isinstance(store, MomentStore):
        return []
    found: list[Due] = []
    for row in await store.moment_reminders_due(now - MOMENT_CATCH_UP, now):
        event = await store.get_event(row.event_id)
        person = await store.get_person(row.person_id)
        if event is None or person is None or not still_worth_sending(event, now):
            continue
        found.append(Due(MOMENT, moment_key(row, person.vk_id), event, person, False))
    return found


POLL_HELD_FOR = timedelta(days=1)  # a student's open poll holds their next one this long


async def _one_poll_at_a_time(store: DeliveryStore, found: list[Due], now: datetime) -> list[Due]:
    """`found` without the student polls that must wait (walk r, #6: two polls arrived at
    once, «5» answered the later one and the earlier was lost): a student is asked one poll
    at a time, the event that ended first first. A student's poll not yet sent waits while
    another of theirs is due and unsent before it, or was sent less than POLL_HELD_FOR ago
    and is unanswered or under way (their dialog at its 0–10 or comment step); the chat
    asks the next poll when one ends (signups.next_poll, which claims its key), and the
    loop sends it when still due (3 days, POLL_CATCH_UP) and nobody asked it."""
    polls: dict[int, list[Due]] = {}
    for due in found:
        if due.kind == "poll" and not due.organiser:
            polls.setdefault(due.person.id, []).append(due)
    if not any(len(dues) > 1 for dues in polls.values()):
        return found
    held: set[str] = set()
    answered: dict[int, set[int]] = {}
    for person_id, dues in polls.items():
        if len(dues) < 2:
            continue
        dues.sort(key=lambda d: (d.event.end, d.event.id))
        sent = await store.sent_times([d.key for d in dues])
        step = await _poll_step(store, person_id)
        waiting = False  # a poll of theirs went out lately and is unanswered or under way
        for due in dues:
            moment = sent.get(due.key)
            if moment is None or now - moment >= POLL_HELD_FOR:
                continue
            if due.event.id not in answered:
                answered[due.event.id] = await store.answered_by(due.event.id)
            under_way = step == due.event.id  # its 0–10 or comment question is open
            waiting = waiting or under_way or person_id not in answered[due.event.id]
        unsent = [d.key for d in dues if d.key not in sent]
        held.update(unsent if waiting else unsent[1:])
    return [d for d in found if d.key not in held]


def muted_key(person_id: int) -> str:
    """The setting naming the events a person asked no reminders of: «1,5,12» (event ids)."""
    return f"reminders_muted:{person_id}"


async def muted_events(store: SettingsReader, person_id: int) -> set[int]:
    """The ids of the events `person_id` asked no reminders of («не напоминай про …»,
    walk r #22): their reminders are skipped before they are claimed in the outbox, so a
    muted reminder is never sent and never counted as sent; «напоминай про …» before the
    event lets its latest owed reminder go out once, as after downtime."""
    raw = await store.get_setting(muted_key(person_id)) or ""
    return {int(part) for part in raw.split(",") if part.strip().isdigit()}


async def default_offsets(store: SettingsReader) -> list[timedelta]:
    """The curator's default reminder offsets (minutes in settings) or 24 h and 1 h."""
    raw = await store.get_setting(REMINDER_DEFAULTS_KEY)
    if not raw:
        return list(DEFAULT_OFFSETS)
    return [timedelta(minutes=int(m)) for m in raw.split(",") if m.strip().isdigit()]


def person_offsets(
    own: Sequence[int] | None, defaults: Sequence[timedelta], clock: ReminderClock | None = None
) -> list[timedelta]:
    """A person's reminder offsets: their own (minutes before the start), else none when
    they chose a clock-time reminder alone («напоминай вечером накануне»), else the
    defaults."""
    if own:
        return [timedelta(minutes=m) for m in own]
    return [] if clock is not None else list(defaults)


def chosen_times(
    clocks: Mapping[int, tuple[str | None, datetime | None]], person_id: int
) -> tuple[ReminderClock | None, datetime | None]:
    """A person's clock-time reminder (None: none or unreadable) and when they chose their
    reminder times (None: not recorded), from SettingsStore.reminder_clocks()."""
    raw, chosen = clocks.get(person_id, (None, None))
    return ReminderClock.load(raw), chosen


def reminding_from(event: Event, signed_up_at: datetime | None, organiser: bool) -> datetime | None:
    """Since when a person is to be reminded of `event` at its current time (reminder_plan's
    `since`, a UTC instant or None when not recorded): the event's timed_at, and for a student
    also the moment their sign-up became "going" (`signed_up_at`); an organiser is reminded
    of their event from the moment it got its time."""
    return reminding_since(event.timed_at, None if organiser else signed_up_at)


@runtime_checkable
class ManySignups(Protocol):
    """A store that reads the sign-ups of many events, and the non-student people of many
    organisations, one query each (both backends)."""

    async def signed_up_many(
        self, event_ids: Sequence[int], status: str = "going"
    ) -> dict[int, list[Person]]:
        """`signed_up` of several events at once: event id -> people with sign-up `status`, each
        list in sign-up order (events without any left out)."""
        ...

    async def organisers_of(self, org_ids: Sequence[int]) -> dict[int, list[Person]]:
        """The people of `org_ids` who are not students (their organisers), by organisation id, each
        list by person id (organisations without any left out)."""
        ...


async def _audiences(
    store: DeliveryStore, events: Sequence[Event]
) -> dict[int, list[tuple[Person, bool]]]:
    """Each event's recipients: its signed-up students, then its organisers (`_running`).
    Sign-ups in one read where the store can (ManySignups), each organisation's people read
    once per pass — not two reads per event."""
    org_ids = list(dict.fromkeys(e.organisation_id for e in events))
    if isinstance(store, ManySignups):
        signed = await store.signed_up_many([e.id for e in events])
        staff = await store.organisers_of(org_ids)
    else:
        signed = {e.id: await store.signed_up(e.id) for e in events}
        staff = {o: await store.people_of_organisation(o) for o in org_ids}
    staff = {o: [p for p in staff.get(o, []) if p.role is not Role.STUDENT] for o in org_ids}
    return {
        e.id: [(p, False) for p in signed.get(e.id, [])]
        + [(p, True) for p in _running(e, staff[e.organisation_id])]
        for e in events
    }


@runtime_checkable
class DialogReader(Protocol):
    """A store that keeps each person's conversation state (both backends)."""

    async def get_dialog(self, person_id: int) -> dict[str, Any] | None:
        """As bot.core.ports.SettingsStore.get_dialog."""
        ...


async def _poll_step(store: DeliveryStore, person_id: int) -> int | None:
    """The event whose poll `person_id` is in the middle of (their dialog waits for its
    0–10 answer or comment: bot.core.dialog.PollStep), or None."""
    if not isinstance(store, DialogReader):
        return None
    waiting = Dialog.load(await store.get_dialog(person_id)).waiting
    return waiting.event_id if isinstance(waiting, PollStep) else None


def _running(event: Event, members: Sequence[Person]) -> list[Person]:
    """The organisers of `event` among its organisation's non-student `members`: those who
    run it (bot.core.permissions.runs_event: a partner's people, the school event's
    author); when none does (the author left the school), its curators — never every
    teacher (walk r, #5)."""
    running = [p for p in members if runs_event(p, event)]
    return running or [p for p in members if p.role is Role.CURATOR]


def _reminders(
    event: Event,
    audience: Sequence[tuple[Person, bool]],
    now: datetime,
    tz: ZoneInfo,
    defaults: list[timedelta],
    prefs: tuple[
        dict[int, tuple[bool, list[int] | None]], dict[int, tuple[str | None, datetime | None]]
    ],
    going: Mapping[tuple[int, int], datetime],
) -> list[Due]:
    """The reminders of `event` due at `now` (UTC): for each person the one reminder_plan
    calls due — the latest owed moment passed, so after downtime only the latest missed one
    goes out, and a moment from before the person was to be reminded never does. `prefs`:
    everyone's (enabled, offsets) and (clock, chosen_at). A moment of a person's reminder
    times that passed before they chose them is not owed (no reminder at once beside the
    one their earlier times sent); the ones ahead are."""
    own_prefs, clocks = prefs
    found = []
    for person, organiser in audience:
        enabled, own = own_prefs.get(person.id, (True, None))
        if not enabled:
            continue
        clock, chosen = chosen_times(clocks, person.id)
        quiet = None if organiser else STUDENT_QUIET_HOURS
        since = reminding_since(
            reminding_from(event, going.get((event.id, person.id)), organiser), chosen
        )
        offsets = person_offsets(own, defaults, clock)
        plan = reminder_plan(
            event.start, tz, offsets, quiet=quiet, since=since, now=now, clock=clock
        )
        if plan.due is None:
            continue
        if quiet is not None and _held_till_morning(now, event.start, tz, quiet):
            continue
        key = reminder_key(event, plan.due, person.vk_id)
        found.append(Due("reminder", key, event, person, organiser))
    return found


def reminder_key(event: Event, moment: datetime, vk_id: int) -> str:
    """The notification key of `event`'s reminder at `moment` to `vk_id`:
    "remind:<event id>:<event start, Unix s>:<moment, Unix s>:<vk id>". The start is part of
    it, so a moved event's reminders are new keys (and `reminder_still_meant`)."""
    return f"remind:{event.id}:{int(event.start.timestamp())}:{int(moment.timestamp())}:{vk_id}"


async def students_still_reminded(
    store: DeliveryStore, event: Event, peers: Sequence[int]
) -> set[int]:
    """The VK ids among `peers` of `event`'s students who would be reminded of it now:
    going, reminders not turned off («не напоминай»), the event not muted («не напоминай
    про …») and still for them (permissions.left_out: not made staff-only, parents-only or
    another class's since: safety72 #2). A claimed students' reminder is sent to these only
    (attack z2, #3: one who had written «не пойду» meanwhile was told «Вы записаны»); only
    the batch's `peers` (≤ 100) have their mutes read, not every student of the event for
    each batch."""
    prefs = await store.all_reminder_prefs()
    asked = set(peers)
    kept = set()
    for person in await store.signed_up(event.id, "going"):
        if person.vk_id not in asked or not prefs.get(person.id, (True, None))[0]:
            continue
        if left_out(person, event) is not None:  # no longer for them (safety72 #2)
            continue
        if event.id not in await muted_events(store, person.id):
            kept.add(person.vk_id)
    return kept


async def still_unanswered(store: DeliveryStore, event: Event, peers: Sequence[int]) -> set[int]:
    """Those of `peers` (VK ids) who have not answered `event`'s poll: a claimed poll or
    nudge VK did not take is sent again to these only (attack z2, #3: «Вы ещё не ответили»
    to someone who answered in the meantime). An unknown VK id is kept."""
    answered = await store.answered_by(event.id)
    kept = set()
    for peer in peers:
        person = await store.get_person_by_vk(peer)
        if person is None or person.id not in answered:
            kept.add(peer)
    return kept


def reminder_still_meant(key: str, event: Event) -> bool:
    """Whether the reminder `key` (see `reminder_key`) was claimed for `event`'s current
    start: a claimed batch VK did not take is sent again only then (attack z2, #2: a retry
    after a move said «Напоминание … 22 декабря» a week early). A key of another shape is
    taken as meant (nothing to compare)."""
    parts = key.split(":")
    if len(parts) != 5 or parts[0] != "remind" or not parts[2].lstrip("-").isdigit():
        return True
    return int(parts[2]) == int(event.start.timestamp())


def _held_till_morning(now: datetime, start: datetime, tz: ZoneInfo, quiet: QuietHours) -> bool:
    """A student's reminder caught up inside quiet hours (after downtime) waits for their
    end when that is still before the event's start (UTC instants); else it goes now."""
    return quiet.contains(now.astimezone(tz).time()) and out_of_quiet_hours(now, tz, quiet) < start


def _quiet_now(now: datetime, tz: ZoneInfo, quiet: QuietHours) -> bool:
    """`now` (a UTC instant) falls in quiet hours at the school's local time: a student's poll
    or poll nudge due earlier but caught up now (the bot was down during the day, or a tick
    was late) waits for their end — the next tick after 08:00 sends it, once (its key is
    unchanged). README: «polls and nudges wait for 08:00» (newcomer walk 2026-12-01e, #4)."""
    return quiet.contains(now.astimezone(tz).time())


async def _first_meetings(store: DeliveryStore, series_ids: set[int]) -> dict[int, int]:
    """Each series' first held meeting (the earliest one not cancelled): the only one whose
    organisers are asked how it went. A weekly кружок's organiser is asked once per series,
    after its first meeting, not after each of its 8 (newcomer walk 2026-12-01b, finding 15);
    its students are still asked after every meeting they signed up for."""
    firsts: dict[int, int] = {}
    for series_id in sorted(series_ids):
        held = [
            e
            for e in await store.events_of_series(series_id)
            if e.status is not EventStatus.CANCELLED
        ]
        if held:
            firsts[series_id] = min(held, key=lambda e: (e.start, e.id)).id
    return firsts


def _poll(event: Event, person: Person, organiser: bool) -> Due:
    return Due("poll", f"poll:{event.id}:{person.vk_id}", event, person, organiser)


async def _nudges(
    store: DeliveryStore,
    event: Event,
    audience: Sequence[tuple[Person, bool]],
    now: datetime,
    tz: ZoneInfo,
) -> list[Due]:
    """One reminder to answer, the day after the poll went out (after downtime the poll may
    go out late: the nudge still waits for the next day), to those who have not answered."""
    found: list[Due] = []
    polls = await store.sent_times([f"poll:{event.id}:{p.vk_id}" for p, _ in audience])
    if not polls:
        return found  # no poll went out: nobody to nudge (and no answers to read)
    answered = await store.answered_by(event.id)
    for person, organiser in audience:
        poll_sent = polls.get(f"poll:{event.id}:{person.vk_id}")
        quiet = None if organiser else STUDENT_QUIET_HOURS
        if poll_sent is None or now < poll_nudge_time(max(event.end, poll_sent), tz, quiet):
            continue
        if quiet is not None and _quiet_now(now, tz, quiet):
            continue  # caught up at night (downtime, a long tick gap): waits for the morning
        if person.id not in answered:
            key = f"nudge:{event.id}:{person.vk_id}"
            found.append(Due("poll_nudge", key, event, person, organiser))
    return found


Send = Callable[[Reply], Awaitable[Any]]
Rebuild = Callable[[OutboxBatch], Awaitable[Reply | None]]


async def deliver_due(
    store: DeliveryStore, now: datetime, tz: ZoneInfo, rebuild: Rebuild, send: Send
) -> int:
    """Send what is due, each key exactly once; returns how many people were reached.

    The same notification of one event (say, its 24-hour reminder to students) goes to all
    its recipients together, in batches of up to 100 (VK's `peer_ids` limit). Each batch is
    claimed with its stable random_id right before it is sent and confirmed after
    (bot/core/outbox.py). Its message is made by `rebuild(batch)` after the claim, from the
    database as it is then (the loop's `_rebuild`, as for a resend), not from what was read
    when the tick began: a fan-out takes a VK call per batch, and an event cancelled or
    moved, or a student's «не пойду», committed meanwhile is never contradicted by a later
    batch (attack56, #1); a batch no longer worth sending is dropped, its keys released.
    `send(reply)` may return a DeliveryReport (per-recipient results); anything else means
    everyone in the batch was reached. A failed batch stays in the outbox and is resent
    later with the same random_id; the rest of its notification is not claimed, so the next
    tick finds it due again.
    """
    dues = await due_at(store, now, tz)
    already = await store.sent_keys([d.key for d in dues])
    groups: dict[tuple[str, int, bool, str], list[Due]] = {}
    muted: dict[int, set[int]] = {}  # person id -> events they asked no reminders of
    for due in dues:
        if due.key in already:
            continue
        if due.kind == "reminder" and not due.organiser:
            if due.person.id not in muted:
                muted[due.person.id] = await muted_events(store, due.person.id)
            if due.event.id in muted[due.person.id]:
                continue  # «не напоминай про …»: never claimed, so never sent
        own = due.key if due.kind == MOMENT else ""  # a one-off reminder is a batch of its own
        groups.setdefault((due.kind, due.event.id, due.organiser, own), []).append(due)
    sent = 0
    for group in groups.values():
        for start in range(0, len(group), BATCH_SIZE):
            chunk = group[start : start + BATCH_SIZE]
            reached = await _send_batch(store, chunk, now, rebuild, send)
            if reached is None:
                break  # VK failed: the rest of this notification waits for the next tick
            sent += reached
    return sent


async def _send_batch(
    store: DeliveryStore, chunk: Sequence[Due], now: datetime, rebuild: Rebuild, send: Send
) -> int | None:
    """Claim one batch, make its message from the database as it is now, send it, record
    VK's answer; 0 when another worker has it or it is no longer worth sending (dropped),
    None when sending failed."""
    first = chunk[0]
    batch = await store.claim_batch(
        [(d.key, d.vk_id) for d in chunk],
        first.kind,
        {"event": first.event.id, "organiser": first.organiser},
        first.event.id,
        expiry(first.kind, first.event),
        now,
    )
    if batch is None:
        return 0  # another worker has it
    reply = await rebuild(batch)
    if reply is None:  # changed since the tick read it: cancelled, moved, nobody left
        await store.drop_batch(batch)
        return 0
    return await transmit(store, batch, reply, now, send, _left_out(batch, reply), rebuild)


def _left_out(batch: OutboxBatch, reply: Reply) -> tuple[int, ...]:
    """The batch's peers a rebuilt message leaves out (no longer signed up, answered the
    poll meanwhile): they are skipped and their keys released."""
    if not reply.recipients:
        return ()
    return tuple(p for p in batch.peers if p not in reply.recipients)


async def transmit(
    store: OutboxStore,
    batch: OutboxBatch,
    reply: Reply,
    now: datetime,
    send: Send,
    skip: tuple[int, ...] = (),
    rebuild: Rebuild | None = None,
) -> int | None:
    """Send a claimed batch (to its peers but `skip`, with its random_id) and record the
    outcome; None, and the batch postponed, when sending failed. The `skip` peers' keys
    are released (a resent reminder's students who have left the event: attack z2, #3).
    With `rebuild`, a transport sending the batch as several calls asks it again before
    each call after the first (STILL_MEANT); peers it leaves out are reported unreached."""
    peers = tuple(p for p in batch.peers if p not in skip)
    reply = replace(reply, recipients=peers, random_id=batch.random_id, dedupe_key=None)
    token = STILL_MEANT.set(None if rebuild is None else _still_meant(batch, rebuild))
    try:
        result = await send(reply)
    except Exception:
        log.exception("sending %d %s failed; resent later", len(batch.items), batch.kind)
        await store.postpone_batch(batch, now + retry_delay(batch.attempts))
        return None
    finally:
        STILL_MEANT.reset(token)
    report = result if isinstance(result, DeliveryReport) else DeliveryReport()
    if skip:  # never sent: their keys are released like those of peers VK did not reach
        report = replace(report, unreached=(*report.unreached, *skip))
    await store.confirm_batch(batch, report, now)
    return report.reached(batch.peers)


def _still_meant(
    batch: OutboxBatch, rebuild: Rebuild
) -> Callable[[Sequence[int]], Awaitable[frozenset[int]]]:
    """Who of some of `batch`'s peers its message, made again now, is still meant for."""

    async def still(peers: Sequence[int]) -> frozenset[int]:
        again = await rebuild(batch)
        return frozenset() if again is None else frozenset(again.recipients) & set(peers)

    return still


def expiry(kind: str, event: Event) -> datetime:
    """After this a claimed but unsent notification is no longer worth sending."""
    if kind == "reminder":
        return event.start
    if kind == MOMENT:
        return event.end
    if kind == "poll":
        return event.end + POLL_CATCH_UP
    return event.end + ANSWER_WINDOW


async def resend_pending(
    store: OutboxStore, now: datetime, rebuild: Rebuild, send: Send, tz: ZoneInfo
) -> int:
    """Send again what was claimed but not confirmed (after a crash or a failed send), with
    each batch's own random_id; returns how many people were reached.

    `rebuild(batch)` gives the batch's message again, or None when it no longer makes sense
    (event cancelled, gone or moved): such a batch, like an expired one, is dropped and its
    keys released. A rebuilt message whose recipients are some of the batch's peers goes to
    those only; the others' keys are released. A students' batch whose retry falls in their
    quiet hours (`tz` is the school's zone) waits for the morning, as a first send would
    (`_morning_for_retry`). Each batch is taken first (OutboxStore.take_batch: in flight for
    the store's lease), so of workers resending at once one calls VK (lease69).
    """
    reached = 0
    for batch in await store.pending_batches(now):
        if not await store.take_batch(batch, now):
            continue  # another worker took it (in flight) or finished it meanwhile
        reply = await rebuild(batch) if now < batch.expires else None
        if reply is None:
            log.info("dropping the %s batch %s: no longer worth sending", batch.kind, batch.id)
            await store.drop_batch(batch)
            continue
        morning = _morning_for_retry(batch, now, tz)
        if morning is not None:
            await store.postpone_batch(batch, morning)
            continue
        # the rebuilt message may leave some of the batch's peers out (no longer signed up)
        left_out = _left_out(batch, reply)
        reached += await transmit(store, batch, reply, now, send, left_out, rebuild) or 0
    return reached


QUIET_KINDS = frozenset({"reminder", "poll", "poll_nudge"})


def _morning_for_retry(batch: OutboxBatch, now: datetime, tz: ZoneInfo) -> datetime | None:
    """The end of the students' quiet hours (UTC) when a retried students' reminder, poll or
    nudge would otherwise go out at night, and that morning is still before the batch expires
    (a reminder of a 07:30 event still goes: late is worse than at night); else None.
    Organisers' batches and notices are never held (README: «polls and nudges wait for
    08:00»; the last closing note: an outbox retry of a poll batch ignored quiet hours)."""
    if batch.kind not in QUIET_KINDS or batch.ref.get("organiser"):
        return None
    if not _quiet_now(now, tz, STUDENT_QUIET_HOURS):
        return None
    morning = out_of_quiet_hours(now, tz, STUDENT_QUIET_HOURS)
    return morning if morning < batch.expires else None
