"""A weekly кружок through the real bot and the local VK server (newcomer walk 2026-12-01b,
findings 6 and 15; conv9 items 3 and 4): «запиши меня на все» reaches the student as ONE
VK message listing the 7 meetings (it was 7 messages), and the organiser gets the «как
прошло?» poll after the first meeting only, while the student gets one after each."""

from __future__ import annotations

from datetime import datetime

from bot.core.ports import FixedClock
from tests.e2e.conftest import TZ, Running
from tests.e2e.test_vk_conversation import invite
from tests.e2e.test_vk_student_words import Chat

KGTU, ANNA = 2001, 3001


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


async def test_one_sign_up_message_and_one_organiser_poll_per_series(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk, store = running.vk, running.app.store
    chat = Chat(vk)

    async def say_plain(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    await invite(vk, say_plain, KGTU, "КГТУ")
    series = "Кружок робототехники по средам в 15:00 с 16 декабря по 27 января, 7а, каб. 12"
    # 6 January falls in the winter каникулы: the card names it and asks (walk 2026-12-02m #12)
    await chat.say(KGTU, series, "Сохранить всё равно?")
    await chat.say(KGTU, "да", "Сохранено")
    events = await store.events_between(at("2026-12-14T00:00"), None)
    assert len(events) == 7

    await chat.say(ANNA, "я из 7А", "Запомнил")
    await chat.say(ANNA, "запиши меня на кружок робототехники", "запиши меня на все")
    before = len(vk.texts_to(ANNA))
    joined = await chat.say(ANNA, "запиши меня на все", "Вы записаны ✅ на 7 мероприятий")
    assert joined.count("✅ Кружок робототехники — ") == 7
    await chat.say(ANNA, "мои записи", "Кружок робототехники")  # the next reply after it
    assert len(vk.texts_to(ANNA)) - before == 2  # one for all seven meetings, then the list

    told_kgtu = len(vk.texts_to(KGTU))
    clock.set(at("2026-12-16T16:05"))  # after the first meeting
    await running.app.loop.tick()
    organiser_polls = [t for t in vk.texts_to(KGTU)[told_kgtu:] if "Как прошло" in t]
    assert len(organiser_polls) == 1
    assert "Это первая встреча серии" in organiser_polls[0]
    assert sum("Как прошло" in t for t in vk.texts_to(ANNA)) == 1

    told_kgtu = len(vk.texts_to(KGTU))
    clock.set(at("2026-12-23T16:05"))  # after the second: the student only
    await running.app.loop.tick()
    await vk.wait_for(lambda s: sum("Как прошло" in t for t in s.texts_to(ANNA)) == 2)
    assert not any("Как прошло" in t for t in vk.texts_to(KGTU)[told_kgtu:])
