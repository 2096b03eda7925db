"""The Directory port's contract: organisations, people and role changes."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

import pytest

from bot.core.access import RoleChange
from bot.core.dialog import ChangeConfirmation, ChangeKind, Dialog, PlannedChange, ScopeChoice
from bot.core.models import OrgKind, Role
from bot.core.ports import Directory, EventStore, InvitationStore, SettingsStore
from tests.contracts.backends import new_event


async def test_organisations(store: Directory) -> None:
    school = await store.create_organisation("Гимназия №1", OrgKind.SCHOOL)
    partner = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    assert await store.get_organisation(partner.id) == partner
    assert await store.find_organisation("  кгту ") == partner
    assert await store.find_organisation("БФУ") is None
    assert [o.name for o in await store.list_organisations()] == ["Гимназия №1", "КГТУ"]
    assert school.kind is OrgKind.SCHOOL


async def test_duplicate_organisation_is_refused_and_nothing_half_written(
    store: Directory,
) -> None:
    await store.create_organisation("КГТУ", OrgKind.PARTNER)
    with pytest.raises(Exception, match="UNIQUE"):
        await store.create_organisation("кгту", OrgKind.PARTNER)
    assert len(await store.list_organisations()) == 1


async def test_people_are_saved_and_updated(store: Directory) -> None:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    person = await store.save_person(101, Role.PARTNER, "Анна", org.id)
    assert (person.vk_id, person.role, person.organisation_id) == (101, Role.PARTNER, org.id)
    student = await store.save_person(202, Role.STUDENT, "Петя", class_name="9Б")
    moved = await store.save_person(202, Role.STUDENT, "Петя", class_name="10А")
    assert moved.id == student.id
    assert moved.class_name == "10А"
    assert await store.get_person(person.id) == person
    assert await store.get_person_by_vk(999) is None
    assert [p.vk_id for p in await store.people_of_organisation(org.id)] == [101]
    assert [p.vk_id for p in await store.people_with_role(Role.STUDENT)] == [202]


async def test_organisation_names_are_stored_tidy(store: Directory) -> None:
    org = await store.create_organisation("  Музей \x07 Янтаря\n ", OrgKind.PARTNER)
    assert org.name == "Музей Янтаря"
    assert await store.find_organisation("МУЗЕЙ   янтаря") == org


async def test_a_role_change_drops_the_organisation_and_keeps_the_rest(store: Directory) -> None:
    org = await store.create_organisation("Гимназия №1", OrgKind.SCHOOL)
    curator = await store.save_person(42, Role.CURATOR, "Ольга", org.id, class_name="9Б")
    other = await store.save_person(43, Role.CURATOR, "Ирина", org.id)
    changed = await store.change_role(curator, RoleChange(Role.CURATOR, Role.STUDENT, "not_admin"))
    assert (changed.id, changed.vk_id, changed.name) == (curator.id, 42, "Ольга")
    assert (changed.role, changed.organisation_id) == (Role.STUDENT, None)
    assert await store.get_person(curator.id) == changed
    assert [p.id for p in await store.people_with_role(Role.CURATOR)] == [other.id]
    assert [p.id for p in await store.people_of_organisation(org.id)] == [other.id]


class _UsedPorts(Directory, EventStore, InvitationStore, Protocol):
    """Organisations with what may refer to them: events, people, invitation codes."""


async def test_only_a_partner_nothing_refers_to_is_dropped(store: _UsedPorts) -> None:
    """chat77: «верни» of an organiser change drops the partner it added, if unused."""
    school = await store.create_organisation("Гимназия №1", OrgKind.SCHOOL)
    empty = await store.create_organisation("Клуб «Звезда»", OrgKind.PARTNER)
    hosting = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    staffed = await store.create_organisation("БФУ", OrgKind.PARTNER)
    invited = await store.create_organisation("Музей янтаря", OrgKind.PARTNER)
    await store.add_events([new_event(hosting.id, "2026-12-15T15:00", "2026-12-15T16:00")], None)
    await store.save_person(101, Role.PARTNER, "Анна", staffed.id)
    await store.create_invitation(invited.id, Role.PARTNER, None)
    for kept in (school, hosting, staffed, invited):
        assert not await store.drop_unused_partner(kept.id), kept.name
    assert await store.drop_unused_partner(empty.id)
    assert not await store.drop_unused_partner(empty.id)  # gone already
    assert await store.get_organisation(empty.id) is None
    assert len(await store.list_organisations()) == 4


class _CardPorts(Directory, EventStore, SettingsStore, Protocol):
    """Organisations, events and the dialogs whose open cards name an organisation."""


async def test_a_partner_an_open_card_names_is_not_dropped(store: _CardPorts) -> None:
    """chat78 (chat77 left it): an empty partner that another person's open organiser card
    names by id («организатор лекции — Клуб «Звезда»», not yet «да») was dropped by an undo,
    and that card's «да» then named no organisation. The drop looks at the open cards in its
    one statement; once the card is closed, the partner goes."""
    await store.create_organisation("Гимназия №1", OrgKind.SCHOOL)
    named = await store.create_organisation("Клуб «Звезда»", OrgKind.PARTNER)
    asked = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    anna = await store.save_person(101, Role.CURATOR, "Анна")
    boris = await store.save_person(102, Role.CURATOR, "Борис")
    change = PlannedChange(ChangeKind.EDIT, 1, fields=("organiser",), organisation_id=named.id)
    await store.set_dialog(anna.id, Dialog(waiting=ChangeConfirmation(change)).dump())
    scope = PlannedChange(ChangeKind.EDIT, 1, fields=("organiser",), organisation_id=asked.id)
    await store.set_dialog(boris.id, Dialog(waiting=ScopeChoice(scope)).dump())
    assert not await store.drop_unused_partner(named.id)
    assert not await store.drop_unused_partner(asked.id)  # the series' «which meetings?»
    assert await store.get_organisation(named.id) == named
    await store.set_dialog(anna.id, Dialog().dump())  # «нет»: the card is closed
    await store.set_dialog(boris.id, None)
    assert await store.drop_unused_partner(named.id)
    assert await store.drop_unused_partner(asked.id)


async def test_authorship_is_released_only_for_the_former_organisation(
    store: _UsedPorts,
) -> None:
    """safety78: a person who no longer speaks for КГТУ stops being the author of what
    they entered for КГТУ; what they filed under another organisation, and what others
    entered for КГТУ, keep their authors."""
    school = await store.create_organisation("Гимназия №1", OrgKind.SCHOOL)
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    anna = await store.save_person(101, Role.PARTNER, "Анна", kgtu.id)
    boris = await store.save_person(102, Role.PARTNER, "Борис", kgtu.id)
    added = await store.add_events(
        [
            new_event(kgtu.id, "2026-12-15T15:00", "2026-12-15T16:00", created_by=anna.id),
            new_event(kgtu.id, "2026-12-16T15:00", "2026-12-16T16:00", created_by=boris.id),
            new_event(school.id, "2026-12-17T15:00", "2026-12-17T16:00", created_by=anna.id),
        ],
        None,
    )
    assert await store.release_authorship(anna.id, kgtu.id) == 1
    stored = [await store.get_event(e.id) for e in added]
    assert [e.created_by if e else -1 for e in stored] == [None, boris.id, anna.id]
    assert await store.release_authorship(anna.id, kgtu.id) == 0  # nothing left


async def test_a_role_change_releases_the_authorship_of_the_organisation_left(
    store: _UsedPorts,
) -> None:
    """perms79: a curator dropped from BOT_ADMINS (change_role: a student, no organisation)
    stops being the author of the school's events they entered — the curator's office
    keeps them (created_by NULL), so a teacher's code of the same school later gives them no
    hold on them; a partner's event they entered (a pasted post) keeps its author, as on a
    re-link (safety78), and what a teacher entered stays the teacher's."""
    school = await store.create_organisation("Гимназия №1", OrgKind.SCHOOL)
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    curator = await store.save_person(101, Role.CURATOR, "Завуч", school.id)
    teacher = await store.save_person(102, Role.STAFF, "Анна", school.id)
    added = await store.add_events(
        [
            new_event(school.id, "2026-12-15T15:00", "2026-12-15T16:00", created_by=curator.id),
            new_event(kgtu.id, "2026-12-16T15:00", "2026-12-16T16:00", created_by=curator.id),
            new_event(school.id, "2026-12-17T15:00", "2026-12-17T16:00", created_by=teacher.id),
        ],
        None,
    )
    demoted = await store.change_role(curator, RoleChange(Role.CURATOR, Role.STUDENT, "not_admin"))
    assert demoted.organisation_id is None
    stored = [await store.get_event(e.id) for e in added]
    assert [e.created_by if e else -1 for e in stored] == [None, curator.id, teacher.id]


