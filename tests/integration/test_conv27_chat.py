"""The partner's word on the event card and on the span question, never dropped (round 27,
conv27; attack 2026-12-03ae, #3, #4, #7, and a bare «каждый день» on a one-day card).

- A stage's first day typed on the stages card («Пробный тур 29 марта — 11 апреля. Основной
  тур 12 — 19 апреля.», «12 апреля») keeps that stage alone and the card says which stage it
  dropped; «оба этапа» brings it back. Before: the card came back unchanged, «да» saved both.
- A correction of one stage («30 марта», «с 30 марта по 11 апреля») keeps the other stage.
  Before: the main tour was dropped silently, and «30 марта» moved the span whole into it.
- The span question («…с 15 по 17 декабря, а я записал каждый день в 13:00») reads the span's
  days typed as a list, an exclusion, a sub-range, ordinal words. Before: «Не понял ответ».
- A bare «каждый день» on a one-day card is drafts.MAX_DAILY_SPAN_DAYS meetings, and the
  card says so. Before: 40 meetings to the end of the term.

Real planner, real SQLite store, real templates, frozen clock Monday 7 December 2026;
sentences our own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.drafts import MAX_DAILY_SPAN_DAYS
from bot.core.models import OrgKind, Role
from tests.chat_world import ChatWorld as World
from tests.chat_world import open_world, own
from tests.integration.test_span26_chat import SHORT

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=TZ)
EPOCH = datetime(2026, 1, 1, tzinfo=TZ)
STAGES = (
    "Олимпиада по математике для 9–11 классов. Пробный тур 29 марта — 11 апреля. "
    "Основной тур 12 — 19 апреля."
)
LECTURE = "Лекция о космосе 15 декабря в 13:00 для 9Б, актовый зал"


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def _card_after(world: World, *texts: str) -> str:
    """Each text must answer with the card; the last card's text."""
    shown = ""
    for text in texts:
        [card] = own(await world.say(text))
        assert card.template == "event_card", (text, card.template, world.text(card))
        shown = world.text(card)
    return shown


async def _saved_days(world: World) -> list[tuple[date, date]]:
    """«да» saves the card: each event's first and last school-local day (inclusive)."""
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    events = sorted(await world.store.events_between(EPOCH, None), key=lambda e: e.start)
    days = []
    for event in events:
        first = event.start.astimezone(TZ).date()
        last = (event.end.astimezone(TZ) - timedelta(microseconds=1)).date()  # end exclusive
        days.append((first, max(first, last)))
    return days


def _d(month: int, day: int) -> date:
    return date(2027 if month < 9 else 2026, month, day)


TRIAL = (_d(3, 29), _d(4, 11))
MAIN = (_d(4, 12), _d(4, 19))


# --- 1: a stage's first day typed on the stages card ------------------------------------


async def test_a_stages_first_day_keeps_that_stage_and_the_card_says_so(world: World) -> None:
    card = await _card_after(world, STAGES)
    assert "Сеансы (2)" in card, card
    card = await _card_after(world, "12 апреля")
    assert "Сеансы (2)" not in card, card
    assert "29 марта — 11 апреля" in card, card  # the card names the stage it dropped
    assert "оба этапа" in card, card  # and how to keep both
    assert await _saved_days(world) == [MAIN]


async def test_both_stages_come_back_when_asked(world: World) -> None:
    await _card_after(world, STAGES, "12 апреля")
    card = await _card_after(world, "оба этапа")
    assert "Сеансы (2)" in card, card
    assert await _saved_days(world) == [TRIAL, MAIN]


# --- 2: a correction of one stage keeps the other ---------------------------------------


@pytest.mark.parametrize("answer", ["30 марта", "с 30 марта по 11 апреля", "30 марта — 11 апреля"])
async def test_correcting_the_first_stage_keeps_the_main_tour(world: World, answer: str) -> None:
    card = await _card_after(world, STAGES, answer)
    assert "Сеансы (2)" in card, card
    assert await _saved_days(world) == [(_d(3, 30), _d(4, 11)), MAIN]


async def test_correcting_the_main_tour_keeps_the_trial(world: World) -> None:
    await _card_after(world, STAGES, "с 13 по 19 апреля")
    assert await _saved_days(world) == [TRIAL, (_d(4, 13), _d(4, 19))]


# --- 3: typed answers to the span question ----------------------------------------------


@pytest.mark.parametrize(
    ("answer", "days"),
    [
        ("16 и 17", [16, 17]),
        ("16, 17", [16, 17]),
        ("кроме 16", [15, 17]),
        ("все кроме 16", [15, 17]),
        ("нет, только 16", [16]),
        ("только 17-го", [17]),
        ("16", [16]),
        ("16-18", [16, 17, 18]),
        ("первый и последний", [15, 17]),
        ("первый и второй день", [15, 16]),
        ("кроме первого", [16, 17]),
    ],
)
async def test_the_span_questions_days_typed(world: World, answer: str, days: list[int]) -> None:
    [ask] = own(await world.say(SHORT))
    assert ask.template == "ask_date", (ask.template, world.text(ask))
    await _card_after(world, answer)
    saved = [first for first, _ in await _saved_days(world)]
    assert saved == [date(2026, 12, day) for day in days], saved
    starts = sorted(e.start for e in await world.store.events_between(EPOCH, None))
    assert {s.astimezone(TZ).hour for s in starts} == {13}, starts


async def test_the_question_asked_again_names_the_days_forms(world: World) -> None:
    [ask] = own(await world.say(SHORT))
    assert ask.template == "ask_date"
    [again] = own(await world.say("не знаю"))
    assert again.template == "ask_date_again", again.template
    assert "«кроме 16»" in world.text(again), world.text(again)


@pytest.mark.parametrize("answer", ["кроме 15, 16 и 17", "20 и 21"])
async def test_no_day_of_the_span_left_keeps_the_question(world: World, answer: str) -> None:
    """An exclusion of every day, or days far from the span, is no answer read as days."""
    [ask] = own(await world.say(SHORT))
    assert ask.template == "ask_date"
    replies = own(await world.say(answer))
    assert all(r.template != "saved" for r in replies)
    if any(r.template == "event_card" for r in replies):
        pytest.fail(f"{answer!r} became a card: {[world.text(r) for r in replies]}")


# --- 4: a bare «каждый день» on a one-day card ------------------------------------------


async def test_a_bare_every_day_is_two_weeks_and_the_card_says_so(world: World) -> None:
    card = await _card_after(world, LECTURE, "каждый день")
    assert f"записал {MAX_DAILY_SPAN_DAYS} дней подряд, до 28 декабря" in card, card
    assert "«каждый день до 21 декабря»" in card, card  # how to name another last day
    saved = [first for first, _ in await _saved_days(world)]
    assert len(saved) == MAX_DAILY_SPAN_DAYS, saved
    assert saved[0] == date(2026, 12, 15), saved
    assert saved[-1] == date(2026, 12, 28), saved


async def test_every_day_with_its_last_day_is_not_bounded_nor_noted(world: World) -> None:
    card = await _card_after(world, LECTURE, "каждый день до 20 декабря")
    assert "не назван" not in card, card
    saved = [first for first, _ in await _saved_days(world)]
    assert saved == [date(2026, 12, d) for d in range(15, 21)], saved
