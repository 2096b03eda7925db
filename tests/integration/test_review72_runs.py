"""review72: run72's exemption (a long run shares its students with nothing) holds only for a
run of a visited kind (run_ends.is_visited_run). A teacher of PLAN42 (tests/chat_world.py:
Tuesday 1 December 2026, 10:00 Kaliningrad) saves a week-long event for 9Б, then writes a
9Б lecture inside it. Real planner over a real store (SQLite; PostgreSQL under
-p tests.pg_everywhere). Sentences mine."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

teacher = chat_world.plan_teacher

LECTURE = "Лекция о театре 9 декабря в 15:00 в каб. 12 для 9Б"


async def _lecture_card_after(world: ChatWorld, first: str) -> str:
    templates, card = await said(world, first)
    assert templates == ["event_card"], card
    templates, answer = await said(world, "да")
    assert "saved" in templates, answer
    templates, card = await said(world, LECTURE)
    assert templates == ["event_card"], card
    return card


@pytest.mark.parametrize(
    ("first", "line"),
    [
        ("Лагерь актива 9Б с 7 по 14 декабря, весь день", "⚠️ Лагерь актива — 7–14 декабря"),
        ("Профильная смена для 9Б с 7 по 14 декабря, весь день", "⚠️ Профильная смена — 7–14"),
    ],
)
async def test_a_week_long_camp_takes_its_class(teacher: ChatWorld, first: str, line: str) -> None:
    card = await _lecture_card_after(teacher, first)
    assert line in card, card


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Экспозиция «Старинные часы» в музее с 7 по 20 декабря, весь день, для 9Б", "Экспозиция"),
        ("«Зимняя сказка» — выставка рисунков с 7 по 20 декабря, весь день, для 9Б", "сказка"),
        ("Ярмарка ремёсел с 7 по 14 декабря, весь день, для 9Б", "Ярмарка"),
    ],
)
async def test_a_visited_run_takes_no_students(teacher: ChatWorld, first: str, title: str) -> None:
    card = await _lecture_card_after(teacher, first)
    assert title not in card, card
    assert "⚠️ Лекция о космосе" in card, card  # the card still names a real clash
