"""Fault scenarios shared by the test suite and benchmarks/bench_races.py.

Each scenario drives real bot processes (tests/faults/process.py) through the local VK
server and returns what it observed, so tests assert on it and the benchmark prints it.
Randomness (kill moments, who goes first) comes from a seeded random.Random.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from tests.e2e.vk_server import FakeVK
from tests.faults.db import Db, rows, value
from tests.faults.process import BotProcess, deliver_until_ok, post_update

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, SECOND_CURATOR = 1000, 1001
PLAN_SIZE = 40
MONTHS = ("января", "февраля", "марта", "апреля")
KILL_WINDOW = 0.3  # seconds after sending in which the kill lands (a save takes ~20 ms)


@dataclass
class Tally:
    """What a scenario saw: kills made, items lost or doubled, worst restart in seconds."""

    kills: int = 0
    before_commit: int = 0  # kills that landed before the update's commit
    lost: int = 0
    duplicated: int = 0
    worst_recovery: float = 0.0
    notes: list[str] = field(default_factory=list)

    def recovered(self, seconds: float) -> None:
        self.worst_recovery = max(self.worst_recovery, seconds)


def kill_delay(rng: random.Random) -> float:
    """Seconds until the kill: within KILL_WINDOW, denser near the start (the product of
    two uniform draws), where the update is being handled rather than answered."""
    return rng.uniform(0, KILL_WINDOW) * rng.random()


def plan_text(year: int, size: int = PLAN_SIZE) -> str:
    """A pasted plan of `size` events on different days (no clashes among them)."""
    return "\n".join(
        f"Кружок робототехники {1 + i % 28} {MONTHS[i // 28]} {year} в {10 + i % 8}:00, 9 классы"
        for i in range(size)
    )


_MOVES = (
    "SELECT entity_id, COUNT(*) FROM audit_log WHERE entity = 'event'"
    " AND action = 'update' GROUP BY entity_id"
)


def count_events(db: Db) -> int:
    return int(value(db, "SELECT COUNT(*) FROM events"))


def fragment_after(vk: FakeVK, peer: int, seen: int, *fragments: str) -> str | None:
    """The first text to `peer` after the first `seen` ones containing any fragment."""
    for text in vk.texts_to(peer)[seen:]:
        if any(f in text for f in fragments):
            return text
    return None


async def wait_fragment(
    vk: FakeVK, peer: int, seen: int, *fragments: str, within: float = 30
) -> str:
    """The first text to `peer` after the first `seen` ones containing any fragment, waited
    for up to `within` seconds (AssertionError/TimeoutError when none comes)."""
    await vk.wait_for(lambda s: fragment_after(s, peer, seen, *fragments) is not None, within)
    text = fragment_after(vk, peer, seen, *fragments)
    assert text is not None
    return text


async def plan_save_kills_long_poll(
    vk: FakeVK, bot: BotProcess, db: Db, rng: random.Random, rounds: int, tally: Tally
) -> None:
    """`python -m bot run`: a 40-event plan, «да», SIGKILL at a random moment, restart;
    the user sends «да» again until told it is saved or that nothing is pending."""
    for round_no in range(rounds):
        before = count_events(db)
        seen = len(vk.texts_to(CURATOR))
        vk.push_message(CURATOR, plan_text(2090 + round_no))
        await wait_fragment(vk, CURATOR, seen, f"В плане {PLAN_SIZE}")
        seen = len(vk.texts_to(CURATOR))
        vk.push_message(CURATOR, "да")
        await asyncio.sleep(kill_delay(rng))
        await bot.kill()
        tally.kills += 1
        tally.before_commit += count_events(db) == before
        tally.recovered(await bot.start())
        while fragment_after(vk, CURATOR, seen, "Сохранено", "нечего подтверждать") is None:
            vk.push_message(CURATOR, "да")  # the user, unanswered, says it again
            await wait_fragment(vk, CURATOR, seen, "Сохранено", "нечего подтверждать")
        _count(tally, count_events(db) - before, PLAN_SIZE)


async def plan_save_kills_webhook(
    vk: FakeVK, bot: BotProcess, db: Db, rng: random.Random, rounds: int, tally: Tally
) -> None:
    """`python -m bot webhook`: «да» delivered, the worker killed at a random moment, and
    the same update redelivered (same event_id) until the worker answers "ok"."""
    for round_no in range(rounds):
        before = count_events(db)
        seen = len(vk.texts_to(CURATOR))
        await deliver_until_ok(bot, vk.push_message(CURATOR, plan_text(2080 + round_no)))
        await wait_fragment(vk, CURATOR, seen, f"В плане {PLAN_SIZE}")
        await _kill_during(bot, db, vk.push_message(CURATOR, "да"), rng, tally)
        _count(tally, count_events(db) - before, PLAN_SIZE)


async def move_kills_webhook(
    vk: FakeVK, bot: BotProcess, db: Db, rng: random.Random, targets: list[str], tally: Tally
) -> int:
    """Moves of the curator's last event, each update killed at a random moment and
    redelivered; returns the event's id. Lost or doubled moves are counted from the audit
    log (one "update" row per move) and the final start (the last target)."""
    audit_before: dict[int, int] = dict(rows(db, _MOVES))  # type: ignore[arg-type]
    moved_ids: set[int] = set()
    for target in targets:  # a move shows its card, then «да» does it (issue 11)
        await _kill_during(bot, db, vk.push_message(CURATOR, f"перенеси на {target}"), rng, tally)
        await _kill_during(bot, db, vk.push_message(CURATOR, "да"), rng, tally)
    counts = rows(db, _MOVES)
    for entity_id, n in counts:
        if n != audit_before.get(entity_id, 0):
            moved_ids.add(int(entity_id))
    assert len(moved_ids) == 1, moved_ids
    event_id = moved_ids.pop()
    moves = dict(counts)[event_id] - audit_before.get(event_id, 0)
    start = datetime.fromtimestamp(
        value(db, "SELECT starts_at FROM events WHERE id = ?", [event_id]), TZ
    )
    _count(tally, moves, len(targets))
    if start.strftime("%H:%M") != targets[-1]:
        tally.lost += 1
        tally.notes.append(f"final start {start:%H:%M}, expected {targets[-1]}")
    return event_id


def _handled(db: Db, event_id: str) -> bool:
    return value(db, "SELECT 1 FROM seen_updates WHERE event_id = ?", [event_id]) is not None


async def _kill_during(
    bot: BotProcess, db: Db, update: dict[str, object], rng: random.Random, tally: Tally
) -> None:
    sending = asyncio.create_task(post_update(bot.url, update))
    await asyncio.sleep(kill_delay(rng))
    await bot.kill()
    tally.kills += 1
    tally.before_commit += not _handled(db, str(update["event_id"]))
    await sending
    tally.recovered(await bot.start())
    await deliver_until_ok(bot, update)


def _count(tally: Tally, got: int, expected: int) -> None:
    if got > expected:
        tally.duplicated += got - expected
        tally.notes.append(f"{got} stored instead of {expected}")
    elif got < expected:
        tally.lost += expected - got
        tally.notes.append(f"{got} stored instead of {expected}")


@dataclass
class RaceTally:
    """Move-versus-cancel races: how each ended, and writes reported done but not stored."""

    trials: int = 0
    both_done: int = 0  # the move came first, the cancel then applied on top of it
    move_refused: int = 0  # the cancel came first; the move got the conflict reply
    cancel_refused: int = 0
    lost_writes: int = 0
    errors: int = 0  # a generic apology («что-то пошло не так») instead of an answer
    notes: list[str] = field(default_factory=list)


MOVED, CANCELLED = "Перенесено ✅", "Отменено ❌"
CARD_MOVE, CARD_CANCEL = "Перенести «", "Отменить «"  # the change cards (change_card.j2)
CONFLICT = ("изменить его нельзя", "Пока вы писали")
APOLOGY = "что-то пошло не так"
NO_EVENT = "какое мероприятие изменить"  # a refusal that does not show the event's state


async def introduce(workers: list[BotProcess], vk: FakeVK, *people: int) -> None:
    """Each person writes once (to alternating workers), so they exist in the database."""
    for index, person in enumerate(people):
        seen = len(vk.texts_to(person))
        await deliver_until_ok(workers[index % len(workers)], vk.push_message(person, "помощь"))
        await wait_fragment(vk, person, seen, "")


async def move_cancel_races(
    vk: FakeVK, workers: list[BotProcess], db: Db, rng: random.Random, trials: int
) -> RaceTally:
    """Two workers on one database file; in each trial curator A moves an event to 17:00
    through one worker while curator B cancels it through the other, at the same moment
    (with a random skew of up to 40 ms either way). A lost write is a «done» reply whose
    change is not in the database afterwards."""
    from bot.core.models import NewEvent
    from bot.storage import open_store

    tally = RaceTally()
    await introduce(workers, vk, CURATOR, SECOND_CURATOR)
    store = await open_store(db, TZ)
    try:
        people = [await store.get_person_by_vk(v) for v in (CURATOR, SECOND_CURATOR)]
        assert people[0] is not None
        assert people[1] is not None
        school = people[0].organisation_id
        assert school is not None
        for trial in range(trials):
            start = datetime(2098, 1 + trial // 28, 1 + trial % 28, 15, 0, tzinfo=TZ)
            [event] = await store.add_events(
                [NewEvent(f"Гонка {trial}", school, start, start.replace(hour=16))], None
            )
            for person in people:
                await store.set_dialog(person.id, {"last_event": event.id})
            first, second = rng.sample(workers, 2)  # either worker may take either action
            # each change shows its card first (issue 11); the race is between the two «да»
            cards = (len(vk.texts_to(CURATOR)), len(vk.texts_to(SECOND_CURATOR)))
            await deliver_until_ok(first, vk.push_message(CURATOR, "перенеси на 17:00"))
            await deliver_until_ok(second, vk.push_message(SECOND_CURATOR, "отмени"))
            await wait_fragment(vk, CURATOR, cards[0], CARD_MOVE)
            await wait_fragment(vk, SECOND_CURATOR, cards[1], CARD_CANCEL)
            seen = (len(vk.texts_to(CURATOR)), len(vk.texts_to(SECOND_CURATOR)))
            skew = rng.uniform(-0.04, 0.04)
            await asyncio.gather(
                _after(max(skew, 0), first, vk.push_message(CURATOR, "да")),
                _after(max(-skew, 0), second, vk.push_message(SECOND_CURATOR, "да")),
            )
            answers = (*CONFLICT, APOLOGY, NO_EVENT)
            mover = await wait_fragment(vk, CURATOR, seen[0], MOVED, *answers)
            canceller = await wait_fragment(vk, SECOND_CURATOR, seen[1], CANCELLED, *answers)
            after = await store.get_event(event.id)
            assert after is not None
            _judge(tally, mover, canceller, after.status.value, after.start.hour)
    finally:
        await store.close()
    return tally


async def _after(delay: float, worker: BotProcess, update: dict[str, object]) -> None:
    await asyncio.sleep(delay)
    status = await post_update(worker.url, update)
    assert status == 200, status


def _judge(tally: RaceTally, mover: str, canceller: str, status: str, hour: int) -> None:
    tally.trials += 1
    moved, cancelled = MOVED in mover, CANCELLED in canceller
    tally.errors += (APOLOGY in mover) + (APOLOGY in canceller)
    if moved and hour != 17:
        tally.lost_writes += 1
        tally.notes.append(f"move reported done, start hour is {hour}")
    if cancelled and status != "cancelled":
        tally.lost_writes += 1
        tally.notes.append(f"cancel reported done, status is {status}")
    if moved and cancelled:
        tally.both_done += 1
    elif cancelled:
        tally.move_refused += any(f in mover for f in CONFLICT)
    elif moved:
        tally.cancel_refused += any(f in canceller for f in CONFLICT)


async def burst(vk: FakeVK, workers: list[BotProcess], db: Db, students: int) -> list[str]:
    """Everyone at once, through both workers: `students` students choosing their class,
    curator A saving a 10-event plan, curator B asking for the week. Returns the problems
    seen: apologies sent, classes not stored, plans not saved."""
    await introduce(workers, vk, CURATOR, SECOND_CURATOR)
    seen = len(vk.texts_to(CURATOR))
    await deliver_until_ok(workers[0], vk.push_message(CURATOR, plan_text(2097, 10)))
    await wait_fragment(vk, CURATOR, seen, "В плане 10")
    before = count_events(db)
    ids = [5000 + i for i in range(students)]
    updates = [
        (workers[i % 2], vk.push_message(v, f"я из {9 + i % 3}Б")) for i, v in enumerate(ids)
    ]
    updates.append((workers[1], vk.push_message(CURATOR, "да")))
    updates.append((workers[0], vk.push_message(SECOND_CURATOR, "что на следующей неделе?")))
    await asyncio.gather(*(_after(0, worker, update) for worker, update in updates))
    for vk_id in ids:
        await wait_fragment(vk, vk_id, 0, "Запомнил", APOLOGY)
    await wait_fragment(vk, CURATOR, seen, "Сохранено", APOLOGY)
    problems = [f"apology to {p}" for m in vk.sent if APOLOGY in m.text for p in m.peer_ids]
    classes = dict(
        rows(
            db,
            f"SELECT vk_id, class_name FROM people WHERE vk_id IN ({','.join('?' * len(ids))})",
            ids,
        )
    )
    problems += [
        f"class of {v} not stored" for i, v in enumerate(ids) if classes.get(v) != f"{9 + i % 3}Б"
    ]
    if count_events(db) - before != 10:
        problems.append(f"{count_events(db) - before} events saved instead of 10")
    return problems
