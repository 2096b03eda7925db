"""Interfaces the core needs from the outside world: storage and a clock.

The planner depends on these Protocols only; `bot.storage` provides the SQLite adapter, and a
PostgreSQL one can follow behind the same contract (tests/integration/test_store_contract.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from bot.core.access import INVITATION_TTL, Redemption, RoleChange
from bot.core.models import (
    Event,
    EventStatus,
    NewEvent,
    Organisation,
    OrgKind,
    Person,
    Role,
)


class Clock(Protocol):
    """Where the core gets "now" from; tests pass a frozen or hand-moved clock."""

    def now(self) -> datetime:
        """The current aware instant."""
        ...


class SystemClock:
    """The real clock, in the school's timezone."""

    def __init__(self, tz: ZoneInfo) -> None:
        self.tz = tz

    def now(self) -> datetime:
        return datetime.now(self.tz)


class FixedClock:
    """A clock that only moves when told to (tests, the `parse --now` command)."""

    def __init__(self, now: datetime) -> None:
        if now.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._now = now

    def now(self) -> datetime:
        return self._now

    def set(self, now: datetime) -> None:
        self._now = now


class Store(Protocol):
    """Everything the planner reads and writes. Each write is one transaction."""

    # organisations
    async def create_organisation(self, name: str, kind: OrgKind) -> Organisation: ...
    async def get_organisation(self, org_id: int) -> Organisation | None: ...
    async def find_organisation(self, name: str) -> Organisation | None: ...
    async def list_organisations(self) -> list[Organisation]: ...

    # people
    async def save_person(
        self,
        vk_id: int,
        role: Role,
        name: str = "",
        organisation_id: int | None = None,
        class_name: str | None = None,
    ) -> Person: ...
    async def get_person(self, person_id: int) -> Person | None: ...
    async def get_person_by_vk(self, vk_id: int) -> Person | None: ...
    async def people_of_organisation(self, org_id: int) -> list[Person]: ...
    async def people_with_role(self, role: Role) -> list[Person]: ...

    # events
    async def add_events(self, events: Sequence[NewEvent], actor_id: int | None) -> list[Event]: ...
    async def get_event(self, event_id: int) -> Event | None: ...
    async def events_of_series(self, series_id: int) -> list[Event]: ...
    async def next_series_id(self) -> int: ...
    async def update_event(self, event: Event, actor_id: int | None) -> Event:
        """Store `event` if the stored row still has `event.version`; otherwise write
        nothing and raise bot.core.access.EventChangedError with the event as it is now."""
        ...

    async def set_event_status(
        self, event_id: int, status: EventStatus, actor_id: int | None
    ) -> Event: ...
    async def events_overlapping(
        self, start: datetime, end: datetime, *, include_cancelled: bool = False
    ) -> list[Event]: ...
    async def events_between(
        self,
        start: datetime,
        end: datetime | None,
        *,
        organisation_id: int | None = None,
    ) -> list[Event]: ...

    # invitations
    async def create_invitation(
        self,
        organisation_id: int,
        role: Role,
        created_by: int | None,
        valid_for: timedelta = INVITATION_TTL,
    ) -> str: ...
    async def redeem_invitation(self, code: str, vk_id: int, name: str = "") -> Person | None: ...
    async def use_invitation(self, code: str, vk_id: int, name: str = "") -> Redemption: ...

    # roles re-derived from the configuration (bot.core.access)
    async def change_role(self, person: Person, change: RoleChange) -> Person: ...

    # calendar feeds
    async def calendar_token(self, person_id: int, *, renew: bool = False) -> str: ...

    # preferences and settings
    async def set_reminder_prefs(
        self, person_id: int, enabled: bool, offsets: list[int] | None
    ) -> None: ...
    async def get_setting(self, key: str) -> str | None: ...
    async def set_setting(self, key: str, value: str) -> None: ...

    # sign-ups and poll answers
    async def sign_up(self, event_id: int, person_id: int) -> str: ...
    async def cancel_signup(self, event_id: int, person_id: int) -> int | None: ...
    async def signup_status(self, event_id: int, person_id: int) -> str | None: ...
    async def signed_up(self, event_id: int, status: str = "going") -> list[Person]: ...
    async def events_of_person(
        self, person_id: int, since: datetime
    ) -> list[tuple[Event, str]]: ...
    async def save_feedback(
        self, event_id: int, person_id: int, role: str, **answers: Any
    ) -> None: ...
    async def signup_counts(self, event_ids: Sequence[int]) -> dict[int, int]: ...
    async def feedback_of(self, event_ids: Sequence[int]) -> list[dict[str, Any]]: ...

    # audit log
    async def audit_entries(self, event_id: int) -> list[dict[str, Any]]: ...

    # persistent dialog state (multi-step conversations survive restarts)
    async def get_dialog(self, person_id: int) -> dict[str, Any] | None: ...
    async def set_dialog(self, person_id: int, state: dict[str, Any] | None) -> None: ...
