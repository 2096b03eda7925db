"""Helpers of the console tests about partners' names (organiser77, organiser78): partners
saving their events, the console's answer to one line, the organisations stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-07T10:00"  # Monday 7 December 2026, Kaliningrad
AMBER = "Калининградский музей янтаря"
ARTS = "Калининградский музей изобразительных искусств"
WHICH = "у меня несколько таких партнёров"  # organiser_which.j2
CONSOLE = {"Школа", "Партнёр (консоль)"}  # the console's own school and partner


def partner_adds(db: Path, partner: str, event: str) -> None:
    """`partner` (created by its first «/я партнёр») saves `event` as its own."""
    out = run_console(db, "partner", f"/я партнёр {partner}", event, "да", now=NOW)
    assert "Сохранено ✅" in out, out


def organisations(db: Path) -> set[str]:
    """The names of the organisations stored in the SQLite file `db`, but the console's own."""
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM organisations")} - CONSOLE


def after(out: str, said: str) -> str:
    """The console's answer to the first line `said` (up to the next line typed)."""
    return out.split(f"Вы: {said}", 1)[1].split("Вы:", 1)[0]
