"""bot.core.features.same_event.past_slots: the slots an event has had, from its audit log
(what `bot import` uses to know a row moved in the chat since: walk z, Z7)."""

from __future__ import annotations

from datetime import datetime

from bot.core.features.same_event import past_slots


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_an_added_then_moved_and_renamed_event_has_every_slot_in_order() -> None:
    entries = [
        {
            "action": "add",
            "details": {
                "title": "Кондитер",
                "start": "2027-01-13T12:00:00+00:00",
                "end": "2027-01-13T13:00:00+00:00",
                "venue": None,
            },
        },
        {
            "action": "update",
            "details": {
                "start": {"from": "2027-01-13T12:00:00+00:00", "to": "2027-01-14T12:00:00+00:00"},
                "end": {"from": "2027-01-13T13:00:00+00:00", "to": "2027-01-14T13:00:00+00:00"},
            },
        },
        {"action": "update", "details": {"venue": {"from": None, "to": "зал"}}},
        {"action": "update", "details": {"title": {"from": "Кондитер", "to": "МК «Кондитер»"}}},
    ]
    assert past_slots(entries) == [
        ("Кондитер", _at("2027-01-13T12:00:00+00:00"), _at("2027-01-13T13:00:00+00:00")),
        ("Кондитер", _at("2027-01-14T12:00:00+00:00"), _at("2027-01-14T13:00:00+00:00")),
        ("МК «Кондитер»", _at("2027-01-14T12:00:00+00:00"), _at("2027-01-14T13:00:00+00:00")),
    ]


def test_a_log_without_its_add_row_or_with_foreign_rows_gives_what_it_can() -> None:
    moved = {"start": {"from": "2027-01-13T12:00:00+00:00", "to": "2027-01-14T12:00:00+00:00"}}
    assert past_slots([{"action": "update", "details": moved}]) == []
    assert past_slots([{"action": "add", "details": {"title": "Лекция"}}]) == []
    assert past_slots([{"action": "status", "details": {}}]) == []
