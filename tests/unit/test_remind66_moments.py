"""remind66: a one-off reminder's moment and event read from «напомни …»
(bot.core.language.remind_moments), and its stored key. Sentences my own; the clock is
Tuesday 1 December 2026, 12:00 school time (naive wall clock)."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from bot.core.language.remind_moments import MomentAsk, Unclear, forget_moment, read_moment
from bot.core.moments import MomentReminder, key_reminder_id, moment_key
from bot.core.reminders import ReminderClock

NOW = datetime(2026, 12, 1, 12, 0)  # noqa: DTZ001  # the school's naive wall clock


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute)  # noqa: DTZ001  # naive wall clock


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("напомни мне завтра в 8 утра про экскурсию", MomentAsk(at(2, 8), "экскурсию")),
        ("Напомните, пожалуйста, 9 декабря в 18:30", MomentAsk(at(9, 18, 30), "")),
        ("напомни через 2 часа", MomentAsk(at(1, 14), "")),
        ("напомни в 8", MomentAsk(at(2, 8), "")),  # 8:00 passed today: tomorrow's
        ("напомни сегодня в 17:15 о лекции", MomentAsk(at(1, 17, 15), "лекции")),
        (
            "напомни про экскурсию в музей завтра в 18:30",
            MomentAsk(at(2, 18, 30), "экскурсию в музей"),
        ),
        (
            "напомните о лекции о космосе в четверг в 15:00",
            MomentAsk(at(3, 15), "лекции о космосе"),
        ),
    ],
)
def test_a_named_clock_is_the_moment(text: str, expected: MomentAsk) -> None:
    assert read_moment(text, NOW) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("напомни в пятницу вечером про лекцию", MomentAsk(at(4, 19), "лекцию", None, True)),
        ("напомни вечером", MomentAsk(at(1, 19), "", None, True)),
        (
            "напомни мне насчёт концерта хора в субботу утром",
            MomentAsk(at(5, 8), "концерта хора", None, True),
        ),
    ],
)
def test_a_part_of_the_day_takes_the_schools_reminder_clock(text: str, expected: MomentAsk) -> None:
    """«вечером» is 19:00 and «утром» 08:00, as «напоминай вечером накануне» and «утром в
    день мероприятия» (bot.core.reminders.EVE_AT, MORNING_AT)."""
    assert read_moment(text, NOW) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "напомни накануне в 19:00 про экскурсию",
            MomentAsk(None, "экскурсию", clock=ReminderClock(1, time(19, 0))),
        ),
        (
            "напомни мне накануне про лекцию о космосе",
            MomentAsk(None, "лекцию о космосе", clock=ReminderClock(1, time(19, 0))),
        ),
        (  # the event named by its day (review66; before: "", «О каком мероприятии напомнить?»)
            "напомни в день экскурсии утром",
            MomentAsk(None, "экскурсии", clock=ReminderClock(0, time(8)), genitive=True),
        ),
        (
            "напомни в день мероприятия в 9:30 про квиз",
            MomentAsk(None, "квиз", clock=ReminderClock(0, time(9, 30))),
        ),
    ],
)
def test_the_events_eve_or_day_is_a_clock_put_on_the_event(text: str, expected: MomentAsk) -> None:
    """«накануне в 19:00» read as «напоминай накануне в 19:00» reads it, for the caller to
    put on the event's day (it was read as today at 19:00)."""
    assert read_moment(text, NOW) == expected


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("напомни в пятницу", Unclear.NO_CLOCK),
        ("напомни мне завтра про экскурсию", Unclear.NO_CLOCK),
        ("напомни днём", Unclear.NO_CLOCK),  # no school clock for «днём»: asked
        ("напомни ночью про квиз", Unclear.NO_CLOCK),
        ("напомни про экскурсию", Unclear.NO_MOMENT),
        ("напомни на следующей неделе", Unclear.NO_MOMENT),
    ],
)
def test_a_day_without_a_clock_or_no_moment_is_asked(text: str, why: Unclear) -> None:
    found = read_moment(text, NOW)
    assert found.at is None
    assert found.unclear is why


def test_the_event_words_leave_out_days_and_times() -> None:
    assert read_moment("напомни про лекцию в пятницу в 18:00", NOW).reference == "лекцию"
    assert read_moment("напомни о репетиции хора завтра утром", NOW).reference == "репетиции хора"


def test_the_key_names_its_row() -> None:
    row = MomentReminder(7, 3, 12, datetime(2026, 12, 2, 6, 0, tzinfo=UTC))
    key = moment_key(row, 555)
    assert key == f"moment:7:{int(row.at.timestamp())}:555"
    assert key_reminder_id(key) == 7
    assert key_reminder_id("remind:1:2:3:4") is None
    assert key_reminder_id("moment:x:1:2") is None


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("отмени напоминание", ""),
        ("Удалите, пожалуйста, моё напоминание про экскурсию", "экскурсию"),
        ("убери напоминания о лекции о космосе", "лекции о космосе"),
        ("сними напоминание на завтра про квиз", "квиз"),
        ("отмените все напоминания", ""),
    ],
)
def test_a_cancel_of_a_one_off_reminder_names_its_event(text: str, reference: str) -> None:
    assert forget_moment(text) == reference


@pytest.mark.parametrize(
    "text",
    [
        "отмени лекцию",  # the organiser's cancel of an event
        "отменить напоминание",  # an infinitive: a heading or a question, no request
        "не напоминай",  # its own command
        "отмени напоминание и запиши меня на квиз",  # more than a cancel
        "напоминание про экскурсию отменили",
    ],
)
def test_other_cancels_are_no_reminder_cancel(text: str) -> None:
    assert forget_moment(text) is None
