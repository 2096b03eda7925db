"""safety78 through `python -m bot console` (tests/data/safety78.md): a partner's
representative who joins the school as a teacher no longer edits the partner's events.
The clock is frozen on Monday 7 December 2026, 10:00 (Kaliningrad). All sentences are
my own."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-07T10:00"
LECTURE = "Лекция о мостах 16 декабря в 15:00, 8А, ауд. 12"


def _after(out: str, said: str) -> str:
    """The bot's answer to the last `said` in a console run."""
    return out.rsplit(f"Вы: {said}", 1)[1].split("Вы:", 1)[0]


def _teacher_code(db: Path) -> str:
    """A teacher's invitation code the curator makes."""
    out = run_console(db, "curator", "пригласить педагога", now=NOW)
    found = re.search(r"Код приглашения для педагога школы: (\w+)", out)
    assert found is not None, out
    return found.group(1)


def test_a_partner_turned_teacher_cannot_cancel_the_partners_lecture(tmp_path: Path) -> None:
    """Was (attack78, left alone): КГТУ's representative entered КГТУ's lecture, then
    redeemed a teacher's code of the same school; «отмени лекцию о мостах» and «да»
    cancelled КГТУ's lecture — the teacher rule «edit what you entered» still saw them as
    its author, and КГТУ was never asked."""
    db = tmp_path / "plan.db"
    code = _teacher_code(db)
    cancel = "отмени лекцию о мостах"
    out = run_console(db, "curator", "/я партнёр КГТУ", LECTURE, "да", code, cancel, "да", now=NOW)
    assert "Сохранено ✅ «Лекция о мостах»" in out, out
    assert "педагог школы" in _after(out, code), out
    assert "может только организатор или куратор" in _after(out, cancel), out
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT e.status, o.name, e.created_by FROM events e"
            " JOIN organisations o ON o.id = e.organisation_id"
        ).fetchall()
    assert rows == [("confirmed", "КГТУ", None)], rows


def test_a_teacher_redeeming_a_school_code_keeps_their_events(tmp_path: Path) -> None:
    """Only a change of organisation releases anything: a teacher of the school who
    redeems another teacher's code of the same school still moves the lecture they
    entered (owner77's rule stands)."""
    db = tmp_path / "plan.db"
    code = _teacher_code(db)
    move = "перенеси лекцию о мостах на 17:00"
    out = run_console(db, "curator", "/я педагог", LECTURE, "да", code, move, "да", now=NOW)
    assert "Сохранено ✅ «Лекция о мостах»" in out, out
    assert "Перенесено ✅ «Лекция о мостах» — теперь 16 декабря (ср), 17:00" in out, out
