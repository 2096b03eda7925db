"""A student's «что у музея?» names no partner the plan does not show them (attack77's open
hole on main after organiser77: with two museum partners the «which one?» question listed
both to a student, events or none). Through `python -m bot console`; the clock is frozen on
Monday 7 December 2026 (Kaliningrad). Sentences are the lead's own."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-07T10:00"
AMBER = "Калининградский музей янтаря"
OCEAN = "Музей Мирового океана"
WHICH = "у меня несколько таких партнёров"


def _after(out: str, said: str) -> str:
    """The console's answer to the line `said` (up to the next line typed)."""
    return out.split(f"Вы: {said}", 1)[1].split("Вы:", 1)[0]


def _partner_adds(db: Path, partner: str, *lines: str) -> None:
    out = run_console(db, "partner", f"/я партнёр {partner}", *lines, now=NOW)
    assert "Сохранено ✅" in out or not lines, out


def test_a_student_is_not_told_partners_without_events_they_can_see(tmp_path: Path) -> None:
    db = tmp_path / "plan.db"
    _partner_adds(db, AMBER, "Лекция о янтаре 15 декабря в 15:00, 7Б, ул. Мира, 1", "да")
    _partner_adds(db, OCEAN)  # a partner with no event at all
    out = run_console(db, "student", "я из 7Б", "что у музея в декабре?", now=NOW)
    answer = _after(out, "что у музея в декабре?")
    assert WHICH not in answer, out
    assert OCEAN not in answer, out
    assert "Лекция о янтаре" in answer, out  # the one museum with an event they see is meant


def test_a_student_with_no_museum_event_learns_no_museum(tmp_path: Path) -> None:
    db = tmp_path / "plan.db"
    _partner_adds(db, AMBER, "Лекция о янтаре 15 декабря в 15:00, 10А, ул. Мира, 1", "да")
    _partner_adds(db, OCEAN)
    out = run_console(db, "student", "я из 7Б", "что у музея в декабре?", now=NOW)
    answer = _after(out, "что у музея в декабре?")
    assert WHICH not in answer, out
    assert OCEAN not in answer, out
    assert AMBER not in answer, out  # its one event is for 10А, not shown to a 7Б student


def test_the_curator_is_still_asked_which_museum(tmp_path: Path) -> None:
    db = tmp_path / "plan.db"
    _partner_adds(db, AMBER, "Лекция о янтаре 15 декабря в 15:00, 7Б, ул. Мира, 1", "да")
    _partner_adds(db, OCEAN)
    out = run_console(db, "curator", "что у музея в декабре?", now=NOW)
    answer = _after(out, "что у музея в декабре?")
    assert WHICH in answer, out
    assert f"• {OCEAN}" in answer, out
