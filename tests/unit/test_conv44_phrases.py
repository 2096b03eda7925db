"""conv44's readings below the chat: «весь день» misspelt as a phrase (typos), «послеследующей
неделе» two weeks on (periods), a follow-up's left-out «неделе» (intents), a question's day
just past (intents)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.intents import parse_message
from bot.core.language.intents_follow_up import with_week_word
from bot.core.language.typos import Correction, correct_typos
from bot.core.models import QueryIntent

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Europe/Kaliningrad"))  # a Tuesday


@pytest.mark.parametrize(
    ("written", "read"),
    [("вес день", "весь день"), ("Весь ден", "Весь день"), ("целй день", "целый день")],
)
def test_whole_day_misspelt_is_put_right_and_reported(written: str, read: str) -> None:
    fixed, corrections, _ = correct_typos(f"Олимпиада 12 декабря, {written}")
    assert fixed == f"Олимпиада 12 декабря, {read}"
    assert Correction(written, read) in corrections


@pytest.mark.parametrize("text", ["весь день", "вес груза", "в день", "все дни", "ведь день"])
def test_other_pairs_are_left_alone(text: str) -> None:
    assert correct_typos(text)[:2] == (text, ())


def _days(text: str) -> tuple[str, str | None]:
    query = parse_message(text, NOW)
    assert isinstance(query, QueryIntent), query
    return query.start.isoformat(), query.end.isoformat() if query.end else None


def test_the_week_after_next_and_before_last() -> None:
    assert _days("что на послеследующей неделе?") == ("2026-12-14", "2026-12-20")
    assert _days("что на после-следующей неделе?") == ("2026-12-14", "2026-12-20")


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("а на послеследующей?", "а на послеследующей неделе?"),
        ("А через одну?", "А через одну неделю?"),
        ("а что на послеследующую", "а что на послеследующую неделю"),
        ("а на послеследующей неделе?", "а на послеследующей неделе?"),
        ("через одну остановку", "через одну остановку"),
    ],
)
def test_a_follow_up_gets_its_week_back(text: str, whole: str) -> None:
    assert with_week_word(text) == whole


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("что 30 ноября?", ("2026-11-30", "2026-11-30")),
        ("что 5 сентября?", ("2026-09-05", "2026-09-05")),
        ("что 15 июня?", ("2027-06-15", "2027-06-15")),  # last school year's June: the coming
        ("что после 30 ноября?", ("2026-12-01", None)),
    ],
)
def test_a_question_day_just_past_is_this_school_years(
    text: str, days: tuple[str, str | None]
) -> None:
    assert _days(text) == days
