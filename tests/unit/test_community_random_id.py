"""The sending community in a notification's VK random_id (newcomer walk 2026-12-01d,
finding 3): two schools' notifications with the same keys never share a random_id, and a
resend by the same community keeps it."""

from __future__ import annotations

from bot.core.outbox import batch_random_id, community_random_id


def test_community_random_id_keeps_schools_apart_and_is_stable() -> None:
    base = batch_random_id(["remind:1:1796389800:1796386200:200"])
    first, second = community_random_id(base, 1111), community_random_id(base, 2222)
    assert first != second
    assert community_random_id(base, 1111) == first  # a resend gets the same id again
    assert community_random_id(base, None) == base
    assert 1 <= first <= 2**63 - 1
    assert 1 <= second <= 2**63 - 1
