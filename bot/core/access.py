"""Who someone is on each message: roles re-derived from the configuration, invitation
outcomes, and the conflict raised when an event changed under a writer.

Curator rights come only from the configuration (BOT_ADMINS and the community's managers,
read at start-up): a stored curator who is no longer in that set is demoted at start-up
(so digests and notices stop reaching them) and, should the set change otherwise, on their
next message; the change is kept in the audit log (entity "person", action "role").
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.core.models import Event, Person, Role

INVITATION_TTL = timedelta(days=7)
WRONG_CODES_PER_HOUR = 5  # wrong invitation codes a person may try before being throttled
WRONG_CODE_WINDOW = timedelta(hours=1)


class CuratorStore(Protocol):
    """What re-deriving curators needs (a part of bot.core.ports.Directory)."""

    async def people_with_role(self, role: Role) -> list[Person]:
        """As bot.core.ports.Directory.people_with_role."""
        ...

    async def change_role(self, person: Person, change: RoleChange) -> Person:
        """As bot.core.ports.Directory.change_role. Returns the person as changed."""
        ...


class EventChangedError(Exception):
    """The event was changed (or removed) by someone else since it was read.

    `current` is the event as it is now (None when it no longer exists).
    """

    def __init__(self, event_id: int, current: Event | None) -> None:
        super().__init__(f"event {event_id} changed meanwhile")
        self.event_id = event_id
        self.current = current


class Redeemed(enum.StrEnum):
    """What became of a message that looks like an invitation code."""

    ACCEPTED = "accepted"
    UNKNOWN = "unknown"
    USED = "used"
    EXPIRED = "expired"
    THROTTLED = "throttled"
    WITHDRAWN = "withdrawn"  # the curator withdrew it before it was used (migration 0032)


@dataclass(frozen=True, slots=True)
class OpenInvitation:
    """An invitation code given out and not used, withdrawn or expired yet: its `role`, the
    `organisation_id` it links to, who made it (`created_by`, a person id or None), when
    (`created_at`) and until when it works (`expires_at`, None: no end); aware instants."""

    code: str
    organisation_id: int
    role: Role
    created_by: int | None
    created_at: datetime
    expires_at: datetime | None


@dataclass(frozen=True, slots=True)
class Redemption:
    """The outcome of trying a code; `person` is the linked person when ACCEPTED."""

    outcome: Redeemed
    person: Person | None = None


@dataclass(frozen=True, slots=True)
class RoleChange:
    """A stored role that the configuration no longer grants, and the role it becomes."""

    before: Role
    after: Role
    reason: str


def role_change(person: Person, admins: frozenset[int]) -> RoleChange | None:
    """The demotion due for `person`, if any: a curator not in `admins` becomes a student
    (their organisation link went with the rights; an invitation can link them again)."""
    if person.role is Role.CURATOR and person.vk_id not in admins:
        return RoleChange(Role.CURATOR, Role.STUDENT, "not_admin")
    return None


async def demote_stale_curators(store: CuratorStore, admins: frozenset[int]) -> list[Person]:
    """Apply `role_change` to every stored curator; returns the people demoted."""
    demoted = []
    for person in await store.people_with_role(Role.CURATOR):
        change = role_change(person, admins)
        if change is not None:
            demoted.append(await store.change_role(person, change))
    return demoted
