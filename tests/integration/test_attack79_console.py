"""attack79 through `python -m bot console` (tests/data/attack79.md): a student telling the
school's partners apart from names it has not got through a file's reply. The clock is
frozen on Monday 7 December 2026, 10:00 (Kaliningrad). All sentences are my own."""

from __future__ import annotations

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
