"""The event card keeps one fact per line: sessions, typo corrections, the «no end» note and
the year of an event in another school year never run into the next line (newcomer walk
2026-11-30). Real planner, real SQLite store, real templates, frozen clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import ChatWorld as World
from tests.chat_world import open_world

TZ = ZoneInfo("Europe/Kaliningrad")
TUESDAY = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)  # the frozen clock


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(
        tmp_path / "plan.db",
        TUESDAY,
        Role.PARTNER,
        "Колледж",
        OrgKind.PARTNER,
    )
    yield opened
    await opened.store.close()


async def test_each_session_has_its_own_line(world: World) -> None:
    lines = await world.card_lines(
        "Профпробы в колледже сервиса 7 и 14 декабря в 10:00 для 8-9 классов"
    )
    assert "Сеансы (2):" in lines
    assert "• 7 декабря (пн), 10:00" in lines
    assert "• 14 декабря (пн), 10:00" in lines
    assert "👥 8–9 классы" in lines


async def test_corrections_and_the_missing_end_are_separate_lines(world: World) -> None:
    lines = await world.card_lines("завтро в 14:30 экскурсия в музей янтаря для 8а")
    assert "✏️ Исправил опечатки: «завтро» → «завтра»" in lines
    assert "⏱ Окончание не указано — считаю, что мероприятие идёт час." in lines


async def test_the_year_of_another_school_year_follows_the_day(world: World) -> None:
    lines = await world.card_lines("Лекция 2 сентября 2027 в 15:00, 9 классы")
    assert "🗓 2 сентября 2027 года (чт), 15:00" in lines


async def test_a_card_in_this_school_year_shows_no_year(world: World) -> None:
    lines = await world.card_lines("Лекция 15 декабря в 15:00, 9 классы")
    assert "🗓 15 декабря (вт), 15:00" in lines
    assert not any("2026" in line for line in lines)


SERIES = (
    "Кружок программирования по средам в 16:00, начиная с 2 декабря, длительность 1,5 часа,"
    " 7 классы"
)


async def test_no_free_times_when_only_a_later_occurrence_meets_the_calendar(
    world: World,
) -> None:
    """A weekly series whose 6 January meets the New Year holidays: the calendar says so,
    but times «without lessons» proposed for its first day (2 December, no clash) only
    confuse (newcomer walk C8)."""
    [card] = await world.say(SERIES)
    assert card.template == "event_card"
    assert card.context["occurrences"] > 1
    assert card.context["calendar"], "the holiday is still named"
    assert card.context["slots"] == []
    text = world.renderer.render(card.template, card.context)
    assert "Время без уроков" not in text
    assert "Накладок с другими мероприятиями нет, но встреча 6 января" in text  # walk 12-02m #12


async def test_free_times_still_come_when_the_event_itself_meets_the_calendar(
    world: World,
) -> None:
    [card] = await world.say("Лекция 1 января в 12:00, 9 классы")
    assert card.template == "event_card"
    assert card.context["calendar"]
    assert card.context["slots"]
    assert "Время без уроков" in world.renderer.render(card.template, card.context)


async def test_a_time_given_in_moscow_time_says_it_was_converted(world: World) -> None:
    """Newcomer walk C5: «с 11 до 14 по мск» shows 10:00–13:00 in Kaliningrad, and the card
    says why, on its own line; a time without МСК gets no such line."""
    lines = await world.card_lines("День открытых дверей 13 декабря с 11 до 14 по мск, 10 классы")
    assert any("10:00–13:00" in line for line in lines)
    assert "🕒 Время было по Москве — показываю местное (-1 ч)" in lines
    plain = await world.card_lines("День открытых дверей 13 декабря с 11 до 14, 10 классы")
    assert not any("по Москве" in line for line in plain)
