"""Walk t (2026-12-02, partners and the curator agreeing a term's plan), finding 3, in the
chat: a partner's post announcing two events (an open day for 10–11 classes, «Также 17
декабря в 15:30 приглашаем 9-е классы на мастер-класс …») is shown as two events and saved
as two, each with its own day, time, classes and place; «нет», «только первое» and the
«Только второе» button keep what they say. Over a real store (SQLite), a frozen clock and
the real templates; the post is written for these tests."""

from __future__ import annotations

from typing import Any

from bot.core.models import Event
from tests import chat_world
from tests.chat_world import ChatWorld, own

world = chat_world.partner_world

POST = """Уважаемые коллеги, добрый день!
Калининградский государственный технический университет приглашает учащихся 10–11 классов \
на День открытых дверей
института цифровых технологий, который состоится 12 декабря (суббота) в 11:00 по адресу: \
Советский проспект, 1,
главный корпус, ауд. 255.
В программе: знакомство с направлениями подготовки, экскурсия по лабораториям.
Также 17 декабря в 15:30 приглашаем 9-е классы на мастер-класс «Основы программирования на \
Python» (ауд. 310,
ул. Профессора Баранова, 43).
Контактное лицо: методист Иванова Мария Сергеевна, тел. +7 (4012) 99-53-00
С уважением, центр довузовской подготовки КГТУ"""


async def _stored(world: ChatWorld) -> list[Event]:
    return await world.store.events_between(world.planner.clock.now(), None)


async def _summary(world: ChatWorld) -> tuple[str, list[dict[str, Any]]]:
    """The post sent: the summary's text and its buttons' payloads, row after row."""
    [reply] = await world.say(POST)
    assert reply.template == "plan_summary", reply.template
    payloads = [dict(b.payload) for row in reply.buttons for b in row]
    return world.text(reply), payloads


async def test_a_post_with_two_events_is_shown_as_two_and_both_are_saved(
    world: ChatWorld,
) -> None:
    shown, _ = await _summary(world)
    assert shown.startswith("В сообщении два мероприятия:"), shown
    assert "Сохранить оба?" in shown
    assert "12 декабря (сб), 11:00" in shown
    assert "17 декабря (чт), 15:30" in shown
    assert "17 декабря (чт), 11:00" not in shown  # the walk's button of neither event
    replies = own(await world.say("да"))
    assert [r.template for r in replies] == ["saved"], [r.template for r in replies]
    events = sorted(await _stored(world), key=lambda e: e.start)
    assert [e.title for e in events][1].startswith("Мастер-класс «Основы программирования")
    assert [e.audience.grades for e in events] == [{10, 11}, {9}]  # no 9th grades merged
    assert events[0].venue is not None
    assert "Советский проспект, 1" in events[0].venue
    assert events[1].venue is not None
    assert "ауд. 310" in events[1].venue
    assert [e.start.astimezone(world.planner.config.tz).strftime("%d %H:%M") for e in events] == [
        "12 11:00",
        "17 15:30",
    ]


async def test_both_said_in_words_saves_both(world: ChatWorld) -> None:
    await _summary(world)
    await world.say("сохраните оба")
    assert len(await _stored(world)) == 2


async def test_no_saves_neither(world: ChatWorld) -> None:
    await _summary(world)
    replies = await world.say("нет")
    assert [r.template for r in replies] == ["discarded"], [r.template for r in replies]
    assert await _stored(world) == []


async def test_only_the_first_saves_the_open_day_alone(world: ChatWorld) -> None:
    await _summary(world)
    replies = await world.say("только первое")
    shown = "\n".join(world.text(r) for r in replies)
    assert "Не сохраняю: Мастер-класс" in shown, shown
    [event] = await _stored(world)
    assert event.title.startswith("День открытых дверей")
    assert event.audience.grades == {10, 11}


async def test_the_only_second_button_saves_the_master_class_alone(world: ChatWorld) -> None:
    _, payloads = await _summary(world)
    [second] = [p for p in payloads if p.get("t") == "только 2"]
    assert second["a"] == "pick"
    assert "k" in second  # the question it answers (safety41 #4)
    await world.press(second)
    [event] = await _stored(world)
    assert event.title.startswith("Мастер-класс")
    assert event.audience.grades == {9}


async def test_a_second_event_naming_no_classes_is_asked_them_not_saved_for_all(
    world: ChatWorld,
) -> None:
    """Attack v, #8: «да» saved the excursion for «все классы»; now the workshop is saved
    and the excursion comes back alone, asked its classes as a post of one event is."""
    post = (
        "Мастер-класс по робототехнике 12 декабря в 15:00 для 9А, ауд. 310. Также 19 декабря "
        "в 15:00 экскурсия в лабораторию."
    )
    [reply] = await world.say(post)
    assert world.text(reply).startswith("В сообщении два мероприятия:"), world.text(reply)
    replies = await world.say("да")
    [saved] = await _stored(world)
    assert saved.title.startswith("Мастер-класс")
    assert saved.audience.classes == {"9А"}
    shown = "\n".join(world.text(r) for r in replies)
    assert "Для каких классов" in shown, shown
    await world.say("8Б")
    await world.say("да")
    events = sorted(await _stored(world), key=lambda e: e.start)
    assert [e.audience.classes for e in events] == [{"9А"}, {"8Б"}]


