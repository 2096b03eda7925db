"""Review z2 (2026-12-03), #2: «верни» of a seats increase (leftconv21) when a student it
moved up gave the seat up before the undo and the next in the queue took it. leftconv21's
undo moved back only those the increase itself moved up: Вася had left, so nobody went
back, and «Вернул как было … Мест снова: 1» left Петя and Коля going for one seat. The
world of test_left_conv20_seats: a one-seat master class, Петя going, Вася then Коля
waiting."""

from __future__ import annotations

from tests.integration.test_left_conv20_seats import (
    KOLYA,
    PARTNER,
    VASYA,
    World,
    seats,
    statuses,
    text,
    world,
)

__all__ = ["world"]


async def test_undo_after_a_moved_up_student_left_and_the_next_took_the_seat(
    world: World,
) -> None:
    store, planner, event_id = world
    await planner.handle(PARTNER, "мои мероприятия")
    await planner.handle(PARTNER, "изменить 1")
    await planner.handle(PARTNER, "места: 2")
    await planner.handle(PARTNER, "да")
    assert await statuses(store, event_id) == ["going", "going", "waiting"]
    await planner.handle(VASYA, "мои записи")
    await planner.handle(VASYA, "не пойду на мастер-класс по пайке")
    assert await statuses(store, event_id) == ["going", "cancelled", "going"]  # Коля moved up
    undone = await planner.handle(PARTNER, "верни")
    assert await seats(store, event_id) == 1
    # one seat, one going: Коля, who got the seat the increase made, waits again, first
    assert await statuses(store, event_id) == ["going", "cancelled", "waiting"]
    told = text(undone, KOLYA)
    assert "место, которое вы получили из листа ожидания, снова занято" in told, told
    assert "1-й по очереди из 1" in told, told
    assert "снова в листе ожидания" in text(undone)


async def test_undo_leaves_the_going_alone_when_the_seats_still_hold_them(
    world: World,
) -> None:
    """Seats 1 → 3 moved Вася and Коля up; Вася left: «верни» puts Коля back, Петя stays."""
    store, planner, event_id = world
    await planner.handle(PARTNER, "мои мероприятия")
    await planner.handle(PARTNER, "изменить 1")
    await planner.handle(PARTNER, "места: 3")
    await planner.handle(PARTNER, "да")
    await planner.handle(VASYA, "мои записи")
    await planner.handle(VASYA, "не пойду на мастер-класс по пайке")
    await planner.handle(PARTNER, "верни")
    assert await statuses(store, event_id) == ["going", "cancelled", "waiting"]
