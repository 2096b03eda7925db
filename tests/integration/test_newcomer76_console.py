"""newcomer76 end to end through `python -m bot console` (tests/data/newcomer76.md): a class
teacher of 7Б in mid-December asks what is planned before the winter holidays, pastes a
museum's post with quotes inside quotes; a student of 7Б asks when the holidays are. The
school's console zone is Kaliningrad, its calendar the ministry's default (winter holidays
31 December — 10 January); the clock is frozen on Monday 14 December 2026. All sentences
are my own."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-14T10:00"
MUSEUM = (
    "Музей янтаря приглашает 7-е классы на музейный урок «Легенда о «Янтарной комнате»» "
    "17 декабря с 12:00 до 12:45"
)


def _plan(db: Path) -> None:
    run_console(
        db,
        "curator",
        "Новогодний концерт 25 декабря в 15:00, 5–8 классы, актовый зал",
        "да",
        "Экскурсия на кондитерскую фабрику 13 января в 11:00, 7-е классы",
        "да",
        now=NOW,
    )


def test_a_class_teacher_asks_what_her_class_has_before_the_holidays(tmp_path: Path) -> None:
    """«что у моего класса до каникул?» was «Сейчас нет открытой карточки, о классах которой
    можно спросить», and «что до каникул?» listed January's excursion too («С 14 декабря»):
    «до каникул» is up to the day before the winter holidays begin."""
    db = tmp_path / "plan.db"
    _plan(db)
    out = run_console(
        db,
        "staff",
        "я классный руководитель 7Б",
        "что у моего класса до каникул?",
        "что до зимних каникул?",
        now=NOW,
    )
    mine, school = out.split("что у моего класса до каникул?")[-1].split("что до зимних каникул?")
    for answer in (mine, school):
        assert "14–30 декабря" in answer, out
        assert "Новогодний концерт" in answer, out
        assert "кондитерскую фабрику" not in answer, out
    assert "7Б" in mine.splitlines()[1], out
    assert "открытой карточки" not in out, out


def test_a_student_asks_when_the_holidays_are_after_another_question(tmp_path: Path) -> None:
    """«а когда каникулы?» after «что у нас на этой неделе?» was read as a search for events
    titled «каникулы» («Начиная с 14 декабря для 7Б мероприятий со словом «каникулы» в
    названии нет.»): it is the calendar question «когда каникулы?»."""
    db = tmp_path / "plan.db"
    _plan(db)
    out = run_console(
        db, "student", "я из 7Б", "что у нас на этой неделе?", "а когда каникулы?", now=NOW
    )
    answer = out.split("а когда каникулы?")[-1]
    assert "Ближайшие зимние каникулы: 31 декабря — 10 января" in answer, out
    assert "со словом" not in answer, out


def test_quotes_inside_quotes_alternate_in_the_saved_reply(tmp_path: Path) -> None:
    """A title with a name quoted inside its quoted name was written «Музейный урок
    „Легенда о „Янтарной комнате““» in the saved, signed-up and withdrawn replies: Russian
    typography alternates «…» and „…“ by depth."""
    db = tmp_path / "plan.db"
    out = run_console(db, "curator", MUSEUM, "да", now=NOW)
    assert "Сохранено ✅ «Музейный урок „Легенда о «Янтарной комнате»“»" in out, out
    out = run_console(
        db, "student", "я из 7Б", "запиши меня на урок в музее", "не пойду на урок", now=NOW
    )
    assert "Вы записаны ✅ «Музейный урок „Легенда о «Янтарной комнате»“»" in out, out
    assert "Запись на «Музейный урок „Легенда о «Янтарной комнате»“» отменена" in out, out
    assert "„Янтарной комнате““" not in out, out


def test_a_class_teachers_class_is_kept_in_the_next_console_run(tmp_path: Path) -> None:
    """The console's start saved its teacher again with no class: «я классный руководитель
    7Б» in one run, «что у моего класса на следующей неделе?» in the next was «Я не знаю,
    какой у вас класс»."""
    db = tmp_path / "plan.db"
    _plan(db)
    run_console(db, "staff", "я классный руководитель 7Б", now=NOW)
    out = run_console(db, "staff", "что у моего класса на следующей неделе?", now=NOW)
    assert "Я не знаю, какой у вас класс" not in out, out
    assert "Новогодний концерт" in out, out
