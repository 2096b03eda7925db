"""Newcomer walk 2026-12-04ag (tests/data/newcomer_walk_2026-12-04ag.md) in the chat: a
university's announcement with a greeting, an introduction, two dated lines and a closing
request (AG1), class corrections typed on an open card (AG2) and a week question asked
again with its noun left out (AG3), over a real store (SQLite), a frozen clock (1 December
2026) and the real templates. Texts written for these tests after the walk's
constructions, not its words."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

world = chat_world.partner_world

# --- AG1: two dated lines between an introduction and a closing request -------------------

# the walk's shape: a greeting, who invites whom (a finite verb, the grades of the whole
# series), two lines each opening with its own day and naming its own kind, a reply
# deadline with a phone and a closing request (two more finite verbs): three prose lines
ANNOUNCEMENT = (
    "Добрый день, коллеги!\n"
    "Институт морских технологий приглашает учеников 8-11 классов на встречи с инженерами.\n"
    "9 декабря в 16.00 - лекция «Как строят ледоколы» (ауд. 101, учебный корпус), для 10-11 кл.\n"
    "16 декабря в 15:30 пройдёт мастер-класс по судомоделированию для 8-х классов.\n"
    "Записаться можно до 7 декабря по тел. 8(4012)11-22-33, Мария Сергеевна.\n"
    "Ждём ваших ребят!"
)


async def test_an_announcements_two_dated_lines_are_two_events(world: ChatWorld) -> None:
    """Each line opening with its own day and naming its own kind is an event of its own,
    whatever prose surrounds them: before, the message was read as one event — the first
    line's title at the second line's day and time, the first event lost without a word."""
    templates, text = await said(world, ANNOUNCEMENT)
    assert templates == ["plan_summary"], (templates, text)
    assert "В плане 2 мероприятия" in text, text
    assert "Лекция «Как строят ледоколы»" in text, text
    assert "9 декабря (ср), 16:00" in text, text
    assert "Мастер-класс по судомоделированию — 16 декабря (ср), 15:30" in text, text
    assert "10–11 классы" in text, text
    assert "8-е классы" in text, text


async def test_an_announcements_greeting_and_closing_are_not_lines_not_understood(
    world: ChatWorld,
) -> None:
    """The letter's greeting and its closing words say nothing to fix: they are not listed
    under «Не понял эти строки» (AG10: «Добрый день, коллеги!» and «Ждём ваших ребят!» were)."""
    _, text = await said(world, ANNOUNCEMENT)
    assert "Добрый день, коллеги!" not in text, text
    assert "Ждём ваших ребят!" not in text, text


SESSIONS = (
    "Добрый день!\n"
    "Музей приглашает пятиклассников на мастер-класс «Ёлочная игрушка».\n"
    "9 декабря в 15:00 - мастер-класс «Ёлочная игрушка» для 5А.\n"
    "16 декабря в 15:00 - мастер-класс «Ёлочная игрушка» для 5Б.\n"
    "Просим подтвердить участие до 7 декабря."
)


async def test_one_titles_dated_lines_in_an_announcement_stay_as_before(
    world: ChatWorld,
) -> None:
    """The same title on both dated lines is one event's meetings, told by its prose: the
    message is read as before (no plan of two), the change above is only for lines naming
    kinds of their own."""
    before, _ = await said(world, SESSIONS)
    assert "plan_summary" not in before, before


# --- AG2: the classes alone typed on an open card -----------------------------------------

CARD = "Экскурсия в ботанический сад 12 декабря в 15:00 для 6Б"


@pytest.mark.parametrize(
    ("reply", "shown", "stored"),
    [
        ("6А, 6Б", "👥 6А, 6Б", {"6А", "6Б"}),
        ("для 7А", "👥 7А", {"7А"}),
        ("для 6А и 6Б", "👥 6А, 6Б", {"6А", "6Б"}),
        ("5–9 классы", "👥 5–9 классы", {5, 6, 7, 8, 9}),
        ("для 9-х классов", "👥 9-е классы", {9}),
        ("и для 6А тоже", "👥 6А, 6Б", {"6А", "6Б"}),
        ("6В тоже", "👥 6Б, 6В", {"6Б", "6В"}),
        ("ещё 7А", "👥 6Б, 7А", {"6Б", "7А"}),
        ("плюс 7А", "👥 6Б, 7А", {"6Б", "7А"}),
        ("не 6Б, а 6В", "👥 6В", {"6В"}),
    ],
)
async def test_classes_typed_on_an_open_card_change_its_classes(
    world: ChatWorld, reply: str, shown: str, stored: set[str | int]
) -> None:
    """The classes alone replace the card's; with «и», «ещё», «плюс», «тоже» they are added;
    «не 6Б, а 6В» swaps one. Before, each was «не понял — карточка не изменилась», and a
    «да» saved the card for 6Б alone."""
    await said(world, CARD)
    templates, card = await said(world, reply)
    assert templates == ["event_card"], (templates, card)
    assert shown + "\n" in card, card
    await said(world, "да")
    [event] = await world.store.events_between(world.planner.clock.now(), None)
    assert {*event.audience.grades, *event.audience.classes} == stored, event.audience


@pytest.mark.parametrize(
    "reply", ["а для 9Б есть?", "для 7А в спортзале", "не 5Б, а 5В", "лекция для 9А"]
)
async def test_other_replies_naming_classes_leave_the_cards_classes(
    world: ChatWorld, reply: str
) -> None:
    """A question, classes with other words, or a swap of a class the card does not have
    never change the card's classes this way."""
    await said(world, CARD)
    templates, card = await said(world, reply)
    assert "👥 6Б\n" in card or templates != ["event_card"], (templates, card)


