"""Walk m (2026-12-02): hours tied to a phone or a reception desk are office hours, never the
event's time; «24:00» of a day is the midnight at its end; an adverb between the end word
and its clock; seat limits written as «Максимум N участников» / «Группа до N человек»."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-02T10:00")  # a Wednesday


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    "text",
    [
        "Запись по тел. 8-911-222-33-44 (с 9 до 17).\nКонцерт хора 20 декабря в 14:00, 5А.",
        "Приём заявок до 10 декабря по тел. 8-911-222-33-44 (с 9 до 17).\n"
        "Концерт хора 20 декабря в 14:00, 5А.",
        "Концерт хора 20 декабря в 14:00, 5А. Справки по телефону 22-33-44 с 9 до 17.",
        "Концерт хора 20 декабря в 14:00, 5А. Звоните с 9:00 до 17:00: 8 (4012) 22-33-44.",
        "Концерт хора 20 декабря в 14:00, 5А. Телефон 8-911-222-33-44, с 9 до 17.",
    ],
)
def test_hours_of_a_phone_or_desk_are_not_the_event_time(text: str) -> None:
    got = _parse(text)
    assert got["start"] == "2026-12-20T14:00"
    assert got["end"] is None
