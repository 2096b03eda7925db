"""Chat lines with slips: a weekday that is today's, typos, digits typed with spaces, impossible
days and times. None of them may silently become a wrong day — above all never today."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.drafts import missing_field
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message
from bot.core.models import EventDraft, EventIntent

TUESDAY = datetime.fromisoformat("2026-12-01T12:00")


def _parse(text: str, now: datetime = TUESDAY) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    ("text", "choices"),
    [
        ("Собрание во вторник в 15:00", ["2026-12-01T15:00", "2026-12-08T15:00"]),
        ("во вт в 16.30 репетиция хора", ["2026-12-01T16:30", "2026-12-08T16:30"]),
        ("Кружок робототехники вторник 18:00", ["2026-12-01T18:00", "2026-12-08T18:00"]),
        ("родительское собрание во вторник", ["2026-12-01", "2026-12-08"]),
        ("Собрание в вторнек в 18:00", ["2026-12-01T18:00", "2026-12-08T18:00"]),
    ],
)
def test_todays_weekday_offers_today_and_a_week_ahead(text: str, choices: list[str]) -> None:
    got = _parse(text)
    assert got["choices"] == choices
    assert "several_dates" in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Педсовет во вторник в 9:00", "2026-12-08T09:00"),  # the hour has passed today
        ("Собрание в следующий вторник в 15:00", "2026-12-08T15:00"),
        ("Собрание в этот вторник в 15:00", "2026-12-01T15:00"),
        ("Собрание в среду в 15:00", "2026-12-02T15:00"),
        ("Собрание 1 декабря во вторник в 15:00", "2026-12-01T15:00"),
    ],
)
def test_a_weekday_that_says_which_is_not_asked(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert "several_dates" not in got["doubts"]  # type: ignore[operator]


def test_a_weekly_repeat_on_todays_weekday_is_not_asked() -> None:
    got = _parse("кружок по вторникам в 15:00")
    assert got["recurrence"] is not None
    assert not set(got["doubts"]) & ASKED  # type: ignore[arg-type]


def _draft(text: str, now: datetime = TUESDAY) -> EventDraft:
    intent = parse_message(text, now)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


@pytest.mark.parametrize(
    "text",
    [
        "Собрание 1 5 декабря в 15:00",  # 5 or 15 December
        "Собрание 1 5.12 в 15:00",
        "Собрание 15.1 2 в 15:00",  # 15 January or 15 December
        "Собрание 15 12 в 15:00",  # a date typed with a space for the dot
        "Собрание 00.12 в 15:00",
        "Собрание 0 декабря в 15:00",
        "Собрание 15.13 в 15:00",  # no 13th month
        "Мероприятие 12.12.2O26 в 10",  # a letter O for the zero
        "Родительское собрание 2 4 декабря в 18:00",
    ],
)
def test_a_slipped_date_is_asked_never_read_as_another_day(text: str) -> None:
    draft = _draft(text)
    assert draft.start is None, draft.start  # in particular never today
    assert missing_field(draft, audience_asked=True) == "date"
    assert "date_typo" in draft.doubts


@pytest.mark.parametrize("text", ["собрание в 1 5:00 завтра", "Кружок завтра в 1o:00"])
def test_a_slipped_clock_time_is_asked(text: str) -> None:
    draft = _draft(text)
    assert missing_field(draft, audience_asked=True) == "time"


@pytest.mark.parametrize(
    "text",
    [
        "Лекция 15 декабря в 25:00",  # no such hour
        "Экскурсия в музей 15.12 в 24:30, 7б",  # half past midnight, or a slip for 14:30?
        "Собрание 16 декабря в 15:75 в актовом зале",  # no such minute
        "Встреча с ветеранами завтра с 26:00",
    ],
)
def test_a_clock_time_that_does_not_exist_is_asked_and_left_out_of_the_title(text: str) -> None:
    draft = _draft(text)
    assert missing_field(draft, audience_asked=True) == "time"
    assert not any(ch.isdigit() for ch in draft.title), draft.title


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Дискотека 15 декабря с 21:00 до 24:00", "2026-12-15T21:00", "2026-12-16T00:00"),
        ("Соревнования 15 декабря в 23:59", "2026-12-15T23:59", None),
        ("Кружок 15.12 в 00:30", "2026-12-15T00:30", None),
    ],
)
def test_real_clock_times_near_midnight_are_read(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"], got["time_known"]) == (start, end, True)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Собрание 15 декабря в 15 00", "2026-12-15T15:00"),
        ("Мероприятие 12.12.26 в 10", "2026-12-12T10:00"),
        ("Олимпиада 5 декабря в 10:00, 9 11 классы", "2026-12-05T10:00"),
        ("Лекция 15.12 в 15.30 в каб. 2.11", "2026-12-15T15:30"),
        ("Турнир 3 на 3 по баскетболу 12 декабря в 15:00", "2026-12-12T15:00"),
        ("Концерт 15.12 в 15:00", "2026-12-15T15:00"),
    ],
)
def test_ordinary_numbers_are_not_slips(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert "date_typo" not in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "start", "written"),
    [
        ("Собрание завтро в 15:00", "2026-12-02T15:00", "завтро"),
        ("собрание зафтра в 15:00", "2026-12-02T15:00", "зафтра"),
        ("Экскурсия послезавтро в 10", "2026-12-03T10:00", "послезавтро"),
        ("Лекция 5 янвря в 12:00", "2027-01-05T12:00", "янвря"),
        ("Встреча 3 фивраля в 14:00", "2027-02-03T14:00", "фивраля"),
        ("кружок в четвеог в 16:00", "2026-12-03T16:00", "четвеог"),
        ("кружок в срееду в 16:00", "2026-12-02T16:00", "срееду"),
        ("Соревнования 9 деабря в 10:00", "2026-12-09T10:00", "деабря"),
        ("Спектакль 12 декбр в 18", "2026-12-12T18:00", "декбр"),
        ("Собрание в понидельник в 18:00", "2026-12-07T18:00", "понидельник"),
    ],
)
def test_a_misspelt_date_word_is_read_and_reported(text: str, start: str, written: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert "date_typo" in got["doubts"]  # type: ignore[operator]
    assert written in [c["written"] for c in got["corrections"]]  # type: ignore[attr-defined, index]


@pytest.mark.parametrize(
    "text",
    [
        "Собрание 32 декабря в 15:00",
        "Собрание 31.11 в 15:00",
        "Собрание 30.02 в 10:00",
        "Собрание 00.12 в 15:00",
        "Собрание 15 12 в 15:00",
        "Собрание 1 5 декабря в 15:00",
        "Кружок 5 мартобря в 15:00",
    ],
)
def test_no_typo_or_impossible_date_becomes_today(text: str) -> None:
    got = _parse(text)
    assert not str(got.get("start") or "").startswith("2026-12-01"), got
    assert set(got["doubts"]) & (ASKED | {"date_typo"})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "choices"),
    [
        ("Встреча 4 декабря (пн) в 15:00", ["2026-12-04T15:00", "2026-12-07T15:00"]),
        ("Собрание 3 декабря, понедельник, в 18:00", ["2026-12-03T18:00", "2026-12-07T18:00"]),
        ("Встреча 10 декабря (пн) в 15:00", ["2026-12-10T15:00", "2026-12-07T15:00"]),
    ],
)
def test_a_weekday_beside_another_days_date_offers_no_past_day(
    text: str, choices: list[str]
) -> None:
    got = _parse(text)
    assert "weekday_mismatch" in got["doubts"]  # type: ignore[operator]
    assert got["choices"] == choices


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        (
            "Ёлка 25 и 26 декабря в 11:00 или в 12:30",
            ["2026-12-25T11:00", "2026-12-25T12:30", "2026-12-26T11:00", "2026-12-26T12:30"],
        ),
        (
            "Экскурсии в музей 8 и 9 декабря в 10:00 и 12:00",
            ["2026-12-08T10:00", "2026-12-08T12:00", "2026-12-09T10:00", "2026-12-09T12:00"],
        ),
        (
            "Мастер-класс 5, 6 и 7 декабря в 11:00 и в 14:00",
            [
                "2026-12-05T11:00",
                "2026-12-05T14:00",
                "2026-12-06T11:00",
                "2026-12-06T14:00",
                "2026-12-07T11:00",
                "2026-12-07T14:00",
            ],
        ),
        (
            "Спектакль 12-13 декабря, показы в 11.00 и в 15.00",
            ["2026-12-12T11:00", "2026-12-12T15:00", "2026-12-13T11:00", "2026-12-13T15:00"],
        ),
    ],
)
def test_each_time_is_offered_on_each_listed_day(text: str, sessions: list[str]) -> None:
    got = _parse(text)
    assert [s["start"] for s in got["sessions"]] == sessions  # type: ignore[attr-defined]
    assert got["start"] == sessions[0]
    assert got["recurrence"] is None  # the sessions are the days, not a daily repeat too


def test_a_long_daily_range_with_two_times_stays_a_daily_repeat() -> None:
    got = _parse("Выставка с 5 по 25 декабря, экскурсии в 11:00 и 15:00")
    assert got["recurrence"] == {"freq": "daily", "until": "2026-12-25"}
