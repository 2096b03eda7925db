"""attack z (tests/data/attack_2026-12-03z.md), #2: a notice whose send met VK's own
transient errors (6 too many requests, 9 flood control, 10 internal error) through every
retry of the API client had its keys released and its outbox row deleted — «VK refused» —
and no tick ever sends a notice again: lost. A reminder's keys released are claimed again
by the next tick; a notice's are not. Now such a notice stays in the outbox for the loop
(same random_id), as after a network failure; a real refusal is still final. Through the
real bot and the local VK server."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.transports.vk.sender import SendFailed
from tests.e2e.conftest import FAST_RETRY, Running
from tests.e2e.vk_server import FakeVK

PEERS = tuple(range(61_000, 61_003))


def received(vk: FakeVK, fragment: str) -> Counter[int]:
    """peer → how many delivered messages contained `fragment`."""
    return Counter(p for m in vk.sent if fragment in m.text for p in m.peer_ids)


@pytest.mark.parametrize("code", [6, 9, 10])
async def test_a_notice_vk_could_not_take_for_a_while_is_sent_by_the_loop(
    clocked_bot: tuple[Running, FixedClock], code: int
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    notice = Reply("error", recipients=PEERS, dedupe_key=f"notice:busy{code}")
    text = Renderer().render("error")
    vk.fail_next("messages.send", code=code, times=FAST_RETRY.attempts)
    with pytest.raises(SendFailed):
        await running.app.sender.deliver([notice], None)
    assert received(vk, text) == Counter()
    clock.set(clock.now() + timedelta(minutes=2))
    await running.app.loop.tick()  # VK works again: the outbox row goes out
    assert received(vk, text) == Counter(dict.fromkeys(PEERS, 1))
    await running.app.sender.deliver([notice], None)  # and never again
    clock.set(clock.now() + timedelta(minutes=10))
    await running.app.loop.tick()
    assert received(vk, text) == Counter(dict.fromkeys(PEERS, 1))


async def test_a_notice_vk_refused_for_good_is_not_retried(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    notice = Reply("error", recipients=PEERS, dedupe_key="notice:refused")
    text = Renderer().render("error")
    vk.fail_next("messages.send", code=100)  # a parameter VK does not take: no retry helps
    with pytest.raises(SendFailed):
        await running.app.sender.deliver([notice], None)
    calls = vk.raw_sends
    clock.set(clock.now() + timedelta(minutes=2))
    await running.app.loop.tick()
    assert vk.raw_sends == calls
    assert received(vk, text) == Counter()
