"""parse74 end to end through `python -m bot console` (tests/data/parse74.md): an
exhibition's opening hours make one run, not a daily series of sessions each clashing; a
holiday programme's skipped days are not stored; a short line telling a run begun is asked.
All sentences are my own."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.integration.test_console import run_console

ZONE = ZoneInfo("Europe/Kaliningrad")  # the console school's zone; starts_at: UTC seconds


def _stored(db: Path) -> list[tuple[str, date, date]]:
    """Every stored event as (title, its first local day, the local day of its end)."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT title, starts_at, ends_at FROM events").fetchall()
    return [
        (title, datetime.fromtimestamp(a, ZONE).date(), datetime.fromtimestamp(b, ZONE).date())
        for title, a, b in rows
    ]


def test_an_exhibitions_opening_hours_make_one_run_clashing_with_no_lecture(
    tmp_path: Path,
) -> None:
    """newcomer72 #1: «Выставка работает ежедневно с 10:00 до 18:00» after the run's dates was
    «Во сколько …?», and the hours answered made 31 daily sessions, each clashing."""
    db = tmp_path / "museum.db"
    out = run_console(
        db,
        "partner",
        "С 1 по 31 декабря в Музее янтаря открыта выставка «Зимний янтарь» для 5–11 классов. "
        "Выставка работает ежедневно с 10:00 до 18:00.",
        "да",
        now="2026-12-07T10:00",
    )
    assert "Во сколько" not in out, out
    assert "🕙 «Выставка работает ежедневно с 10:00 до 18:00» — это часы работы" in out, out
    assert "Сохранено ✅ «Выставка „Зимний янтарь“»" in out, out
    assert _stored(db) == [("Выставка «Зимний янтарь»", date(2026, 12, 1), date(2027, 1, 1))]
    lecture = run_console(
        db,
        "curator",
        "Лекция «Как рождается янтарь» 9 декабря в 15:00 в актовом зале, 9 классы",
        "да",
        now="2026-12-07T10:30",
    )
    assert "Накладок нет" in lecture, lecture  # a month's exhibition takes no students
    assert "Сохранено ✅" in lecture, lecture


def test_an_exhibitions_daily_hours_beside_its_days_make_one_run(tmp_path: Path) -> None:
    """run72's leftover: «выставка … ежедневно, кроме понедельника, с 10:00 до 18:00» was 12
    daily sessions; the hours are shown on the card and one run is stored."""
    db = tmp_path / "museum.db"
    out = run_console(
        db,
        "staff",
        "Выставка «Янтарь» с 7.12 по 20.12 ежедневно, кроме понедельника, с 10:00 до 18:00, 5-9 кл",
        "да",
        now="2026-12-01T10:00",
    )
    assert "🗓 7–20 декабря" in out, out
    assert "🕙 «Ежедневно, кроме понедельника, с 10:00 до 18:00»" in out, out
    assert _stored(db) == [("Выставка «Янтарь»", date(2026, 12, 7), date(2026, 12, 21))]


def test_a_holiday_programmes_skipped_days_are_not_stored(tmp_path: Path) -> None:
    """newcomer72 #6: «кроме 1 и 2 января» was read as the day and the series ran to 5
    February (80 meetings); now 10 days of two sessions, 28 December – 8 January."""
    db = tmp_path / "dk.db"
    out = run_console(
        db,
        "partner",
        "С 28 декабря по 8 января в ДК «Юность» новогодняя программа «Зимняя сказка». Сеансы "
        "ежедневно в 11:00 и 14:00 (кроме 1 и 2 января). Продолжительность — 1,5 часа. Для "
        "учащихся 2–6 классов.",
        "да",
        now="2026-12-07T10:00",
    )
    assert "без 1 января, 2 января" in out, out
    assert "20 встреч" in out, out
    days = sorted(first for _, first, _ in _stored(db))
    assert len(days) == 20
    assert (days[0], days[-1]) == (date(2026, 12, 28), date(2027, 1, 8))
    assert not {date(2027, 1, 1), date(2027, 1, 2)} & set(days)


def test_a_short_line_of_a_shift_begun_is_asked_and_saved_for_today(tmp_path: Path) -> None:
    """parse72's leftover: «В лагерях стартовала смена.» was «не понял»."""
    db = tmp_path / "camp.db"
    out = run_console(
        db,
        "staff",
        "В лагерях стартовала смена.",
        "5-7 классы",
        "сегодня",
        "да",
        now="2026-12-07T10:00",
    )
    assert "«Смена» уже идёт, но не сказано, до какого дня" in out, out
    assert "Сохранено ✅ «Смена», 7 декабря (пн)" in out, out
    assert _stored(db) == [("Смена", date(2026, 12, 7), date(2026, 12, 8))]
