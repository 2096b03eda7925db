"""Short spoken names of periods in a question (adversarial walk 2026-12-02n, #14): students
write «на зимних» for «на зимних каникулах» (the season's adjective alone, closing the
phrase) and «выхи» / «выходные» alone for «что на выходных?»."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.intents import parse_message
from bot.core.language.understand import Ask, Dialog, understand
from bot.core.models import EventIntent

ZONE = ZoneInfo("Europe/Kaliningrad")
THURSDAY = datetime(2026, 12, 3, 10, 0, tzinfo=ZONE)


def _asked(text: str, now: datetime = THURSDAY) -> tuple[date, date | None]:
    intent = understand(text, Dialog(), now)
    assert isinstance(intent, Ask), intent
    return intent.query.start, intent.query.end  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("что на зимних", "что на зимних каникулах"),
        ("чё на весенних?", "что на весенних каникулах?"),
        ("а что будет на летних", "что будет на летних каникулах"),
        ("план на зимние", "план на зимние каникулы"),
    ],
)
def test_a_seasons_adjective_alone_is_its_holidays(short: str, full: str) -> None:
    assert _asked(short) == _asked(full)
    assert _asked(short)[1] is not None


@pytest.mark.parametrize("text", ["выхи", "выходные?", "на выходных", "на выхах?"])
def test_the_weekend_alone_is_asked_about(text: str) -> None:
    assert _asked(text) == (date(2026, 12, 5), date(2026, 12, 6))


def test_a_seasons_adjective_before_a_noun_is_no_holiday() -> None:
    got = parse_message(
        "Соревнования на зимних санях 12 декабря в 15:00, 6А", THURSDAY.replace(tzinfo=None)
    )
    assert isinstance(got, EventIntent)
    assert got.draft.start is not None
    assert got.draft.start.day == 12
