"""attack76 through `python -m bot console` (tests/data/attack76.md): the organiser a staff
member names — typed under the card or written in a pasted post — is whose event «да»
saves, and no other partner's whose name merely holds its letters; the school written
another way stays the school. Clock frozen on Monday 7 December 2026 (Kaliningrad). All
sentences are my own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.test_console import run_console

NOW = "2026-12-07T10:00"


def test_an_organiser_typed_under_the_card_is_whose_event_da_saves(tmp_path: Path) -> None:
    """Was: the card said ««да» … добавит «Клуб Звезда» в партнёры» (or «Организатор: КГТУ»),
    and «да» saved the lecture as the school's, no partner added: the row changed in place
    was never written (Dialog.load shared the stored rows, so the state read unchanged)."""
    db = tmp_path / "plan.db"
    run_console(db, "partner", "/я партнёр КГТУ", "помощь", now=NOW)
    out = run_console(
        db,
        "curator",
        "Лекция о небе 28 декабря в 15:00, 7В, ауд. 3",
        "организатор: Клуб Звезда",
        "да",
        "Лекция о море 29 декабря в 15:00, 7Б, ауд. 3",
        "организатор: КГТУ",
        "да",
        now=NOW,
    )
    assert "🏛 Организатор — Клуб Звезда (добавил в партнёры" in out, out
    assert "🏛 Организатор — КГТУ: менять и отменять" in out, out
    star = run_console(db, "curator", "/я партнёр Клуб Звезда", "мои мероприятия", now=NOW)
    assert "Лекция о небе" in star.split("Вы: мои мероприятия", 1)[1], star
    kgtu = run_console(db, "partner", "/я партнёр КГТУ", "мои мероприятия", now=NOW)
    assert "Лекция о море" in kgtu.split("Вы: мои мероприятия", 1)[1], kgtu


def test_a_post_is_not_filed_under_a_partner_whose_name_is_inside_its_letters(
    tmp_path: Path,
) -> None:
    """Was: the swimming club «Океан» got the museum's excursion («океан» inside «Мирового
    океана») — its people could move and cancel it."""
    db = tmp_path / "plan.db"
    run_console(db, "partner", "/я партнёр Океан", "помощь", now=NOW)
    out = run_console(
        db,
        "curator",
        "Музей Мирового океана приглашает учащихся 8 классов на экскурсию «Корабли» "
        "16 декабря в 15:00, наб. Петра Великого, 1",
        "да",
        now=NOW,
    )
    assert "🏛 Организатор: Музей Мирового океана — такого партнёра у меня ещё нет" in out, out
    assert "Организатор: Океан" not in out, out
    ocean = run_console(db, "partner", "/я партнёр Океан", "мои мероприятия", now=NOW)
    assert "Корабли" not in ocean.split("Вы: мои мероприятия", 1)[1], ocean


def test_a_post_naming_the_school_itself_stays_the_schools(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Was: «Организатор: МАОУ СОШ №5» in the school «МАОУ СОШ № 5 г. Калининграда» added a
    partner «МАОУ СОШ №5» and gave it the school's concert; «Наша школа приглашает …» added a
    partner «Наша школа»."""
    db = tmp_path / "plan.db"
    monkeypatch.setenv("BOT_SCHOOL", "МАОУ СОШ № 5 г. Калининграда")  # console_env copies it
    out = run_console(
        db,
        "curator",
        "Новогодний концерт 24 декабря в 15:00, актовый зал, 5-е классы. Организатор: МАОУ СОШ №5",
        "да",
        "Наша школа приглашает учащихся 6 классов на концерт «Зима» 25 декабря в 15:00, "
        "актовый зал",
        "да",
        "мероприятия в декабре",
        now=NOW,
    )
    assert "🏛" not in out, out
    listed = out.split("Вы: мероприятия в декабре", 1)[1]
    assert listed.count("(МАОУ СОШ № 5 г. Калининграда)") == 2, out


def test_two_staff_pasting_one_museums_posts_make_one_partner(tmp_path: Path) -> None:
    """Held: both cards open at once say «такого партнёра у меня ещё нет» («Калининградский
    музей янтаря», «Музей янтаря»); the first «да» adds the museum, the second files its
    event under the same museum — one organisation, not two."""
    db = tmp_path / "plan.db"
    run_console(
        db,
        "curator",
        "Калининградский музей янтаря приглашает учащихся 7–9 классов на занятие "
        "«Янтарная сказка» 16 декабря в 15:00, пл. Маршала Василевского, 1",
        now=NOW,
    )
    run_console(
        db,
        "staff",
        "Музей янтаря приглашает учащихся 5 классов на занятие «Янтарь» 17 декабря в 15:00, "
        "пл. Маршала Василевского, 1",
        now=NOW,
    )
    first = run_console(db, "curator", "да", now=NOW)
    assert "🏛 Организатор — Калининградский музей янтаря (добавил в партнёры" in first, first
    second = run_console(db, "staff", "да", now=NOW)
    assert "🏛 Организатор — Калининградский музей янтаря: менять" in second, second
    museum = run_console(
        db, "curator", "/я партнёр Калининградский музей янтаря", "мои мероприятия", now=NOW
    )
    mine = museum.split("Вы: мои мероприятия", 1)[1]
    assert "Янтарная сказка" in mine, museum
    assert "Занятие «Янтарь»" in mine, museum


def test_organiser_school_typed_under_a_partners_post_keeps_it_the_schools(
    tmp_path: Path,
) -> None:
    """review76 saw it on 4f2b7bb3: «организатор — школа» under a pasted museum post hid the
    card's organiser line, yet «да» saved the event as the museum's (the same unwritten row
    as above). The teacher's «мои мероприятия» lists it; the museum's does not."""
    db = tmp_path / "plan.db"
    run_console(db, "partner", "/я партнёр Музей янтаря", "помощь", now=NOW)
    teacher = run_console(
        db,
        "curator",
        "Музей янтаря приглашает 7В на мастер-класс «Янтарная мозаика» 28 декабря в 11:00",
        "организатор — школа",
        "да",
        "мои мероприятия",
        now=NOW,
    )
    assert "Янтарная мозаика" in teacher.split("Вы: мои мероприятия", 1)[1], teacher
    museum = run_console(db, "partner", "/я партнёр Музей янтаря", "мои мероприятия", now=NOW)
    assert "Янтарная мозаика" not in museum.split("Вы: мои мероприятия", 1)[1], museum
