"""chat80 through `python -m bot console` (tests/data/chat80.md): what the console itself
says of the people it plays. The clock is frozen on Monday 7 December 2026."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-07T10:00"


def test_a_named_teachers_notices_say_her_role_once(tmp_path: Path) -> None:
    """«/я педагог Анна Петровна» stored the name «Педагог Анна Петровна», so the curator's
    notices read «добавил(а) педагог Педагог Анна Петровна» and «Перенесено педагогом Педагог
    Анна Петровна» (newcomer78 W4): the teacher is now «Анна Петровна», and a later console
    finds the same person by the name earlier consoles stored."""
    db = tmp_path / "plan.db"
    out = run_console(
        db,
        "curator",
        "/я педагог Анна Петровна",
        "Классный час 18 декабря в 15:00, 7Б",
        "да",
        "перенеси классный час на 17 декабря",
        "да",
        now=NOW,
    )
    assert "Теперь пишет: педагог Анна Петровна (id" in out, out
    assert "добавил(а) педагог Анна Петровна" in out, out
    assert "Перенесено педагогом Анной Петровной" in out, out  # inflected since chat82
    assert "Педагог Анна" not in out, out
    again = run_console(db, "curator", "/я педагог Анна Петровна", "мои мероприятия", now=NOW)
    assert "Классный час" in again.split("мои мероприятия")[-1], again


def test_a_typed_score_under_the_0_to_10_row_is_that_score(tmp_path: Path) -> None:
    """The poll's 0–10 row has eleven options; numbered 1–11, a typed «8» pressed the
    ninth — the score 7 (found in chat80's own console walk). The row is numbered by its
    scores, and «8» is 8; the 1–5 row with «Меня не было» keeps its numbers."""
    db = tmp_path / "plan.db"
    run_console(db, "partner", "Мастер-класс по мозаике 18 декабря в 15:00, 7Б", "да", now=NOW)
    out = run_console(
        db,
        "curator",
        "/я студент 7Б Вася",
        "записаться на мастер-класс",
        "/время 2026-12-18T16:05",
        "4",
        "8",
        "нет",
        now=NOW,
    )
    assert "[1] 1  [2] 2  [3] 3  [4] 4  [5] 5  [6] Меня не было" in out, out
    assert "[0] 0  [1] 1  [2] 2" in out, out
    assert "[10] 10" in out, out
    assert "Хотите что-то добавить?" in out, out
    with closing(sqlite3.connect(db)) as stored:
        assert stored.execute("SELECT rating, recommend FROM feedback").fetchall() == [(4, 8)]
