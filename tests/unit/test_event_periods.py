"""An event named with a period instead of a day — a month, a week, a term (четверть) or the
каникулы of the school's calendar, a season — is an event whose day is asked within that
period, never «не понял» and never a made-up day (adversarial walk h#13: «Лекция в
следующей четверти» was dropped). The sentences are written for this test; the periods come
from the default school calendar (bot.core.school_calendar)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.core import drafts
from bot.core.dialog import DraftField
from bot.core.draft_json import draft_from_json, draft_to_json
from bot.core.language.answers import Asked, fill, year_confirmed
from bot.core.language.intents import parse_message
from bot.core.models import EventDraft, EventIntent
from bot.core.school_calendar import SchoolCalendar, next_vacations

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time (a Tuesday)
TERMS = SchoolCalendar().year_of(date(2026, 9, 1)).terms
NEXT_TERM = next(t for t in TERMS if t.start > NOW.date())
NEXT_MONDAY = date(2026, 12, 7)


def _draft(text: str) -> EventDraft:
    intent = parse_message(text, NOW, day_in_period=True)
    assert isinstance(intent, EventIntent), (text, intent)
    return intent.draft


@pytest.mark.parametrize(
    "text",
    [
        "Лекция в следующей четверти",
        "лекция по астрономии в следущей четверти",  # a typo in «следующей»
        "Олимпиада в следуюшей четверти, 9 классы",
        "Встреча с родителями в третьей четверти",
        "Лекция в 3-й четверти",
    ],
)
def test_a_term_is_the_next_term_of_the_school_calendar(text: str) -> None:
    draft = _draft(text)
    assert draft.start is None
    assert draft.period is not None
    assert (draft.period.first, draft.period.last) == (NEXT_TERM.start, NEXT_TERM.end)
    assert draft.period.kind == "term"
    assert draft.period.number == NEXT_TERM.number
    assert "четверт" not in draft.title.lower()


def test_the_vacation_is_the_next_one_of_the_calendar() -> None:
    vacation = next_vacations(NOW.date(), SchoolCalendar(), count=1)[0]
    for text in ("Турнир в каникулы", "Турнир по шахматам на зимних каникулах"):
        draft = _draft(text)
        assert draft.start is None
        assert draft.period is not None
        assert (draft.period.first, draft.period.last) == (vacation.start, vacation.end)
        assert draft.period.kind == "vacation"
        assert draft.title.startswith("Турнир")


@pytest.mark.parametrize(
    ("text", "first", "last", "kind", "title"),
    [
        ("Лекция в декабре", NOW.date(), date(2026, 12, 31), "month", "Лекция"),  # from today
        ("Экскурсия в музей в феврале", date(2027, 2, 1), date(2027, 2, 28), "month", None),
        ("Экскурсия на следующей неделе", NEXT_MONDAY, NEXT_MONDAY + timedelta(6), "week", None),
        ("Экскурсия на следующей недели", NEXT_MONDAY, NEXT_MONDAY + timedelta(6), "week", None),
        ("Концерт весной", date(2027, 3, 1), date(2027, 5, 31), "season", "Концерт"),
        ("Субботник в следующем месяце", date(2027, 1, 1), date(2027, 1, 31), "month", None),
        ("Концерт в конце декабря", date(2026, 12, 21), date(2026, 12, 31), "part", None),
    ],
)
def test_a_month_a_week_a_season_is_kept_as_the_period(
    text: str, first: date, last: date, kind: str, title: str | None
) -> None:
    draft = _draft(text)
    assert draft.start is None  # never a made-up day
    assert draft.period is not None
    assert (draft.period.first, draft.period.last, draft.period.kind) == (first, last, kind)
    if title is not None:
        assert draft.title == title


@pytest.mark.parametrize(
    "text",
    [
        "увидимся на следующей неделе",  # no kind of event: not an announcement
        "спасибо, до встречи в январе?",  # a question
        "Концерта в декабре не будет",  # a negation
        "в следующей четверти",  # no title at all
    ],
)
def test_a_period_without_an_announced_event_stays_not_understood(text: str) -> None:
    intent = parse_message(text, NOW, day_in_period=True)
    assert not isinstance(intent, EventIntent) or intent.draft.period is None, intent


def test_a_plans_line_naming_only_a_period_stays_as_before() -> None:
    # a plan's lines and a file's paragraphs are read without day_in_period: such a line
    # is no row («Библиотека приглашает на встречи в декабре:» heads the rows below it)
    assert not isinstance(parse_message("Концерт хора в декабре", NOW), EventIntent)
    timed = parse_message("Экскурсия в январе в 10:00", NOW)  # with a clock time: as before
    assert isinstance(timed, EventIntent)
    assert timed.draft.start is None


def test_a_day_written_keeps_its_reading() -> None:
    draft = _draft("Лекция 15 декабря в следующей четверти")  # the day wins, as before
    assert _day(draft) == date(2026, 12, 15)
    assert draft.period is None


def test_the_period_survives_the_dialog_state() -> None:
    draft = _draft("Лекция в следующей четверти")
    assert draft_from_json(draft_to_json(draft)) == draft


def _day(draft: EventDraft | None) -> date | None:
    """The draft's day (None without a draft or a start)."""
    return draft.start.date() if draft is not None and draft.start is not None else None


def _answer(draft: EventDraft, text: str) -> EventDraft | None:
    return fill(draft, Asked(DraftField.DATE, None, False), text, NOW)


def test_answers_are_read_within_the_period() -> None:
    term = _draft("Лекция в следующей четверти")
    assert _answer(term, "15 января") is not None
    assert _day(_answer(term, "15 января")) == date(2027, 1, 15)
    thursday = _answer(term, "в четверг")  # the first Thursday of the term, not this week's
    assert thursday is not None
    assert thursday.start is not None
    assert thursday.start.date() >= NEXT_TERM.start
    assert thursday.start.weekday() == 3
    assert thursday.start.date() < NEXT_TERM.start + timedelta(days=7)
    week = _draft("Экскурсия на следующей неделе")
    friday = _answer(week, "в пятницу")
    assert friday is not None
    assert _day(friday) == date(2026, 12, 11)
    month = _draft("Экскурсия в феврале")
    assert _answer(month, "15-го") is not None
    assert _day(_answer(month, "15-го")) == date(2027, 2, 15)
    for answered in (_answer(term, "15 января"), friday):
        assert answered is not None
        assert drafts.missing_field(answered, audience_asked=False) in (
            "time",
            "audience",
        )


def test_a_day_outside_the_period_is_asked_again_and_da_keeps_it() -> None:
    term = _draft("Лекция в следующей четверти")
    outside = _answer(term, "15 апреля")
    assert outside is not None
    assert _day(outside) == date(2027, 4, 15)
    assert "outside_period" in outside.doubts
    assert drafts.missing_field(outside, audience_asked=False) == "date"
    inside = _answer(outside, "20 января")  # a second answer inside: the doubt is gone
    assert inside is not None
    assert "outside_period" not in inside.doubts
    assert _day(inside) == date(2027, 1, 20)
    kept = year_confirmed(outside)  # «да»: the writer means that day after all
    assert kept is not None
    assert "outside_period" not in kept.doubts
    assert drafts.missing_field(kept, audience_asked=False) == "time"
