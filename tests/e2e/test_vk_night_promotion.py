"""A seat freed at night (newcomer walk 2026-12-01h, #8), through the real bot and the local
VK server on a hand-moved clock: the waiting student is promoted at once (the seat is theirs
from 22:30), but «Освободилось место!» waits for 08:00 like every student notice (README:
students get nothing 21:00–08:00), goes out once, and names the reminder times."""

from __future__ import annotations

from datetime import datetime

from bot.core.models import Audience, NewEvent, OrgKind
from bot.core.ports import FixedClock
from tests.e2e.conftest import TZ, Running
from tests.e2e.vk_server import FakeVK

LEAVING, WAITING = 3401, 3402


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


def count(vk: FakeVK, peer: int, fragment: str) -> int:
    return sum(fragment in text for text in vk.texts_to(peer))


async def until(vk: FakeVK, peer: int, fragment: str, times: int) -> None:
    """Waits until `peer` has had `times` texts with `fragment`."""
    await vk.wait_for(lambda s: count(s, peer, fragment) >= times, 10.0)


async def test_a_seat_freed_at_night_is_told_at_eight(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk, store, loop = running.vk, running.app.store, running.app.loop
    org = await store.create_organisation("Завод", OrgKind.PARTNER)
    start = at("2026-12-22T11:00")
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
    vk.push_callback(LEAVING, {"a": "signup", "id": event.id})
    await vk.wait_text(LEAVING, "Вы записаны")
    vk.push_callback(WAITING, {"a": "signup", "id": event.id})
    await vk.wait_text(WAITING, "листе ожидания")

    clock.set(at("2026-12-14T22:30"))
    vk.push_callback(LEAVING, {"a": "unsign", "id": event.id})
    await vk.wait_text(LEAVING, "отменена")
    await loop.tick()
    clock.set(at("2026-12-15T07:59"))
    await loop.tick()
    assert count(vk, WAITING, "Освободилось") == 0  # nothing at night
    waiting = await store.get_person_by_vk(WAITING)
    assert waiting is not None
    assert await store.signup_status(event.id, waiting.id) == "going"  # the seat is theirs

    clock.set(at("2026-12-15T08:00"))
    await loop.tick()
    told = await vk.wait_text(WAITING, "Освободилось")
    assert "Экскурсия на завод" in told
    assert "Напомню" in told
    await loop.tick()
    clock.set(at("2026-12-15T09:00"))
    await loop.tick()
    assert count(vk, WAITING, "Освободилось") == 1


async def one_seat_held(running: Running, clock: FixedClock, title: str, moment: str) -> int:
    """An event of a partner with one seat (22 December, 11:00–12:00) that LEAVING takes at
    `moment` (school wall-clock ISO): its id."""
    store, vk = running.app.store, running.vk
    org = await store.create_organisation(f"Организатор «{title}»", OrgKind.PARTNER)
    start = at("2026-12-22T11:00")
    [event] = await store.add_events(
        [NewEvent(title, org.id, start, start.replace(hour=12), capacity=1)], None
    )
    clock.set(at(moment))
    vk.push_callback(LEAVING, {"a": "signup", "id": event.id})
    await vk.wait_text(LEAVING, "Вы записаны")
    return event.id


async def test_a_student_promoted_twice_is_told_twice(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    """Promoted, left the seat, queued again and promoted again on the same event: the second
    «Освободилось место!» is a new notice, not a repeat the outbox drops as sent."""
    running, clock = clocked_bot
    vk, loop = running.vk, running.app.loop
    event_id = await one_seat_held(running, clock, "Музейный урок", "2026-12-14T10:00")
    for step, (holder, queued) in enumerate([(LEAVING, WAITING), (WAITING, LEAVING)] * 2):
        clock.set(at(f"2026-12-14T1{step}:30"))
        turn = step // 2 + 1  # the queued student's first or second time in this seat
        vk.push_callback(queued, {"a": "signup", "id": event_id})
        await until(vk, queued, "листе ожидания", turn)
        vk.push_callback(holder, {"a": "unsign", "id": event_id})
        await until(vk, holder, "отменена", turn)
        await loop.tick()
        await until(vk, queued, "Освободилось", turn)
    await loop.tick()
    assert count(vk, WAITING, "Освободилось") == 2
    assert count(vk, LEAVING, "Освободилось") == 2


async def test_a_night_promotion_the_student_gave_up_is_never_sent(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    """Moved up at 22:30, the student leaves the seat at 23:00 (say, from the list of their
    events): the held «Освободилось место!» is dropped at 08:00, not sent as if still true."""
    running, clock = clocked_bot
    vk, loop = running.vk, running.app.loop
    event_id = await one_seat_held(running, clock, "Спектакль", "2026-12-14T12:00")
    vk.push_callback(WAITING, {"a": "signup", "id": event_id})
    await vk.wait_text(WAITING, "листе ожидания")
    clock.set(at("2026-12-14T22:30"))
    vk.push_callback(LEAVING, {"a": "unsign", "id": event_id})
    await vk.wait_text(LEAVING, "отменена")
    await loop.tick()
    clock.set(at("2026-12-14T23:00"))
    vk.push_callback(WAITING, {"a": "unsign", "id": event_id})
    await vk.wait_text(WAITING, "отменена")
    for moment in ("2026-12-15T08:00", "2026-12-15T09:00"):
        clock.set(at(moment))
        await loop.tick()
    assert count(vk, WAITING, "Освободилось") == 0
