"""The conversation leftovers of newcomer walk 2026-12-04aj and conv43 (tests/data/walk42.md,
conv43.md): «вес день», «хочу записаться», «запиши» not understood (AJ11); yesterday's date
asked about read as next year's (AJ12); «а для 10А?» after one day's list lost the day;
«а на послеследующей?», «а через одну?» not understood; a class named in an older question
outliving a question about another. Real planner, real SQLite store, real templates,
frozen clock (Tuesday 1 December 2026); sentences our own."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

world = chat_world.partner_world

CARD = "Турнир по шахматам 5 декабря в 15:00, 9А, актовый зал"


teacher = chat_world.plan_teacher
student = chat_world.plan_student


# --- AJ11: «вес день», «это на весь день» on a card --------------------------------------


@pytest.mark.parametrize("change", ["вес день", "Весь ден", "это на весь день", "вес день!"])
async def test_a_misspelt_or_wordier_whole_day_on_a_card_makes_it_all_day(
    world: ChatWorld, change: str
) -> None:
    """Before: «Извините, не понял — карточка не изменилась»."""
    templates, _ = await said(world, CARD)
    assert templates == ["event_card"]
    templates, answer = await said(world, change)
    assert templates == ["event_card"], answer
    assert "5 декабря (сб), весь день" in answer, answer


@pytest.mark.parametrize("text", ["вес", "день", "через день"])
async def test_words_merely_near_the_whole_day_leave_the_card_alone(
    world: ChatWorld, text: str
) -> None:
    """Guard: a word of the phrase alone, or another phrase, is no «весь день»."""
    await said(world, CARD)
    _, answer = await said(world, text)
    assert "весь день" not in answer, answer


# --- AJ11: «хочу записаться», «запиши» under a list ------------------------------------


@pytest.mark.parametrize(
    "request_", ["хочу записаться", "запиши", "Запишите", "хочу пойти", "я хочу записаться!"]
)
async def test_a_bare_sign_up_request_under_one_event_signs_up_to_it(
    student: ChatWorld, request_: str
) -> None:
    """Before: «Извините, не понял». After a list of one event, the request is for it."""
    templates, answer = await said(student, "что 10 декабря?")
    assert templates == ["events_list"], answer
    templates, answer = await said(student, request_)
    assert templates == ["signed_up"], answer
    assert "Экскурсия в музей янтаря" in answer, answer


async def test_a_bare_sign_up_request_under_two_events_asks_which(student: ChatWorld) -> None:
    """Under a list of two it is the same as «запиши меня»: which one? (never «не понял»)."""
    await said(student, "что на следующей неделе?")
    _, expected = await said(student, "запиши меня")
    await said(student, "что на следующей неделе?")
    templates, answer = await said(student, "хочу записаться")
    assert "not_understood" not in templates, answer
    assert answer == expected


async def test_a_bare_write_it_down_under_a_card_is_no_sign_up(world: ChatWorld) -> None:
    """Guard: under an open card «запиши» may mean «write the card down»: it is neither a
    sign-up («signup_unavailable») nor a save — the card is said unchanged, as before."""
    await said(world, CARD)
    templates, answer = await said(world, "запиши")
    assert templates == ["card_unchanged"], answer


# --- AJ12: a day just past asked about ------------------------------------------------


@pytest.mark.parametrize("question", ["30 ноября", "что было 30 ноября?", "что 30 ноября?"])
async def test_yesterday_asked_about_is_this_years(teacher: ChatWorld, question: str) -> None:
    """Before: «На 30 ноября 2027 года (вт) мероприятий нет.» — next year's day."""
    templates, answer = await said(teacher, question)
    assert templates == ["no_events"], answer
    assert "На 30 ноября (пн) мероприятий нет." in answer, answer


async def test_after_yesterday_is_from_today_on(teacher: ChatWorld) -> None:
    """Before: from 1 December 2027 on — nothing listed, the plan is this December's."""
    templates, answer = await said(teacher, "что после 30 ноября?")
    assert templates == ["events_list"], answer
    assert "Лекция о космосе" in answer, answer
    assert "2027" not in answer, answer


async def test_a_day_long_past_asked_about_is_still_the_coming_one(teacher: ChatWorld) -> None:
    """Guard: a day further back than ahead («что 15 июня?» in December) is the coming
    one, as before (the school year's June)."""
    _, answer = await said(teacher, "что 15 июня?")
    assert "15 июня 2027" in answer or "15 июня (вт)" in answer, answer


