"""Left open by attack z («Noticed, left», tests/data/attack_2026-12-03z.md): «верни» after
a seats increase gave the seats back but kept the students it had moved up from the waiting
list — more going than seats — and told them «Ваша запись сохранена» about a change they
were never told of. Now (leftconv21, item 1) «верни» is a true undo: the seats go back,
those moved up go back to the head of the waiting list in their old order, in the same
transaction, and each is told in plain words that the seat is withdrawn because the
organiser reverted the change, with their place in the list; one whose «Освободилось
место!» still waits for the morning was never told and gets nothing. The world of
test_left_conv20_seats (a one-seat master class, Петя going, Вася then Коля waiting)."""

from __future__ import annotations

from pathlib import Path

from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from tests.integration.test_left_conv20_seats import (
    CURATOR,
    KOLYA,
    PARTNER,
    PETYA,
    VASYA,
    World,
    at,
    seats,
    statuses,
    text,
    world,
)

__all__ = ["world"]  # the fixture, imported for the tests below


async def test_undo_of_more_seats_puts_those_moved_up_back_in_order_and_tells_them(
    world: World,
) -> None:
    store, planner, event_id = world
    await planner.handle(PARTNER, "мои мероприятия")
    await planner.handle(PARTNER, "изменить 1")
    await planner.handle(PARTNER, "места: 3")
    done = await planner.handle(PARTNER, "да")
    assert "получили место: 2 ученика" in text(done)
    assert "вернутся в лист ожидания в прежнем порядке" in text(done)
    assert await statuses(store, event_id) == ["going", "going", "going"]
    undone = await planner.handle(PARTNER, "верни")
    assert undone[0].template == "undone", undone
    assert await seats(store, event_id) == 1
    assert await statuses(store, event_id) == ["going", "waiting", "waiting"]
    vasya = await store.get_person_by_vk(VASYA)
    kolya = await store.get_person_by_vk(KOLYA)
    assert vasya is not None
    assert kolya is not None
    queue = [p.id for p in await store.signed_up(event_id, "waiting")]
    assert queue == [vasya.id, kolya.id]  # the order they queued in
    reply = text(undone)
    assert "Мест снова: 1." in reply
    assert "снова в листе ожидания, в прежнем порядке: 2 ученика — я им сообщил" in reply
    told_vasya = text(undone, VASYA)
    assert "Организатор отменил увеличение числа мест на «Мастер-класс по пайке»" in told_vasya
    assert "место, которое вы получили из листа ожидания, снова занято" in told_vasya
    assert "1-й по очереди из 2" in told_vasya
    assert "2-й по очереди из 2" in text(undone, KOLYA)
    assert "сохранена" not in told_vasya + text(undone, KOLYA)  # never «Ваша запись сохранена»
    assert text(undone, PETYA) == ""  # his seat never changed


async def test_a_student_never_told_of_the_seat_is_not_told_of_its_withdrawal(
    world: World, tmp_path: Path
) -> None:
    """At 22:00 the «Освободилось место!» waits for 08:00; «верни» five minutes later takes
    the seat back: Вася hears nothing of either (the held notice is dropped unsent)."""
    store, _, event_id = world
    night = Planner(
        store,
        FixedClock(at("2026-12-07T22:00")),
        PlannerConfig(tz=store.tz, admins=frozenset({CURATOR})),
    )
    await night.handle(PARTNER, "мои мероприятия")
    await night.handle(PARTNER, "изменить 1")
    await night.handle(PARTNER, "места: 2")
    done = await night.handle(PARTNER, "да")
    [held] = [r for r in done if VASYA in r.recipients]
    assert held.template == "signup_promoted"
    assert held.not_before is not None
    undone = await night.handle(PARTNER, "верни")
    assert await statuses(store, event_id) == ["going", "waiting", "waiting"]
    assert [r for r in undone if VASYA in r.recipients] == []
    assert "о месте они ещё не узнали" in text(undone)
