"""chat49: yes/no questions about the plan as a class teacher and a student type them,
through the real chat core (tests/chat_world.py: real planner, SQLite store, templates;
clock Tuesday 1 December 2026, PLAN42: 9Б's lecture on the 9th, excursion on the 10th)."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

student = chat_world.plan_student
class_teacher = chat_world.class_teacher


# --- 1: a past-tense yes/no question about a date in the coming weeks -------------------


async def test_was_there_a_lecture_a_week_before_reads_the_coming_day(
    class_teacher: ChatWorld,
) -> None:
    """Before: «На 9 декабря 2025 года (вт) мероприятий со словом «лекция» … нет»."""
    templates, answer = await said(class_teacher, "была ли лекция 9 декабря?")
    assert templates == ["events_list"], answer
    assert "Лекция о космосе" in answer, answer
    assert "ещё не наступило" in answer, answer
    assert "2025" not in answer, answer


async def test_a_day_gone_is_not_said_to_be_ahead(class_teacher: ChatWorld) -> None:
    """Guard: «была ли лекция 30 ноября?» (yesterday) asks about the day gone, no «not yet»."""
    templates, answer = await said(class_teacher, "была ли лекция 30 ноября?")
    assert templates == ["no_events"], answer
    assert "30 ноября" in answer, answer
    assert "ещё не наступило" not in answer, answer


async def test_nothing_ahead_then_says_both(student: ChatWorld) -> None:
    """«прошла ли экскурсия 2 декабря?» (tomorrow, nothing then): not yet, and none."""
    templates, answer = await said(student, "прошла ли экскурсия 2 декабря?")
    assert templates == ["no_events"], answer
    assert "ещё не наступило" in answer, answer
    assert "2 декабря" in answer, answer


# --- 2: yes/no questions with a word before the verb, «точно будет», a room first --------


@pytest.mark.parametrize(
    "question",
    [
        "а экскурсия точно будет в субботу в 15:00?",
        "экскурсия будет ли в субботу?",
        "а экскурсия правда будет в субботу?",
    ],
)
async def test_is_the_excursion_surely_on_saturday_asks_the_plan(
    student: ChatWorld, question: str
) -> None:
    """Before: an event card «Экскурсия точно будет?» on 5 December."""
    templates, answer = await said(student, question)
    assert templates == ["no_events"], answer
    assert "5 декабря" in answer, answer
    assert "Экскурсия в музей янтаря" in answer, answer


async def test_a_room_first_then_will_there_be_a_meeting(class_teacher: ChatWorld) -> None:
    """«В каб. 21 будет ли собрание в четверг?»: before, a card «Собрание» in каб. 21."""
    templates, answer = await said(class_teacher, "В каб. 21 будет ли собрание в четверг?")
    assert templates == ["no_events"], answer
    assert "3 декабря" in answer, answer
    templates, answer = await said(class_teacher, "в каб. 21 будет ли экскурсия 10 декабря?")
    assert templates == ["events_list"], answer
    assert "Экскурсия в музей янтаря" in answer, answer


# --- 3: a class and a generic activity word ---------------------------------------------


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("будут ли у 9Б занятия 10 декабря?", "Экскурсия в музей янтаря"),
        ("будут ли у 9 «Б» занятия в среду 9 декабря?", "Лекция о космосе"),
        ("есть ли у 9Б какие-нибудь занятия 9 декабря?", "Лекция о космосе"),
    ],
)
async def test_a_class_and_activities_lists_its_events(
    class_teacher: ChatWorld, question: str, title: str
) -> None:
    """Before: «… для 9Б мероприятий по словам «занятия» нет»."""
    templates, answer = await said(class_teacher, question)
    assert templates == ["events_list"], answer
    assert title in answer, answer
    assert "9Б" in answer, answer
    assert "Репетиция хора" not in answer, answer  # 10А's


async def test_a_class_with_nothing_that_day_says_so(student: ChatWorld) -> None:
    """«будут ли у 9Б занятия в субботу?»: none, and the nearest named."""
    templates, answer = await said(student, "будут ли у 9Б занятия в субботу?")
    assert templates == ["no_events"], answer
    assert "занятия" not in answer, answer
    assert "Ближайшее — «Лекция о космосе»" in answer, answer


# --- walk (item 4): the end of an event on its open card --------------------------------

CARD = "экскурсия для 9б 12 декабря в 10:00"


@pytest.mark.parametrize(
    ("reply", "shown"),
    [
        ("до 13:00", "10:00–13:00"),
        ("закончится в 13:00", "10:00–13:00"),
        ("на 3 часа", "10:00–13:00"),
        ("полтора часа", "10:00–11:30"),
    ],
)
async def test_the_end_typed_on_a_card_sets_it(
    class_teacher: ChatWorld, reply: str, shown: str
) -> None:
    """Before: «Извините, не понял — карточка не изменилась» (the card itself says
    «Окончание не указано — считаю, что мероприятие идёт час»)."""
    templates, _ = await said(class_teacher, CARD)
    assert templates == ["event_card"]
    templates, answer = await said(class_teacher, reply)
    assert templates == ["event_card"], answer
    assert shown in answer, answer
    assert "Окончание не указано" not in answer, answer
    templates, answer = await said(class_teacher, "да")
    assert "saved" in templates, answer
    assert shown in answer, answer


@pytest.mark.parametrize(
    "question", ["а сколько она будет длиться?", "а когда она закончится?", "до скольки?"]
)
async def test_the_end_asked_on_a_card_is_answered_from_it(
    class_teacher: ChatWorld, question: str
) -> None:
    """Before: the whole plan from today («Всего: 4 мероприятия»), the card forgotten."""
    await said(class_teacher, CARD)
    templates, answer = await said(class_teacher, question)
    assert templates == ["card_unchanged"], answer
    assert "не указано" in answer, answer
    assert "до 13:00" in answer, answer
    assert "Лекция о космосе" not in answer, answer
    templates, answer = await said(class_teacher, "до 12:30")
    assert templates == ["event_card"], answer
    assert "10:00–12:30" in answer, answer


async def test_the_end_asked_on_a_card_with_its_end(class_teacher: ChatWorld) -> None:
    """With the end given, the question is answered with it."""
    await said(class_teacher, "экскурсия для 9б 12 декабря с 10:00 до 12:00")
    templates, answer = await said(class_teacher, "а сколько она будет длиться?")
    assert templates == ["card_unchanged"], answer
    assert "12:00" in answer, answer
    assert "не указано" not in answer, answer


async def test_a_plan_question_under_a_card_still_lists(class_teacher: ChatWorld) -> None:
    """Guard: «что у 9Б 9 декабря?» under the card is a plan question, as before."""
    await said(class_teacher, CARD)
    _, answer = await said(class_teacher, "что у 9Б 9 декабря?")
    assert "Лекция о космосе" in answer, answer
