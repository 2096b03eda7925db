"""The loop after the plan, through the real bot and the local VK server: a student signs up,
gets both reminders and the poll from the notification loop (driven by a hand-moved clock),
answers it with buttons and text, and the curator's report shows the rating."""

from __future__ import annotations

from datetime import datetime

from bot.core.ports import FixedClock
from tests.e2e.conftest import CURATOR, TZ, Running
from tests.e2e.test_vk_conversation import button, invite
from tests.e2e.vk_server import FakeVK

KGTU, STUDENT = 2001, 3001


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


def count(vk: FakeVK, peer: int, fragment: str) -> int:
    return sum(fragment in text for text in vk.texts_to(peer))


async def test_sign_up_reminders_poll_and_report(
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
    await say(STUDENT, "что завтра?")
    await vk.wait_text(STUDENT, "Лекция о роботах")
    vk.push_callback(STUDENT, button(vk, STUDENT, "Записаться: 1"))
    await vk.wait_text(STUDENT, "Вы записаны")

    clock.set(at("2026-12-14T15:00"))  # 24 hours before
    await loop.tick()  # a Monday: the week's digests go out with the reminders
    day_before = await vk.wait_text(STUDENT, "Напоминание")
    assert "15 декабря" in day_before
    assert "15:00" in day_before
    assert count(vk, KGTU, "Напоминание") == 1  # the organiser is reminded too
    assert count(vk, CURATOR, "Неделя 14 декабря") == 1

    clock.set(at("2026-12-15T14:00"))  # one hour before
    assert await loop.tick() == 2
    assert await loop.tick() == 0  # a second tick sends nothing twice
    assert count(vk, STUDENT, "Напоминание") == 2

    clock.set(at("2026-12-15T16:05"))  # the lecture has ended
    await loop.tick()
    poll = await vk.wait_text(STUDENT, "Как прошло")
    assert "анонимн" in poll
    vk.push_callback(STUDENT, button(vk, STUDENT, "5"))
    await vk.wait_text(STUDENT, "посоветуете")
    await say(STUDENT, "10")
    await vk.wait_text(STUDENT, "комментарий")
    await say(STUDENT, "Собрали робота за час, было здорово")
    await vk.wait_text(STUDENT, "Спасибо за отзыв")

    await say(CURATOR, "итоги декабря")
    report = await vk.wait_text(CURATOR, "Итоги")
    assert "КГТУ" in report
    assert "оценка 5,0" in report
    assert "NPS 100" in report
    assert "«Собрали робота за час, было здорово»" in report
    assert vk.max_calls_per_second() <= 20
