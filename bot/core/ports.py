"""Interfaces the core needs from the outside world: storage (one port per aggregate) and a
clock.

The planner depends on these Protocols only; `bot.storage` provides the SQLite adapter, and a
PostgreSQL one can follow behind the same contracts (tests/contracts/, one suite per port).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol, runtime_checkable
from zoneinfo import ZoneInfo

from bot.core.access import (
    INVITATION_TTL,
    WRONG_CODE_WINDOW,
    WRONG_CODES_PER_HOUR,
    OpenInvitation,
    Redemption,
    RoleChange,
)
from bot.core.models import (
    Event,
    EventStatus,
    NewEvent,
    Organisation,
    OrgKind,
    Person,
    Role,
)
from bot.core.replies import Reply


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
        """The current instant, aware, in the school's zone."""
        return datetime.now(self.tz)


class FixedClock:
    """A clock that only moves when told to (tests, the `parse --now` command)."""

    def __init__(self, now: datetime) -> None:
        if now.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._now = now

    def now(self) -> datetime:
        """The instant last set (aware)."""
        return self._now

    def set(self, now: datetime) -> None:
        """Move the clock to `now` (aware; not checked again)."""
        self._now = now


class OffsetClock:
    """A clock that starts at a given instant and then runs at real speed (test-only:
    `BOT_CLOCK_START`, so a bot process can be restarted "at the same moment")."""

    def __init__(self, start: datetime, monotonic: Callable[[], float] = time.monotonic) -> None:
        if start.tzinfo is None:
            raise ValueError("OffsetClock needs an aware datetime")
        self._start = start
        self._monotonic = monotonic
        self._origin = monotonic()

    def now(self) -> datetime:
        """The start instant plus the real (monotonic) seconds since the clock was made."""
        return self._start + timedelta(seconds=self._monotonic() - self._origin)


@runtime_checkable
class MessageStart(Protocol):
    """A store that reads what every message starts with in one query (one database round
    trip instead of three): the person with VK id `vk_id` (None if not stored), their dialog
    state (None: none stored) and the value of the school setting `setting_key` (None)."""

    async def message_start(
        self, vk_id: int, setting_key: str
    ) -> tuple[Person | None, dict[str, Any] | None, str | None]:
        """(person with `vk_id` or None, their dialog state or None, the value of setting
        `setting_key` or None), read in one query."""
        ...


@runtime_checkable
class Atomic(Protocol):
    """A store that can make several calls one all-or-nothing write: a transaction of its
    own, or a savepoint inside the update's open unit of work (both backends have it). The
    planner wraps each message in it, so a handler that fails half-way leaves nothing behind
    (issue 9: an update's effects commit whole or not at all)."""

    def transaction(self) -> AbstractAsyncContextManager[object]:
        """A context in which every store call commits together or not at all: a transaction of its
        own, or a savepoint inside the open one."""
        ...


def all_or_nothing(store: object) -> AbstractAsyncContextManager[object]:
    """`store`'s transaction when it is Atomic (a savepoint inside an open unit of work);
    otherwise a context that does nothing, each write standing alone."""
    return store.transaction() if isinstance(store, Atomic) else nullcontext()


