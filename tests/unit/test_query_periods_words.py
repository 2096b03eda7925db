"""Periods of the school year named in words in a question (adversarial walk 2026-12-02m, #7):
ordinal words for a четверть, «новогодние праздники», «выходные» / «выхи»."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.understand import Ask, Dialog, NotUnderstood, understand

ZONE = ZoneInfo("Europe/Kaliningrad")


def _asked(text: str, now: datetime) -> tuple[date, date | None]:
    intent = understand(text, Dialog(), now)
    assert isinstance(intent, Ask), intent
    return intent.query.start, intent.query.end  # type: ignore[union-attr]


# --- finding 7: periods named in words ---------------------------------------------------------

WEDNESDAY = datetime(2026, 12, 2, 10, 0, tzinfo=ZONE)


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("что в третьей четверти?", "что в 3 четверти?"),
        ("план на вторую четверть", "план на 2 четверть"),
        ("что в четвёртой четверти", "что в 4 четверти"),
    ],
)
def test_an_ordinal_word_for_a_term_is_read_like_its_digit(words: str, digits: str) -> None:
    assert _asked(words, WEDNESDAY) == _asked(digits, WEDNESDAY)


@pytest.mark.parametrize("text", ["план на новогодние праздники", "что на новогодних праздниках?"])
def test_new_year_holidays_are_the_winter_vacation(text: str) -> None:
    assert _asked(text, WEDNESDAY) == _asked("план на зимние каникулы", WEDNESDAY)


@pytest.mark.parametrize("text", ["что на выходных?", "чё на выхах", "план на выходные"])
def test_the_weekend_is_the_coming_saturday_and_sunday(text: str) -> None:
    assert _asked(text, WEDNESDAY) == (date(2026, 12, 5), date(2026, 12, 6))


@pytest.mark.parametrize("text", ["что на новый год", "план на праздники", "что в полугодии?"])
def test_an_unknown_period_is_not_answered_from_today(text: str) -> None:
    intent = understand(text, Dialog(), WEDNESDAY)
    assert isinstance(intent, NotUnderstood)
    assert intent.unknown_period


@pytest.mark.parametrize("text", ["что будет?", "что у 9А?", "план на декабрь"])
def test_a_question_without_an_unknown_period_is_still_asked(text: str) -> None:
    assert isinstance(understand(text, Dialog(), WEDNESDAY), Ask)


# --- walk 2026-12-02o, #8: a weekend named by its days is those days --------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("что на выходных 19-20 декабря?", date(2026, 12, 19), date(2026, 12, 20)),
        ("что в выходные 26 и 27", date(2026, 12, 26), date(2026, 12, 27)),
        ("план на выходные 2-3 января", date(2027, 1, 2), date(2027, 1, 3)),
        ("что на выходных 1 и 2", date(2027, 1, 1), date(2027, 1, 2)),  # past days: next month
    ],
)
def test_a_weekend_named_by_its_days(text: str, first: date, last: date) -> None:
    assert _asked(text, WEDNESDAY) == (first, last)


def test_a_weekend_without_days_is_still_the_coming_one() -> None:
    assert _asked("что на выходных в 12:00?", WEDNESDAY)[0] == date(2026, 12, 5)
