"""organiser76 end to end through `python -m bot console` (tests/data/organiser76.md): a
partner's post pasted by the deputy head is the partner's event — the card names the
organiser, «да» saves it under the partner, the partner's methodist moves it and the
curator is told; a partner never files an event in another organisation's name. The clock
is frozen on Monday 7 December 2026 (Kaliningrad). All sentences are my own."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-07T10:00"
MUSEUM_POST = (
    "Музей янтаря приглашает учащихся 7–9 классов на интерактивное занятие «Янтарная сказка» "
    "16 декабря в 15:00, пл. Маршала Василевского, 1"
)


def test_a_pasted_partner_post_becomes_the_partners_event(tmp_path: Path) -> None:
    """Was: organiser «Школа», and the museum's methodist refused («добавил куратор —
    изменить … может только куратор») — newcomer74 L1."""
    db = tmp_path / "plan.db"
    out = run_console(db, "curator", MUSEUM_POST, "да", now=NOW)
    assert "🏛 Организатор: Музей янтаря — такого партнёра у меня ещё нет" in out, out
    assert "🏛 Организатор — Музей янтаря (добавил в партнёры" in out, out
    out = run_console(
        db,
        "curator",
        "/я партнёр Музей янтаря",
        "мои мероприятия",
        "перенеси янтарную сказку на 17 декабря",
        "да",
        now=NOW,
    )
    mine = out.split("Вы: мои мероприятия", 1)[1]
    assert "Интерактивное занятие «Янтарная сказка»" in mine.split("Вы:", 1)[0], out
    assert "может только" not in out, out
    assert "Перенесено ✅ «Интерактивное занятие „Янтарная сказка“» — теперь 17 декабря" in out
    told = out.split("📨 Кому: Куратор", 1)[1]
    assert "🔁 Перенесено (Музей янтаря)" in told, out
    listed = run_console(db, "curator", "что у нас в декабре?", now=NOW)
    assert "(Музей янтаря)" in listed, listed


def test_a_known_partner_is_matched_and_the_school_can_be_kept(tmp_path: Path) -> None:
    """A teacher's text «Организатор: КГТУ» is КГТУ's event (no «new partner» question, a typo
    «Музей янтяря» matched too); «организатор — школа» keeps an event the school's; a text
    naming only a venue stays the school's."""
    db = tmp_path / "plan.db"
    run_console(db, "partner", "/я партнёр КГТУ", "помощь", now=NOW)
    out = run_console(
        db,
        "staff",
        "Лекция о флоте 18 декабря в 15:00, 9А, ауд. 12. Организатор: КГТУ",
        "да",
        now=NOW,
    )
    assert "🏛 Организатор: КГТУ (мероприятие будет его" in out, out
    assert "такого партнёра" not in out, out
    out = run_console(
        db,
        "curator",
        "Экскурсия в музей янтаря 19 декабря в 10:00, 9Б",
        "организатор: КГТУ",
        "организатор — школа",
        "да",
        now=NOW,
    )
    first_card = out.split("Вы: организатор: КГТУ", 1)[0]
    assert "🏛" not in first_card, out  # a venue is not its host
    second = out.split("Вы: организатор: КГТУ", 1)[1].split("Вы: организатор — школа", 1)[0]
    assert "🏛 Организатор: КГТУ" in second, out
    saved = out.split("Вы: организатор — школа", 1)[1]
    assert "🏛" not in saved, out
    assert "Сохранено ✅ «Экскурсия в музей янтаря»" in saved, out
    mine = run_console(db, "partner", "/я партнёр КГТУ", "мои мероприятия", now=NOW)
    assert "Лекция о флоте" in mine, mine
    assert "Экскурсия в музей янтаря" not in mine, mine


def test_a_partner_cannot_file_an_event_in_another_organisations_name(tmp_path: Path) -> None:
    """A partner's post naming another organiser stays its own organisation's; its
    «организатор: …» under the card is refused and the card is unchanged."""
    db = tmp_path / "plan.db"
    run_console(db, "curator", MUSEUM_POST, "да", now=NOW)
    out = run_console(
        db,
        "partner",
        "/я партнёр КГТУ",
        "Лекция о янтаре 18 декабря в 15:00, 9А, ауд. 12. Организатор: Музей янтаря",
        "организатор: Музей янтаря",
        "да",
        "мои мероприятия",
        now=NOW,
    )
    assert "🏛" not in out, out
    assert "от имени «Музей янтаря» добавить его нельзя" in out, out
    mine = out.split("Вы: мои мероприятия", 1)[1]
    assert "Лекция о янтаре" in mine, out
    museum = run_console(db, "partner", "/я партнёр Музей янтаря", "мои мероприятия", now=NOW)
    assert "Лекция о янтаре" not in museum, museum
