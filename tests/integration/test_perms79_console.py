"""perms79 through `python -m bot console` (tests/data/perms79.md): «верни» of a change made
for an organisation the person has left since, a series given to a partner that kept taking
meetings from the teacher who entered it, and a student's plan file naming a partner they
cannot see. The clock is frozen on Monday 7 December 2026, 10:00 (Kaliningrad). All
sentences are my own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.integration.test_console import run_console
from tests.integration.test_safety78_console import _after, _teacher_code

NOW = "2026-12-07T10:00"
LECTURE = "Лекция о мостах 16 декабря в 15:00, 8А, ауд. 12"
CHESS = "Кружок шахмат каждый четверг в 15:00 с 10 по 24 декабря в каб. 205, 7А"


def _events(db: Path, title: str) -> list[tuple[str, str, str]]:
    """(start, status, organiser's name) of every stored event titled `title`."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT e.starts_at, e.status, o.name FROM events e"
            " JOIN organisations o ON o.id = e.organisation_id"
            " WHERE e.title = ? ORDER BY e.starts_at",
            (title,),
        ).fetchall()
    return [(str(a), str(b), str(c)) for a, b, c in rows]


def test_undo_of_a_change_made_for_the_organisation_left_is_refused(tmp_path: Path) -> None:
    """Was: КГТУ's representative gave КГТУ's lecture to the school («организатор лекции о
    мостах — школа», «да»), then redeemed a teacher's code (safety78 released only КГТУ's
    events — the lecture was the school's by then); «верни» put it back under КГТУ with
    them still its author, and as a teacher «отмени лекцию о мостах», «да» cancelled
    КГТУ's lecture — КГТУ never asked."""
    db = tmp_path / "plan.db"
    code = _teacher_code(db)
    given = ("организатор лекции о мостах — школа", "да")
    out = run_console(
        db, "curator", "/я партнёр КГТУ", LECTURE, "да", *given, code, "верни", "верни", now=NOW
    )
    assert "Организатор: КГТУ → Школа" in _after(out, "да"), out
    assert "педагог школы" in _after(out, code), out
    refused = out.split(f"Вы: {code}", 1)[1].split("Вы: верни", 2)[1]
    assert "вернуть его я не могу" in refused, out
    assert "«КГТУ»" in refused, out
    assert "Вернул как было" not in out, out
    assert "Нечего возвращать" in _after(out, "верни"), out  # the second: nothing is left
    assert [(s, n) for _, s, n in _events(db, "Лекция о мостах")] == [("confirmed", "Школа")]


def test_a_teacher_adds_no_meeting_to_a_series_given_to_a_partner(tmp_path: Path) -> None:
    """Was: the curator gave a teacher's chess club to КГТУ («организатор кружка шахмат —
    КГТУ», «всю серию», «да»); the teacher's «добавь ещё занятие 31 декабря», «да» saved
    a fourth meeting in КГТУ's name — the teacher still «entered» the series (owner77's
    rule), and КГТУ was never asked. КГТУ itself still adds one."""
    db = tmp_path / "plan.db"
    run_console(db, "partner", "/я партнёр КГТУ", "помощь", now=NOW)
    run_console(db, "staff", CHESS, "да", now=NOW)
    given = ("организатор кружка шахмат — КГТУ", "всю серию", "да")
    assert "Изменено ✅" in run_console(db, "curator", *given, now=NOW)
    add = "добавь ещё занятие кружка шахмат 31 декабря"
    out = run_console(db, "staff", add, "да", now=NOW)
    refused = _after(out, add)
    assert "проводит КГТУ" in refused, out
    assert "добавляет организатор или куратор" in refused, out
    assert "Сохранено" not in out, out
    assert len(_events(db, "Кружок шахмат")) == 3
    out = run_console(db, "partner", "/я партнёр КГТУ", add, "да", now=NOW)
    assert "Сохранено ✅ «Кружок шахмат», 31 декабря" in out, out
    assert {name for _, _, name in _events(db, "Кружок шахмат")} == {"КГТУ"}
    assert len(_events(db, "Кружок шахмат")) == 4


def test_a_student_learns_no_partner_from_its_exact_name_in_a_file_request(
    tmp_path: Path,
) -> None:
    """Was: a 7А student's «план КГТУ на декабрь в excel» → «… нет мероприятий у КГТУ для
    7А» while «план БФУ на декабрь в excel» → «Не нашёл организатора «БФУ»»: an exact name
    told which partners the school has (attack78 closed it for questions, organiser78 for a
    name fitting several partners). Once the plan shows 7А an event of КГТУ (next week),
    the file of this week is only empty, КГТУ named."""
    db = tmp_path / "plan.db"
    run_console(db, "partner", "/я партнёр КГТУ", "помощь", now=NOW)
    run_console(db, "curator", "Лекция о космосе 16 декабря в 15:00, 7А, ауд. 12", "да", now=NOW)
    known, unknown = "план КГТУ на декабрь в excel", "план БФУ на декабрь в excel"
    out = run_console(db, "student", "/я студент 7А", known, unknown, now=NOW)
    assert "Не нашёл организатора «БФУ»" in _after(out, unknown), out
    assert "Не нашёл организатора «КГТУ»" in _after(out, known), out
    bridges = "Лекция о мостах 17 декабря в 15:00, 7А, ауд. 12"
    assert "Сохранено ✅" in run_console(db, "partner", "/я партнёр КГТУ", bridges, "да", now=NOW)
    week = "план КГТУ на эту неделю в excel"
    out = run_console(db, "student", "/я студент 7А", week, now=NOW)
    assert "нет мероприятий у КГТУ" in _after(out, week), out