# --- AG3: «а на следующей?» — the week asked again, its noun left out ---------------------

STUDENT = 600  # a student of 9Б writing for the first time


@pytest.mark.parametrize(
    ("asked", "week"),
    [
        ("а на следующей?", "7–13 декабря"),
        ("а на этой?", "1–6 декабря"),
        ("на следующей?", "7–13 декабря"),
        ("а на следующей что?", "7–13 декабря"),
        ("что на следующей?", "7–13 декабря"),
    ],
)
async def test_a_week_asked_with_its_noun_left_out_is_that_weeks_plan(
    world: ChatWorld, asked: str, week: str
) -> None:
    """After «что на этой неделе?», «а на следующей?» asks the next week (and «а на этой?»
    this one): Russian leaves out the noun the question before named. Before, «Извините, не
    понял» with the hint to ask «что на следующей неделе?»."""
    await said(world, "Лекция о роботах 9 декабря в 15:00, 9 классы")
    await said(world, "да")
    await said(world, "я из 9Б", STUDENT)
    await said(world, "что на этой неделе?", STUDENT)
    templates, text = await said(world, asked, STUDENT)
    assert "не понял" not in text, (templates, text)
    assert week in text, text
    if week == "7–13 декабря":
        assert "Лекция о роботах" in text, text


# --- AG4: a room in brackets with where it is ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "place"),
    [
        ("Лекция 10 декабря в 15:00 (каб. 5, 2 этаж), 9А", "Лекция", "каб. 5, 2 этаж"),
        (
            "10 декабря в 15:00 - лекция «Как строят ледоколы» (ауд.101, учебный корпус), 10 кл.",
            "Лекция «Как строят ледоколы»",
            "ауд. 101, учебный корпус",
        ),
        (
            "Лекция «Флот» 10 декабря в 15:00 (ауд. 7, главный корпус, Советский пр-т 1), 10А",
            "Лекция «Флот»",
            "ауд. 7, главный корпус, Советский пр-т 1",
        ),
    ],
)
async def test_a_rooms_bracket_is_the_place_never_left_in_the_title(
    world: ChatWorld, text: str, title: str, place: str
) -> None:
    """«(ауд.213, главный корпус)»: the room, its building and floor are the place; before,
    the title kept «(, главный корпус)» and the building was lost."""
    lines = await world.card_lines(text)
    assert f"📌 {title}" in lines, lines
    assert f"📍 {place}" in lines, lines


async def test_a_rooms_bracket_with_classes_in_it_reads_as_before(world: ChatWorld) -> None:
    """Classes in the bracket are no part of the place: the room alone, as before."""
    lines = await world.card_lines("Лекция 10 декабря в 15:00 (каб. 5, 9А)")
    assert "📍 каб. 5" in lines, lines
    assert "👥 9А" in lines, lines
