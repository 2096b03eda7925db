"""run72: which events are runs (come to on any of their days), which are long enough to
clash with nothing, and how a list line names a timed run on its later days."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import NewEvent
from bot.core.run_ends import is_long_run, is_run, run_days, run_end
from bot.core.views import going_on

ZONE = ZoneInfo("Europe/Moscow")


def _at(day: int, hour: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=ZONE)


def _all_day(first: int, last: int) -> NewEvent:
    return NewEvent("Выставка", 1, _at(first), _at(last) + timedelta(days=1), all_day=True)


def _timed(start: datetime, end: datetime) -> NewEvent:
    return NewEvent("Турнир", 1, start, end)


def _run(first: int, last: int) -> NewEvent:
    return _timed(_at(first, 10), run_end(date(2026, 12, last)).replace(tzinfo=ZONE))


@pytest.mark.parametrize(
    ("event", "run", "days", "long"),
    [
        (_all_day(1, 20), True, 20, True),
        (_all_day(12, 13), True, 2, False),  # a two-day hike stored all day
        (_all_day(12, 12), False, 0, False),  # one day
        (_all_day(1, 7), True, 7, True),  # a week
        (_run(5, 7), True, 3, False),  # a competition over three days
        (_run(1, 20), True, 20, True),
        (_timed(_at(9, 10), _at(10, 18)), False, 0, False),  # a clocked stretch
        (_timed(_at(9, 15), _at(9, 16)), False, 0, False),  # a lecture
        (_timed(_at(9, 20), _at(10)), False, 0, False),  # an evening to midnight
    ],
)
def test_runs_and_long_runs(event: NewEvent, run: bool, days: int, long: bool) -> None:
    assert (is_run(event), run_days(event), is_long_run(event)) == (run, days, long)


@pytest.mark.parametrize(
    ("event", "day", "said"),
    [
        (_run(5, 7), 5, None),  # its first day: «10:00 (до 7 декабря)»
        (_run(5, 7), 6, "until"),
        (_run(5, 7), 7, "last_day"),
        (_run(5, 7), 8, None),  # over
        (_timed(_at(9, 10), _at(11, 18)), 10, "until"),
        (_timed(_at(9, 10), _at(11, 18)), 11, "until_clock"),  # «идёт (до 18:00)»
        (_all_day(1, 20), 5, None),  # «весь день (до 20 декабря)» holds every day
        (_timed(_at(9, 15), _at(9, 16)), 10, None),
    ],
)
def test_a_list_line_of_a_later_day(event: NewEvent, day: int, said: str | None) -> None:
    assert going_on(event, date(2026, 12, day)) == said
