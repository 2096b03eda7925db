"""Attack 2026-12-04ag (tests/data/attack_2026-12-04ag.md) through the real bot and the
local VK server: what the last two days changed — a repetition typed on an open card
(bot/core/language/series_answers.py), the span and day buttons, forged and stale
callbacks. Sentences our own; the clock is the e2e fixture's (Monday 14 December 2026)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bot.core.ports import FixedClock
from tests.e2e.conftest import TZ, Running
from tests.e2e.test_vk_conversation import invite
from tests.e2e.test_vk_student_words import Chat
from tests.e2e.vk_server import FakeVK

KGTU = 2001


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


async def _starts(running: Running) -> list[datetime]:
    events = await running.app.store.events_between(at("2026-12-14T00:00"), None)
    return sorted(e.start.astimezone(TZ) for e in events)


async def test_every_day_typed_on_a_card_of_two_times_keeps_both_times(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    # #1: the card lists «Сеансы (2): 11:30, 14:00» of 16 December; «каждый день до 18
    # декабря» typed on it saved 11:30 on each day and never the 14:00 session the card
    # still listed (a first message saying the same saves 6 meetings)
    running, _ = clocked_bot
    vk = running.vk
    chat = Chat(vk)

    async def say_plain(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    await invite(vk, say_plain, KGTU, "КГТУ")
    card = await chat.say(
        KGTU, "Лекция о космосе 16 декабря в 11:30 и в 14:00 для 9Б, актовый зал", "Сеансы"
    )
    assert "14:00" in card
    repeated = await chat.say(KGTU, "каждый день до 18 декабря", "Я понял так")
    assert "14:00" in repeated  # the card still shows the second time
    await chat.say(KGTU, "да", "Сохранено")
    assert await _starts(running) == [
        at(f"2026-12-{day}T{clock}") for day in (16, 17, 18) for clock in ("11:30", "14:00")
    ]


async def test_every_tuesday_in_a_first_message_of_two_times_keeps_both_times(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    # #1, the same loss in a first message: «в 11:30 и в 14:00 каждый вторник до 29
    # декабря» showed both times and «и ещё 2 раза», and saved 11:30 alone each Tuesday
    running, _ = clocked_bot
    vk = running.vk
    chat = Chat(vk)

    async def say_plain(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    await invite(vk, say_plain, KGTU, "КГТУ")
    card = await chat.say(
        KGTU,
        "Кружок астрономии 15 декабря в 11:30 и в 14:00 каждый вторник до 29 декабря, 9Б",
        "Я понял так",
    )
    assert "14:00" in card
    await chat.say(KGTU, "да", "Сохранено")
    assert await _starts(running) == [
        at(f"2026-12-{day}T{clock}") for day in (15, 22, 29) for clock in ("11:30", "14:00")
    ]


def _payloads_of(vk: FakeVK, peer: int, fragment: str) -> list[dict[str, Any]]:
    """The button payloads of the last message to `peer` holding `fragment`."""
    for message in reversed([m for m in vk.sent if peer in m.peer_ids]):
        if fragment in message.text:
            return [dict(json.loads(a["payload"])) for a in message.buttons()]
    raise AssertionError(f"no message with {fragment!r} to {peer}")


async def test_an_old_day_button_never_changes_another_events_card(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    # #2: the weekday question's day buttons («24 декабря (чт), 11:30») sent their text as if
    # typed; pressed after that question was answered and the event saved, the old button
    # moved the NEXT event's open card («Экскурсия в музей», 18 December 10:00) to the
    # lecture's day and time. A closed question's button changes nothing and says so (as
    # the span buttons do since span26).
    running, _ = clocked_bot
    vk = running.vk
    chat = Chat(vk)

    async def say_plain(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    await invite(vk, say_plain, KGTU, "КГТУ")
    await chat.say(
        KGTU, "Лекция о роботах во вторник 24 декабря в 11:30 для 9Б", "другой день недели"
    )
    [old, _] = _payloads_of(vk, KGTU, "другой день недели")
    assert old["a"] == "pick"
    assert "24.12.2026" in old["t"]
    await chat.say(KGTU, "25 декабря", "Я понял так")
    await chat.say(KGTU, "да", "Сохранено")
    await chat.say(KGTU, "Экскурсия в музей 18 декабря в 10:00 для 9Б", "Я понял так")

    before = len(vk.texts_to(KGTU))
    vk.push_callback(KGTU, old)
    await vk.wait_for(lambda s: len(s.texts_to(KGTU)) > before)
    reply = vk.texts_to(KGTU)[before]
    assert "ничего не менял" in reply, reply
    await chat.say(KGTU, "да", "Сохранено")
    titles = {
        e.title: e.start.astimezone(TZ)
        for e in await running.app.store.events_between(at("2026-12-14T00:00"), None)
    }
    assert titles == {
        "Лекция о роботах": at("2026-12-25T11:30"),
        "Экскурсия в музей": at("2026-12-18T10:00"),
    }


async def test_the_day_button_of_the_open_question_still_answers_it(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    # #2's guard: pressed while its question is open, the day button answers it
    running, _ = clocked_bot
    vk = running.vk
    chat = Chat(vk)

    async def say_plain(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    await invite(vk, say_plain, KGTU, "КГТУ")
    await chat.say(
        KGTU, "Лекция о роботах во вторник 24 декабря в 11:30 для 9Б", "другой день недели"
    )
    [_, tuesday] = _payloads_of(vk, KGTU, "другой день недели")
    assert "22.12.2026" in tuesday["t"]
    before = len(vk.texts_to(KGTU))
    vk.push_callback(KGTU, tuesday)
    await vk.wait_for(lambda s: any("Я понял так" in t for t in s.texts_to(KGTU)[before:]))
    await chat.say(KGTU, "да", "Сохранено")
    assert await _starts(running) == [at("2026-12-22T11:30")]
