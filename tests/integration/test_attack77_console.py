"""attack77 through `python -m bot console` (tests/data/attack77.md): a series' new meeting
asked for at an hour already past today, or years ahead. The clock is frozen on Monday
7 December 2026, 10:00 (Kaliningrad). All sentences are my own."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-07T10:00"
CLUB = "Кружок робототехники каждый вторник в 15:00 с 8 по 29 декабря в каб. 204, 7А"


def _after(out: str, said: str) -> str:
    """The bot's answer to `said` in a console run."""
    return out.split(f"Вы: {said}", 1)[1].split("Вы:", 1)[0]


def test_a_meeting_added_at_an_hour_already_past_today_is_refused(tmp_path: Path) -> None:
    """Was: «добавь ещё занятие сегодня в 8:00» at 10:00 gave the card, «да» saved a meeting
    two hours past and the organiser was asked «Как прошло ваше мероприятие?» at once —
    a typed post «Лекция сегодня в 8:00» is refused as past."""
    db = tmp_path / "plan.db"
    run_console(db, "curator", CLUB, "да", now=NOW)
    said = "добавь ещё занятие сегодня в 8:00"
    out = run_console(db, "curator", said, "да", "мои мероприятия", now=NOW)
    assert "7 декабря (пн), 08:00 уже прошло" in _after(out, said), out
    assert "Сохранено" not in out, out
    assert "Как прошло" not in out, out
    assert "7 декабря (пн)" not in _after(out, "мои мероприятия"), out
    said = "добавь ещё занятие сегодня в 17:00"  # later today is still fine
    out = run_console(db, "curator", said, "да", now=NOW)
    assert "Сохранено ✅ «Кружок робототехники», 7 декабря (пн), 17:00" in out, out


def test_a_meeting_years_ahead_is_not_called_past(tmp_path: Path) -> None:
    """Was: «добавь ещё занятие 20 декабря 2030» → «20 декабря уже прошло» (a day far
    after the series' last meeting was taken for a past day read as next year's)."""
    db = tmp_path / "plan.db"
    run_console(db, "curator", CLUB, "да", now=NOW)
    said = "добавь ещё занятие 20 декабря 2030"
    answer = _after(run_console(db, "curator", said, now=NOW), said)
    assert "уже прошло" not in answer, answer
    assert "20 декабря 2030" in answer, answer
    said = "добавь ещё занятие 1 декабря"  # a past day read as next year's: still past
    answer = _after(run_console(db, "curator", said, now=NOW), said)
    assert "1 декабря уже прошло" in answer, answer


def test_a_partner_cannot_learn_other_partners_names_from_the_refusal(tmp_path: Path) -> None:
    """Was: КГТУ's «организатор лекции — технопарк» → «… передать его другой организации
    (Детский технопарк Кванториум) нельзя»: a partner with no event in the plan found by
    one word and named in full, and a name no partner has answered otherwise («такого
    партнёра у меня нет») — every partner of the school could be listed word by word."""
    db = tmp_path / "plan.db"
    for partner in ("Детский технопарк Кванториум", "Музей янтаря", "Музей Мирового океана"):
        run_console(db, "partner", f"/я партнёр {partner}", "помощь", now=NOW)
    lecture = "Лекция о флоте 18 декабря в 15:00, 9А, ауд. 12"
    run_console(db, "partner", "/я партнёр КГТУ", lecture, "да", now=NOW)
    known, unknown = "организатор лекции — технопарк", "организатор лекции — планетарий"
    out = run_console(db, "partner", "/я партнёр КГТУ", known, unknown, now=NOW)
    assert "Кванториум" not in out.split("Вы: " + known, 1)[1], out
    refused = "передать его другой организации"
    assert refused in _after(out, known), out
    assert refused in _after(out, unknown), out  # the same answer: nothing told apart
    several = "организатор лекции — музей"  # two museums: no question naming them either
    out = run_console(db, "partner", "/я партнёр КГТУ", several, now=NOW)
    assert refused in _after(out, several), out
    assert "янтаря" not in _after(out, several), out
    assert "океана" not in _after(out, several), out
    out = run_console(db, "partner", "/я партнёр КГТУ", "организатор лекции — школа", now=NOW)
    assert "Организатор: КГТУ → Школа" in out, out
