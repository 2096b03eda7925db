"""A span of days typed on an open card is its days (walk u, F7): «с 1 по 9 ноября» was
answered as a question, «На 1–9 ноября мероприятий нет»."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.draft_corrections import day_span

NOW = datetime.fromisoformat("2008-10-28T10:00")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("с 1 по 9 ноября", (date(2008, 11, 1), date(2008, 11, 9))),
        ("1–9 ноября", (date(2008, 11, 1), date(2008, 11, 9))),
        ("со 2 по 9 ноября 2008 г.", (date(2008, 11, 2), date(2008, 11, 9))),
        ("с 30 октября по 2 ноября", (date(2008, 10, 30), date(2008, 11, 2))),
    ],
)
def test_a_span_alone_is_read(text: str, span: tuple[date, date]) -> None:
    assert day_span(text, NOW) == span


@pytest.mark.parametrize(
    "text", ["что с 1 по 9 ноября?", "9 ноября", "турнир с 1 по 9 ноября", "в 15:00"]
)
def test_anything_else_is_no_span(text: str) -> None:
    assert day_span(text, NOW) is None
