"""chat78 through the console process (`python -m bot console`, piped input), as a teacher,
a curator or a student types it (tests/data/chat78.md): «Ещё одна» out of a new event's
title. The console's clock: Monday 7 December 2026, 10:00. Sentences mine."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console_loop import after, console


def test_a_new_event_opening_with_one_more_keeps_no_more_in_its_title(tmp_path: Path) -> None:
    """«Ещё одна встреча с ветераном …» (a meeting «с …», no series' meeting) was read by the
    post parser with «Ещё одна» in its title."""
    veteran = "Ещё одна встреча с ветераном 20 декабря в 12:00 в актовом зале, 9А"
    lecture = "ещё одна лекция о космосе 18 декабря в 15:00 каб. 21, 9Б"
    clay = "Ещё один интересный мастер-класс по керамике 19 декабря в 14:00 в каб. 12, 7А"
    evening = "Ещё не вечер 19 декабря в 18:00 в актовом зале, 7А"
    out = console(
        tmp_path / "plan.db", "curator", veteran, "нет", lecture, "нет", clay, "нет", evening
    )
    assert "📌 Встреча с ветераном\n" in after(out, veteran), after(out, veteran)
    assert "📌 Лекция о космосе\n" in after(out, lecture), after(out, lecture)
    assert "📌 Интересный мастер-класс по керамике\n" in after(out, clay), after(out, clay)
    assert "📌 Ещё не вечер\n" in after(out, evening), after(out, evening)  # no event noun