class Directory(Protocol):
    """Organisations and people (the school, partners, staff, students)."""

    async def create_organisation(self, name: str, kind: OrgKind) -> Organisation:
        """Store a new organisation named `name` (spaces collapsed) of `kind`. Raises when
        its case-folded name is taken (SQLite: sqlite3.IntegrityError; PostgreSQL:
        bot.storage.postgres.DuplicateKeyError)."""
        ...

    async def get_organisation(self, org_id: int) -> Organisation | None:
        """The organisation with id `org_id`; None when there is none."""
        ...

    async def find_organisation(self, name: str) -> Organisation | None:
        """The organisation whose name is `name`, spaces collapsed and case-folded; None when there
        is none."""
        ...

    async def list_organisations(self) -> list[Organisation]:
        """Every organisation, by case-folded name."""
        ...

    async def drop_unused_partner(self, org_id: int) -> bool:
        """Delete partner `org_id` when nothing refers to it — no event, person, invitation
        code or open organiser card (a dialog whose waiting change names it by id: chat78) —
        in one statement (a partner an organiser change added, that change undone: chat77);
        True when deleted. The school and any partner in use are kept (False)."""
        ...

    async def release_authorship(self, person_id: int, organisation_id: int) -> int:
        """Forget that person `person_id` entered the events filed under organisation
        `organisation_id` (their `created_by` becomes NULL) — they no longer speak for it
        (safety78: a partner's representative who joined the school as a teacher keeps no
        right to edit the partner's events). Events of other organisations stay theirs.
        Returns how many events were released."""
        ...

    async def save_person(
        self,
        vk_id: int,
        role: Role,
        name: str = "",
        organisation_id: int | None = None,
        class_name: str | None = None,
    ) -> Person:
        """Create the person with `vk_id`, or update their role, name, organisation and class (None
        clears them): the stored person. One transaction."""
        ...

    async def get_person(self, person_id: int) -> Person | None:
        """The person with id `person_id`; None when there is none."""
        ...

    async def get_person_by_vk(self, vk_id: int) -> Person | None:
        """The person with VK id `vk_id`; None when there is none."""
        ...

    async def people_of_organisation(self, org_id: int) -> list[Person]:
        """The people linked to organisation `org_id`."""
        ...

    async def people_with_role(self, role: Role) -> list[Person]:
        """Everyone with `role`."""
        ...

    async def change_role(self, person: Person, change: RoleChange) -> Person:
        """Apply a role change re-derived from the configuration (bot.core.access), with an
        audit row. The change drops the person's organisation link, and with it their
        authorship of that organisation's events (release_authorship, in the same
        transaction; perms79: a curator dropped from BOT_ADMINS and later linked as a
        teacher keeps no hold on what they entered as curator — the curator's office does)."""
        ...


class EventStore(Protocol):
    """Events, recurring series and each event's audit log. Times are aware (UTC stored)."""

    async def add_events(
        self, events: Sequence[NewEvent], actor_id: int | None, *, at: datetime | None = None
    ) -> list[Event]:
        """Store events in one transaction. `at` is the bot's clock now (aware): it becomes
        each event's timed_at (Event.timed_at; None: not recorded)."""
        ...

    async def get_event(self, event_id: int) -> Event | None:
        """The event with id `event_id`, whatever its status; None when there is none."""
        ...

    async def events_of_series(self, series_id: int) -> list[Event]:
        """Every event of series `series_id` (cancelled ones too), by start."""
        ...

    async def series_turn(self, series_id: int) -> None:
        """Inside an update's unit, wait until no other unit holds series `series_id`'s turn,
        then hold it until this unit commits or rolls back, so a count of the series'
        meetings read after it stays true up to the commit (attack79: two «да» at once on
        two workers each counted 39 meetings ahead and each added one — 41). A no-op where
        units already take turns (SQLite's BEGIN IMMEDIATE) or outside a unit."""
        ...

    async def next_series_id(self) -> int:
        """A new series id no other writer gets (its own transaction)."""
        ...

    async def update_event(
        self,
        event: Event,
        actor_id: int | None,
        *,
        at: datetime | None = None,
        reason: str | None = None,
    ) -> Event:
        """Store `event` if the stored row still has `event.version`; otherwise write
        nothing and raise bot.core.access.EventChangedError with the event as it is now.
        When the start changes, or the event leaves the cancelled status, its timed_at
        becomes `at` (the bot's clock now; None: not recorded); otherwise it is kept.
        `reason` (the author's words, a cancel's «в каникулы школа закрыта») is kept in the
        audit row's details under "reason" (audit_entries)."""
        ...

    async def update_events(
        self,
        events: Sequence[Event],
        actor_id: int | None,
        *,
        at: datetime | None = None,
        reason: str | None = None,
    ) -> list[Event]:
        """Store every event in one transaction, each under update_event's version rule:
        if any stored row changed meanwhile, nothing is written (EventChangedError)."""
        ...

    async def set_event_status(
        self,
        event_id: int,
        status: EventStatus,
        actor_id: int | None,
        *,
        at: datetime | None = None,
    ) -> Event:
        """Give event `event_id` `status`, as it is stored now (re-read in the same transaction),
        under update_event's rules; the stored event. Raises KeyError when there is no such event.
        """
        ...

    async def events_overlapping(
        self, start: datetime, end: datetime, *, include_cancelled: bool = False
    ) -> list[Event]:
        """Events whose half-open interval overlaps [start, end) (aware instants), by start;
        cancelled ones only with `include_cancelled`."""
        ...

    async def events_between(
        self,
        start: datetime,
        end: datetime | None,
        *,
        organisation_id: int | None = None,
    ) -> list[Event]:
        """Events not cancelled overlapping [start, end) (aware; None: open-ended), of organisation
        `organisation_id` only when given, by start."""
        ...

    async def audit_entries(self, event_id: int) -> list[dict[str, Any]]:
        """Event `event_id`'s audit rows, oldest first: {"at" (aware, the school's zone),
        "actor_id", "action", "details" (a dict)}."""
        ...


