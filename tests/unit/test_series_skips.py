"""«без 6 января» on a series' card (bot.core.language.series_skips), cases written here."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.series_skips import without_days
from bot.core.models import EventDraft, Recurrence

TZ = ZoneInfo("Europe/Moscow")
# every Monday 14:00 from 21 December 2026 to 25 January 2027: 21, 28 Dec, 4, 11, 18, 25 Jan
SERIES = EventDraft(
    title="Секция",
    start=datetime(2026, 12, 21, 14, 0, tzinfo=TZ).replace(tzinfo=None),  # wall-clock
    recurrence=Recurrence(until=date(2027, 1, 25)),
)


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("без 4 января", {date(2027, 1, 4)}),
        ("сохрани без 4 и 11 января", {date(2027, 1, 4), date(2027, 1, 11)}),
        ("давайте без 28 декабря, 4 января", {date(2026, 12, 28), date(2027, 1, 4)}),
        ("без 04.01", {date(2027, 1, 4)}),
        ("Без 18-го.", {date(2027, 1, 18)}),
    ],
)
def test_named_meetings_are_left_out(text: str, skipped: set[date]) -> None:
    found = without_days(text, SERIES, TZ)
    assert found is not None
    assert found.recurrence is not None
    assert found.recurrence.except_dates == skipped


@pytest.mark.parametrize(
    "text",
    [
        "без 5 января",  # a Tuesday: no meeting
        "без места",
        "без 4 января в актовом зале",
        "без 21, 28 декабря, 4, 11, 18 и 25 января",  # nothing would be left
    ],
)
def test_other_replies_change_nothing(text: str) -> None:
    assert without_days(text, SERIES, TZ) is None


def test_a_single_event_has_no_meetings_to_leave_out() -> None:
    single = EventDraft(
        title="Лекция", start=datetime(2027, 1, 4, 14, 0, tzinfo=TZ).replace(tzinfo=None)
    )
    assert without_days("без 4 января", single, TZ) is None
