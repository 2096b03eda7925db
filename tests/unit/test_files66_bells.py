"""files66: the school's bell schedule (each lesson's clock) — the chat/file setting, its
storage in the calendar's JSON (an old setting without it still reads) and the clock a
lesson phrase names («после 6 урока», «на 3 уроке»)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from bot.cli_school_year import read_settings
from bot.core.bells import lesson_clock_of
from bot.core.drafts import at_bells
from bot.core.language.intents import parse_message
from bot.core.language.school_year import BellsSetting, SchoolYearBatch, parse_school_year
from bot.core.models import EventDraft, EventIntent
from bot.core.school_calendar import SchoolCalendar, calendar_from_json, calendar_to_json
from bot.core.school_settings import apply_request

TODAY = date(2026, 12, 1)
NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time
BELLS = (
    (time(8, 0), time(8, 45)),
    (time(8, 55), time(9, 40)),
    (time(10, 0), time(10, 45)),
    (time(11, 5), time(11, 50)),
    (time(12, 0), time(12, 45)),
    (time(12, 55), time(13, 40)),
    (time(13, 50), time(14, 35)),
)


@pytest.mark.parametrize(
    "text",
    [
        "звонки: 8:00-8:45, 8:55-9:40, 10:00-10:45",
        "Расписание звонков: 1 урок 8:00–8:45; 2 урок 8:55–9:40; 3 урок 10:00–10:45",
        "звонки 1) 8.00-8.45 2) 8.55-9.40 3) 10.00-10.45",
        "расписание звонков: 8:00 – 8:45, 8:55 – 9:40, 10:00 – 10:45.",
    ],
)
def test_a_bell_schedule_is_read_from_one_line(text: str) -> None:
    assert parse_school_year(text, TODAY) == BellsSetting(BELLS[:3])


def test_a_bell_schedule_is_read_line_by_line() -> None:
    text = "Расписание звонков:\n1 урок 8:00-8:45\n2 урок 8:55-9:40\n3 урок 10:00-10:45"
    assert parse_school_year(text, TODAY) == BellsSetting(BELLS[:3])


@pytest.mark.parametrize(
    "text",
    [
        "звонки: 8:45-8:00, 8:55-9:40",  # a lesson ending before it starts
        "звонки: 8:00-8:45, 8:30-9:15",  # lessons overlapping
        "звонки: 8:00-8:45",  # one lesson is no schedule
        "звонки в 8:00",
    ],
)
def test_a_wrong_bell_schedule_is_not_taken(text: str) -> None:
    found = parse_school_year(text, TODAY)
    assert not isinstance(found, BellsSetting | SchoolYearBatch), found


def test_the_setting_is_stored_and_an_old_calendar_still_reads() -> None:
    calendar, context = apply_request(SchoolCalendar(), BellsSetting(BELLS))
    assert calendar.bells == BELLS
    assert context["change"] == "bells"
    assert calendar_from_json(calendar_to_json(calendar)) == calendar
    old = calendar_to_json(SchoolCalendar())
    old.pop("bells")  # a calendar saved before files66
    assert calendar_from_json(old).bells == ()


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("после 6 урока", time(13, 40), None),
        ("после шестого урока", time(13, 40), None),
        ("на 3 уроке", time(10, 0), time(10, 45)),
        ("3 урок", time(10, 0), time(10, 45)),
        ("на 3-м уроке", time(10, 0), time(10, 45)),
        ("во время 2 урока", time(8, 55), time(9, 40)),
        ("с 5 урока", time(12, 0), None),
        ("на 2-3 уроках", time(8, 55), time(10, 45)),
        ("5, 6 урок", time(12, 0), time(13, 40)),
    ],
)
def test_a_lesson_phrase_names_a_clock(text: str, start: time, end: time | None) -> None:
    assert lesson_clock_of(text, BELLS) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "после 9 урока",  # no ninth lesson in the schedule
        "до 9 урока",  # files69: before a lesson is the break before it, when it is one
        "после уроков",  # the lessons' end per grade (lesson hours), not the bells
        "в 15:00",
    ],
)
def test_a_lesson_phrase_with_no_clock_is_none(text: str) -> None:
    assert lesson_clock_of(text, BELLS) is None


def test_no_schedule_no_clock() -> None:
    assert lesson_clock_of("после 6 урока", ()) is None


def _chat(text: str) -> EventDraft:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    return intent.draft


def test_a_chat_draft_is_timed_by_its_one_lesson() -> None:
    calendar = SchoolCalendar(bells=BELLS)
    timed = at_bells(_chat("Классный час 14 декабря после 6 урока, 8б"), None, calendar)
    assert (timed.start, timed.all_day, timed.doubts) == (
        NOW.replace(day=14, hour=13, minute=40),
        False,
        (),
    )


def test_a_chat_draft_with_its_own_clock_keeps_it_unasked() -> None:
    """parse76: a lesson phrase beside the sentence's own clock («в 15:00 после 6 урока»)
    asks nothing — the writer told the hour (times.lessons_rule); before, the draft kept its
    clock and was asked `lesson_unread`."""
    draft = _chat("Лекция 15.12 в 15:00 после 6 урока, 9а")
    kept = at_bells(draft, None, SchoolCalendar(bells=BELLS))
    assert kept.start == draft.start == NOW.replace(month=12, day=15, hour=15, minute=0)
    assert not {"lesson_unread", "lesson_time"} & set(kept.doubts)


@pytest.mark.parametrize(
    "text",
    [
        "Классный час 14 декабря после 6 урока или на 7 уроке, 8б",  # two lessons: asked
    ],
)
def test_a_chat_draft_with_a_clock_or_two_lessons_is_kept(text: str) -> None:
    """Kept untimed; files69: asked as `lesson_unread` (the schedule is known, so the bot
    does not say it does not know the bells)."""
    draft = _chat(text)
    kept = at_bells(draft, None, SchoolCalendar(bells=BELLS))
    assert kept.start == draft.start
    assert "lesson_unread" in kept.doubts
    assert "lesson_time" not in kept.doubts


def test_the_school_year_file_reads_a_bell_block() -> None:
    text = (
        "Каникулы:\nканикулы с 29 декабря по 11 января\n\n"
        "Расписание звонков:\n1 урок 8:00-8:45\n2 урок 8:55-9:40\n3 урок 10:00-10:45\n\n"
        "по субботам не учимся\n"
    )
    settings, refused = read_settings(text, TODAY)
    assert refused == []
    assert BellsSetting(BELLS[:3]) in settings
    assert len(settings) == 3
