"""SIGKILL the real bot during plan saves and moves: nothing saved twice, nothing lost.

Bounded and seeded: 3 kills of `python -m bot run` during «да» on a 40-event plan, and
2 + 4 kills of `python -m bot webhook` during «да» and during moves, each update then
redelivered by "VK" (this test) until the worker answers "ok".
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from tests.e2e.vk_server import FakeVK
from tests.faults.process import BotProcess, bot_env, deliver_until_ok, post_update
from tests.faults.scenarios import (
    CURATOR,
    PLAN_SIZE,
    Tally,
    count_events,
    move_kills_webhook,
    plan_save_kills_long_poll,
    plan_save_kills_webhook,
    plan_text,
    wait_fragment,
)


async def test_long_poll_bot_killed_after_yes_saves_the_plan_exactly_once(
    vk: FakeVK, tmp_path: Path
) -> None:
    db = tmp_path / "bot.db"
    bot = BotProcess(vk, tmp_path, bot_env(vk, db, (CURATOR,)), "run")
    await bot.start()
    tally = Tally()
    try:
        await plan_save_kills_long_poll(vk, bot, db, random.Random(9), 3, tally)
    finally:
        await bot.stop()
    assert tally.kills == 3
    assert (tally.lost, tally.duplicated) == (0, 0), tally.notes


async def test_webhook_worker_killed_mid_update_handles_each_redelivery_once(
    vk: FakeVK, tmp_path: Path
) -> None:
    db = tmp_path / "bot.db"
    bot = BotProcess(vk, tmp_path, bot_env(vk, db, (CURATOR,)), "webhook")
    await bot.start()
    tally = Tally()
    try:
        rng = random.Random(10)
        await plan_save_kills_webhook(vk, bot, db, rng, 2, tally)
        await move_kills_webhook(vk, bot, db, rng, ["11:00", "12:30", "13:00", "14:15"], tally)
    finally:
        await bot.stop()
    assert tally.kills == 2 + 2 * 4  # each move: its card, then «да»
    assert (tally.lost, tally.duplicated) == (0, 0), tally.notes


async def test_webhook_says_ok_only_after_the_commit_and_redelivery_completes_it(
    vk: FakeVK, tmp_path: Path
) -> None:
    """Deterministic version of the above: the database is held by another process, so the
    worker cannot commit «да»; it must not answer "ok" (VK would then never redeliver),
    and after a kill the redelivery saves the plan once; a further redelivery saves nothing."""
    db = tmp_path / "bot.db"
    bot = BotProcess(vk, tmp_path, bot_env(vk, db, (CURATOR,)), "webhook")
    await bot.start()
    try:
        seen = len(vk.texts_to(CURATOR))
        await deliver_until_ok(bot, vk.push_message(CURATOR, plan_text(2099)))
        await wait_fragment(vk, CURATOR, seen, f"В плане {PLAN_SIZE}")
        yes = vk.push_message(CURATOR, "да")
        blocker = sqlite3.connect(db, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        assert await post_update(bot.url, yes, limit=1.5) is None  # no "ok" yet
        await bot.kill()
        blocker.execute("ROLLBACK")
        blocker.close()
        assert count_events(db) == 0
        seen = len(vk.texts_to(CURATOR))
        await deliver_until_ok(bot, yes)
        await wait_fragment(vk, CURATOR, seen, "Сохранено")
        assert count_events(db) == PLAN_SIZE
        assert await post_update(bot.url, yes) == 200  # VK retrying once more: skipped
        assert count_events(db) == PLAN_SIZE
        saved = [t for t in vk.texts_to(CURATOR)[seen:] if "Сохранено" in t]
        assert len(saved) == 1
    finally:
        await bot.stop()
