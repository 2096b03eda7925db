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
class_teacher = chat_world.class_teacher


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


async def test_a_class_teachers_overview_names_a_competition_against_a_lecture(
    class_teacher: ChatWorld,
) -> None:
    """run72, left: 9Б's class teacher's «что у нас пересекается?» said «На ближайшие 60
    дней накладок нет ✅» for 9Б's competition of 8–10 December (a short run: it holds its
    students) and 9Б's lecture on the 9th — the overview took only the events of the
    teacher's own organisation, the school, which organises neither (the curator's listed
    both; «накладки моего класса» too)."""
    await _robots(class_teacher)
    _, text = await said(class_teacher, "что у нас пересекается?")
    assert "Турнир роботов — 8 декабря (вт), 10:00 — 10 декабря (чт), 9Б (Музей)" in text, text
    assert "и Лекция о космосе — 9 декабря (ср), 15:00–16:00" in text, text
    assert "развести их могут они или куратор школы" in text, text  # not theirs to move


async def test_a_teacher_without_a_class_still_sees_their_own_organisations(
    teacher: ChatWorld,
) -> None:
    """The guard: a teacher with no class of their own asks of the school's own events, as
    before (the class's are «накладки у 9Б»)."""
    await _robots(teacher)
    _, text = await said(teacher, "что у нас пересекается?")
    assert "накладок нет" in text, text
