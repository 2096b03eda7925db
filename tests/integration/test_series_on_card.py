"""A repetition typed on a single event's open card (attack 2026-12-03ae, #5): «каждый
день до 17 декабря», «каждый вторник до 29 декабря», «каждую неделю …» make the card's
event a series starting at its own day and time; before, such a reply was read as a plan
query («Начиная с 7 декабря мероприятий нет») and «да» saved the one day. Real planner,
real SQLite store, real templates, frozen clock; sentences our own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import ChatWorld as World
from tests.chat_world import open_world, own
from tests.integration.test_span26_chat import SHORT

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=TZ)
EPOCH = datetime(2026, 1, 1, tzinfo=TZ)
LECTURE = "Лекция о космосе 15 декабря в 13:00 для 9Б, актовый зал"


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


def _at(day: int) -> datetime:
    return datetime(2026, 12, day, 13, 0, tzinfo=TZ)


async def _saved_days(world: World, *answers: str) -> list[datetime]:
    """Each answer must keep the card open; then «да»: the starts of the events stored."""
    for answer in answers:
        [card] = own(await world.say(answer))
        assert card.template == "event_card", (answer, card.template, world.text(card))
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    return sorted(e.start for e in await world.store.events_between(EPOCH, None))


@pytest.mark.parametrize(
    ("answer", "days"),
    [
        ("каждый день до 17 декабря", [15, 16, 17]),
        ("ежедневно по 16 декабря", [15, 16]),
        ("нет, каждый вторник до 29 декабря", [15, 22, 29]),
        ("каждую неделю до 29 декабря", [15, 22, 29]),
    ],
)
async def test_a_repetition_typed_on_the_card_makes_a_series(
    world: World, answer: str, days: list[int]
) -> None:
    assert await _saved_days(world, LECTURE, answer) == [_at(day) for day in days]


async def test_every_day_after_only_the_first_of_a_span(world: World) -> None:
    # the attack's case: «только первый» answered the span question, then the partner
    # changed their mind on the card
    [ask] = own(await world.say(SHORT))
    assert ask.template == "ask_date"
    assert await _saved_days(world, "только первый", "каждый день до 17 декабря") == [
        _at(15),
        _at(16),
        _at(17),
    ]


async def test_a_repetition_moving_the_first_meeting_is_not_taken_as_one(world: World) -> None:
    # «каждый день с 20 декабря» would move the first meeting: not read as a repetition of
    # the card's own day; whatever the reply, the 15th is not silently kept with a series
    [card] = own(await world.say(LECTURE))
    assert card.template == "event_card"
    replies = own(await world.say("каждый день с 20 по 22 декабря"))
    texts = " ".join(world.text(r) for r in replies)
    assert "15 декабря (вт), 13:00 и ещё" not in texts
