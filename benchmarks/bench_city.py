"""A city on one PostgreSQL: many schools, several worker processes, one notification tick.

Run: `.venv/bin/python benchmarks/bench_city.py` (100 schools × 1,700 students, 30 partners,
50,000 events over a term; a few minutes), `--quick` (10 schools × 300 students, 5,000
events; under a minute), or set `--schools --students --partners --events --messages`.
Without --url a throwaway PostgreSQL cluster is started from Debian's binaries
(tests/pg_server.py) and deleted afterwards.

1. Load: every school is its own schema (`open_store(url, tz, school=key)`, created and
   migrated), filled with COPY (organisations, people, events, sign-ups).
2. Messages: 1, 2 and 4 worker PROCESSES, each a real core (`Planner`) over the per-school
   stores of every school, answer student messages («что на неделе?», «мои записи», «что
   завтра?», a sign-up button) from students of all schools, 16 in flight per worker. Each
   message runs as the webhook runs it: inside the store's unit of work with its "handled"
   mark, the replies rendered from the templates after the commit; only the VK HTTP calls
   are left out (in-process `Planner.handle`, not the webhook's POST). Printed: messages per
   second, ratio to one worker, peak RSS per worker, database round trips per message
   (benchmarks/roundtrips.py).
   `--modes webhook` (by default after in-process): the same messages end to end through
   1, 2 and 4 real `python -m bot webhook` workers (benchmarks/city_webhook.py: a BOT_SCHOOLS
   config of every school, the local VK server answering every community, Callback API
   updates POSTed round-robin, a message done when its reply reaches the VK server).
3. Tick: one notification pass over every school (reminders for tomorrow's and the next
   hour's events with sign-ups) through the city's own code path (bot.transports.vk.city.
   tick_schools: `--tick-concurrency` schools at once, default 1 (the city tick before
   tick_schools: one school after another) then 16 as in CityApp.tick, each on one pinned
   connection; the sent marks are cleared between the runs so each has the same work),
   each community's sends through its own token bucket (19 a second, burst 1, as
   bot.transports.vk.limiter): the tick's wall time, the sends, the busiest second per
   community (must stay ≤ 20, VK's limit for a community token), and database round trips
   per school, of which `SET search_path` sent alone.
4. Stuck parts (`--modes stuck`): the read a curator's «итоги» and «что не дошло?» make of
   the city's stuck journal parts, one query per school (before safety41) and one for the
   city (bot.core.features.school_journal.stuck_of_schools): queries and ms per read.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import random
import resource
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import asyncpg

from benchmarks.roundtrips import CLASSES, RoundTrips
from bot.core.outbox import DeliveryReport
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.scheduling import NotificationLoop
from bot.storage import open_store
from bot.storage.scoping import pg_school_schema
from bot.transports.vk.limiter import TokenBucket

TZ = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 10, 5, 10, 0, tzinfo=TZ)  # a Monday in the first term, 10:00
TERM_START = datetime(2026, 9, 1, tzinfo=TZ)
TERM_DAYS = 120
VK_LIMIT = 20  # requests per second a community token may make
IN_FLIGHT = 16
QUESTIONS = ("что на неделе?", "мои записи", "что завтра?")
FIRST_VK = 1_000_000  # student vk ids: FIRST_VK + school * 10,000 + n


@dataclass(frozen=True)
class Scale:
    schools: int
    students: int
    partners: int
    events: int
    messages: int


def school_key(n: int) -> str:
    return f"s{n:03d}"


# --- 1. load -------------------------------------------------------------------------


async def load(url: str, scale: Scale) -> dict[int, list[int]]:
    """Create and fill every school; returns each school's upcoming event ids (sign-ups)."""
    rng = random.Random(14)
    stamp = int(NOW.timestamp())
    upcoming: dict[int, list[int]] = {}
    per_school = max(1, scale.events // scale.schools)
    conn = await asyncpg.connect(url)
    try:
        for school in range(scale.schools):
            store = await open_store(url, TZ, school=school_key(school))
            await store.close()
            schema = pg_school_schema(school_key(school))
            orgs = [("Школа", "школа", "school", stamp)] + [
                (f"Партнёр {p}", f"партнёр {p}", "partner", stamp) for p in range(scale.partners)
            ]
            await conn.copy_records_to_table(
                "organisations",
                records=orgs,
                columns=("name", "name_key", "kind", "created_at"),
                schema_name=schema,
            )
            partner_ids = [
                r[0]
                for r in await conn.fetch(
                    f"SELECT id FROM {schema}.organisations WHERE kind = 'partner'"
                )
            ]
            people = [
                (FIRST_VK + school * 10_000 + n, "student", f"Ученик {n}", CLASSES[n % 21])
                for n in range(scale.students)
            ]
            await conn.copy_records_to_table(
                "people",
                records=[(*p, stamp, stamp) for p in people],
                columns=("vk_id", "role", "name", "class_name", "created_at", "updated_at"),
                schema_name=schema,
            )
            events = []
            for _ in range(per_school):
                start = TERM_START + timedelta(
                    days=rng.randrange(TERM_DAYS), hours=rng.randint(8, 17)
                )
                begin = int(start.timestamp())
                events.append(
                    (
                        f"Событие {rng.randrange(10**6)}",
                        rng.choice(partner_ids),
                        begin,
                        begin + 3600,
                        3600,
                        [rng.randint(5, 11)],
                        rng.choice((None, 30)),
                        f"каб. {rng.randint(1, 60)}",
                        stamp,
                        stamp,
                    )
                )
            # a few events starting tomorrow and within the hour: reminders due at NOW
            for hours in (1, 24, 24, 25):
                begin = int((NOW + timedelta(hours=hours, minutes=-5)).timestamp())
                events.append(
                    (
                        "Скоро",
                        partner_ids[0],
                        begin,
                        begin + 3600,
                        3600,
                        [9],
                        None,
                        "зал",
                        stamp,
                        stamp,
                    )
                )
            await conn.copy_records_to_table(
                "events",
                records=events,
                columns=(
                    "title",
                    "organisation_id",
                    "starts_at",
                    "ends_at",
                    "duration",
                    "grades",
                    "capacity",
                    "venue",
                    "created_at",
                    "updated_at",
                ),
                schema_name=schema,
            )
            soon = await conn.fetch(
                f"SELECT id FROM {schema}.events WHERE starts_at BETWEEN $1 AND $2 ORDER BY id",
                stamp,
                stamp + 26 * 3600,
            )
            person_ids = [r[0] for r in await conn.fetch(f"SELECT id FROM {schema}.people")]
            signups = [
                (event["id"], person_id, "going", stamp, stamp)
                for event in soon[-4:]
                for person_id in person_ids[: min(60, len(person_ids))]
            ]
            await conn.copy_records_to_table(
                "signups",
                records=signups,
                columns=("event_id", "person_id", "status", "created_at", "updated_at"),
                schema_name=schema,
            )
            upcoming[school] = [
                r[0]
                for r in await conn.fetch(
                    f"SELECT id FROM {schema}.events WHERE starts_at > $1 AND capacity IS NOT NULL"
                    " ORDER BY starts_at LIMIT 50",
                    stamp + 86_400,
                )
            ]
            await conn.execute(f"ANALYZE {schema}.events; ANALYZE {schema}.people")
    finally:
        await conn.close()
    return upcoming


# --- 2. messages in worker processes ------------------------------------------------------


def messages(scale: Scale, upcoming: dict[int, list[int]], seed: int) -> list[tuple[Any, ...]]:
    """(school, vk_id, text, payload) for `scale.messages` student messages."""
    rng = random.Random(seed)
    out: list[tuple[Any, ...]] = []
    for _ in range(scale.messages):
        school = rng.randrange(scale.schools)
        vk_id = FIRST_VK + school * 10_000 + rng.randrange(scale.students)
        if rng.random() < 0.25 and upcoming[school]:
            out.append((school, vk_id, "", {"a": "signup", "id": rng.choice(upcoming[school])}))
        else:
            out.append((school, vk_id, rng.choice(QUESTIONS), None))
    return out


def worker_main(url: str, schools: int, work: list[tuple[Any, ...]], start: Any, out: Any) -> None:
    """One worker process: open every school's store, wait for `start`, answer `work`."""
    out.put(asyncio.run(_worker(url, schools, work, start)))


async def _worker(
    url: str, schools: int, work: list[tuple[Any, ...]], start: Any
) -> dict[str, Any]:
    stores = [await open_store(url, TZ, school=school_key(s)) for s in range(schools)]
    clock = FixedClock(NOW)
    planners = [
        Planner(s, clock, PlannerConfig(tz=TZ, school_name=f"Школа {i}"))
        for i, s in enumerate(stores)
    ]
    renderer = Renderer()
    counter = RoundTrips()
    counter.install()
    tag = f"{mp.current_process().pid}"

    async def answer(n: int, item: tuple[Any, ...]) -> None:
        school, vk_id, text, payload = item
        store = stores[school]
        rendered: list[str] = []
        async with store.unit(f"{tag}-{n}"):
            replies = await planners[school].handle(vk_id, text, payload)

            async def render(replies: list[Reply] = replies) -> None:
                rendered.extend(renderer.render(r.template, r.context) for r in replies)

            store.after_commit(render)
        if not rendered or replies[0].template == "error":
            raise RuntimeError(f"{text or payload!r} from {vk_id} was not answered: {replies}")

    warm = work[: min(50, len(work))]
    for n, item in enumerate(warm):
        await answer(-n - 1, item)
    await asyncio.to_thread(start.wait)
    trips = counter.trips
    cpu = _cpu_seconds()
    began = time.time()
    queue = list(enumerate(work))

    async def lane() -> None:
        while queue:
            n, item = queue.pop()
            await answer(n, item)

    await asyncio.gather(*(lane() for _ in range(IN_FLIGHT)))
    ended = time.time()
    result = {
        "answered": len(work),
        "began": began,
        "ended": ended,
        "trips": (counter.trips - trips) / max(1, len(work)),
        "cpu_ms": (_cpu_seconds() - cpu) * 1000 / max(1, len(work)),
        "rss_mb": _peak_rss_mb(),
    }
    for store in stores:
        await store.close()
    return result


def _peak_rss_mb() -> float:
    """This process's peak resident memory in MB: Linux's VmHWM, which starts afresh at the
    spawn's exec (ru_maxrss does not: it keeps the parent's size at the fork)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    """User + system CPU time of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_workers(url: str, scale: Scale, work: list[tuple[Any, ...]], count: int) -> dict[str, Any]:
    """Messages per second with `count` worker processes sharing `work`."""
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    out = ctx.Queue()
    procs = [
        ctx.Process(target=worker_main, args=(url, scale.schools, work[i::count], start, out))
        for i in range(count)
    ]
    for p in procs:
        p.start()
    time.sleep(0.5)
    start.set()
    results = [out.get(timeout=1800) for _ in procs]
    for p in procs:
        p.join()
    answered = sum(r["answered"] for r in results)
    seconds = max(r["ended"] for r in results) - min(r["began"] for r in results)
    return {
        "per_second": answered / seconds,
        "rss_mb": max(r["rss_mb"] for r in results),
        "trips": sum(r["trips"] * r["answered"] for r in results) / answered,
        "cpu_ms": sum(r["cpu_ms"] * r["answered"] for r in results) / answered,
    }


# --- 3. the notification tick ------------------------------------------------------------


async def tick(url: str, scale: Scale, concurrency: int) -> dict[str, float]:
    """One notification pass over every school, each community behind its own bucket,
    `concurrency` schools at a time; afterwards what it sent is forgotten (the outbox and
    the sent marks emptied) so the next pass has the same work."""
    # imported here: the spawned message workers re-import this module and must not carry
    # vkbottle (their peak RSS is the in-process figure)
    from bot.transports.vk.city import tick_schools, unpinned_send

    stores = [await open_store(url, TZ, school=school_key(s)) for s in range(scale.schools)]
    sends: dict[int, list[float]] = defaultdict(list)

    def sender(school: int) -> Any:
        bucket = TokenBucket()

        async def send(reply: Reply) -> DeliveryReport:
            for _ in range(0, max(1, len(reply.recipients)), 100):  # 100 peers per call
                await bucket.acquire()
                sends[school].append(time.monotonic())
            return DeliveryReport()

        return send

    loops = [  # sending as create_city wires it: the pinned connection given back meanwhile
        NotificationLoop(s, FixedClock(NOW), TZ, unpinned_send(s, sender(i)))
        for i, s in enumerate(stores)
    ]
    counter = RoundTrips()
    counter.install()
    began = time.perf_counter()
    reached = await tick_schools(
        [(i, store, loop.tick) for i, (store, loop) in enumerate(zip(stores, loops, strict=True))],
        concurrency,
    )
    seconds = time.perf_counter() - began
    counter.uninstall()
    for store in stores:
        await store.close()
    conn = await asyncpg.connect(url)
    try:
        for s in range(scale.schools):
            schema = pg_school_schema(school_key(s))
            await conn.execute(
                f"TRUNCATE {schema}.outbox, {schema}.sent_notifications, {schema}.undelivered"
            )
    finally:
        await conn.close()
    busiest = max((_busiest_second(times) for times in sends.values()), default=0)
    calls = sum(len(t) for t in sends.values())
    trips = counter.trips / scale.schools
    return {
        "concurrency": concurrency,
        "sets": counter.schema_sets / scale.schools,
        "seconds": seconds,
        "reached": reached,
        "calls": calls,
        "busiest": busiest,
        "trips": trips,
    }


def _busiest_second(times: list[float]) -> int:
    ordered = sorted(times)
    best, low = 0, 0
    for high, at in enumerate(ordered):
        while at - ordered[low] >= 1.0:
            low += 1
        best = max(best, high - low + 1)
    return best


# --- 4. stuck parts ---------------------------------------------------------------------


async def stuck_reads(url: str, scale: Scale, rounds: int = 5) -> dict[str, float]:
    """What a curator's «итоги» or «что не дошло?» reads of the city's stuck journal parts
    (bot.core.features.stuck_parts.visible): each school's journal holds one stuck part for
    the next school; every school's curator reads the parts it is party to, `rounds` times,
    first one query per school (the read before safety41 #2), then through
    school_journal.stuck_of_schools (one query for the city). Each read runs on the reading
    school's pinned connection, as in its update's unit. Returns queries (a SET search_path
    sent alone not counted) and ms per read, before and after; raises if the answers differ.
    The parts are deleted afterwards."""
    from bot.core.features.school_journal import (
        MAX_TRIES,
        CopyState,
        SchoolChange,
        new_origin,
        stuck_of_schools,
    )
    from bot.core.models import EventStatus

    keys = [school_key(s) for s in range(scale.schools)]
    stores = [await open_store(url, TZ, school=key) for key in keys]
    journals: list[tuple[str, Any]] = list(zip(keys, stores, strict=True))
    start = NOW + timedelta(days=3)
    state = CopyState(
        "Лекция", start, start + timedelta(hours=1), False, True, EventStatus.CONFIRMED
    )
    for n, (key, store) in enumerate(journals):
        other = keys[(n + 1) % len(keys)]
        entry = SchoolChange(new_origin(key), other, 1, "moved", ((1, 1),), (state,))
        await store.record_school_change(entry)
        for _ in range(MAX_TRIES):
            await store.school_change_failed(entry.origin, "bench: the other school is down")

    async def per_school(here: str) -> list[Any]:
        return [
            (key, entry)
            for key, store in journals
            for entry in await store.school_changes_stuck()
            if key == here or entry.school == here
        ]

    counter = RoundTrips()
    counter.install()
    figures: dict[str, float] = {}
    answers: dict[str, list[Any]] = {}
    try:
        for name, read in (("before", per_school), ("after", None)):
            queries, seconds = 0, 0.0
            for _ in range(rounds):
                for key, store in journals:
                    async with store.pinned():
                        trips = counter.trips - counter.schema_sets
                        began = time.perf_counter()
                        got = await (read(key) if read else stuck_of_schools(key, journals))
                        seconds += time.perf_counter() - began
                        queries += counter.trips - counter.schema_sets - trips
                    if answers.setdefault(key, got) != got:
                        raise SystemExit(f"stuck parts of {key}: the answers differ")
            reads = rounds * len(journals)
            figures[f"{name}_queries"] = queries / reads
            figures[f"{name}_ms"] = seconds * 1000 / reads
    finally:
        counter.uninstall()
        for store in stores:
            async with store.transaction() as tx:
                await tx.execute("DELETE FROM school_journal")
            await store.close()
    return figures


# --- main ------------------------------------------------------------------------------


async def prepare(url: str, scale: Scale) -> dict[int, list[int]]:
    began = time.perf_counter()
    upcoming = await load(url, scale)
    seconds = time.perf_counter() - began
    conn = await asyncpg.connect(url)
    try:
        size = await conn.fetchval("SELECT pg_database_size(current_database())")
    finally:
        await conn.close()
    print(
        f"loaded {scale.schools} schools × {scale.students} students, {scale.partners} partners,"
        f" {scale.schools * (max(1, scale.events // scale.schools) + 4)} events"
        f" in {seconds:.1f} s; database {size / 2**20:.0f} MiB"
    )
    return upcoming


def print_tick(ticked: dict[str, float], scale: Scale) -> None:
    print(
        f"notification tick: {ticked['seconds']:.2f} s for {scale.schools} schools"
        f" ({ticked['concurrency']:.0f} at once; target ≤ 2 s), {ticked['reached']:.0f}"
        f" people reached in {ticked['calls']:.0f} messages.send calls, busiest second per"
        f" community: {ticked['busiest']:.0f} sends (limit {VK_LIMIT}),"
        f" {ticked['trips']:.1f} database round trips per school"
        f" ({ticked['sets']:.1f} of them a SET search_path alone)"
    )


def main(
    scale: Scale, url: str | None, workers: list[int], concurrency: list[int], modes: list[str]
) -> None:
    cluster = None
    if url is None:
        from tests.pg_server import PgCluster, find_bin_dir

        bin_dir = find_bin_dir()
        if bin_dir is None:
            raise SystemExit("no PostgreSQL binaries: apt-get install postgresql, or pass --url")
        cluster = PgCluster(bin_dir)
        cluster.start()
        url = cluster.url()
    try:
        upcoming = asyncio.run(prepare(url, scale))
        for at_once in concurrency:
            print_tick(asyncio.run(tick(url, scale, at_once)), scale)
        base = None
        for count in workers if "in-process" in modes else []:
            work = messages(scale, upcoming, seed=count)
            got = run_workers(url, scale, work, count)
            base = base or got["per_second"]
            print(
                f"in-process, {count} worker(s): {got['per_second']:>6.0f} student messages/s"
                f" ({got['per_second'] / base:.2f}× one), peak RSS {got['rss_mb']:.0f} MB"
                f" per worker, {got['trips']:.1f} database round trips and"
                f" {got['cpu_ms']:.1f} ms of worker CPU per message"
            )
        if "stuck" in modes:
            got = asyncio.run(stuck_reads(url, scale))
            print(
                f"stuck parts, one curator's «итоги» / «что не дошло?» read in a city of"
                f" {scale.schools} schools: {got['before_queries']:.1f} queries,"
                f" {got['before_ms']:.2f} ms (one per school) → {got['after_queries']:.1f}"
                f" queries, {got['after_ms']:.2f} ms (one for the city); same answers"
            )
        base = None
        from benchmarks.city_webhook import run_webhooks

        for count in workers if "webhook" in modes else []:
            work = messages(scale, upcoming, seed=100 + count)
            keys = [school_key(s) for s in range(scale.schools)]
            start = NOW.strftime("%Y-%m-%dT%H:%M")
            got = asyncio.run(run_webhooks(url, keys, TZ.key, start, work, count, IN_FLIGHT))
            base = base or got["per_second"]
            print(
                f"webhook, {count} worker(s): {got['per_second']:>6.0f} student messages/s end"
                f" to end ({got['per_second'] / base:.2f}× one), peak RSS {got['rss_mb']:.0f} MB"
                f" per worker, workers ready in {got['started']:.0f} s,"
                f" {got['redelivered']} updates redelivered after a 503"
            )
    finally:
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a throwaway one)")
    parser.add_argument("--quick", action="store_true", help="10 schools × 300, 5,000 events")
    parser.add_argument("--schools", type=int, default=100)
    parser.add_argument("--students", type=int, default=1_700)
    parser.add_argument("--partners", type=int, default=30)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--messages", type=int, default=4_000, help="per worker count")
    parser.add_argument("--workers", default="1,2,4", help="worker process counts to try")
    parser.add_argument(
        "--modes",
        default="in-process,webhook,stuck",
        help="modes: in-process, webhook (messages), stuck (the stuck parts' read)",
    )
    parser.add_argument(
        "--tick-concurrency",
        default="1,16",
        help="schools ticked at once, one pass per value (default: 1,16)",
    )
    args = parser.parse_args()
    if args.quick:
        scale = Scale(10, 300, args.partners, 5_000, 1_000)
    else:
        scale = Scale(args.schools, args.students, args.partners, args.events, args.messages)
    workers = [int(n) for n in args.workers.split(",") if n]
    ticks = [int(n) for n in args.tick_concurrency.split(",") if n]
    main(scale, args.url, workers, ticks, args.modes.split(","))
