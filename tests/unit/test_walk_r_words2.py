"""Walk r (2026-12-02) words fixconv18a reads: keeping one's sign-ups at the cancel question
(#9), the waiting-list place question (#18), reminders at a clock time (#22)."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.reminder_times import parse_reminder_times
from bot.core.language.signup_questions import asks_waiting_place
from bot.core.language.unsign_phrases import keeps_sign_ups
from bot.core.reminders import ReminderClock, reminder_times


@pytest.mark.parametrize(
    "text",
    [
        "нет",
        "нет, не надо отменять",
        "не отменяй",
        "Не отменяйте!",
        "ничего не отменяй",
        "не надо",
        "оставь как есть",
        "нет, оставьте",
        "я передумал отменять",
        "неа",
    ],
)
def test_keeping_sign_ups(text: str) -> None:
    assert keeps_sign_ups(text)


@pytest.mark.parametrize(
    "text", ["не пойду 2", "отмени 2", "да", "1", "отмени всё", "не пойду на экскурсию"]
)
def test_not_keeping(text: str) -> None:
    assert not keeps_sign_ups(text)


@pytest.mark.parametrize(
    "text",
    [
        "а я какой в очереди?",
        "какое у меня место в листе ожидания?",
        "я какая по счёту в очереди",
        "какой у меня номер в очереди на экскурсию",
        "сколько передо мной в очереди?",
    ],
)
def test_waiting_place_questions(text: str) -> None:
    assert asks_waiting_place(text)


@pytest.mark.parametrize(
    "text", ["какая очередь в столовой", "сколько записалось на лекцию?", "в очереди на экскурсию"]
)
def test_not_waiting_place_questions(text: str) -> None:
    assert not asks_waiting_place(text)


EVE, MORNING = time(19, 0), time(8, 0)


@pytest.mark.parametrize(
    ("text", "offsets", "clock"),
    [
        ("вечером накануне", [], ReminderClock(1, EVE)),
        ("накануне вечером", [], ReminderClock(1, EVE)),
        ("накануне в 19:00", [], ReminderClock(1, EVE)),
        ("накануне в 7 вечера", [], ReminderClock(1, EVE)),
        ("за день в 18:30", [], ReminderClock(1, time(18, 30))),
        ("утром в день мероприятия", [], ReminderClock(0, MORNING)),
        ("в день мероприятия в 9:30", [], ReminderClock(0, time(9, 30))),
        ("утром", [], ReminderClock(0, MORNING)),
        ("накануне в 19:00 и за час", [60], ReminderClock(1, EVE)),
        ("за день и за 30 минут", [1440, 30], None),  # offsets alone, as before
    ],
)
def test_reminder_times_with_a_clock(
    text: str, offsets: list[int], clock: ReminderClock | None
) -> None:
    assert parse_reminder_times(text) == (offsets, clock)


@pytest.mark.parametrize(
    "text",
    ["в 19:00", "накануне и утром", "накануне в 25:00", "про экскурсию", "послезавтра утром"],
)
def test_unclear_clock_times_are_refused(text: str) -> None:
    assert parse_reminder_times(text) is None


def test_clock_moments_follow_the_quiet_hours() -> None:
    tz = ZoneInfo("Europe/Kaliningrad")
    start = datetime(2026, 12, 15, 15, 0, tzinfo=tz)
    eve = reminder_times(start, tz, [], clock=ReminderClock(1, EVE))
    assert eve == [datetime(2026, 12, 14, 19, 0, tzinfo=tz)]
    night = reminder_times(start, tz, [], clock=ReminderClock(1, time(23, 0)))
    assert night == [datetime(2026, 12, 15, 8, 0, tzinfo=tz)]  # to the quiet hours' end
    early = datetime(2026, 12, 15, 7, 30, tzinfo=tz)
    morning = reminder_times(early, tz, [], clock=ReminderClock(0, MORNING))
    assert morning == [datetime(2026, 12, 14, 20, 0, tzinfo=tz)]  # not after the start
    assert ReminderClock.load(ReminderClock(1, EVE).dump()) == ReminderClock(1, EVE)
    assert ReminderClock.load("x 19:00") is None
    assert ReminderClock.load("1 7pm") is None
