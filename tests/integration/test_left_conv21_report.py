"""The curator's own «итоги» (leftconv21, item 6; left by leftconv20 item 7, which fixed the
class teacher's): the school's own entries nobody signs up for — a class hour the curator
put in the plan — were counted among the figures as an event with «записались 0», beside
the partners' events. Now they are left out of every figure, as in the teacher's report,
and the report says how many were left out and why. The curator's chat over a real store
(tests/chat_world.py)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.core.ports import FixedClock
from tests.chat_world import curator_world, said
from tests.integration.test_left_conv20_chat import WALK_NOW

LEFT_OUT = "Не считал 1 запись школы, на которые ученики не записываются (классные часы"


async def test_the_curators_figures_leave_the_schools_class_hour_out(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", WALK_NOW) as school:
        await said(school, "Экскурсия на судно 8 декабря в 14:00, 8Б, причал 3")
        await said(school, "да")
        await said(school, "Классный час 9 декабря в 14:00, 8Б, каб. 21")
        await said(school, "да")
        clock = school.planner.clock
        assert isinstance(clock, FixedClock)
        clock.set(WALK_NOW + timedelta(days=12))  # both are over
        _, figures = await said(school, "итоги декабря")
        assert "Классный час" not in figures, figures
        assert "Всего: 1 мероприятие" in figures, figures
        assert LEFT_OUT in figures, figures


async def test_only_a_class_hour_is_said_so(tmp_path: Path) -> None:
    async with curator_world(tmp_path / "plan.db", WALK_NOW) as school:
        await said(school, "Классный час 9 декабря в 14:00, 8Б, каб. 21")
        await said(school, "да")
        clock = school.planner.clock
        assert isinstance(clock, FixedClock)
        clock.set(WALK_NOW + timedelta(days=12))
        _, figures = await said(school, "итоги декабря")
        assert "мероприятий с записью учеников не было" in figures, figures
        assert LEFT_OUT in figures, figures
