"""review78 (tests/data/review78.md): «пригласить партнёра Музей» with two museum partners
made a third partner «Музей» and its code («Код приглашения для партнёра «Музей»»): the
museum's representative then joined an organisation holding none of its events. The name
now asks which, as questions and pasted posts do (organiser77), and adds nothing; a full or
partial name of one partner and a new name are invited as before. The clock is frozen on
Monday 7 December 2026. All sentences are my own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-07T10:00"
AMBER = "Музей янтаря"
OCEAN = "Музей Мирового океана"


def _organisations(db: Path) -> list[str]:
    """The names of the organisations stored, in the order they were made."""
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM organisations ORDER BY id")]


def _after(out: str, said: str) -> str:
    """The console's answer to the line `said` (up to the next line typed)."""
    return out.split(f"Вы: {said}", 1)[1].split("Вы:", 1)[0]


def _invites(db: Path, *said: str) -> str:
    """The console's transcript: the two museums made by «/я партнёр», then the curator's
    lines `said`."""
    return run_console(
        db, "curator", f"/я партнёр {AMBER}", f"/я партнёр {OCEAN}", "/я куратор", *said, now=NOW
    )


def test_inviting_a_name_two_partners_fit_asks_which(tmp_path: Path) -> None:
    db = tmp_path / "plan.db"
    said = ["пригласить партнёра Музей", "пригласить партнёра «музей»"]
    out = _invites(db, *said)
    for line in said:
        answer = _after(out, line)
        assert "у меня несколько таких партнёров" in answer, out
        assert f"• {AMBER}" in answer, out
        assert f"• {OCEAN}" in answer, out
        assert "Код приглашения" not in answer, out
    assert [n for n in _organisations(db) if n.casefold() == "музей"] == [], out


def test_a_name_one_partner_fits_or_a_new_name_is_invited(tmp_path: Path) -> None:
    db = tmp_path / "plan.db"
    said = ["пригласить партнёра музей янтаря", "пригласить партнёра Зоопарк"]
    out = _invites(db, *said)
    assert f"Код приглашения для партнёра «{AMBER}»" in _after(out, said[0]), out
    assert "Код приглашения для партнёра «Зоопарк»" in _after(out, said[1]), out
    assert "Зоопарк" in _organisations(db), out
