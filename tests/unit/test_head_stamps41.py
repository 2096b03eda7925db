"""`stamps.head_stamps` (stamp41): which head lines of a pasted text are nothing but a
publication stamp, so that parse_many never reads them as a plan's rows."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents_many import parse_many
from bot.core.language.stamps import head_stamps
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-11-23T10:00")  # school wall clock (naive)


@pytest.mark.parametrize(
    "line",
    [
        "20.11.2026 12:40",
        "20.11.2026 (12:40)",
        "Опубликовано 23 ноября 2026, 12:40",
        "Образование | 20 ноября 2026, 16:05",
        "20 ноября 2026, 12:40",
        "23.11.2026 12:40",  # after the post's moment too (doubt41's chat test's clock)
        "Пн, 23.11.2026 (12:40)",
    ],
)
def test_a_stamp_line_at_the_head_is_found(line: str) -> None:
    assert head_stamps([line, "Лекция 5 декабря в 15:00"], NOW) == {line}


@pytest.mark.parametrize(
    "line",
    [
        "05.12.2026 15:00 — Лекция «Космос рядом», 9А",  # a row with its title
        "20.11.2026 12:40 — Лекция, 9А",
        "План мероприятий на декабрь",
    ],
)
def test_a_row_or_a_heading_is_no_stamp(line: str) -> None:
    assert head_stamps([line, "Лекция 5 декабря в 15:00"], NOW) == frozenset()


def test_two_bare_moments_are_sessions_not_stamps() -> None:
    lines = ["Мастер-класс «Ёлка» для 3А", "12.12.2026 15:00", "19.12.2026 15:00"]
    assert head_stamps(lines, NOW) == frozenset()


def test_a_stamp_below_the_head_is_left_to_the_plan() -> None:
    lines = ["План", "05.12.2026 15:00 Лекция", "12.12.2026 14:00 Экскурсия", "20.11.2026 12:40"]
    assert head_stamps(lines, NOW) == frozenset()


def test_a_short_item_under_its_stamp_is_one_event() -> None:
    """It was two rows on main: the stamp's moment (20 November 12:40) and the event."""
    text = (
        "20.11.2026 (12:40)\nГородской музей 5 декабря в 15:00 откроет выставку «Зимняя "
        "сказка» для учеников 3–6 классов."
    )
    [intent] = parse_many(text, NOW)
    assert isinstance(intent, EventIntent)
    assert intent.draft.start == datetime.fromisoformat("2026-12-05T15:00")


def test_a_plan_under_a_stamp_keeps_its_rows_and_drops_the_stamp() -> None:
    text = (
        "Опубликовано 20 ноября 2026, 12:40\nПлан мероприятий на декабрь\n"
        "05.12.2026 15:00 — Лекция «Космос рядом», 9А\n"
        "12.12.2026 14:00 — Экскурсия в музей янтаря, 7Б"
    )
    starts = [i.draft.start for i in parse_many(text, NOW) if isinstance(i, EventIntent)]
    assert starts == [
        datetime.fromisoformat("2026-12-05T15:00"),
        datetime.fromisoformat("2026-12-12T14:00"),
    ]
