"""review66: a one-off reminder on the eve or the day of an event named by its genitive
right after «накануне», «в день», «за день до» («напомни в день лекции о космосе в 8 утра»).
Before: the name's inner «о» was taken for «про» («космосе» the event, «в день лекции в 8
утра» tomorrow's 08:00), or no event was named at all («напомни накануне экскурсии в 19:00»
asked «О каком мероприятии напомнить?»). Sentences my own; the clock is Tuesday 1 December
2026, 12:00 school time (naive wall clock)."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from bot.core.language.remind_moments import MomentAsk, forget_moment, read_moment
from bot.core.reminders import ReminderClock

NOW = datetime(2026, 12, 1, 12, 0)  # noqa: DTZ001  # the school's naive wall clock
EVE, DAY = 1, 0  # ReminderClock.days_before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "напомни накануне экскурсии в 19:00",
            MomentAsk(None, "экскурсии", clock=ReminderClock(EVE, time(19)), genitive=True),
        ),
        (
            "напомни вечером накануне лекции о космосе",
            MomentAsk(None, "лекции о космосе", clock=ReminderClock(EVE, time(19)), genitive=True),
        ),
        (
            "напомни в день лекции о космосе в 8 утра",
            MomentAsk(None, "лекции о космосе", clock=ReminderClock(DAY, time(8)), genitive=True),
        ),
        (
            "напомните утром в день олимпиады по физике",
            MomentAsk(
                None, "олимпиады по физике", clock=ReminderClock(DAY, time(8)), genitive=True
            ),
        ),
        (
            "напомни за день до концерта хора в 18:30",
            MomentAsk(None, "концерта хора", clock=ReminderClock(EVE, time(18, 30)), genitive=True),
        ),
        (
            "напомни про экскурсию в день экскурсии в 7:00",
            MomentAsk(None, "экскурсию", clock=ReminderClock(DAY, time(7))),
        ),
        (
            "напомни в день мероприятия в 9:30 про квиз",
            MomentAsk(None, "квиз", clock=ReminderClock(DAY, time(9, 30))),
        ),
    ],
)
def test_the_event_named_after_its_day_is_the_event(text: str, expected: MomentAsk) -> None:
    assert read_moment(text, NOW) == expected


def test_a_time_word_after_the_day_names_no_event() -> None:
    """«накануне вечером»: «вечером» is the moment's, not an event's name."""
    assert read_moment("напомни накануне вечером про экскурсию", NOW) == MomentAsk(
        None, "экскурсию", clock=ReminderClock(EVE, time(19))
    )


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("отмени напоминалку про экскурсию", "экскурсию"),
        ("удали мою напоминалку", ""),
        ("убери напоминалки о лекции", "лекции"),
    ],
)
def test_the_colloquial_reminder_noun_is_a_cancel_of_it(text: str, reference: str) -> None:
    """«напоминалка» (pymorphy3 knows it) is the reminder too. Before: «отмени напоминалку
    про экскурсию» cancelled a sign-up titled so («Вы пока никуда не записаны»)."""
    assert forget_moment(text) == reference
