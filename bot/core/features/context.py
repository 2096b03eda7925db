"""What every feature handler gets: the store (seen through the ports it needs), the clock,
the planner's configuration, and a few shared look-ups (organisations, the school)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from bot.core.access import INVITATION_TTL
from bot.core.dialog import Dialog
from bot.core.language.commands import CommandKind
from bot.core.models import Organisation, OrgKind, Person
from bot.core.ports import Clock, Directory, SchoolRef, Schools, Store
from bot.core.replies import Reply
from bot.core.students import Students

StoreT = TypeVar("StoreT", bound=Directory, covariant=True)


@dataclass(frozen=True)
class PlannerConfig:
    """The school's settings the planner needs.

    `tz` is the school's zone (wall-clock times are read and shown in it); `admins` are VK
    ids that are always curators; `feed_base_url` is set when `python -m bot webhook` serves
    the /ics/ calendar feeds.
    """

    tz: ZoneInfo
    admins: frozenset[int] = frozenset()
    school_name: str = "Школа"
    feed_base_url: str | None = None  # set when `python -m bot webhook` serves /ics/ feeds
    invite_days: int = INVITATION_TTL.days  # how long an invitation code stays valid
    city_viewers: frozenset[int] = frozenset()  # VK ids of the education department (read-only)


@dataclass(frozen=True)
class Context(Generic[StoreT]):
    """The shared context passed to every handler (like aiogram's injected `data`).

    A handler annotates `Context[SomePorts]` with only the ports it uses; the router holds a
    `Context[Store]`, which fits every one of them. Rendering is not here: handlers return
    template ids with data (bot.core.replies.Reply) and the transport renders them.
    """

    store: StoreT
    clock: Clock
    config: PlannerConfig
    students: Students
    school_ref: SchoolRef | None = None  # this school, on a deployment of several
    schools: Schools | None = None  # every school of the deployment (None: just this one)

    def wall_now(self) -> datetime:
        """The school's wall-clock time, as the parser expects it."""
        return self.clock.now().astimezone(self.config.tz).replace(tzinfo=None)

    async def orgs(self) -> dict[int, Organisation]:
        """Every organisation by id (names for cards and lists)."""
        return {o.id: o for o in await self.store.list_organisations()}

    async def school(self) -> Organisation:
        """The school's own organisation, created on first use."""
        return await school_organisation(self.store, self.config.school_name)

    async def organisation_of(self, person: Person) -> int:
        """The organisation a person acts for; the school for those without one."""
        if person.organisation_id is not None:
            return person.organisation_id
        return (await self.school()).id


Handler = Callable[[Context[Store], Person, Dialog, Any], Awaitable[list[Reply]]]
"""A route's handler: (context, person, their dialog, the intent) -> replies. It may change
the dialog (the router stores it after the handler returns)."""
Routes = dict[type, Handler]  # intent type -> handler
Commands = dict[CommandKind, Handler]  # command kind -> handler


async def school_organisation(store: Directory, name: str) -> Organisation:
    """The school's own organisation, created on first use (by whichever of two messages
    at once comes first: `organisation_once`)."""
    found = await store.find_organisation(name)
    if found is not None:
        return found
    return await organisation_once(store, name, OrgKind.SCHOOL)


async def organisation_once(store: Directory, name: str, kind: OrgKind) -> Organisation:
    """A new organisation `name` of `kind`; when another message created that name meanwhile
    (the store refuses a second organisation of one case-folded name: SQLite's
    IntegrityError, PostgreSQL's DuplicateKeyError — both «UNIQUE … failed», as
    tests/contracts/test_directory.py pins), that one: two messages at once make one
    organisation, and neither is answered «error» (organiser77, organiser78)."""
    try:
        return await store.create_organisation(name, kind)
    except Exception as error:
        if "UNIQUE" not in str(error):
            raise
        found = await store.find_organisation(name)
        if found is None:
            raise
        return found
