"""TrustedTime and notice_expiry (attack64, #2): a notice's expiry counts from the newest
trusted (VK) time seen when the bot's clock is behind it; never earlier than before."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.core.outbox import NOTICE_TTL, TrustedTime, notice_expiry

T0 = datetime(2026, 12, 14, 8, 0, tzinfo=UTC)


def test_nothing_seen_tells_nothing() -> None:
    assert TrustedTime(lambda: 5.0).now() is None


def test_a_reading_is_carried_forward_on_the_monotonic_clock() -> None:
    ticks = [100.0]
    trusted = TrustedTime(lambda: ticks[0])
    trusted.saw(T0)
    ticks[0] = 160.0
    assert trusted.now() == T0 + timedelta(minutes=1)


def test_an_older_reading_does_not_pull_it_back() -> None:
    ticks = [0.0]
    trusted = TrustedTime(lambda: ticks[0])
    trusted.saw(T0)
    trusted.saw(T0 - timedelta(hours=3))  # a redelivered message written earlier
    assert trusted.now() == T0
    trusted.saw(T0 + timedelta(hours=1))
    assert trusted.now() == T0 + timedelta(hours=1)


def test_the_expiry_counts_from_the_later_of_the_clocks() -> None:
    behind = T0 - timedelta(days=2)
    assert notice_expiry(behind) == behind + NOTICE_TTL
    assert notice_expiry(behind, trusted=T0) == T0 + NOTICE_TTL
    ahead = T0 + timedelta(days=2)
    assert notice_expiry(ahead, trusted=T0) == ahead + NOTICE_TTL  # never earlier
    held = T0 + timedelta(hours=10)
    assert notice_expiry(T0, held, trusted=T0 + timedelta(hours=1)) == held + NOTICE_TTL
