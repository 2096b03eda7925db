"""Readings left by parse69 and fresh69 (tests/data/parse70.md), each checked on sentences of
our own, never a tuned post's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core import drafts
from bot.core.language.intents import parse_message
from bot.core.models import EventDraft

TODAY = "2026-12-01T10:00"  # a Tuesday


def _parse(text: str, now: str = TODAY) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# 3. a plan file's row of a span of days begun before today and still going on is `running`,
# as the chat reads it; a span over by today and a single day gone stay `past`
@pytest.mark.parametrize(
    ("start", "end", "doubt"),
    [
        ("2026-11-25", "2026-12-20", "running"),
        ("2026-11-25", "2026-12-01", "running"),
        ("2026-11-20", "2026-11-30", "past"),
        ("2026-11-25", None, "past"),
    ],
)
def test_plan_row_of_a_running_span(start: str, end: str | None, doubt: str) -> None:
    row = EventDraft(
        title="Выставка рисунков",
        start=datetime.fromisoformat(start),
        end=datetime.fromisoformat(end) if end else None,
        all_day=True,
    )
    found = drafts.with_timing_doubts(row, datetime.fromisoformat(TODAY)).doubts
    assert doubt in found
    assert {"running", "past"} - {doubt} - set(found) == {"running", "past"} - {doubt}


# 1. a span of days and one clock named as the event's beginning («начало», «открытие»,
# «старт»): one run from that clock on the first day to the end of the last day
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "С 14 по 16 декабря в школе пройдёт неделя науки, начало в 15:30.",
            "2026-12-14T15:30",
            "2026-12-16",
        ),
        (
            "Соревнования среди школ пройдут 12-13 декабря. Начало в 14.00.",
            "2026-12-12T14:00",
            "2026-12-13",
        ),
        (
            "Фестиваль пройдёт 12 и 13 декабря. Открытие фестиваля состоится 12 декабря в 11:00.",
            "2026-12-12T11:00",
            "2026-12-13",
        ),
        (
            "Слёт юных инспекторов движения продлится с 8 по 10 декабря. Старт в 9:30.",
            "2026-12-08T09:30",
            "2026-12-10",
        ),
        (
            "Первенство области по волейболу откроют 14 декабря в 17:30. Соревнования продлятся"
            " до 18 декабря.",
            "2026-12-14T17:30",
            "2026-12-18",
        ),
        (
            "Первенство по шашкам пройдёт 14-18 декабря. Начало игр в 10:00.",
            "2026-12-14T10:00",
            "2026-12-18",
        ),
    ],
)
def test_opening_clock_over_days_is_one_run(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"], got["recurrence"]) == (start, end, None)
    assert not {"span_cut", "several_dates"} & set(got["doubts"])  # type: ignore[arg-type]


# …while a clock of every day stays a daily repeat: told («ежедневно», «каждый день»), hours
# with an end («с 10 до 18»), a bare «в 10:00» beside the days, a place opening every day
# (imperfective «открывается»), or many things beginning («матчи начнутся»)
@pytest.mark.parametrize(
    "text",
    [
        "Выставка будет работать с 14 по 20 декабря, начало ежедневно в 10:00.",
        "Ярмарка откроется 12–13 декабря, каждый день начало в 10:00.",
        # a week's exhibition «каждый день с 10 до 18» is one run since parse74
        "Кружок открыт с 14 по 20 декабря, каждый день с 10 до 18.",
        "Ярмарка 12–13 декабря в 10:00.",
        "Выставка пройдёт с 14 по 20 декабря, открывается в 10:00.",
        "С 14 по 16 декабря пройдут игры первенства района. Матчи начнутся в 12 часов.",
        "Ярмарка 12–13 декабря с 10 до 14.",
    ],
)
def test_clock_of_every_day_stays_a_repeat(text: str) -> None:
    got = _parse(text)
    assert got["recurrence"] is not None
    assert got["recurrence"]["freq"] == "daily"  # type: ignore[index]


# 2. a span's end written in a sentence of its own («Турнир продлится до 18 декабря»), with or
# without a start clock in a third sentence: the end of the run
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "14 декабря стартует первенство района по шашкам. Турнир продлится до 18 декабря.",
            "2026-12-14",
            "2026-12-18",
        ),
        (
            "14 декабря откроется выставка детского рисунка, которая продлится до 20 декабря.",
            "2026-12-14",
            "2026-12-20",
        ),
        (
            "В понедельник, 14 декабря, стартует первенство района по шашкам. Турнир будет"
            " проходить до 18 декабря. Начало игр в 10:00.",
            "2026-12-14T10:00",
            "2026-12-18",
        ),
        (
            "14 декабря стартует первенство района по шашкам. Турнир продлится до 18 декабря."
            " Начало в 11:00.",
            "2026-12-14T11:00",
            "2026-12-18",
        ),
    ],
)
def test_end_in_a_sentence_of_its_own(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"], got["recurrence"]) == (start, end, None)
    assert not {"span_cut", "several_dates"} & set(got["doubts"])  # type: ignore[arg-type]


# …but two events on two days, the later one not a bound, stay two dates asked
def test_two_days_of_two_events_stay_asked() -> None:
    got = _parse("14 декабря пройдёт концерт хора. 18 декабря состоится спектакль.")
    assert "several_dates" in got["doubts"]  # type: ignore[operator]


# …while one day of a campaign that goes on to a later day («Акция продлится до 25 декабря»),
# told with no verb of beginning, keeps its one day at its clock (asked against the span)
def test_one_day_of_a_campaign_going_on_is_no_run() -> None:
    got = _parse(
        "20 декабря школьники посадят деревья в сквере у школы. Начало в 10:00. Акция"
        " продлится до 25 декабря."
    )
    assert (got["start"], got["end"]) == ("2026-12-20T10:00", None)
