"""Newcomer walk 2026-12-03ad through the real bot and the local VK server: a cancelled
sign-up names «запиши меня снова», which signs up again (AD8); a bare «1» after the plan
list names that event (AD6: was «Извините, не понял»)."""

from __future__ import annotations

from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_vk_conversation import invite
from tests.e2e.test_vk_student_words import Chat

KGTU, ANNA = 2001, 3001


async def test_cancel_names_how_to_sign_up_again_and_a_bare_number_picks(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot
    vk = running.vk
    chat = Chat(vk)

    async def say_plain(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    await invite(vk, say_plain, KGTU, "КГТУ")
    for line in (
        "Мастер-класс по пайке 18 декабря с 11:00 до 12:00 для 9б",
        "Олимпиада по робототехнике 18 декабря с 15:00 до 16:00 для 9б",
    ):
        await chat.say(KGTU, line, "Сохранить?")
        await chat.say(KGTU, "да", "Сохранено")
    await chat.say(ANNA, "я из 9Б", "Запомнил")

    await chat.say(ANNA, "что 18 декабря?", "Олимпиада по робототехнике")
    picked = await chat.say(ANNA, "2", "№2")
    assert "«Олимпиада по робототехнике» — 18 декабря" in picked, picked
    assert "«записаться 2»" in picked, picked
    await chat.say(ANNA, "записаться 2", "Вы записаны")
    cancelled = await chat.say(ANNA, "не пойду", "отменена")
    assert "«запиши меня снова»" in cancelled, cancelled
    again = await chat.say(ANNA, "запиши меня снова", "Вы записаны")
    assert "Олимпиада по робототехнике" in again, again
