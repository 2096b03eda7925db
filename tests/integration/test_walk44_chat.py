"""Newcomer walk over conv44's changes (tests/data/walk44.md): nearby words conv44 did not
test. Real planner, real SQLite store, real templates, frozen clock (Tuesday 1 December
2026); sentences our own."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

world = chat_world.partner_world

CARD = "Турнир по шахматам 5 декабря в 15:00, 9А, актовый зал"


@pytest.mark.parametrize("change", ["вес день 6 декабря", "6 декабря вес день"])
async def test_a_misspelt_whole_day_with_a_day_moves_the_card(
    world: ChatWorld, change: str
) -> None:
    """Before: «На 6 декабря (вс) мероприятий нет.» — read as a question, and «да» then
    saved the card on 5 December at 15:00, not the day just written (spelt right, «весь
    день 6 декабря» moved the card)."""
    await said(world, CARD)
    templates, answer = await said(world, change)
    assert templates == ["event_card"], answer
    assert "6 декабря (вс), весь день" in answer, answer
    templates, answer = await said(world, "да")
    assert "saved" in templates, answer
    assert "6 декабря (вс)" in answer, answer


# --- «а через неделю?», «а через одну?» after one day's list ---------------------------


teacher = chat_world.plan_teacher


@pytest.mark.parametrize("follow_up", ["а через неделю?", "а через одну?"])
async def test_weeks_on_after_one_day_count_from_that_day(
    teacher: ChatWorld, follow_up: str
) -> None:
    """Before: «На 8 декабря (вт) мероприятий нет» — a week from today, not from the day
    just listed (9 December); «а для 10А?» then kept that 8 December."""
    await said(teacher, "что 9 декабря?")
    templates, answer = await said(teacher, follow_up)
    assert templates == ["events_list"], answer
    assert "16 декабря (ср)" in answer, answer
    assert "Концерт хора" in answer, answer
    _, answer = await said(teacher, "а для 9Б?")
    assert "На 16 декабря (ср) для 9Б мероприятий нет." in answer, answer


async def test_weeks_on_after_a_day_after_a_week_go_from_the_day(teacher: ChatWorld) -> None:
    """The day asked last, not the older week: «что на следующей неделе?», «что 16
    декабря?», «а через неделю?» is 23 December (before: the week after the older list)."""
    await said(teacher, "что на следующей неделе?")
    await said(teacher, "что 16 декабря?")
    _, answer = await said(teacher, "а через неделю?")
    assert "23 декабря (ср)" in answer, answer


async def test_weeks_on_after_a_week_stay_a_week(teacher: ChatWorld) -> None:
    """Guard (AG6): after a week's list «а через неделю?» is the next calendar week."""
    await said(teacher, "что на следующей неделе?")
    _, answer = await said(teacher, "а через неделю?")
    assert "14–20 декабря" in answer, answer


# --- «запиши на 6 декабря» under an open card ------------------------------------------


@pytest.mark.parametrize("change", ["запиши на 6 декабря", "запишите на 6 декабря"])
async def test_write_it_down_for_a_day_under_a_card_moves_the_card(
    world: ChatWorld, change: str
) -> None:
    """Before: «Не нашёл впереди мероприятия «6 декабря»» (a sign-up by title, for a
    partner who signs up to nothing), and «да» then saved the card on 5 December."""
    await said(world, CARD)
    templates, answer = await said(world, change)
    assert templates == ["event_card"], answer
    assert "6 декабря (вс), 15:00" in answer, answer
    templates, answer = await said(world, "да")
    assert "6 декабря (вс), 15:00" in answer, answer


async def test_a_sign_up_by_title_under_a_card_is_still_one(world: ChatWorld) -> None:
    """Guard: «запиши на экскурсию» under a card names no day: the card is not changed."""
    await said(world, CARD)
    templates, answer = await said(world, "запиши на экскурсию")
    assert templates != ["event_card"], answer
