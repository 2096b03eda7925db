"""Newcomer walk t (2026-12-02), finding 25: a cover note sent before its file («Добрый день!
Отправляем уточнённый план, в январе есть изменения») is answered «жду файл», not «не
понял»; a note that names an event's day or time is still read as the event. The planner
over a real store, a frozen clock and the real templates. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world


async def _say(world: ChatWorld, text: str) -> str:
    replies = await world.planner.handle(world.vk_id, text)
    return "\n".join(world.text(r) for r in replies)


@pytest.mark.parametrize(
    "text",
    [
        "Добрый день! Отправляем уточнённый план, в январе есть изменения",
        "Здравствуйте, высылаю план мероприятий на третью четверть",
        "Сейчас пришлю файл с расписанием",
        "Направляем вам обновлённую таблицу",
    ],
)
async def test_a_cover_note_before_a_file_waits_for_the_file(world: ChatWorld, text: str) -> None:
    reply = await _say(world, text)
    assert "Жду файл" in reply, reply
    assert "не понял" not in reply, reply


async def test_a_note_naming_a_day_and_time_is_still_an_event(world: ChatWorld) -> None:
    reply = await _say(world, "Отправляем план: лекция 15 декабря в 15:00, 9 классы")
    assert "Я понял так" in reply, reply
