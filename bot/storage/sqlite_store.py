"""The SQLite implementation of the core's Store port: the only module with plan SQL.

Rows never leave this module: every method returns domain objects. Each write runs in one
explicit transaction (BEGIN IMMEDIATE … COMMIT, ROLLBACK on any error), and event changes
leave a row in the audit log. Every statement goes through the Gate of
bot.storage.transactions (never `self.conn` directly): one task at a time on the shared
connection, and inside an update's unit of work every call joins its one transaction.
Text is stored without control characters (bot.storage.text); events carry a version, so a
write based on a stale read is refused (EventChangedError) instead of undoing another's.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import fields, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import aiosqlite

from bot.core.access import (
    INVITATION_TTL,
    WRONG_CODE_WINDOW,
    WRONG_CODES_PER_HOUR,
    EventChangedError,
    Redemption,
    RoleChange,
)
from bot.core.models import (
    Audience,
    Event,
    EventDetails,
    EventStatus,
    NewEvent,
    Organisation,
    OrgKind,
    Person,
    Role,
)
from bot.storage.access_sql import change_role, check_code, insert_invitation, use_code
from bot.storage.database import connect, migrate
from bot.storage.outbox import OutboxMixin
from bot.storage.text import clean_optional, clean_text
from bot.storage.transactions import AfterCommit, Gate, Unit

_EVENT_COLUMNS = (
    "id, title, organisation_id, starts_at, ends_at, all_day, end_given, venue, grades, "
    "classes, status, created_by, series_id, capacity, created_at, updated_at, version, "
    "description, deadline, ages_min, ages_max, online_url"
)
_E = TypeVar("_E", Event, NewEvent)
_AUDITED_FIELDS = ("title", "start", "end", "all_day", "venue", "audience", "status", "capacity")


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SqliteStore(OutboxMixin):
    """Store over one aiosqlite connection; create it with `open_store`."""

    def __init__(
        self,
        conn: aiosqlite.Connection,
        tz: ZoneInfo,
        now: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.tz = tz
        self._now = now
        self._gate = Gate(conn, lambda: self._now())

    @property
    def conn(self) -> aiosqlite.Connection:
        """The one connection (use it only through `transaction`, `unit` or the readers)."""
        return self._gate.conn

    @conn.setter
    def conn(self, conn: aiosqlite.Connection) -> None:
        self._gate.conn = conn

    async def close(self) -> None:
        await self.conn.close()

    def transaction(self) -> AbstractAsyncContextManager[aiosqlite.Connection]:
        """One write transaction (a savepoint when inside a unit of work); concurrent
        writers of this process wait their turn, other processes' through BEGIN IMMEDIATE."""
        return self._gate.transaction()

    def unit(self, update_id: str | None) -> AbstractAsyncContextManager[Unit]:
        """The unit of work of one incoming update (bot.storage.transactions.Gate.unit):
        every store call inside it commits together with the update's handled mark."""
        return self._gate.unit(update_id)

    def after_commit(self, action: AfterCommit) -> bool:
        """Queue `action` to run after the current unit commits; False outside a unit."""
        return self._gate.after_commit(action)

    async def update_handled(self, update_id: str) -> bool:
        """True when an incoming update's effects have already been committed."""
        row = await self._one("SELECT 1 FROM seen_updates WHERE event_id = ?", (update_id,))
        return row is not None

    # --- organisations ---------------------------------------------------------------

    async def create_organisation(self, name: str, kind: OrgKind) -> Organisation:
        name = " ".join(clean_text(name).split())
        async with self.transaction() as tx:
            cur = await tx.execute(
                "INSERT INTO organisations (name, name_key, kind, created_at) VALUES (?, ?, ?, ?)",
                (name, name.casefold(), kind.value, self._stamp()),
            )
            org_id = _rowid(cur)
        return Organisation(id=org_id, name=name, kind=kind)

    async def get_organisation(self, org_id: int) -> Organisation | None:
        row = await self._one("SELECT * FROM organisations WHERE id = ?", (org_id,))
        return _organisation(row) if row else None

    async def find_organisation(self, name: str) -> Organisation | None:
        key = " ".join(clean_text(name).split()).casefold()
        row = await self._one("SELECT * FROM organisations WHERE name_key = ?", (key,))
        return _organisation(row) if row else None

    async def list_organisations(self) -> list[Organisation]:
        rows = await self._all("SELECT * FROM organisations ORDER BY name_key")
        return [_organisation(r) for r in rows]

    # --- people ------------------------------------------------------------------------

    async def save_person(
        self,
        vk_id: int,
        role: Role,
        name: str = "",
        organisation_id: int | None = None,
        class_name: str | None = None,
    ) -> Person:
        """Create the person or update their role, name, organisation and class."""
        name, class_name = clean_text(name), clean_optional(class_name)
        stamp = self._stamp()
        async with self.transaction() as tx:
            await tx.execute(
                "INSERT INTO people (vk_id, role, name, organisation_id, class_name,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (vk_id) DO UPDATE SET role = excluded.role, name = excluded.name,"
                " organisation_id = excluded.organisation_id,"
                " class_name = excluded.class_name, updated_at = excluded.updated_at",
                (vk_id, role.value, name, organisation_id, class_name, stamp, stamp),
            )
        person = await self.get_person_by_vk(vk_id)
        assert person is not None
        return person

    async def get_person(self, person_id: int) -> Person | None:
        row = await self._one("SELECT * FROM people WHERE id = ?", (person_id,))
        return _person(row) if row else None

    async def get_person_by_vk(self, vk_id: int) -> Person | None:
        row = await self._one("SELECT * FROM people WHERE vk_id = ?", (vk_id,))
        return _person(row) if row else None

    async def people_of_organisation(self, org_id: int) -> list[Person]:
        rows = await self._all("SELECT * FROM people WHERE organisation_id = ?", (org_id,))
        return [_person(r) for r in rows]

    async def people_with_role(self, role: Role) -> list[Person]:
        rows = await self._all("SELECT * FROM people WHERE role = ?", (role.value,))
        return [_person(r) for r in rows]

    # --- events ------------------------------------------------------------------------

    async def add_events(self, events: Sequence[NewEvent], actor_id: int | None) -> list[Event]:
        """Store events in one transaction, with an audit row each.

        Row ids follow the table's largest id: the write transaction holds the lock, so
        nobody else can insert in between.
        """
        if not events:
            return []
        events = [_cleaned(e) for e in events]
        stamp = self._stamp()
        async with self.transaction() as tx:
            async with tx.execute("SELECT COALESCE(MAX(id), 0) FROM events") as cur:
                row = await cur.fetchone()
            first = int(row[0]) + 1 if row else 1
            await tx.executemany(
                "INSERT INTO events (id, title, organisation_id, starts_at, ends_at, duration,"
                " all_day, end_given, venue, grades, classes, status, created_by,"
                " series_id, capacity, description, deadline, ages_min, ages_max, online_url,"
                " created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(first + i, *_event_values(e), stamp, stamp) for i, e in enumerate(events)],
            )
            await tx.executemany(
                "INSERT INTO audit_log (at, actor_id, entity, entity_id, action, details)"
                " VALUES (?, ?, 'event', ?, 'add', ?)",
                [
                    (stamp, actor_id, first + i, json.dumps(_snapshot(e), ensure_ascii=False))
                    for i, e in enumerate(events)
                ],
            )
        rows = await self._all(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE id BETWEEN ? AND ? ORDER BY id",
            (first, first + len(events) - 1),
        )
        return [self._event(r) for r in rows]

    async def get_event(self, event_id: int) -> Event | None:
        row = await self._one(f"SELECT {_EVENT_COLUMNS} FROM events WHERE id = ?", (event_id,))
        return self._event(row) if row else None

    async def update_event(self, event: Event, actor_id: int | None) -> Event:
        """Write every field of `event`; the audit row keeps what changed.

        The row is re-read inside the write transaction and written only if it still has
        `event.version` (the version `event` was read at): otherwise nothing is written and
        EventChangedError carries the event as it is now. KeyError: no such event.
        """
        event = _cleaned(event)
        async with self.transaction() as tx:
            before = await self.get_event(event.id)
            if before is None:
                raise KeyError(f"no event {event.id}")
            if before.version != event.version:
                raise EventChangedError(event.id, before)
            cur = await tx.execute(
                "UPDATE events SET title = ?, organisation_id = ?, starts_at = ?, ends_at = ?,"
                " duration = ?, all_day = ?, end_given = ?, venue = ?, grades = ?, classes = ?,"
                " status = ?, created_by = ?, series_id = ?, capacity = ?, description = ?,"
                " deadline = ?, ages_min = ?, ages_max = ?, online_url = ?, updated_at = ?,"
                " version = version + 1 WHERE id = ? AND version = ?",
                (*_event_values(event), self._stamp(), event.id, event.version),
            )
            if cur.rowcount != 1:
                raise EventChangedError(event.id, await self.get_event(event.id))
            await self._audit(tx, actor_id, event.id, "update", _diff(before, event))
            updated = await self.get_event(event.id)
        assert updated is not None
        return updated

    async def update_events(self, events: Sequence[Event], actor_id: int | None) -> list[Event]:
        """Write every field of each of `events` in ONE transaction (a series moved or
        cancelled together, or such a change undone): all are written or none, each under
        update_event's version rule (EventChangedError if any row changed meanwhile). One
        audit row per event. Raises KeyError for an unknown id, ValueError for an end before
        its start (nothing is written then)."""
        async with self.transaction():
            return [await self.update_event(event, actor_id) for event in events]

    async def set_event_status(
        self, event_id: int, status: EventStatus, actor_id: int | None
    ) -> Event:
        """Change the status of the event as it is now (re-read in the same transaction)."""
        async with self.transaction():
            event = await self.get_event(event_id)
            if event is None:
                raise KeyError(f"no event {event_id}")
            return await self.update_event(replace(event, status=status), actor_id)

    async def events_overlapping(
        self, start: datetime, end: datetime, *, include_cancelled: bool = False
    ) -> list[Event]:
        """Events whose half-open interval overlaps [start, end), via the start index.

        Only events starting after `start - longest duration` can overlap, so the query
        reads an index range instead of the table.
        """
        lookback = await self._longest_duration()
        low, high = _epoch(start), _epoch(end)
        status_filter = "" if include_cancelled else " AND status != 'cancelled'"
        rows = await self._all(
            f"SELECT {_EVENT_COLUMNS} FROM events"
            " WHERE starts_at >= ? AND starts_at < ? AND ends_at > ?"
            f"{status_filter} ORDER BY starts_at, id",
            (low - lookback, high, low),
        )
        return [self._event(r) for r in rows]

    async def events_between(
        self,
        start: datetime,
        end: datetime | None,
        *,
        organisation_id: int | None = None,
    ) -> list[Event]:
        """Non-cancelled events overlapping [start, end) (open-ended when end is None)."""
        far = datetime(9999, 1, 1, tzinfo=UTC)
        events = await self.events_overlapping(start, end or far)
        if organisation_id is not None:
            events = [e for e in events if e.organisation_id == organisation_id]
        return events

    async def events_of_series(self, series_id: int) -> list[Event]:
        rows = await self._all(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE series_id = ? ORDER BY starts_at",
            (series_id,),
        )
        return [self._event(r) for r in rows]

    async def next_series_id(self) -> int:
        row = await self._one("SELECT COALESCE(MAX(series_id), 0) + 1 FROM events")
        return int(row[0]) if row else 1

    async def count_events(self) -> int:
        row = await self._one("SELECT COUNT(*) FROM events")
        return int(row[0]) if row else 0

    async def _longest_duration(self) -> int:
        row = await self._one("SELECT MAX(duration) FROM events")
        return int(row[0]) if row and row[0] is not None else 0

    # --- invitations -------------------------------------------------------------------

    async def create_invitation(
        self,
        organisation_id: int,
        role: Role,
        created_by: int | None,
        valid_for: timedelta = INVITATION_TTL,
    ) -> str:
        """A fresh one-time code that links whoever sends it to the organisation, valid
        for `valid_for` (seven days by default)."""
        stamp = self._stamp()
        expires = stamp + int(valid_for.total_seconds())
        async with self.transaction() as tx:
            for _ in range(10):
                code = new_invitation_code()
                if await insert_invitation(
                    tx, code, organisation_id, role.value, created_by, stamp, expires
                ):
                    return code
        raise RuntimeError("could not draw a free invitation code")

    async def use_invitation(
        self,
        code: str,
        vk_id: int,
        name: str = "",
        *,
        limit: int = WRONG_CODES_PER_HOUR,
        window: timedelta = WRONG_CODE_WINDOW,
    ) -> Redemption:
        """Try a code: ACCEPTED links the sender (partner or staff of the code's
        organisation) and spends the code, in one transaction; anything else is logged,
        and `limit` refusals within `window` throttle the person (see access_sql)."""
        code, stamp = code.strip().upper(), self._stamp()
        async with self.transaction() as tx:
            outcome, invitation = await check_code(
                tx, code, vk_id, stamp, limit=limit, window=int(window.total_seconds())
            )
            if invitation is None:
                return Redemption(outcome)
            await use_code(tx, code, invitation, vk_id, clean_text(name), stamp)
            person = await self.get_person_by_vk(vk_id)
        return Redemption(outcome, person)

    async def redeem_invitation(self, code: str, vk_id: int, name: str = "") -> Person | None:
        """Use a code once: the sender becomes that organisation's partner (or staff);
        None for an unknown, used or expired code (see use_invitation)."""
        return (await self.use_invitation(code, vk_id, name)).person

    async def change_role(self, person: Person, change: RoleChange) -> Person:
        """Apply a role change (bot.core.access.role_change) with its audit row."""
        async with self.transaction() as tx:
            await change_role(tx, person.id, change, self._stamp())
            changed = await self.get_person(person.id)
        assert changed is not None
        return changed

    async def role_changes(self, person_id: int) -> list[dict[str, Any]]:
        """A person's role changes from the audit log, oldest first."""
        rows = await self._all(
            "SELECT at, details FROM audit_log WHERE entity = 'person' AND entity_id = ?"
            " AND action = 'role' ORDER BY id",
            (person_id,),
        )
        return [
            {"at": datetime.fromtimestamp(r["at"], self.tz), **json.loads(r["details"])}
            for r in rows
        ]

    # --- calendar feeds ----------------------------------------------------------------

    async def calendar_token(self, person_id: int, *, renew: bool = False) -> str:
        """The person's secret feed token (a new one, revoking the old, when `renew`)."""
        async with self.transaction() as tx:
            if renew:
                await tx.execute("DELETE FROM calendar_feeds WHERE person_id = ?", (person_id,))
            async with tx.execute(
                "SELECT token FROM calendar_feeds WHERE person_id = ?", (person_id,)
            ) as cur:
                row = await cur.fetchone()
            if row is not None:
                return str(row["token"])
            token = secrets.token_urlsafe(24)
            await tx.execute(
                "INSERT INTO calendar_feeds (token, person_id, created_at) VALUES (?, ?, ?)",
                (token, person_id, self._stamp()),
            )
            return token

    async def person_by_calendar_token(self, token: str) -> Person | None:
        row = await self._one(
            "SELECT people.* FROM people"
            " JOIN calendar_feeds ON calendar_feeds.person_id = people.id"
            " WHERE calendar_feeds.token = ?",
            (token,),
        )
        return _person(row) if row else None

    # --- sign-ups ----------------------------------------------------------------------

    async def sign_up(self, event_id: int, person_id: int) -> str:
        """Sign a person up: "going", or "waiting" when the event is full (idempotent)."""
        stamp = self._stamp()
        async with self.transaction() as tx:
            current = await _signup_status(tx, event_id, person_id)
            if current in ("going", "waiting"):
                return current
            status = "going" if await _has_room(tx, event_id) else "waiting"
            await tx.execute(
                "INSERT INTO signups (event_id, person_id, status, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id, person_id) DO UPDATE SET"
                " status = excluded.status, updated_at = excluded.updated_at",
                (event_id, person_id, status, stamp, stamp),
            )
        return status

    async def cancel_signup(self, event_id: int, person_id: int) -> int | None:
        """Withdraw a sign-up; returns the person promoted from the waiting list, if any."""
        stamp = self._stamp()
        async with self.transaction() as tx:
            previous = await _signup_status(tx, event_id, person_id)
            if previous not in ("going", "waiting"):
                return None
            await tx.execute(
                "UPDATE signups SET status = 'cancelled', updated_at = ?"
                " WHERE event_id = ? AND person_id = ?",
                (stamp, event_id, person_id),
            )
            if previous != "going" or not await _has_room(tx, event_id):
                return None
            async with tx.execute(
                "SELECT person_id FROM signups WHERE event_id = ? AND status = 'waiting'"
                " ORDER BY updated_at, rowid LIMIT 1",
                (event_id,),
            ) as cur:
                row = await cur.fetchone()
            if row is None:
                return None
            await tx.execute(
                "UPDATE signups SET status = 'going', updated_at = ?"
                " WHERE event_id = ? AND person_id = ?",
                (stamp, event_id, row["person_id"]),
            )
            return int(row["person_id"])

    async def signup_status(self, event_id: int, person_id: int) -> str | None:
        row = await self._one(
            "SELECT status FROM signups WHERE event_id = ? AND person_id = ?",
            (event_id, person_id),
        )
        return str(row["status"]) if row else None

    async def signed_up(self, event_id: int, status: str = "going") -> list[Person]:
        rows = await self._all(
            "SELECT people.* FROM signups JOIN people ON people.id = signups.person_id"
            " WHERE signups.event_id = ? AND signups.status = ? ORDER BY signups.updated_at",
            (event_id, status),
        )
        return [_person(r) for r in rows]

    async def events_of_person(self, person_id: int, since: datetime) -> list[tuple[Event, str]]:
        """A person's sign-ups (going or waiting) for events ending after `since`."""
        columns = ", ".join(f"events.{c.strip()}" for c in _EVENT_COLUMNS.split(","))
        rows = await self._all(
            f"SELECT {columns}, signups.status AS signup FROM signups"
            " JOIN events ON events.id = signups.event_id"
            " WHERE signups.person_id = ? AND signups.status IN ('going', 'waiting')"
            " AND events.ends_at > ? AND events.status != 'cancelled' ORDER BY events.starts_at",
            (person_id, _epoch(since)),
        )
        return [(self._event(r), str(r["signup"])) for r in rows]

    async def signup_counts(self, event_ids: Sequence[int]) -> dict[int, int]:
        if not event_ids:
            return {}
        marks = ",".join("?" for _ in event_ids)
        rows = await self._all(
            f"SELECT event_id, COUNT(*) AS n FROM signups WHERE status = 'going'"
            f" AND event_id IN ({marks}) GROUP BY event_id",
            tuple(event_ids),
        )
        return {int(r["event_id"]): int(r["n"]) for r in rows}

    # --- feedback and reminder preferences --------------------------------------------

    async def save_feedback(
        self,
        event_id: int,
        person_id: int,
        role: str,
        **answers: Any,
    ) -> None:
        """Store or change one person's answers (rating, recommend, comment, attended)."""
        allowed = {"rating", "recommend", "comment", "attended"}
        if not set(answers) <= allowed:
            raise ValueError(f"unknown feedback fields: {set(answers) - allowed}")
        if isinstance(answers.get("comment"), str):
            answers["comment"] = clean_text(answers["comment"])
        respondent = await self._respondent(event_id, person_id)
        stamp = self._stamp()
        async with self.transaction() as tx:
            await tx.execute(
                "INSERT INTO poll_responses (event_id, person_id, answered_at) VALUES (?, ?, ?)"
                " ON CONFLICT (event_id, person_id)"
                " DO UPDATE SET answered_at = excluded.answered_at",
                (event_id, person_id, stamp),
            )
            await tx.execute(
                "INSERT OR IGNORE INTO feedback (event_id, respondent, role, updated_at)"
                " VALUES (?, ?, ?, ?)",
                (event_id, respondent, role, stamp),
            )
            for name, value in answers.items():
                await tx.execute(
                    f"UPDATE feedback SET {name} = ?, updated_at = ?"  # name is whitelisted
                    " WHERE event_id = ? AND respondent = ?",
                    (value, stamp, event_id, respondent),
                )

    async def feedback_of(self, event_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Anonymous answers for reports: no person ids, only the answers."""
        if not event_ids:
            return []
        marks = ",".join("?" for _ in event_ids)
        rows = await self._all(
            "SELECT event_id, role, attended, rating, recommend, comment FROM feedback"
            f" WHERE event_id IN ({marks})",
            tuple(event_ids),
        )
        return [dict(r) for r in rows]

    async def reminder_prefs(self, person_id: int) -> tuple[bool, list[int] | None]:
        row = await self._one(
            "SELECT enabled, offsets FROM reminder_prefs WHERE person_id = ?", (person_id,)
        )
        if row is None:
            return True, None
        offsets = json.loads(row["offsets"]) if row["offsets"] else None
        return bool(row["enabled"]), offsets

    async def set_reminder_prefs(
        self, person_id: int, enabled: bool, offsets: list[int] | None
    ) -> None:
        async with self.transaction() as tx:
            await tx.execute(
                "INSERT INTO reminder_prefs (person_id, enabled, offsets) VALUES (?, ?, ?)"
                " ON CONFLICT (person_id) DO UPDATE SET enabled = excluded.enabled,"
                " offsets = excluded.offsets",
                (person_id, int(enabled), json.dumps(offsets) if offsets is not None else None),
            )

    async def get_setting(self, key: str) -> str | None:
        row = await self._one("SELECT value FROM settings WHERE key = ?", (key,))
        return str(row["value"]) if row else None

    async def set_setting(self, key: str, value: str) -> None:
        async with self.transaction() as tx:
            await tx.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    async def _respondent(self, event_id: int, person_id: int) -> str:
        salt = await self.get_setting("feedback_salt")
        if salt is None:
            salt = secrets.token_hex(16)
            await self.set_setting("feedback_salt", salt)
        digest = hashlib.sha256(f"{salt}:{event_id}:{person_id}".encode())
        return digest.hexdigest()

    # --- delivery bookkeeping ----------------------------------------------------------

    async def claim_notification(self, key: str, peer_id: int, at: datetime | None = None) -> bool:
        """Record a notification before sending it (at `at`, default now); False if it
        was already sent."""
        return key in await self.claim_notifications([(key, peer_id)], at)

    async def claim_notifications(
        self, items: Sequence[tuple[str, int]], at: datetime | None = None
    ) -> set[str]:
        """Claim many (key, peer) at once, in one transaction; returns the keys claimed now."""
        stamp = _epoch(at) if at is not None else self._stamp()
        claimed: set[str] = set()
        if not items:
            return claimed
        async with self.transaction() as tx:
            for key, peer_id in items:
                cur = await tx.execute(
                    "INSERT OR IGNORE INTO sent_notifications (key, peer_id, sent_at)"
                    " VALUES (?, ?, ?)",
                    (key, peer_id, stamp),
                )
                if cur.rowcount == 1:
                    claimed.add(key)
        return claimed

    async def sent_keys(self, keys: Sequence[str]) -> set[str]:
        """Which of `keys` are already recorded."""
        return set(await self.sent_times(keys))

    async def sent_times(self, keys: Sequence[str]) -> dict[str, datetime]:
        """When each of `keys` was recorded as sent (keys never sent are left out)."""
        found: dict[str, datetime] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            rows = await self._all(
                f"SELECT key, sent_at FROM sent_notifications WHERE key IN ({marks})",
                tuple(chunk),
            )
            found.update({str(r["key"]): datetime.fromtimestamp(r["sent_at"], UTC) for r in rows})
        return found

    async def answered_by(self, event_id: int) -> set[int]:
        """Ids of the people who have answered an event's poll."""
        rows = await self._all(
            "SELECT person_id FROM poll_responses WHERE event_id = ?", (event_id,)
        )
        return {int(r["person_id"]) for r in rows}

    async def all_reminder_prefs(self) -> dict[int, tuple[bool, list[int] | None]]:
        """Everyone's reminder preferences at once (people without a row use defaults)."""
        rows = await self._all("SELECT person_id, enabled, offsets FROM reminder_prefs")
        return {
            int(r["person_id"]): (
                bool(r["enabled"]),
                json.loads(r["offsets"]) if r["offsets"] else None,
            )
            for r in rows
        }

    async def release_notification(self, key: str) -> None:
        """Forget a claimed key whose sending failed, so the next tick retries it."""
        async with self.transaction() as tx:
            await tx.execute("DELETE FROM sent_notifications WHERE key = ?", (key,))

    async def notification_sent(self, key: str) -> bool:
        row = await self._one("SELECT 1 FROM sent_notifications WHERE key = ?", (key,))
        return row is not None

    async def claim_update(self, event_id: str, keep_seconds: int = 86_400) -> bool:
        """True the first time an incoming update id is seen (across processes)."""
        stamp = self._stamp()
        async with self.transaction() as tx:
            cur = await tx.execute(
                "INSERT OR IGNORE INTO seen_updates (event_id, seen_at) VALUES (?, ?)",
                (event_id, stamp),
            )
            await tx.execute("DELETE FROM seen_updates WHERE seen_at < ?", (stamp - keep_seconds,))
            return cur.rowcount == 1

    # --- audit and dialogs -----------------------------------------------------------

    async def audit_entries(self, event_id: int) -> list[dict[str, Any]]:
        rows = await self._all(
            "SELECT at, actor_id, action, details FROM audit_log"
            " WHERE entity = 'event' AND entity_id = ? ORDER BY id",
            (event_id,),
        )
        return [
            {
                "at": datetime.fromtimestamp(r["at"], self.tz),
                "actor_id": r["actor_id"],
                "action": r["action"],
                "details": json.loads(r["details"]),
            }
            for r in rows
        ]

    async def get_dialog(self, person_id: int) -> dict[str, Any] | None:
        row = await self._one("SELECT state FROM dialogs WHERE person_id = ?", (person_id,))
        if row is None:
            return None
        state = json.loads(row["state"])
        return state if isinstance(state, dict) else None

    async def set_dialog(self, person_id: int, state: dict[str, Any] | None) -> None:
        async with self.transaction() as tx:
            if state is None:
                await tx.execute("DELETE FROM dialogs WHERE person_id = ?", (person_id,))
                return
            await tx.execute(
                "INSERT INTO dialogs (person_id, state, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (person_id) DO UPDATE SET state = excluded.state,"
                " updated_at = excluded.updated_at",
                (person_id, json.dumps(state, ensure_ascii=False), self._stamp()),
            )

    # --- helpers ---------------------------------------------------------------------

    def _stamp(self) -> int:
        return _epoch(self._now())

    def _event(self, row: aiosqlite.Row) -> Event:
        return Event(
            id=row["id"],
            title=row["title"],
            organisation_id=row["organisation_id"],
            start=datetime.fromtimestamp(row["starts_at"], self.tz),
            end=datetime.fromtimestamp(row["ends_at"], self.tz),
            all_day=bool(row["all_day"]),
            end_given=bool(row["end_given"]),
            venue=row["venue"],
            audience=Audience(
                grades=frozenset(json.loads(row["grades"])),
                classes=frozenset(json.loads(row["classes"])),
            ),
            status=EventStatus(row["status"]),
            created_by=row["created_by"],
            series_id=row["series_id"],
            capacity=row["capacity"],
            created_at=datetime.fromtimestamp(row["created_at"], self.tz),
            updated_at=datetime.fromtimestamp(row["updated_at"], self.tz),
            version=row["version"],
            details=_details(row),
        )

    async def _audit(
        self,
        tx: aiosqlite.Connection,
        actor_id: int | None,
        event_id: int,
        action: str,
        details: dict[str, Any],
    ) -> None:
        await tx.execute(
            "INSERT INTO audit_log (at, actor_id, entity, entity_id, action, details)"
            " VALUES (?, ?, 'event', ?, ?, ?)",
            (self._stamp(), actor_id, event_id, action, json.dumps(details, ensure_ascii=False)),
        )

    async def _one(self, sql: str, params: Sequence[Any] = ()) -> aiosqlite.Row | None:
        async with self._gate.reading() as conn, conn.execute(sql, params) as cur:
            row: aiosqlite.Row | None = await cur.fetchone()
            return row

    async def _all(self, sql: str, params: Sequence[Any] = ()) -> list[aiosqlite.Row]:
        async with self._gate.reading() as conn, conn.execute(sql, params) as cur:
            return list(await cur.fetchall())


async def open_store(
    path: str | Path, tz: ZoneInfo, now: Callable[[], datetime] = _utc_now
) -> SqliteStore:
    """Connect, apply pending migrations and return the store (`now`: its clock)."""
    conn = await connect(path)
    try:
        await migrate(conn)
    except BaseException:
        await conn.close()
        raise
    return SqliteStore(conn, tz, now)


INVITATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_invitation_code(length: int = 8) -> str:
    """A code that is easy to type: no 0/O or 1/I."""
    return "".join(secrets.choice(INVITATION_ALPHABET) for _ in range(length))


async def _signup_status(tx: aiosqlite.Connection, event_id: int, person_id: int) -> str | None:
    async with tx.execute(
        "SELECT status FROM signups WHERE event_id = ? AND person_id = ?", (event_id, person_id)
    ) as cur:
        row = await cur.fetchone()
    return str(row["status"]) if row else None


async def _has_room(tx: aiosqlite.Connection, event_id: int) -> bool:
    async with tx.execute(
        "SELECT capacity, (SELECT COUNT(*) FROM signups WHERE event_id = events.id"
        " AND status = 'going') AS going FROM events WHERE id = ?",
        (event_id,),
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        raise KeyError(f"no event {event_id}")
    return row["capacity"] is None or int(row["going"]) < int(row["capacity"])


def _epoch(at: datetime) -> int:
    if at.tzinfo is None:
        raise ValueError("the store keeps only timezone-aware instants")
    return int(at.timestamp())


def _rowid(cur: aiosqlite.Cursor) -> int:
    if cur.lastrowid is None:
        raise RuntimeError("insert returned no row id")
    return int(cur.lastrowid)


def _cleaned(event: _E) -> _E:
    """The event with control characters removed from its title, venue and description."""
    details = replace(event.details, description=clean_optional(event.details.description))
    return replace(
        event, title=clean_text(event.title), venue=clean_optional(event.venue), details=details
    )


def _event_values(event: NewEvent | Event) -> tuple[Any, ...]:
    start, end = _epoch(event.start), _epoch(event.end)
    if end < start:
        raise ValueError("an event cannot end before it starts")
    return (
        event.title,
        event.organisation_id,
        start,
        end,
        end - start,
        int(event.all_day),
        int(event.end_given),
        event.venue,
        json.dumps(sorted(event.audience.grades)),
        json.dumps(sorted(event.audience.classes), ensure_ascii=False),
        event.status.value,
        event.created_by,
        event.series_id,
        event.capacity,
        *_details_values(event.details),
    )


def _details_values(details: EventDetails) -> tuple[Any, ...]:
    """description, deadline (ISO local date), ages_min, ages_max, online_url (0009)."""
    ages = details.ages
    return (
        details.description,
        details.deadline.isoformat() if details.deadline else None,
        ages[0] if ages else None,
        ages[1] if ages else None,
        details.online_url,
    )


def _details(row: aiosqlite.Row) -> EventDetails:
    low, high = row["ages_min"], row["ages_max"]
    return EventDetails(
        description=row["description"],
        deadline=date.fromisoformat(row["deadline"]) if row["deadline"] else None,
        ages=(int(low), int(high)) if low is not None and high is not None else None,
        online_url=row["online_url"],
    )


def _snapshot(event: NewEvent | Event) -> dict[str, Any]:
    return {name: _jsonable(getattr(event, name)) for name in _AUDITED_FIELDS}


def _diff(before: Event, after: Event) -> dict[str, Any]:
    names = {f.name for f in fields(Event)} & set(_AUDITED_FIELDS)
    return {
        name: {"from": _jsonable(getattr(before, name)), "to": _jsonable(getattr(after, name))}
        for name in sorted(names)
        if getattr(before, name) != getattr(after, name)
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Audience):
        return {"grades": sorted(value.grades), "classes": sorted(value.classes)}
    if isinstance(value, EventStatus):
        return value.value
    return value


def _organisation(row: aiosqlite.Row) -> Organisation:
    return Organisation(id=row["id"], name=row["name"], kind=OrgKind(row["kind"]))


def _person(row: aiosqlite.Row) -> Person:
    return Person(
        id=row["id"],
        vk_id=row["vk_id"],
        role=Role(row["role"]),
        name=row["name"],
        organisation_id=row["organisation_id"],
        class_name=row["class_name"],
    )
