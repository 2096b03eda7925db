"""The city deployment as operators start it: `python -m bot webhook` with BOT_SCHOOLS as a
real child process, and `run` (Long Poll) polling every community at once."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.config import Settings
from bot.schools_config import load_city_config
from bot.transports.vk.app import run_polling
from tests.e2e.conftest import make_settings
from tests.e2e.test_vk_city import CONFIG, ENV, GROUP_A, GROUP_B, SECRETS, STUDENT_A, STUDENT_B
from tests.e2e.vk_server import FakeVK
from tests.faults.process import BotProcess

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def vk() -> AsyncIterator[FakeVK]:
    server = FakeVK(communities={"token-a": GROUP_A, "token-b": GROUP_B})
    await server.start()
    yield server
    await server.stop()


async def test_one_webhook_process_serves_both_communities(vk: FakeVK, tmp_path: Path) -> None:
    config = tmp_path / "schools.toml"
    config.write_text(CONFIG, encoding="utf-8")
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "BOT_SCHOOLS": str(config),
        "VK_API_URL": f"{vk.base_url}/method/",
        **ENV,
    }
    bot = BotProcess(vk, tmp_path, env, mode="webhook")
    await bot.start()
    try:
        to_a = vk.push_message(STUDENT_A, "помощь", group_id=GROUP_A)
        to_b = vk.push_message(STUDENT_B, "помощь", group_id=GROUP_B)
        assert await _post(bot, to_b, SECRETS[GROUP_A]) == 403  # A's secret, B's update
        assert await _post(bot, to_a, SECRETS[GROUP_A]) == 200
        assert await _post(bot, to_b, SECRETS[GROUP_B]) == 200
        await vk.wait_text(STUDENT_A, "Согласовано")
        await vk.wait_text(STUDENT_B, "Согласовано")
        assert len(vk.texts_from(GROUP_A, STUDENT_A)) == 1
        assert len(vk.texts_from(GROUP_B, STUDENT_B)) == 1
        assert vk.texts_from(GROUP_B, STUDENT_A) == vk.texts_from(GROUP_A, STUDENT_B) == []
    finally:
        await bot.stop()
    stores = sorted(p.name for p in (tmp_path / "schools").glob("*.sqlite3"))
    assert stores == ["g32.sqlite3", "l23.sqlite3"]


async def _post(bot: BotProcess, update: dict[str, Any], secret: str) -> int:
    """POST a Callback API update with a given community's secret, as VK does."""
    body = json.dumps({**update, "secret": secret})
    async with aiohttp.ClientSession() as http, http.post(bot.url + "/", data=body) as response:
        return response.status


async def test_long_poll_polls_every_community_at_once(
    vk: FakeVK, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "schools.toml").write_text(CONFIG, encoding="utf-8")
    city = load_city_config(tmp_path / "schools.toml", ENV)
    base: Settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    task = asyncio.create_task(run_polling(base, city))
    try:
        await vk.wait_for(lambda s: len(s.calls_of("groups.getLongPollServer")) >= 2, 30)
        vk.push_message(STUDENT_A, "помощь", group_id=GROUP_A)
        vk.push_message(STUDENT_B, "я из 10Б", group_id=GROUP_B)
        await vk.wait_text(STUDENT_A, "Согласовано", within=20)
        await vk.wait_text(STUDENT_B, "Запомнил", within=20)
        assert vk.texts_from(GROUP_B, STUDENT_A) == vk.texts_from(GROUP_A, STUDENT_B) == []
        tokens = {c["access_token"] for c in vk.calls_of("groups.getLongPollServer")}
        assert tokens == {"token-a", "token-b"}
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
