"""Walk n (2026-12-02): a range or an hour count starting at «24:00» / «в 24 часа» starts at
the midnight closing the day (ISO 8601), like «в 24:00» alone; «через 24 часа» stays an
offset and a length in hours stays a length."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-02T10:00")  # a Wednesday


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Дискотека 19 декабря в 24:00 до 02:00, 10Б", "2026-12-20T00:00", "2026-12-20T02:00"),
        ("Дискотека 19 декабря с 24:00 до 3:00, 10Б", "2026-12-20T00:00", "2026-12-20T03:00"),
        ("Дискотека 19 декабря с 24.00 до 01.30, 10Б", "2026-12-20T00:00", "2026-12-20T01:30"),
        ("Дискотека 19 декабря 24:00–02:00, 10Б", "2026-12-20T00:00", "2026-12-20T02:00"),
        ("Дискотека 19 декабря в 24 часа, 10Б", "2026-12-20T00:00", None),
    ],
)
def test_a_start_at_24_is_the_next_midnight(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


def test_midnight_as_0_00_stays_on_its_day() -> None:
    got = _parse("Дискотека 19 декабря с 0:00 до 02:00, 10Б")
    assert (got["start"], got["end"]) == ("2026-12-19T00:00", "2026-12-19T02:00")


def test_24_hours_as_a_length_stays_a_length() -> None:
    got = _parse("Марафон 19 декабря с 10:00, продлится 24 часа, 10Б")
    assert got["start"] == "2026-12-19T10:00"
