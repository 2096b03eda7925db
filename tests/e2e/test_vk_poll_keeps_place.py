"""The poll keeps its place through the real bot and the local VK server: an unreadable
answer gets the same question back with its keyboard (which VK accepts), a score in words
is read, «не знаю» skips, a correction replaces the score, and the report counts one
answer with the corrected score."""

from __future__ import annotations

from datetime import datetime

from bot.core.ports import FixedClock
from tests.e2e.conftest import CURATOR, TZ, Running
from tests.e2e.test_vk_conversation import button, invite

KGTU, STUDENT = 2001, 3001


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


async def test_a_poll_answered_in_words_skipped_and_corrected(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
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

    await say(STUDENT, "ну такое")
    again = await vk.wait_text(STUDENT, "Не понял ответ на опрос")
    assert "от 1 до 5" in again
    labels = [b["label"] for b in vk.last_to(STUDENT).buttons()]
    assert labels[:5] == ["1", "2", "3", "4", "5"]  # the same buttons, accepted by VK
    await say(STUDENT, "оценка четыре")
    await vk.wait_text(STUDENT, "посоветуете")
    await say(STUDENT, "не знаю")
    await vk.wait_text(STUDENT, "Хорошо, пропустим")
    await say(STUDENT, "ой я поставил 4 а хотел 3")
    await vk.wait_text(STUDENT, "Исправил")
    await say(STUDENT, "нет")
    await vk.wait_text(STUDENT, "Спасибо за отзыв")
    assert not any("Извините, не понял" in t for t in vk.texts_to(STUDENT))

    await say(CURATOR, "итоги декабря")
    report = await vk.wait_text(CURATOR, "Итоги")
    assert "оценка 3,0" in report
