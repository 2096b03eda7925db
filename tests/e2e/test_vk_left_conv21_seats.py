"""«верни» after a seats increase over VK (leftconv21, item 1), through the real bot, its
outbox and the local VK server: the curator gives a one-seat excursion three seats, the two
waiting students get «Освободилось место!»; «верни» puts them back on the waiting list in
their old order, and each gets, once, a plain notice that the seat is withdrawn because the
organiser reverted the change, with their place in the list — never «Ваша запись
сохранена»."""

from __future__ import annotations

from datetime import datetime

from bot.core.language.actions import ButtonAction
from bot.core.models import Audience, NewEvent, OrgKind
from bot.core.ports import FixedClock
from tests.e2e.conftest import CURATOR, TZ, Running
from tests.e2e.vk_server import FakeVK

GOING, FIRST, SECOND = 3501, 3502, 3503


def count(vk: FakeVK, peer: int, fragment: str) -> int:
    return sum(fragment in text for text in vk.texts_to(peer))


async def test_undone_seats_are_withdrawn_from_those_moved_up_over_vk(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot
    vk, store, loop = running.vk, running.app.store, running.app.loop
    org = await store.create_organisation("Завод", OrgKind.PARTNER)
    start = datetime(2026, 12, 22, 11, 0, tzinfo=TZ)
    [event] = await store.add_events(
        [
            NewEvent(
                "Экскурсия на завод",
                org.id,
                start,
                start.replace(hour=13),
                audience=Audience(grades=frozenset({9})),
                capacity=1,
            )
        ],
        None,
    )
    for peer, said in ((GOING, "Вы записаны"), (FIRST, "листе ожидания"), (SECOND, "листе")):
        vk.push_callback(peer, {"a": "signup", "id": event.id})
        await vk.wait_text(peer, said)
    vk.push_callback(CURATOR, {"a": ButtonAction.EDIT_EVENT.value, "id": event.id, "f": "venue"})
    await vk.wait_text(CURATOR, "Экскурсия на завод")
    vk.push_message(CURATOR, "мест 3")
    await vk.wait_text(CURATOR, "Мест: 1 → 3")
    vk.push_message(CURATOR, "да")
    await vk.wait_text(CURATOR, "получили место: 2 ученика")
    await vk.wait_text(FIRST, "Освободилось место")
    await vk.wait_text(SECOND, "Освободилось место")
    vk.push_message(CURATOR, "верни")
    await vk.wait_text(CURATOR, "снова в листе ожидания, в прежнем порядке: 2 ученика")
    first = await vk.wait_text(FIRST, "Организатор отменил увеличение числа мест")
    assert "«Экскурсия на завод»" in first
    assert "Вы снова в листе ожидания: 1-й по очереди из 2" in first
    second = await vk.wait_text(SECOND, "Организатор отменил увеличение числа мест")
    assert "2-й по очереди из 2" in second
    await loop.tick()  # the outbox sends nothing twice
    for peer in (FIRST, SECOND):
        assert count(vk, peer, "Организатор отменил") == 1
        assert count(vk, peer, "сохранена") == 0
    assert count(vk, GOING, "Организатор отменил") == 0
    assert [p.vk_id for p in await store.signed_up(event.id, "waiting")] == [FIRST, SECOND]
