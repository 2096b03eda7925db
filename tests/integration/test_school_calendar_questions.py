"""Questions about the days around the school's каникулы, asked by a student in the real
`python -m bot console` process against the school's own dates: «что после каникул?» lists
from the day after they end, «что на новогодних каникулах?» the winter каникулы only
(newcomer walk 2026-12-01h, finding 9). One SQLite file, frozen clock."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-26T10:00"


def test_after_and_during_the_new_year_holidays(tmp_path: Path) -> None:
    db = tmp_path / "console.db"
    run_console(db, "curator", "каникулы с 29 декабря по 11 января", now=NOW)
    run_console(
        db,
        "partner",
        "Новогодний квест 30 декабря в 12:00, 10-11 классы",
        "да",
        "Лекция о космосе 14 января в 15:00, 10 классы",
        "да",
        now=NOW,
    )
    after = run_console(db, "student", "я из 10А", "что после каникул?", now=NOW)
    listed = after.split("что после каникул?")[1]
    assert "Лекция о космосе" in listed, after
    assert "Новогодний квест" not in listed, after
    assert "12 января" in listed, after
    during = run_console(db, "student", "я из 10А", "что на новогодних каникулах?", now=NOW)
    listed = during.split("что на новогодних каникулах?")[1]
    assert "Новогодний квест" in listed, during
    assert "Лекция о космосе" not in listed, during
    # the holidays named as a person names them, no years (chat80: «что на каникулах?» was
    # worded stiffly); the school's own dates are what is checked
    assert "Зимние каникулы: 29 декабря — 11 января" in listed, during


def test_the_plan_until_the_end_of_the_term_stops_at_the_schools_own_term_end(
    tmp_path: Path,
) -> None:
    """Walk t (2026-12-02), #8: «план до конца четверти» on 19 December, with the second
    четверть set to end on 28 December, listed every event to March (the «до конца …» of a
    question was not read at all)."""
    db = tmp_path / "console.db"
    now = "2026-12-19T12:00"
    run_console(db, "curator", "2 четверть до 28 декабря", now=now)
    run_console(
        db,
        "partner",
        "Лекция о космосе 22 декабря в 15:00, 10 классы",
        "да",
        "Экскурсия в порт 29 декабря в 11:00, 10 классы",
        "да",
        "Мастер-класс по робототехнике 18 марта в 15:00, 10 классы",
        "да",
        now=now,
    )
    asked = "план до конца четверти"
    out = run_console(db, "curator", asked, now=now).split(asked)[1]
    assert "Лекция о космосе" in out, out
    assert "Экскурсия в порт" not in out, out  # the next day is the каникулы
    assert "робототехнике" not in out, out
    month = "что до конца месяца?"
    out = run_console(db, "curator", month, now=now).split(month)[1]
    assert "Экскурсия в порт" in out, out
    assert "робототехнике" not in out, out
