"""Attack 2026-12-03ac (tests/data/attack_2026-12-03ac.md): the doubt `span_cut` («В
объявлении указаны дни с 15 по 17 декабря, а я записал …») answered by its buttons and by
typing, after walk22's «answer, then a remark» reading (Z3) was merged beside it. Real
planner, real SQLite store, real templates, frozen clock; sentences our own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import ChatWorld as World
from tests.chat_world import open_world, own

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=TZ)  # the attack's frozen clock


def _post(first: str, last: str, judges: str) -> str:
    """A tournament over the days `first`–`last` whose judges meet on `judges` at 13:00:
    the parser reads a daily series at 13:00 and asks (span_cut)."""
    return (
        f"С {first} по {last} в нашем городе пройдёт турнир по шахматам «Зимняя ладья». К "
        "соревнованиям допускаются школьники 5–9 классов. В составе команды три мальчика, "
        f"одна девочка и тренер. Судейская коллегия соберётся {judges} в 13:00 "
        "в кабинете 12 школы № 5."  # on «день приезда» the span is whole: test_start83
    )


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def _saved(world: World, post: str, label: str) -> list[tuple[datetime, datetime | None]]:
    """`post` pasted, the span question's button `label` pressed, the card confirmed: the
    (start, end) of every event saved."""
    [ask] = own(await world.say(post))
    assert ask.template == "ask_date", (ask.template, world.text(ask))
    [button] = [b for row in ask.buttons for b in row if world.renderer.button_label(b) == label]
    [card] = own(await world.press(button.payload))
    assert card.template == "event_card", (card.template, world.text(card))
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    return [(e.start, e.end) for e in events]


@pytest.mark.parametrize(
    ("first", "last", "label", "end"),
    [
        ("15", "17 декабря", "Все дни: 15–17 декабря", datetime(2026, 12, 18, tzinfo=TZ)),
        (
            "28 декабря",
            "3 января",
            "Все дни: 28 декабря – 3 января",
            datetime(2027, 1, 4, tzinfo=TZ),
        ),
    ],
)
async def test_all_days_button_saves_one_all_day_event_not_the_series(
    world: World, first: str, last: str, label: str, end: datetime
) -> None:
    # before: «, весь день» of the button's text was read as a remark after the answer
    # (walk22 Z3) and dropped — the daily series at 13:00 was saved under «Все дни»
    start = datetime(2026, 12, 15 if first == "15" else 28, tzinfo=TZ)
    post = _post(first, last, "15 декабря" if first == "15" else "28 декабря")
    assert await _saved(world, post, label) == [(start, end)]


@pytest.mark.parametrize("answer", ["16 декабря", "нет, 16 декабря", "только 16 декабря"])
async def test_one_day_typed_to_the_series_question_is_that_day_only(
    world: World, answer: str
) -> None:
    # before: the series was moved whole — 16, 17 and 18 December at 13:00, past the span
    [ask] = own(await world.say(_post("15", "17 декабря", "15 декабря")))
    assert "каждый день в 13:00" in world.text(ask), world.text(ask)
    [card] = own(await world.say(answer))
    assert card.template == "event_card", (card.template, world.text(card))
    own(await world.say("да"))
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert [e.start for e in events] == [datetime(2026, 12, 16, 13, 0, tzinfo=TZ)]


async def test_the_days_typed_back_keep_the_series(world: World) -> None:
    [ask] = own(await world.say(_post("15", "17 декабря", "15 декабря")))
    assert ask.template == "ask_date", ask.template
    [card] = own(await world.say("15-17 декабря"))
    assert card.template == "event_card", (card.template, world.text(card))
    own(await world.say("да"))
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert [e.start for e in events] == [
        datetime(2026, 12, day, 13, 0, tzinfo=TZ) for day in (15, 16, 17)
    ]


@pytest.mark.parametrize("answer", ["все дни", "все три дня", "весь день"])
async def test_all_days_typed_is_the_whole_span(world: World, answer: str) -> None:
    # before: «Не понял дату. Напишите, например, «15 декабря» …»
    [ask] = own(await world.say(_post("15", "17 декабря", "15 декабря")))
    assert ask.template == "ask_date", ask.template
    [card] = own(await world.say(answer))
    assert card.template == "event_card", (card.template, world.text(card))
    own(await world.say("да"))
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert [(e.start, e.end) for e in events] == [
        (datetime(2026, 12, 15, tzinfo=TZ), datetime(2026, 12, 18, tzinfo=TZ))
    ]


@pytest.mark.parametrize("answer", ["каждый день", "ежедневно"])
async def test_every_day_typed_keeps_the_series(world: World, answer: str) -> None:
    [ask] = own(await world.say(_post("15", "17 декабря", "15 декабря")))
    assert ask.template == "ask_date", ask.template
    [card] = own(await world.say(answer))
    assert card.template == "event_card", (card.template, world.text(card))
    own(await world.say("да"))
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert [e.start for e in events] == [
        datetime(2026, 12, day, 13, 0, tzinfo=TZ) for day in (15, 16, 17)
    ]
