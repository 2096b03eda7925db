"""«во вторник» written on a Tuesday: today or a week ahead — the bot offers both days as
buttons instead of silently saving today; the pick is what gets saved. Real planner, real
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
    "text",
    [
        "Собрание родительского комитета во вторник в 15:00 в кабинете 12, 5 классы",
        "во вторник в 16.30 репетиция хора в актовом зале для 3-4 классов",
        "Вт 17:00 — консультация по ОГЭ, 9 классы, каб. 21",
    ],
)
async def test_todays_weekday_is_asked_and_the_pick_is_kept(world: World, text: str) -> None:
    [ask] = await world.say(text)
    labels = [world.renderer.button_label(b) for row in ask.buttons for b in row]
    assert len(labels) == 2, world.text(ask)
    assert any("1" in label for label in labels)
    assert any("8" in label for label in labels)
    question = world.text(ask)  # one weekday was written: it is named, not «несколько дат»
    # the day of asking named as today since doubt78 (COMMON78: «the weekday question does
    # not say «сегодня»»); still one weekday named, not «несколько дат»
    assert "«Вторник» — это сегодня, 1 декабря, или 8 декабря?" in question, question
    assert "несколько дат" not in question, question
    replies = await world.press(dict(ask.buttons[1][0].payload))
    shown = "\n".join(world.text(r) for r in replies)
    assert "8 декабря" in shown, shown
    assert "1 декабря" not in shown, shown


async def test_an_hour_already_past_today_is_next_week_without_asking(world: World) -> None:
    [card] = await world.say("Педсовет во вторник в 9:00 в учительской, 5-11 классы")
    shown = world.text(card)
    assert "8 декабря" in shown, shown
    assert not card.buttons or all(
        "pick" not in str(b.payload) for row in card.buttons for b in row
    )
