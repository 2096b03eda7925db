"""A daily repeat with skipped days, end to end through `python -m bot console`: the card
names the skipped days and saving stores no event on them."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.integration.test_console import run_console


def test_daily_except_monday_card_and_stored_events(tmp_path: Path) -> None:
    db = tmp_path / "museum.db"
    out = run_console(
        db,
        "staff",
        # a workshop: an exhibition's hours so are one run since parse74 (test_parse74_console)
        "Мастерская «Янтарь» с 7.12 по 20.12 ежедневно, кроме понедельника, с 10:00 до 12:00, "
        "5-9 кл",
        "да",
        now="2026-12-01T10:00",
    )
    assert "8 декабря (вт), 10:00–12:00 и ещё 11 раз (каждый день, кроме пн, до 20" in out
    assert "Сохранено" in out
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT starts_at FROM events").fetchall()
    tz = ZoneInfo("Europe/Kaliningrad")  # starts_at: UTC seconds
    weekdays = {datetime.fromtimestamp(start, tz).weekday() for (start,) in rows}
    assert len(rows) == 12
    assert 0 not in weekdays
