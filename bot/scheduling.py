"""The reminder and poll loop: one APScheduler interval job asks the core what is due.

Nothing is scheduled per event, so there is no job store to rebuild or to go stale: at
start-up the first tick runs at once and catches up what fell due while the bot was down.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import Protocol
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.core.digest import DigestStore, digest_reply, digests_due
from bot.core.feedback import due_reply
from bot.core.notifications import DeliveryStore, Due, deliver_due
from bot.core.ports import Clock
from bot.core.replies import Reply

log = logging.getLogger(__name__)

TICK_SECONDS = 60


class LoopStore(DeliveryStore, DigestStore, Protocol):
    """Everything the loop reads and records."""


class NotificationLoop:
    """Delivers due reminders, polls and nudges through `send` on every tick."""

    def __init__(
        self,
        store: LoopStore,
        clock: Clock,
        tz: ZoneInfo,
        send: Callable[[Reply], Awaitable[object]],
    ) -> None:
        self.store = store
        self.clock = clock
        self.tz = tz
        self.send = send

    async def tick(self) -> int:
        """One pass: send everything due now; returns how many messages went out."""
        orgs = {o.id: o for o in await self.store.list_organisations()}

        async def send_group(group: Sequence[Due]) -> None:
            # the loop has already recorded the keys: the reply carries no dedupe key
            await self.send(due_reply(group, orgs))

        sent = await deliver_due(self.store, self.clock.now(), self.tz, send_group)
        sent += await self._digests()
        if sent:
            log.info("sent %d reminders and polls", sent)
        return sent

    async def _digests(self) -> int:
        sent = 0
        for due in await digests_due(self.store, self.clock.now(), self.tz):
            if not await self.store.claim_notification(due.key, due.person.vk_id, self.clock.now()):
                continue
            try:
                await self.send(
                    replace(await digest_reply(self.store, due, self.tz), dedupe_key=None)
                )
            except Exception:
                log.exception("digest %s failed; it will be retried", due.key)
                await self.store.release_notification(due.key)
                continue
            sent += 1
        return sent

    def start(self, seconds: int = TICK_SECONDS) -> AsyncIOScheduler:
        """Start the interval job (first run now); call inside the running event loop."""
        scheduler = AsyncIOScheduler(timezone=self.tz)
        scheduler.add_job(
            self.tick,
            "interval",
            seconds=seconds,
            next_run_time=self.clock.now(),
            max_instances=1,
            coalesce=True,
            id="notifications",
        )
        scheduler.start()
        return scheduler
