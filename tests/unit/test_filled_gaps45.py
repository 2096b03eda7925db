"""Periods of one event whose gap another sentence fills (starts45, issue 10 point 4).

«21 и 22 декабря, а также со 2 по 12 января выставка будет работать в режиме прогулки. А с
23 по 29 декабря выставка работает в режиме экскурсий» — the pick read two periods (sessions)
and silently left out the days between them, which another sentence gives to the same
event in another mode. When every gap between the periods is covered by a span of days
written in another sentence naming the event's kind, the event runs from the first period
to the last. A gap left open, or filled by another kind of event, keeps the periods."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T09:00")
LEAD = (
    "Выставка «Зимний сад» откроется в краеведческом музее. 20 и 21 декабря, а также с 5 "
    "по 10 января выставка будет работать для всех желающих. "
)


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, NOW))


def test_a_gap_filled_by_the_same_event_joins_the_periods() -> None:
    got = _parse(LEAD + "А с 22 декабря по 4 января выставка работает только для школьных групп.")
    assert (got["start"], got["end"]) == ("2026-12-20", "2027-01-10"), got


def test_the_event_going_on_from_a_period_joins_them() -> None:
    """«А с 23 по 29 декабря выставка работает в режиме экскурсий» (eval8 #46): the days
    after the first period, the holidays closed till the second."""
    got = _parse(LEAD + "А с 22 по 30 декабря выставка работает только для школьных групп.")
    assert (got["start"], got["end"]) == ("2026-12-20", "2027-01-10"), got


@pytest.mark.parametrize(
    "gap",
    [
        "С 25 по 30 декабря выставка работает только для школьных групп.",  # touches neither
        "С 22 по 30 декабря выставка закрыта.",
    ],
)
def test_a_gap_left_open_keeps_the_periods(gap: str) -> None:
    got = _parse(LEAD + gap)
    assert (got["start"], got["end"]) == ("2026-12-20", "2026-12-21"), got


def test_a_gap_filled_by_another_kind_keeps_the_periods() -> None:
    got = _parse(LEAD + "А с 22 декабря по 4 января в музее пройдёт конкурс рисунков.")
    assert (got["start"], got["end"]) == ("2026-12-20", "2026-12-21"), got


@pytest.mark.parametrize(
    "gap",
    [  # review46 M1: the gap's sentence names the event but says it does not go on
        "С 22 декабря по 4 января выставка будет недоступна для посетителей: идёт монтаж.",
        "С 22 декабря по 4 января выставка переезжает в областной музей.",
        "С 22 декабря по 4 января выставку увозят на реставрацию.",
    ],
)
def test_a_gap_without_the_event_going_on_keeps_the_periods(gap: str) -> None:
    got = _parse(LEAD + gap)
    assert (got["start"], got["end"]) == ("2026-12-20", "2026-12-21"), got
