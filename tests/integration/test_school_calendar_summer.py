"""«учебный календарь» names the school year it shows, and from the summer after the last
term it shows the coming one; when the school's own dates were set for another year only,
the reply says the Ministry's standard dates are shown (newcomer walk 2026-12-01h, finding 7).
The real `python -m bot console` process on one SQLite file, frozen clocks."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console import run_console

STANDARD = "по стандартному графику Минпросвещения: на 2027/28 учебный год школа своих дат"


def test_the_summer_shows_the_coming_year_and_says_it_is_the_standard(tmp_path: Path) -> None:
    db = tmp_path / "console.db"
    run_console(
        db,
        "curator",
        "каникулы с 29 декабря по 11 января",
        "3 четверть с 12 января по 20 марта",
        now="2026-12-01T10:00",
    )
    spring = run_console(db, "curator", "учебный календарь", now="2027-03-01T10:00")
    assert "Учебный год 2026/27:" in spring
    assert "зимние каникулы: 29 декабря — 11 января" in spring
    assert "Минпросвещения" not in spring  # the school's own year
    august = run_console(
        db, "curator", "учебный календарь", "когда каникулы?", now="2027-08-30T10:00"
    )
    assert "Учебный год 2027/28:" in august
    assert "29 декабря — 11 января" not in august  # the finished year is not shown
    assert STANDARD in august
    september = run_console(db, "partner", "когда каникулы?", now="2027-09-02T10:00")
    assert f"(Даты — {STANDARD}" in september


def test_a_vacation_written_in_june_shows_in_the_calendar_at_once(tmp_path: Path) -> None:
    db = tmp_path / "console.db"
    run_console(db, "curator", "каникулы с 29 декабря по 11 января", now="2026-12-01T10:00")
    june = run_console(
        db,
        "curator",
        "каникулы с 28 декабря по 10 января",
        "учебный календарь",
        now="2027-06-15T10:00",
    )
    assert "Учебный год 2027/28:" in june
    assert "зимние каникулы: 28 декабря — 10 января" in june.split("Учебный год")[1]
    assert "Минпросвещения" not in june.split("Учебный год")[1]
