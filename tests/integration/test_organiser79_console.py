"""organiser79 through `python -m bot console`: a plan file's organisers on its card and after
«which museum?», and questions naming a partner («что у Лицея номер 5», «сколько у КГТУ
лекций в декабре?»). Partners, rows and sentences are my own (tests/data/organiser79.md)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.integration.console_partners import AMBER, ARTS, NOW, WHICH, after, partner_adds
from tests.integration.test_console import run_console
from tests.plan_makers import xlsx

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
    return {title: owner for title, (_, owner) in _stored(db).items()}


def _stored(db: Path) -> dict[str, tuple[str | None, str]]:
    """Each stored event's title, its place and its organisation's name."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT e.title, e.venue, o.name FROM events e"
            " JOIN organisations o ON o.id = e.organisation_id"
        ).fetchall()
    return {title: (venue, owner) for title, venue, owner in rows}


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


def _lyceums_and_kgtu(tmp_path: Path) -> Path:
    """Two numbered lyceums and КГТУ, each with its events (КГТУ: two lectures and a trip)."""
    db = tmp_path / "ask.db"
    partner_adds(db, "Лицей № 5", "Лекция о физике 15 декабря в 12:00, 9 классы")
    partner_adds(db, "Лицей № 23", "Лекция о химии 17 декабря в 12:00, 9 классы")
    for event in (
        "Лекция о флоте 16 декабря в 12:00, 9 классы",
        "Лекция о судах 18 декабря в 12:00, 10 классы",
        "Экскурсия на верфь 19 декабря в 12:00, 10 классы",
    ):
        partner_adds(db, "КГТУ", event)
    return db


def test_a_numbered_partner_is_asked_by_its_number(tmp_path: Path) -> None:
    """Was: «что у Лицея номер 5» (and «№5», «5») read «Лицея» and answered «у меня
    несколько таких партнёров: Лицей № 23, Лицей № 5»; «что у лицея номер 23 в
    декабре?» listed every event of December."""
    db = _lyceums_and_kgtu(tmp_path)
    asked = (
        "что у Лицея номер 5",
        "что у Лицея №5 в декабре?",
        "что у Лицея 5 в декабре?",
        "что у лицея номер 23 в декабре?",
    )
    out = run_console(db, "curator", *asked, now=NOW)
    for question, number, other in zip(
        asked, ["5", "5", "5", "23"], ["23", "23", "23", "5"], strict=True
    ):
        answer = after(out, question)
        assert WHICH not in answer, answer
        assert f"Лицей № {number}" in answer, answer
        assert f"Лицей № {other}" not in answer, answer


def test_how_many_lectures_a_partner_has(tmp_path: Path) -> None:
    """Was: «сколько у КГТУ лекций в декабре?» answered «Всего: 4 мероприятия» with the
    lyceums' lectures too (the question was lower-cased: «кгту» named no one), and «а у
    КГТУ сколько лекций в декабре?» was not read as a question at all. Now both count
    КГТУ's two lectures and list them; «сколько мероприятий у КГТУ» counts its three."""
    db = _lyceums_and_kgtu(tmp_path)
    asked = (
        "сколько у КГТУ лекций в декабре?",
        "а у КГТУ сколько лекций в декабре?",
        "сколько мероприятий у КГТУ в декабре?",
    )
    out = run_console(db, "curator", *asked, now=NOW)
    for question in asked[:2]:
        answer = after(out, question)
        assert "Всего: 2 мероприятия." in answer, answer
        assert "Лекция о флоте" in answer, answer
        assert "Лекция о судах" in answer, answer
        assert "Лицей" not in answer, answer
    answer = after(out, asked[2])
    assert "Всего: 3 мероприятия." in answer, answer
    assert "Экскурсия на верфь" in answer, answer
    assert "Лицей" not in answer, answer


HEADER = ["№", "Мероприятие", "Дата", "Время", "Классы"]


def test_a_museum_beside_the_day_is_where_the_class_goes(tmp_path: Path) -> None:
    """Was: the school's «Экскурсия | 17.12 (Музей янтаря)» saved as the museum's own event
    with no place, and a partner's own «17.12 (Музей янтаря)» lost the museum altogether.
    Now, in the school's plan, a place people go to (a museum, a hall) beside the day is the
    row's place and the event stays the school's; a university («12.12 — КГТУ») is still
    the organiser (files76); in a partner's own plan the name is the place."""
    db = tmp_path / "place.db"
    partner_adds(db, "Музей янтаря", "Выставка камней 20 декабря в 12:00, 5 классы")
    partner_adds(db, "КГТУ", "Лекция о флоте 21 декабря в 12:00, 6 классы")
    own = tmp_path / "own.xlsx"
    own.write_bytes(
        xlsx(
            {
                "План": [
                    HEADER,
                    [1, "Занятие по робототехнике", "18.12 (Музея янтаря)", "11:00", "8"],
                ]
            }
        )
    )
    # the school's last row names its own place: the museum comes to the school
    school = tmp_path / "school.xlsx"
    school.write_bytes(
        xlsx(
            {
                "План": [
                    [*HEADER, "Место"],
                    [1, "Экскурсия", "17.12 (Музей янтаря)", "11:00", "7", ""],
                    [2, "Лекция о космосе", "12.12 — КГТУ", "15:00", "9", ""],
                    [3, "Концерт хора", "15.12, Актовый зал", "17:00", "5", ""],
                    [4, "Мастер-класс", "16.12 (Музей янтаря)", "10:00", "6", "каб. 12"],
                ]
            }
        )
    )
    saved = run_console(db, "curator", f"/file {school}", "да", now=NOW)
    assert "Сохранено ✅" in saved, saved
    saved = run_console(db, "partner", "/я партнёр Кванториум", f"/file {own}", "да", now=NOW)
    assert "Сохранено ✅" in saved, saved
    stored = _stored(db)
    assert stored["Экскурсия"] == ("Музей янтаря", "Школа"), stored
    assert stored["Лекция о космосе"] == (None, "КГТУ"), stored
    assert stored["Концерт хора"] == ("Актовый зал", "Школа"), stored
    assert stored["Мастер-класс"] == ("каб. 12", "Музей янтаря"), stored
    assert stored["Занятие по робототехнике"] == ("Музей янтаря", "Кванториум"), stored
