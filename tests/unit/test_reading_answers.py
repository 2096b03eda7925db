"""bot.core.language.reading_answers (which reading of «не 10, а 11» a typed answer names)
and the readings of a correction repeated on the open card (draft_corrections, `applied`)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.draft_corrections import number_readings
from bot.core.language.reading_answers import declines, picked_reading
from bot.core.models import Audience

NOW = datetime.fromisoformat("2026-12-01T10:00")
GRADE_NINE = Audience(grades=frozenset({9}))


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("9 декабря (ср)", "day"),
        ("9-го", "day"),
        ("в 9", None),  # no such hour among the readings
        ("9-е классы", "audience"),
        ("9-е", None),  # the 9th or the 9th grades
    ],
)
def test_typed_values_pick_a_reading(typed: str, kind: str | None) -> None:
    # a card of 8 December at 15:00 for 8 grades: «не 8, а 9» is the day or the classes
    readings = number_readings(
        "9", "8", datetime.fromisoformat("2026-12-08T15:00"), Audience(grades=frozenset({8}))
    )
    picked = picked_reading(typed, readings, NOW)
    assert (picked.kind if picked else None) == kind


@pytest.mark.parametrize("typed", ["12 декабря", "10 классы", "в 14:00", "да", "ну не знаю"])
def test_other_values_pick_nothing(typed: str) -> None:
    readings = number_readings(
        "9", "8", datetime.fromisoformat("2026-12-08T08:00"), Audience(grades=frozenset({8}))
    )
    assert len(readings) == 3
    assert picked_reading(typed, readings, NOW) is None


def test_a_repeat_on_the_open_card_reads_the_applied_hour_too() -> None:
    """The hour already 9 (a first «не 8, а 9» took it): 8 is only the grade now, and the
    repeat may mean the hour again."""
    start = datetime.fromisoformat("2026-12-10T09:00")
    audience = Audience(grades=frozenset({8}))
    assert [r.kind for r in number_readings("9", "8", start, audience)] == ["audience"]
    readings = number_readings("9", "8", start, audience, applied=True)
    assert [(r.kind, r.already) for r in readings] == [("hour", True), ("audience", False)]


def test_nothing_applied_alone_is_asked() -> None:
    start = datetime.fromisoformat("2026-12-09T15:00")
    assert number_readings("9", "8", start, GRADE_NINE, applied=True) == ()


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("на 9 часов", "hour"),
        ("на 9 утра", "hour"),
        ("не день, а время", "hour"),
        ("класс, а не день", "audience"),
        ("не время, а число", "day"),
        ("на 9 декабря", "day"),
    ],
)
def test_an_hour_with_na_and_a_contrast_of_fields_pick_a_reading(typed: str, kind: str) -> None:
    """Walk 12-01j, #7: «на 11 часов» and «не время, а день» were not understood."""
    readings = number_readings(
        "9", "8", datetime.fromisoformat("2026-12-08T08:00"), Audience(grades=frozenset({8}))
    )
    picked = picked_reading(typed, readings, NOW)
    assert (picked.kind if picked else None) == kind


@pytest.mark.parametrize(
    ("typed", "no"),
    [
        ("нет", True),
        ("Нет, спасибо", True),
        ("не нужно", True),
        ("оставьте как было", True),
        ("нет, 9 декабря", False),  # a no with a new value is a correction
        ("не день, а время", False),
        ("да", False),
    ],
)
def test_declines(typed: str, no: bool) -> None:
    assert declines(typed) is no
