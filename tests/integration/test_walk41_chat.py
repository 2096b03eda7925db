"""Newcomer walk 2026-12-04ai (tests/data/newcomer_walk_2026-12-04ai.md): AI2 — a draft left
without a title (a bare «20.11.2026 (12:40)», answered by the title question) and then
dropped as stale was named «» in «Прежний несохранённый черновик «» я убрал»: the person
was not shown which draft went. Real planner, real SQLite store, real templates, frozen
clock (Tuesday 1 December 2026); sentences our own."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld, said

world = chat_world.partner_world

NEXT = "Лекция о роботах 9 декабря с 15:00 до 16:00, 9 классы, ауд. 204"


async def test_a_dropped_draft_with_no_title_is_named_by_its_day(world: ChatWorld) -> None:
    templates, asked = await said(world, "20.11.2026 (12:40)")
    assert templates == ["ask_title"], asked
    templates, answer = await said(world, NEXT)
    assert templates[0] == "draft_stale_dropped", answer
    assert "«»" not in answer, answer
    assert "черновик без названия на 20 ноября (пт), 12:40 я убрал" in answer, answer
    assert "event_card" in templates, answer


async def test_an_untitled_draft_in_the_way_is_named_by_its_day(world: ChatWorld) -> None:
    """The same untitled draft still open (its day to come) when another event is sent: the
    add / replace question named it «» too."""
    templates, asked = await said(world, "20 декабря в 12:40")
    assert templates == ["ask_title"], asked
    templates, answer = await said(world, NEXT)
    assert templates == ["draft_choice"], answer
    assert "«»" not in answer, answer
    assert "несохранённый черновик без названия на 20 декабря (вс), 12:40." in answer, answer


async def test_a_dropped_draft_with_a_title_is_still_named_by_it(world: ChatWorld) -> None:
    """Guard: a titled draft is named by its title, as before."""
    await said(world, "Турнир по шахматам 20.11.2026 в 12:40, 9А, актовый зал")
    templates, answer = await said(world, NEXT)
    assert templates[0] == "draft_stale_dropped", answer
    assert "«Турнир по шахматам»" in answer, answer
