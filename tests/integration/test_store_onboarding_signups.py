"""Invitations, sign-ups with a waiting list, and exactly-once delivery bookkeeping.

Run against both backends (SQLite and a real PostgreSQL) through the `backend` fixture.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import NewEvent, OrgKind, Role
from bot.storage import PlanStore
from bot.storage.sqlite_store import INVITATION_ALPHABET
from tests.integration.conftest import Backend

TZ = ZoneInfo("Europe/Kaliningrad")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[PlanStore]:
    opened = await backend.open(TZ)
    yield opened
    await opened.close()


async def test_invitation_links_once(store: PlanStore) -> None:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    code = await store.create_invitation(org.id, Role.PARTNER, None)
    assert len(code) == 8
    assert set(code) <= set(INVITATION_ALPHABET)
    person = await store.redeem_invitation(code.lower(), 555, "Анна")
    assert person is not None
    assert (person.role, person.organisation_id, person.name) == (Role.PARTNER, org.id, "Анна")
    assert await store.redeem_invitation(code, 556) is None
    assert await store.get_person_by_vk(556) is None
    assert await store.redeem_invitation("NOPE2345", 557) is None


async def test_existing_student_becomes_partner_by_code(store: PlanStore) -> None:
    org = await store.create_organisation("БФУ", OrgKind.PARTNER)
    student = await store.save_person(700, Role.STUDENT, "Ира", class_name="9Б")
    code = await store.create_invitation(org.id, Role.PARTNER, None)
    person = await store.redeem_invitation(code, 700)
    assert person is not None
    assert (person.id, person.role, person.name) == (student.id, Role.PARTNER, "Ира")


async def test_signups_waiting_list_and_promotion(store: PlanStore) -> None:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    [event] = await store.add_events(
        [NewEvent("Экскурсия", org.id, at("2026-12-15T15:00"), at("2026-12-15T16:00"), capacity=2)],
        None,
    )
    people = [await store.save_person(900 + i, Role.STUDENT) for i in range(4)]
    statuses = [await store.sign_up(event.id, p.id) for p in people]
    assert statuses == ["going", "going", "waiting", "waiting"]
    assert await store.sign_up(event.id, people[0].id) == "going"  # idempotent
    promoted = await store.cancel_signup(event.id, people[1].id)
    assert promoted == people[2].id
    assert await store.signup_status(event.id, people[2].id) == "going"
    assert [p.id for p in await store.signed_up(event.id)] == [people[0].id, people[2].id]
    assert [p.id for p in await store.signed_up(event.id, "waiting")] == [people[3].id]
    assert await store.cancel_signup(event.id, people[3].id) is None  # a waiting one leaves
    assert await store.cancel_signup(event.id, people[3].id) is None  # twice is harmless
    assert await store.signup_counts([event.id]) == {event.id: 2}
    mine = await store.events_of_person(people[0].id, at("2026-12-01T00:00"))
    assert [(e.title, s) for e, s in mine] == [("Экскурсия", "going")]


async def test_notifications_and_updates_are_claimed_once(store: PlanStore) -> None:
    assert await store.claim_notification("clash:1:2:100", 100)
    assert not await store.claim_notification("clash:1:2:100", 100)
    assert await store.claim_update("evt-1")
    assert not await store.claim_update("evt-1")
    assert await store.claim_update("evt-2")
