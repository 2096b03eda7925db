"""attack79 through `python -m bot console` (tests/data/attack79.md): a student telling the
school's partners apart from names it has not got through a file's reply. The clock is
frozen on Monday 7 December 2026, 10:00 (Kaliningrad). All sentences are my own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-07T10:00"


def _after(out: str, said: str) -> str:
    """The bot's answer to the last `said` in a console run."""
    return out.rsplit(f"Вы: {said}", 1)[1].split("Вы:", 1)[0]


def test_a_students_file_request_names_no_partner_without_a_shown_event(tmp_path: Path) -> None:
    """Was: a 7А student's «план КГТУ в excel» → «… в плане нет мероприятий у КГТУ для 7А —
    пустой файл не отправляю» while «план БФУ в excel» → «Не нашёл организатора «БФУ»»: any
    guessed name told whether the school has such a partner (attack78 closed it for
    questions, organiser78 for a name fitting several partners; one exact name was left)."""
    db = tmp_path / "plan.db"
    run_console(db, "partner", "/я партнёр КГТУ", "помощь", now=NOW)  # no event at all
    run_console(db, "curator", "Лекция о космосе 16 декабря в 15:00, 7А, ауд. 12", "да", now=NOW)
    asked = ("план КГТУ в excel", "план КГТУ в pdf", "план БФУ в excel", "план БФУ в pdf")
    out = run_console(db, "student", "/я студент 7А", *asked, now=NOW)
    for fmt in ("excel", "pdf"):
        known, unknown = _after(out, f"план КГТУ в {fmt}"), _after(out, f"план БФУ в {fmt}")
        assert "Не нашёл организатора «КГТУ»" in known, out
        assert known.replace("КГТУ", "БФУ") == unknown, out
    # КГТУ's own representative still gets its (empty) file's answer, and so does the curator
    said = "план КГТУ в excel"
    for role, who in (("partner", "/я партнёр КГТУ"), ("curator", "/я куратор")):
        answer = _after(run_console(db, role, who, said, now=NOW), said)
        assert "нет мероприятий у КГТУ" in answer or "Файл сохранён" in answer, answer
    # once the plan shows 7А an event of КГТУ's, the student may ask for its file
    post = "КГТУ приглашает 7А на лекцию о мостах 17 декабря в 15:00, ауд. 12"
    run_console(db, "curator", post, "да", now=NOW)
    said = "план КГТУ в excel"
    answer = _after(run_console(db, "student", "/я студент 7А", said, now=NOW), said)
    assert "Файл сохранён" in answer, answer


def test_a_series_passes_forty_meetings_by_no_two_open_cards(tmp_path: Path) -> None:
    """Was: the 40-meeting limit (attack78) was checked when the card opened only. The
    teacher's daily club had 39 meetings ahead; the teacher's «добавь ещё занятие …» card
    opened, the curator added a 40th meanwhile, and the teacher's «да» saved a 41st —
    every open card one more, however many ahead the series already had."""
    db = tmp_path / "plan.db"
    daily = "Шахматный клуб каждый день в 15:00 с 7 декабря, каб. 205, 7А"
    saved = run_console(db, "staff", daily, "да", now="2026-12-07T10:00")
    assert "40 встреч" in saved, saved
    later = "2026-12-07T16:00"  # today's meeting is over: 39 ahead
    card = run_console(db, "staff", "добавь ещё занятие шахматного клуба 17 января", now=later)
    assert "Сохранено" not in card, card
    curator = run_console(
        db, "curator", "добавь ещё занятие шахматного клуба 18 января", "да", now=later
    )
    assert "Сохранено" in curator, curator
    out = run_console(db, "staff", "да", now=later)
    assert "Сохранено" not in _after(out, "да"), out
    assert "40 предстоящих встреч" in _after(out, "да"), out
    with sqlite3.connect(db) as conn:
        [[live]] = conn.execute(
            "SELECT COUNT(*) FROM events WHERE title = 'Шахматный клуб' AND status != 'cancelled'"
        ).fetchall()
    assert live == 41, live  # 7 December's, past, and 40 ahead
