"""review75: the reminder times' reply after reminders were turned off, through `python -m
bot console` (tests/integration/test_console.run_console). Sentences my own."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-07T10:00"
TRIP = "Экскурсия в музей янтаря 21 декабря в 12:00, 9А, 20 мест"


def test_times_chosen_after_turning_reminders_off_replace_no_times(tmp_path: Path) -> None:
    """«отключи напоминания», then «напомни за час»: the reply said «(раньше: за сутки и за
    час до начала)» — times that were not in force; the student had none (newcomer74's
    «раньше» read the offsets and ignored the off switch)."""
    db = tmp_path / "plan.db"
    run_console(db, "curator", TRIP, "да", now=NOW)
    out = run_console(
        db,
        "student",
        "я из 9А",
        "запиши меня на экскурсию",
        "отключи напоминания",
        "напомни за час",
        now=NOW,
    )
    assert "Напоминания выключены" in out, out
    assert "(раньше: за сутки" not in out, out
    assert "Буду напоминать за час до начала (раньше напоминания были выключены)." in out, out
