"""Two events the headline joins by «и», each dated by its own sentence (doubt75,
headline_pair.py): the post is about both, so the day of the half not taken is offered beside
the pick (`several_dates`) instead of the higher-weighed sentence's day kept silently.
Sentences our own."""

from __future__ import annotations

from datetime import date, datetime

from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-07T10:00")  # a Monday


def _draft(text: str):  # type: ignore[no-untyped-def]
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


def test_last_bells_and_proms_each_dated() -> None:
    draft = _draft(
        "Стали известны даты последних звонков и выпускных\n"
        "Последний звонок в школах области прозвенит 22 декабря. "
        "Выпускные вечера запланированы на 26 декабря."
    )
    assert "several_dates" in draft.doubts
    assert {c.date() for c in draft.choices} == {date(2026, 12, 22), date(2026, 12, 26)}


def test_trees_and_plays_each_dated() -> None:
    draft = _draft(
        "Назначены даты ёлок и спектаклей\n"
        "Новогодний спектакль театральной студии покажут 21 декабря. "
        "Школьные ёлки пройдут 26 декабря в актовом зале."
    )
    assert "several_dates" in draft.doubts
    assert {c.date() for c in draft.choices} == {date(2026, 12, 21), date(2026, 12, 26)}


def test_both_halves_on_one_day_are_not_asked() -> None:
    draft = _draft(
        "Концерт и ярмарка пройдут 20 декабря\nВ школе 20 декабря пройдут концерт и ярмарка. "
        "Начало в 15:00."
    )
    assert "several_dates" not in draft.doubts


def test_an_audience_pair_is_no_pair_of_events() -> None:
    draft = _draft(
        "Школьники и родители приглашаются на концерт\n"
        "Концерт состоится 20 декабря в 17:00 в актовом зале. "
        "Родители могут записаться до 15 декабря."
    )
    assert draft.start == datetime.fromisoformat("2026-12-20T17:00")
    assert "several_dates" not in draft.doubts
