"""A report's «сегодня» that says «these days» (doubt66, report_nowadays.py): every written day
of the post told in the past, the only day read a «сегодня» of a sentence with no past verb and
no clock — today is not silently the event's day; the report's days are offered beside it
(`several_dates`). Sentences our own."""

from __future__ import annotations

from datetime import datetime

from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-08T12:00")  # a Tuesday


def _draft(text: str):  # type: ignore[no-untyped-def]
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


def test_a_statement_about_our_days_offers_the_reported_day() -> None:
    draft = _draft(
        "Осенние праздники в библиотеке. 5 декабря ученики 3 класса провели праздник осени "
        "в детской библиотеке. Ребята читали стихи и отгадывали загадки. Сегодня такие "
        "праздники проводят во многих семьях."
    )
    assert "several_dates" in draft.doubts
    assert [c.date().day for c in draft.choices] == [8, 5]


def test_a_nominal_statement_about_our_days_is_read_away() -> None:
    """«Сегодня X — не только …» (a verbless nominal predicate) is read as «these days» before
    this check (parse66, nowadays.py): the report's day is the start, asked as gone."""
    draft = _draft(
        "Осенние праздники в библиотеке. 5 декабря ученики 3 класса провели праздник осени "
        "в детской библиотеке. Ребята читали стихи и отгадывали загадки. Сегодня чтение — "
        "не только учёба, но и отличный повод провести время всей семьёй."
    )
    assert draft.start == datetime.fromisoformat("2026-12-05T00:00")
    assert "past" in draft.doubts


def test_two_reported_days_are_both_offered() -> None:
    draft = _draft(
        "Зимние встречи в клубе. 3 декабря участники клуба провели турнир по шашкам. "
        "6 декабря в клубе прошёл вечер загадок. Сегодня в настольные игры играют и "
        "взрослые, и дети."
    )
    assert "several_dates" in draft.doubts
    assert sorted(c.date().day for c in draft.choices) == [3, 6, 8]


def test_a_report_of_today_keeps_today() -> None:
    draft = _draft(
        "Осенние праздники. 5 декабря ученики 3 класса провели праздник осени в детской "
        "библиотеке. Сегодня в библиотеке прошла ярмарка поделок."
    )
    assert "several_dates" not in draft.doubts
    assert draft.start is not None
    assert draft.start.day == 8


def test_today_with_a_clock_is_an_event_of_today() -> None:
    draft = _draft(
        "Осенние праздники в библиотеке. 5 декабря ученики 3 класса провели праздник осени "
        "в детской библиотеке. Ребята читали стихи. Сегодня в 15:00 в библиотеке концерт."
    )
    assert "several_dates" not in draft.doubts
    assert draft.start == datetime.fromisoformat("2026-12-08T15:00")


def test_a_day_long_gone_is_not_offered() -> None:
    draft = _draft(
        "Осенние праздники в библиотеке. 2 октября ученики 3 класса провели праздник осени "
        "в детской библиотеке. Сегодня чтение — не только учёба, но и отличный повод "
        "провести время всей семьёй."
    )
    assert "several_dates" not in draft.doubts
