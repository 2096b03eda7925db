"""chat74: a saved run's last day asked for in words (bot.core.language.run_end_phrases).
Sentences of my own; `now` Tuesday 1 December 2026, 10:00 (school wall clock)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.run_end_phrases import RunEndSaid, run_end_said

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - the school's naive wall clock


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("продли выставку до 10 января", RunEndSaid("выставку", date(2027, 1, 10))),
        ("Продлите, пожалуйста, выставку до 10.01", RunEndSaid("выставку", date(2027, 1, 10))),
        ("Продлите её до 10 января.", RunEndSaid("", date(2027, 1, 10))),
        ("выставка продлится до 10 января", RunEndSaid("выставка", date(2027, 1, 10))),
        (
            "фотовыставка будет работать до 25 декабря",
            RunEndSaid("фотовыставка", date(2026, 12, 25)),
        ),
        ("ярмарка будет открыта до пятницы", RunEndSaid("ярмарка", date(2026, 12, 4))),
        (
            "перенеси окончание выставки рисунков на 10 января",
            RunEndSaid("выставки рисунков", date(2027, 1, 10)),
        ),
        ("измени последний день акции на 15 декабря", RunEndSaid("акции", date(2026, 12, 15))),
    ],
)
def test_a_runs_new_last_day_is_read(text: str, said: RunEndSaid | None) -> None:
    assert run_end_said(text, NOW) == said


@pytest.mark.parametrize(
    "text",
    [
        "перенеси выставку на 10 января",  # a move of the whole run
        "продли выставку до 10 января в 15:00",  # a clock: no last day alone
        "лекция продлится до 17:00",  # an hour, not a day (chat75: an end clock, last None)
        "Выставка продлится до 25 декабря, приглашаем 5 классы",  # more than the request
        "С 7 декабря в музее открыта выставка детского рисунка, она продлится до 25 декабря",
        "продли выставку",  # no day
    ],
)
def test_no_last_day_is_read(text: str) -> None:
    said = run_end_said(text, NOW)
    assert said is None or said.last is None, said