async def test_a_change_read_before_the_release_brings_no_author_back(
    store: _UsedPorts,
) -> None:
    """attack79: the release bumps no version (an open card stays valid), so a change read
    before it — the curator's card applied by another worker while Анна's teacher code is
    redeemed — passed the version check and wrote the `created_by` it had read: Анна was
    КГТУ's event's author again, and as the school's teacher could edit it (owner77's
    rule). The author is no field a change writes: the stored one stays."""
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    anna = await store.save_person(101, Role.PARTNER, "Анна", kgtu.id)
    added = await store.add_events(
        [new_event(kgtu.id, "2026-12-15T15:00", "2026-12-15T16:00", created_by=anna.id)], None
    )
    read = await store.get_event(added[0].id)
    assert read is not None
    assert read.created_by == anna.id
    assert await store.release_authorship(anna.id, kgtu.id) == 1
    written = await store.update_event(replace(read, venue="ауд. 14"), None)
    assert (written.venue, written.created_by) == ("ауд. 14", None)
    [again] = await store.update_events([replace(written, venue="ауд. 15")], None)
    assert again.created_by is None


async def test_a_code_of_another_organisation_releases_authorship_in_its_transaction(
    store: _UsedPorts,
) -> None:
    """review80: redeeming a code that links a person to another organisation releases,
    in the code's own transaction, their authorship of the events of the organisation
    they leave (safety78's rule). It was a second write after the code was spent
    (features.people.redeem → release_former_events): a crash or a failed write between
    the two left a teacher who still edits, moves and gives away the partner's events
    they once entered. Events they filed elsewhere, and a code of their own organisation,
    keep the authorship."""
    school = await store.create_organisation("Гимназия №1", OrgKind.SCHOOL)
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    anna = await store.save_person(101, Role.PARTNER, "Анна", kgtu.id)
    added = await store.add_events(
        [
            new_event(kgtu.id, "2026-12-15T15:00", "2026-12-15T16:00", created_by=anna.id),
            new_event(school.id, "2026-12-17T15:00", "2026-12-17T16:00", created_by=anna.id),
        ],
        None,
    )
    again = await store.create_invitation(kgtu.id, Role.PARTNER, None)
    assert await store.redeem_invitation(again, 101) is not None  # the same organisation
    stored = [await store.get_event(e.id) for e in added]
    assert [e.created_by if e else -1 for e in stored] == [anna.id, anna.id]
    code = await store.create_invitation(school.id, Role.STAFF, None)
    teacher = await store.redeem_invitation(code, 101)
    assert teacher is not None
    assert teacher.organisation_id == school.id
    stored = [await store.get_event(e.id) for e in added]
    assert [e.created_by if e else -1 for e in stored] == [None, anna.id]
