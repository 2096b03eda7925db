"""The notification loop of the one-off reminder chat tests (remind66, remind69, review69):
the loop over a chat world's store and its frozen clock, moved by hand; what it sends is
collected. A day of December 2026 in the world's zone: `at`."""

from __future__ import annotations

from datetime import datetime

from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.scheduling import NotificationLoop
from tests.chat_world import SPEAKER, ZONE, ChatWorld


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=ZONE)


class Loop:
    """The notification loop on the world's store and clock; `tick_at` moves the clock and
    returns the one-off reminders' texts sent to `vk_id` on that tick."""

    def __init__(self, world: ChatWorld) -> None:
        clock = world.planner.clock
        assert isinstance(clock, FixedClock)
        self.clock = clock
        self.world = world
        self.sent: list[Reply] = []
        self.loop = NotificationLoop(world.store, clock, ZONE, self._send)

    async def _send(self, reply: Reply) -> None:
        self.sent.append(reply)

    async def tick_at(self, moment: datetime, vk_id: int = SPEAKER) -> list[str]:
        self.clock.set(moment)
        self.sent.clear()
        await self.loop.tick()
        return [
            self.world.text(r)
            for r in self.sent
            if r.template == "moment_reminder" and vk_id in r.recipients
        ]
