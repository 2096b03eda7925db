"""chat74 through the console process (`python -m bot console`, piped input), as a partner
types it: a run's last day changed in words, and a reminder request under an open card
(tests/data/chat74.md). The console's clock: Monday 7 December 2026, 10:00."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console_loop import after, console


def test_a_partner_extends_a_run_and_asks_a_reminder_at_a_card(tmp_path: Path) -> None:
    out = console(
        tmp_path / "plan.db",
        "partner",
        "Выставка «Зима» с 7 по 20 декабря в музее, 5 классы",
        "весь день",
        "да",
        "продли выставку до 10 января",
        "да",
        "мои мероприятия",
        "Экскурсия 15 декабря в 15:00 в музей, 9Б",
        "напомни завтра в 9",
        "да",
    )
    card = after(out, "продли выставку до 10 января")
    assert "Изменить последний день «Выставка „Зима“» — 10 января (вс)?" in card, card
    assert "Станет: 7 декабря — 10 января" in card, card
    mine = after(out, "мои мероприятия")
    assert "до 10 января" in mine, mine
    reminder = after(out, "напомни завтра в 9")
    assert "«Экскурсия в музей» ещё не сохранено" in reminder, reminder
    assert "8 декабря" not in reminder, reminder
    saved = out.rsplit("Вы: да\n", 1)[1]  # the last «да»: the excursion as it was
    assert "15 декабря (вт), 15:00" in saved, saved
