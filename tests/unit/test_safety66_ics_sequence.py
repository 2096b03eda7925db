"""SEQUENCE fits RFC 5545's INTEGER whatever the clock says (safety66): an event changed
in 2099 (a bot on the app's clock set there) made icalendar raise, and the feed was a 500."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.exports.ics import SEQUENCE_MAX, sequence


def test_a_change_after_2092_keeps_the_largest_sequence() -> None:
    assert sequence(datetime(2099, 12, 20, 9, 0, tzinfo=UTC)) == SEQUENCE_MAX == 2**31 - 1


def test_sequences_before_then_still_grow_by_the_second() -> None:
    first = sequence(datetime(2026, 12, 6, 9, 0, tzinfo=UTC))
    assert sequence(datetime(2026, 12, 6, 9, 0, 1, tzinfo=UTC)) == first + 1
    assert sequence(None) == 0
    assert sequence(datetime(2020, 1, 1, tzinfo=UTC)) == 0
