"""The example of «исправь N: …» under a pasted plan is a near school day rendered from the
locale template (plans.hint_day), never the same «8 декабря» all year round. The planner over
a real store with a frozen clock in March, the real templates."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from bot.core.features.held_plan_lines import hint_day
from bot.core.models import OrgKind, Role
from tests import chat_world
from tests.chat_world import ZONE


async def test_the_plan_hint_names_a_near_school_day(tmp_path: Path) -> None:
    now = datetime(2027, 3, 10, 10, 0, tzinfo=ZONE)  # a Wednesday in March
    opened = await chat_world.open_world(
        tmp_path / "plan.db", now, Role.PARTNER, "КГТУ", OrgKind.PARTNER
    )
    try:
        # (a line lacking only its time is hinted with a time alone, «исправь 2: 16:00»:
        # tests/integration/test_walk_v_left_chat.py)
        plan = "Лекция 15 марта в 15:00, 9 классы\nЛекция 16 марта в 15:00, 10 классы"
        [summary] = await opened.say(plan)
        text = opened.text(summary)
        assert "«исправь 2: 17 марта в 16:00»" in text, text
        [unclear] = await opened.say("исправь 2: куда-нибудь")
        assert "«исправь 2: 17 марта в 16:00»" in opened.text(unclear), opened.text(unclear)
    finally:
        await opened.store.close()


@pytest.mark.parametrize(
    ("today", "hinted"),
    [
        (date(2026, 12, 1), date(2026, 12, 8)),  # Tuesday: the next Tuesday
        (date(2026, 12, 4), date(2026, 12, 11)),
        (date(2026, 12, 5), date(2026, 12, 14)),  # Saturday: a week on is Saturday → Monday
        (date(2026, 12, 27), date(2027, 1, 4)),  # Sunday → the Monday after
    ],
)
def test_hint_day_is_a_weekday_a_week_ahead(today: date, hinted: date) -> None:
    assert hint_day(today) == hinted