@runtime_checkable
class PlanFileStore(Protocol):
    """Which plan file stored events were saved from (migration 0023), so that a corrected
    plan sent again can be compared with the earlier file (bot.core.features.plan_updates).
    Both backends have it; the planner checks with isinstance, like Atomic."""

    async def record_plan_file(self, event_ids: Sequence[int], filename: str) -> int:
        """Record `event_ids` as the rows of one plan file named `filename`, in one
        transaction; an event recorded before moves to this file. Returns the file's id
        (the smallest of the ids); 0 and nothing written for no ids."""
        ...

    async def plan_file_events(self, event_ids: Sequence[int]) -> list[int]:
        """Every event id (sorted) recorded with the same files as any of `event_ids`,
        those included; [] when none of them was recorded."""
        ...


class SignupStore(Protocol):
    """Students' sign-ups (going / waiting) and everyone's after-event poll answers."""

    async def sign_up(self, event_id: int, person_id: int, *, at: datetime | None = None) -> str:
        """Sign a person up: "going", or "waiting" when the event is full (idempotent). A
        sign-up that becomes "going" records `at` (the bot's clock now; None: not recorded)
        as the moment its reminders start (going_since)."""
        ...

    async def cancel_signup(
        self, event_id: int, person_id: int, *, at: datetime | None = None
    ) -> int | None:
        """Withdraw a sign-up; returns the person promoted from the waiting list, if any,
        whose going_since becomes `at`."""
        ...

    async def promote_waiting(self, event_id: int, *, at: datetime | None = None) -> list[int]:
        """Move the waiting list up in the order it queued while the event has a free seat
        (after its capacity was raised or removed); each promoted sign-up's going_since
        becomes `at`. Returns the promoted people's ids in that order."""
        ...

    async def return_to_waiting(self, event_id: int, person_ids: Sequence[int]) -> list[int]:
        """Undo promote_waiting (a seats increase taken back by «верни»): those of
        `person_ids` still going go back to the head of the waiting list in the order given
        (their old queue order), ahead of everyone waiting now; their going_since is
        cleared. Returns the ids moved back, in that order (one who gave the seat up
        meanwhile is left as they are); one transaction."""
        ...

    async def going_since(self, event_ids: Sequence[int]) -> dict[tuple[int, int], datetime]:
        """(event id, person id) → when that "going" sign-up became going (aware), for the
        going sign-ups of `event_ids` that have it recorded (migration 0026)."""
        ...

    async def signup_status(self, event_id: int, person_id: int) -> str | None:
        """Person `person_id`'s sign-up status for event `event_id` ("going", "waiting", …); None
        when they never signed up."""
        ...

    async def signed_up(self, event_id: int, status: str = "going") -> list[Person]:
        """The people with sign-up `status` for event `event_id`, in the order they signed up."""
        ...

    async def events_of_person(self, person_id: int, since: datetime) -> list[tuple[Event, str]]:
        """(event, "going" or "waiting") of a person's sign-ups for events not cancelled that end
        after `since` (aware), by start."""
        ...

    async def save_feedback(self, event_id: int, person_id: int, role: str, **answers: Any) -> None:
        """Store or change one person's poll answers to event `event_id` (`answers`: rating,
        recommend, comment, attended) as `role`; the answers are kept apart from the person (reports
        read them anonymously). Raises ValueError for another field."""
        ...

    async def signup_counts(self, event_ids: Sequence[int]) -> dict[int, int]:
        """event id -> how many are going, for `event_ids` (events nobody goes to are left out)."""
        ...

    async def feedback_of(self, event_ids: Sequence[int]) -> list[dict[str, Any]]:
        """The poll answers to `event_ids`, without who gave them: {"event_id", "role", "attended",
        "rating", "recommend", "comment"}."""
        ...

    async def answered_by(self, event_id: int) -> set[int]:
        """The ids of the people who have answered event `event_id`'s poll."""
        ...

    async def undelivered_counts(self, event_ids: Sequence[int]) -> dict[int, int]:
        """event id -> how many people VK refused to deliver its notifications to (error 901:
        messages closed); events with none left out."""
        ...


