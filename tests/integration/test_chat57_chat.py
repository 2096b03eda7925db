"""chat57: chat leftovers of round 35 (tests/data/chat56.md, parse56.md «left») through the
real chat core (tests/chat_world.py: real planner, SQLite store, templates; clock Tuesday
1 December 2026, PLAN42). All sentences are my own."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

student = chat_world.plan_student
teacher = chat_world.plan_teacher
class_teacher = chat_world.class_teacher


# --- 1: a chat line's destination far from its verb, or after an event noun -------------


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Экскурсия в музей мирового океана 12 декабря в 11:00 для 9А", "музей мирового океана"),
        ("Спектакль в драмтеатре 15 декабря в 18:00 для 9А", "драмтеатр"),
        (
            "12 декабря в 15:00 ребята 9Б отправятся все вместе в кинотеатр «Заря».",
            "кинотеатр «Заря»",
        ),
    ],
)
async def test_a_chat_lines_destination_is_its_venue(
    teacher: ChatWorld, line: str, venue: str
) -> None:
    """Before: no 📍 line on the chat path."""
    lines = await teacher.card_lines(line)
    assert any(row.startswith("📍") and venue.lower() in row.lower() for row in lines), lines


@pytest.mark.parametrize(
    "line",
    [
        "Викторина 12 декабря в 15:00 пройдёт в рамках программы недели науки, для 9А",
        "Эстафета 12 декабря в 15:00, результаты пойдут в зачёт спартакиады, для 9А",
        "Акция 12 декабря в 15:00, приносите книги в течение дня, для 9А",
        "Лекция 12 декабря в 15:00 пройдёт в формате онлайн, для 9А",
    ],
)
async def test_no_destination_is_read_from_a_frame_phrase(teacher: ChatWorld, line: str) -> None:
    """Guard: «в рамках», «в зачёт», «в течение», «в формате» are no place (an online
    event's «📍 онлайн» is its venue as before)."""
    lines = await teacher.card_lines(line)
    venues = [row for row in lines if row.startswith("📍")]
    assert not any(word in row for row in venues for word in ("рамк", "зач", "течени", "формат"))


# --- 2: a plan question about a class that cannot be; a spaced class letter -------------


async def test_a_plan_question_about_no_possible_class_says_how_classes_are_written(
    class_teacher: ChatWorld,
) -> None:
    """Before: «что у 12Я?» listed the whole plan, the class silently dropped."""
    for question in ("что у 12Я?", "что у 10Э на следующей неделе?", "что запланировано для 14Б?"):
        templates, answer = await said(class_teacher, question)
        assert templates == ["class_unknown"], (question, answer)
        assert "от 1 до 11" in answer, (question, answer)
    templates, answer = await said(class_teacher, "что у 10А?")
    assert templates == ["events_list"], answer  # a class that can be
    assert "Концерт хора" in answer, answer
    assert "Лекция о космосе" not in answer, answer


async def test_a_spaced_class_letter_before_more_words_is_the_class(
    class_teacher: ChatWorld,
) -> None:
    """Before: «у 9 б на неделе» lost its class (the «б» after a space, words after it)."""
    templates, answer = await said(class_teacher, "есть ли накладки у 10 а на следующей неделе?")
    assert templates == ["clash_overview"], answer
    assert "10А" in answer, answer
    templates, answer = await said(class_teacher, "что у 9 б на следующей неделе?")
    assert templates == ["events_list"], answer
    assert "Лекция о космосе" in answer, answer
    assert "Репетиция хора" not in answer, answer


# --- 3: verbs of sending and telling in a request for the plan ---------------------------


@pytest.mark.parametrize(
    ("request_", "shown"),
    [
        ("Можете прислать план?", "Концерт хора"),
        ("Расскажете, что в декабре?", "Концерт хора"),
        ("Пришлите план на следующую неделю", "Лекция о космосе"),
        ("Скинь расписание на декабрь", "Концерт хора"),
        ("Не могли бы вы отправить план на декабрь?", "Концерт хора"),
        ("Расскажи, что на следующей неделе", "Лекция о космосе"),
    ],
)
async def test_a_request_to_send_or_tell_the_plan(
    teacher: ChatWorld, request_: str, shown: str
) -> None:
    """Before: «не понял» — прислать / рассказать / скинуть / отправить were no verbs of
    the plan readers."""
    templates, answer = await said(teacher, request_)
    assert templates == ["events_list"], (request_, answer)
    assert shown in answer, (request_, answer)


async def test_an_announcement_opening_with_a_verb_of_telling_stays_an_event(
    teacher: ChatWorld,
) -> None:
    """Guard: «Расскажите, что …!» opening a post with its event is no plan request."""
    lines = await teacher.card_lines(
        "Расскажите, что вы знаете о космосе! Викторина 12 декабря в 15:00 для 9А"
    )
    assert any("Викторина" in row for row in lines), lines


# --- 4: leave to come at a clock ---------------------------------------------------------


async def test_leave_to_come_at_a_clock_gets_whom_to_tell(student: ChatWorld) -> None:
    """Before: «можно я приду к 16:00?» was not the timing question."""
    for question in (
        "можно я приду к 16:00?",
        "можно мы уйдём в 15:30?",
        "а можно мне прийти к 15:20 на экскурсию?",
    ):
        templates, answer = await said(student, question)
        assert templates == ["organiser_question"], (question, answer)
        assert "не отмечаю" in answer, (question, answer)
    templates, _ = await said(student, "можно я позвоню в 16:00?")
    assert templates != ["organiser_question"]  # a clock with a verb of another act


# --- 5: «начало <event's noun> в HH:MM» names the event -----------------------------------


async def test_the_start_after_a_gathering_keeps_the_events_noun(teacher: ChatWorld) -> None:
    """Before: start 10:00 but an empty title (the bot asked for it)."""
    lines = await teacher.card_lines(
        "Сбор команды у спортзала 12 декабря в 9:00, начало эстафеты в 10:00, для 9А"
    )
    assert any("Эстафета" in row for row in lines[:2]), lines
    assert any("10:00" in row for row in lines), lines
