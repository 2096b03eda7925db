"""An event written with only a period, through the real VK bot and the local VK server
(adversarial walk h#13): «…на следующей неделе» is not «не понял» — the day is asked within
that week, named with its dates, a weekday answer is that week's, and «да» saves it."""

from __future__ import annotations

from bot.core.ports import FixedClock
from tests.e2e.conftest import CURATOR, Running


async def test_a_week_only_event_is_asked_its_day_and_saved(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot  # Monday 14 December 2026: the next week is 21–27 December
    vk = running.vk
    vk.push_message(CURATOR, "Экскурсия в планетарий на следующей неделе, 8 классы")
    asked = await vk.wait_text(CURATOR, "На какой день")
    assert "с 21 декабря по 27 декабря" in asked, asked
    vk.push_message(CURATOR, "в среду")
    await vk.wait_text(CURATOR, "Во сколько")
    vk.push_message(CURATOR, "в 16:00")
    card = await vk.wait_text(CURATOR, "Я понял так")
    assert "23 декабря" in card, card
    vk.push_message(CURATOR, "да")
    saved = await vk.wait_text(CURATOR, "Сохранено")
    assert "23 декабря" in saved, saved
    assert all("Не понял" not in t for t in vk.texts_to(CURATOR))
