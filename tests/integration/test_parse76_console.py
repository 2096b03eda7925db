"""parse76 end to end through `python -m bot console` (tests/data/parse76.md): a trip's
gathering point is its card's 🚩 line and never its 📍 place; a line in capitals telling who
performs, with its own clock beside «на большой перемене», is saved as their performance at
that clock without a question. All sentences are my own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.integration.test_console import run_console


def _stored(db: Path) -> list[tuple[str, str | None, str]]:
    """Every stored event's (title, venue, start as stored: UTC)."""
    with sqlite3.connect(db) as conn:
        return [tuple(row) for row in conn.execute("SELECT title, venue, starts_at FROM events")]


def test_a_trips_gathering_point_is_not_its_place(tmp_path: Path) -> None:
    db = tmp_path / "trip.db"
    out = run_console(
        db,
        "curator",
        "Экскурсия в Эрмитаж для 7Б 14 декабря. Сбор у школы в 9:00.",
        "да",
        now="2026-12-07T10:00",
    )
    assert "🚩 Сбор: у школы в 9:00" in out, out
    card = out.split("Я понял так:", 1)[1].split("Сохранить?", 1)[0]
    assert "📍 у школы" not in card, out
    assert "📍 Эрмитаж" in card, out  # where the trip goes (parse77; it had been no place)
    assert [(title, venue) for title, venue, _ in _stored(db)] == [
        ("Экскурсия в Эрмитаж", "Эрмитаж")
    ]


def test_performers_in_capitals_with_their_clock_are_saved_unasked(tmp_path: Path) -> None:
    db = tmp_path / "perform.db"
    out = run_console(
        db,
        "curator",
        "НАШИ РЕБЯТА ВЫСТУПЯТ НА БОЛЬШОЙ ПЕРЕМЕНЕ 12 ДЕКАБРЯ В 10:00",
        "все",
        "да",
        now="2026-12-07T10:00",
    )
    assert "📌 Выступление наших ребят\n" in out, out
    assert "Во сколько" not in out, out
    assert "Сохранено ✅ «Выступление наших ребят», 12 декабря (сб), 10:00" in out, out
    assert [title for title, _, _ in _stored(db)] == ["Выступление наших ребят"]
