"""chat80 through `python -m bot console` (tests/data/chat80.md): what the console itself
says of the people it plays. The clock is frozen on Monday 7 December 2026."""

from __future__ import annotations

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
    assert "Перенесено педагогом Анна Петровна" in out, out
    assert "Педагог Анна" not in out, out
    again = run_console(db, "curator", "/я педагог Анна Петровна", "мои мероприятия", now=NOW)
    assert "Классный час" in again.split("мои мероприятия")[-1], again
