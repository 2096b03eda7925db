"""Attack 60: PostgreSQL connections dropped under the real bot (pg_terminate_backend, as a
server restart, a failover or an idle-session killer does). Run under
`-p tests.pg_everywhere`; on SQLite there is no server connection to drop (skipped).

- A move's «да» whose connection is dropped inside its unit, after the move is written and
  before it commits: that try leaves nothing, and the bot handles the update again — the
  event moved once, the organiser told «Перенесено», each student told once. Before, the
  «да» was lost without a word (Long Poll had already moved past it).
- Every connection of the bot dropped while VK answers a reminder fan-out's first batch:
  the batches' confirmations fail; the next tick resends with the same random_ids — each
  student gets the reminder exactly once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import pytest

from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_attack56_fanout import until
from tests.e2e.test_faults_delivery import FIRST, ORGANISER, at, lecture, received

STUDENTS = 250  # three batches of a fan-out


def _pg(running: Running) -> Any:
    store = running.app.store
    if not hasattr(store, "pool"):
        pytest.skip("PostgreSQL only (-p tests.pg_everywhere): SQLite has no server connection")
    return store


async def _drop_all(store: Any) -> int:
    """Terminate every other connection of the bot's database; how many."""
    return int(
        await store.pool.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    )


def _once_inside_a_unit(store: Any, name: str) -> list[int]:
    """Wrap `store.<name>` so that its first call inside an update's unit first terminates
    that unit's connection (from another pooled connection); returns the dropped pids."""
    original: Callable[..., Awaitable[Any]] = getattr(store, name)
    dropped: list[int] = []

    async def wrapped(*args: Any, **kwargs: Any) -> Any:
        unit = store._gate.current()
        if not dropped and unit is not None and unit.conn is not None:
            pid = unit.conn.get_server_pid()
            dropped.append(pid)
            await store.pool.fetchval("SELECT pg_terminate_backend($1)", pid)
        return await original(*args, **kwargs)

    setattr(store, name, wrapped)
    return dropped


async def test_a_move_whose_connection_drops_before_its_commit_leaves_nothing_half_written(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    store = _pg(running)
    event_id = await lecture(running, 3)
    before = await store.get_event(event_id)
    vk.push_message(ORGANISER, "перенеси лекцию о роботах на 17.12 в 16:00")
    await vk.wait_text(ORGANISER, "Перенести «Лекция о роботах»?")
    dropped = _once_inside_a_unit(store, "claim_batch")  # the notices' claim: after the write
    vk.push_message(ORGANISER, "да")
    await until(lambda: bool(dropped))
    # the update's unit failed at its commit and was rolled back whole; the bot handles the
    # same update again on a fresh connection: the person need not say «да» twice (before:
    # silence, and over Long Poll the update was never read again — «да» lost)
    await vk.wait_text(ORGANISER, "Перенесено", within=15)
    await until(lambda: len(received(vk, "перенесено")) >= 3)
    moved = await store.get_event(event_id)
    assert moved is not None
    assert before is not None
    assert moved.start == at("2026-12-17T16:00")
    assert moved.version == before.version + 1  # written once: the failed try left nothing
    clock.set(clock.now() + timedelta(minutes=10))
    await running.app.loop.tick()
    counts = received(vk, "перенесено")
    assert {counts[FIRST + i] for i in range(3)} == {1}, dict(counts)


async def test_every_connection_dropped_mid_fan_out_loses_and_doubles_no_reminder(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    store = _pg(running)
    await lecture(running, STUDENTS)
    dropped: list[int] = []

    async def hold(params: dict[str, Any]) -> None:
        if not dropped and "Напоминание" in str(params.get("message")):
            dropped.append(await _drop_all(store))

    vk.before_answer = hold
    clock.set(at("2026-12-14T15:00"))
    with contextlib.suppress(Exception):  # its dead connection may fail it: the next resumes
        await running.app.loop.tick()
    assert dropped
    assert dropped[0] >= 1
    for minute in ("15:01", "15:02", "15:03"):
        clock.set(at(f"2026-12-14T{minute}"))
        await running.app.loop.tick()
    counts = received(vk, "Напоминание")
    students = {p: n for p, n in counts.items() if FIRST <= p < FIRST + STUDENTS}
    assert len(students) == STUDENTS, STUDENTS - len(students)
    assert set(students.values()) == {1}, {p: n for p, n in students.items() if n != 1}
    assert counts[ORGANISER] == 1


async def test_a_move_whose_commit_fails_once_over_long_poll_is_still_done_once(
    clocked_bot: tuple[Running, FixedClock], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both backends: the unit's COMMIT fails once (the database went away). Over Long Poll
    the batch's position is saved whatever became of its updates, so nothing read the «да»
    again: it was lost without a word. It is tried again in the process now."""
    running, _ = clocked_bot
    vk = running.vk
    store = running.app.store
    event_id = await lecture(running, 3)
    before = await store.get_event(event_id)
    vk.push_message(ORGANISER, "перенеси лекцию о роботах на 17.12 в 16:00")
    await vk.wait_text(ORGANISER, "Перенести «Лекция о роботах»?")
    gate = store._gate
    real = gate._finish
    failed: list[bool] = []

    async def commit_fails_once(unit: Any) -> None:
        if not failed and unit.update_id is not None:
            failed.append(True)
            raise ConnectionError("the database went away at COMMIT")
        await real(unit)

    monkeypatch.setattr(gate, "_finish", commit_fails_once)
    vk.push_message(ORGANISER, "да")
    await vk.wait_text(ORGANISER, "Перенесено", within=15)
    assert failed
    await until(lambda: len(received(vk, "перенесено")) >= 3)
    moved = await store.get_event(event_id)
    assert moved is not None
    assert before is not None
    assert (moved.start, moved.version) == (at("2026-12-17T16:00"), before.version + 1)
    counts = received(vk, "перенесено")
    assert {counts[FIRST + i] for i in range(3)} == {1}, dict(counts)
    assert received(vk, "Перенесено")[ORGANISER] == 1