class SettingsStore(Protocol):
    """Per-person reminder preferences, school-wide settings, and dialog state.

    A dialog state is the JSON object `bot.core.dialog.Dialog.dump()` gives (it carries its
    own version number); None deletes it. Multi-step conversations survive restarts.
    """

    async def set_reminder_prefs(
        self,
        person_id: int,
        enabled: bool,
        offsets: list[int] | None,
        clock: str | None = None,
        chosen_at: datetime | None = None,
    ) -> None:
        """Everything of a person's reminder preference at once (one write): on or off, own
        offsets (minutes; None: the school's defaults), a clock-time reminder
        (bot.core.reminders.ReminderClock.dump(); None: none) and when these times were
        chosen (aware; None: not recorded). What is not given is cleared."""
        ...

    async def reminder_prefs(self, person_id: int) -> tuple[bool, list[int] | None]:
        """(enabled, own offsets in minutes or None for the school's defaults)."""
        ...

    async def reminder_clocks(self) -> dict[int, tuple[str | None, datetime | None]]:
        """person id -> (clock, chosen_at) of set_reminder_prefs, for every person with
        either recorded (instants aware, in the school's zone)."""
        ...

    async def get_setting(self, key: str) -> str | None:
        """The school setting `key`'s value; None when not set."""
        ...

    async def set_setting(self, key: str, value: str) -> None:
        """Set school setting `key` to `value` (one transaction)."""
        ...

    async def get_dialog(self, person_id: int) -> dict[str, Any] | None:
        """Person `person_id`'s dialog state (Dialog.dump()); None when none is stored."""
        ...

    async def set_dialog(self, person_id: int, state: dict[str, Any] | None) -> None:
        """Store person `person_id`'s dialog state; None deletes it."""
        ...


class InvitationStore(Protocol):
    """One-time invitation codes and secret calendar-feed tokens."""

    async def create_invitation(
        self,
        organisation_id: int,
        role: Role,
        created_by: int | None,
        valid_for: timedelta = INVITATION_TTL,
    ) -> str:
        """A fresh one-time code that links whoever sends it to `organisation_id` with `role`, valid
        for `valid_for` (INVITATION_TTL by default); `created_by` is the person who asked (None: the
        operator)."""
        ...

    async def redeem_invitation(self, code: str, vk_id: int, name: str = "") -> Person | None:
        """Use a code once: the sender is linked to its organisation with its role and returned;
        None for a code unknown, used, withdrawn or expired (use_invitation says which)."""
        ...

    async def use_invitation(
        self,
        code: str,
        vk_id: int,
        name: str = "",
        *,
        limit: int = WRONG_CODES_PER_HOUR,
        window: timedelta = WRONG_CODE_WINDOW,
    ) -> Redemption:
        """Redeem a code (single use, unexpired, wrong codes throttled per VK id)."""
        ...

    async def open_invitations(self, at: datetime) -> list[OpenInvitation]:
        """The codes given out and still usable at `at` (not used, not withdrawn, not
        expired), oldest first (newcomer walk 2026-12-03y, Y8)."""
        ...

    async def withdraw_invitation(self, code: str, at: datetime) -> OpenInvitation | None:
        """Withdraw a code still usable at `at` (any case; spaces ignored): from then on it
        links nobody (use_invitation answers WITHDRAWN). Returns the code as it was; None
        (nothing written) for a code unknown, used, expired or withdrawn already."""
        ...

    async def calendar_token(self, person_id: int, *, renew: bool = False) -> str:
        """Person `person_id`'s secret calendar-feed token, created on first use; with `renew`, a
        new one that revokes the old."""
        ...


