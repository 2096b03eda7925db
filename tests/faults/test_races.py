"""Two real webhook workers on one SQLite file: no lost writes, no «database is locked»."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.vk_server import FakeVK
from tests.faults.process import BotProcess, bot_env
from tests.faults.scenarios import CURATOR, SECOND_CURATOR, burst, move_cancel_races


@pytest.fixture
async def workers(vk: FakeVK, tmp_path: Path) -> AsyncIterator[list[BotProcess]]:
    env = bot_env(vk, tmp_path / "bot.db", (CURATOR, SECOND_CURATOR))
    started = [BotProcess(vk, tmp_path, env, "webhook") for _ in range(2)]
    try:
        await started[0].start()  # the first applies the migrations alone
        await started[1].start()
        yield started
    finally:
        for worker in started:
            await worker.stop()


async def test_move_and_cancel_on_two_workers_lose_no_write(
    vk: FakeVK, workers: list[BotProcess], tmp_path: Path
) -> None:
    tally = await move_cancel_races(vk, workers, tmp_path / "bot.db", random.Random(40), 40)
    assert tally.trials == 40
    assert tally.lost_writes == 0, tally.notes
    assert tally.errors == 0
    # whoever lost the race was told so, with the event as it is now
    assert tally.both_done + tally.move_refused + tally.cancel_refused == 40


async def test_a_burst_on_two_workers_gets_no_apology_and_loses_no_class(
    vk: FakeVK, workers: list[BotProcess], tmp_path: Path
) -> None:
    assert await burst(vk, workers, tmp_path / "bot.db", students=40) == []
