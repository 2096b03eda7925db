"""review76 through the console process (`python -m bot console`, piped input): what the
round's review found a teacher would meet (tests/data/review76.md). The console's clock:
Monday 7 December 2026, 10:00. Sentences mine."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console_loop import after, console

LECTURE = "Лекция 15 декабря в 15:00 в актовом зале, 9А"


def test_a_shift_under_the_end_card_keeps_the_new_end(tmp_path: Path) -> None:
    """Under «Изменить окончание «Лекция» — до 17:00?» «на час позже» moved the lecture to
    16:00 with its stored hour (16:00–17:00 shown as «16:00»): the 17:00 end asked for was
    dropped silently. The shift moves the card's whole span: 16:00–18:00."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        LECTURE,
        "да",
        "продли лекцию до 17:00",
        "на час позже",
        "да",
        "мои мероприятия",
    )
    card = after(out, "на час позже")
    assert "Станет: 15 декабря (вт), 16:00–18:00" in card, card
    assert "16:00–18:00 Лекция" in after(out, "мои мероприятия"), out


def test_a_teachers_own_school_inviting_stays_the_teachers(tmp_path: Path) -> None:
    """«Наша школа приглашает …» from a teacher: the card offered to add the partner «Наша
    школа», «да» did, and the event left the teacher's «мои мероприятия»."""
    post = (
        "Дорогие ребята! Наша школа приглашает на новогодний концерт 25 декабря в 15:00 "
        "в актовом зале, 5А"
    )
    out = console(tmp_path / "plan.db", "staff", post, "да", "мои мероприятия")
    assert "Организатор" not in after(out, post), out
    assert "Новогодний концерт" in after(out, "мои мероприятия"), out
