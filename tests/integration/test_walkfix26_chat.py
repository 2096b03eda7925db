"""Newcomer walk 2026-12-03aa (tests/data/newcomer_walk_2026-12-03aa.md), the findings left by
branch walk22: Z8, Z10, Z11, Z12, Z13. Real planner, real SQLite store, real templates,
frozen clock; the posts are shortened to the part the finding turns on."""

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
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=TZ)  # the walk's frozen clock


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "Музей", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


OCEAN = (
    "Интеллектуальный марафон «Океаномания» 22 марта в 12:00 в Музее Мирового океана, 5-11 классы"
)


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "не то, это неделя мероприятий ко дню водных ресурсов",
            "Неделя мероприятий ко дню водных ресурсов",
        ),
        ("нет, не то, это «Неделя воды»", "Неделя воды"),
        ("не то название, это квест по музею", "Квест по музею"),
    ],
)
async def test_not_that_this_is_sets_the_title(world: World, said: str, title: str) -> None:
    """«не то, это неделя мероприятий ко дню водных ресурсов» under the card was «не понял —
    карточка не изменилась» (the walk's Z8): the user names what the event is."""
    [card] = own(await world.say(OCEAN))
    assert card.template == "event_card", world.text(card)
    [again] = own(await world.say(said))
    shown = world.text(again)
    assert again.template == "event_card", shown
    assert f"📌 {title}\n" in shown, shown
    assert "22 марта 2027 года (пн), 12:00" in shown, shown


@pytest.mark.parametrize(
    ("said", "line"),
    [
        ("не то, это 23 марта", "23 марта 2027 года (вт), 12:00"),
        ("не так, это в 15:00", "22 марта 2027 года (пн), 15:00"),
    ],
)
async def test_not_that_this_is_with_a_day_or_time_moves_the_card(
    world: World, said: str, line: str
) -> None:
    """«не то, это 23 марта» was a new draft «Не то, это»: as «нет, это 23 марта» it moves."""
    [card] = own(await world.say(OCEAN))
    assert card.template == "event_card", world.text(card)
    [again] = own(await world.say(said))
    shown = world.text(again)
    assert again.template == "event_card", shown
    assert line in shown, shown
    assert "📌 Интеллектуальный марафон «Океаномания»\n" in shown, shown


async def test_not_that_this_is_a_place_is_no_title(world: World) -> None:
    [card] = own(await world.say(OCEAN))
    assert card.template == "event_card", world.text(card)
    [again] = own(await world.say("не то, это в актовом зале"))
    shown = world.text(again)
    assert "Океаномания" in shown, shown
    assert "📌 В актовом зале" not in shown, shown


UNTIMED_PLAN = (
    "Олимпиада по литературе 14 января в 10:00 в актовом зале, 9-11 классы\n"
    "Олимпиада по истории 20 января в актовом зале, 9-11 классы"
)
SPAN_PLAN = (
    "Региональный этап олимпиады школьников с 14 января по 6 февраля, 9-11 классы\n"
    "Олимпиада по истории 20 января, 9-11 классы, в 10:00"
)


@pytest.mark.parametrize(
    ("said", "shown_line"),
    [
        ("весь день", "2. Олимпиада по истории — 20 января (ср), актовый зал"),
        ("в 16:00", "2. Олимпиада по истории — 20 января (ср), 16:00"),
    ],
)
async def test_a_bare_time_under_a_plan_times_its_one_untimed_line(
    world: World, said: str, shown_line: str
) -> None:
    """«весь день» under a plan whose one line lacked only its time was «не понял — план не
    изменился» (the walk's Z10): the answer is that line's time, as «исправь 2: весь день»."""
    [summary] = own(await world.say(UNTIMED_PLAN))
    assert summary.template == "plan_summary", world.text(summary)
    assert "нет времени" in world.text(summary), world.text(summary)
    replies = own(await world.say(said))
    assert [r.template for r in replies] == ["plan_line_fixed", "plan_summary"], [
        world.text(r) for r in replies
    ]
    shown = world.text(replies[1])
    assert "В плане 2 мероприятия" in shown, shown
    assert shown_line in shown, shown
    assert "нет времени" not in shown, shown


async def test_all_day_under_a_plan_of_nothing_saveable_times_its_span(world: World) -> None:
    """The walk's plan: nothing saveable but one line of days that lacked its time."""
    [summary] = own(await world.say(SPAN_PLAN))
    assert "нет времени" in world.text(summary), world.text(summary)
    replies = own(await world.say("весь день"))
    assert replies[0].template == "plan_line_fixed", [world.text(r) for r in replies]
    shown = world.text(replies[-1])
    assert "нет времени" not in shown, shown
    assert "Региональный этап олимпиады школьников" in shown, shown


async def test_a_bare_time_under_a_plan_of_two_untimed_lines_fixes_neither(world: World) -> None:
    plan = UNTIMED_PLAN.replace("в 10:00 ", "")
    [summary] = own(await world.say(plan))
    assert world.text(summary).count("нет времени") == 2, world.text(summary)
    replies = own(await world.say("весь день"))
    assert "plan_line_fixed" not in [r.template for r in replies], [world.text(r) for r in replies]
