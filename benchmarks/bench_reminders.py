"""Reminder start-up and ticks for a big plan: 10,000 events × 30 students (300,000 sign-ups).

Run: `.venv/bin/python benchmarks/bench_reminders.py [--events 10000] [--students 30]`.

What "rebuilding the schedule" means here. Nothing is scheduled per event: there is no job
store and no ~600,000 in-memory jobs (10,000 events × (30 students + an organiser) × 2
offsets). The bot runs
one APScheduler interval job (bot.scheduling.NotificationLoop, every 60 s, first run at
start-up) and every tick derives what is due from the database (bot.core.notifications
.due_at): the events overlapping [now − 8 days, now + 3 days], for each of them its
sign-ups and organisers, the pure timing rules (bot.core.reminders) for every recipient,
then the keys already recorded in sent_notifications. So the start-up rebuild is opening
the store plus the first tick, and this benchmark measures exactly that, plus the steady
ticks after it.

The plan: events on school days over the ~3 months after the clock's day (08:00–17:45 on a
15-minute grid, 45–90 minutes long), each with `--students` sign-ups drawn from a pool of
1,750 students, organised by 8 partners (one organiser each, who is reminded too).
The clock (a FixedClock, no sleeping) stands on a Wednesday with no events of its own, so
from 09:00 every moment that day is a 24-hour reminder; the benchmark picks the 15-minute
moment whose reminder count (by the pure rules) is closest to 100, starts the bot two
minutes before it and checks that exactly that many go out then, and none otherwise.

The plan is built by a worker process, and each measurement runs in another fresh worker
on its own copy of the database, so memory figures are not polluted by building the plan
(on Linux ru_maxrss is inherited from the parent's peak: the launcher imports no bot code)
and tracemalloc does not slow the timed runs. Measured:

* cold start: open + first tick on a database where nothing was ever sent, so the tick
  also catches up every reminder whose moment has passed (first deployment, a long outage);
* warm restart: the same moment after the bot had been running (everything due already
  recorded): open + first tick, which derives the whole window and sends nothing;
* steady ticks of the running loop: median of ticks with nothing due, and the tick at the
  moment ~100 reminders fall due;
* memory: tracemalloc peak of the Python heap during open + first tick (separate run) and
  the growth of the process's peak resident set (resource.getrusage ru_maxrss).

Sending is a no-op; each notification is still claimed in the database exactly as in
production, and "sent" counts the recipients reached. "SQL" counts the statements run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

if TYPE_CHECKING:
    from bot.core.models import Event, NewEvent
    from bot.core.ports import FixedClock
    from bot.scheduling import NotificationLoop
    from bot.storage.sqlite_store import SqliteStore

# The launcher imports no bot code and builds nothing: on Linux a child's ru_maxrss starts
# at its parent's peak RSS (it survives fork and exec), so the launcher must stay smaller
# than a worker after its imports for the workers' getrusage figures to be their own.

TZ = ZoneInfo("Europe/Kaliningrad")
CLOCK_DAY = date(2027, 2, 3)  # a Wednesday: no Monday digest in the way
PLAN_DAYS = 91
SLOT = timedelta(minutes=15)
FIRST_SLOT, SLOTS_A_DAY = 8 * 4, 40  # 08:00 … 17:45
STUDENT_POOL = 1_750
PARTNERS = 8
API_SIGNUP_EVENTS = 10  # sign-ups of the first events go through store.sign_up, timed
TARGET_DUE = 100
QUIET_TICKS = 5
MIB = 2**20


# --- building the plan (parent process) -------------------------------------------------


def school_days() -> list[date]:
    days = (CLOCK_DAY + timedelta(days=i) for i in range(1, PLAN_DAYS + 1))
    return [d for d in days if d.weekday() < 5]


def random_events(rng: random.Random, count: int, org_ids: list[int]) -> list[NewEvent]:
    from bot.core.models import Audience, NewEvent

    days = school_days()
    events = []
    for i in range(count):
        slot = FIRST_SLOT + rng.randrange(SLOTS_A_DAY)
        start = datetime.combine(rng.choice(days), datetime.min.time(), tzinfo=TZ) + slot * SLOT
        grade = rng.randint(5, 11)
        events.append(
            NewEvent(
                title=f"Мероприятие {i}",
                organisation_id=rng.choice(org_ids),
                start=start,
                end=start + timedelta(minutes=rng.choice((45, 60, 90))),
                venue=f"каб. {rng.randint(1, 60)}",
                audience=Audience(grades=frozenset({grade})),
            )
        )
    return events


async def build(path: Path, count: int, per_event: int) -> tuple[list[Event], dict[str, float]]:
    """The plan through the store's API, except the bulk of the sign-ups (see below)."""
    from bot.core.models import OrgKind, Role
    from bot.storage.sqlite_store import open_store

    rng = random.Random(20270203)
    store = await open_store(path, TZ)
    figures: dict[str, float] = {}
    try:
        started = time.perf_counter()
        orgs = [
            await store.create_organisation(f"Партнёр {i}", OrgKind.PARTNER)
            for i in range(PARTNERS)
        ]
        for i, org in enumerate(orgs):
            await store.save_person(500 + i, Role.PARTNER, f"Методист {i}", org.id)
        await store.save_person(1, Role.CURATOR, "Куратор")
        students = [
            (await store.save_person(10_000 + i, Role.STUDENT, "", None, f"{5 + i % 7}А")).id
            for i in range(STUDENT_POOL)
        ]
        figures["people_s"] = time.perf_counter() - started

        started = time.perf_counter()
        stored = await store.add_events(random_events(rng, count, [o.id for o in orgs]), None)
        figures["events_s"] = time.perf_counter() - started

        chosen = {e.id: rng.sample(students, min(per_event, len(students))) for e in stored}
        api_events = stored[:API_SIGNUP_EVENTS]
        started = time.perf_counter()
        for event in api_events:
            for person_id in chosen[event.id]:
                await store.sign_up(event.id, person_id)
        api_calls = sum(len(chosen[e.id]) for e in api_events)
        figures["api_signup_ms"] = (time.perf_counter() - started) * 1000 / max(1, api_calls)

        # store.sign_up is one BEGIN IMMEDIATE … COMMIT per call (with a status read and a
        # capacity count): ~300,000 transactions would take minutes (the per-call rate is
        # printed). The rest goes in bulk through the store's own connection in ONE
        # transaction, with the same row shape sign_up writes (status "going").
        stamp = int(datetime.combine(CLOCK_DAY, datetime.min.time(), tzinfo=TZ).timestamp())
        rows = [
            (event.id, person_id, "going", stamp, stamp)
            for event in stored[API_SIGNUP_EVENTS:]
            for person_id in chosen[event.id]
        ]
        started = time.perf_counter()
        async with store.transaction() as tx:
            await tx.executemany(
                "INSERT INTO signups (event_id, person_id, status, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                rows,
            )
        figures["bulk_signups_s"] = time.perf_counter() - started
        figures["signups"] = api_calls + len(rows)
    finally:
        await store.close()
    return stored, figures


