"""Attack 60, attack56's leftover: a batch whose recipients use apps of different abilities
goes as one messages.send per group of apps (clients.deliver_to_clients), and the loop
built the batch's message once, before the first group's call. A poll nudge («Напоминаем
про короткий опрос») to four students, two on an app without callback buttons (their
group goes first): while VK answers that group's call, a student of the other group answers
the poll — and then got the nudge to answer it.
"""

from __future__ import annotations

from typing import Any

from bot.core.client_caps import ClientCaps
from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_attack56_fanout import until
from tests.e2e.test_faults_delivery import FIRST, at, lecture, received

NUDGE = "Напоминаем про короткий опрос"
OLD_APP = ClientCaps(keyboard=True, inline_keyboard=True, callback=False)


async def test_a_student_answering_between_two_app_groups_of_a_nudge_is_not_nudged(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    event_id = await lecture(running, 4)
    for peer in (FIRST, FIRST + 1):
        await running.app.handler.clients.remember(peer, OLD_APP)
    late = FIRST + 3  # on a current app: the second group
    clock.set(at("2026-12-15T16:05"))  # the lecture is over: the poll
    await running.app.loop.tick()
    assert {FIRST + i for i in range(4)} <= set(received(vk, "Как прошло мероприятие"))
    acted: list[int] = []

    async def hold(params: dict[str, Any]) -> None:
        peers = str(params.get("peer_ids") or params.get("peer_id")).split(",")
        if not acted and NUDGE in str(params.get("message")) and str(FIRST) in peers:
            acted.append(0)
            vk.push_callback(late, {"a": "rate", "e": event_id, "v": 5})
            await until(lambda: len(vk.texts_to(late)) > 1)  # its answer to the rating
            acted.append(len(vk.sent))

    vk.before_answer = hold
    clock.set(at("2026-12-16T10:00"))  # the nudge, the morning after
    await running.app.loop.tick()
    assert acted, "no nudge went to the old apps' group"
    nudged = received(vk, NUDGE)
    assert (nudged[FIRST], nudged[FIRST + 2]) == (1, 1), dict(nudged)
    assert late not in nudged, vk.texts_to(late)  # answered before its group's call
