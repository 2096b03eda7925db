"""files74: lessons and breaks by the school's bells — «с 3 по 5 урок», «на 3-м уроке», «на
большой перемене», «на перемене после 2 урока» — in a chat message and in a plan file's time
cell, through the real planner over a real store (SQLite; PostgreSQL under
tests/pg_everywhere.py), the clock at 1 December 2026, 10:00 Kaliningrad. The bells are
given in the chat as the README says (files72 reads them as the lesson hours too). All
sentences and rows are my own."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import EventIntent
from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.chat_world import NOW, curator_world, said
from tests.plan_file_world import send
from tests.plan_makers import xlsx

store = plan_file_world.store
planner = plan_file_world.planner
saved = plan_file_world.saved_events

# six lessons; the longest break (20 minutes) is after the 2nd: 10:10–10:30
BELLS = "звонки: 8:30-9:15, 9:25-10:10, 10:30-11:15, 11:25-12:10, 12:20-13:05, 13:15-14:00"


async def _card(path: Path, event: str) -> str:
    async with curator_world(path / "plan.db", NOW) as world:
        await said(world, BELLS)
        templates, card = await said(world, event)
        assert templates == ["event_card"], card
        return card


@pytest.mark.parametrize(
    ("event", "title", "when"),
    [
        (
            "Открытые уроки 9 декабря с 3 по 5 урок, 7–9 классы, каб. 12",
            "Открытые уроки",
            "9 декабря (ср), 10:30–13:05",
        ),
        (
            "Открытые уроки 9 декабря с 3-го по 5-й урок, 7–9 классы, каб. 12",
            "Открытые уроки",
            "9 декабря (ср), 10:30–13:05",
        ),
        (
            "Викторина 9 декабря на 3-м уроке, 7 классы, каб. 12",
            "Викторина",
            "9 декабря (ср), 10:30–11:15",
        ),
        (
            "Флешмоб 9 декабря на большой перемене, 5–9 классы, рекреация",
            "Флешмоб",
            "9 декабря (ср), 10:10–10:30",
        ),
        (
            "Флешмоб 9 декабря в большую перемену, 5–9 классы, рекреация",
            "Флешмоб",
            "9 декабря (ср), 10:10–10:30",
        ),
        (
            "Флешмоб 9 декабря на перемене после 4 урока, 5–9 классы, рекреация",
            "Флешмоб",
            "9 декабря (ср), 12:10–12:20",
        ),
    ],
)
async def test_a_chat_message_is_timed_by_the_bells(
    tmp_path: Path, event: str, title: str, when: str
) -> None:
    card = await _card(tmp_path, event)
    assert f"📌 {title}\n" in card, card
    assert f"🗓 {when}" in card, card


async def test_a_plan_files_time_cells_are_timed_by_the_bells(
    store: SqliteStore, planner: Planner
) -> None:
    await planner.handle(plan_file_world.CURATOR, BELLS)
    rows = [
        ["Дата", "Время", "Мероприятие", "Классы", "Место"],
        ["09.12.2026", "с 3 по 5 урок", "Открытые уроки", "7-9", "каб. 12"],
        ["10.12.2026", "на большой перемене", "Флешмоб", "5-9", "рекреация"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "Не сохраню" not in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    assert await saved(store) == [
        ("Открытые уроки", "09.12.2026 10:30", "каб. 12"),
        ("Флешмоб", "10.12.2026 10:10", "рекреация"),
    ]


def test_the_contest_big_break_is_no_break() -> None:
    """«на Большой перемене» with its capital is the all-Russian contest: its clock stands,
    no lesson doubt; the lower-case break is still a lesson phrase."""
    now = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - a school's wall clock
    contest = parse_message("Наши ребята выступят на Большой перемене 12 декабря в 10:00", now)
    assert isinstance(contest, EventIntent), contest
    assert contest.draft.start == datetime(2026, 12, 12, 10, 0), contest.draft  # noqa: DTZ001
    assert "lesson_time" not in contest.draft.doubts, contest.draft
    school = parse_message("Флешмоб 9 декабря на большой перемене, 5–9 классы", now)
    assert isinstance(school, EventIntent), school
    assert "lesson_time" in school.draft.doubts, school.draft


async def test_birth_years_on_a_chat_card_are_grades(tmp_path: Path) -> None:
    """The card of «… для детей 2011 года рождения» names the 9th grade (2026/27: born in
    2011, grade 1 from September 2018), and the years are not in its title."""
    card = await _card(
        tmp_path, "Первенство по мини-футболу 12 декабря в 10:00 для детей 2011 года рождения"
    )
    assert "📌 Первенство по мини-футболу\n" in card, card
    assert "👥 9-е классы" in card, card
