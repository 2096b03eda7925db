"""files69: a time «before a lesson» by the school's bell schedule — the break before it
(«перед 3 уроком», «до 3-го урока»), before the first lesson a break as short as the
schedule's shortest («до 1 урока», «до уроков») — in a plan cell and in a chat message."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from bot.core.bells import lesson_clock_of
from bot.core.drafts import at_bells
from bot.core.language.intents import parse_message
from bot.core.models import EventDraft, EventIntent
from bot.core.school_calendar import SchoolCalendar

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time
BELLS = (
    (time(8, 30), time(9, 10)),
    (time(9, 20), time(10, 0)),
    (time(10, 20), time(11, 0)),
    (time(11, 15), time(11, 55)),
)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("перед 3 уроком", time(10, 0), time(10, 20)),
        ("перед третьим уроком", time(10, 0), time(10, 20)),
        ("до 2-го урока", time(9, 10), time(9, 20)),
        ("Перед 4 уроком.", time(11, 0), time(11, 15)),
        ("до 1 урока", time(8, 20), time(8, 30)),  # the shortest break: 10 minutes
        ("перед первым уроком", time(8, 20), time(8, 30)),
        ("до уроков", time(8, 20), time(8, 30)),
        ("перед уроками", time(8, 20), time(8, 30)),
    ],
)
def test_before_a_lesson_is_the_break_before_it(text: str, start: time, end: time) -> None:
    assert lesson_clock_of(text, BELLS) == (start, end)


@pytest.mark.parametrize("text", ["перед 5 уроком", "до 12 урока", "после уроков"])
def test_a_lesson_the_schedule_has_not_is_none(text: str) -> None:
    assert lesson_clock_of(text, BELLS) is None


def test_no_schedule_no_break() -> None:
    assert lesson_clock_of("до 1 урока", ()) is None


def _chat(text: str) -> EventDraft:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    return intent.draft


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Зарядка 14 декабря до 1 урока, 5а", (8, 20), (8, 30)),
        ("Линейка 15 декабря перед 3 уроком, 5-7 классы", (10, 0), (10, 20)),
        ("Классный час 16 декабря на 2-3 уроках, 8б", (9, 20), (11, 0)),
    ],
)
def test_the_chat_reads_them_by_the_same_schedule(
    text: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    timed = at_bells(_chat(text), None, SchoolCalendar(bells=BELLS))
    assert timed.start is not None, timed
    assert timed.end is not None, timed
    assert (timed.start.time(), timed.end.time()) == (time(*start), time(*end)), timed
    assert "lesson_time" not in timed.doubts


@pytest.mark.parametrize(
    "text",
    [
        "Классный час 14 декабря после 9 урока, 8б",  # the schedule has four lessons
        "Классный час 14 декабря после 2 урока или на 4 уроке, 8б",  # two lessons named
    ],
)
def test_with_bells_a_lesson_they_do_not_time_is_asked_as_unread(text: str) -> None:
    """The bells are set: the question is not «расписание звонков я не знаю» (lesson_time)
    but that this lesson is not in it (`lesson_unread`)."""
    kept = at_bells(_chat(text), None, SchoolCalendar(bells=BELLS))
    assert "lesson_unread" in kept.doubts
    assert "lesson_time" not in kept.doubts
    assert not kept.time_known


def test_without_bells_the_lesson_time_doubt_stays() -> None:
    draft = _chat("Классный час 14 декабря после 9 урока, 8б")
    assert at_bells(draft, None, SchoolCalendar()) == draft
