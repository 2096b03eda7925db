"""Walk r (2026-12-02, the student side) through the real bot and the local VK server: a
poll answered, a correction naming the rating, «больше не пиши мне» and «отпиши меня от
всех» at and after the poll — none of them quoted to the curator as a review."""

from __future__ import annotations

from datetime import datetime

from bot.core.ports import FixedClock
from tests.e2e.conftest import CURATOR, TZ, Running
from tests.e2e.test_vk_conversation import button, invite

KGTU, STUDENT = 2001, 3001


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


async def test_requests_after_a_poll_are_done_not_quoted(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk, loop = running.vk, running.app.loop

    async def say(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    await invite(vk, say, KGTU, "КГТУ")

    async def wait_nth(peer: int, fragment: str, n: int) -> None:
        """Until the n-th text to `peer` with `fragment` (wait_text returns the first one:
        a second round must not run ahead of the bot)."""
        await vk.wait_for(lambda s: sum(fragment in t for t in s.texts_to(peer)) >= n)

    for n, text in enumerate(
        (
            "Лекция о роботах 15 декабря с 15:00 до 16:00, 10А, ауд. 204",
            "Экскурсия на завод 18 декабря в 11:00, 10А",
        ),
        1,
    ):
        await say(KGTU, text)
        await wait_nth(KGTU, "Сохранить", n)
        await say(KGTU, "да")
        await wait_nth(KGTU, "Сохранено", n)
    await say(STUDENT, "я из 10А")
    await vk.wait_text(STUDENT, "Запомнил")
    for n, title in enumerate(("лекцию о роботах", "экскурсию на завод"), 1):
        await say(STUDENT, f"запиши меня на {title}")
        await wait_nth(STUDENT, "Вы записаны", n)

    clock.set(at("2026-12-15T16:05"))  # the lecture has ended
    await loop.tick()
    await vk.wait_text(STUDENT, "Как прошло")
    vk.push_callback(STUDENT, button(vk, STUDENT, "5"))
    await vk.wait_text(STUDENT, "посоветуете")
    await say(STUDENT, "10")
    await vk.wait_text(STUDENT, "комментарий")
    await say(STUDENT, "больше не пиши мне")
    stopped = await vk.wait_text(STUDENT, "напоминания выключены")
    assert "отпиши меня от всех" in stopped
    await say(STUDENT, "ой я поставил 5 а хотел 3")
    corrected = await vk.wait_text(STUDENT, "Исправил")
    assert "3 из 5 (было 5)" in corrected
    await say(STUDENT, "отпиши меня от всех мероприятий")
    cancelled = await vk.wait_text(STUDENT, "отменена")
    assert "Экскурсия на завод" in cancelled

    await say(CURATOR, "итоги декабря")
    report = await vk.wait_text(CURATOR, "Итоги")
    assert "оценка 3,0" in report
    assert "NPS 100" in report
    assert "не пиши" not in report
    assert "отпиши" not in report
