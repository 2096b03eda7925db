"""walk22 Z13 in the chat: a post whose start is appointed with «на» and a clock in words
(«построение назначено на 11 часов 30 минут») and whose later sentence names another clock
(«в 14 часов») is carded at 11:30 with no end, and the partner's answer «7 мая в 11.30» keeps
no length (before: start 14:00, end 01:30 read from the appointed clock, then 11:30–23:00 🌙
after the answer). Real planner, real SQLite store, real templates, frozen clock."""

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
MONDAY = datetime(2027, 4, 26, 10, 0, tzinfo=TZ)
RACE = (
    "Школьный забег для 5–11 классов пройдёт в пятницу, 7 мая. Построение команд назначено "
    "на 11 часов 30 минут, на площади Звёзд. Кроме того, в этот же день шахматный сеанс в 14 часов."
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "ДЮСШ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def test_an_appointed_clock_in_words_is_the_start_and_an_answer_keeps_no_length(
    world: World,
) -> None:
    replies = own(await world.say(RACE))
    text = "\n".join(world.text(r) for r in replies)
    assert "7 мая (пт), 11:30" in text, text
    assert "01:30" not in text, text
    replies = own(await world.say("7 мая в 11.30"))
    text = "\n".join(world.text(r) for r in replies)
    assert "11:30" in text, text
    assert "23:00" not in text, text
    assert "🌙" not in text, text
