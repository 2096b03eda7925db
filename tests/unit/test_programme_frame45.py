"""A programme's first slot framing the whole day (starts45, issue 10 point 4).

A one-day event whose post gives no time of its own takes its start from the programme's
first slot, and that slot's end was always dropped (a slot's end is not the event's). When the
slot's range holds every other clock of the programme («10:00–18:00 — работа выставки»
above «12:00 — …», «15:00 — …»), it is the day's frame: its end is the event's, kept without
a doubt. A slot followed by clocks past its end stays a slot."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T09:00")
HEAD = (
    "День открытых дверей в музее\n\n"
    "12 декабря музей приглашает школьников и их родителей на день открытых дверей. "
    "Вход свободный.\nПрограмма дня:\n"
)


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, NOW))


def test_a_slot_framing_every_clock_gives_the_days_end() -> None:
    got = _parse(
        HEAD + "10:00–17:00 — работа выставки «Город мастеров»\n"
        "11:00 — экскурсия по залам\n13:30 — мастер-класс по гончарному делу\n"
        "15:00 — концерт в большом зале\n"
    )
    assert (got["start"], got["end"]) == ("2026-12-12T10:00", "2026-12-12T17:00"), got
    assert not got.get("doubts"), got


def test_a_slot_with_clocks_past_its_end_stays_a_slot() -> None:
    got = _parse(
        HEAD + "10:00–12:00 — работа выставки «Город мастеров»\n"
        "11:00 — экскурсия по залам\n13:30 — мастер-класс по гончарному делу\n"
        "15:00 — концерт в большом зале\n"
    )
    assert got["start"] == "2026-12-12T10:00", got
    assert got["end"] is None, got
