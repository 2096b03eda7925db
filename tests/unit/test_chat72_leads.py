"""chat72: a one-off reminder by its lead before one event (remind_leads, reminder_times.
lead_minutes), «напомни про …» with no moment, a lead answering «Когда напомнить?», and the
numbered buttons under a list (numbered_buttons). All sentences are my own."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.core.features.moment_reminders import EVE_ANSWER, LEAD_ANSWERS
from bot.core.language.actions import ButtonAction
from bot.core.language.remind_leads import Lead, lead_of_event
from bot.core.language.remind_moments import moment_answer, read_moment
from bot.core.language.reminder_times import event_clock, lead_minutes, parse_offsets
from bot.core.language.student_asks import reminder_at
from bot.core.numbered_buttons import RowButton, numbered_rows
from bot.core.reminders import DEFAULT_OFFSETS, ReminderClock
from bot.core.replies import Button

# a Tuesday, the school's naive wall clock (as read_moment takes it)
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Europe/Kaliningrad")).replace(tzinfo=None)

# --- the lead: digits or words, minutes to weeks ------------------------------------------


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("за четыре дня", 4 * 1440),
        ("за 6 дней", 6 * 1440),
        ("за неделю", 7 * 1440),
        ("за две недели", 14 * 1440),
        ("за 3 недели до начала", 21 * 1440),
        ("за полтора часа", 90),
        ("за 45 минут", 45),
    ],
)
def test_a_lead_is_read_in_digits_or_words(text: str, minutes: int) -> None:
    """Before: no reader took more than the settings' two days, nor weeks."""
    assert lead_minutes(text) == minutes


@pytest.mark.parametrize("text", ["за пять недель", "за 2 минуты", "за день и за час", "неделю"])
def test_other_leads_are_none(text: str) -> None:
    assert lead_minutes(text) is None


def test_the_settings_cap_is_unchanged() -> None:
    """Guard: «напоминай за неделю» stays refused (the loop looks three days ahead)."""
    assert parse_offsets("за неделю") is None
    assert parse_offsets("за 3 дня") is None
    assert parse_offsets("за 2 дня") == [2880]


# --- the lead before one event --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("напомни за четыре дня до ярмарки", Lead(4 * 1440, "ярмарки", True)),
        ("напомните мне за неделю до олимпиады", Lead(7 * 1440, "олимпиады", True)),
        ("напомни за 5 дней до спектакля", Lead(5 * 1440, "спектакля", True)),
        ("напомни за 3 дня про ярмарку", Lead(3 * 1440, "ярмарку", False)),
        ("напомни про спектакль за два часа", Lead(120, "спектакль", False)),
        ("напомни за 2 часа до лекции о космосе", Lead(120, "лекции о космосе", True)),
    ],
)
def test_a_lead_before_one_event(text: str, lead: Lead) -> None:
    """Before: «за четыре дня», «за неделю», «за 5 дней» were beyond the settings' cap and
    «за N про …» was not read; the request was not a reminder."""
    assert lead_of_event(text) == lead
    assert reminder_at(text)


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("напомни за день до ярмарки в 17:45", ReminderClock(1, time(17, 45))),
        ("напомни за 3 дня до спектакля в 8 вечера", ReminderClock(3, time(20, 0))),
        ("напомни за неделю до олимпиады утром", ReminderClock(7, time(8, 0))),
    ],
)
def test_a_clock_after_the_name_is_on_the_leads_day(text: str, clock: ReminderClock) -> None:
    """Before: «за день до ярмарки в 17:45» was the settings' (not understood)."""
    found = lead_of_event(text)
    assert found is not None
    assert found.clock == clock
    assert reminder_at(text)
    assert read_moment(text, NOW).clock == clock


def test_the_eve_named_after_the_clock_is_read_as_before() -> None:
    """«в 18:30 накануне ярмарки»: the eve's clock (review66's reading, now a reminder)."""
    assert reminder_at("напомни в 18:30 накануне ярмарки")
    read = read_moment("напомни в 18:30 накануне ярмарки", NOW)
    assert read.clock == ReminderClock(1, time(18, 30))
    assert read.reference == "ярмарки"


