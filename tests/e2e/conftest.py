"""Fixtures: a VK-compatible server on 127.0.0.1 and the real bot polling it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.config import Settings
from bot.core.ports import FixedClock
from bot.transports.vk.app import VkApp, create_app
from bot.transports.vk.limiter import RetryPolicy
from tests.e2e.vk_server import FakeVK

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR = 1000
MANAGER = 1001
FAST_RETRY = RetryPolicy(attempts=5, first_delay=0.01, max_delay=0.05)


@dataclass
class Running:
    vk: FakeVK
    app: VkApp
    settings: Settings


def make_settings(tmp_path: Path, api_url: str) -> Settings:
    return Settings(
        db_path=tmp_path / "bot.db",
        tz=ZoneInfo("Europe/Kaliningrad"),
        vk_token="test-token",
        vk_api_url=api_url,
        admins=frozenset({CURATOR}),
        vk_confirmation="c0nf1rm",
        vk_secret="s3cret",
        school_name="Гимназия",
    )


@pytest.fixture
async def vk() -> AsyncIterator[FakeVK]:
    server = FakeVK(managers=(MANAGER,))
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def polling_bot(
    vk: FakeVK, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Running]:
    """The real vkbottle bot, Long Poll mode, against the local server."""
    monkeypatch.chdir(tmp_path)  # vkbottle keeps its polling state in the cwd
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    app = await create_app(settings, retry=FAST_RETRY)
    task = asyncio.create_task(app.bot.run_polling())
    await vk.wait_for(lambda s: bool(s.calls_of("groups.getLongPollServer")))
    yield Running(vk, app, settings)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task
    await app.close()


@pytest.fixture
async def clocked_bot(
    vk: FakeVK, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[Running, FixedClock]]:
    """The polling bot on a hand-moved clock (Monday 14 December 2026, 10:00 at school)."""
    monkeypatch.chdir(tmp_path)
    clock = FixedClock(datetime(2026, 12, 14, 10, 0, tzinfo=TZ))
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    app = await create_app(settings, clock=clock, retry=FAST_RETRY)
    task = asyncio.create_task(app.bot.run_polling())
    await vk.wait_for(lambda s: bool(s.calls_of("groups.getLongPollServer")))
    yield Running(vk, app, settings), clock
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task
    await app.close()