def reminder_counts(events: list[Event], per_event: int) -> Counter[datetime]:
    """How many (event, recipient) reminders fall at each moment, by the pure rules: the
    students (quiet hours apply) and the partner's one organiser (they do not) per event."""
    from bot.core.reminders import DEFAULT_OFFSETS, STUDENT_QUIET_HOURS, reminder_times

    counts: Counter[datetime] = Counter()
    horizon = datetime.combine(CLOCK_DAY, datetime.min.time(), tzinfo=TZ) + timedelta(days=4)
    for event in events:
        if event.start >= horizon:
            continue
        for moment in reminder_times(event.start, TZ, DEFAULT_OFFSETS, quiet=None):
            counts[moment] += 1
        students = reminder_times(event.start, TZ, DEFAULT_OFFSETS, quiet=STUDENT_QUIET_HOURS)
        for moment in students:
            counts[moment] += per_event
    return counts


def pick_moment(events: list[Event], per_event: int) -> tuple[datetime, int]:
    """The clock day's 15-minute moment (09:00–17:45) with a reminder count nearest 100."""
    counts = reminder_counts(events, min(per_event, STUDENT_POOL))
    day = datetime.combine(CLOCK_DAY, datetime.min.time(), tzinfo=TZ)
    candidates = [day + timedelta(hours=9) + i * SLOT for i in range(36)]
    best = min(candidates, key=lambda m: (abs(counts[m] - TARGET_DUE), m))
    return best, counts[best]


async def prepare(folder: Path, count: int, per_event: int) -> dict[str, Any]:
    """Worker: the cold database, the moment to measure at, and the warm copy."""
    from bot.core.reminders import DEFAULT_OFFSETS

    cold_db, warm_db = folder / "cold.db", folder / "warm.db"
    events, figures = await build(cold_db, count, per_event)
    due_at, expected = pick_moment(events, per_event)
    start = due_at - timedelta(minutes=2)
    await record_everything_due(cold_db, warm_db, start)
    return figures | {
        "cold_db": str(cold_db),
        "warm_db": str(warm_db),
        "db_mib": cold_db.stat().st_size / MIB,
        "start": start.isoformat(),
        "due_at": due_at.isoformat(),
        "expected": expected,
        "would_be_jobs": (figures["signups"] + count) * len(DEFAULT_OFFSETS),  # + organisers
    }


