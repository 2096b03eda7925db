"""Safety41 #4, through the real bot (long poll, local VK server, hand-moved clock): a
«pick» button sends its text as if typed. The day and span buttons name what they answer
(span26, attack 2026-12-04ag); the others — the year question's «Да, 10 октября 2027»,
«Да, 14:00–15:30», «Только первое», a title or place offered — did not: pressed from an old
message, a forged or damaged payload, or another person's message, the text acted on
whatever card was open now (a date moved, a card SAVED by a bare «да»). Now each carries the
question it answers; a press that does not match the open question gets a polite «эта кнопка
от прежнего вопроса» and nothing changes."""

from __future__ import annotations

import json
from typing import Any

from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_attack_27 import KGTU, at
from tests.e2e.test_vk_conversation import invite
from tests.e2e.test_vk_student_words import Chat
from tests.e2e.vk_server import FakeVK

OTHER = 2002  # a second partner
STALE = "от прежнего вопроса"


def payloads_of(vk: FakeVK, peer: int, fragment: str) -> list[dict[str, Any]]:
    """The button payloads of the last message to `peer` holding `fragment`."""
    for message in reversed([m for m in vk.sent if peer in m.peer_ids]):
        if fragment in message.text:
            return [dict(json.loads(a["payload"])) for a in message.buttons()]
    raise AssertionError(f"no message with {fragment!r} to {peer}")


async def press(vk: FakeVK, peer: int, data: dict[str, Any]) -> str:
    before = len(vk.texts_to(peer))
    vk.push_callback(peer, data)
    await vk.wait_for(lambda s: len(s.texts_to(peer)) > before)
    return vk.texts_to(peer)[before]


async def titles(running: Running) -> dict[str, Any]:
    events = await running.app.store.events_between(at("2026-01-01T00:00"), None)
    return {e.title: e.start for e in events}


async def test_an_old_forged_or_other_persons_pick_button_changes_nothing(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot
    vk = running.vk
    chat = Chat(vk)

    async def say_plain(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    await invite(vk, say_plain, KGTU, "КГТУ")
    await invite(vk, say_plain, OTHER, "Музей")
    await chat.say(KGTU, "Лекция о роботах 10 октября в 15:00 для 9Б", "уже прошёл")
    old, drop = payloads_of(vk, KGTU, "уже прошёл")
    assert old["a"] == "pick"
    assert "10.10.2027" in old["t"]
    await chat.say(OTHER, "Выставка роботов 11 октября в 12:00 для 9Б", "уже прошёл")
    [others, _] = payloads_of(vk, OTHER, "уже прошёл")
    await press(vk, KGTU, drop)  # «Не сохранять»: the year question is closed
    await chat.say(KGTU, "Экскурсия в музей 18 декабря в 10:00 для 9Б", "Я понял так")

    forged = [
        old,  # an old message's button
        others,  # another person's message
        {"a": "pick", "t": "да"},  # damaged or forged: no question named
        {"a": "pick", "t": "да", "k": None},
        {"a": "pick", "t": "да", "k": [1]},
        {"a": "pick", "t": "да", "k": "0" * 10},
        {"a": "pick", "t": "да", "k": 12345},
        {"a": "pick", "t": "только 1", "k": old.get("k", "x")},
    ]
    for data in forged:
        reply = await press(vk, KGTU, data)
        assert STALE in reply, (data, reply)
    assert await titles(running) == {}  # nothing saved by a forged «да»
    await chat.say(KGTU, "да", "Сохранено")
    assert await titles(running) == {"Экскурсия в музей": at("2026-12-18T10:00")}


async def test_the_pick_button_of_the_open_question_still_answers_it(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot
    vk = running.vk
    chat = Chat(vk)

    async def say_plain(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    await invite(vk, say_plain, KGTU, "КГТУ")
    await chat.say(KGTU, "Лекция о роботах 10 октября в 15:00 для 9Б", "уже прошёл")
    [year, _] = payloads_of(vk, KGTU, "уже прошёл")
    await chat.say(KGTU, "что на неделе?", "")  # a question in between leaves it open
    reply = await press(vk, KGTU, year)
    assert STALE not in reply, reply
    await chat.say(KGTU, "да", "Сохранено")
    assert await titles(running) == {"Лекция о роботах": at("2027-10-10T15:00")}
