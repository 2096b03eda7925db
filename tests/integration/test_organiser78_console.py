"""organiser78 through `python -m bot console` (tests/data/organiser78.md): the organiser a
question or a file request names, read whole and narrowed for those who may not learn the
partners' list. The clock is frozen on Monday 7 December 2026 (Kaliningrad). All sentences
are my own."""

from __future__ import annotations

from pathlib import Path

from tests.integration.console_partners import (
    AMBER,
    ARTS,
    NOW,
    WHICH,
    after,
    organisations,
    partner_adds,
)
from tests.integration.test_console import run_console

EXCEL = "план Музея на декабрь в excel"


def _museums(db: Path) -> None:
    """The amber museum's lecture for 7Б, the arts museum's lesson for 10А."""
    partner_adds(db, AMBER, "Лекция о янтаре 15 декабря в 15:00, 7Б, ул. Мира, 1")
    partner_adds(db, ARTS, "Урок рисования 16 декабря в 15:00, 10А, ул. Ленина, 3")


def test_a_students_file_request_names_no_museum_the_file_would_not_show(tmp_path: Path) -> None:
    """Was: a student's «план Музея на декабрь в excel» answered «у меня несколько таких
    партнёров: • Калининградский музей изобразительных искусств • …» — every partner the
    name fits, whether the student's file lists its events or not."""
    db = tmp_path / "plan.db"
    _museums(db)
    out = run_console(db, "student", "я из 7Б", EXCEL, "/я студент 5А", EXCEL, now=NOW)
    seventh, fifth = out.split(f"Вы: {EXCEL}")[1:]
    assert WHICH not in seventh, out
    assert ARTS not in seventh, out
    assert f"📊 План: декабрь, {AMBER}, 7Б." in seventh, out  # the one museum of their file
    assert WHICH not in fifth, out
    assert AMBER not in fifth, out
    assert ARTS not in fifth, out
    assert "Не нашёл организатора «Музея»" in fifth, out


def test_the_curators_file_request_still_asks_which_museum(tmp_path: Path) -> None:
    db = tmp_path / "plan.db"
    _museums(db)
    answer = after(run_console(db, "curator", EXCEL, now=NOW), EXCEL)
    assert WHICH in answer, answer
    assert f"• {AMBER}" in answer, answer
    assert f"• {ARTS}" in answer, answer


def test_a_capitalised_name_is_read_with_its_lower_case_words(tmp_path: Path) -> None:
    """Was: «что у Музея изобразительных искусств в декабре?» read the organiser «Музея» (the
    capitalised words only) and asked which museum; «что у музея изобразительных искусств»
    with no day said «Извините, не понял»."""
    db = tmp_path / "plan.db"
    _museums(db)
    partner_adds(db, "КГТУ", "Лекция о флоте 17 декабря в 15:00, 9А, ауд. 12")
    asked = [
        "что у Музея изобразительных искусств в декабре?",
        "что у музея изобразительных искусств",
        "Что у Музея янтаря?",
        "что у КГТУ интересного в декабре?",
    ]
    out = run_console(db, "curator", *asked, now=NOW)
    for said in asked[:2]:
        answer = after(out, said)
        assert "Урок рисования" in answer, out
        assert WHICH not in answer, out
        assert "Лекция о янтаре" not in answer, out
    amber = after(out, asked[2])
    assert "Лекция о янтаре" in amber, out
    assert "Урок рисования" not in amber, out
    kgtu = after(out, asked[3])
    assert "Лекция о флоте" in kgtu, out
    assert "Урок рисования" not in kgtu, out


def test_agreeing_all_of_a_name_two_partners_fit_asks_which(tmp_path: Path) -> None:
    """Was: «согласовать всё от музея» with two museums answered «Не понял, чьи мероприятия
    согласовать («музея»)» and listed every waiting event to agree one by one."""
    db = tmp_path / "plan.db"
    _museums(db)
    partner_adds(db, "КГТУ", "Лекция о флоте 17 декабря в 15:00, 9А, ауд. 12")
    said = ["согласовать всё от музея", "согласовать всё от Музея янтаря"]
    out = run_console(db, "curator", *said, now=NOW)
    asked = after(out, said[0])
    assert f"«музея» — {WHICH}" in asked, out
    assert f"• {AMBER}" in asked, out
    assert "Напишите ещё раз, назвав его полностью" in asked, out
    assert "Лекция о флоте" not in asked, out
    assert "Согласовано" not in asked, out
    agreed = after(out, said[1])
    assert "Согласовано ✅" in agreed, out
    assert "Лекция о янтаре" in agreed.split("Ещё ждут", 1)[0], out
    assert "Урок рисования" not in agreed, out


def test_a_new_name_holding_a_known_partners_name_points_to_it(tmp_path: Path) -> None:
    """Was: «Организатор: Центр «Вектор»» with the partner «Вектор» known showed only «такого
    партнёра у меня ещё нет: «да» … добавит» — nothing said the known «Вектор» might be
    meant. The card now names it; «организатор: Вектор» then saves the event as its, and
    no partner «Центр «Вектор»» is added. The name is still not taken for «Вектор» by
    itself: another body may bear it (organiser77's «Дом детского творчества «Маяк»»)."""
    db = tmp_path / "plan.db"
    partner_adds(db, "Вектор", "Квест 18 декабря в 15:00, 8А, ул. Мира, 5")
    post = "Лекция о роботах 16 декабря в 15:00, 7Б, ул. Мира, 5. Организатор: Центр «Вектор»"
    out = run_console(db, "curator", post, "организатор: Вектор", "да", now=NOW)
    card = after(out, post)
    assert "Центр «Вектор» — такого партнёра у меня ещё нет" in card, out
    assert "Если это ваш партнёр «Вектор», напишите «организатор: Вектор»" in card, out
    assert "🏛 Организатор — Вектор" in after(out, "да"), out
    assert organisations(db) == {"Вектор"}, organisations(db)
