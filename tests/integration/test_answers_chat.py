"""Answers to the bot's own questions, written the way people answer in a chat (newcomer walk
2026-11-30, findings C1, C2, C4): bare grade ranges, a corrected date that keeps the time,
a past date given as an answer, a sentence that corrects the open draft. Real planner, real
SQLite store, real templates, frozen clock (Tue 2026-12-01 10:00)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import ChatWorld as World
from tests.chat_world import open_world

TZ = ZoneInfo("Europe/Kaliningrad")
TUESDAY = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)  # the frozen clock
NO_AUDIENCE = "Встреча с ветеранами 3 декабря в 13.00 в библиотеке школы"


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(
        tmp_path / "plan.db",
        TUESDAY,
        Role.STAFF,
        "Школа",
        OrgKind.SCHOOL,
    )
    yield opened
    await opened.store.close()


@pytest.mark.parametrize(
    ("answer", "grades"),
    [
        ("9-11", {9, 10, 11}),
        ("10-11", {10, 11}),
        ("7–9", {7, 8, 9}),
        ("11", {11}),
        ("1-4", {1, 2, 3, 4}),
        ("5 - 11", set(range(5, 12))),
        ("7, 9", {7, 9}),
    ],
)
async def test_a_bare_range_answers_which_classes(
    world: World, answer: str, grades: set[int]
) -> None:
    [ask] = await world.say(NO_AUDIENCE)
    assert ask.template == "ask_audience"
    [card] = await world.say(answer)
    assert card.template == "event_card", world.text(card)
    assert set(card.context["event"]["audience"].grades) == grades


@pytest.mark.parametrize("answer", ["12", "0", "9-15", "3 декабря"])
async def test_numbers_that_are_not_grades_are_still_not_understood(
    world: World, answer: str
) -> None:
    await world.say(NO_AUDIENCE)
    [again] = await world.say(answer)
    assert again.template == "ask_audience_again"


async def test_a_corrected_impossible_date_keeps_the_time_of_the_message(world: World) -> None:
    [ask] = await world.say("экскурсия 31.11 в 10 утра 6в")
    assert ask.template == "ask_date"
    assert "Такой даты нет" in world.text(ask)
    [card] = await world.say("3.12")
    assert card.template == "event_card", world.text(card)
    assert card.context["event"]["start"] == datetime(2026, 12, 3, 10, 0, tzinfo=TZ)


async def test_an_impossible_date_in_another_year_keeps_its_time_too(world: World) -> None:
    [ask] = await world.say("встреча выпускников 29.02.2027 в 17:00 актовый зал")
    assert ask.template == "ask_date"
    [ask] = await world.say("28 февраля")
    assert ask.template == "ask_audience", world.text(ask)  # not «Во сколько?» again
    [card] = await world.say("11")
    assert card.template == "event_card", world.text(card)
    assert card.context["event"]["start"] == datetime(2027, 2, 28, 17, 0, tzinfo=TZ)


async def test_a_new_time_in_the_date_answer_wins(world: World) -> None:
    await world.say("экскурсия 31.11 в 10 утра 6в")
    [card] = await world.say("3 декабря в 12:00")
    assert card.context["event"]["start"] == datetime(2026, 12, 3, 12, 0, tzinfo=TZ)


async def test_a_past_date_given_as_an_answer_is_asked_about(world: World) -> None:
    await world.say("экскурсия 31.11 в 10 утра 6в")
    [ask] = await world.say("30.11")  # yesterday: not silently 30.11.2027
    assert ask.template == "ask_date", world.text(ask)
    assert "2027" in world.text(ask)
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []
    [card] = await world.say("4.12")
    assert card.template == "event_card", world.text(card)
    assert card.context["event"]["start"] == datetime(2026, 12, 4, 10, 0, tzinfo=TZ)


async def test_a_past_date_with_its_year_given_as_an_answer_is_asked_about(world: World) -> None:
    await world.say("экскурсия 31.11 в 10 утра 6в")
    [ask] = await world.say("30.11.2026")
    assert ask.template == "ask_date"
    assert "уже прошло" in world.text(ask)


async def test_another_year_named_in_the_answer_shows_on_the_card(world: World) -> None:
    await world.say("экскурсия 31.11 в 10 утра 6в")
    [card] = await world.say("30.11.2027")
    assert card.template == "event_card", world.text(card)
    assert card.context["event"]["start"] == datetime(2027, 11, 30, 10, 0, tzinfo=TZ)
    assert "30 ноября 2027 года (вт), 10:00" in world.text(card)


async def test_a_sentence_answer_corrects_the_date_asked_about(world: World) -> None:
    [ask] = await world.say("экскурсия на завод 20 ноября 9а")
    assert ask.template == "ask_date"
    [reply] = await world.say("нет, 20 ноября уже было, пусть будет 10 декабря")
    assert reply.template == "ask_time", world.text(reply)  # not a new event «Нет, уже было»
    [card] = await world.say("в 11")
    assert card.context["event"]["title"] == "Экскурсия на завод"
    assert card.context["event"]["start"] == datetime(2026, 12, 10, 11, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("answer", "start"),
    [
        ("нет, пусть будет 10 декабря", datetime(2026, 12, 10, 10, 0, tzinfo=TZ)),
        ("пусть будет 14 декабря", datetime(2026, 12, 14, 10, 0, tzinfo=TZ)),
        ("не в 10, а в 11", datetime(2026, 12, 12, 11, 0, tzinfo=TZ)),
        ("не 12, а 13 декабря", datetime(2026, 12, 13, 10, 0, tzinfo=TZ)),
        ("нет, лучше 11 декабря в 15:00", datetime(2026, 12, 11, 15, 0, tzinfo=TZ)),
    ],
)
async def test_a_correction_of_the_open_card_moves_its_draft(
    world: World, answer: str, start: datetime
) -> None:
    [card] = await world.say("экскурсия на завод 12 декабря в 10:00 9а")
    assert card.template == "event_card"
    [card] = await world.say(answer)
    assert card.template == "event_card", world.text(card)
    assert card.context["event"]["title"] == "Экскурсия на завод"
    assert card.context["event"]["start"] == start
    [saved, *_] = await world.say("да")
    assert saved.template == "saved"
    stored = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert [(e.title, e.start) for e in stored] == [("Экскурсия на завод", start)]


@pytest.mark.parametrize(
    ("answer", "start"),
    [
        ("16:00", datetime(2026, 12, 12, 16, 0, tzinfo=TZ)),
        ("в 9 утра", datetime(2026, 12, 12, 9, 0, tzinfo=TZ)),
        ("14 декабря в 11:30", datetime(2026, 12, 14, 11, 30, tzinfo=TZ)),
    ],
)
async def test_a_bare_day_or_time_on_the_open_card_moves_its_draft(
    world: World, answer: str, start: datetime
) -> None:
    """Nothing but a day or time under an open card names no event of its own: it is the
    card's new day or time (not a nameless second draft «»), shown again before saving."""
    [card] = await world.say("экскурсия на завод 12 декабря в 10:00 9а")
    [card] = await world.say(answer)
    assert card.template == "event_card", world.text(card)
    assert card.context["event"]["title"] == "Экскурсия на завод"
    assert card.context["event"]["start"] == start
    stored = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert stored == []  # shown again, not saved
    [saved, *_] = await world.say("да")
    assert saved.template == "saved"


