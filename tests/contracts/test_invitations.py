"""The InvitationStore port's contract: one-time invitation codes (single use, expiring,
wrong codes throttled per VK id) and secret calendar-feed tokens."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
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


async def test_open_codes_are_listed_and_one_can_be_withdrawn(store: InvitationPorts) -> None:
    """Newcomer walk 2026-12-03y, Y8 (migration 0032): the codes given out and still usable
    are listed oldest first with their role, organisation, maker and times; a withdrawn one
    links nobody, is gone from the list and cannot be withdrawn twice; a used one, an expired
    one and an unknown one are not listed and cannot be withdrawn."""
    school = await store.create_organisation("Школа", OrgKind.SCHOOL)
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    curator = await store.save_person(100, Role.STAFF, "Куратор", school.id)
    partner = await store.create_invitation(org.id, Role.PARTNER, curator.id)
    teacher = await store.create_invitation(school.id, Role.STAFF, None)
    used = await store.create_invitation(org.id, Role.PARTNER, None)
    await store.redeem_invitation(used, 555)
    expired = await store.create_invitation(org.id, Role.PARTNER, None, timedelta(seconds=-1))
    now = datetime.now(UTC)
    listed = await store.open_invitations(now)
    assert {i.code for i in listed} == {partner, teacher}
    first = next(i for i in listed if i.code == partner)
    assert (first.role, first.organisation_id, first.created_by) == (
        Role.PARTNER,
        org.id,
        curator.id,
    )
    assert first.expires_at is not None
    assert first.created_at <= now < first.expires_at
    assert first.created_at.tzinfo is not None
    withdrawn = await store.withdraw_invitation(f" {partner.lower()} ", now)
    assert withdrawn is not None
    assert withdrawn.code == partner
    assert [i.code for i in await store.open_invitations(now)] == [teacher]
    assert await store.withdraw_invitation(partner, now) is None  # not twice
    for spent in (used, expired, "NOPE2345"):
        assert await store.withdraw_invitation(spent, now) is None
    refused = await store.use_invitation(partner, 556, "Пётр")
    assert (refused.outcome, refused.person) == (Redeemed.WITHDRAWN, None)
    assert await store.get_person_by_vk(556) is None
    assert (await store.use_invitation(teacher, 557)).outcome is Redeemed.ACCEPTED
