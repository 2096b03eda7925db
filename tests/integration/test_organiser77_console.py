"""organiser77 through `python -m bot console` (tests/data/organiser77.md): one matcher of
organisations' names for questions and pasted posts — a partial name that fits two partners
asks which (never picks one, never adds a third); a one-word partner keeps its own name;
Latin look-alike letters («MЧС», «KГТУ») are the Cyrillic partner's. The clock is frozen on
Monday 7 December 2026 (Kaliningrad). All sentences are my own."""

from __future__ import annotations

from pathlib import Path

from tests.integration.console_partners import AMBER, ARTS, NOW, WHICH
from tests.integration.console_partners import after as _after
from tests.integration.console_partners import organisations as _organisations
from tests.integration.console_partners import partner_adds as _partner_adds
from tests.integration.test_console import run_console


def test_a_question_naming_two_museums_asks_which(tmp_path: Path) -> None:
    """Was: «что у музея в декабре?» with two museums listed the whole December plan (the
    name filtered nothing), and «события Музея» said «Не нашёл организатора»."""
    db = tmp_path / "plan.db"
    _partner_adds(db, AMBER, "Лекция о янтаре 15 декабря в 15:00, 7А, ул. Мира, 1")
    _partner_adds(db, ARTS, "Урок рисования 16 декабря в 15:00, 6Б, ул. Ленина, 3")
    _partner_adds(db, "КГТУ", "Лекция о флоте 17 декабря в 15:00, 9А, ауд. 12")
    asked = [
        "что у музея в декабре?",
        "что у Музея в декабре?",
        "что у музея янтаря в декабре?",
        "что у музея изобразительных искусств в декабре?",
        "что у KГТУ в декабре?",  # a Latin K
    ]
    out = run_console(db, "curator", *asked, now=NOW)
    for said in asked[:2]:
        answer = _after(out, said)
        assert WHICH in answer, out
        assert f"• {AMBER}" in answer, out
        assert f"• {ARTS}" in answer, out
        assert "Лекция о янтаре" not in answer, out
        assert "Лекция о флоте" not in answer, out
    amber = _after(out, asked[2])
    assert "Лекция о янтаре" in amber, out
    assert "Урок рисования" not in amber, out
    arts = _after(out, asked[3])
    assert "Урок рисования" in arts, out
    assert "Лекция о янтаре" not in arts, out
    kgtu = _after(out, asked[4])
    assert "Лекция о флоте" in kgtu, out
    assert "Не нашёл" not in kgtu, out
    assert "Лекция о янтаре" not in kgtu, out


def test_a_pasted_post_naming_two_museums_asks_which_before_saving(tmp_path: Path) -> None:
    """Was: «да» added a third partner «Калининградский музей» and gave it the lecture."""
    db = tmp_path / "plan.db"
    _partner_adds(db, AMBER, "Лекция о янтаре 15 декабря в 15:00, 7А, ул. Мира, 1")
    _partner_adds(db, ARTS, "Урок рисования 16 декабря в 15:00, 6Б, ул. Ленина, 3")
    post = (
        "Калининградский музей приглашает учащихся 7 классов на лекцию «Янтарь и море» "
        "18 декабря в 15:00, ул. Мира, 1"
    )
    out = run_console(db, "curator", post, "да", f"организатор: {AMBER}", "да", now=NOW)
    card = _after(out, post)
    assert f"🏛 Организатор: «Калининградский музей» — {WHICH}" in card, out
    assert "да» не сохранит" in card, out
    refused = _after(out, "да")
    assert "Сохранено" not in refused, out
    assert WHICH in refused, out
    assert f"• {ARTS}" in refused, out
    assert "Пока не уточните, не сохраняю" in refused, out
    chosen = _after(out, f"организатор: {AMBER}")
    assert f"🏛 Организатор: {AMBER} (мероприятие будет его" in chosen, out
    assert "Сохранено ✅" in out.rsplit("Вы: да", 1)[1], out
    assert _organisations(db) == {AMBER, ARTS}, _organisations(db)
    mine = run_console(db, "partner", f"/я партнёр {AMBER}", "мои мероприятия", now=NOW)
    assert "Янтарь и море" in mine.split("Вы: мои мероприятия", 1)[1], mine


def test_a_typed_partial_organiser_under_the_card_asks_which_too(tmp_path: Path) -> None:
    """«организатор: музей» under a teacher's card with two museums: the card asks which,
    «да» saves nothing and adds no partner «музей»."""
    db = tmp_path / "plan.db"
    _partner_adds(db, AMBER, "Лекция о янтаре 15 декабря в 15:00, 7А, ул. Мира, 1")
    _partner_adds(db, ARTS, "Урок рисования 16 декабря в 15:00, 6Б, ул. Ленина, 3")
    out = run_console(
        db,
        "staff",
        "Экскурсия по залам 19 декабря в 11:00, 8В",
        "организатор: музей",
        "да",
        now=NOW,
    )
    assert f"🏛 Организатор: «музей» — {WHICH}: {ARTS}, {AMBER}" in out, out
    assert "Сохранено" not in out, out
    assert _organisations(db) == {AMBER, ARTS}, _organisations(db)


def test_look_alike_letters_and_a_one_word_partner_in_pasted_posts(tmp_path: Path) -> None:
    """«Организатор: MЧС» (a Latin M) is МЧС's event, not a new partner «MЧС»; «KГТУ» new is
    stored in Cyrillic; the sailing club «Маяк» does not take the «Дом детского творчества
    «Маяк»»'s class, and «что у Маяка?» lists the club's events only."""
    db = tmp_path / "plan.db"
    _partner_adds(db, "МЧС", "Учения 14 декабря в 10:00, 9А, школьный двор")
    _partner_adds(db, "Маяк", "Регата 20 декабря в 12:00, 10А, набережная")
    safety = "Урок безопасности 21 декабря в 12:00, 5А, каб. 12. Организатор: MЧС"
    crafts = (
        "Мастер-класс по лепке 22 декабря в 15:00, 6Б, каб. 5. "
        "Организатор: Дом детского творчества «Маяк»"
    )
    fleet = "Лекция о флоте 23 декабря в 15:00, 9А, ауд. 12. Организатор: KГТУ"
    out = run_console(db, "curator", safety, "да", crafts, "да", fleet, "да", now=NOW)
    assert "🏛 Организатор: МЧС (мероприятие будет его" in _after(out, safety), out
    assert (
        "🏛 Организатор: Дом детского творчества «Маяк» — такого партнёра у меня ещё нет"
        in _after(out, crafts)
    ), out
    assert "🏛 Организатор: КГТУ — такого партнёра у меня ещё нет" in _after(out, fleet), out
    assert _organisations(db) == {"МЧС", "Маяк", "Дом детского творчества «Маяк»", "КГТУ"}
    listed = run_console(db, "curator", "что у Маяка в декабре?", now=NOW)
    assert "Регата" in listed, listed
    assert "по лепке" not in listed, listed
    mchs = run_console(db, "partner", "/я партнёр МЧС", "мои мероприятия", now=NOW)
    assert "Урок безопасности" in mchs.split("Вы: мои мероприятия", 1)[1], mchs
