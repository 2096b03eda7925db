"""staff74: a run whose title tells no kind (a bare quoted name) is visited when its place is
one an exhibition is visited in (run_ends.is_visited_place, is_visited_run). Places and
titles mine."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import NewEvent
from bot.core.run_ends import is_visited_place, is_visited_run

ZONE = ZoneInfo("Europe/Kaliningrad")
START = datetime(2026, 12, 7, tzinfo=ZONE)


@pytest.mark.parametrize(
    ("venue", "visited"),
    [
        ("школьный музей", True),
        ("Музей янтаря", True),
        ("в музее истории города", True),
        ("художественная галерея", True),
        ("Галерея «Вертикаль»", True),
        ("фотогалерея библиотеки", True),
        ("выставочный зал", True),
        ("актовый зал", False),
        ("лагерь «Орлёнок»", False),
        ("спортзал", False),
        (None, False),
    ],
)
def test_visited_places(venue: str | None, visited: bool) -> None:
    assert is_visited_place(venue) is visited


@pytest.mark.parametrize(
    ("title", "venue", "days", "visited"),
    [
        ("«Мир глазами детей»", "школьный музей", 14, True),
        ("«Мир глазами детей»", None, 14, False),  # nothing tells its kind: clashes
        ("«Мир глазами детей»", "школьный музей", 3, False),  # short: clashes as any event
        ("Поездка «Мир глазами детей»", "музей", 14, False),  # the title's head decides
        ("Выставка «Мир глазами детей»", "актовый зал", 14, True),
    ],
)
def test_a_bare_name_takes_its_kind_from_the_place(
    title: str, venue: str | None, days: int, visited: bool
) -> None:
    event = NewEvent(title, 1, START, START + timedelta(days=days), all_day=True, venue=venue)
    assert is_visited_run(event) is visited
