"""A weekly repeat whose weekdays each have their own clock, in one sentence: «Кружок по
вторникам в 15:00 и четвергам в 16:00» was read as Tuesdays at 15:00 only, the Thursdays
dropped without a word. The chat's reading (parse_many) now gives one series per clock, the
words around the list shared. Sentences written for this test; `now` is the school's wall
clock (Monday 7 December 2026)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents_many import parse_many
from bot.core.language.weekday_clocks import meetings_by_weekday
from bot.core.models import EventIntent

MONDAY_7_DECEMBER = datetime.fromisoformat("2026-12-07T10:00")


def _series(text: str) -> list[tuple[str, str, str | None]]:
    """(first meeting, title, venue) of each event the chat reads from `text`, each a repeat."""
    found = []
    for intent in parse_many(text, MONDAY_7_DECEMBER):
        assert isinstance(intent, EventIntent)
        draft = intent.draft
        assert draft.recurrence is not None
        assert draft.start is not None
        found.append((draft.start.isoformat(timespec="minutes"), draft.title, draft.venue))
    return found


def test_two_weekdays_at_two_clocks_are_two_series() -> None:
    found = _series("Кружок робототехники по вторникам в 15:00 и четвергам в 16:00 в каб. 12")
    assert [start for start, _, _ in found] == ["2026-12-08T15:00", "2026-12-10T16:00"]
    assert {title for _, title, _ in found} == {"Кружок робототехники"}
    assert all(venue and "12" in venue for _, _, venue in found)


def test_days_sharing_a_clock_stay_one_series() -> None:
    found = _series("Хор: по понедельникам и средам в 17.30, по субботам в 11.00")
    assert [start for start, _, _ in found] == ["2026-12-07T17:30", "2026-12-12T11:00"]


def test_a_span_of_clocks_goes_with_its_days() -> None:
    intents = parse_many(
        "Секция волейбола по средам с 18:00 до 19:30, а по пятницам с 16:00 до 17:30",
        MONDAY_7_DECEMBER,
    )
    drafts = [i.draft for i in intents if isinstance(i, EventIntent)]
    assert len(drafts) == 2
    spans = [(d.start, d.end) for d in drafts]
    assert [(s.strftime("%a %H:%M"), e.strftime("%H:%M")) for s, e in spans if s and e] == [
        ("Wed 18:00", "19:30"),
        ("Fri 16:00", "17:30"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Кружок по вторникам и четвергам в 15:00",  # one clock for both days
        "Кружок по вторникам в 15:00 и по четвергам в 15:00",  # the same clock twice
        "Консультации по вторникам в 15:00. Экзамен 24 декабря в 10:00",  # not one list
        "вторникам в 15:00 и четвергам в 16:00",  # no «по»: not a weekly repeat's list
    ],
)
def test_other_shapes_are_not_split(text: str) -> None:
    assert meetings_by_weekday(text) is None


def test_the_words_around_the_list_go_to_every_part() -> None:
    parts = meetings_by_weekday("Для 5-7 классов по понедельникам в 14:00 и средам в 15:00")
    assert parts == [
        "Для 5-7 классов по понедельникам в 14:00",
        "Для 5-7 классов по средам в 15:00",
    ]


def test_abbreviated_days_are_split_too() -> None:
    found = _series("Шахматы для 5-7 классов по пн в 14:00 и ср в 15:30, каб. 21")
    assert [start for start, _, _ in found] == ["2026-12-07T14:00", "2026-12-09T15:30"]


def test_a_span_of_working_days_is_not_a_list() -> None:
    assert meetings_by_weekday("Приём с пн по пт в 9:00, сб в 10:00") is None
