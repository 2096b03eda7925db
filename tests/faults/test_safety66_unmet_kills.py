"""safety66 #1 under kill -9, through the real webhook worker of a city
(`python -m bot webhook`, BOT_SCHOOLS): the lyceum's second curator (UNMET, in schools.toml,
never wrote) is owed one waiting line per lecture a КГТУ colleague cancelled in the
gymnasium. Their first «помощь» is killed at a seeded random moment and redelivered until
"ok", then the worker is killed once more and restarted (its loop's first pass runs at
start): UNMET gets each lecture's line exactly once; nothing before they wrote. SQLite only
(a city on PostgreSQL needs one database of schemas, as the other city fault tests)."""

from __future__ import annotations

import asyncio
import os
import random
from pathlib import Path

from tests.e2e.test_vk_city import CONFIG, CURATOR_B, ENV, GROUP_A, GROUP_B, KGD, OMSK, SECRETS
from tests.e2e.vk_server import FakeVK
from tests.faults.process import BotProcess, deliver_until_ok, post_update
from tests.faults.test_attack65_shift_kills import (
    COLLEAGUE,
    LECTURES,
    ROOT,
    SEED,
    _seed_city_school,
    _stale,
    city_vk,
)

__all__ = ["city_vk"]  # the fixture

UNMET = 7003


async def _cancel(vk: FakeVK, bot: BotProcess, title: str) -> None:
    seen = len(vk.texts_from(GROUP_A, COLLEAGUE))
    cancel = vk.push_message(COLLEAGUE, f"отмени «{title}»", group_id=GROUP_A)
    await deliver_until_ok(bot, cancel, secret=SECRETS[GROUP_A])
    await vk.wait_for(
        lambda s: any("Отменить «" in t for t in s.texts_from(GROUP_A, COLLEAGUE)[seen:]), 30
    )
    yes = vk.push_message(COLLEAGUE, "да", group_id=GROUP_A)
    await deliver_until_ok(bot, yes, secret=SECRETS[GROUP_A])


async def test_kill_9_around_an_unmet_curators_first_message(
    city_vk: FakeVK, tmp_path: Path
) -> None:
    vk = city_vk
    config = tmp_path / "schools.toml"
    config.write_text(
        CONFIG.replace("curators = [7002]", f"curators = [7002, {UNMET}]"), encoding="utf-8"
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "BOT_SCHOOLS": str(config),
        "BOT_OUTBOX_LEASE_SECONDS": "3",  # a killed worker's batch in flight: resent soon
        "VK_API_URL": f"{vk.base_url}/method/",
        **ENV,
    }
    bot = BotProcess(vk, tmp_path, env, "webhook")
    await bot.start()
    rng = random.Random(SEED + 66)
    try:
        await _seed_city_school(tmp_path / "schools" / "g32.sqlite3", KGD, True)
        await _seed_city_school(tmp_path / "schools" / "l23.sqlite3", OMSK, False)
        hello = vk.push_message(CURATOR_B, "помощь", group_id=GROUP_B)
        await deliver_until_ok(bot, hello, secret=SECRETS[GROUP_B])
        for title in LECTURES:
            await _cancel(vk, bot, title)
        for title in LECTURES:
            await vk.wait_for(lambda s, t=title: bool(_stale(s, CURATOR_B, t)), 30)
        assert not any(_stale(vk, UNMET, t) for t in LECTURES)  # nothing before they wrote
        first = vk.push_message(UNMET, "помощь", group_id=GROUP_B)
        sending = asyncio.create_task(post_update(bot.url, first, secret=SECRETS[GROUP_B]))
        await asyncio.sleep(rng.uniform(0, 0.3) * rng.random())
        await bot.kill()
        await sending
        await deliver_until_ok(bot, first, secret=SECRETS[GROUP_B])
        await bot.kill()  # the loop's first pass at the restart sends what was released
        await bot.start()
        for title in LECTURES:
            await vk.wait_for(lambda s, t=title: bool(_stale(s, UNMET, t)), 60)
        await asyncio.sleep(1.5)  # a late resend would land here
        for title in LECTURES:
            assert len(_stale(vk, UNMET, title)) == 1, title
    finally:
        await bot.stop()
