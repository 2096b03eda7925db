"""Who may add and edit events."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.core.models import Event, Person, Role
from bot.core.permissions import can_add_events, can_edit

SCHOOL, KGTU, BFU = 1, 2, 3
EVENT = Event(
    id=1,
    title="Лекция",
    organisation_id=KGTU,
    start=datetime(2026, 12, 15, 15, tzinfo=UTC),
    end=datetime(2026, 12, 15, 16, tzinfo=UTC),
)


def person(role: Role, org: int | None) -> Person:
    return Person(id=1, vk_id=1, role=role, organisation_id=org)


@pytest.mark.parametrize(
    ("role", "org", "adds", "edits"),
    [
        (Role.CURATOR, SCHOOL, True, True),
        (Role.CURATOR, None, True, True),
        (Role.PARTNER, KGTU, True, True),
        (Role.PARTNER, BFU, True, False),
        (Role.PARTNER, None, False, False),
        (Role.STAFF, SCHOOL, True, False),
        (Role.STAFF, KGTU, True, False),  # no recorded author: the curator's
        (Role.STUDENT, KGTU, False, False),
        (Role.STUDENT, None, False, False),
    ],
)
def test_permissions(role: Role, org: int | None, adds: bool, edits: bool) -> None:
    assert (can_add_events(person(role, org)), can_edit(person(role, org), EVENT)) == (adds, edits)


@pytest.mark.parametrize(
    ("role", "org", "author", "edits"),
    [
        (Role.STAFF, SCHOOL, 1, True),  # the teacher who added it
        (Role.STAFF, SCHOOL, 2, False),  # the curator's or another teacher's
        (Role.STAFF, KGTU, 1, True),  # their own entry, filed elsewhere (owner77; was False)
        (Role.PARTNER, SCHOOL, 2, True),  # a partner's colleague's: the organisation's
        (Role.CURATOR, KGTU, 2, True),
        (Role.STUDENT, SCHOOL, 1, False),
    ],
)
def test_staff_edit_the_events_they_added(role: Role, org: int, author: int, edits: bool) -> None:
    """Newcomer walk 2026-12-02m, #9: the school's teachers share one organisation."""
    event = replace(EVENT, organisation_id=SCHOOL, created_by=author)
    assert can_edit(person(role, org), event) is edits


@pytest.mark.parametrize(("author", "edits"), [(1, True), (2, False)])
def test_a_teacher_corrects_the_partners_event_they_entered(author: int, edits: bool) -> None:
    """owner77: a teacher who pasted a partner's post (the event is the partner's) still
    corrects what they entered; another teacher does not."""
    event = replace(EVENT, organisation_id=KGTU, created_by=author)
    assert can_edit(person(Role.STAFF, SCHOOL), event) is edits
