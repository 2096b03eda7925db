"""A weekly repeat on one weekday opened by a date on another weekday. «Секция по субботам с 9
декабря в 11:00» (9 December 2026 is a Wednesday) was saved as a weekly series on Wednesdays
from the 9th, the Saturdays said nowhere: its first meeting is the first Saturday on or after
the opening date, as for a repeat on several weekdays (series82). A date in the repeat's
sentence that is not written as its opening («первое занятие 9 декабря») contradicts the
weekday: one of them is a slip, so the bot asks (`weekday_mismatch`) and offers both days.
Sentences written for this test; `now` is the school's wall clock."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

TUESDAY_1_DECEMBER = datetime.fromisoformat("2026-12-01T10:00")


def _read(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, TUESDAY_1_DECEMBER))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Секция по субботам с 9 декабря в 11:00", "2026-12-12T11:00"),
        ("Кружок каждый вторник, начиная с 9 декабря, в 15:00", "2026-12-15T15:00"),
        ("Занятия клуба по пятницам со 2 декабря в 17:30", "2026-12-04T17:30"),
        ("С 10 декабря по понедельникам в 16:00 — курсы черчения", "2026-12-14T16:00"),
    ],
)
def test_an_opening_date_moves_to_the_repeat_weekday(text: str, start: str) -> None:
    found = _read(text)
    assert found["start"] == start
    assert found["recurrence"] is not None
    assert "weekday_mismatch" not in found["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "Кружок по средам с 9 декабря в 15:00",  # the 9th is a Wednesday
        "Каждую среду, 9 декабря и далее, в 15:00 — хор",
    ],
)
def test_an_opening_date_on_the_weekday_stays(text: str) -> None:
    found = _read(text)
    assert found["start"] == "2026-12-09T15:00"
    assert not found["doubts"]


@pytest.mark.parametrize(
    "text",
    [
        "Кружок по вторникам, первое занятие 9 декабря в 15:00",
        "По четвергам в 16:00 занятия студии, первая встреча 14 декабря",
    ],
)
def test_a_date_against_the_weekday_is_asked_with_both_days(text: str) -> None:
    found = _read(text)
    assert "weekday_mismatch" in found["doubts"]  # type: ignore[operator]
    parse = parse_message(text, TUESDAY_1_DECEMBER)
    draft = getattr(parse, "draft", None)
    assert draft is not None
    assert len(draft.choices) == 2
    weekdays = {choice.weekday() for choice in draft.choices}
    assert len(weekdays) == 2  # the date's own weekday and the repeat's