@pytest.mark.parametrize(
    "text",
    [
        "напомни за неделю до начала",  # every event's start: the settings'
        "напомни за день до мероприятия",
        "напомни за пять недель до ярмарки",  # beyond four weeks
    ],
)
def test_no_lead_before_one_event(text: str) -> None:
    assert lead_of_event(text) is None
    assert not reminder_at(text)


# --- «напомни про …» with no moment -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["напомни про ярмарку", "напомните мне, пожалуйста, о спектакле", "напомни насчёт олимпиады"],
)
def test_an_event_alone_is_a_reminder_whose_moment_is_asked(text: str) -> None:
    """Before: False (a moment word was needed) and the chat said «не понял»."""
    assert reminder_at(text)
    assert read_moment(text, NOW).unclear == "no_moment"


@pytest.mark.parametrize(
    "text",
    [
        "напомни про что ярмарка",  # a question for now
        "напомни, о чём спектакль?",
        "напомни про ярмарку что взять",  # more than the event
        "напомните ученикам про ярмарку",  # for others
        "напомни о себе",
    ],
)
def test_other_words_about_an_event_are_no_reminder(text: str) -> None:
    assert not reminder_at(text)


# --- a lead answering «Когда напомнить?» -----------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "asked"),
    [
        ("за 3 часа", "напомни за 3 часа про ярмарку"),
        ("за четыре дня", "напомни за четыре дня про ярмарку"),
    ],
)
def test_a_lead_answers_when(answer: str, asked: str) -> None:
    assert moment_answer(answer, "напомни про ярмарку", NOW) == asked


def test_a_lead_with_no_event_asked_before_is_no_answer() -> None:
    """Guard: after «напомни завтра» (no event's words) «за час» stays what it was."""
    assert moment_answer("за час", "напомни завтра", NOW) is None


def test_the_lead_buttons_are_the_usual_leads_and_the_eve() -> None:
    """The buttons' texts read back as the sign-up reminders' DEFAULT_OFFSETS and the eve."""
    minutes = [lead_minutes(text) for text, _ in LEAD_ANSWERS]
    assert minutes == [int(o.total_seconds() // 60) for o in DEFAULT_OFFSETS]
    assert [c["minutes"] for _, c in LEAD_ANSWERS] == minutes
    assert event_clock(EVE_ANSWER) == ReminderClock(1, time(19, 0))


# --- numbered buttons under a list --------------------------------------------------------------


def test_numbered_rows_one_row_an_item_numbered_from_one() -> None:
    rows = numbered_rows(
        [7, 9, 11],
        RowButton("move_n", ButtonAction.MOVE_EVENT, "primary"),
        RowButton("cancel_n", ButtonAction.CANCEL_EVENT, "negative"),
        limit=2,
    )
    assert rows == (
        (
            Button("move_n", {"a": "move_event", "id": 7}, "primary", {"number": 1}),
            Button("cancel_n", {"a": "cancel_event", "id": 7}, "negative", {"number": 1}),
        ),
        (
            Button("move_n", {"a": "move_event", "id": 9}, "primary", {"number": 2}),
            Button("cancel_n", {"a": "cancel_event", "id": 9}, "negative", {"number": 2}),
        ),
    )


def test_numbered_rows_default_style_and_no_limit() -> None:
    rows = numbered_rows([3], RowButton("unsign", ButtonAction.UNSIGN))
    assert rows == ((Button("unsign", {"a": "unsign", "id": 3}, "secondary", {"number": 1}),),)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("напомни за день до начала ярмарки", Lead(1440, "ярмарки", True)),
        ("напомни за 3 часа до старта олимпиады", Lead(180, "олимпиады", True)),
        ("напомни за час до спектакля, пожалуйста", Lead(60, "спектакля", True)),
        (
            "напомни за 2 дня до ярмарки в 10:15, пожалуйста",
            Lead(2880, "ярмарки", True, ReminderClock(2, time(10, 15))),
        ),
    ],
)
def test_the_start_of_a_named_event_and_a_courtesy_after_it(text: str, lead: Lead) -> None:
    """«до начала ярмарки» is that event's start (not every event's, the settings'
    «до начала»); «пожалуйста» at the end is no part of the name."""
    assert lead_of_event(text) == lead
    assert reminder_at(text)
