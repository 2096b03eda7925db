"""A year-less publication stamp at the head, clock first (starts42): «12:40 20 ноября»,
«12:40, 20 ноября» above a pasted post is when the page put the item up, as «20.11.2026
12:40» is — taken before the event's reading and never a plan's row — when its moment (the
day's nearest year) is not after the post's own. A day first («20 ноября 12:40») is how an
event is written and stays; so does a moment ahead, or a line naming anything besides."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.stamps import head_stamps

NOW = datetime.fromisoformat("2026-11-23T10:00")  # school wall clock (naive)


@pytest.mark.parametrize("line", ["12:40 20 ноября", "12:40, 20 ноября", "9:05 23 ноября"])
def test_a_yearless_stamp_clock_first_is_found(line: str) -> None:
    assert head_stamps([line, "Лекция 5 декабря в 15:00"], NOW) == {line}


@pytest.mark.parametrize(
    "line",
    [
        "20 ноября 12:40",  # a day first: an event's way
        "15:00 5 декабря",  # ahead of the post's moment
        "12:40 23 ноября",  # today, but later than now
        "12:40 20 ноября — лекция",  # a row with its title
    ],
)
def test_other_lines_are_no_stamp(line: str) -> None:
    assert head_stamps([line, "Лекция 5 декабря в 15:00"], NOW) == frozenset()


def test_the_stamps_clock_is_never_the_events() -> None:
    got = intent_to_json(
        parse_message(
            "12:40 20 ноября\nГородской музей 5 декабря откроет выставку «Зимняя сказка» для "
            "учеников 3–6 классов. Приглашаем всех желающих!",
            NOW,
        )
    )
    assert got["start"] == "2026-12-05"