async def record_everything_due(source: Path, target: Path, at: datetime) -> None:
    """The warm database: a copy on which the loop has already run at `at`."""
    from bot.core.ports import FixedClock
    from bot.scheduling import NotificationLoop
    from bot.storage.sqlite_store import open_store

    shutil.copyfile(source, target)
    store = await open_store(target, TZ)
    try:
        await NotificationLoop(store, FixedClock(at), TZ, _discard).tick()
    finally:
        await store.close()


async def _discard(reply: object) -> None:
    return None  # delivery is not measured; the keys are claimed all the same


# --- measuring (child processes) ---------------------------------------------------------


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


async def count_statements(store: SqliteStore) -> list[int]:
    counter = [0]

    def seen(_sql: str) -> None:
        counter[0] += 1

    await store.conn.set_trace_callback(seen)
    return counter


async def child(db: Path, start: datetime, due_at: datetime | None, trace: bool) -> dict[str, Any]:
    """Open + first tick at `start`; then, when `due_at` is given, the steady ticks."""
    from bot.core.notifications import LOOK_AHEAD, LOOK_BACK
    from bot.core.ports import FixedClock
    from bot.scheduling import NotificationLoop
    from bot.storage.sqlite_store import open_store

    result: dict[str, Any] = {"rss_before_mib": peak_rss_mib()}
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    store = await open_store(db, TZ)
    try:
        opened = time.perf_counter()
        statements = await count_statements(store)
        clock = FixedClock(start)
        loop = NotificationLoop(store, clock, TZ, _discard)
        sent = await loop.tick()
        finished = time.perf_counter()
        if trace:
            result["heap_peak_mib"] = tracemalloc.get_traced_memory()[1] / MIB
            tracemalloc.stop()
        result |= {
            "open_s": opened - started,
            "first_tick_s": finished - opened,
            "startup_s": finished - started,
            "rss_after_mib": peak_rss_mib(),
            "first_sent": sent,
            "first_statements": statements[0],
        }
        window = await store.events_overlapping(start - LOOK_BACK, start + LOOK_AHEAD)
        result["window_events"] = len(window)
        result["window_days"] = [LOOK_BACK.days, LOOK_AHEAD.days]
        result["window_signups"] = sum((await store.signup_counts([e.id for e in window])).values())
        if due_at is not None and not trace:
            result |= await steady_ticks(loop, clock, statements, start, due_at)
    finally:
        await store.close()
    return result


async def steady_ticks(
    loop: NotificationLoop,
    clock: FixedClock,
    statements: list[int],
    start: datetime,
    due_at: datetime,
) -> dict[str, Any]:
    """A tick a minute after start-up, the tick at `due_at`, then ticks a minute apart."""
    moments = [start + timedelta(minutes=1), due_at]
    moments += [due_at + timedelta(minutes=i) for i in range(1, QUIET_TICKS)]
    result: dict[str, Any] = {}
    quiet_times, quiet_statements, quiet_sent = [], [], 0
    for moment in moments:
        clock.set(moment)
        statements[0] = 0
        began = time.perf_counter()
        sent = await loop.tick()
        took = time.perf_counter() - began
        if moment == due_at:
            result |= {"due_s": took, "due_sent": sent, "due_statements": statements[0]}
        else:
            quiet_times.append(took)
            quiet_statements.append(statements[0])
            quiet_sent += sent
    return result | {
        "quiet_median_s": statistics.median(quiet_times),
        "quiet_max_s": max(quiet_times),
        "quiet_sent": quiet_sent,
        "quiet_statements": statistics.median(quiet_statements),
    }


