"""organiser79 through `python -m bot console`: a plan file's organisers on its card and after
«which museum?», and questions naming a partner («что у Лицея номер 5», «сколько у КГТУ
лекций в декабре?»). Partners, rows and sentences are my own (tests/data/organiser79.md)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.integration.console_partners import AMBER, ARTS, NOW, WHICH, after, partner_adds
from tests.integration.test_console import run_console

PLAN = (
    "Дата;Время;Название;Организатор;Аудитория;Место\n"
    "15.12.2026;15:00–16:00;Экскурсия по залам;Музей;9 классы;ул. Мира, 1\n"
    "16.12.2026;10:00–11:00;Лекция о янтаре;Музей янтаря;8 классы;ул. Мира, 1\n"
    "17.12.2026;12:00–13:00;Классный час;;7 классы;каб. 12\n"
)


def _museums(tmp_path: Path) -> tuple[Path, Path]:
    """A database with the two museums (each with an event) and the plan file PLAN."""
    db = tmp_path / "plan.db"
    partner_adds(db, AMBER, "Выставка камней 20 декабря в 12:00, 5 классы")
    partner_adds(db, ARTS, "Выставка картин 21 декабря в 12:00, 6 классы")
    plan = tmp_path / "plan.csv"
    plan.write_text(PLAN)
    return db, plan


def _owners(db: Path) -> dict[str, str]:
    """Each stored event's title and its organisation's name."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT e.title, o.name FROM events e JOIN organisations o ON o.id = e.organisation_id"
        ).fetchall()
    return dict(rows)


def test_the_import_card_names_each_rows_organiser(tmp_path: Path) -> None:
    """Was: «• строка 3: Лекция о янтаре — 16 декабря (ср), 10:00–11:00, 8-е классы» — the
    «Без накладок» lines named no organiser, so the museum's row looked like the school's.
    Now a row naming a partner shows it (as written when it fits two), the school's not."""
    db, plan = _museums(tmp_path)
    card = after(run_console(db, "curator", f"/file {plan}", now=NOW), f"/file {plan}")
    lines = {line.split(":")[0]: line for line in card.splitlines() if "• строка" in line}
    assert lines["• строка 3"].endswith(f"8-е классы ({AMBER})"), card
    assert lines["• строка 2"].endswith("9-е классы (Музей)"), card
    assert lines["• строка 4"].endswith("7-е классы"), card


def test_which_museum_is_answered_for_the_row_asked_about(tmp_path: Path) -> None:
    """Was: after «да» asked which «Музей», «организатор: …изобразительных искусств» made
    every row of the file that museum's — the amber lecture and the school's class hour
    too. Now the answer is for the row asked about; the others keep their organisers."""
    db, plan = _museums(tmp_path)
    out = run_console(db, "curator", f"/file {plan}", "да", f"организатор: {ARTS}", "да", now=NOW)
    assert WHICH in after(out, "да"), out
    assert _owners(db) == {
        "Выставка камней": AMBER,
        "Выставка картин": ARTS,
        "Экскурсия по залам": ARTS,
        "Лекция о янтаре": AMBER,
        "Классный час": "Школа",
    }, out