async def test_a_titled_event_on_the_open_card_is_still_a_new_event(world: World) -> None:
    await world.say("экскурсия на завод 12 декабря в 10:00 9а")
    [reply] = await world.say("Экскурсия 15 декабря в 12:00")
    assert reply.template == "draft_choice", world.text(reply)
    assert "«Экскурсия»" in world.text(reply)


async def test_a_correction_into_the_past_is_asked_about(world: World) -> None:
    await world.say("экскурсия на завод 12 декабря в 10:00 9а")
    [ask] = await world.say("нет, пусть будет 30 ноября")
    assert ask.template == "ask_date", world.text(ask)


async def test_a_new_event_after_no_is_still_a_new_event(world: World) -> None:
    await world.say("экскурсия на завод 12 декабря в 10:00 9а")
    [reply] = await world.say("нет, лекция по химии 15 декабря в 12:00 9б")
    assert reply.template == "draft_choice"


async def test_yes_to_the_guessed_year_takes_that_year(world: World) -> None:
    [ask] = await world.say("экскурсия на завод 20 ноября 9а")
    assert "имеется в виду 20 ноября 2027 года" in world.text(ask)
    [reply] = await world.say("да")
    assert reply.template == "ask_time", world.text(reply)
    [card] = await world.say("в 10")
    assert card.context["event"]["start"] == datetime(2027, 11, 20, 10, 0, tzinfo=TZ)
    assert "20 ноября 2027 года (сб), 10:00" in world.text(card)


async def test_yes_to_an_impossible_date_still_saves_nothing(world: World) -> None:
    await world.say("экскурсия 31.11 в 10 утра 6в")
    [reply] = await world.say("да")
    assert reply.template != "event_card"
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []


async def test_a_bare_time_under_an_open_plan_never_names_an_empty_event(world: World) -> None:
    """Under a plan of two lines a bare «16:00» cannot say which line it moves: the bot asks
    what to do with the new event, and never quotes an empty title «»."""
    await world.say("Лекция 10 декабря в 12:00 9а\nЭкскурсия 11 декабря в 10:00 9б")
    [reply] = await world.say("16:00")
    assert reply.template == "draft_choice", world.text(reply)
    assert "«»" not in world.text(reply)
    assert "новым мероприятием" in world.text(reply)


@pytest.mark.parametrize("said", ["👍", "👍🏻", "ага, сохраняй", "угу", "да, всё верно", "хорошо"])
async def test_a_thumbs_up_or_a_casual_yes_saves_the_open_card(world: World, said: str) -> None:
    """«Сохранить?» answered the way people answer in a messenger saves the card — a 👍
    there used to get a 👍 back while the card silently stayed unsaved (newcomer walk)."""
    [card] = await world.say("экскурсия на завод 12 декабря в 10:00 9а")
    assert card.template == "event_card"
    [saved, *_] = await world.say(said)
    assert saved.template == "saved", world.text(saved)
    stored = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert [e.title for e in stored] == ["Экскурсия на завод"]


async def test_a_thumbs_up_with_nothing_open_is_small_talk(world: World) -> None:
    [reply] = await world.say("👍")
    assert reply.template == "small_talk", world.text(reply)
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []
