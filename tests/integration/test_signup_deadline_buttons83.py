"""A student's list offers no «Записаться» button for an event whose registration deadline
has passed: the sign-up it would make is refused (attack83's finding 2), so the button only
led to a refusal. Before the deadline the button is there. Through the console process
(`python -m bot console`, piped input), the partner's post and the student's list; the
sentences are mine."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console_loop import after, console

OPEN_DAY = (
    "Приглашаем учеников 10-11 классов на день открытых дверей колледжа 19 декабря в 12:00, "
    "главный корпус. Регистрация до 15 декабря."
)
CONCERT = "Концерт для 10-11 классов 18 декабря в 15:00 в актовом зале"


def test_no_sign_up_button_once_registration_has_closed(tmp_path: Path) -> None:
    db = tmp_path / "plan.db"
    before = console(
        db, "partner", OPEN_DAY, "да", CONCERT, "да", "/я студент 10А", "что на следующей неделе?"
    )
    listed = after(before, "что на следующей неделе?")
    assert "Записаться: 1" in listed, listed
    assert "Записаться: 2" in listed, listed
    late = console(db, "partner", "/я студент 10А", "что на этой неделе?", now="2026-12-16T10:00")
    week = after(late, "что на этой неделе?")
    assert "День открытых дверей колледжа" in week, week
    assert "Концерт" in week, week
    assert "Записаться: 1" in week, week  # the concert's
    assert "Записаться: 2" not in week, week  # the open day's registration closed on the 15th
