"""The local VK server as a command (walk 2026-12-01d finding 18): `python -m
tests.e2e.vk_server` serves the VK API the bot uses plus three control routes — POST /say
(a person writes), POST /press (a person presses a callback button), GET /sent (what the
bot sent) — so the real `python -m bot run` can be tried without a VK token. Here the
routes drive the real bot polling the server."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from tests.e2e import vk_server
from tests.e2e.conftest import MANAGER, Running
from tests.e2e.vk_server import FakeVK

PERSON = 3501


@pytest.fixture
async def vk() -> AsyncIterator[FakeVK]:
    """The server as the command starts it: with its control routes."""
    server = FakeVK(managers=(MANAGER,), control=True)
    await server.start()
    yield server
    await server.stop()


async def test_control_routes_drive_the_real_bot(polling_bot: Running) -> None:
    vk = polling_bot.vk
    async with aiohttp.ClientSession(vk.base_url) as http:
        async with http.post("/say", json={"from_id": PERSON, "text": "помощь"}) as said:
            assert said.status == 200
        await vk.wait_text(PERSON, "Согласовано")
        async with http.post(
            "/press", json={"user_id": PERSON, "payload": {"a": "say", "t": "this_week"}}
        ) as pressed:
            assert pressed.status == 200
        await vk.wait_for(lambda s: len(s.texts_to(PERSON)) >= 2)
        async with http.get("/sent", params={"since": "0"}) as sent:
            items = await sent.json()
    assert [item["peers"] for item in items] == [[PERSON], [PERSON]]
    assert "Согласовано" in items[0]["text"]
    assert items[0]["buttons"]  # the labels, to press by their payloads


def test_the_command_says_how_to_start_the_bot() -> None:
    text = vk_server.instructions("http://127.0.0.1:8099", 4242)
    assert "VK_API_URL=http://127.0.0.1:8099/method/" in text
    assert "python -m bot run" in text
    assert "/say" in text
