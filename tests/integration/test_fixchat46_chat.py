"""Review 46's conversation findings on conv46 (H1, H3, H4, M4), typed as a student or a
teacher would. Real planner, real SQLite store, real templates, frozen clock (Tuesday
1 December 2026); sentences our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.models import Role
from tests import chat_world
from tests.chat_world import PLAN42, ChatWorld, said

# the answers to a question about the plan (a list or nothing on those days)
_QUERY_ANSWERS = {"no_events", "events_list", "query_answer"}


student = chat_world.plan_student
teacher = chat_world.class_teacher


# --- H1: an announcement opening with a rhetorical yes/no question is an event -----------


@pytest.mark.parametrize(
    ("post", "day"),
    [
        (
            "Будет ли интересно? Приходите 12 декабря в 18:00 на концерт в актовый зал!",
            "12 декабря",
        ),
        (
            "Будет ли снег к Новому году? Неизвестно. А вот новогодний утренник будет точно: "
            "26 декабря в 11:00 в актовом зале для 1-4 классов.",
            "26 декабря",
        ),
        (
            "Пройдёт ли зима без чудес? Нет! 20 декабря в 17:00 новогодний утренник в ДК.",
            "20 декабря",
        ),
        # an invitation after the opening sentence, whatever the opening asks
        (
            "Что нас ждёт на Новый год? Приходите 26 декабря в 11:00 на утренник в актовый зал!",
            "26 декабря",
        ),
    ],
)
async def test_a_rhetorical_yes_no_opening_keeps_the_announcement_an_event(
    teacher: ChatWorld, post: str, day: str
) -> None:
    """conv46 read «будет ли / пройдёт ли …» as a question about the plan: the teacher's
    post got a plan answer and no draft (review46 H1)."""
    templates, answer = await said(teacher, post)
    assert not _QUERY_ANSWERS.intersection(templates), answer
    assert day in answer, answer


async def test_was_there_anything_is_still_a_question(teacher: ChatWorld) -> None:
    """Guard (conv46): «было ли что-то 31 мая?» asks about the plan."""
    templates, answer = await said(teacher, "было ли что-то 31 мая?")
    assert templates == ["no_events"], answer


@pytest.mark.parametrize(
    ("question", "template"),
    [
        ("пройдёт ли концерт 12 декабря?", "no_events"),
        ("будет ли экскурсия 10 декабря?", "events_list"),
    ],
)
async def test_a_yes_no_question_alone_is_a_question(
    teacher: ChatWorld, question: str, template: str
) -> None:
    """A yes/no question that is the whole message (one sentence, no clock) asks about the
    plan whatever follows «ли»; the narrower lead alone made «Ли концерт?» a draft."""
    templates, answer = await said(teacher, question)
    assert templates == [template], answer


# --- H3: a lone list number answers «На какое записать?» ---------------------------------


async def _asked_which(student: ChatWorld) -> None:
    await said(student, "что на следующей неделе?")
    templates, answer = await said(student, "хочу записаться")
    assert templates == ["signup_which_number"], answer


@pytest.mark.parametrize(
    ("number", "title"),
    [("2-е", "Экскурсия в музей янтаря"), ("1-ое", "Лекция о космосе"), ("на 2-е", "Экскурсия")],
)
async def test_a_list_number_with_an_ending_picks_that_item(
    student: ChatWorld, number: str, title: str
) -> None:
    """conv46 read «2-е» as 2 December (tomorrow: nothing listed) and asked again; with an
    event listed that day it would sign up for the wrong one (review46 H3)."""
    await _asked_which(student)
    templates, answer = await said(student, number)
    assert templates == ["signed_up"], answer
    assert title in answer, answer


async def test_a_day_with_its_month_still_picks_by_day(student: ChatWorld) -> None:
    """Guard (conv46): «на 10 декабря» is the listed day's event."""
    await _asked_which(student)
    templates, answer = await said(student, "на 10 декабря")
    assert templates == ["signed_up"], answer
    assert "Экскурсия в музей янтаря" in answer, answer


# --- H4: a later sentence about the asker that names the period sets it -----------------


@pytest.mark.parametrize(
    ("question", "shown", "not_shown"),
    [
        ("что будет? я хочу узнать про следующую неделю", "Экскурсия в музей янтаря", None),
        (
            "Подскажите, что будет? Мы свободны в четверг на следующей неделе.",
            "Экскурсия в музей янтаря",
            "Лекция о космосе",
        ),
        (
            "что будет? мы были в отъезде и вернёмся в среду 9 декабря",
            "Лекция о космосе",
            "Экскурсия в музей янтаря",
        ),
    ],
)
async def test_an_askers_sentence_naming_the_period_sets_it(
    student: ChatWorld, question: str, shown: str, not_shown: str | None
) -> None:
    """conv46 dropped every later sentence about the asker, so the question was read from
    today on, open-ended («С 1 декабря»; review46 H4)."""
    _, answer = await said(student, question)
    assert shown in answer, answer
    assert "С 1 декабря" not in answer, answer
    if not_shown is not None:
        assert not_shown not in answer, answer


async def test_an_askers_saturday_is_the_question_s(student: ChatWorld) -> None:
    """«Мы свободны в субботу» names the day asked about: Saturday 5 December."""
    _, answer = await said(student, "Подскажите, что будет? Мы свободны в субботу.")
    assert "5 декабря" in answer, answer


async def test_the_askers_past_aside_still_leaves_the_questions_day(student: ChatWorld) -> None:
    """Guard (conv46): a past-tense aside beside a question that names its day is dropped."""
    _, answer = await said(student, "что будет в пятницу? я был болен на прошлой неделе")
    assert "4 декабря" in answer, answer


# --- M4: a weekday under a list of more than one week ------------------------------------


async def test_a_weekday_with_several_listed_asks_which(tmp_path: Path) -> None:
    """Two weeks listed with an event on two Thursdays (10th and 17th): «на четверг» is
    ambiguous. conv46 signed up for the first Thursday's (review46 M4)."""
    plan = (*PLAN42, ("Олимпиада по физике", 17, "9Б"))
    async with chat_world.school_chat(tmp_path, Role.STUDENT, plan, "9Б") as student:
        await said(student, "что с 7 по 20 декабря?")
        templates, answer = await said(student, "хочу записаться")
        assert templates == ["signup_which_number"], answer
        templates, answer = await said(student, "на четверг")
        assert templates == ["signup_which_number"], answer
        templates, answer = await said(student, "на 17 декабря")
        assert templates == ["signed_up"], answer
        assert "Олимпиада по физике" in answer, answer
