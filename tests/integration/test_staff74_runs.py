"""staff74 (run72's leftovers): a run (an event over several days with no hours inside
them, bot.core.run_ends) in «мои записи» while it goes on, in «что у нас пересекается?»,
and a run named only by a quoted name. tests/integration/test_run72_chat.py's world: PLAN42
(tests/chat_world.py: Tuesday 1 December 2026, 10:00 Kaliningrad; «Лекция о космосе» 9
December 15:00–16:00 for 9Б), runs saved straight into the store in the parser's shapes.
Through the real planner over a real store (SQLite; PostgreSQL under tests/pg_everywhere.py).
All sentences are my own."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld, said
from tests.integration.test_run72_chat import _at, _drawings, _robots

student = chat_world.plan_student
teacher = chat_world.plan_teacher


async def _signed_up(world: ChatWorld, words: str) -> None:
    templates, text = await said(world, f"запиши меня на {words}")
    assert templates[0] == "signed_up", text


async def test_my_sign_ups_show_a_timed_run_going_on(student: ChatWorld) -> None:
    """Before: «1. Турнир роботов — 8 декабря (вт), 10:00 — 10 декабря (чт)» on the 9th,
    as if it started then."""
    await _robots(student)
    await _signed_up(student, "турнир роботов")
    _, text = await said(student, "мои записи")
    assert "Турнир роботов — 8 декабря (вт), 10:00 — 10 декабря (чт)" in text, text  # ahead
    _at(student, 9)
    _, text = await said(student, "мои записи")
    assert "Турнир роботов — идёт до 10 декабря (чт)" in text, text
    _at(student, 10)
    _, text = await said(student, "мои записи")
    assert "Турнир роботов — идёт, сегодня последний день" in text, text


async def test_my_sign_ups_show_an_exhibition_going_on(student: ChatWorld) -> None:
    """An all-day exhibition 30 November – 20 December, joined on 1 December (begun)."""
    await _drawings(student)
    await _signed_up(student, "выставку рисунков")
    _, text = await said(student, "мои записи")
    assert "Выставка рисунков — идёт до 20 декабря (вс)" in text, text
