"""One event's days listed each with its own clock are its sessions, not rival starts
(doubts43): «1 марта в 10.30, 2 марта — в 12.00», «22.12 (пн) в 11:00 и 23.12 (вт) в 11:00»,
«в субботу, 16 января, в 14:00 и в воскресенье, 17 января, в 10:00». Each day was offered as
another start (`several_dates`), a needless question; «и 23.12 (вт)» was even read as a
clock of 23:12. Days joined by «а» («…, а 27 декабря в 20:00 состоится бал») or by a bare
«и» with no weekdays («Лекция 21.12 в 13:00 и 22.12 в 16:30», test_plan_rows_walk_k) stay
rivals.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T09:00")


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        (
            "Интерактивную программу «Где блины — тут и мы!» проведут 1 марта в 10.30,"
            " 2 марта — в 12.00.",
            ["2027-03-01T10:30", "2027-03-02T12:00"],
        ),
        (
            "Библиотека приглашает 3-4 классы на новогоднюю программу — 21.12 (пн) в 11:00 и"
            " 22.12 (вт) в 11:00.",
            ["2026-12-21T11:00", "2026-12-22T11:00"],
        ),
        (
            "Первенство города по шахматам пройдёт в субботу, 16 января, в 14:00 и в"
            " воскресенье, 17 января, в 10:00 в школе № 83.",
            ["2027-01-16T14:00", "2027-01-17T10:00"],
        ),
    ],
)
def test_days_each_with_a_clock_are_sessions(text: str, sessions: list[str]) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert got["start"] == sessions[0]
    assert [s["start"] for s in got["sessions"]] == sessions
    assert "several_dates" not in (got["doubts"] or []), got["choices"]


def test_days_joined_by_a_stay_rivals() -> None:
    text = "Новогодняя ёлка для школьников пройдёт 25 декабря в 14:00, а 27 декабря в 20:00."
    got = intent_to_json(parse_message(text, NOW))
    assert got["sessions"] == []
    assert "several_dates" in (got["doubts"] or [])


def test_a_bare_and_without_weekdays_stays_offered() -> None:
    got = intent_to_json(parse_message("Лекция 21.12 в 13:00 и 22.12 в 16:30, 10Б", NOW))
    assert got["choices"] == ["2026-12-21T13:00", "2026-12-22T16:30"]
