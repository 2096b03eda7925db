"""lease69: VK calls per random_id when two notification loops on one database tick at one
moment and VK answers slowly (tests/data/lease69.md). One command:

    .venv/bin/python benchmarks/outbox_lease_race.py [--runs N] [--delay SECONDS] [--seed S]

Each run: a fresh SQLite store (tests.chat_world's 9Б student and PLAN42), a one-off reminder
asked for tomorrow 08:00, then at 08:00 two loops (each on its own connection) tick together,
as test_remind66_chat's two-worker test does, and tick again after a random pause of 0 to
2 × `delay` (wall time; the clock stays at 08:00); `send` sleeps `delay` (a slow VK) and
counts calls per random_id. Prints how many runs made 1, 2, … calls for the reminder.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.models import Role
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.scheduling import NotificationLoop
from bot.storage.sqlite_store import open_store
from tests.chat_world import PLAN42, ZONE, said, school_chat

DUE = datetime(2026, 12, 2, 8, 0, tzinfo=ZONE)


async def one_run(delay: float, pause: float) -> int:
    """VK calls made for the reminder's random_id in one run."""
    calls: Counter[int] = Counter()

    async def send(reply: Reply) -> None:
        if reply.template == "moment_reminder" and reply.random_id is not None:
            calls[reply.random_id] += 1
            await asyncio.sleep(delay)

    with tempfile.TemporaryDirectory() as folder:
        async with school_chat(Path(folder), Role.STUDENT, PLAN42, "9Б") as world:
            await said(world, "напомни мне завтра в 8 утра про экскурсию")
            other = await open_store(Path(folder) / "plan.db", ZONE)
            try:
                clock = world.planner.clock
                assert isinstance(clock, FixedClock)
                clock.set(DUE)
                first = NotificationLoop(world.store, clock, ZONE, send)
                second = NotificationLoop(other, clock, ZONE, send)

                async def later(loop: NotificationLoop) -> int:
                    await asyncio.sleep(pause)
                    return await loop.tick()

                await asyncio.gather(first.tick(), second.tick(), later(first), later(second))
            finally:
                await other.close()
    return sum(calls.values())


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=69)
    args = parser.parse_args()
    pauses = random.Random(args.seed)
    seen: Counter[int] = Counter()
    for _ in range(args.runs):
        seen[await one_run(args.delay, pauses.uniform(0, 2 * args.delay))] += 1
    shown = ", ".join(f"{calls} call(s): {n} runs" for calls, n in sorted(seen.items()))
    print(f"{args.runs} runs, VK delay {args.delay:g} s — calls per random_id: {shown}")


if __name__ == "__main__":
    asyncio.run(main())