def run_worker(*arguments: str) -> dict[str, Any]:
    """Run this file as a worker in a fresh interpreter; its last output line is JSON."""
    command = [sys.executable, __file__, "--worker", *arguments]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    if done.returncode != 0:
        sys.exit(f"worker {arguments[0]} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure(source: str, start: datetime, due_at: datetime | None, trace: bool) -> dict[str, Any]:
    """One measuring worker on a private copy of `source` (ticks write to the database)."""
    copy = Path(source).with_name(f"run-{time.monotonic_ns()}.db")
    shutil.copyfile(source, copy)
    arguments = ["measure", str(copy), start.isoformat()]
    arguments += [due_at.isoformat() if due_at else "-", "trace" if trace else "-"]
    try:
        return run_worker(*arguments)
    finally:
        for leftover in copy.parent.glob(f"{copy.name}*"):
            leftover.unlink()


# --- report --------------------------------------------------------------------------------


def main(count: int, per_event: int) -> None:
    total = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        plan = run_worker("build", folder, str(count), str(per_event))
        start, due_at = (
            datetime.fromisoformat(plan["start"]),
            datetime.fromisoformat(plan["due_at"]),
        )
        print(f"Plan: {count:,} events × {per_event} students = {plan['signups']:,.0f} sign-ups")
        print(
            f"  built in {plan['people_s'] + plan['events_s']:.1f} s (people, events via the"
            f" API) + {plan['bulk_signups_s']:.1f} s (sign-ups in bulk, one transaction);"
            f" database {plan['db_mib']:.0f} MiB"
        )
        per_call = plan["api_signup_ms"]
        all_calls_s = per_call * count * per_event / 1000
        print(
            f"  store.sign_up per call: {per_call:.2f} ms → {all_calls_s:,.0f}"
            f" s for all {count * per_event:,} (why the bulk insert)"
        )
        print(
            f"Clock: start-up at {start:%a %Y-%m-%d %H:%M} {TZ.key}; {plan['expected']}"
            f" reminders fall due at {due_at:%H:%M}"
        )

        cold = measure(plan["cold_db"], start, None, trace=False)
        cold_mem = measure(plan["cold_db"], start, None, trace=True)
        warm = measure(plan["warm_db"], start, due_at, trace=False)
        warm_mem = measure(plan["warm_db"], start, None, trace=True)

        back, ahead = warm["window_days"]
        print(
            f"No per-event jobs (not {plan['would_be_jobs']:,.0f} reminder jobs in memory):"
            " every tick derives what is due from the\n  database, reading the"
            f" {warm['window_events']:,}"
            f" events of now − {back} d … now + {ahead} d and their"
            f" {warm['window_signups']:,} sign-ups"
        )
        print()
        print(
            f"{'start-up = open + first tick':<34} {'total s':>8} {'open s':>7} {'tick s':>7}"
            f" {'sent':>6} {'SQL':>6} {'heap peak MiB':>14} {'RSS +MiB':>9}"
        )
        for label, timed, traced in (
            ("cold (nothing recorded: catch-up)", cold, cold_mem),
            ("warm restart (all recorded)", warm, warm_mem),
        ):
            print(
                f"{label:<34} {timed['startup_s']:>8.2f} {timed['open_s']:>7.3f}"
                f" {timed['first_tick_s']:>7.2f} {timed['first_sent']:>6,}"
                f" {timed['first_statements']:>6,} {traced['heap_peak_mib']:>14.1f}"
                f" {timed['rss_after_mib'] - timed['rss_before_mib']:>9.1f}"
            )
        launcher = peak_rss_mib()
        print(
            "  SQL = statements run; heap peak = tracemalloc, in a separate run; RSS = growth of"
            f" ru_maxrss over\n  {warm['rss_before_mib']:.0f} MiB after imports (launcher peak"
            f" {launcher:.0f} MiB{', below it' if launcher < warm['rss_before_mib'] else '!'})"
        )
        print()
        print(f"{'steady tick (loop running)':<34} {'s':>8} {'sent':>6} {'SQL':>6}")
        quiet_label = f"nothing due (median of {QUIET_TICKS})"
        print(
            f"{quiet_label:<34} {warm['quiet_median_s']:>8.3f}"
            f" {warm['quiet_sent']:>6} {warm['quiet_statements']:>6.0f}"
            f"   (max {warm['quiet_max_s']:.3f} s)"
        )
        print(
            f"{'reminders due (target ~100)':<34} {warm['due_s']:>8.3f} {warm['due_sent']:>6}"
            f" {warm['due_statements']:>6}"
        )
        if warm["due_sent"] != plan["expected"] or warm["quiet_sent"] or warm["first_sent"]:
            print(f"!! expected {plan['expected']} sent at {due_at:%H:%M} and none otherwise")
    print(f"\nbenchmark wall time {time.perf_counter() - total:.0f} s")


def worker(arguments: list[str]) -> dict[str, Any]:
    """`build FOLDER EVENTS STUDENTS` or `measure DB START DUE_AT|- trace|-`."""
    if arguments[0] == "build":
        folder, count, per_event = arguments[1:]
        return asyncio.run(prepare(Path(folder), int(count), int(per_event)))
    db, start, due_at, trace = arguments[1:]
    return asyncio.run(
        child(
            Path(db),
            datetime.fromisoformat(start),
            None if due_at == "-" else datetime.fromisoformat(due_at),
            trace == "trace",
        )
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker)))
    else:
        main(args.events, args.students)
