"""The reminder and poll loop: one APScheduler interval job asks the core what is due.

Nothing is scheduled per event, so there is no job store to rebuild or to go stale: at
start-up the first tick runs at once and catches up what fell due while the bot was down.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.core.digest import CATCH_UP, DigestDue, DigestStore, digest_reply, digests_due
from bot.core.feedback import notification_reply
from bot.core.lease import LoopLease
from bot.core.models import Event, EventStatus
from bot.core.moments import (
    CLEAR_EVERY,
    MOMENT,
    MomentStore,
    clear_done,
    key_reminder_id,
    key_still_meant,
    moment_left_out,
    still_worth_sending,
)
from bot.core.notifications import (
    DeliveryStore,
    deliver_due,
    reminder_still_meant,
    resend_pending,
    still_unanswered,
    students_still_reminded,
    transmit,
)
from bot.core.outbox import (
    NOTICE,
    OutboxBatch,
    in_flight_seconds,
    notice_reply,
    told_state_holds,
)
from bot.core.ports import Clock
from bot.core.replies import Reply
from bot.core.students import promotion_still_holds
from bot.core.views import event_view
from bot.leased_loop import LeasedLoop

log = logging.getLogger(__name__)

TICK_SECONDS = 60
# how far the bot's clock may be from a trusted one (VK's) before the loop sends nothing:
# a reminder moment is a minute apart from its neighbours at most by the tick, and a poll
# or reminder a few minutes off is no harm, but a clock a day ahead sends polls of events
# not held yet and uses their keys up (attack56, #2)
MAX_CLOCK_SKEW = timedelta(minutes=5)

TrueTime = Callable[[], Awaitable[datetime | None]]


class LoopStore(DeliveryStore, DigestStore, Protocol):
    """Everything the loop reads and records."""


class NotificationLoop:
    """Delivers due reminders, polls, nudges and digests through `send` on every tick.

    `send(reply)` gets one batch (its recipients and stable `random_id` set) and may return a
    DeliveryReport with VK's per-recipient results. Each tick first resends what was claimed
    but not confirmed (bot/core/outbox.py), so the first tick after a restart finishes an
    interrupted fan-out.
    """

    def __init__(
        self,
        store: LoopStore,
        clock: Clock,
        tz: ZoneInfo,
        send: Callable[[Reply], Awaitable[object]],
        lease: LoopLease | None = None,
        true_time: TrueTime | None = None,
    ) -> None:
        self.store = store
        # a trusted clock (VK's server time), None: the bot's own clock is trusted
        self.true_time = true_time
        self.clock = clock
        self.tz = tz
        self.send = send
        self.lease = lease  # several workers: only its holder ticks (bot.leased_loop)
        self.leased: LeasedLoop | None = None
        self.cleared_at: datetime | None = None  # the last clearing of one-off reminders

    async def tick(self) -> int:
        """One pass: send everything due now; returns how many people were reached.
        Nothing is sent while the clock disagrees with the trusted one (_clock_agrees)."""
        now = self.clock.now()
        if not await self._clock_agrees(now):
            return 0
        sent = await resend_pending(self.store, now, self._rebuild, self.send, self.tz)
        sent += await deliver_due(self.store, now, self.tz, self._rebuild, self.send)
        sent += await self._digests(now)
        await self._clear_moments(now)
        if sent:
            log.info("sent %d reminders and polls", sent)
        return sent

    async def _clear_moments(self, now: datetime) -> None:
        """Delete the one-off reminders done with (bot.core.moments.clear_done), at most once
        per CLEAR_EVERY of this loop (its first tick included)."""
        if self.cleared_at is not None and now - self.cleared_at < CLEAR_EVERY:
            return
        self.cleared_at = now
        cleared = await clear_done(self.store, now)
        if cleared:
            log.info("cleared %d one-off reminders done with", cleared)

    async def _clock_agrees(self, now: datetime) -> bool:
        """Whether `now` is within MAX_CLOCK_SKEW of the trusted clock (`true_time`). A
        clock jumped ahead would send every poll, nudge and digest of the skipped days and
        use their keys up, so none of them came when the clock was put right (attack56, #2);
        one behind sends nothing yet and loses nothing. No trusted clock, or no answer
        from it (VK down: nothing could be sent anyway), is taken as agreement."""
        if self.true_time is None:
            return True
        try:
            true = await self.true_time()
        except Exception as error:  # any failure: the bot's clock is used
            log.debug("no trusted time (%s): the bot's clock is used", error)
            return True
        if true is None or abs(now - true) <= MAX_CLOCK_SKEW:
            return True
        log.error(
            "the bot's clock reads %s but VK's reads %s: no reminders or polls are sent"
            " until they agree (check the machine's time)",
            now.isoformat(timespec="seconds"),
            true.isoformat(timespec="seconds"),
        )
        return False

    async def _digests(self, now: datetime) -> int:
        sent = 0
        for due in await digests_due(self.store, now, self.tz):
            ref = {"person": due.person.id, "monday": due.monday.isoformat()}
            items = [(due.key, due.person.vk_id)]
            batch = await self.store.claim_batch(items, "digest", ref, None, now + CATCH_UP, now)
            if batch is None:
                continue
            reply = await digest_reply(self.store, due, self.tz)
            sent += await transmit(self.store, batch, reply, now, self.send) or 0
        return sent

    async def _rebuild(self, batch: OutboxBatch) -> Reply | None:
        """The message of a claimed batch, from the database as it is now; None when it is
        no longer worth sending (event cancelled or gone, a reminder's event moved since the
        claim, a students' reminder none of whose students is still to be reminded). A
        students' reminder goes only to those still going who have not turned it off; a poll
        or its nudge only to those who have not answered it."""
        if batch.kind == NOTICE:
            keys = [key for key, _ in batch.items]
            if not await told_state_holds(self.store, batch.ref):
                return None  # a later change was told since (attack 2026-12-03ad, #1)
            return notice_reply(batch) if await promotion_still_holds(self.store, keys) else None
        if batch.kind == "digest":
            person = await self.store.get_person(int(batch.ref["person"]))
            if person is None:
                return None
            monday = date.fromisoformat(str(batch.ref["monday"]))
            due = DigestDue(batch.items[0][0], person, monday)
            return await digest_reply(self.store, due, self.tz)
        event = await self.store.get_event(int(batch.ref["event"]))
        if event is None or event.status is EventStatus.CANCELLED:
            return None
        if batch.kind == MOMENT:
            return await self._moment_reply(batch, event)
        organiser = bool(batch.ref["organiser"])
        peers = batch.peers
        if batch.kind == "reminder":
            if not all(reminder_still_meant(key, event) for key, _ in batch.items):
                return None  # moved since claimed: the new time has reminders of its own
            if not organiser:  # only the students still to be reminded (attack z2, #3)
                kept = await students_still_reminded(self.store, event, peers)
                peers = tuple(p for p in peers if p in kept)
                if not peers:
                    return None
        if batch.kind in ("poll", "poll_nudge"):  # not to those who answered meanwhile
            kept = await still_unanswered(self.store, event, peers)
            peers = tuple(p for p in peers if p in kept)
            if not peers:
                return None
        orgs = {o.id: o for o in await self.store.list_organisations()}
        return notification_reply(batch.kind, event, organiser, peers, orgs)

    async def _moment_reply(self, batch: OutboxBatch, event: Event) -> Reply | None:
        """A one-off reminder's message (bot.core.moments), or None when its row was deleted
        since the claim («не напоминай»), its event moved since (remind68) or is over; why
        it is dropped when the event is no longer for the person who asked (safety72 #2)."""
        if not isinstance(self.store, MomentStore):
            return None
        if not still_worth_sending(event, self.clock.now()):
            return None
        rows = []
        for key, _ in batch.items:
            row_id = key_reminder_id(key)
            row = None if row_id is None else await self.store.moment_reminder(row_id)
            if row is None or not key_still_meant(key, row):
                return None  # deleted, or its event moved since the claim
            rows.append(row)
        dropped = await moment_left_out(self.store, rows, event)
        if dropped is not None:
            return replace(dropped, recipients=batch.peers)
        orgs = {o.id: o for o in await self.store.list_organisations()}
        context = {"event": event_view(event, orgs)}
        return Reply("moment_reminder", context, recipients=batch.peers)

    def start(self, seconds: int = TICK_SECONDS) -> AsyncIOScheduler:
        """Start the interval job (first run now); call inside the running event loop.
        With a lease, ticks run only while this worker holds it (bot.leased_loop)."""
        if self.lease is not None:
            again = in_flight_seconds(self.store)
            self.leased = LeasedLoop(self.tick, self.lease, seconds, catch_up_again=again)
            self.send = self.leased.guard(self.send)  # no batch goes out past the lease
            return self.leased.start()
        scheduler = AsyncIOScheduler(timezone=self.tz)
        scheduler.add_job(
            self.tick,
            "interval",
            seconds=seconds,
            next_run_time=datetime.now(UTC),  # APScheduler runs on real time
            max_instances=1,
            coalesce=True,
            id="notifications",
        )
        scheduler.start()
        return scheduler

    async def close(self) -> None:
        """Hand the lease over (if any) and free it; call after the scheduler's shutdown."""
        if self.leased is not None:
            await self.leased.stop()
        elif self.lease is not None:
            await self.lease.close()
