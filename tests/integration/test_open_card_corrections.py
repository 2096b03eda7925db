"""Corrections typed under an open card, and right after saving it (newcomer walk
2026-12-01f, findings 6 and 7): «ошибся, не 5, а 12», «это онлайн», «время 15:30» were not
understood and the next «да» saved the old card; «нет, не 5-го, а 12-го» opened the add /
replace question about a new draft «Нет, не, а 12-го», and after saving became an event of
its own. The phrasings below are this file's own, not the walk's. Real planner, real store,
real templates, frozen clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.core.models import Event
from tests import chat_world
from tests.chat_world import NOW, ZONE, ChatWorld
from tests.chat_world import said as _said

LECTURE = "Лекция «Морские профессии» 10 декабря в 14:00, 9–11 классы, ауд. 255"
PLAN = (
    "10 декабря в 14:00 — лекция «Морские профессии», 9–11 классы, ауд. 255\n"
    "11 декабря в 15:30 — мастер-класс по робототехнике, 9 классы\n"
    "17 декабря в 11:00 — экскурсия в лабораторию, 10 классы"
)


world = chat_world.partner_world


async def _events(world: ChatWorld) -> list[Event]:
    return await world.store.events_between(NOW, NOW + timedelta(days=90))


async def _saved_one(world: ChatWorld) -> Event:
    templates, text = await _said(world, "да")
    assert "saved" in templates, text
    [event] = await _events(world)
    return event


# --- 6. a correction of the open card changes the card ----------------------------------


@pytest.mark.parametrize(
    "correction",
    [
        "ой, ошибся: не 10, а 17",
        "нет, не 10-го, а 17-го",
        "опечатка, не 10 а 17",
        "10-го не получится, лучше 17-го",
        "10 декабря нельзя — давайте 17 декабря",
        "дата 17 декабря",
        "дата: 17",
        "поменяй дату на 17-е",
    ],
)
async def test_a_day_correction_of_the_open_card_moves_the_card(
    world: ChatWorld, correction: str
) -> None:
    await world.say(LECTURE)
    templates, card = await _said(world, correction)
    assert templates == ["event_card"], card
    assert "17 декабря" in card, card
    assert "14:00" in card, card
    assert "ауд. 255" in card, card
    assert "📌 Лекция «Морские профессии»" in card, card
    event = await _saved_one(world)
    assert event.start == datetime(2026, 12, 17, 14, 0, tzinfo=ZONE)
    assert event.title == "Лекция «Морские профессии»"


@pytest.mark.parametrize(
    "correction",
    [
        "время 16:30",
        "время: 16.30",
        "измени время на 16:30",
        "ошиблась, не в 14, а в 16:30",
        "в 14 не можем, давайте в 16:30",
    ],
)
async def test_a_time_correction_of_the_open_card_moves_the_card(
    world: ChatWorld, correction: str
) -> None:
    await world.say(LECTURE)
    templates, card = await _said(world, correction)
    assert templates == ["event_card"], card
    assert "10 декабря" in card, card
    assert "16:30" in card, card
    event = await _saved_one(world)
    assert event.start == datetime(2026, 12, 10, 16, 30, tzinfo=ZONE)


async def test_a_bare_hour_contrast_is_an_hour_when_it_replaces_the_cards_hour(
    world: ChatWorld,
) -> None:
    await world.say(LECTURE)
    templates, card = await _said(world, "ошибся, не 14, а 16")
    assert templates == ["event_card"], card
    assert "10 декабря" in card, card
    assert "16:00" in card, card


@pytest.mark.parametrize(
    "correction",
    [
        "это онлайн",
        "будет в Zoom",
        "формат онлайн",
        "проходит дистанционно",
        "место: онлайн",
        "нет, онлайн",
        "мероприятие пройдёт в Телемосте",
        "исправь место: онлайн",
    ],
)
async def test_an_online_correction_makes_the_cards_place_online(
    world: ChatWorld, correction: str
) -> None:
    await world.say(LECTURE)
    templates, card = await _said(world, correction)
    assert templates == ["event_card"], card
    assert "📍 онлайн" in card, card
    assert "ауд. 255" not in card, card
    assert "10 декабря" in card, card
    assert "14:00" in card, card
    event = await _saved_one(world)
    assert event.venue == "онлайн"
    assert event.title == "Лекция «Морские профессии»"


async def test_an_online_correction_keeps_the_link_it_gives(world: ChatWorld) -> None:
    await world.say(LECTURE)
    templates, card = await _said(world, "это онлайн, ссылка https://telemost.yandex.ru/j/123")
    assert templates == ["event_card"], card
    assert "📍 онлайн" in card, card
    assert "https://telemost.yandex.ru/j/123" in card, card


@pytest.mark.parametrize("text", ["ошибся, не 3, а 4", "нет, не в тот день", "шмяк"])
async def test_what_corrects_nothing_says_the_card_is_open_and_unchanged(
    world: ChatWorld, text: str
) -> None:
    await world.say(LECTURE)
    templates, reply = await _said(world, text)
    assert templates == ["card_unchanged"], reply
    assert "не изменилась" in reply, reply
    assert "10 декабря" in reply, reply
    assert "ауд. 255" in reply, reply
    event = await _saved_one(world)  # «да» saves the card shown, as it was
    assert event.start == datetime(2026, 12, 10, 14, 0, tzinfo=ZONE)
    assert event.venue == "ауд. 255"


async def test_a_new_event_under_an_open_card_is_still_a_new_event(world: ChatWorld) -> None:
    await world.say(LECTURE)
    templates, text = await _said(world, "Лекция по химии 17 декабря в 15:00, 9 классы")
    assert templates == ["draft_choice"], text


@pytest.mark.parametrize(
    "correction", ["время 15:30", "это онлайн", "нет, не 10-го, а 17-го", "дата: 12 декабря"]
)
async def test_a_correction_under_a_pasted_plan_never_becomes_a_plan_line(
    world: ChatWorld, correction: str
) -> None:
    await world.say(PLAN)
    templates, reply = await _said(world, correction)
    assert templates == ["card_unchanged"], reply
    assert "исправь 2:" in reply, reply
    templates, text = await _said(world, "да")
    assert "plan_saved" in templates or "saved" in templates, text
    events = await _events(world)
    assert len(events) == 3, [e.title for e in events]
    assert not any(e.title.lower().startswith(("время", "нет", "дата", "это")) for e in events)
    lecture = next(e for e in events if e.title.startswith("Лекция"))
    assert lecture.start == datetime(2026, 12, 10, 14, 0, tzinfo=ZONE)
    assert lecture.venue == "ауд. 255"


# --- 7. a correction after saving moves the saved event, behind «да» ----------------------


@pytest.mark.parametrize(
    ("correction", "day", "hour"),
    [
        ("нет, не 10-го, а 17-го", 17, (14, 0)),
        ("ошибся, не 10, а 17", 17, (14, 0)),
        ("10-го нельзя, давайте 17-го", 17, (14, 0)),
        ("ой, не 14, а 16", 10, (16, 0)),
        ("время 16:30", 10, (16, 30)),
    ],
)
async def test_a_correction_after_saving_moves_the_saved_event(
    world: ChatWorld, correction: str, day: int, hour: tuple[int, int]
) -> None:
    await world.say(LECTURE)
    await _saved_one(world)
    templates, card = await _said(world, correction)
    assert templates == ["change_card"], card
    assert "Морские профессии" in card, card
    [unchanged] = await _events(world)
    assert unchanged.start == datetime(2026, 12, 10, 14, 0, tzinfo=ZONE)  # nothing before «да»
    templates, text = await _said(world, "да")
    assert "moved" in templates, text
    [moved] = await _events(world)  # the same event, never a second one
    assert moved.title == "Лекция «Морские профессии»"
    assert moved.start == datetime(2026, 12, day, *hour, tzinfo=ZONE)
