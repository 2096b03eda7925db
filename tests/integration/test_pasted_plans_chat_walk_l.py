"""Pasted multi-event plans in the chat (adversarial walk 2026-12-02l, #3, #4, #8): the
planner over a real store, a frozen clock (Tuesday 1 December 2026, 10:00) and the real
templates; what is saved is read back from the store. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

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
            e.title,
        )
        for e in events
    )


# --- #3: day headers, each line's clock after its title ---------------------------------------

HEADED = (
    "10 декабря\n"
    "Беседа о правах ребёнка в 9:30\n"
    "Концерт хора в 16:00\n"
    "11 декабря\n"
    "Турнир по шашкам в 13:15\n"
    "Квиз по географии в 15:00"
)


async def test_each_line_under_a_day_header_is_its_own_event_on_that_day(
    world: ChatWorld,
) -> None:
    summary = await _say(world, HEADED)
    assert "В плане 4 мероприятия" in summary
    assert "Не понял" not in summary
    assert "Сохранено" in await _say(world, "да")
    assert await _saved(world) == [
        ("10.12 09:30", "10:30", "Беседа о правах ребёнка"),
        ("10.12 16:00", "17:00", "Концерт хора"),
        ("11.12 13:15", "14:15", "Турнир по шашкам"),
        ("11.12 15:00", "16:00", "Квиз по географии"),
    ]


# --- #4: an undated line among dated ones -----------------------------------------------------

HALF_DATED = (
    "4 декабря в 10:00 — лекция о вулканах, 9 классы\n"
    "экскурсия в музей янтаря в 12:00, 8 классы\n"
    "7 декабря в 11:00 — олимпиада по физике, 10 классы"
)


async def test_an_undated_line_is_held_for_its_day_never_saved_today(world: ChatWorld) -> None:
    summary = await _say(world, HALF_DATED)
    assert "1 декабря" not in summary  # today is never given to it unseen
    assert "Экскурсия в музей янтаря (строка 2) — нет даты (время 12:00 есть)" in summary
    await _say(world, "исправь 2: 8 декабря")
    assert "Сохранено" in await _say(world, "да")
    assert await _saved(world) == [
        ("04.12 10:00", "11:00", "Лекция о вулканах"),
        ("07.12 11:00", "12:00", "Олимпиада по физике"),
        ("08.12 12:00", "13:00", "Экскурсия в музей янтаря"),
    ]


async def test_saving_the_rest_names_the_undated_line(world: ChatWorld) -> None:
    await _say(world, HALF_DATED)
    saved = await _say(world, "да")
    assert "Экскурсия в музей янтаря" in saved  # named as not saved
    assert [title for _, _, title in await _saved(world)] == [
        "Лекция о вулканах",
        "Олимпиада по физике",
    ]


# --- #8: a programme under one header ---------------------------------------------------------

PROGRAMME = (
    "14 декабря, Фестиваль науки, 7–9 классы:\n"
    "9:30 — сбор участников\n"
    "10:00 — опыты с жидким азотом\n"
    "11:15 — награждение"
)


async def test_a_programme_is_one_event_whose_card_lists_every_item(world: ChatWorld) -> None:
    card = await _say(world, PROGRAMME)
    assert "📌 Фестиваль науки\n" in card
    assert "Программа:" in card
    for item in ("09:30 — сбор участников", "10:00 — опыты с жидким азотом", "11:15 — награждение"):
        assert item in card
    assert "09:30–12:15" in card
    assert "Сохранено" in await _say(world, "да")
    [event] = await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    assert (event.title, event.start.astimezone(ZONE).strftime("%d.%m %H:%M")) == (
        "Фестиваль науки",
        "14.12 09:30",
    )
    assert event.end.astimezone(ZONE).strftime("%H:%M") == "12:15"
    assert "опыты с жидким азотом" in (event.details.description or "")
