"""Pasted lists, two dated clocks and clock spans in the chat (newcomer walk 2026-12-01k,
findings 1, 4 and 5): the planner over a real store, a frozen clock (Tuesday 1 December
2026, 10:00) and the real templates; what is saved is read back from the store. Sentences
written for these tests, not the walk's."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.models import Event
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld

world = chat_world.partner_world


async def _say(world: ChatWorld, text: str) -> str:
    return "\n".join(world.text(r) for r in await world.say(text))


async def _saved(world: ChatWorld) -> list[tuple[str, str, str]]:
    events: list[Event] = await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    return sorted(
        (
            e.start.astimezone(ZONE).strftime("%d.%m %H:%M"),
            e.end.astimezone(ZONE).strftime("%H:%M"),
            ",".join(sorted(e.audience.classes)),
        )
        for e in events
    )


# --- finding 1: a list with undated lines, a timetable grouped by day -------------------------

HALF_DATED = (
    "Квест по истории города 14.12 в 11.00, 6А\n"
    "Спектакль «Морозко» 16 декабря с 12 до 13, 3Б 3В\n"
    "Беседа о безопасности 18.12 в 13-00, 4Г\n"
    "Турнир по шахматам после каникул, 7 классы\n"
    "Открытый урок на следующей неделе в 16:00\n"
    "Ярмарка в конце месяца"
)
GROUPED = (
    "17 декабря:\n"
    "9:00 — квест «Тайны замка», 4Б\n"
    "13:00 — беседа о профессиях, 8А\n"
    "Пятница, 18 декабря\n"
    "14:00 — концерт хора, 2В"
)


async def test_a_list_with_undated_lines_is_a_plan_naming_the_lines_without_a_day(
    world: ChatWorld,
) -> None:
    summary = await _say(world, HALF_DATED)
    assert "Сеансы" not in summary
    assert "Квест по истории города — 14 декабря" in summary
    assert "Спектакль «Морозко» — 16 декабря" in summary
    for undated in ("Турнир по шахматам после каникул", "Ярмарка в конце месяца", "Открытый урок"):
        assert undated in summary  # shown, never silently dropped
    assert "нет даты" in summary
    assert "Сохранено" in await _say(world, "да")
    assert await _saved(world) == [
        ("14.12 11:00", "12:00", "6А"),
        ("16.12 12:00", "13:00", "3Б,3В"),
        ("18.12 13:00", "14:00", "4Г"),
    ]


async def test_a_timetable_grouped_by_day_saves_one_event_per_line(world: ChatWorld) -> None:
    summary = await _say(world, GROUPED)
    assert "В плане 3 мероприятия" in summary
    assert "Не понял" not in summary
    assert "Сохранено" in await _say(world, "да")
    assert await _saved(world) == [
        ("17.12 09:00", "10:00", "4Б"),
        ("17.12 13:00", "14:00", "8А"),
        ("18.12 14:00", "15:00", "2В"),
    ]


# --- finding 4: two dates, each with its own clock --------------------------------------------


@pytest.mark.parametrize(
    ("text", "pick", "saved"),
    [
        ("Беседа 21.12 в 13:00 и 22.12 в 16:30, 10Б", "22 декабря", "22.12 16:30"),
        ("Беседа 21.12 в 13:00 и 22.12 в 16:30, 10Б", "21.12", "21.12 13:00"),
        ("Экскурсия 17 декабря в 9:15 или 18 декабря в 12:40, 6Д", "18.12", "18.12 12:40"),
    ],
)
async def test_the_day_picked_keeps_its_own_clock(
    world: ChatWorld, text: str, pick: str, saved: str
) -> None:
    question = await _say(world, text)
    assert "13:00" in question or "9:15" in question or "09:15" in question
    card = await _say(world, pick)
    assert saved.split()[1] in card
    assert "Сохранено" in await _say(world, "да")
    [(start, _, _)] = await _saved(world)
    assert start == saved


async def test_the_second_days_button_saves_its_own_clock(world: ChatWorld) -> None:
    [question] = await world.say("Лекция о янтаре 15.12 в 10:00 и 16.12 в 11:30, 7Б")
    labels = [world.renderer.render("buttons/pick", b.context) for (b,) in question.buttons]
    assert [label.split(", ")[-1] for label in labels] == ["10:00", "11:30"]
    second = question.buttons[1][0]
    await world.press(second.payload)
    assert "Сохранено" in await _say(world, "да")
    assert [start for start, _, _ in await _saved(world)] == ["16.12 11:30"]


# --- finding 5: spans with a spaced dash, two slots --------------------------------------------


@pytest.mark.parametrize(
    ("text", "saved"),
    [
        ("Семинар по экологии 18 декабря 14-00 - 15-30, 7Б", ("18.12 14:00", "15:30", "7Б")),
        ("Концерт хора 19.12 в 14 - 16, 5В", ("19.12 14:00", "16:00", "5В")),
        ("Тренинг 22 декабря в 8:45 - 10, 6Г", ("22.12 08:45", "10:00", "6Г")),
    ],
)
async def test_a_spaced_span_is_saved_with_its_end(
    world: ChatWorld, text: str, saved: tuple[str, str, str]
) -> None:
    card = await _say(world, text)
    assert f"{saved[0].split()[1]}–{saved[1]}" in card
    assert "- 1" not in card  # no «- 16» left in the title
    assert "Сохранено" in await _say(world, "да")
    assert await _saved(world) == [saved]


async def test_two_slots_are_two_sessions_saved(world: ChatWorld) -> None:
    card = await _say(world, "Тренинг 22.12 13.00-14.00, 14.00-15.00, 9В")
    assert "Сеансы (2)" in card
    assert "Сохранено" in await _say(world, "да")
    assert await _saved(world) == [
        ("22.12 13:00", "14:00", "9В"),
        ("22.12 14:00", "15:00", "9В"),
    ]
