"""Sign-ups (with a waiting list) and after-event feedback.

Capacity holds across connections and workers: sign_up and cancel_signup first lock the
event's row (SELECT … FOR UPDATE), and each following statement of the transaction takes a
fresh READ COMMITTED snapshot, so it counts every sign-up committed before the lock was won.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.core.models import Event, Person
from bot.core.text import clean_text
from bot.storage.event_columns import epoch, epoch_or_none
from bot.storage.postgres.base import EVENT_COLUMNS, PgBase, ids, person
from bot.storage.postgres.schema import Conn

_HAS_ROOM = (
    "(SELECT capacity IS NULL OR capacity >"
    " (SELECT COUNT(*) FROM signups WHERE event_id = $1 AND status = 'going')"
    " FROM events WHERE id = $1)"
)
_FEEDBACK_FIELDS = ("rating", "recommend", "comment", "attended")


class SignupsMixin(PgBase):
    """Store methods for sign-ups, poll answers and the feedback salt."""

    _salt: str | None = None

    async def sign_up(self, event_id: int, person_id: int, *, at: datetime | None = None) -> str:
        """Sign a person up: "going", or "waiting" when the event is full (idempotent). A
        sign-up that becomes "going" gets going_since = `at` (the bot's clock; None: not
        recorded); one already going or waiting is left as it is.

        KeyError when the event does not exist.
        """
        stamp = self._stamp()
        async with self.transaction() as tx:
            if not await _lock_event(tx, event_id):
                raise KeyError(f"no event {event_id}")
            status = await tx.fetchval(
                "INSERT INTO signups (event_id, person_id, status, created_at, updated_at,"
                f" going_since) SELECT $1, $2, room.status, $3, $3,"
                " CASE WHEN room.status = 'going' THEN $4::bigint END FROM (SELECT"
                f" CASE WHEN {_HAS_ROOM} THEN 'going' ELSE 'waiting' END AS status) AS room"
                " ON CONFLICT (event_id, person_id) DO UPDATE SET"
                " status = excluded.status, updated_at = excluded.updated_at,"
                " going_since = excluded.going_since"
                " WHERE signups.status = 'cancelled' RETURNING status",
                event_id,
                person_id,
                stamp,
                epoch_or_none(at),
            )
            if status is None:  # already going or waiting: left as it was
                status = await tx.fetchval(
                    "SELECT status FROM signups WHERE event_id = $1 AND person_id = $2",
                    event_id,
                    person_id,
                )
        return str(status)

    async def cancel_signup(
        self, event_id: int, person_id: int, *, at: datetime | None = None
    ) -> int | None:
        """Withdraw a sign-up; returns the person promoted from the waiting list, if any,
        whose going_since becomes `at` (the bot's clock; None: not recorded)."""
        stamp = self._stamp()
        async with self.transaction() as tx:
            if not await _lock_event(tx, event_id):
                return None
            previous = await tx.fetchval(
                "UPDATE signups SET status = 'cancelled', updated_at = $3"
                " FROM (SELECT status AS before FROM signups"
                "       WHERE event_id = $1 AND person_id = $2) AS old"
                " WHERE event_id = $1 AND person_id = $2 AND status IN ('going', 'waiting')"
                " RETURNING old.before",
                event_id,
                person_id,
                stamp,
            )
            if previous != "going":
                return None
            promoted = await tx.fetchval(
                "UPDATE signups SET status = 'going', updated_at = $2, going_since = $3"
                " WHERE event_id = $1 AND person_id = (SELECT person_id FROM signups"
                "   WHERE event_id = $1 AND status = 'waiting' ORDER BY updated_at, seq LIMIT 1)"
                f" AND {_HAS_ROOM} RETURNING person_id",
                event_id,
                stamp,
                epoch_or_none(at),
            )
        return int(promoted) if promoted is not None else None

    async def promote_waiting(self, event_id: int, *, at: datetime | None = None) -> list[int]:
        """Move the waiting list up, first come first served, while the event has a free
        seat (its capacity raised, or none any more); each promoted sign-up's going_since
        becomes `at`. Returns the promoted people's ids in that order ([] when nobody
        waits or no seat is free); one transaction, the event's row locked."""
        stamp = self._stamp()
        promoted: list[int] = []
        async with self.transaction() as tx:
            if not await _lock_event(tx, event_id):
                return []
            while True:
                person_id = await tx.fetchval(
                    "UPDATE signups SET status = 'going', updated_at = $2, going_since = $3"
                    " WHERE event_id = $1 AND person_id = (SELECT person_id FROM signups"
                    "   WHERE event_id = $1 AND status = 'waiting' ORDER BY updated_at, seq"
                    f"   LIMIT 1) AND {_HAS_ROOM} RETURNING person_id",
                    event_id,
                    stamp,
                    epoch_or_none(at),
                )
                if person_id is None:
                    return promoted
                promoted.append(int(person_id))

    async def return_to_waiting(self, event_id: int, person_ids: Sequence[int]) -> list[int]:
        """Those of `person_ids` still going back to the head of the waiting list in the
        order given (stamps before every waiting one's), going_since cleared; returns the
        ids moved back. One transaction, the event's row locked."""
        if not person_ids:
            return []
        moved: list[int] = []
        async with self.transaction() as tx:
            if not await _lock_event(tx, event_id):
                return []
            first = await tx.fetchval(
                "SELECT MIN(updated_at) FROM signups WHERE event_id = $1 AND status = 'waiting'",
                event_id,
            )
            head = self._stamp() if first is None else int(first)
            for place, person_id in enumerate(person_ids):
                back = await tx.fetchval(
                    "UPDATE signups SET status = 'waiting', updated_at = $3, going_since = NULL"
                    " WHERE event_id = $1 AND person_id = $2 AND status = 'going'"
                    " RETURNING person_id",
                    event_id,
                    person_id,
                    head - len(person_ids) + place,
                )
                if back is not None:
                    moved.append(person_id)
        return moved

    async def signup_status(self, event_id: int, person_id: int) -> str | None:
        """As bot.core.ports.SignupStore.signup_status, on PostgreSQL."""
        value = await self._val(
            "SELECT status FROM signups WHERE event_id = $1 AND person_id = $2",
            event_id,
            person_id,
        )
        return str(value) if value is not None else None

    async def signed_up(self, event_id: int, status: str = "going") -> list[Person]:
        """As bot.core.ports.SignupStore.signed_up, on PostgreSQL."""
        rows = await self._all(
            "SELECT people.* FROM signups JOIN people ON people.id = signups.person_id"
            " WHERE signups.event_id = $1 AND signups.status = $2"
            " ORDER BY signups.updated_at, signups.seq",
            event_id,
            status,
        )
        return [person(r) for r in rows]

    async def signed_up_many(
        self, event_ids: Sequence[int], status: str = "going"
    ) -> dict[int, list[Person]]:
        """`signed_up` of several events in one query: event id -> people, each list in the
        order `signed_up` gives (events without any are left out)."""
        rows = await self._all(
            "SELECT signups.event_id AS signed_event, people.* FROM signups"
            " JOIN people ON people.id = signups.person_id"
            " WHERE signups.event_id = ANY($1::bigint[]) AND signups.status = $2"
            " ORDER BY signups.event_id, signups.updated_at, signups.seq",
            ids(event_ids),
            status,
        )
        found: dict[int, list[Person]] = {}
        for r in rows:
            found.setdefault(int(r["signed_event"]), []).append(person(r))
        return found

    async def going_since(self, event_ids: Sequence[int]) -> dict[tuple[int, int], datetime]:
        """(event id, person id) → when that going sign-up became going (aware, the school's
        zone), for the going sign-ups of `event_ids` with it recorded; one query."""
        rows = await self._all(
            "SELECT event_id, person_id, going_since FROM signups"
            " WHERE event_id = ANY($1::bigint[]) AND status = 'going'"
            " AND going_since IS NOT NULL",
            ids(event_ids),
        )
        return {(int(r["event_id"]), int(r["person_id"])): self._at(r["going_since"]) for r in rows}

    async def organisers_of(self, org_ids: Sequence[int]) -> dict[int, list[Person]]:
        """The people of several organisations who are not students (organisers), by
        organisation id, each list by person id (organisations without any left out)."""
        rows = await self._all(
            "SELECT * FROM people WHERE organisation_id = ANY($1::bigint[])"
            " AND role <> 'student' ORDER BY id",
            ids(org_ids),
        )
        found: dict[int, list[Person]] = {}
        for r in rows:
            found.setdefault(int(r["organisation_id"]), []).append(person(r))
        return found

    async def events_of_person(self, person_id: int, since: datetime) -> list[tuple[Event, str]]:
        """A person's sign-ups (going or waiting) for events ending after `since`."""
        columns = ", ".join(f"events.{c.strip()}" for c in EVENT_COLUMNS.split(","))
        rows = await self._all(
            f"SELECT {columns}, signups.status AS signup FROM signups"
            " JOIN events ON events.id = signups.event_id"
            " WHERE signups.person_id = $1 AND signups.status IN ('going', 'waiting')"
            " AND events.ends_at > $2 AND events.status <> 'cancelled'"
            " ORDER BY events.starts_at, events.id",
            person_id,
            epoch(since),
        )
        return [(self._event(r), str(r["signup"])) for r in rows]

    async def signup_counts(self, event_ids: Sequence[int]) -> dict[int, int]:
        """As bot.core.ports.SignupStore.signup_counts, on PostgreSQL."""
        if not event_ids:
            return {}
        rows = await self._all(
            "SELECT event_id, COUNT(*) AS n FROM signups WHERE status = 'going'"
            " AND event_id = ANY($1::bigint[]) GROUP BY event_id",
            ids(event_ids),
        )
        return {int(r["event_id"]): int(r["n"]) for r in rows}

    # --- feedback ----------------------------------------------------------------------

    async def save_feedback(self, event_id: int, person_id: int, role: str, **answers: Any) -> None:
        """Store or change one person's answers (rating, recommend, comment, attended).

        One statement: the poll_responses upsert rides in a CTE, so both rows are written
        or neither. ValueError for an unknown answer name.
        """
        if not set(answers) <= set(_FEEDBACK_FIELDS):
            raise ValueError(f"unknown feedback fields: {set(answers) - set(_FEEDBACK_FIELDS)}")
        if isinstance(answers.get("comment"), str):
            answers["comment"] = clean_text(answers["comment"])
        names = [n for n in _FEEDBACK_FIELDS if n in answers]  # whitelisted column names
        values = [bool(answers[n]) if n == "attended" else answers[n] for n in names]
        marks = "".join(f", ${6 + i}" for i in range(len(names)))
        updates = "".join(f", {n} = excluded.{n}" for n in names)
        await self._write_one(
            "WITH answered AS (INSERT INTO poll_responses (event_id, person_id, answered_at)"
            " VALUES ($1, $2, $5) ON CONFLICT (event_id, person_id)"
            " DO UPDATE SET answered_at = excluded.answered_at)"
            f" INSERT INTO feedback (event_id, respondent, role, updated_at"
            f"{''.join(', ' + n for n in names)}) VALUES ($1, $3, $4, $5{marks})"
            " ON CONFLICT (event_id, respondent) DO UPDATE SET"
            f" updated_at = excluded.updated_at{updates}",
            event_id,
            person_id,
            await self._respondent(event_id, person_id),
            role,
            self._stamp(),
            *values,
        )

    async def feedback_of(self, event_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Anonymous answers for reports: no person ids, only the answers (attended 0/1)."""
        if not event_ids:
            return []
        rows = await self._all(
            "SELECT event_id, role, attended::int AS attended, rating, recommend, comment"
            " FROM feedback WHERE event_id = ANY($1::bigint[])",
            ids(event_ids),
        )
        return [dict(r) for r in rows]

    async def answered_by(self, event_id: int) -> set[int]:
        """Ids of the people who have answered an event's poll."""
        rows = await self._all("SELECT person_id FROM poll_responses WHERE event_id = $1", event_id)
        return {int(r["person_id"]) for r in rows}

    async def _respondent(self, event_id: int, person_id: int) -> str:
        if self._salt is None:
            self._salt = str(
                await self._val(
                    "WITH drawn AS (INSERT INTO settings (key, value)"
                    " VALUES ('feedback_salt', $1) ON CONFLICT (key) DO NOTHING RETURNING value)"
                    " SELECT value FROM drawn UNION ALL"
                    " SELECT value FROM settings WHERE key = 'feedback_salt' LIMIT 1",
                    secrets.token_hex(16),
                )
            )
        digest = hashlib.sha256(f"{self._salt}:{event_id}:{person_id}".encode())
        return digest.hexdigest()


async def _lock_event(tx: Conn, event_id: int) -> bool:
    """Lock the event's row until the transaction ends; False when there is no such event."""
    found = await tx.fetchval("SELECT 1 FROM events WHERE id = $1 FOR UPDATE", event_id)
    return found is not None
