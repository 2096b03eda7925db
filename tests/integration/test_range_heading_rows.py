"""Rows under a range heading («14–18 декабря:») lack only their day: the plan stays pending
so that «исправь 1: 15 декабря» dates a row, as in any plan with a savable line (newcomer
walk 2026-12-02n: before, «В этом плане нет ни одного мероприятия…» dropped the plan and
«исправь 1» answered «нет несохранённого плана»). Real planner, store and templates."""

from __future__ import annotations

from datetime import datetime

from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world
PLAN = "14–18 декабря:\nЛекция «Космос» 15:00, 9А\nЭкскурсия 16:00, 10Б"


async def test_a_row_under_a_range_heading_is_dated_by_its_number(world: ChatWorld) -> None:
    [held] = await world.say(PLAN)
    text = world.text(held)
    assert "• Лекция «Космос» (строка 1) — нет даты" in text, text
    assert "«исправь 1:" in text, text
    [again] = await world.say("да")  # nothing to save yet: the lines are shown again
    assert again.template == "plan_incomplete", world.text(again)
    assert await world.store.count_events() == 0
    [fixed, summary] = await world.say("исправь 1: 15 декабря")
    assert fixed.template == "plan_line_fixed", world.text(fixed)
    assert summary.template == "plan_summary", world.text(summary)
    await world.say("исправь 2: 16 декабря")
    await world.say("да")
    starts = [e.start for e in await world.store.events_between(chat_world.NOW, None)]
    tz = chat_world.NOW.tzinfo
    assert starts == [
        datetime(2026, 12, 15, 15, 0, tzinfo=tz),
        datetime(2026, 12, 16, 16, tzinfo=tz),
    ]


async def test_a_held_line_sent_again_with_its_day_takes_its_place(world: ChatWorld) -> None:
    """The line typed again in full (as the old reply asked) corrects the held line: no
    «add or replace?» question about a plan the person is fixing."""
    await world.say(PLAN)
    [summary] = await world.say("Лекция «Космос» 15 декабря в 15:00, 9А")
    text = world.text(summary)
    assert summary.template == "plan_summary", text
    assert "1. Лекция «Космос» — 15 декабря (вт), 15:00" in text, text
    assert "Экскурсия (строка 2) — нет даты" in text, text
