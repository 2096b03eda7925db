"""Whole conversations through the real bot and the local VK server (Long Poll and Callback API)."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import pytest

from tests.e2e.conftest import CURATOR, MANAGER, Running
from tests.e2e.vk_server import FakeVK

KGTU, BFU, STUDENT = 2001, 2002, 3001

Press = Callable[[int, dict[str, Any]], Awaitable[None]]
Say = Callable[[int, str], Awaitable[None]]


def button(vk: FakeVK, peer: int, label_start: str) -> dict[str, Any]:
    """The payload of the button whose label starts with `label_start` in the last keyboard."""
    for message in reversed([m for m in vk.sent if peer in m.peer_ids]):
        for action in message.buttons():
            if action["label"].startswith(label_start):
                return dict(json.loads(action["payload"]))
    raise AssertionError(f"no button {label_start!r} for {peer}")


async def invite(vk: FakeVK, say: Say, partner: int, organisation: str) -> None:
    await say(CURATOR, f"пригласить партнёра {organisation}")
    text = await vk.wait_text(CURATOR, f"«{organisation}»")
    code = re.search(r"\b[A-Z2-9]{8}\b", text)
    assert code is not None
    await say(partner, code.group(0))
    await vk.wait_text(partner, "Вы подключены")


async def conversation(vk: FakeVK, say: Say, press: Press) -> None:
    await invite(vk, say, KGTU, "КГТУ")
    await say(
        KGTU,
        "Мастер-класс по робототехнике 15 декабря 2099 с 15:00 до 16:30, 9–11 классы, ауд. 204",
    )
    card = await vk.wait_text(KGTU, "Мастер-класс по робототехнике")
    assert "Накладок нет" in card
    await press(KGTU, button(vk, KGTU, "Сохранить"))
    await vk.wait_text(KGTU, "Сохранено")

    await invite(vk, say, BFU, "БФУ")
    await say(BFU, "Лекция о космосе 15 декабря 2099 в 16:00, 10А")
    clash_card = await vk.wait_text(BFU, "Накладки")
    assert "Мастер-класс по робототехнике" in clash_card
    await say(BFU, "да")
    await vk.wait_text(BFU, "Сохранено")
    warning = await vk.wait_text(KGTU, "Новая накладка")
    assert "Лекция о космосе" in warning
    assert "Лекция о космосе" in await vk.wait_text(CURATOR, "Новая накладка")

    await say(STUDENT, "я из 10А")
    await vk.wait_text(STUDENT, "Запомнил")
    await say(STUDENT, "что 15 декабря 2099?")
    listing = await vk.wait_text(STUDENT, "Лекция о космосе")
    assert "Мастер-класс по робототехнике" in listing  # grade 10 covers 10А
    await press(STUDENT, button(vk, STUDENT, "Записаться: 2"))
    await vk.wait_text(STUDENT, "Вы записаны")

    await say(BFU, "перенеси на 17:00")
    await vk.wait_text(BFU, "Ответьте «да» или «нет»")
    await say(BFU, "да")
    await vk.wait_text(BFU, "Перенесено")
    moved = await vk.wait_text(STUDENT, "перенесено")
    assert "17:00" in moved


async def test_whole_conversation_over_long_poll(polling_bot: Running) -> None:
    vk = polling_bot.vk

    async def say(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    async def press(peer: int, payload: dict[str, Any]) -> None:
        vk.push_callback(peer, payload)

    await conversation(vk, say, press)
    assert vk.max_calls_per_second() <= 20


async def test_managers_of_the_community_are_curators(polling_bot: Running) -> None:
    vk = polling_bot.vk
    vk.push_message(MANAGER, "пригласить партнёра Музей")
    await vk.wait_text(MANAGER, "Код приглашения")


@pytest.fixture
async def callback_bot(vk: FakeVK, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The bot in Callback API mode: VK (here, the test) POSTs updates to its web server."""
    from aiohttp.test_utils import TestServer

    from bot.transports.vk.app import create_app
    from bot.transports.vk.webhook import make_web_app
    from tests.e2e.conftest import FAST_RETRY, make_settings

    monkeypatch.chdir(tmp_path)
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    app = await create_app(settings, retry=FAST_RETRY)
    server = TestServer(make_web_app(app), host="127.0.0.1")
    await server.start_server()
    yield vk, server
    await server.close()
    await app.close()


async def test_whole_conversation_over_the_callback_api(callback_bot: Any) -> None:
    vk, server = callback_bot
    url = str(server.make_url("/"))
    async with aiohttp.ClientSession() as http:

        async def post(update: dict[str, Any]) -> str:
            async with http.post(url, json={**update, "secret": "s3cret"}) as response:
                assert response.status == 200
                return await response.text()

        async with http.post(url, json={"type": "confirmation", "group_id": 4242}) as r:
            assert await r.text() == "c0nf1rm"
        async with http.post(url, json={"type": "message_new", "secret": "wrong"}) as r:
            assert r.status == 403

        async def say(peer: int, text: str) -> None:
            update = vk.push_message(peer, text)  # builds a real update (long poll unused)
            assert await post(update) == "ok"
            assert await post(update) == "ok"  # VK retries: answered once (checked below)

        async def press(peer: int, payload: dict[str, Any]) -> None:
            assert await post(vk.push_callback(peer, payload)) == "ok"

        await conversation(vk, say, press)
    helps = [t for t in vk.texts_to(KGTU) if "Вы подключены" in t]
    assert len(helps) == 1
