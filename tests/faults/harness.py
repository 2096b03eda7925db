"""Kill the real bot process (`python -m bot run`) with SIGKILL during reminder fan-outs and
count, at the local VK server, what each student received.

The bot runs as a subprocess against `tests/e2e/vk_server.FakeVK` (which, like VK, drops a
repeated random_id to the same peer) and a temporary SQLite file. Its clock starts at
`CLOCK_START` through the test-only `BOT_CLOCK_START` variable and runs at real speed; with
`BOT_CLOCK_SINCE` (process.clock_env) a restarted process resumes that clock, as the wall
clock runs on in production, and finds the same reminders still due (lease72: before, each
restart began at `CLOCK_START` again, so a batch left in flight waited as long again).

Kills, chosen by a seeded random generator:

* "accept": inside the server's messages.send handler, after the delivery is recorded and
  before the answer is written: VK accepted, the bot never heard (the window only VK's
  random_id dedupe can close);
* "timed": at a random moment (0–0.8 s) after the run's first messages.send: anywhere in
  claiming, rendering, sending, confirming.

Used by tests/faults/test_fanout_kills.py (bounded) and benchmarks/bench_faults.py (N kills).
Other scenarios (plan saves, moves) can reuse `BotProcess` and add their own `run_*`.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import re
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.models import NewEvent, OrgKind, Role
from bot.storage import open_store
from tests.e2e.vk_server import FakeVK
from tests.faults.db import Db, is_postgres, value
from tests.faults.process import clock_env

ROOT = Path(__file__).resolve().parents[2]
TZ = ZoneInfo("Europe/Kaliningrad")
CLOCK_START = datetime(2026, 12, 16, 12, 0, tzinfo=TZ)  # a Wednesday noon: no digest, no quiet
CURATOR = 1000
ORGANISER = 2001
FIRST_STUDENT = 100_000
REMINDER = re.compile(r"Напоминание: (.+?) — ")


@dataclass
class Outcome:
    """What one scenario measured at the VK server."""

    kills: int = 0
    expected: int = 0
    lost: int = 0
    duplicated: int = 0
    raw_sends: int = 0
    deduplicated: int = 0
    recoveries: list[float] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)

    @property
    def worst_recovery(self) -> float:
        return max(self.recoveries, default=0.0)


class BotProcess:
    """`python -m bot run` of this checkout, as a subprocess (stderr appended to a log)."""

    def __init__(self, workdir: Path, api_url: str, db: Db) -> None:
        self.workdir = workdir
        self.env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "VK_TOKEN": "test-token",
            "VK_API_URL": api_url,
            "BOT_DB": str(db),
            "BOT_TZ": str(TZ),
            "BOT_ADMINS": str(CURATOR),
            **clock_env(CLOCK_START),  # one clock for every (re)start of this process
            # on PostgreSQL a restarted process waits for its killed predecessor's lease of
            # the notification loop to expire (bot/leased_loop.py): keep that short here
            "BOT_LEASE_SECONDS": "3",
            # a batch in flight when its process is killed is resent once the outbox's
            # in-flight lease ends (bot.core.outbox.IN_FLIGHT_SECONDS, 300 s): short here
            "BOT_OUTBOX_LEASE_SECONDS": "3",
        }
        self.proc: asyncio.subprocess.Process | None = None
        self.log = workdir / "bot.log"

    async def start(self) -> None:
        with self.log.open("ab") as log:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "run",
                cwd=self.workdir,
                env=self.env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=log,
            )

    def kill(self) -> None:
        """SIGKILL: no handler, no clean-up, no flush."""
        if self.proc is not None and self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.proc.pid, signal.SIGKILL)

    async def wait(self, within: float = 10.0) -> None:
        if self.proc is not None:
            await asyncio.wait_for(self.proc.wait(), within)

    async def stop(self) -> None:
        self.kill()
        with contextlib.suppress(Exception):
            await self.wait()


async def seed_round(db: Db, round_no: int, events: int, students: int) -> set[tuple[int, str]]:
    """Add `events` lectures starting 30 minutes after CLOCK_START, each with `students`
    sign-ups (people created once); returns the (peer, title) pairs that must each be
    delivered exactly once (students and the organiser)."""
    store = await open_store(db, TZ)
    try:
        org = await store.find_organisation("КГТУ") or await store.create_organisation(
            "КГТУ", OrgKind.PARTNER
        )
        await store.save_person(ORGANISER, Role.PARTNER, "Анна", org.id)
        stamp = int(time.time())
        async with store.transaction() as tx:
            await tx.executemany(
                _sql(
                    db,
                    "INSERT INTO people (vk_id, role, name, class_name, created_at,"
                    " updated_at) VALUES (?, 'student', '', '9А', ?, ?) ON CONFLICT DO NOTHING",
                ),
                [(FIRST_STUDENT + i, stamp, stamp) for i in range(students)],
            )
        ids = [
            p.id
            for p in await store.people_with_role(Role.STUDENT)
            if FIRST_STUDENT <= p.vk_id < FIRST_STUDENT + students
        ]
        start = CLOCK_START + timedelta(minutes=30 + round_no)
        titles = [f"Лекция {round_no}.{i}" for i in range(events)]
        stored = await store.add_events(
            [NewEvent(t, org.id, start, start + timedelta(hours=1)) for t in titles], None
        )
        async with store.transaction() as tx:
            await tx.executemany(
                _sql(
                    db,
                    "INSERT INTO signups (event_id, person_id, status, created_at, updated_at)"
                    " VALUES (?, ?, 'going', ?, ?)",
                ),
                [(e.id, p, stamp, stamp) for e in stored for p in ids],
            )
    finally:
        await store.close()
    peers = [FIRST_STUDENT + i for i in range(students)] + [ORGANISER]
    return {(peer, title) for title in titles for peer in peers}


def reminders_received(vk: FakeVK) -> Counter[tuple[int, str]]:
    """(peer, event title) → how many reminders VK delivered (after its random_id dedupe)."""
    got: Counter[tuple[int, str]] = Counter()
    for message in vk.sent:
        match = REMINDER.search(message.text)
        if match:
            for peer in message.peer_ids:
                got[(peer, match.group(1))] += 1
    return got


def outbox_rows(db: Db) -> int:
    return int(value(db, "SELECT COUNT(*) FROM outbox"))


def _sql(db: Db, sql: str) -> str:
    """`sql` with SQLite's `?` marks, or PostgreSQL's `$n` ones when `db` is a URL."""
    if not is_postgres(db):
        return sql
    count = iter(range(1, 100))
    return re.sub(r"\?", lambda _: f"${next(count)}", sql)


async def wait_until(predicate: Callable[[], bool], within: float, step: float = 0.05) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(step)
    return False


async def run_fanout_kills(
    vk: FakeVK,
    workdir: Path,
    kills: int,
    seed: int,
    *,
    events: int = 3,
    students: int = 1_200,
    lose_answers: float = 0.0,
    db: Db | None = None,
) -> Outcome:
    """Fan-outs of `events` × `students` reminders with `kills` SIGKILLs among them; a new
    round of events is seeded (while the bot is down) whenever a fan-out completes first.
    `lose_answers`: the share of messages.send calls VK carries out but whose answer is lost
    (HTTP 500 after delivery), on top of the kills. `db`: the bot's database (default a
    SQLite file in `workdir`; a postgresql:// URL runs the same on PostgreSQL)."""
    rng = random.Random(seed)
    losing = random.Random(seed + 1)
    kill_at: list[int] = []

    def on_send(_: dict[str, Any]) -> None:
        if kill_at and vk.raw_sends >= kill_at[0]:
            bot.kill()
        elif lose_answers and losing.random() < lose_answers:
            raise ConnectionResetError("VK delivered, the answer is lost")

    db = workdir / "bot.db" if db is None else db
    bot = BotProcess(workdir, f"{vk.base_url}/method/", db)
    outcome = Outcome()
    expected: set[tuple[int, str]] = set()
    round_no = 0
    killed_at: float | None = None
    try:
        while outcome.kills < kills:
            got = reminders_received(vk)
            if all(got[pair] for pair in expected):
                expected |= await seed_round(db, round_no, events, students)
                round_no += 1
            sends_before = vk.raw_sends
            await bot.start()
            kind = rng.choice(("accept", "timed"))
            if kind == "accept":
                kill_at[:] = [sends_before + rng.randint(1, 4)]
            vk.on_send = on_send
            started = await wait_until(lambda b=sends_before: vk.raw_sends > b, 60)
            if killed_at is not None and started:
                outcome.recoveries.append(time.monotonic() - killed_at)
            if kind == "timed":
                await asyncio.sleep(rng.uniform(0.0, 0.8))
                bot.kill()
            await bot.wait(60)
            kill_at.clear()
            killed_at = time.monotonic()
            outcome.kills += 1
            outcome.kinds[kind] += 1
        await _finish(vk, bot, db, expected, outcome, killed_at)
    finally:
        vk.on_send = None
        await bot.stop()
    got = reminders_received(vk)
    outcome.expected = len(expected)
    outcome.lost = sum(1 for pair in expected if got[pair] == 0)
    outcome.duplicated = sum(n - 1 for n in got.values() if n > 1)
    outcome.raw_sends = vk.raw_sends
    outcome.deduplicated = vk.deduplicated
    return outcome


async def _finish(
    vk: FakeVK,
    bot: BotProcess,
    db: Db,
    expected: set[tuple[int, str]],
    outcome: Outcome,
    killed_at: float | None,
) -> None:
    """A last, undisturbed run: it must complete every fan-out and empty the outbox."""
    sends_before = vk.raw_sends
    await bot.start()
    if killed_at is not None and await wait_until(lambda: vk.raw_sends > sends_before, 60):
        outcome.recoveries.append(time.monotonic() - killed_at)
    await wait_until(lambda: all(reminders_received(vk)[p] for p in expected), 60)
    await wait_until(lambda: outbox_rows(db) == 0, 60)
    await bot.stop()


def describe(outcome: Outcome) -> Sequence[str]:
    return (
        f"kills {outcome.kills} ({dict(outcome.kinds)}), reminders expected {outcome.expected}",
        f"lost {outcome.lost}, duplicated {outcome.duplicated}",
        f"messages.send calls {outcome.raw_sends}, resends VK deduplicated"
        f" {outcome.deduplicated} (per recipient)",
        f"worst recovery {outcome.worst_recovery:.2f} s (kill → next send of the new process)",
    )
