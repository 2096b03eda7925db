"""A question naming today's weekday asks about today (adversarial walk 2026-12-02m, #6):
«что в субботу?» typed on a Saturday must not skip the day's own events."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.understand import Ask, Dialog, understand

ZONE = ZoneInfo("Europe/Kaliningrad")
SATURDAY = datetime(2026, 12, 5, 10, 0, tzinfo=ZONE)


def _asked(text: str, now: datetime = SATURDAY) -> tuple[date, date | None]:
    intent = understand(text, Dialog(), now)
    assert isinstance(intent, Ask), intent
    return intent.query.start, intent.query.end  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["что в субботу?", "что будет в субботу", "чё в сб?"])
def test_todays_weekday_in_a_question_is_today(text: str) -> None:
    assert _asked(text) == (date(2026, 12, 5), date(2026, 12, 5))


def test_another_weekday_is_the_coming_one() -> None:
    assert _asked("что в понедельник?") == (date(2026, 12, 7), date(2026, 12, 7))


def test_next_weeks_weekday_stays_next_week() -> None:
    assert _asked("что в следующую субботу?") == (date(2026, 12, 12), date(2026, 12, 12))
