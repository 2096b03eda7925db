"""chat56: the last round's chat leftovers through the real chat core (tests/chat_world.py:
real planner, SQLite store, templates; clock Tuesday 1 December 2026, PLAN42: КГТУ's 9Б
lecture and 10А's rehearsal at 15:00 on the 9th in каб. 21 (they clash), 9Б's excursion on
the 10th, 10А's concert on the 16th). All sentences are my own."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

student = chat_world.plan_student
teacher = chat_world.plan_teacher
class_teacher = chat_world.class_teacher

# --- 1: a polite request in the second person is the request ------------------------------


@pytest.mark.parametrize(
    ("request_", "template", "shown"),
    [
        ("Покажете план на декабрь?", "events_list", "Концерт хора"),
        ("Подскажете, что на следующей неделе?", "events_list", "7–13 декабря"),
        ("Не подскажете расписание на завтра?", "no_events", "2 декабря"),
        ("Можете показать накладки?", "clash_overview", "накладок"),
        ("А не могли бы вы напомнить, что в декабре?", "events_list", "Концерт хора"),
        ("Покажешь план на следующую неделю?", "events_list", "Лекция о космосе"),
    ],
)
async def test_a_polite_request_sent_alone_is_answered(
    teacher: ChatWorld, request_: str, template: str, shown: str
) -> None:
    """Before: «не понял», a draft «Расписание» («Во сколько …?») or «нет открытой
    карточки» — the request in the second person was not read as the imperative it means."""
    templates, answer = await said(teacher, request_)
    assert templates == [template], answer
    assert shown in answer, answer


@pytest.mark.parametrize(
    "text", ["Посетите выставку «Зима»!", "Приходите на концерт 12 декабря", "Покажете фокус?"]
)
async def test_an_invitation_in_the_second_person_is_no_request(
    teacher: ChatWorld, text: str
) -> None:
    """Guard: an announcement's invitation (or a verb of showing with no data of the bot's)
    is not read as a question about the plan."""
    templates, answer = await said(teacher, text)
    assert not {"events_list", "no_events", "clash_overview"} & set(templates), answer


async def test_a_polite_clash_request_under_an_open_card_asks_the_cards_clashes(
    teacher: ChatWorld,
) -> None:
    """Guard: under an open card «Можете показать накладки?» is the card's clashes, as it was
    (the imperative «покажите накладки?» would list the plan there)."""
    await said(teacher, "Лекция о роботах 9 декабря в 15:00 для 9А, каб. 21")
    templates, answer = await said(teacher, "Можете показать накладки?")
    assert templates == ["card_unchanged"], answer
    assert "Лекция о космосе" in answer, answer
    assert "Концерт хора" not in answer, answer


# --- 2: a class's clash question in any word order -----------------------------------------


async def test_a_classs_clash_question_in_any_order(class_teacher: ChatWorld) -> None:
    """Before: «у 9Б есть накладки?», «а у 9Б накладки есть?», «у моего класса есть
    накладки?» were «не понял» / «не нашёл … «класса»»."""
    for question in (
        "у 9Б есть накладки?",
        "а у 9Б накладки есть?",
        "у моего класса есть накладки?",
        "у 10А на следующей неделе есть пересечения?",
        "у 10-а есть накладки?",  # the letter after a hyphen is no conjunction «а»
    ):
        templates, answer = await said(class_teacher, question)
        assert templates == ["clash_overview"], (question, answer)
        assert "Лекция о космосе" in answer, (question, answer)
        assert "Репетиция хора" in answer, (question, answer)
    templates, answer = await said(class_teacher, "есть ли у 10А пересечения на неделе?")
    assert templates == ["clash_overview"], answer  # this week: none
    assert "для 10А" in answer, answer


async def test_a_bare_clash_question_without_its_opening_stays_the_cards(
    class_teacher: ChatWorld,
) -> None:
    """Guard: «а накладки есть?» with no class or period asks about an open card."""
    templates, _ = await said(class_teacher, "а накладки есть?")
    assert templates == ["card_question_no_card"]


# --- 3: leave to come later or go earlier ---------------------------------------------------


async def test_leave_to_come_later_gets_whom_to_tell(student: ChatWorld) -> None:
    """Before: «Извините, не понял»."""
    for question in (
        "можно я приду позже?",
        "можно я уйду пораньше?",
        "а можно мы уйдём пораньше с экскурсии?",
        "можно мне попозже прийти на экскурсию?",
    ):
        templates, answer = await said(student, question)
        assert templates == ["organiser_question"], (question, answer)
        assert "не отмечаю" in answer, (question, answer)
        assert "классного руководителя" in answer, (question, answer)
    _, answer = await said(student, "можно мне попозже прийти на экскурсию?")
    assert "«Экскурсия в музей янтаря» (КГТУ)" in answer, answer


async def test_coming_with_a_friend_is_still_the_companion_reply(student: ChatWorld) -> None:
    """Guard (chat54)."""
    templates, answer = await said(student, "можно я приду с другом?")
    assert templates == ["organiser_question"], answer
    assert "не одному" in answer, answer


# --- 4: a chat line's destination after a verb of going -------------------------------------


async def test_a_destination_after_a_verb_of_going_is_the_venue(teacher: ChatWorld) -> None:
    """Before: no venue on the chat path (the long post's path gave «кинотеатр «Мир»»): the
    chat reader took a destination only after a trip's noun («экскурсия в …»)."""
    lines = await teacher.card_lines(
        "12 декабря в 15:00 ребята 9 класса в компании Марии Ивановны отправятся в кинотеатр «Мир»."
    )
    assert any(line.startswith("📍") and "кинотеатр «Мир»" in line for line in lines), lines
    assert not any("компани" in line for line in lines if line.startswith("📍")), lines


async def test_a_clash_question_about_no_possible_class_says_how_classes_are_written(
    class_teacher: ChatWorld,
) -> None:
    """Before: «накладки у 12Я?» was «не понял», and «есть ли накладки у 10Э?» listed the
    whole plan (the class silently dropped)."""
    for question in ("накладки у 12Я?", "есть ли накладки у 10Э?", "у 12Я есть накладки?"):
        templates, answer = await said(class_teacher, question)
        assert templates == ["class_unknown"], (question, answer)
        assert question.split("у ")[1][:3].strip(" ?") in answer, (question, answer)
        assert "от 1 до 11" in answer, (question, answer)
    templates, answer = await said(class_teacher, "накладки у 11А?")
    assert templates == ["clash_overview"], answer  # a class with no events: none
    templates, answer = await said(class_teacher, "есть ли накладки у 9 а на неделе?")
    assert templates == ["clash_overview"], answer  # a class that can be: never «unknown»
