"""Attack 2026-12-04ag (tests/data/attack_2026-12-04ag.md) through the real bot and the
local VK server: what the last two days changed — a repetition typed on an open card
(bot/core/language/series_answers.py), the span and day buttons, forged and stale
callbacks. Sentences our own; the clock is the e2e fixture's (Monday 14 December 2026)."""

from __future__ import annotations

from datetime import datetime

from bot.core.ports import FixedClock
from tests.e2e.conftest import TZ, Running
from tests.e2e.test_vk_conversation import invite
from tests.e2e.test_vk_student_words import Chat

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
