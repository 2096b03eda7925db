"""Newcomer walk 2026-12-04ai (tests/data/newcomer_walk_2026-12-04ai.md): AI2 — a draft left
without a title (a bare «20.11.2026 (12:40)», answered by the title question) and then
dropped as stale was named «» in «Прежний несохранённый черновик «» я убрал»: the person
was not shown which draft went. Real planner, real SQLite store, real templates, frozen
clock (Tuesday 1 December 2026); sentences our own."""

from __future__ import annotations

from datetime import datetime

from tests import chat_world
from tests.chat_world import ZONE, ChatWorld, said

world = chat_world.partner_world

NEXT = "Лекция о роботах 9 декабря с 15:00 до 16:00, 9 классы, ауд. 204"


async def test_a_dropped_draft_with_no_title_is_named_by_its_day(world: ChatWorld) -> None:
    templates, asked = await said(world, "20.11.2026 (12:40)")
    # the past day is said (and another day asked) before any title: AI3, conv42
    assert templates == ["ask_date"], asked
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


# AI1: a news item whose head is a site's heading and a stamp with no year («12:40 20 ноября»)
# is read as a plan (the parser's side, left to a parser round); its heading line both titles
# the stamp's row and was listed «не понял», and after «да» «Не сохранено — … Новости школы»
# while an event «Новости школы» was saved.
STAMPED = (
    "Новости школы\n"
    "12:40 20 ноября\n"
    "Турнир по шахматам пройдёт 12 декабря в 15:00 в актовом зале для 9-11 классов."
)


async def test_a_line_that_titles_a_plan_row_is_not_told_unread_nor_unsaved(
    world: ChatWorld,
) -> None:
    templates, summary = await said(world, STAMPED)
    if "Новости школы (строка" not in summary:  # the parser no longer makes the stamp a row
        assert "Новости школы" not in summary.split("Не понял")[-1], summary
        return
    assert "Не понял эти строки" not in summary, summary
    templates, answer = await said(world, "да")
    assert templates[0] == "saved", answer
    saved = await world.store.events_between(
        datetime(2026, 11, 1, tzinfo=ZONE), datetime(2028, 1, 1, tzinfo=ZONE)
    )
    titles = sorted(e.title for e in saved)
    assert titles == ["Новости школы", "Турнир по шахматам"], titles
    assert "Не сохранено" not in answer, answer
