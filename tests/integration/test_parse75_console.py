"""parse75 end to end through `python -m bot console` (tests/data/parse75.md): a teacher's
chat lines about a trip and a tournament are saved under their own names, not with the next
sentence's subject or the head-count glued on; the exhibition's place is the museum. All
sentences are my own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.integration.test_console import run_console


def _titles_and_places(db: Path) -> list[tuple[str, str | None]]:
    """Every stored event's (title, venue)."""
    with sqlite3.connect(db) as conn:
        return [tuple(row) for row in conn.execute("SELECT title, venue FROM events")]


def test_a_trip_for_a_counted_class_is_saved_under_its_name(tmp_path: Path) -> None:
    """«Поездка в Казань для 40 учеников 7Б 14 декабря. Сбор у школы в 8:00» was saved as
    «Поездка в Казань для 40. Сбор у школы»."""
    db = tmp_path / "trip.db"
    out = run_console(
        db,
        "curator",
        "Поездка в Казань для 40 учеников 7Б 14 декабря. Сбор у школы в 8:00",
        "да",
        now="2026-12-07T10:00",
    )
    assert "📌 Поездка в Казань\n" in out, out
    assert "Сохранено ✅ «Поездка в Казань»" in out, out
    assert [title for title, _ in _titles_and_places(db)] == ["Поездка в Казань"]


def test_a_tournament_and_its_start_sentence_keep_one_name(tmp_path: Path) -> None:
    """«… Соревнования начнутся в 10:00» was glued on: «Турнир по шахматам Соревнования»."""
    db = tmp_path / "chess.db"
    out = run_console(
        db,
        "curator",
        "Турнир по шахматам пройдёт с 9 по 11 декабря. Соревнования начнутся в 10:00",
        "8-9 классы",
        "да",
        now="2026-12-07T10:00",
    )
    assert "📌 Турнир по шахматам\n" in out, out
    assert [title for title, _ in _titles_and_places(db)] == ["Турнир по шахматам"], out


def test_an_exhibition_open_in_a_museum_has_the_museum_for_its_place(tmp_path: Path) -> None:
    """staff74's leftover: «в музее открыта выставка …» gave the place «музей открыта»."""
    db = tmp_path / "museum.db"
    out = run_console(
        db,
        "curator",
        "С 1 по 20 декабря в музее открыта выставка детских рисунков «Мир глазами детей», 9Б",
        "весь день",
        "да",
        now="2026-12-07T10:00",
    )
    assert "📍 музей\n" in out, out
    assert "открыта" not in out.split("📍", 1)[1].split("\n")[0], out
    assert ("Выставка детских рисунков «Мир глазами детей»", "музей") in _titles_and_places(db)
