"""A students' event at night gets a warning on its card, before saving (newcomer walk
2026-12-02m, finding 11), through the planner (real SQLite store, frozen clock 1 December
2026 10:00 Kaliningrad, real templates): a warning line, not a refusal."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

world = chat_world.partner_world

NIGHT = "🌙"


@pytest.mark.parametrize(
    "text",
    [
        "Лекция 9 декабря в 23:30, 10А",
        "Встреча 12 января в 0:00, 9А",
        "Ночной квест 6 декабря с 22:00 до 02:00, 10А",
        "Концерт 9 декабря с 20:00 до 22:30, 10А",
        "Экскурсия 10 декабря в 5:00, 10А",
    ],
)
async def test_a_night_event_for_students_is_warned_about(world: ChatWorld, text: str) -> None:
    lines = await world.card_lines(text)
    night = [line for line in lines if line.startswith(NIGHT)]
    assert night, "\n".join(lines)
    assert "22:00" in night[0]
    assert "06:00" in night[0]
    assert lines[-1].endswith("Ответьте «да» или «нет».")  # still offered to save


@pytest.mark.parametrize(
    "text",
    [
        "Лекция 9 декабря в 15:00, 10А",
        "Концерт 9 декабря с 19:00 до 22:00, 10А",
        "Экскурсия 10 декабря в 6:00, 10А",
        "Олимпиада 10 декабря, весь день, 10А",
    ],
)
async def test_a_day_event_has_no_night_line(world: ChatWorld, text: str) -> None:
    lines = await world.card_lines(text)
    assert not [line for line in lines if line.startswith(NIGHT)], "\n".join(lines)


async def test_a_move_into_the_night_is_warned_about_and_still_done(world: ChatWorld) -> None:
    await world.say("Лекция 9 декабря в 15:00, 10А")
    templates, _ = await said(world, "да")
    assert templates[0] == "saved"
    templates, text = await said(world, "перенеси лекцию на 9 декабря 23:30")
    assert templates == ["change_card"], text
    assert any(line.startswith(NIGHT) for line in text.split("\n")), text
    templates, text = await said(world, "да")
    assert templates[0] == "moved", text


async def test_a_move_onto_a_holiday_is_not_called_free_of_clashes(world: ChatWorld) -> None:
    """The move card names a day off or каникулы as the new-event card does (newcomer walk
    2026-12-02m, #12): never «Накладок на новом времени нет ✅» above the holiday lines, and
    the day is named; a move to an ordinary school day keeps its ✅."""
    await world.say("Лекция о роботах 11 декабря в 15:00, 9А")
    templates, _ = await said(world, "да")
    assert templates[0] == "saved"
    templates, text = await said(world, "перенеси лекцию о роботах на 4 января")
    assert templates == ["change_card"], text
    assert "✅" not in text, text
    assert "4 января приходится на нерабочий день или каникулы" in text, text
    assert "Перенести всё равно?" in text, text
    await world.say("нет")
    templates, text = await said(world, "перенеси лекцию о роботах на 14 декабря")
    assert templates == ["change_card"], text
    assert "Накладок на новом времени нет ✅" in text, text
