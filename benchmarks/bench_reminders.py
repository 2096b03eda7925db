"""Reminders for a big plan: 10,000 events × 30 signed-up students (300,000 sign-ups).

Run: `.venv/bin/python benchmarks/bench_reminders.py [--events 10000] [--students 30]`.

Nothing is scheduled per event: the schedule is derived from the database on every tick of
one APScheduler job (bot.scheduling.NotificationLoop), looking at events from 8 days back
(polls, nudges) to 3 days ahead (reminders). So "rebuilding the schedule at start-up" is
opening the store plus the first tick, which also catches up what fell due while the bot
was down. Reported: the start-up time and memory (tracemalloc peak of the Python heap and
the growth of the process's resident memory), the catch-up tick that sends a day of
reminders, and steady ticks a minute later (nothing new due) and at an hour mark.
Sending is a no-op here; every due notification is still claimed in the database.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.scheduling import NotificationLoop
from bot.storage.sqlite_store import open_store

TZ = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
DAYS = 90
STUDENT_POOL = 1_748  # the gymnasium's size


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def build(path: Path, events: int, per_event: int) -> None:
    """The plan through the store's API; sign-ups in bulk, in one transaction."""
    rng = random.Random(7)
    store = await open_store(path, TZ)
    orgs = [await store.create_organisation(f"Партнёр {i}", OrgKind.PARTNER) for i in range(8)]
    for i, org in enumerate(orgs):
        await store.save_person(500 + i, Role.PARTNER, f"Методист {i}", org.id)
    students = [
        (await store.save_person(10_000 + i, Role.STUDENT, "", None, f"{5 + i % 7}А")).id
        for i in range(STUDENT_POOL)
    ]
    new = []
    for _ in range(events):
        day = NOW.date() + timedelta(days=rng.randrange(DAYS))
        start = datetime.combine(day, datetime.min.time(), tzinfo=TZ).replace(
            hour=rng.randint(8, 17), minute=rng.choice((0, 30))
        )
        grade = rng.randint(5, 11)
        new.append(
            NewEvent(
                f"Мероприятие {len(new)}",
                rng.choice(orgs).id,
                start,
                start + timedelta(minutes=rng.choice((45, 60, 90))),
                audience=Audience(grades=frozenset({grade})),
            )
        )
    stored = await store.add_events(new, None)
    rows = [
        (event.id, person, "going", 0, 0)
        for event in stored
        for person in rng.sample(students, per_event)
    ]
    async with store.transaction() as tx:
        await tx.executemany(
            "INSERT INTO signups (event_id, person_id, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            rows,
        )
    await store.close()


async def main(events: int, per_event: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.db"
        started = time.perf_counter()
        await build(path, events, per_event)
        print(
            f"Plan: {events:,} events × {per_event} students = {events * per_event:,} sign-ups"
            f" (built in {time.perf_counter() - started:.1f} s)"
        )
        sent: list[Reply] = []

        async def send(reply: Reply) -> None:
            sent.append(reply)

        rss_before = rss_mib()
        tracemalloc.start()
        started = time.perf_counter()
        store = await open_store(path, TZ)
        clock = FixedClock(NOW)
        loop = NotificationLoop(store, clock, TZ, send)
        first = await loop.tick()
        startup = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            f"Start-up (open + first tick, catching up): {startup:.2f} s,"
            f" {first:,} reminders due and sent,"
            f" Python heap peak {peak / 2**20:.1f} MiB"
            f" (process peak RSS {rss_mib():.0f} MiB, {rss_before:.0f} MiB before start-up"
            " — most of it from building the plan in this process)"
        )
        for label, moment in (
            ("a minute later (nothing new due)", NOW + timedelta(minutes=1)),
            ("at the next half hour", NOW + timedelta(minutes=30)),
            ("a day later", NOW + timedelta(days=1)),
        ):
            clock.set(moment)
            started = time.perf_counter()
            count = await loop.tick()
            print(f"Tick {label}: {time.perf_counter() - started:.2f} s, {count:,} sent")
        clock.set(NOW + timedelta(days=1))
        started = time.perf_counter()
        again = await loop.tick()
        print(
            f"Same moment again (a restart): {time.perf_counter() - started:.2f} s,"
            f" {again} sent (never twice)"
        )
        await store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--students", type=int, default=30)
    args = parser.parse_args()
    asyncio.run(main(args.events, args.students))
