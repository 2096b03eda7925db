"""chat74: a clock after the event's name in a reminder request (tests/data/chat74.md):
an hour in words («в шесть», «часов в шесть»), and a lead of hours whose clock names the
event's start («за 3 часа до экскурсии в 9»). Sentences of my own."""

from __future__ import annotations

from datetime import time

import pytest

from bot.core.language.remind_leads import lead_of_event
from bot.core.language.reminder_times import event_clock
from bot.core.reminders import ReminderClock


@pytest.mark.parametrize(
    ("text", "days", "at"),
    [
        ("накануне в шесть", 1, time(6)),
        ("накануне часов в шесть", 1, time(6)),
        ("накануне в шесть вечера", 1, time(18)),
        ("в день экскурсии в восемь утра", 0, time(8)),
        ("накануне часов в 7 вечера", 1, time(19)),
        ("накануне к двенадцати", 1, time(12)),
    ],
)
def test_an_hour_in_words_is_a_clock(text: str, days: int, at: time) -> None:
    assert event_clock(text) == ReminderClock(days, at)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("напомни за день до экскурсии часов в шесть вечера", time(18)),
        ("напомни за день до экскурсии в семь утра", time(7)),
        ("напомни за 2 дня до олимпиады часов в 9", time(9)),
    ],
)
def test_a_lead_of_days_takes_an_hour_in_words(text: str, at: time) -> None:
    lead = lead_of_event(text)
    assert lead is not None, text
    assert lead.clock is not None, lead
    assert lead.clock.at == at


@pytest.mark.parametrize(
    ("text", "minutes", "at"),
    [
        ("напомни за 3 часа до экскурсии в 9", 180, time(9)),
        ("напомни за полчаса до лекции в 15:30", 30, time(15, 30)),
        ("напомни за два часа до концерта в шесть вечера", 120, time(18)),
    ],
)
def test_a_lead_of_hours_reads_the_clock_as_the_events(text: str, minutes: int, at: time) -> None:
    lead = lead_of_event(text)
    assert lead is not None, text
    assert (lead.minutes, lead.clock, lead.event_at) == (minutes, None, at)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("напомни за день до турнира трёх школ", "турнира трех школ"),
        ("напомни за час до встречи двух команд", "встречи двух команд"),
    ],
)
def test_a_number_word_in_the_name_is_no_clock(text: str, words: str) -> None:
    """The guard: a number word not after «в»/«к» stays in the event's name."""
    lead = lead_of_event(text)
    assert lead is not None, text
    assert (lead.words, lead.clock, lead.event_at) == (words, None, None)
