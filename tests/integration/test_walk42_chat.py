"""Newcomer walk 2026-12-04aj over conv42's changes (tests/data/newcomer_walk_2026-12-04aj.md):
a day said relative to today («завтра», «в среду») at «имеется в виду 20 ноября 2027
года?» was read from that guessed day, not from today (AJ1); «нет» to that question of
an untitled draft asked «на какой день назначить «»?» (AJ2). Real planner, real SQLite
store, real templates, frozen clock (Tuesday 1 December 2026); sentences our own."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

world = chat_world.partner_world


@pytest.mark.parametrize(
    ("answer", "day"),
    [
        ("завтра", "2 декабря (ср), 12:40"),
        ("послезавтра", "3 декабря (чт), 12:40"),
        ("в среду", "2 декабря (ср), 12:40"),
        ("9 декабря", "9 декабря (ср), 12:40"),
    ],
)
async def test_a_day_from_today_answers_the_year_question_from_today(
    world: ChatWorld, answer: str, day: str
) -> None:
    """Before: «завтра» → «Как назвать мероприятие на 20 ноября (сб), 12:40?» (the day after
    the guessed 19 November 2027), «в среду» → 24 November 2027: the answer was read again
    from the eve of the day the question offered."""
    templates, answer_text = await said(world, "20.11 в 12:40")
    assert templates == ["ask_date"], answer_text
    assert "20 ноября 2027 года" in answer_text, answer_text
    templates, answer_text = await said(world, answer)
    assert templates == ["ask_title"], answer_text
    assert f"Как назвать мероприятие на {day}?" in answer_text, answer_text


async def test_a_titled_drafts_tomorrow_at_the_year_question_is_tomorrow(world: ChatWorld) -> None:
    templates, _ = await said(world, "Лекция о роботах 20.11 в 12:40")
    assert templates == ["ask_date"]
    templates, answer = await said(world, "завтра")
    assert templates == ["ask_audience"], answer
    templates, answer = await said(world, "9 классы")
    assert "event_card" in templates, answer
    assert "2 декабря (ср), 12:40" in answer, answer
    assert "2027" not in answer, answer


async def test_no_to_the_year_question_of_an_untitled_draft_names_no_empty_title(
    world: ChatWorld,
) -> None:
    """Before: «Тогда на какой день назначить «»?»."""
    await said(world, "20 ноября в 12:40")
    templates, answer = await said(world, "нет")
    assert templates == ["ask_date_year_no"], answer
    assert "«»" not in answer, answer
    assert "Тогда на какой день назначить мероприятие?" in answer, answer
    templates, answer = await said(world, "завтра")
    assert templates == ["ask_title"], answer
    assert "Как назвать мероприятие на 2 декабря (ср), 12:40?" in answer, answer


teacher = chat_world.plan_teacher


@pytest.mark.parametrize(
    "follow_up", ["а что через неделю?", "А что через неделю", "и что через неделю?"]
)
async def test_what_a_week_later_with_what_first_is_the_week_after(
    teacher: ChatWorld, follow_up: str
) -> None:
    """Before: «а что через неделю?» → «На 8 декабря (вт) мероприятий нет» — one day a week
    from today, for the whole school — while «а через неделю что?» was the week after."""
    templates, answer = await said(teacher, "что на следующей неделе для 9Б?")
    assert templates == ["events_list"], answer
    templates, answer = await said(teacher, follow_up)
    assert templates == ["no_events"], answer
    assert "На 14–20 декабря для 9Б мероприятий нет." in answer, answer


@pytest.mark.parametrize(
    ("follow_up", "day"),
    [("а 16 декабря?", "16 декабря (ср)"), ("а на послезавтра?", "3 декабря (чт)")],
)
async def test_any_follow_up_opening_with_a_keeps_the_named_class(
    teacher: ChatWorld, follow_up: str, day: str
) -> None:
    """«а …?» naming no class goes on from the question before, as «а через неделю?» and
    «а в среду?» do (conv42). Before: «а 16 декабря?» after «что на следующей неделе для
    9Б?» listed 10А's concert — the whole school's day."""
    await said(teacher, "что на следующей неделе для 9Б?")
    templates, answer = await said(teacher, follow_up)
    assert templates == ["no_events"], answer
    assert f"На {day} для 9Б мероприятий нет." in answer, answer
    assert "Концерт хора" not in answer, answer


async def test_a_question_of_its_own_after_a_named_class_is_still_the_whole_schools(
    teacher: ChatWorld,
) -> None:
    """Guard: no «а» — a question of its own («что 16 декабря?») asks about everyone."""
    await said(teacher, "что на следующей неделе для 9Б?")
    templates, answer = await said(teacher, "что 16 декабря?")
    assert templates == ["events_list"], answer
    assert "Концерт хора" in answer, answer
