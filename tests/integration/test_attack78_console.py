"""attack78 through `python -m bot console` (tests/data/attack78.md): a series' added meeting
confirmed after the series changed under its open card, and a student's question about a
partner by one word. The clock is frozen on Monday 7 December 2026, 10:00 (Kaliningrad).
All sentences are my own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.integration.test_console import run_console

NOW = "2026-12-07T10:00"
CHESS = "Кружок шахмат каждый четверг в 15:00 с 10 по 24 декабря в каб. 205, 7А"


def _after(out: str, said: str) -> str:
    """The bot's answer to the last `said` in a console run."""
    return out.rsplit(f"Вы: {said}", 1)[1].split("Вы:", 1)[0]


def _meetings(db: Path) -> list[tuple[str, str, str]]:
    """(start, status, organiser's name) of every stored «Кружок шахмат» meeting."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT e.starts_at, e.status, o.name FROM events e"
            " JOIN organisations o ON o.id = e.organisation_id"
            " WHERE e.title = 'Кружок шахмат' ORDER BY e.starts_at"
        ).fetchall()
    return [(str(a), str(b), str(c)) for a, b, c in rows]


def test_a_meeting_confirmed_after_its_series_was_cancelled_is_not_saved(tmp_path: Path) -> None:
    """Was: a teacher's «добавь ещё занятие 30 декабря» card stayed open while the curator
    cancelled the whole series; the teacher's «да» then saved «Сохранено ✅ «Кружок
    шахмат», 30 декабря» — one meeting of a cancelled series back in the plan, waiting
    for the curator who had just cancelled it."""
    db = tmp_path / "plan.db"
    run_console(db, "staff", CHESS, "да", now=NOW)
    run_console(db, "staff", "добавь ещё занятие 30 декабря", now=NOW)
    run_console(db, "curator", "отмени кружок шахмат", "отмени 1", "всю серию", "да", now=NOW)
    out = run_console(db, "staff", "да", "мои мероприятия", now=NOW)
    assert "Сохранено" not in out, out
    assert "отменили" in _after(out, "да"), out
    assert all(status == "cancelled" for _, status, _ in _meetings(db)), _meetings(db)
    assert "30 декабря" not in _after(out, "мои мероприятия"), out


def test_a_meeting_confirmed_after_its_series_changed_organiser_is_the_new_ones(
    tmp_path: Path,
) -> None:
    """Was: the curator gave the whole series to КГТУ while the teacher's card of an added
    meeting was open; the teacher's «да» filed the new meeting under the school — one
    series, two organisers (КГТУ got no reminder of that meeting, the school's list showed
    it as its own). attack78 then filed it under КГТУ; since perms79 a teacher adds no
    meeting to a series given to a partner (permissions.can_extend_series: КГТУ or the
    curator does), so the open card's «да» adds nothing and says to whom it was given —
    the series still has one organiser, КГТУ."""
    db = tmp_path / "plan.db"
    run_console(db, "partner", "/я партнёр КГТУ", "помощь", now=NOW)
    run_console(db, "staff", CHESS, "да", now=NOW)
    run_console(db, "staff", "добавь ещё занятие 30 декабря", now=NOW)
    # since chat77 «кружка» is read as the club: the series question comes at once
    given = ("организатор кружка шахмат — КГТУ", "всю серию", "да")
    assert "Изменено ✅" in run_console(db, "curator", *given, now=NOW)
    out = run_console(db, "staff", "да", now=NOW)
    assert "Сохранено" not in out, out
    assert "передали организатору «КГТУ» — новую встречу я не добавил" in out, out
    assert len(_meetings(db)) == 3, _meetings(db)
    organisers = {name for _, status, name in _meetings(db) if status != "cancelled"}
    assert organisers == {"КГТУ"}, _meetings(db)


def test_a_student_learns_no_partner_name_from_one_word(tmp_path: Path) -> None:
    """Was: a student's «что у технопарка?» → «… у организатора «Детский технопарк
    Кванториум» мероприятий нет»: a partner with no event the student can see, found by
    one word and named in full, while a word no partner has got «Не нашёл организатора» —
    any word told which partners the school has and their full names (attack77 closed it
    for several partners fitting a word and for a partner's organiser change, not for one)."""
    db = tmp_path / "plan.db"
    run_console(db, "partner", "/я партнёр Детский технопарк Кванториум", "помощь", now=NOW)
    lecture = "Лекция о космосе 16 декабря в 15:00, 7А, ауд. 12"
    run_console(db, "curator", lecture, "да", now=NOW)
    known, unknown = "что у технопарка?", "что у планетария?"
    out = run_console(db, "student", "/я студент 7А", known, unknown, now=NOW)
    assert "Кванториум" not in out, out
    assert _after(out, known).replace("технопарка", "планетария") == _after(out, unknown), out
    run_console(db, "partner", "/я партнёр КГТУ", "помощь", now=NOW)  # no event either
    known, unknown = "что у КГТУ в декабре?", "что у БФУ в декабре?"
    out = run_console(db, "student", "/я студент 7А", known, unknown, now=NOW)
    assert "Не нашёл организатора «КГТУ»" in _after(out, known), out
    assert "Не нашёл организатора «БФУ»" in _after(out, unknown), out
    known = "что у технопарка?"
    # an event of the partner's the plan shows 7А: the student may ask by its organiser
    post = (
        "Детский технопарк Кванториум приглашает 7А на мастер-класс по роботам"
        " 17 декабря в 15:00, ауд. 12"
    )
    run_console(db, "curator", post, "да", now=NOW)
    out = run_console(db, "student", "/я студент 7А", known, now=NOW)
    assert "астер-класс по роботам" in _after(out, known), out


def test_a_series_takes_no_more_meetings_than_a_series_may_have(tmp_path: Path) -> None:
    """Was: «добавь ещё занятие» had no bound — a series saved with the most meetings a
    series may have (drafts.MAX_OCCURRENCES, 40: «каждый день» stops there) took a 41st, a
    42nd … one card each, so one «отмени кружок, всю серию» or «на все встречи» reached
    hundreds. A day before the series' first meeting was called «5-й встречей серии»."""
    db = tmp_path / "plan.db"
    daily = "Шахматный клуб каждый день в 15:00 с 8 декабря, каб. 205, 7А"
    saved = run_console(db, "curator", daily, "да", now=NOW)
    assert "40 встреч" in saved, saved
    said = "добавь ещё занятие шахматного клуба 20 января"
    out = run_console(db, "curator", said, "да", now=NOW)
    assert "Сохранено" not in out, out
    assert "40 предстоящих встреч" in _after(out, said), out
    db = tmp_path / "club.db"
    run_console(db, "curator", CHESS, "да", now=NOW)
    said = "добавь ещё занятие сегодня в 17:00"  # before the series' first meeting
    answer = _after(run_console(db, "curator", said, now=NOW), said)
    assert "станет 1-й встречей серии" in answer, answer
