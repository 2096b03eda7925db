"""A pasted plan's line whose title says it is cancelled (newcomer walk 2026-12-01k, #7):
«Викторина (ОТМЕНЕНО) …» was listed and saved with the rest. Now such a line is left out
and named under «Отмечены как отменённые — не сохраняю»; a title that merely speaks of a
cancel («Лекция об отмене крепостного права») is a line like any other. Real planner,
store and templates, frozen clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.chat_world import ChatWorld, curator_world
from tests.chat_world import said as _said

ZONE = ZoneInfo("Asia/Yekaterinburg")
NOW = datetime(2026, 12, 2, 10, 0, tzinfo=ZONE)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    """The curator's chat, the clock at Wednesday 2 Dec 2026 10:00."""
    async with curator_world(tmp_path / "plan.db", NOW) as opened:
        yield opened


async def test_lines_marked_cancelled_are_named_and_never_saved(world: ChatWorld) -> None:
    plan = "\n".join(
        [
            "Олимпиада по черчению (ОТМЕНЕНО) 14.12 в 10:00, 10А",
            "ОТМЕНА: Турнир по шашкам 15.12 в 12:00, 4Б",
            "Лекция об отмене крепостного права 16.12 в 13:00, 8В",
            "Спектакль «Морозко» 17.12 в 11:00, 2А",
        ]
    )
    templates, summary = await _said(world, plan)
    assert templates == ["plan_summary"], summary
    listed, _, named = summary.partition("Отмечены как отменённые — не сохраняю:")
    assert "Олимпиада по черчению (ОТМЕНЕНО)" in named, summary
    assert "Турнир по шашкам" in named, summary
    assert "Олимпиада" not in listed, summary
    assert "Турнир" not in listed, summary
    assert "Лекция об отмене крепостного права" in listed, summary
    await world.say("да")
    saved = await world.store.events_between(NOW, None)
    assert sorted(e.title for e in saved) == [
        "Лекция об отмене крепостного права",
        "Спектакль «Морозко»",
    ]


async def test_a_plan_of_cancelled_lines_saves_nothing_and_says_why(world: ChatWorld) -> None:
    plan = "Олимпиада по черчению отменена, 14.12 в 10:00, 10А\nТурнир (отменён) 15.12 в 12:00, 4Б"
    templates, reply = await _said(world, plan)
    assert templates == ["plan_incomplete"], reply
    assert "Отмечены как отменённые — не сохраняю:" in reply, reply
    assert "Турнир (отменён)" in reply, reply
    assert [r.template for r in await world.say("да")] == ["nothing_pending"]
    assert await world.store.events_between(NOW, None) == []


async def test_one_kept_line_beside_a_cancelled_one_is_still_a_plan(world: ChatWorld) -> None:
    plan = "Турнир по шашкам (ОТМЕНЁН) 15.12 в 12:00, 4Б\nСпектакль «Морозко» 17.12 в 11:00, 2А"
    templates, summary = await _said(world, plan)
    assert templates == ["plan_summary"], summary
    listed, said, named = summary.partition("Отмечены как отменённые — не сохраняю:")
    assert said, summary
    assert "Турнир по шашкам (ОТМЕНЁН)" in named, summary
    assert "Турнир" not in listed, summary
    assert "Спектакль «Морозко»" in listed, summary
