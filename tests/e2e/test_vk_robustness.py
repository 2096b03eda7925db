"""Ordering and delivery guarantees through the real bot and the local VK server."""

from __future__ import annotations

import pytest

from bot.core.replies import Reply
from bot.transports.vk.sender import SendFailed
from tests.e2e.conftest import CURATOR, Running


async def test_one_persons_messages_in_one_batch_are_handled_in_order(
    polling_bot: Running,
) -> None:
    vk = polling_bot.vk
    vk.push_message(CURATOR, "Лекция о роботах 15 декабря 2099 в 15:00, 9 классы")
    vk.push_message(CURATOR, "да")  # same long-poll batch: must not overtake the event
    await vk.wait_text(CURATOR, "Сохранено")
    assert not any("нечего" in text for text in vk.texts_to(CURATOR))


async def test_a_failed_notice_is_not_marked_sent_for_those_it_did_not_reach(
    polling_bot: Running,
) -> None:
    vk, sender = polling_bot.vk, polling_bot.app.sender
    peers = tuple(range(5000, 5300))
    notice = Reply("error", recipients=peers, dedupe_key="notice:robustness")
    vk.fail_next("messages.send", code=100)  # not a retryable error: the first call fails
    with pytest.raises(SendFailed) as failure:
        await sender.deliver([notice], None)
    assert failure.value.unsent == list(peers)
    await sender.deliver([notice], None)
    reached = [p for m in vk.sent for p in m.peer_ids if p in peers]
    assert sorted(reached) == list(peers)  # everyone once, on the second attempt
    await sender.deliver([notice], None)
    assert len([p for m in vk.sent for p in m.peer_ids if p in peers]) == len(peers)
