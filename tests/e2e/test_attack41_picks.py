"""Attack41 #1, through the real bot (long poll, local VK server, hand-moved clock): the key
`k` of a «pick» button (safety41 #4: person + stored dialog state). Forged, replayed,
huge or non-ASCII keys, another person's key for the very same question, old buttons after
a restart, a key of an earlier identical question, and one button pressed twice at once.
Nothing may act on a question the person was not last shown."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from bot.core.ports import FixedClock
from bot.transports.vk.app import VkApp, create_app
from tests.e2e.conftest import FAST_RETRY, TZ, make_settings
from tests.e2e.test_attack_27 import KGTU, at
from tests.e2e.test_safety41_stale_picks import STALE, payloads_of, press
from tests.e2e.test_vk_conversation import invite
from tests.e2e.test_vk_student_words import Chat
from tests.e2e.vk_server import FakeVK

OTHER = 2002  # a second partner
POST = "Лекция о роботах 10 октября в 15:00 для 9Б"
YEAR = "уже прошёл"  # the year question


@contextlib.asynccontextmanager
async def running(vk: FakeVK, tmp_path: Path) -> AsyncIterator[VkApp]:
    """One run of the polling bot on the same files (a restart is the next block)."""
    clock = FixedClock(datetime(2026, 12, 14, 10, 0, tzinfo=TZ))
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    app = await create_app(settings, clock=clock, retry=FAST_RETRY)
    polls = len(vk.calls_of("groups.getLongPollServer"))
    task = asyncio.create_task(app.bot.run_polling())
    await vk.wait_for(lambda s: len(s.calls_of("groups.getLongPollServer")) > polls)
    try:
        yield app
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
        await app.close()


async def saved(app: VkApp) -> list[tuple[str, datetime]]:
    events = await app.store.events_between(at("2026-01-01T00:00"), None)
    return sorted((e.title, e.start) for e in events)


async def say_plain_to(vk: FakeVK) -> Any:
    async def say_plain(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    return say_plain


async def test_old_keys_after_a_restart_and_an_identical_question_act_only_as_shown(
    vk: FakeVK, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    chat = Chat(vk)
    async with running(vk, tmp_path):
        await invite(vk, await say_plain_to(vk), KGTU, "КГТУ")
        await chat.say(KGTU, POST, YEAR)
        first, drop = payloads_of(vk, KGTU, YEAR)
        await press(vk, KGTU, drop)  # «Не сохранять»: closed
    async with running(vk, tmp_path) as app:  # a restart
        assert STALE in await press(vk, KGTU, first)  # closed before the restart
        await chat.say(KGTU, POST, YEAR)  # the same question again
        [second, _] = payloads_of(vk, KGTU, YEAR)
        # the same stored question gives the same key: the old button is the new one's twin
        # (same text, same card) — it acts exactly as the button the person sees now
        assert (first["t"], first["k"]) == (second["t"], second["k"])
        assert STALE not in await press(vk, KGTU, first)
        assert STALE in await press(vk, KGTU, second)  # answered: the question moved on
        await chat.say(KGTU, "да", "Сохранено")
        assert await saved(app) == [("Лекция о роботах", at("2027-10-10T15:00"))]
    async with running(vk, tmp_path) as app:  # a second restart: a saved question's button
        await chat.say(KGTU, POST, "")  # the identical post again: no longer the same state
        for data in (first, second):
            reply = await press(vk, KGTU, data)
            assert STALE in reply or "Сохранено" not in reply, reply
        assert await saved(app) == [("Лекция о роботах", at("2027-10-10T15:00"))]


async def test_another_persons_key_for_the_same_question_and_damaged_keys_act_on_nothing(
    clocked_bot: Any,
) -> None:
    running_bot, _ = clocked_bot
    vk = running_bot.vk
    chat = Chat(vk)
    await invite(vk, await say_plain_to(vk), KGTU, "КГТУ")
    await invite(vk, await say_plain_to(vk), OTHER, "Музей")
    await chat.say(KGTU, POST, YEAR)
    await chat.say(OTHER, POST, YEAR)  # the very same question, another person
    [mine, _] = payloads_of(vk, KGTU, YEAR)
    [theirs, _] = payloads_of(vk, OTHER, YEAR)
    assert mine["k"] != theirs["k"]
    key = mine["k"]
    forged = [
        theirs,
        {**theirs, "k": key},  # KGTU's own key, pressed by OTHER below
        {**mine, "k": key.upper()},
        {**mine, "k": f" {key}"},
        {**mine, "k": key + "0"},
        {**mine, "k": key[:-1]},
        {**mine, "k": "к" * 12},  # Cyrillic
        {**mine, "k": "f" * 20000},  # huge
        {**mine, "k": {"k": key}},
        {**mine, "k": True},
        {**mine, "d": None, "k": None},  # a day or span key that names nothing
        {**mine, "d": "вчера", "k": None},
        {**mine, "s": None, "k": None},
        {**mine, "s": "2026-12-15/", "k": None},
    ]
    for data in forged:
        if data is not forged[1]:
            assert STALE in await press(vk, KGTU, data), data
    assert STALE in await press(vk, OTHER, forged[1])  # another person's key
    assert STALE in await press(vk, OTHER, mine)
    assert await saved(running_bot.app) == []
    reply = await press(vk, KGTU, mine)  # the real one still answers the open question
    assert STALE not in reply, reply


async def test_one_button_pressed_twice_at_once_acts_once(clocked_bot: Any) -> None:
    running_bot, _ = clocked_bot
    vk = running_bot.vk
    chat = Chat(vk)
    await invite(vk, await say_plain_to(vk), KGTU, "КГТУ")
    await chat.say(KGTU, POST, YEAR)
    [year, _] = payloads_of(vk, KGTU, YEAR)
    before = len(vk.texts_to(KGTU))
    vk.push_callback(KGTU, year)
    vk.push_callback(KGTU, year)
    await vk.wait_for(lambda s: len(s.texts_to(KGTU)) >= before + 2)
    replies = vk.texts_to(KGTU)[before:]
    assert sum(STALE not in r for r in replies) == 1, replies
    await chat.say(KGTU, "да", "Сохранено")
    assert await saved(running_bot.app) == [("Лекция о роботах", at("2027-10-10T15:00"))]
