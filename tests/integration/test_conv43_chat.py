"""Newcomer walk 2026-12-04aj's findings left open (tests/data/newcomer_walk_2026-12-04aj.md):
a title and a day typed at the day question of a bare time dropped the draft and its time
(AJ7); «весь день, до 18:00» dropped the end silently (AJ8); «а для 10А?» after a class's
week was «не понял» (AJ4); «а через 2 недели?» was one day (AJ6); «nothing to pick» dropped
the class of the empty answer (AJ9) and outlived «мои мероприятия» (AJ10). Real planner,
real SQLite store, real templates, frozen clock (Tuesday 1 December 2026); sentences our own."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

world = chat_world.partner_world


teacher = chat_world.plan_teacher
student = chat_world.plan_student


# --- AJ7: a title and a day at the day question --------------------------------------


@pytest.mark.parametrize("answer", ["лекция о роботах 9 декабря", "Лекция о роботах, 9.12"])
async def test_a_title_and_day_at_the_day_question_keep_the_time_written_before(
    world: ChatWorld, answer: str
) -> None:
    """Before: «Прежний несохранённый черновик … я убрал» and «Во сколько «Лекция о
    роботах»?» — the 12:40 typed a moment before was lost."""
    templates, _ = await said(world, "20.11.2026 (12:40)")
    assert templates == ["ask_date"]
    templates, answer_text = await said(world, answer)
    assert "draft_stale_dropped" not in templates, answer_text
    assert templates == ["ask_audience"], answer_text
    assert "Лекция о роботах" in answer_text, answer_text
    templates, card = await said(world, "9 классы")
    assert "event_card" in templates, card
    assert "9 декабря (ср), 12:40" in card, card


async def test_a_whole_event_at_the_day_question_is_still_its_own(world: ChatWorld) -> None:
    """Guard: a title, day and time typed there is the event as written."""
    await said(world, "20.11.2026 (12:40)")
    templates, answer = await said(world, "Лекция о роботах 9 декабря в 15:00")
    assert templates[-1] == "ask_audience", answer
    templates, answer = await said(world, "9 классы")
    assert "9 декабря (ср), 15:00" in answer, answer


# --- AJ8: «весь день, до 18:00» -------------------------------------------------------

CARD = "Турнир по шахматам 5 декабря в 15:00, 9А, актовый зал"


@pytest.mark.parametrize("change", ["весь день, до 18:00", "весь день до 18:00"])
async def test_all_day_with_an_end_does_not_drop_the_end_silently(
    world: ChatWorld, change: str
) -> None:
    """Before: the card turned all-day and «до 18:00» vanished without a word. Now the end
    is kept: the day runs until 18:00 (from the card's start) — never all-day without it."""
    templates, _ = await said(world, CARD)
    assert templates == ["event_card"]
    templates, answer = await said(world, change)
    assert templates == ["event_card"], answer
    assert "🗓 5 декабря (сб), 15:00–18:00" in answer, answer


async def test_all_day_until_before_the_start_says_the_card_is_unchanged(world: ChatWorld) -> None:
    """Guard: «весь день, до 12:00» on a 15:00 card cannot be read as its end: the card is
    unchanged and says so — never all-day with the clock dropped."""
    await said(world, CARD)
    templates, answer = await said(world, "весь день, до 12:00")
    assert templates == ["card_unchanged"], answer
    assert "5 декабря (сб), 15:00" in answer, answer


# --- AJ4: «а для 10А?» ----------------------------------------------------------------


@pytest.mark.parametrize("follow_up", ["а для 10А?", "А для 10А", "а у 10А?"])
async def test_a_class_alone_as_a_follow_up_is_the_same_period_for_it(
    teacher: ChatWorld, follow_up: str
) -> None:
    """Before: «Извините, не понял»."""
    await said(teacher, "что на следующей неделе для 9Б?")
    templates, answer = await said(teacher, follow_up)
    assert templates == ["events_list"], answer
    assert "7–13 декабря, 10А" in answer, answer
    assert "Репетиция хора" in answer, answer
    assert "Лекция о космосе" not in answer, answer
    assert "Концерт хора" not in answer, answer


async def test_a_class_follow_up_on_a_card_is_no_question(world: ChatWorld) -> None:
    """Guard: under a card, with no period listed, «а для 10А?» is not read as a
    question about the plan — the card is said to be unchanged, as before."""
    await said(world, CARD)
    templates, answer = await said(world, "а для 10А?")
    assert templates == ["card_unchanged"], answer


# --- AJ6: «а через 2 недели?» ---------------------------------------------------------


@pytest.mark.parametrize("follow_up", ["а через 2 недели?", "а через две недели?"])
async def test_two_weeks_later_after_a_week_is_a_week(teacher: ChatWorld, follow_up: str) -> None:
    """Before: «На 15 декабря (вт) …» — one day. As «а через неделю?» is the week after the
    listed one, two weeks on is the week after that."""
    await said(teacher, "что на следующей неделе для 10А?")
    templates, answer = await said(teacher, follow_up)
    assert templates == ["no_events"], answer
    assert "На 21–27 декабря для 10А мероприятий нет." in answer, answer


async def test_a_week_later_for_another_class_is_a_week(teacher: ChatWorld) -> None:
    await said(teacher, "что на следующей неделе для 9Б?")
    templates, answer = await said(teacher, "а через неделю для 10А?")
    assert templates == ["events_list"], answer
    assert "14–20 декабря, 10А" in answer, answer
    assert "Концерт хора" in answer, answer


# --- AJ9, AJ10: nothing to pick -------------------------------------------------------


async def test_nothing_to_pick_names_the_class_of_the_empty_answer(teacher: ChatWorld) -> None:
    """Before: «На 14–20 декабря мероприятий нет — …» after «… для 9Б мероприятий нет.»"""
    await said(teacher, "что на следующей неделе для 9Б?")
    templates, answer = await said(teacher, "а через неделю?")
    assert "На 14–20 декабря для 9Б мероприятий нет." in answer, answer
    templates, answer = await said(teacher, "1")
    assert templates == ["empty_answer_pick"], answer
    assert "На 14–20 декабря для 9Б мероприятий нет — " in answer, answer


async def test_a_number_after_empty_sign_ups_is_about_the_sign_ups(student: ChatWorld) -> None:
    """Before: «1» after «Вы пока никуда не записаны» still spoke of the empty week."""
    await said(student, "что на следующей неделе?")
    templates, answer = await said(student, "а через неделю?")
    assert templates == ["no_events"], answer
    templates, answer = await said(student, "мои мероприятия")
    assert "никуда не записаны" in answer, answer
    templates, answer = await said(student, "1")
    assert templates == ["empty_answer_pick"], answer
    assert "14–20 декабря" not in answer, answer
    assert "никуда не записаны" in answer, answer
