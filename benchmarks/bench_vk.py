"""The VK transport under load: the real bot answering students, and one big notification.

Run: `.venv/bin/python benchmarks/bench_vk.py` (about 1.5 minutes), `--quick` for
1,000 messages and 1,000 students (15 s), `--messages N` for another count. Nothing leaves
the machine: the bot talks to FakeVK (tests/e2e/vk_server.py), a VK-compatible API and Bot
Long Poll server on 127.0.0.1.

1. Throughput. The bot is built by `create_app` and runs `bot.run_polling()` in a temporary
   directory (vkbottle keeps its polling state in the cwd), with a plan of a few hundred
   events. First one student asks 100 questions alone (latency without load); then
   `--users` students (200) each keep one question open: «я из 9Б», «что на следующей
   неделе?», «помощь», «что завтра»; the next one is pushed into the long poll as soon as
   the previous one is answered, until `--messages` have been answered. Latency runs from
   the moment an update is available in the long poll to the moment its answer reaches
   messages.send on the server. `create_app` has no setting for the rate, so for this run
   the token bucket is replaced on the created API (`app.api.limiter`); the limit in effect
   is printed (`--rate`, default unlimited; the limiter create_app wires, BOT_VK_RATE
   shared by the workers, would cap answers at 16 a second by default).
2. Fan-out. One notification (an event was cancelled) to `--students` students (5,000)
   through the real Sender and the real limiter: calls made (100 recipients each), the
   busiest second as the server saw it (must stay ≤ 20), and the same notification sent
   again with the same dedupe key, which must make no call at all.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.config import Settings
from bot.core.models import Audience, NewEvent, OrgKind
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.core.views import event_view
from bot.transports.vk.app import VkApp, create_app
from bot.transports.vk.limiter import TokenBucket
from tests.e2e.vk_server import FakeVK

TZ = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 12, 14, 10, 0, tzinfo=TZ)  # a Monday, 10:00 at school
TOKEN = "test-token"  # what FakeVK accepts
VK_LIMIT = 20  # requests per second allowed to a community token
PLAN_EVENTS = 400  # over the three weeks from NOW
FIRST_STUDENT = 10_000
ALONE_STUDENT = 9_000
WARM_UP_STUDENT = 8_000  # one short conversation first: templates load
QUESTIONS = ("что на следующей неделе?", "помощь", "что завтра")
STALL_SECONDS = 30.0
ALONE_MESSAGES = 100


@dataclass
class Throughput:
    answered: int
    seconds: float
    latencies_ms: list[float]
    extra_sends: int
    rate_label: str

    @property
    def per_second(self) -> float:
        return self.answered / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0


@dataclass
class FanOut:
    students: int
    send_calls: int
    recipients: int
    unique_recipients: int
    seconds: float
    busiest_second: int
    busiest_second_send: int
    repeat_calls: int


def settings_for(folder: Path, vk: FakeVK) -> Settings:
    return Settings(
        db_path=folder / "bot.db",
        tz=TZ,
        vk_token=TOKEN,
        vk_api_url=f"{vk.base_url}/method/",
        school_name="Гимназия",
    )


async def seed_plan(app: VkApp, count: int, rng: random.Random) -> None:
    """A busy plan: `count` events on school days of the three weeks from NOW."""
    orgs = [
        await app.store.create_organisation(name, OrgKind.PARTNER)
        for name in ("БФУ им. Канта", "Музей Мирового океана", "Технопарк", "Колледж сервиса")
    ]
    events = []
    for _ in range(count):
        day = NOW + timedelta(days=rng.randrange(21))
        if day.weekday() == 6:
            day -= timedelta(days=1)
        start = day.replace(hour=rng.randint(8, 17), minute=rng.choice((0, 15, 30, 45)))
        grade = rng.randint(5, 11)
        audience = (
            Audience(classes=frozenset({f"{grade}{rng.choice('АБВ')}"}))
            if rng.random() < 0.4
            else Audience(grades=frozenset({grade}))
        )
        events.append(
            NewEvent(
                title=f"Встреча {rng.randrange(1000)}",
                organisation_id=rng.choice(orgs).id,
                start=start,
                end=start + timedelta(minutes=rng.choice((45, 60, 90))),
                audience=audience,
                venue=f"ауд. {rng.randint(100, 330)}",
            )
        )
    await app.store.add_events(events, None)


def student_script(index: int, count: int) -> list[str]:
    """What one student writes: first their class, then questions in turn."""
    klass = f"{5 + index % 7}{'АБВ'[index % 3]}"
    texts = [f"я из {klass}"]
    while len(texts) < count:
        texts.append(QUESTIONS[(index + len(texts)) % len(QUESTIONS)])
    return texts[:count]


def peers_of(params: dict[str, str]) -> list[int]:
    raw = params.get("peer_ids") or params.get("peer_id") or ""
    return [int(p) for p in raw.split(",") if p]


def more_calls_than(count: int) -> Callable[[FakeVK], bool]:
    return lambda server: len(server.calls) > count


async def start_polling(app: VkApp, vk: FakeVK) -> asyncio.Task[None]:
    task: asyncio.Task[None] = asyncio.create_task(app.bot.run_polling())
    await vk.wait_for(lambda s: bool(s.calls_of("groups.getLongPollServer")))
    return task


async def stop_polling(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task


async def run_throughput(
    messages: int, users: int, rate: float | None
) -> tuple[Throughput, Throughput]:
    """One student alone (100 questions), then `users` students at once: the same bot.

    A short warm-up conversation goes first (templates compile on first use).
    """
    vk = FakeVK()
    await vk.start()
    old_cwd = Path.cwd()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.chdir(folder)  # vkbottle writes .vkbottle/bot-polling/<group>.json here
        try:
            app = await create_app(settings_for(folder, vk), clock=FixedClock(NOW))
            if rate is None:
                app.api.limiter = TokenBucket(rate=1e9, burst=1e9)
                label = "unlimited (app.api.limiter = TokenBucket(rate=1e9, burst=1e9))"
            else:
                app.api.limiter = TokenBucket(rate=rate, burst=1.0)
                label = f"{rate:g}/s (app.api.limiter = TokenBucket(rate={rate:g}, burst=1))"
            try:
                await seed_plan(app, PLAN_EVENTS, random.Random(7))
                task = await start_polling(app, vk)
                try:
                    await drive(vk, len(QUESTIONS) + 1, 1, first_id=WARM_UP_STUDENT)
                    alone = await drive(vk, ALONE_MESSAGES, 1, first_id=ALONE_STUDENT)
                    loaded = await drive(vk, messages, users, first_id=FIRST_STUDENT)
                finally:
                    await stop_polling(task)
            finally:
                await app.close()
        finally:
            os.chdir(old_cwd)
            await vk.stop()
    return Throughput(*alone, rate_label=label), Throughput(*loaded, rate_label=label)


async def drive(
    vk: FakeVK, messages: int, users: int, first_id: int
) -> tuple[int, float, list[float], int]:
    """Each student keeps one message open; the next goes out when the answer arrives."""
    users = min(users, messages)
    scripts = {
        first_id + i: student_script(i, messages // users + (i < messages % users))
        for i in range(users)
    }
    position = dict.fromkeys(scripts, 0)
    pushed_at: dict[int, float] = {}
    latencies: list[float] = []
    extra_sends = 0
    seen = len(vk.calls)

    def push(user: int) -> None:
        text = scripts[user][position[user]]
        position[user] += 1
        pushed_at[user] = time.monotonic()
        vk.push_message(user, text)

    started = time.monotonic()
    for user in scripts:
        push(user)
    last_answer = started
    while len(latencies) < messages:
        try:
            await vk.wait_for(more_calls_than(seen), within=STALL_SECONDS)
        except TimeoutError:
            print(f"  !! no answer for {STALL_SECONDS:.0f} s; {len(latencies)} answered")
            break
        new, seen = vk.calls[seen:], len(vk.calls)
        for stamp, method, params in new:
            if method != "messages.send":
                continue
            for peer in peers_of(params):
                asked = pushed_at.pop(peer, None)
                if asked is None:
                    extra_sends += 1  # a second message for one question
                    continue
                latencies.append((stamp - asked) * 1000)
                last_answer = stamp
                if position[peer] < len(scripts[peer]):
                    push(peer)
    return len(latencies), last_answer - started, latencies, extra_sends


async def run_fan_out(students: int) -> FanOut:
    vk = FakeVK()
    await vk.start()
    try:
        with tempfile.TemporaryDirectory() as name:
            # the limiter create_app builds: the community token's real limit
            app = await create_app(settings_for(Path(name), vk), clock=FixedClock(NOW))
            try:
                return await fan_out(app, vk, students)
            finally:
                await app.close()
    finally:
        await vk.stop()


async def fan_out(app: VkApp, vk: FakeVK, students: int) -> FanOut:
    org = await app.store.create_organisation("Технопарк", OrgKind.PARTNER)
    start = NOW + timedelta(days=3, hours=4)
    [event] = await app.store.add_events(
        [
            NewEvent(
                title="Экскурсия в технопарк",
                organisation_id=org.id,
                start=start,
                end=start + timedelta(hours=2),
                audience=Audience(grades=frozenset({9, 10, 11})),
                venue="Технопарк",
            )
        ],
        None,
    )
    view = event_view(event, {org.id: org})
    recipients = tuple(range(FIRST_STUDENT, FIRST_STUDENT + students))
    key = f"participant_cancelled:{event.id}:{int(event.start.timestamp())}:cancelled"
    notice = Reply("participant_cancelled", {"event": view}, recipients=recipients, dedupe_key=key)

    before = len(vk.calls)
    started = time.monotonic()
    await app.sender.deliver([notice], None)
    seconds = time.monotonic() - started
    sends = [params for _, method, params in vk.calls[before:] if method == "messages.send"]
    reached = [peer for params in sends for peer in peers_of(params)]
    send_stamps = [stamp for stamp, method, _ in vk.calls if method == "messages.send"]

    again = len(vk.calls)
    await app.sender.deliver([notice], None)
    repeat_calls = sum(1 for _, method, _ in vk.calls[again:] if method == "messages.send")
    return FanOut(
        students=students,
        send_calls=len(sends),
        recipients=len(reached),
        unique_recipients=len(set(reached)),
        seconds=seconds,
        busiest_second=vk.max_calls_per_second(),
        busiest_second_send=busiest_second(send_stamps),
        repeat_calls=repeat_calls,
    )


def busiest_second(stamps: list[float]) -> int:
    """The most stamps in any window of one second (as FakeVK.max_calls_per_second)."""
    ordered, best, first = sorted(stamps), 0, 0
    for last, stamp in enumerate(ordered):
        while stamp - ordered[first] >= 1.0:
            first += 1
        best = max(best, last - first + 1)
    return best


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--messages", type=int, default=10_000, help="student messages (10000)")
    parser.add_argument("--quick", action="store_true", help="1,000 messages, 1,000 students")
    parser.add_argument("--users", type=int, default=200, help="students writing at once (200)")
    parser.add_argument("--students", type=int, default=5_000, help="fan-out recipients (5000)")
    parser.add_argument(
        "--rate", type=float, default=None, help="limiter for the throughput run (unlimited)"
    )
    args = parser.parse_args()
    if args.quick:
        args.messages, args.students = min(args.messages, 1_000), min(args.students, 1_000)
    logging.basicConfig(level=logging.ERROR)
    logging.getLogger("vkbottle").setLevel(logging.CRITICAL)

    users = min(args.users, args.messages)
    print(
        f"1. Throughput: the real bot (long poll) against FakeVK on 127.0.0.1, {PLAN_EVENTS} events"
    )
    alone, tp = await run_throughput(args.messages, users, args.rate)
    print(f"  rate limit in effect: {tp.rate_label}")
    print(
        "  (production: the shared limiter at BOT_VK_RATE, default 16/s, once wired;"
        " TokenBucket(rate=19, burst=1) before; at most 20 calls in any second)"
    )
    for title, run in (("1 student", alone), (f"{users} students", tp)):
        print(
            f"  {title}: answered {run.answered:,} in {run.seconds:.1f} s, "
            f"{run.per_second:,.0f} messages/s, latency p50 {run.percentile(0.5):.1f} ms, "
            f"p99 {run.percentile(0.99):.1f} ms, max {max(run.latencies_ms, default=0):.1f} ms"
        )
        if run.extra_sends:
            print(f"    note: {run.extra_sends} messages.send beyond one per question")

    print(f"2. Fan-out: one notification to {args.students:,} students, real Sender and limiter")
    fo = await run_fan_out(args.students)
    target = -(-args.students // 100)
    print(
        f"  {fo.send_calls} messages.send calls (target {target}, peer_ids ≤ 100) reaching "
        f"{fo.unique_recipients:,} students ({fo.recipients:,} deliveries) in {fo.seconds:.1f} s"
    )
    print(
        f"  busiest second on the server: {fo.busiest_second} calls "
        f"({fo.busiest_second_send} messages.send)"
    )
    limit_ok = fo.busiest_second <= VK_LIMIT
    print(f"  {verdict(limit_ok)}: never more than {VK_LIMIT} calls/s (max {fo.busiest_second})")
    print(f"  same notification again (same dedupe key): {fo.repeat_calls} calls")
    repeat_ok = fo.repeat_calls == 0
    print(f"  {verdict(repeat_ok)}: the same notification is never sent twice")

    answered_ok = tp.answered == args.messages and alone.answered == ALONE_MESSAGES
    fan_ok = fo.send_calls == target and fo.unique_recipients == args.students == fo.recipients
    rows = [
        (
            f"messages answered ({users} students)",
            f"{tp.answered:,} / {args.messages:,}",
            verdict(answered_ok),
        ),
        ("throughput, messages/s", f"{tp.per_second:,.0f}", ""),
        (
            f"latency p50 / p99, ms ({users} students)",
            f"{tp.percentile(0.5):.0f} / {tp.percentile(0.99):.0f}",
            "",
        ),
        (
            "latency p50 / p99, ms (1 student)",
            f"{alone.percentile(0.5):.1f} / {alone.percentile(0.99):.1f}",
            "",
        ),
        ("limiter in the throughput run", tp.rate_label.split(" (")[0], ""),
        (
            f"fan-out messages.send ({args.students:,} students)",
            f"{fo.send_calls}",
            verdict(fan_ok),
        ),
        (
            "fan-out busiest second, calls",
            f"{fo.busiest_second} (limit {VK_LIMIT})",
            verdict(limit_ok),
        ),
        ("fan-out time, s", f"{fo.seconds:.1f}", ""),
        ("repeat with same dedupe key, calls", f"{fo.repeat_calls}", verdict(repeat_ok)),
    ]
    print()
    print(f"{'figure':<42} {'value':>16}")
    for label, value, mark in rows:
        print(f"{label:<42} {value:>16} {mark}".rstrip())
    return 0 if answered_ok and fan_ok and limit_ok and repeat_ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
