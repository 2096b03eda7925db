"""The doubt `span_cut` («В объявлении указаны дни с 15 по 17 декабря, а я записал каждый
день в 13:00. Как правильно?») answered by a hurried partner (round 26, span26; attack
2026-12-03ac, findings #3, #4, #7): typed answers in the question's own words («только
первый», «в 15:00», «15-17» without a month), a span too long for a daily series (a month
of meetings), and an old span button pressed after its question was closed. Real planner,
real SQLite store, real templates, frozen clock; sentences our own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from bot.core.replies import Reply
from tests.chat_world import ChatWorld as World
from tests.chat_world import open_world, own

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=TZ)  # the attack's frozen clock
EPOCH = datetime(2026, 1, 1, tzinfo=TZ)


def _post(first: str, last: str, judges: str) -> str:
    """A tournament over the days `first`–`last` whose judges meet on `judges` at 13:00:
    the parser reads a daily series at 13:00 and asks (span_cut)."""
    return (
        f"С {first} по {last} в нашем городе пройдёт турнир по шахматам «Зимняя ладья». К "
        "соревнованиям допускаются школьники 5–9 классов. В составе команды три мальчика, "
        f"одна девочка и тренер. Судейская коллегия соберётся {judges} в 13:00 "
        "в кабинете 12 школы № 5."  # on «день приезда» the span is whole: test_start83
    )


SHORT = _post("15", "17 декабря", "15 декабря")
# the judges meet on the span's first day: a clock written only for another day of the span
# («… 11 января в 13:00») is that day's, and the post reads as the span all day (starts42)
LONG = _post("1", "30 января", "1 января")


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def _asked(world: World, post: str) -> Reply:
    [ask] = own(await world.say(post))
    assert ask.template == "ask_date", (ask.template, world.text(ask))
    return ask


def _button(world: World, ask: Reply, label: str) -> dict[str, Any]:
    [button] = [b for row in ask.buttons for b in row if world.renderer.button_label(b) == label]
    return button.payload


async def _starts_after(world: World, answer: str) -> list[tuple[datetime, datetime | None]]:
    """SHORT asked, `answer` typed, the card confirmed: the (start, end) of every event."""
    await _asked(world, SHORT)
    [card] = own(await world.say(answer))
    assert card.template == "event_card", (card.template, world.text(card))
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    return [(e.start, e.end) for e in await world.store.events_between(EPOCH, None)]


def _at(day: int, hour: int = 13) -> datetime:
    return datetime(2026, 12, day, hour, 0, tzinfo=TZ)


# --- #3: typed answers in the question's own words --------------------------------------


@pytest.mark.parametrize(
    ("answer", "day"),
    [
        ("только первый", 15),
        ("только первый день", 15),
        ("первый день", 15),
        ("в первый день", 15),
        ("только последний", 17),
        ("второй день", 16),
    ],
)
async def test_a_day_of_the_span_by_its_place_is_that_day_at_the_clock(
    world: World, answer: str, day: int
) -> None:
    # before: «Не понял дату. Напишите, например, «15 декабря» …»
    saved = await _starts_after(world, answer)
    assert [start for start, _ in saved] == [_at(day)]


@pytest.mark.parametrize("answer", ["в 15:00", "в 15", "нет, в 15:00"])
async def test_a_clock_alone_moves_the_series_to_it(world: World, answer: str) -> None:
    # the question offered the days and a clock; an answer naming only a clock corrects
    # the clock, the days stay as the draft has them (every day of the span)
    saved = await _starts_after(world, answer)
    assert [start for start, _ in saved] == [_at(day, 15) for day in (15, 16, 17)]


@pytest.mark.parametrize(
    ("answer", "day"), [("только первый день в 15:00", 15), ("в 15:00 последний день", 17)]
)
async def test_a_day_by_its_place_with_a_clock(world: World, answer: str, day: int) -> None:
    # before: the clock was read alone and the place dropped — every day at 15:00
    saved = await _starts_after(world, answer)
    assert [start for start, _ in saved] == [_at(day, 15)]


async def test_the_first_of_the_month_is_no_place_in_the_span(world: World) -> None:
    # «первое число» is the 1st of a month, not the span's first day: not read as 15 December
    await _asked(world, SHORT)
    [reply] = own(await world.say("первое число"))
    assert reply.template != "event_card" or "15 декабря" not in world.text(reply)


@pytest.mark.parametrize("answer", ["15-17", "15–17", "с 15 по 17", "с 15 по 17 число"])
async def test_the_days_without_a_month_are_the_questions_month(world: World, answer: str) -> None:
    # read as «15–17 декабря» typed back (the question's own example): every day at 13:00
    saved = await _starts_after(world, answer)
    assert [start for start, _ in saved] == [_at(day) for day in (15, 16, 17)]


async def test_part_of_the_span_without_a_month(world: World) -> None:
    saved = await _starts_after(world, "16-17")
    assert [start for start, _ in saved] == [_at(16), _at(17)]


@pytest.mark.parametrize("answer", ["все три дня", "все дни"])
async def test_all_three_days_is_the_whole_span(world: World, answer: str) -> None:
    saved = await _starts_after(world, answer)
    assert saved == [(datetime(2026, 12, 15, tzinfo=TZ), datetime(2026, 12, 18, tzinfo=TZ))]


async def test_every_day_keeps_the_series(world: World) -> None:
    saved = await _starts_after(world, "каждый день")
    assert [start for start, _ in saved] == [_at(day) for day in (15, 16, 17)]


# --- #4: a month of daily meetings ---------------------------------------------------------


async def test_a_long_span_offers_the_whole_span_and_one_day_not_every_day(world: World) -> None:
    ask = await _asked(world, LONG)
    text = world.text(ask)
    labels = [world.renderer.button_label(b) for row in ask.buttons for b in row]
    assert labels[0] == "Все дни: 1–30 января", labels
    assert not any(label.startswith("Каждый день") for label in labels), labels
    assert "каждый день в 13:00 — это 30 встреч" in text, text
    assert labels[1:] == ["Только 1 января, 13:00"], labels


@pytest.mark.parametrize("answer", ["каждый день", "1-30 января", "с 1 по 30"])
async def test_a_long_daily_series_typed_is_asked_again_not_saved(
    world: World, answer: str
) -> None:
    # before: «Каждый день в 13:00» over 1–30 January saved 30 meetings
    await _asked(world, LONG)
    [again] = own(await world.say(answer))
    assert again.template == "ask_date", (again.template, world.text(again))
    text = world.text(again)
    assert "30 встреч" in text, text
    labels = [world.renderer.button_label(b) for row in again.buttons for b in row]
    assert labels[0] == "Все дни: 1–30 января", labels
    # «Все дни» then saves one event of the whole span
    [card] = own(await world.press(_button(world, again, "Все дни: 1–30 января")))
    assert card.template == "event_card", (card.template, world.text(card))
    own(await world.say("да"))
    events = await world.store.events_between(EPOCH, None)
    assert [(e.start, e.end) for e in events] == [
        (datetime(2027, 1, 1, tzinfo=TZ), datetime(2027, 1, 31, tzinfo=TZ))
    ]


async def test_one_day_of_a_long_span_is_saved(world: World) -> None:
    await _asked(world, LONG)
    [card] = own(await world.say("11 января"))
    assert card.template == "event_card", (card.template, world.text(card))
    own(await world.say("да"))
    events = await world.store.events_between(EPOCH, None)
    assert [e.start for e in events] == [datetime(2027, 1, 11, 13, 0, tzinfo=TZ)]


# --- #7: an old span button pressed after its question was closed ----------------------


async def test_an_old_span_button_on_a_changed_card_changes_nothing(world: World) -> None:
    ask = await _asked(world, SHORT)
    whole = _button(world, ask, "Все дни: 15–17 декабря")
    [card] = own(await world.say("16 декабря"))
    assert card.template == "event_card", card.template
    [reply] = own(await world.press(whole))
    # before: «На 15–17 декабря мероприятий нет.» (a plan query)
    assert reply.template == "span_answer_stale", (reply.template, world.text(reply))
    assert "15–17 декабря" in world.text(reply), world.text(reply)
    [saved] = own(await world.say("да"))  # the card is still the one day
    assert saved.template == "saved", saved.template
    events = await world.store.events_between(EPOCH, None)
    assert [e.start for e in events] == [_at(16)]


async def test_an_old_span_button_after_saving_changes_nothing(world: World) -> None:
    ask = await _asked(world, SHORT)
    daily = _button(world, ask, "Каждый день в 13:00")
    whole = _button(world, ask, "Все дни: 15–17 декабря")
    own(await world.say("16 декабря"))
    own(await world.say("да"))
    before = [(e.id, e.start, e.end) for e in await world.store.events_between(EPOCH, None)]
    for pressed in (whole, daily):
        [reply] = own(await world.press(pressed))
        assert reply.template == "span_answer_stale", (reply.template, world.text(reply))
    after = [(e.id, e.start, e.end) for e in await world.store.events_between(EPOCH, None)]
    assert after == before


async def test_an_old_span_button_does_not_answer_another_drafts_question(world: World) -> None:
    first = await _asked(world, SHORT)
    whole = _button(world, first, "Все дни: 15–17 декабря")
    own(await world.say("нет"))  # the first draft dropped
    other = _post("21", "23 декабря", "21 декабря")
    await _asked(world, other)
    [reply] = own(await world.press(whole))
    assert reply.template == "span_answer_stale", (reply.template, world.text(reply))
    # the new question is still open and its own answer works
    [card] = own(await world.say("все дни"))
    assert card.template == "event_card", (card.template, world.text(card))
    own(await world.say("да"))
    events = await world.store.events_between(EPOCH, None)
    assert [(e.start, e.end) for e in events] == [
        (datetime(2026, 12, 21, tzinfo=TZ), datetime(2026, 12, 24, tzinfo=TZ))
    ]


async def test_the_span_button_still_answers_its_open_question(world: World) -> None:
    ask = await _asked(world, SHORT)
    [card] = own(await world.press(_button(world, ask, "Все дни: 15–17 декабря")))
    assert card.template == "event_card", (card.template, world.text(card))


# --- an answer not understood: asked again in the question's words, with its buttons ----


@pytest.mark.parametrize("answer", ["да", "не знаю"])
async def test_an_unclear_answer_is_asked_again_with_the_span_words(
    world: World, answer: str
) -> None:
    # before: «Не понял дату. Напишите, например, «15 декабря», «15.12» или «в пятницу».»
    # and no buttons: the hurried partner had to scroll up to the question
    await _asked(world, SHORT)
    [again] = own(await world.say(answer))
    assert again.template == "ask_date_again", (again.template, world.text(again))
    text = world.text(again)
    assert "«все дни»" in text, text
    assert "«каждый день»" in text, text
    assert "«только первый»" in text, text
    labels = [world.renderer.button_label(b) for row in again.buttons for b in row]
    assert labels == ["Все дни: 15–17 декабря", "Каждый день в 13:00"], labels
    [card] = own(await world.press(_button(world, again, "Все дни: 15–17 декабря")))
    assert card.template == "event_card", (card.template, world.text(card))
    assert await world.store.events_between(EPOCH, None) == []


# --- the judges meet «в день приезда»: a preparatory step, the span is whole (start83) ---


async def test_judges_on_the_day_of_arrival_leave_the_span_whole_and_ask_its_clock(
    world: World,
) -> None:
    arrival = SHORT.replace("соберётся 15 декабря", "соберётся в день приезда 15 декабря")
    assert arrival != SHORT
    [ask] = own(await world.say(arrival))
    assert ask.template == "ask_time", (ask.template, world.text(ask))
    [card] = own(await world.say("весь день"))
    assert card.template == "event_card", (card.template, world.text(card))
    assert "15–17 декабря" in world.text(card)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    [(start, end)] = [(e.start, e.end) for e in await world.store.events_between(EPOCH, None)]
    assert (start, end) == (_at(15, 0), _at(18, 0))  # all day, the 15th to the 17th
