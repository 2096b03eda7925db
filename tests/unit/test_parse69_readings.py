"""Readings left by parse67, chat66 and fresh67 (tests/data/parse69.md), each checked on
sentences of our own, never a tuned post's words."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.models import EventIntent
from bot.core.run_ends import run_end, run_last_day
from bot.exports.ics import plan_to_ics
from bot.exports.samples import demo_week
from bot.render import Renderer

TODAY = "2026-12-01T10:00"  # a Tuesday


def _wall(stamp: str) -> datetime:
    """A naive school wall-clock moment, as the parser and the drafts hold them."""
    return datetime.fromisoformat(stamp)


def _parse(text: str, now: str = TODAY) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# 1. a run begun before today and going on past it is the span of its days, not a day gone:
# the first day as written (or today when the message names none), no question «уже прошло»
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("30 ноября открылась выставка. Она продлится до 20 декабря.", "2026-11-30"),
        ("Выставка керамики открылась 20 ноября. Она работает до 20 декабря.", "2026-11-20"),
        ("Конкурс чтецов стартовал 25 ноября, он продлится до 20 декабря.", "2026-11-25"),
        ("Ярмарка работает с 20 ноября по 20 декабря.", "2026-11-20"),
        ("Вчера открылась выставка детского рисунка. Она продлится до 20 декабря.", "2026-12-01"),
        ("Позавчера в библиотеке стартовала акция. Продлится она до 20 декабря.", "2026-12-01"),
    ],
)
def test_a_run_begun_and_going_on_is_its_span(text: str, start: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, "2026-12-20"), got
    assert got["doubts"] == ["running"], got


# what the reading leaves alone: a run ahead, a run over, a day gone with no end
@pytest.mark.parametrize(
    ("text", "start", "end", "doubts"),
    [
        ("Выставка откроется 5 декабря и продлится до 20 декабря.", "2026-12-05", "2026-12-20", []),
        ("Ярмарка работала с 10 по 20 ноября.", "2026-11-10", "2026-11-20", ["past"]),
        ("30 ноября прошёл концерт хора.", "2026-11-30", None, ["past"]),
    ],
)
def test_the_running_reading_leaves_alone(
    text: str, start: str, end: str | None, doubts: list[str]
) -> None:
    got = _parse(text)
    assert (got["start"], got["end"], got["doubts"]) == (start, end, doubts), got


# 3. one event told over days in a row is its span of days, whether two days («12 и 13», read
# so before), three («12, 13 и 14») or a range and the day after it; days apart stay sessions,
# two events on two days stay asked
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Праздник двора пройдёт 12 и 13 декабря.", "2026-12-12", "2026-12-13"),
        ("Праздник двора пройдёт 12, 13 и 14 декабря.", "2026-12-12", "2026-12-14"),
        (
            "Слёт отрядов пройдёт в пятницу, субботу и воскресенье, 11, 12 и 13 декабря.",
            "2026-12-11",
            "2026-12-13",
        ),
        ("Каток будет работать 30, 31 декабря и 1 января.", "2026-12-30", "2027-01-01"),
        ("Сборы пройдут с 10 по 12 декабря и 13 декабря.", "2026-12-10", "2026-12-13"),
        ("Ярмарка пройдёт в субботу и воскресенье, 12–13 декабря.", "2026-12-12", "2026-12-13"),
    ],
)
def test_one_event_on_days_in_a_row_is_their_span(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"], got["sessions"]) == (start, end, []), got


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        ("Праздник двора пройдёт 12, 14 и 16 декабря.", 3),
        ("Мастер-классы пройдут 12, 13 и 14 декабря в 15:00.", 3),
        # a plural kind tells several events, one a day
        ("Органные концерты пройдут три вечера подряд: 12, 13 и 14 декабря.", 3),
    ],
)
def test_days_apart_or_at_a_clock_stay_sessions(text: str, sessions: int) -> None:
    got = _parse(text)
    assert len(got["sessions"] or []) == sessions, got


def test_two_events_on_two_days_stay_two() -> None:
    got = _parse("12 декабря пройдёт концерт хора, 13 декабря — спектакль театра.")
    assert got["end"] is None, got
    assert "several_dates" in got["doubts"], got


# 2. a clocked start with an end that names a day only: one run from the start to the end of
# that day (run_ends: a timed draft whose end is the midnight after its last day), read out
# as the day; a span written as days at a clock stays a daily repeat, hours keep their end
@pytest.mark.parametrize(
    "text",
    [
        "С 10:00 5 декабря до 7 декабря в музее пройдёт выставка.",
        "5 декабря в 10:00 откроется выставка. Она продлится до 7 декабря.",
        "Выставка откроется 5 декабря в 10:00 и будет работать до 7 декабря.",
    ],
)
def test_a_clocked_start_with_a_day_only_end_is_one_run(text: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"], got["recurrence"]) == (
        "2026-12-05T10:00",
        "2026-12-07",
        None,
    ), got
    intent = parse_message(text, datetime.fromisoformat(TODAY))
    assert isinstance(intent, EventIntent)
    assert intent.draft.end == _wall("2026-12-08T00:00")  # the midnight after the last day
    assert not intent.draft.all_day


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Ярмарка пройдёт 12–13 декабря в 10:00.", None),
        ("Ярмарка пройдёт с 12 по 13 декабря с 10 до 14.", "2026-12-12T14:00"),
    ],
)
def test_days_at_a_clock_stay_a_daily_repeat(text: str, end: str | None) -> None:
    got = _parse(text)
    assert got["recurrence"] == {"freq": "daily", "until": "2026-12-13"}, got
    assert got["end"] == end, got


def test_a_run_end_names_its_last_day() -> None:
    start = _wall("2026-12-05T10:00")
    assert run_last_day(start, run_end(date(2026, 12, 7))) == date(2026, 12, 7)
    assert run_last_day(start, _wall("2026-12-06T00:00")) is None  # 10:00–00:00, one evening on
    assert run_last_day(start, _wall("2026-12-07T18:00")) is None  # an end with its clock
    assert run_last_day(_wall("2026-12-05T00:00"), _wall("2026-12-08T00:00")) is None  # all day


def test_a_run_is_shown_to_its_last_day_without_a_clock() -> None:
    run = {"start": _wall("2026-12-05T10:00"), "end": _wall("2026-12-08T00:00"), "all_day": False}
    assert Renderer().when(run) == "5 декабря (сб), 10:00 — 7 декабря (пн)"


def test_a_run_in_icalendar_ends_with_a_date_time_like_its_start() -> None:
    """RFC 5545 §3.8.2.2: DTEND's value type is DTSTART's; a DATE DTEND beside a DATE-TIME
    DTSTART is invalid, so the run ends at the local midnight after its last day."""
    tz = ZoneInfo("Europe/Kaliningrad")
    rows = demo_week(tz, date(2026, 12, 7)).rows()
    first = rows[0]
    start = datetime(2026, 12, 5, 10, tzinfo=tz)
    event = replace(first.event, start=start, end=datetime(2026, 12, 8, tzinfo=tz), all_day=False)
    feed = plan_to_ics([replace(first, event=event)], tz, "План", generated_at=datetime.now(UTC))
    [ve] = Calendar.from_ical(feed).walk("VEVENT")
    assert ve["dtstart"].dt == start
    assert ve["dtend"].dt == datetime(2026, 12, 8, tzinfo=tz)
    assert "DTEND;TZID=Europe/Kaliningrad:20261208T000000" in feed.decode()


@pytest.mark.parametrize(
    "text",
    [
        "Кружок рисования каждый день в 15:00 до 20 декабря.",
        "Ежедневно в 15:00 до 20 декабря — зарядка.",
    ],
)
def test_a_repeat_told_daily_stays_daily(text: str) -> None:
    got = _parse(text)
    assert got["recurrence"] == {"freq": "daily", "until": "2026-12-20"}, got
