"""Walk r #17 through the real bot and the local VK server: «меня не было», then «4» asks
whether to put 4 in place of «не был», with a «Поставить 4» button VK accepts; the button
replaces it and the recommendation follows. A repeated answer says what is stored."""

from __future__ import annotations

from datetime import datetime

from bot.core.ports import FixedClock
from tests.e2e.conftest import TZ, Running
from tests.e2e.test_vk_conversation import button, invite

KGTU, STUDENT = 2001, 3001


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


async def test_a_score_after_i_was_not_there(clocked_bot: tuple[Running, FixedClock]) -> None:
    running, clock = clocked_bot
    vk, loop = running.vk, running.app.loop

    async def say(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    await invite(vk, say, KGTU, "КГТУ")
    await say(KGTU, "Лекция о роботах 15 декабря с 15:00 до 16:00, 10А, ауд. 204")
    await vk.wait_text(KGTU, "Лекция о роботах")
    await say(KGTU, "да")
    await vk.wait_text(KGTU, "Сохранено")
    await say(STUDENT, "я из 10А")
    await vk.wait_text(STUDENT, "Запомнил")
    await say(STUDENT, "что 15 декабря?")
    await vk.wait_text(STUDENT, "Лекция о роботах")
    vk.push_callback(STUDENT, button(vk, STUDENT, "Записаться: 1"))
    await vk.wait_text(STUDENT, "Вы записаны")

    clock.set(at("2026-12-15T16:05"))  # the lecture has ended
    await loop.tick()
    await vk.wait_text(STUDENT, "Как прошло")
    await say(STUDENT, "меня не было")
    await vk.wait_text(STUDENT, "отметил, что вас не было")
    await say(STUDENT, "4")
    offer = await vk.wait_text(STUDENT, "Поставить 4?")
    assert "Вы отметили, что вас не было" in offer
    labels = [b["label"] for b in vk.last_to(STUDENT).buttons()]
    assert labels == ["Поставить 4"]
    vk.push_callback(STUDENT, button(vk, STUDENT, "Поставить 4"))
    await vk.wait_text(STUDENT, "посоветуете")
    await say(STUDENT, "9")
    await vk.wait_text(STUDENT, "Хотите что-то добавить")
    await say(STUDENT, "нет")
    await vk.wait_text(STUDENT, "Спасибо за отзыв")
    await say(STUDENT, "5")
    answered = await vk.wait_text(STUDENT, "Вы уже ответили")
    assert "оценка — 4 из 5" in answered
    assert "посоветовать другу — 9 из 10" in answered
    assert not any("Извините, не понял" in t for t in vk.texts_to(STUDENT))
