"""Students' sign-ups (going / waiting) and after-event poll answers (the SignupStore port).

Feedback is stored under a salted hash of (event, person), so reports never see who answered
what; `poll_responses` only records that a person has answered.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

import aiosqlite

from bot.core.models import Event, Person
from bot.core.text import clean_text
from bot.storage.event_columns import epoch
from bot.storage.sqlite.base import EVENT_COLUMNS, person_of_row
from bot.storage.sqlite.settings import SettingsMixin


class SignupsMixin(SettingsMixin):
    """Sign-ups, waiting lists and poll answers (the feedback salt is a setting)."""

    async def sign_up(self, event_id: int, person_id: int, *, at: datetime | None = None) -> str:
        """Sign a person up: "going", or "waiting" when the event is full (idempotent). A
        sign-up that becomes "going" gets going_since = `at` (the bot's clock; None: not
        recorded); one already going or waiting is left as it is."""
        stamp = self._stamp()
        async with self.transaction() as tx:
            current = await _signup_status(tx, event_id, person_id)
            if current in ("going", "waiting"):
                return current
            status = "going" if await _has_room(tx, event_id) else "waiting"
            since = epoch(at) if at is not None and status == "going" else None
            await tx.execute(
                "INSERT INTO signups (event_id, person_id, status, created_at, updated_at,"
                " going_since) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, person_id)"
                " DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at,"
                " going_since = excluded.going_since",
                (event_id, person_id, status, stamp, stamp, since),
            )
        return status

    async def cancel_signup(
        self, event_id: int, person_id: int, *, at: datetime | None = None
    ) -> int | None:
        """Withdraw a sign-up; returns the person promoted from the waiting list, if any,
        whose going_since becomes `at` (the bot's clock; None: not recorded)."""
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
                "UPDATE signups SET status = 'going', updated_at = ?, going_since = ?"
                " WHERE event_id = ? AND person_id = ?",
                (stamp, None if at is None else epoch(at), event_id, row["person_id"]),
            )
            return int(row["person_id"])

    async def promote_waiting(self, event_id: int, *, at: datetime | None = None) -> list[int]:
        """Move the waiting list up, first come first served, while the event has a free
        seat (its capacity raised, or none any more); each promoted sign-up's going_since
        becomes `at`. Returns the promoted people's ids in that order ([] when nobody
        waits or no seat is free); one transaction."""
        stamp = self._stamp()
        promoted: list[int] = []
        async with self.transaction() as tx:
            async with tx.execute(
                "SELECT person_id FROM signups WHERE event_id = ? AND status = 'waiting'"
                " ORDER BY updated_at, rowid",
                (event_id,),
            ) as cur:
                waiting = [int(r["person_id"]) for r in await cur.fetchall()]
            for person_id in waiting:
                if not await _has_room(tx, event_id):
                    break
                await tx.execute(
                    "UPDATE signups SET status = 'going', updated_at = ?, going_since = ?"
                    " WHERE event_id = ? AND person_id = ?",
                    (stamp, None if at is None else epoch(at), event_id, person_id),
                )
                promoted.append(person_id)
        return promoted

    async def return_to_waiting(self, event_id: int, person_ids: Sequence[int]) -> list[int]:
        """Those of `person_ids` still going back to the head of the waiting list in the
        order given (stamps before every waiting one's), going_since cleared; returns the
        ids moved back. One transaction."""
        if not person_ids:
            return []
        moved: list[int] = []
        async with self.transaction() as tx:
            async with tx.execute(
                "SELECT MIN(updated_at) AS first FROM signups"
                " WHERE event_id = ? AND status = 'waiting'",
                (event_id,),
            ) as cur:
                row = await cur.fetchone()
            head = self._stamp() if row is None or row["first"] is None else int(row["first"])
            for place, person_id in enumerate(person_ids):
                stamp = head - len(person_ids) + place
                cur = await tx.execute(
                    "UPDATE signups SET status = 'waiting', updated_at = ?, going_since = NULL"
                    " WHERE event_id = ? AND person_id = ? AND status = 'going'",
                    (stamp, event_id, person_id),
                )
                if cur.rowcount:
                    moved.append(person_id)
        return moved

    async def signup_status(self, event_id: int, person_id: int) -> str | None:
        """As bot.core.ports.SignupStore.signup_status, on SQLite."""
        row = await self._one(
            "SELECT status FROM signups WHERE event_id = ? AND person_id = ?",
            (event_id, person_id),
        )
        return str(row["status"]) if row else None

    async def signed_up(self, event_id: int, status: str = "going") -> list[Person]:
        """As bot.core.ports.SignupStore.signed_up, on SQLite."""
        rows = await self._all(
            "SELECT people.* FROM signups JOIN people ON people.id = signups.person_id"
            " WHERE signups.event_id = ? AND signups.status = ? ORDER BY signups.updated_at",
            (event_id, status),
        )
        return [person_of_row(r) for r in rows]

    async def signed_up_many(
        self, event_ids: Sequence[int], status: str = "going"
    ) -> dict[int, list[Person]]:
        """`signed_up` of several events in one query per 500 events: event id -> people,
        each list in the order `signed_up` gives (events without any are left out)."""
        found: dict[int, list[Person]] = {}
        for chunk, marks in _in_chunks(event_ids):
            rows = await self._all(
                "SELECT signups.event_id AS signed_event, people.* FROM signups"
                " JOIN people ON people.id = signups.person_id"
                f" WHERE signups.event_id IN ({marks}) AND signups.status = ?"
                " ORDER BY signups.event_id, signups.updated_at",
                (*chunk, status),
            )
            for r in rows:
                found.setdefault(int(r["signed_event"]), []).append(person_of_row(r))
        return found

    async def going_since(self, event_ids: Sequence[int]) -> dict[tuple[int, int], datetime]:
        """(event id, person id) → when that going sign-up became going (aware, the school's
        zone), for the going sign-ups of `event_ids` with it recorded; one query per 500."""
        found: dict[tuple[int, int], datetime] = {}
        for chunk, marks in _in_chunks(event_ids):
            rows = await self._all(
                "SELECT event_id, person_id, going_since FROM signups"
                f" WHERE event_id IN ({marks}) AND status = 'going'"
                " AND going_since IS NOT NULL",
                tuple(chunk),
            )
            for r in rows:
                at = datetime.fromtimestamp(r["going_since"], self.tz)
                found[(int(r["event_id"]), int(r["person_id"]))] = at
        return found

    async def organisers_of(self, org_ids: Sequence[int]) -> dict[int, list[Person]]:
        """The people of several organisations who are not students (organisers), by
        organisation id, each list by person id (organisations without any left out)."""
        found: dict[int, list[Person]] = {}
        for chunk, marks in _in_chunks(org_ids):
            rows = await self._all(
                f"SELECT * FROM people WHERE organisation_id IN ({marks})"
                " AND role <> 'student' ORDER BY id",
                tuple(chunk),
            )
            for r in rows:
                found.setdefault(int(r["organisation_id"]), []).append(person_of_row(r))
        return found

    async def events_of_person(self, person_id: int, since: datetime) -> list[tuple[Event, str]]:
        """A person's sign-ups (going or waiting) for events ending after `since`."""
        columns = ", ".join(f"events.{c.strip()}" for c in EVENT_COLUMNS.split(","))
        rows = await self._all(
            f"SELECT {columns}, signups.status AS signup FROM signups"
            " JOIN events ON events.id = signups.event_id"
            " WHERE signups.person_id = ? AND signups.status IN ('going', 'waiting')"
            " AND events.ends_at > ? AND events.status != 'cancelled' ORDER BY events.starts_at",
            (person_id, epoch(since)),
        )
        return [(self._event(r), str(r["signup"])) for r in rows]

    async def signup_counts(self, event_ids: Sequence[int]) -> dict[int, int]:
        """As bot.core.ports.SignupStore.signup_counts, on SQLite."""
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

    async def answered_by(self, event_id: int) -> set[int]:
        """Ids of the people who have answered an event's poll."""
        rows = await self._all(
            "SELECT person_id FROM poll_responses WHERE event_id = ?", (event_id,)
        )
        return {int(r["person_id"]) for r in rows}

    async def _respondent(self, event_id: int, person_id: int) -> str:
        salt = await self.get_setting("feedback_salt")
        if salt is None:
            salt = secrets.token_hex(16)
            await self.set_setting("feedback_salt", salt)
        digest = hashlib.sha256(f"{salt}:{event_id}:{person_id}".encode())
        return digest.hexdigest()


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


IN_CHUNK = 500  # ids per «IN (…)» list: under SQLite's 999 bound parameters before 3.32


def _in_chunks(ids: Sequence[int]) -> Iterator[tuple[list[int], str]]:
    """`ids` without repeats, in order, as chunks of at most IN_CHUNK with their «?,?,…»
    placeholder lists, for one «WHERE … IN (…)» query each."""
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), IN_CHUNK):
        chunk = wanted[start : start + IN_CHUNK]
        yield chunk, ",".join("?" for _ in chunk)