class OutboxStore(Protocol):
    """Notifications already sent (claimed by key, so none goes out twice) and the update log
    (VK updates already handled, by event_id). The notification loop's and the transports'
    port; `bot.core.notifications.DeliveryStore` and `bot.core.digest.DigestStore` list the
    same methods for their own use."""

    async def claim_notification(self, key: str, peer_id: int, at: datetime | None = None) -> bool:
        """Record notification `key` to `peer_id` before sending it (at `at`, aware; default now);
        False when it was claimed already (it is not sent twice)."""
        ...

    async def claim_notifications(
        self, items: Sequence[tuple[str, int]], at: datetime | None = None
    ) -> set[str]:
        """Claim many (key, peer) at once, in one transaction (at `at`); returns the keys claimed
        now."""
        ...

    async def release_notification(self, key: str) -> None:
        """Forget claimed `key` (its sending failed), so the next tick sends it again."""
        ...

    async def sent_keys(self, keys: Sequence[str]) -> set[str]:
        """Which of `keys` are already claimed."""
        ...

    async def sent_times(self, keys: Sequence[str]) -> dict[str, datetime]:
        """key -> when it was claimed (aware), for those of `keys` claimed."""
        ...

    async def claim_update(self, event_id: str, keep_seconds: int = 86_400) -> bool:
        """True the first time VK update `event_id` is seen (across processes), remembered at least
        `keep_seconds`; False for a redelivery."""
        ...


class Store(Directory, EventStore, SignupStore, SettingsStore, InvitationStore, Protocol):
    """Everything the planner reads and writes: the union of the ports above (the outbox
    aside, which only the notification loop and the transports use). Each write is one
    transaction. Feature handlers annotate the smaller ports they need."""


@dataclass(frozen=True, slots=True)
class SchoolRef:
    """One school of the deployment (from the schools config).

    `key` is the config's slug (e.g. "g32"), `name` the school's name as people read it
    («Гимназия №32»), `aliases` other ways people name it («32-я гимназия», «гимназия 32»).
    """

    key: str
    name: str
    aliases: tuple[str, ...] = ()


class SchoolSettings(Protocol):
    """What another school's core tells about its settings (bot.core.features.context's
    PlannerConfig has these): its time zone, name and the VK ids that are always curators."""

    @property
    def tz(self) -> ZoneInfo:
        """The school's time zone."""
        ...

    @property
    def school_name(self) -> str:
        """The school's name as people read it."""
        ...

    @property
    def admins(self) -> frozenset[int]:
        """The VK ids that are always the school's curators (BOT_ADMINS)."""
        ...


class SchoolCore(Protocol):
    """One school's core as the other schools see it: bot.core.planner.Planner fits it (the
    Protocol keeps the ports free of an import of the planner)."""

    @property
    def store(self) -> Store:
        """The school's store."""
        ...

    @property
    def clock(self) -> Clock:
        """The school's clock."""
        ...

    @property
    def config(self) -> SchoolSettings:
        """The school's settings."""
        ...

    async def handle(
        self,
        vk_id: int,
        text: str,
        payload: Mapping[str, Any] | None = None,
        name: str = "",
    ) -> list[Reply]:
        """Answer one incoming message (bot.core.planner.Planner.handle)."""
        ...


class Schools(Protocol):
    """The schools of one deployment, each with its own core (a Planner over its own store).

    A single-school deployment has none: the planner's `schools` is None there.
    """

    def refs(self) -> Sequence[SchoolRef]:
        """Every school, in the config's order."""
        ...

    def planner(self, key: str) -> SchoolCore:
        """The core (bot.core.planner.Planner) of the school with this key; KeyError for an
        unknown key."""
        ...


PastedTableReader = Callable[[str, datetime], Sequence[Any] | None]
"""Reads a plan table pasted into the chat from Word or Excel: (message text, the school's
wall-clock now, naive local) → the rows of a file import (the shapes `Planner.handle_import`
takes), or None when the text is not a pasted table. Supplied by the outer layer
(bot.plan_files.pasted_table_rows) so the core never imports the file readers."""