async def test_a_later_events_building_part_is_saved_as_its_place(world: ChatWorld) -> None:
    """Attack v, #21: «…, корпус 2» of the second event was saved in its title, no place."""
    [reply] = await world.say(
        "Мастер-класс по робототехнике 12 декабря в 15:00 для 9А, ауд. 310. Также 19 декабря "
        "в 15:00 для 8Б экскурсия в лабораторию, корпус 2."
    )
    assert reply.template == "plan_summary", reply.template
    assert "корпус 2 —" not in world.text(reply)
    await world.say("да")
    events = sorted(await _stored(world), key=lambda e: e.start)
    assert [(e.title, e.venue) for e in events] == [
        ("Мастер-класс по робототехнике", "ауд. 310"),
        ("Экскурсия в лабораторию", "корпус 2"),
    ]


async def test_a_later_event_with_no_place_is_asked_where_on_both(world: ChatWorld) -> None:
    """Attack v, #21: on «оба» the second event with no place of its own (the first has one)
    was saved with no place and no question; it comes back after the first is saved, asked
    «Где пройдёт …?», and «нет» saves it with no place."""
    text = (
        "Лекция по астрономии 12 декабря в 15:00 для 9А, ауд. 5. Также 19 декабря в 15:00 "
        "практикум по астрономии для 9Б."
    )
    [summary] = await world.say(text)
    assert summary.template == "plan_summary", summary.template
    replies = own(await world.say("оба"))
    assert [r.template for r in replies] == ["saved", "draft_restored", "ask_edit"]
    assert world.text(replies[-1]).startswith("Где пройдёт «Практикум по астрономии»?")
    assert [e.title for e in await _stored(world)] == ["Лекция по астрономии"]
    [card] = await world.say("ауд. 7")
    assert card.template == "event_card", card.template
    await world.say("да")
    events = sorted(await _stored(world), key=lambda e: e.start)
    assert [(e.title, e.venue, e.audience.classes) for e in events] == [
        ("Лекция по астрономии", "ауд. 5", {"9А"}),
        ("Практикум по астрономии", "ауд. 7", {"9Б"}),
    ]


async def test_no_place_at_all_in_a_two_event_post_is_not_asked(world: ChatWorld) -> None:
    """A post naming no place for either event: both saved on «да» as a single post's event
    would be (no place is asked of a card)."""
    await world.say(
        "Лекция по астрономии 12 декабря в 15:00 для 9А. Также 19 декабря в 15:00 практикум "
        "по астрономии для 9Б."
    )
    replies = own(await world.say("да"))
    assert [r.template for r in replies] == ["saved"], [r.template for r in replies]
    assert len(await _stored(world)) == 2


async def test_place_and_title_of_a_line_are_fixed_in_the_summary(world: ChatWorld) -> None:
    """Attack v, #22: «исправь 1: место ауд. 101», «исправь 2: место тот же» and «исправь 2:
    название …» answered «Не понял исправление строки 1»; they work as on a card."""
    await world.say(
        "Мастер-класс по робототехнике 12 декабря в 15:00 для 9А, ауд. 310. Также 19 декабря "
        "в 15:00 для 8Б экскурсия в лабораторию, корпус 2."
    )
    replies = await world.say("исправь 1: место ауд. 101")
    assert [r.template for r in replies] == ["plan_line_fixed", "plan_summary"]
    assert "ауд. 101" in world.text(replies[-1])
    replies = await world.say("исправь 2: место тот же")
    assert [r.template for r in replies] == ["plan_line_fixed", "plan_summary"]
    replies = await world.say("исправь 2: название Экскурсия в лабораторию роботов")
    assert [r.template for r in replies] == ["plan_line_fixed", "plan_summary"]
    await world.say("да")
    events = sorted(await _stored(world), key=lambda e: e.start)
    assert [(e.title, e.venue) for e in events] == [
        ("Мастер-класс по робототехнике", "ауд. 101"),
        ("Экскурсия в лабораторию роботов", "ауд. 101"),
    ]
    assert events[1].start.astimezone(world.planner.config.tz).day == 19  # the day kept


async def test_the_same_event_for_another_group_is_saved_twice_with_its_classes(
    world: ChatWorld,
) -> None:
    """Attack v, #20: «Также 19 декабря в 15:00 мастер-класс по робототехнике для 9Б» was
    «В сообщении две даты …» and one session (and 9Б) was lost whichever day was picked."""
    [summary] = await world.say(
        "Мастер-класс по робототехнике 12 декабря в 15:00 для 9А, ауд. 310. Также 19 декабря "
        "в 15:00 мастер-класс по робототехнике для 9Б."
    )
    assert summary.template == "plan_summary", summary.template
    assert world.text(summary).startswith("В сообщении два мероприятия:")
    replies = own(await world.say("оба"))
    assert [r.template for r in replies] == ["saved"], [r.template for r in replies]
    events = sorted(await _stored(world), key=lambda e: e.start)
    assert [(e.title, e.venue, e.audience.classes) for e in events] == [
        ("Мастер-класс по робототехнике", "ауд. 310", {"9А"}),
        ("Мастер-класс по робототехнике", "ауд. 310", {"9Б"}),
    ]
