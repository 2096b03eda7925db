"""What the store does to save database round trips must keep its guarantees, on every
backend: the one-query start of a message (MessageStart) reads exactly what the three reads
it replaces read, savepoints that are no longer released still undo a failed call's writes
only, and update marks are still forgotten after a day though no longer pruned per update."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.core.models import Role
from bot.core.ports import MessageStart
from bot.core.school_settings import SCHOOL_CALENDAR_KEY
from bot.storage.transactions import PRUNE_EVERY, SEEN_UPDATES_KEEP
from tests.contracts.backends import KGD, Backend


async def test_message_start_matches_the_three_reads(store: MessageStart) -> None:
    s: Any = store
    assert await store.message_start(7, SCHOOL_CALENDAR_KEY) == (None, None, None)
    person = await s.save_person(7, Role.STUDENT, "Аня", None, "9Б")
    other = await s.save_person(8, Role.STUDENT, "Боря")
    assert await store.message_start(7, SCHOOL_CALENDAR_KEY) == (person, None, None)
    await s.set_dialog(person.id, {"step": "ask_time", "draft": {"title": "Лекция «Я»"}})
    await s.set_dialog(other.id, {"step": "other"})
    await s.set_setting(SCHOOL_CALENDAR_KEY, '{"kind": "quarters"}')
    await s.set_setting("another", "x")
    found, state, setting = await store.message_start(7, SCHOOL_CALENDAR_KEY)
    assert found == await s.get_person_by_vk(7)
    assert state == await s.get_dialog(person.id)
    assert setting == await s.get_setting(SCHOOL_CALENDAR_KEY)
    assert await store.message_start(9, SCHOOL_CALENDAR_KEY) == (None, None, setting)


async def test_a_failed_call_undoes_only_its_own_writes_in_a_unit(store: object) -> None:
    s: Any = store

    async def fails_half_way() -> None:
        async with s.transaction():
            await s.save_person(2, Role.STUDENT, "Второй")  # joins the savepoint
            raise RuntimeError("the call fails half-way")

    async def fails_after_a_nested_call() -> None:
        async with s.transaction():  # an enclosing savepoint around a nested one
            async with s.transaction():
                await s.save_person(3, Role.STUDENT, "Третий")
            raise RuntimeError("fails after its nested call succeeded")

    async with s.unit("u1"):
        kept = await s.save_person(1, Role.STUDENT, "Первый")
        with pytest.raises(RuntimeError):
            await fails_half_way()
        with pytest.raises(RuntimeError):
            await fails_after_a_nested_call()
        await s.save_person(4, Role.STUDENT, "Четвёртый")
    assert await s.get_person_by_vk(1) == kept
    assert await s.get_person_by_vk(2) is None
    assert await s.get_person_by_vk(3) is None
    assert await s.get_person_by_vk(4) is not None
    assert await s.update_handled("u1")


async def test_update_marks_are_still_forgotten_after_a_day(backend: Backend) -> None:
    now = [datetime(2026, 10, 5, 8, 0, tzinfo=UTC)]
    store = await backend.open(KGD, lambda: now[0])
    try:
        async with store.unit("old"):
            await store.save_person(1, Role.STUDENT)
        now[0] += timedelta(seconds=PRUNE_EVERY // 2)
        async with store.unit("soon"):  # within PRUNE_EVERY: no clean-up yet
            pass
        assert await store.update_handled("old")
        now[0] += timedelta(seconds=SEEN_UPDATES_KEEP + PRUNE_EVERY)
        async with store.unit("next day"):
            pass
        assert not await store.update_handled("old")  # redelivered this late: new again
        assert not await store.update_handled("soon")
        assert await store.update_handled("next day")
    finally:
        await store.close()


async def test_batched_recipient_reads_match_the_per_event_ones(store: object) -> None:
    from bot.core.models import OrgKind
    from tests.contracts.backends import new_event

    s: Any = store
    partner = await s.create_organisation("Политех", OrgKind.PARTNER)
    museum = await s.create_organisation("Музей", OrgKind.PARTNER)
    lecturer = await s.save_person(50, Role.PARTNER, "Лектор", partner.id)
    await s.save_person(51, Role.STAFF, "Методист", partner.id)
    await s.save_person(52, Role.STUDENT, "Студент-волонтёр", partner.id)  # not an organiser
    first, second, empty, other = await s.add_events(
        [
            new_event(partner.id, "2026-10-06T15:00", "2026-10-06T16:00", capacity=2),
            new_event(partner.id, "2026-10-07T15:00", "2026-10-07T16:00"),
            new_event(partner.id, "2026-10-08T15:00", "2026-10-08T16:00"),
            new_event(museum.id, "2026-10-09T15:00", "2026-10-09T16:00"),
        ],
        None,
    )
    students = [await s.save_person(100 + n, Role.STUDENT, f"Ученик {n}") for n in range(4)]
    for student in students:
        await s.sign_up(first.id, student.id)  # two going, two waiting (capacity 2)
        await s.sign_up(second.id, student.id)
    await s.cancel_signup(second.id, students[1].id)
    events = [first.id, second.id, empty.id, other.id]
    for status in ("going", "waiting"):
        many = await s.signed_up_many(events, status)
        for event_id in events:
            assert many.get(event_id, []) == await s.signed_up(event_id, status)
    organisers = await s.organisers_of([partner.id, museum.id])
    assert museum.id not in organisers
    expected = [p for p in await s.people_of_organisation(partner.id) if p.role is not Role.STUDENT]
    assert organisers[partner.id] == expected
    assert lecturer in organisers[partner.id]
    assert len(organisers[partner.id]) == 2