async def test_a_new_event_on_a_past_day_is_still_a_doubt_asked(world: ChatWorld) -> None:
    """Guard (issue 10, point 4): a new event's past day is never saved unseen — the year
    is asked about, as before."""
    templates, answer = await said(world, "Лекция 30 ноября в 15:00")
    assert templates == ["ask_date"], answer
    assert "уже прошёл" in answer, answer


# --- «а для 10А?» after one day's list ----------------------------------------------


@pytest.mark.parametrize("first", ["что 9 декабря для 9Б?", "что в среду 9 декабря для 9Б?"])
async def test_a_class_follow_up_after_one_day_keeps_the_day(
    teacher: ChatWorld, first: str
) -> None:
    """Before (conv43 noted): from today on for 10А — the single day was not kept."""
    templates, answer = await said(teacher, first)
    assert "Лекция о космосе" in answer, answer
    templates, answer = await said(teacher, "а для 10А?")
    assert templates == ["events_list"], answer
    assert "9 декабря (ср), 10А" in answer, answer
    assert "Репетиция хора" in answer, answer
    assert "Концерт хора" not in answer, answer


async def test_a_class_follow_up_after_an_empty_day_keeps_the_day(teacher: ChatWorld) -> None:
    await said(teacher, "что завтра для 9Б?")
    templates, answer = await said(teacher, "а для 10А?")
    assert templates == ["no_events"], answer
    assert "На 2 декабря (ср) для 10А мероприятий нет." in answer, answer


async def test_a_weekday_within_the_week_then_another_weekday(teacher: ChatWorld) -> None:
    """Guard: «а в среду?», then «а в четверг?» stay within the listed week (conv42)."""
    await said(teacher, "что на следующей неделе для 9Б?")
    await said(teacher, "а в среду?")
    _, answer = await said(teacher, "а в четверг?")
    assert "Экскурсия в музей янтаря" in answer, answer


# --- «а на послеследующей?», «а через одну?» -------------------------------------------


@pytest.mark.parametrize("follow_up", ["а на послеследующей?", "а через одну?"])
async def test_the_week_after_next_as_a_follow_up(teacher: ChatWorld, follow_up: str) -> None:
    """Before: «Извините, не понял»."""
    await said(teacher, "что на следующей неделе для 10А?")
    templates, answer = await said(teacher, follow_up)
    assert templates == ["events_list"], answer
    assert "14–20 декабря, 10А" in answer, answer
    assert "Концерт хора" in answer, answer


async def test_a_period_follow_up_keeps_the_class(teacher: ChatWorld) -> None:
    """Before: «а на следующей неделе?» after 10А's week listed the whole school (the
    short period question dropped the «а» of continuation; AJ3's reading)."""
    await said(teacher, "что на этой неделе для 10А?")
    templates, answer = await said(teacher, "а на следующей неделе?")
    assert templates == ["events_list"], answer
    assert "7–13 декабря, 10А" in answer, answer
    assert "Лекция о космосе" not in answer, answer


async def test_the_week_after_next_asked_outright(teacher: ChatWorld) -> None:
    templates, answer = await said(teacher, "что на послеследующей неделе?")
    assert templates == ["events_list"], answer
    assert "14–20 декабря" in answer, answer
    assert "Концерт хора" in answer, answer


# --- a class named in an older question ------------------------------------------------


async def test_a_follow_up_goes_on_from_the_last_question_not_an_older_class(
    student: ChatWorld,
) -> None:
    """Before: a 9Б student asked about 10А's week, then «что 16 декабря?» (their own
    class), and «а 9 декабря?» answered for 10А — the class of the question before last."""
    await said(student, "что на следующей неделе для 10А?")
    _, answer = await said(student, "что 16 декабря?")
    assert "для 9Б" in answer, answer
    _, answer = await said(student, "а 9 декабря?")
    assert "Лекция о космосе" in answer, answer
    assert "Репетиция хора" not in answer, answer


async def test_a_follow_up_after_an_everyone_day_is_for_everyone(teacher: ChatWorld) -> None:
    """The walk's edge: «что 16 декабря?» asks about everyone, so «а 17 декабря?» does too
    (before: 9Б, the class of the week listed before)."""
    await said(teacher, "что на следующей неделе для 9Б?")
    _, answer = await said(teacher, "что 16 декабря?")
    assert "Концерт хора" in answer, answer
    _, answer = await said(teacher, "а 9 декабря?")
    assert "Лекция о космосе" in answer, answer
    assert "Репетиция хора" in answer, answer
