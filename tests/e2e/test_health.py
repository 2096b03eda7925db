"""GET /health of the Callback API server (what docker-compose.yml's healthcheck asks): 200
while the store answers, 503 once it does not. Runs on PostgreSQL too (tests.pg_everywhere)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.transports.vk.app import VkApp, create_app
from bot.transports.vk.webhook import make_web_app
from tests.e2e.conftest import FAST_RETRY, make_settings
from tests.e2e.vk_server import FakeVK


@pytest.fixture
async def served(
    vk: FakeVK, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[VkApp, str]]:
    monkeypatch.chdir(tmp_path)
    app = await create_app(make_settings(tmp_path, f"{vk.base_url}/method/"), retry=FAST_RETRY)
    server = TestServer(make_web_app(app), host="127.0.0.1")
    await server.start_server()
    yield app, str(server.make_url("/health"))
    await server.close()
    await app.close()


async def test_health_is_ok_while_the_store_answers(served: tuple[VkApp, str]) -> None:
    _, url = served
    async with aiohttp.ClientSession() as http, http.get(url) as response:
        assert response.status == 200
        assert await response.text() == "ok"


async def test_health_fails_when_the_store_is_gone(served: tuple[VkApp, str]) -> None:
    app, url = served
    await app.store.close()  # the database connection is lost
    async with aiohttp.ClientSession() as http, http.get(url) as response:
        assert response.status == 503
    # a real update after that is refused too, but the worker stays up to report it
    async with aiohttp.ClientSession() as http, http.get(url) as response:
        assert response.status == 503
