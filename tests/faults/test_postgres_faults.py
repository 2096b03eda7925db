"""The exactly-once fault scenarios again, with PostgreSQL as the database of the real bot
processes (issue 14: "the safety issue's fault tests run on PostgreSQL too").

Same scenarios, seeds and assertions as test_races.py, test_kill_restart.py and
test_fanout_kills.py; the bot processes get `BOT_DB=postgresql://…` of a fresh database on
the session's throwaway server (tests/pg_server.py), and the scenarios read it through
tests/faults/db.py. The SQLite-only case (a second process holding SQLite's write lock) has
no PostgreSQL counterpart here: PostgreSQL writers wait on row locks, not on the file.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.vk_server import FakeVK
from tests.faults.harness import describe, outbox_rows, run_fanout_kills
from tests.faults.process import BotProcess, bot_env
from tests.faults.scenarios import (
    CURATOR,
    SECOND_CURATOR,
    Tally,
    burst,
    move_cancel_races,
    move_kills_webhook,
    plan_save_kills_long_poll,
    plan_save_kills_webhook,
)
from tests.integration.conftest import pg_cluster, pg_database

__all__ = ["pg_cluster", "pg_database"]


@pytest.fixture
async def pg_workers(
    vk: FakeVK, tmp_path: Path, pg_database: str
) -> AsyncIterator[list[BotProcess]]:
    env = bot_env(vk, pg_database, (CURATOR, SECOND_CURATOR))
    started = [BotProcess(vk, tmp_path, env, "webhook") for _ in range(2)]
    try:
        await started[0].start()
        await started[1].start()
        yield started
    finally:
        for worker in started:
            await worker.stop()


async def test_postgres_move_and_cancel_on_two_workers_lose_no_write(
    vk: FakeVK, pg_workers: list[BotProcess], pg_database: str
) -> None:
    tally = await move_cancel_races(vk, pg_workers, pg_database, random.Random(40), 40)
    assert tally.trials == 40
    assert tally.lost_writes == 0, tally.notes
    assert tally.errors == 0
    assert tally.both_done + tally.move_refused + tally.cancel_refused == 40


async def test_postgres_burst_on_two_workers_gets_no_apology_and_loses_no_class(
    vk: FakeVK, pg_workers: list[BotProcess], pg_database: str
) -> None:
    assert await burst(vk, pg_workers, pg_database, students=40) == []


async def test_postgres_long_poll_bot_killed_after_yes_saves_the_plan_exactly_once(
    vk: FakeVK, tmp_path: Path, pg_database: str
) -> None:
    bot = BotProcess(vk, tmp_path, bot_env(vk, pg_database, (CURATOR,)), "run")
    await bot.start()
    tally = Tally()
    try:
        await plan_save_kills_long_poll(vk, bot, pg_database, random.Random(9), 3, tally)
    finally:
        await bot.stop()
    assert tally.kills == 3
    assert (tally.lost, tally.duplicated) == (0, 0), tally.notes


async def test_postgres_webhook_worker_killed_mid_update_handles_each_redelivery_once(
    vk: FakeVK, tmp_path: Path, pg_database: str
) -> None:
    bot = BotProcess(vk, tmp_path, bot_env(vk, pg_database, (CURATOR,)), "webhook")
    await bot.start()
    tally = Tally()
    try:
        rng = random.Random(10)
        await plan_save_kills_webhook(vk, bot, pg_database, rng, 2, tally)
        targets = ["11:00", "12:30", "13:00", "14:15"]
        await move_kills_webhook(vk, bot, pg_database, rng, targets, tally)
    finally:
        await bot.stop()
    assert tally.kills == 2 + 2 * 4
    assert (tally.lost, tally.duplicated) == (0, 0), tally.notes


async def test_postgres_kill_9_during_fan_outs_loses_nothing_and_doubles_nothing(
    vk: FakeVK, tmp_path: Path, pg_database: str
) -> None:
    outcome = await run_fanout_kills(vk, tmp_path, 4, 20261216, db=pg_database)
    print("\n".join(describe(outcome)))
    assert outcome.kills == 4
    assert outcome.expected >= 3 * 1_201
    assert (outcome.lost, outcome.duplicated) == (0, 0)
    assert outbox_rows(pg_database) == 0
    assert outcome.kinds["accept"] > 0
    assert outcome.deduplicated > 0
