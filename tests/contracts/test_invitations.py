"""The InvitationStore port's contract: one-time invitation codes (single use, expiring,
wrong codes throttled per VK id) and secret calendar-feed tokens."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Protocol

from bot.core.access import Redeemed
from bot.core.models import OrgKind, Role
from bot.core.ports import Directory, InvitationStore
from bot.storage.sqlite_store import INVITATION_ALPHABET


class InvitationPorts(Directory, InvitationStore, Protocol):
    """Organisations and people (whom a code links) and the invitation port."""


async def test_invitation_links_once(store: InvitationPorts) -> None:
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


async def test_existing_student_becomes_partner_by_code(store: InvitationPorts) -> None:
    org = await store.create_organisation("БФУ", OrgKind.PARTNER)
    student = await store.save_person(700, Role.STUDENT, "Ира", class_name="9Б")
    code = await store.create_invitation(org.id, Role.PARTNER, None)
    person = await store.redeem_invitation(code, 700)
    assert person is not None
    assert (person.id, person.role, person.name) == (student.id, Role.PARTNER, "Ира")


async def test_use_invitation_says_what_became_of_the_code(store: InvitationPorts) -> None:
    school = await store.create_organisation("Гимназия №1", OrgKind.SCHOOL)
    code = await store.create_invitation(school.id, Role.STAFF, None)
    used = await store.use_invitation(f"  {code.lower()} ", 10, "Ольга")
    assert used.outcome is Redeemed.ACCEPTED
    assert used.person is not None
    assert (used.person.vk_id, used.person.role, used.person.organisation_id) == (
        10,
        Role.STAFF,
        school.id,
    )
    again = await store.use_invitation(code, 11)
    assert (again.outcome, again.person) == (Redeemed.USED, None)
    unknown = await store.use_invitation("ABCDEFGH", 11)
    assert (unknown.outcome, unknown.person) == (Redeemed.UNKNOWN, None)
    stale = await store.create_invitation(school.id, Role.STAFF, None, valid_for=timedelta(0))
    expired = await store.use_invitation(stale, 11)
    assert (expired.outcome, expired.person) == (Redeemed.EXPIRED, None)
    assert await store.get_person_by_vk(11) is None


async def test_wrong_codes_throttle_that_person_only(store: InvitationPorts) -> None:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    code = await store.create_invitation(org.id, Role.PARTNER, None)
    wrong = [await store.use_invitation(f"WRONG{i:03}", 20, limit=3) for i in range(3)]
    assert [r.outcome for r in wrong] == [Redeemed.UNKNOWN] * 3
    blocked = await store.use_invitation(code, 20, limit=3)  # even the right code now
    assert (blocked.outcome, blocked.person) == (Redeemed.THROTTLED, None)
    assert await store.get_person_by_vk(20) is None
    other = await store.use_invitation(code, 21, limit=3)
    assert other.outcome is Redeemed.ACCEPTED
    assert (await store.use_invitation(code, 20, limit=3, window=timedelta(0))).outcome is (
        Redeemed.USED
    )  # refusals older than the window no longer count


async def test_two_people_racing_for_one_code_link_one(store: InvitationPorts) -> None:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    code = await store.create_invitation(org.id, Role.PARTNER, None)
    results = await asyncio.gather(*(store.use_invitation(code, 30 + i) for i in range(5)))
    assert sorted(r.outcome for r in results).count(Redeemed.ACCEPTED) == 1
    assert {r.outcome for r in results} == {Redeemed.ACCEPTED, Redeemed.USED}
    assert len(await store.people_of_organisation(org.id)) == 1


async def test_codes_are_distinct(store: InvitationPorts) -> None:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    codes = {await store.create_invitation(org.id, Role.PARTNER, None) for _ in range(50)}
    assert len(codes) == 50


async def test_a_calendar_token_is_stable_until_renewed(store: InvitationPorts) -> None:
    anna = await store.save_person(1, Role.STUDENT, "Анна")
    petya = await store.save_person(2, Role.STUDENT, "Петя")
    token = await store.calendar_token(anna.id)
    assert len(token) >= 24
    assert await store.calendar_token(anna.id) == token
    other = await store.calendar_token(petya.id)
    renewed = await store.calendar_token(anna.id, renew=True)
    assert len({token, other, renewed}) == 3
    assert await store.calendar_token(anna.id) == renewed
    assert await store.calendar_token(petya.id) == other
