"""owner77 end to end through `python -m bot console` (tests/data/owner77.md): a saved
event's organiser changed by a change card, a teacher correcting the partner's event they
entered, a partner giving its event back to the school only, a guest of a lesson. The clock
is frozen on Monday 7 December 2026 (Kaliningrad). All sentences are my own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-07T10:00"
MUSEUM_POST = (
    "Музей янтаря приглашает учащихся 7–9 классов на интерактивное занятие «Янтарная сказка» "
    "16 декабря в 15:00, пл. Маршала Василевского, 1"
)
TITLE = "Интерактивное занятие «Янтарная сказка»"


def _mine(out: str) -> str:
    """The answer to the last «мои мероприятия» of a console run."""
    return out.split("Вы: мои мероприятия", 1)[1].split("Вы:", 1)[0]


def test_a_saved_events_organiser_is_changed_by_a_card(tmp_path: Path) -> None:
    """Was: «Организатора уже сохранённого мероприятия я пока не меняю» (newcomer75)."""
    db = tmp_path / "plan.db"
    run_console(db, "curator", MUSEUM_POST, "да", now=NOW)
    out = run_console(db, "curator", "что в декабре?", "это мероприятие школы", now=NOW)
    assert "Организатор: Музей янтаря → Школа" in out, out
    assert "Ответьте «да» или «нет»" in out, out
    museum = run_console(db, "curator", "/я партнёр Музей янтаря", "мои мероприятия", now=NOW)
    assert TITLE in _mine(museum), museum  # nothing changed before «да»
    out = run_console(db, "curator", "организатор янтарной сказки — школа", "да", now=NOW)
    assert "Изменено ✅" in out, out
    museum = run_console(db, "curator", "/я партнёр Музей янтаря", "мои мероприятия", now=NOW)
    assert TITLE not in _mine(museum), museum
    out = run_console(
        db, "curator", "проводит Клуб «Звезда»", "да", "план на декабрь", "верни", now=NOW
    )
    assert "Организатор: Школа → Клуб «Звезда» (такого партнёра у меня ещё нет" in out, out
    assert "(добавил в партнёры; пригласить его представителя" in out, out
    assert "(Клуб «Звезда»)" in out.split("Вы: план на декабрь", 1)[1], out
    assert "Вернул" in out.split("Вы: верни", 1)[1] or "вернул" in out.split("Вы: верни", 1)[1]


def test_a_teacher_corrects_the_partners_event_they_entered(tmp_path: Path) -> None:
    """Was: after «да» the teacher's event was the museum's and the teacher was refused
    («… проводит Музей янтаря — изменить … может только организатор или куратор»)."""
    db = tmp_path / "plan.db"
    out = run_console(
        db,
        "staff",
        MUSEUM_POST,
        "да",
        "перенеси янтарную сказку на 17 декабря",
        "да",
        "мои мероприятия",
        now=NOW,
    )
    assert "Перенесено ✅ «Интерактивное занятие „Янтарная сказка“» — теперь 17 декабря" in out
    assert "может только" not in out, out
    assert TITLE in _mine(out), out
    museum = run_console(db, "curator", "/я партнёр Музей янтаря", "мои мероприятия", now=NOW)
    assert TITLE in _mine(museum), museum  # still the museum's event
    out = run_console(db, "staff", "организатор янтарной сказки — школа", "да", now=NOW)
    assert "Организатор: Музей янтаря → Школа" in out, out


def test_a_partner_gives_its_event_only_to_the_school(tmp_path: Path) -> None:
    db = tmp_path / "plan.db"
    lecture = "Лекция о флоте 18 декабря в 15:00, 9А, ауд. 12"
    run_console(db, "curator", MUSEUM_POST, "да", now=NOW)  # the museum's excursion
    out = run_console(
        db,
        "partner",
        "/я партнёр КГТУ",
        lecture,
        "да",
        "организатор лекции — Музей янтаря",
        "организатор янтарной сказки — КГТУ",
        "мои мероприятия",
        now=NOW,
    )
    assert "передать его другой организации (Музей янтаря) нельзя" in out, out
    assert "«Интерактивное занятие „Янтарная сказка“» проводит Музей янтаря" in out, out
    assert "Изменить «" not in out, out
    assert "Лекция о флоте" in _mine(out), out
    out = run_console(
        db,
        "partner",
        "/я партнёр КГТУ",
        "организатор лекции — школа",
        "да",
        "мои мероприятия",
        now=NOW,
    )
    assert "Организатор: КГТУ → Школа" in out, out
    assert "Лекция о флоте" not in _mine(out), out
    plan = run_console(db, "curator", "план на декабрь", now=NOW)
    assert "Лекция о флоте, ауд. 12, 9А (Школа)" in plan, plan


def test_a_guest_of_a_teachers_lesson_leaves_it_the_schools(tmp_path: Path) -> None:
    """Was: «Урок мужества … Проводит МЧС» from a class teacher became МЧС's event (a new
    partner on «да»), gone from the teacher's «мои мероприятия»."""
    db = tmp_path / "plan.db"
    out = run_console(
        db,
        "staff",
        "Урок мужества «Герои среди нас» для 8А 10 декабря в 12:00, каб. 21. Проводит МЧС",
        "да",
        "мои мероприятия",
        now=NOW,
    )
    assert "🎤 Гость: МЧС — мероприятие остаётся школьным" in out, out
    assert "🏛 Организатор" not in out, out
    assert "Урок мужества «Герои среди нас»" in _mine(out), out
    out = run_console(
        db,
        "staff",
        "МЧС проводит учения в школе 12 декабря в 10:00 для 5–11 классов",
        now=NOW,
    )
    assert "🏛 Организатор: МЧС" in out, out  # the partner's own event at the school


def test_a_saved_events_organiser_named_as_one_of_two_museums_asks_which(
    tmp_path: Path,
) -> None:
    """Merge of owner77 and organiser77 (lead): «проводит Музей» on a saved event with two
    museum partners asks which one (organiser77's rule for questions and pasted posts) and
    adds no third partner; the full name then makes the card."""
    db = tmp_path / "plan.db"
    amber, arts = "Калининградский музей янтаря", "Калининградский музей изобразительных искусств"
    for partner, event in (
        (amber, "Лекция о янтаре 15 декабря в 15:00, 7А, ул. Мира, 1"),
        (arts, "Урок рисования 16 декабря в 15:00, 6Б, ул. Ленина, 3"),
    ):
        run_console(db, "partner", f"/я партнёр {partner}", event, "да", now=NOW)
    run_console(db, "curator", "Концерт хора 18 декабря в 14:00, 5А, актовый зал", "да", now=NOW)
    out = run_console(db, "curator", "организатор концерта хора — Музей", "да", now=NOW)
    answer = out.split("Вы: организатор концерта хора — Музей", 1)[1].split("Вы:", 1)[0]
    assert "у меня несколько таких партнёров" in answer, out
    assert f"• {amber}" in answer, out
    assert f"• {arts}" in answer, out
    assert "Изменено ✅" not in out, out
    with sqlite3.connect(db) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM organisations")]
    assert "Музей" not in names, names
    out = run_console(db, "curator", f"организатор концерта хора — {amber}", "да", now=NOW)
    assert f"Организатор: Школа → {amber}" in out, out
    assert "Изменено ✅" in out, out
