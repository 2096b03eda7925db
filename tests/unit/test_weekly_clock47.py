"""A one-off event whose only clock is a weekly schedule's («По средам и субботам в 15:00 …»)
in another sentence than the event's: the hour of a repeated programme, of a desk's working
days, not the event's start. The bot asks the time (the doubt `weekly_time`) instead of
saving that clock silently (starts47)."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message

NOW = "2026-12-05T10:00"


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, datetime.fromisoformat(NOW)))


EXHIBITION = (
    "Библиотека покажет работы юных фотографов\n\n"
    "16 декабря в читальном зале центральной библиотеки откроется выставка фотостудии «Кадр», "
    "рассказала заведующая отделом.\n\n"
    "Около сорока снимков будут экспонироваться до конца января.\n\n"
    "По средам и субботам в 15:00 авторы снимков будут проводить экскурсии и мастер-классы."
)

DROP_OFF = (
    "Школьники собирают книги для сельских библиотек\n\n"
    "Совет старшеклассников с 14 по 25 декабря проводит акцию «Книга в подарок».\n\n"
    "Книги в хорошем состоянии можно приносить по будням в кабинет 12 с 8:30 до 15:00.\n\n"
    "Собранные книги волонтёры отвезут в библиотеки района после каникул."
)

CLUB = (
    "В доме творчества открывается кружок робототехники\n\n"
    "Занятия кружка начнутся 12 января и будут проходить по вторникам и четвергам в 16:00 "
    "в кабинете информатики.\n\n"
    "Приглашаются ученики 5–8 классов, запись у педагога."
)

OWN_CLOCK = (
    "Библиотека покажет работы юных фотографов\n\n"
    "16 декабря в 17:00 в читальном зале центральной библиотеки откроется выставка фотостудии "
    "«Кадр».\n\n"
    "Около сорока снимков будут экспонироваться до конца января.\n\n"
    "По средам и субботам в 15:00 авторы снимков будут проводить экскурсии."
)


def test_a_weekly_programmes_clock_is_asked() -> None:
    got = _parse(EXHIBITION)
    assert got["start"] == "2026-12-16T15:00"  # 16 December 2026 is a Wednesday
    assert "weekly_time" in got["doubts"]
    assert "weekly_time" in ASKED


def test_a_desks_working_days_clock_is_not_kept() -> None:
    """The action's days, all day: the desk's «с 8:30» is never the span's start, and a span
    with no clock of its own has no time to ask (pinned by fixparse47)."""
    got = _parse(DROP_OFF)
    assert (got["start"], got["end"], got["all_day"]) == ("2026-12-14", "2026-12-25", True)
    assert "weekly_time" not in (got["doubts"] or [])


def test_the_events_own_weekly_clock_is_not_asked() -> None:
    got = _parse(CLUB)
    assert got["start"] == "2027-01-12T16:00"
    assert "weekly_time" not in (got["doubts"] or [])


def test_a_clock_of_the_events_own_sentence_is_not_asked() -> None:
    got = _parse(OWN_CLOCK)
    assert got["start"] == "2026-12-16T17:00"
    assert "weekly_time" not in (got["doubts"] or [])


def test_a_schedule_leaving_out_the_events_weekday_gives_no_clock() -> None:
    """15 December 2026 is a Tuesday: «по средам и субботам в 15:00» is never that day's."""
    got = _parse(EXHIBITION.replace("16 декабря", "15 декабря"))
    assert (got["start"], got["end"], got["all_day"]) == ("2026-12-15", None, True)
    assert "weekly_time" not in (got["doubts"] or [])
