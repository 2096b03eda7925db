"""SIGKILL the real bot during plan saves and moves: nothing saved twice, nothing lost.

Bounded and seeded: 3 kills of `python -m bot run` during «да» on a 40-event plan, and
2 + 4 kills of `python -m bot webhook` during «да» and during moves, each update then
redelivered by "VK" (this test) until the worker answers "ok".
"""

from __future__ import annotations

import random
from pathlib import Path

from tests.e2e.vk_server import FakeVK
from tests.faults.process import BotProcess, bot_env
from tests.faults.scenarios import (
    CURATOR,
    Tally,
    move_kills_webhook,
    plan_save_kills_long_poll,
    plan_save_kills_webhook,
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
    assert tally.kills == 6
    assert (tally.lost, tally.duplicated) == (0, 0), tally.notes
