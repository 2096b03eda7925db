"""Attack 2026-12-03ae (helper reviewconv26) on span26 and multi26, by a hurried partner: a
day typed on the card of a short daily series the post wrote as its days («15 и 16 декабря в
11:00») is that day, not the series moved whole past the post's last day (it saved 16 and
17 December; the post never named the 17th). Real planner, real SQLite store, real
templates, frozen clock Monday 7 December 2026; sentences our own.

Also (#1 of the record): «в воскресенье, 23 января, в 11:30 или в 12:30» (23 January is a
Saturday) asks the day with buttons [23 января (сб), 11:30] [24 января (вс), 11:30]; pressing
one saved 11:30 alone — the 12:30 session multi26 keeps for the typed «24 января» was lost.
The buttons now name the day alone when the draft's sessions are times of its one day."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import ChatWorld as World
from tests.chat_world import open_world, own

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=TZ)
EPOCH = datetime(2026, 1, 1, tzinfo=TZ)

TWO_DAYS = (
    "Соревнования по лёгкой атлетике для 5–7 классов пройдут 15 и 16 декабря в 11:00 на "
    "стадионе «Балтика»."
)
THREE_DAYS = "Турнир по волейболу с 15 по 17 декабря в 14:00 в спортзале, 8–9 классы."


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def _saved_starts(world: World, post: str, answer: str) -> list[datetime]:
    [card] = own(await world.say(post))
    assert card.template == "event_card", (card.template, world.text(card))
    assert "и ещё" in world.text(card), world.text(card)  # the post's days as a daily series
    [changed] = own(await world.say(answer))
    assert changed.template == "event_card", (changed.template, world.text(changed))
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    return sorted(e.start for e in await world.store.events_between(EPOCH, None))


@pytest.mark.parametrize(
    ("post", "answer", "day", "hour"),
    [
        (TWO_DAYS, "16 декабря", 16, 11),
        (TWO_DAYS, "16-го", 16, 11),
        (THREE_DAYS, "17 декабря", 17, 14),
        (THREE_DAYS, "16 декабря", 16, 14),
    ],
)
async def test_a_day_of_the_series_typed_on_its_card_is_that_day_only(
    world: World, post: str, answer: str, day: int, hour: int
) -> None:
    starts = await _saved_starts(world, post, answer)
    assert starts == [datetime(2026, 12, day, hour, 0, tzinfo=TZ)], starts


async def test_a_day_outside_the_series_still_moves_it_whole(world: World) -> None:
    """A day after the series' last one is a move of the whole run (as before)."""
    starts = await _saved_starts(world, TWO_DAYS, "17 декабря")
    assert starts == [datetime(2026, 12, d, 11, 0, tzinfo=TZ) for d in (17, 18)], starts


TWO_SHOWS = (
    "Приглашаем учеников 3–4 классов на спектакль «Снежная королева» в воскресенье, 23 января, "
    "в 11:30 или в 12:30 в театре кукол, ул. Театральная, 5."
)


def _pick(world: World, buttons: Any, day: str) -> dict[str, Any]:
    """The payload of the one button whose label begins with `day`."""
    [payload] = [
        b.payload for row in buttons for b in row if world.renderer.button_label(b).startswith(day)
    ]
    return payload


@pytest.mark.parametrize(("label", "day"), [("24 января (вс)", 24), ("23 января (сб)", 23)])
async def test_the_days_button_keeps_both_times_of_the_day(
    world: World, label: str, day: int
) -> None:
    [ask] = own(await world.say(TWO_SHOWS))
    assert ask.template.startswith("ask_"), (ask.template, world.text(ask))
    labels = [world.renderer.button_label(b) for row in ask.buttons for b in row]
    [card] = own(await world.press(_pick(world, ask.buttons, label)))
    assert card.template == "event_card", (card.template, world.text(card))
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    starts = sorted(e.start for e in await world.store.events_between(EPOCH, None))
    assert starts == [datetime(2027, 1, day, h, 30, tzinfo=TZ) for h in (11, 12)], starts
    assert label in labels, labels  # the day alone: both its times go with it
