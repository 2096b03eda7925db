"""Who may do what. Curators everything; staff the school's events; partners their own
organisation's events; students ask, choose their class and sign up."""

from __future__ import annotations

from bot.core.models import Event, Person, Role

EDITORS = frozenset({Role.CURATOR, Role.STAFF, Role.PARTNER})


def can_add_events(person: Person) -> bool:
    return person.role in EDITORS and (
        person.role is Role.CURATOR or person.organisation_id is not None
    )


def can_edit(person: Person, event: Event) -> bool:
    """Curators edit any event; staff and partners only their organisation's."""
    if person.role is Role.CURATOR:
        return True
    if person.role not in EDITORS:
        return False
    return person.organisation_id is not None and person.organisation_id == event.organisation_id


def sees_all_clashes(person: Person) -> bool:
    return person.role is Role.CURATOR
