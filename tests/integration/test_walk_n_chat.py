"""Adversarial walk n (2026-12-02) in the chat: the planner over a real store, a frozen clock
(Tuesday 1 December 2026, 10:00, partner_world) and the real templates; what is saved is read
back from the store. Sentences written for these tests, not the walk's."""

from __future__ import annotations

from datetime import datetime

from bot.core.models import Event
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld

world = chat_world.partner_world


async def _say(world: ChatWorld, text: str) -> str:
    return "\n".join(world.text(r) for r in await world.say(text))


async def _saved(world: ChatWorld) -> list[tuple[str, str]]:
    events: list[Event] = await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    return sorted(
        (
            e.start.astimezone(ZONE).strftime("%d.%m %H:%M"),
            e.end.astimezone(ZONE).strftime("%d.%m %H:%M") if e.end else "",
        )
        for e in events
    )


# --- finding 4: a range from «24:00» starts at the midnight closing the day -------------------


async def test_a_range_from_24_00_is_saved_on_the_next_day(world: ChatWorld) -> None:
    card = await _say(world, "Дискотека 19 декабря с 24:00 до 03:00, 10Б")
    assert "20 декабря" in card
    await _say(world, "да")
    assert await _saved(world) == [("20.12 00:00", "20.12 03:00")]


async def test_in_24_hours_as_a_clock_is_the_next_midnight(world: ChatWorld) -> None:
    card = await _say(world, "Дискотека 19 декабря в 24 часа, 10Б")
    assert "20 декабря" in card
    await _say(world, "да")
    assert [s[0] for s in await _saved(world)] == ["20.12 00:00"]


# --- finding 10: the week's first school day; past autumn каникулы are asked about ------------


async def test_first_school_day_of_the_week_is_next_monday(world: ChatWorld) -> None:
    card = await _say(world, "Собрание актива в первый учебный день недели в 8:30, 10В")
    assert "7 декабря" in card
    assert "недели" not in card.split("\n")[0]
    await _say(world, "да")
    assert [s[0] for s in await _saved(world)] == ["07.12 08:30"]


async def test_first_school_day_after_past_autumn_holidays_is_asked(world: ChatWorld) -> None:
    reply = await _say(
        world, "Собрание актива в первый учебный день после осенних каникул в 8:30, 10В"
    )
    assert "Сохранить?" not in reply
    assert "2027" in reply


# --- finding 14: «на зимних» is the winter каникулы; «выхи» alone is the weekend ---------------


async def test_on_the_winter_ones_lists_the_winter_holidays(world: ChatWorld) -> None:
    await _say(world, "Квиз «Физика» 15 декабря в 15:00, 8Б")
    await _say(world, "да")
    await _say(world, "Экскурсия на завод 5 января в 11:00, 8Б")
    await _say(world, "да")
    reply = await _say(world, "что на зимних")
    assert "Экскурсия" in reply
    assert "Физика" not in reply


async def test_weekend_slang_alone_is_the_weekend_question(world: ChatWorld) -> None:
    await _say(world, "Квиз «Физика» 5 декабря в 12:00, 8Б")
    await _say(world, "да")
    reply = await _say(world, "выхи")
    assert "Физика" in reply
    assert "не понял" not in reply


# --- finding 12: «Отмена отменяется!» cancels nothing; «Отмена! <title>» finds the event ------


async def test_a_withdrawn_cancellation_keeps_the_event(world: ChatWorld) -> None:
    await _say(world, "Концерт хора 18 декабря в 16:00, 6А")
    await _say(world, "да")
    reply = await _say(world, "Отмена отменяется! Концерт хора 18 декабря состоится")
    assert "Отменить" not in reply
    await _say(world, "да")
    assert [s[0] for s in await _saved(world)] == ["18.12 16:00"]  # a quick «да» cancels nothing


async def test_a_cancel_mark_without_a_day_asks_to_cancel_the_event(world: ChatWorld) -> None:
    await _say(world, "Концерт хора 18 декабря в 16:00, 6А")
    await _say(world, "да")
    reply = await _say(world, "Отмена! Концерт хора")
    assert "Отменить" in reply
    assert "18 декабря" in reply
    await _say(world, "да")
    assert await _saved(world) == []
