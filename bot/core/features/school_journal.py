"""A journal of the changes one school's update makes in another school's store.

A move, cancel or rename of an event saved for several schools of a city reaches its copies
in the other schools (bot.core.features.school_twins). Each copy lives in that school's own
store, changed in a unit held open until the writer's update commits and committed right
after it (bot.core.held). A worker killed between the two commits lost the other school's
part: the writer's school had the move, the other school's copy stayed old and its students
were never told. The outbox makes notices exactly-once the same way this journal makes the
other school's part exactly-once:

1. in the writer's update (its own transaction) a `SchoolChange` is recorded in the
   WRITER's store: the other school, the author, the kind of change, the copies' ids and
   versions and their new states (`record_school_change`);
2. the other school's held unit inserts the change's `origin` into its own applied-markers
   (`claim_school_change`) with the change itself and its notices' outbox claims;
3. after the held unit commits, the journal entry is done (`school_change_done`: deleted);
4. an entry still there (a worker killed between the two commits, a held commit that failed)
   is finished by the city's notification tick (bot.core.features.school_replay): in one
   transaction of the other school, a marker already there means the part was committed
   (nothing is done again), else the change is applied and its notices claimed, with the
   marker; then the entry is done.

A marker inserted by a held unit not yet committed makes a concurrent replay wait (both
backends: SQLite's write lock, PostgreSQL's unique index), so the fast path and a replay by
another worker never both apply a change.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, runtime_checkable

from bot.core.models import Event, EventStatus

log = logging.getLogger(__name__)

PENDING_LIMIT = 50  # entries one tick finishes per school at most
# a failed replay puts its entry off RETRY_SECONDS * 2 ** (tries - 1) seconds; after MAX_TRIES
# failures (about 2 h 07 min after the first: 60 s × (1 + 2 + … + 64)) the entry is marked
# stuck (attack 2026-12-03ab #4)
RETRY_SECONDS = 60
MAX_TRIES = 8


def retry_delay(tries: int) -> int:
    """Seconds an entry that failed `tries` times (1 or more) waits before the next try."""
    return int(RETRY_SECONDS * 2 ** (max(1, tries) - 1))


@dataclass(frozen=True, slots=True)
class CopyState:
    """What a change gives another school's copy of an event: the author's event's title,
    start and end (aware; stored as UTC epoch seconds), all-day flag, end-given flag and
    status — never its place or classes, each school's own."""

    title: str
    start: datetime
    end: datetime
    all_day: bool
    end_given: bool
    status: EventStatus

    @staticmethod
    def of(event: Event) -> CopyState:
        """The state `event` (the author's, as stored by the change) gives its copies."""
        return CopyState(
            event.title, event.start, event.end, event.all_day, event.end_given, event.status
        )

    def dump(self) -> dict[str, Any]:
        """JSON data (times as UTC epoch seconds)."""
        return {
            "title": self.title,
            "start": int(self.start.timestamp()),
            "end": int(self.end.timestamp()),
            "all_day": self.all_day,
            "end_given": self.end_given,
            "status": self.status.value,
        }

    @staticmethod
    def load(data: dict[str, Any]) -> CopyState:
        """The inverse of `dump` (times aware, in UTC)."""
        return CopyState(
            str(data["title"]),
            datetime.fromtimestamp(int(data["start"]), UTC),
            datetime.fromtimestamp(int(data["end"]), UTC),
            bool(data["all_day"]),
            bool(data["end_given"]),
            EventStatus(data["status"]),
        )


@dataclass(frozen=True, slots=True)
class SchoolChange:
    """One journal entry: `origin` names it in the whole city, `school` is the other
    school's key; `author` the VK id of who made the change, `kind` "moved", "cancelled",
    "updated" or "restored" (bot.core.features.notices), `copies` the other school's
    (event id, version) as the change found them and `states` what each becomes (same
    order). `sources` are the ids of the author's events in the WRITER's store the copies
    mirror (same order; empty in an entry recorded before they were kept): the replay gives
    the copies those events' CURRENT state, so a later change in the writer's school that
    could not reach the copies still pending here (attack 2026-12-03ab #3) is not lost to
    the older state. An undo of such a change («верни», bot.core.features.undo) has kind
    "undo", no copies or states, and in `undo` what the undo of that school's part reads:
    {"last": {"kind", "at"}, "part": the school's part as the dialog remembered it}."""

    origin: str
    school: str
    author: int
    kind: str
    copies: tuple[tuple[int, int], ...]
    states: tuple[CopyState, ...]
    undo: dict[str, Any] | None = None
    sources: tuple[int, ...] = ()

    def body(self) -> str:
        """The entry's JSON body as stored (`school` and `origin` have columns)."""
        return json.dumps(
            {
                "author": self.author,
                "kind": self.kind,
                "copies": [list(c) for c in self.copies],
                "states": [s.dump() for s in self.states],
                **({"undo": self.undo} if self.undo is not None else {}),
                **({"sources": list(self.sources)} if self.sources else {}),
            },
            ensure_ascii=False,
        )

    @staticmethod
    def from_row(origin: str, school: str, body: str) -> SchoolChange:
        """An entry from its stored columns; ValueError/KeyError for a damaged body."""
        data = json.loads(body)
        return SchoolChange(
            origin,
            school,
            int(data["author"]),
            str(data["kind"]),
            tuple((int(i), int(v)) for i, v in data["copies"]),
            tuple(CopyState.load(s) for s in data["states"]),
            data.get("undo"),
            tuple(int(i) for i in data.get("sources", ())),
        )


@dataclass(frozen=True, slots=True)
class StuckChange:
    """An entry the tick gave up on (migration 0034): its origin, the other school's key,
    how many replays failed (0 for a damaged body), the last error's text, when it was
    marked (aware, UTC) and the entry itself (None when its body no longer reads). Kept in
    the writer's store for a person to look at: the curator's «итоги» name it (city27,
    bot.core.features.files.stuck_parts)."""

    origin: str
    school: str
    tries: int
    error: str
    stuck_at: datetime
    change: SchoolChange | None = None


def read_entries(
    rows: Sequence[tuple[str, str, str]],
) -> tuple[list[SchoolChange], list[tuple[str, str]]]:
    """Journal entries from stored (origin, school, body) rows, and the (origin, error) of
    each row whose body no longer reads (logged here; the store marks it stuck, so it is
    reported once and never read again)."""
    found, damaged = [], []
    for origin, school, body in rows:
        try:
            found.append(SchoolChange.from_row(str(origin), str(school), str(body)))
        except (ValueError, KeyError, TypeError) as error:
            log.error("a damaged journal entry %s is marked stuck: %r", origin, error)
            damaged.append((str(origin), f"damaged body: {error!r}"))
    return found, damaged


def new_origin(school: str | None) -> str:
    """A fresh origin for a change written from school `school` (its key; None: one school)."""
    return f"{school or '-'}:{secrets.token_hex(12)}"


@runtime_checkable
class CityJournalReader(Protocol):
    """A store that reads the journals of several schools of its city in ONE query
    (PostgreSQL: one schema per school in one database; safety41 #2)."""

    async def school_changes_stuck_of(
        self, party: str, journals: Sequence[tuple[str, object]]
    ) -> Sequence[tuple[str, StuckChange]] | None:
        """The stuck entries of `journals` ((school key, its store), in this order) that the
        school `party` is party to — all of its own journal, those for it in the others' —
        as (writer's key, entry), in `journals` order, oldest first in each. None when one
        of those stores is not reachable from this one's connection (another database or
        backend): the caller then reads them one by one."""
        ...

    async def school_changes_dismissed_of(
        self, party: str, journals: Sequence[tuple[str, object]], limit: int
    ) -> Sequence[tuple[str, dict[str, Any]]] | None:
        """The newest `limit` audited dismissals in `journals`' stores of parts `party` was
        party to, as (writer's key, row as school_changes_dismissed gives it), newest
        first; None as school_changes_stuck_of."""
        ...


async def dismissed_of_schools(
    party: str, journals: Sequence[tuple[str, JournalStore]], limit: int = 5
) -> list[tuple[str, dict[str, Any]]]:
    """The newest `limit` audited dismissals (JournalStore.school_changes_dismissed) of parts
    the school `party` was party to across `journals` ((school key, its store)): those of
    its own journal, and those for it in the others', as (writer's key, row), newest
    first. One query where `party`'s store reads them all (CityJournalReader), else one per
    school. Raises when a store fails."""
    own = next((store for key, store in journals if key == party), None)
    if isinstance(own, CityJournalReader):
        found = await own.school_changes_dismissed_of(party, journals, limit)
        if found is not None:
            return list(found)
    rows = [
        (key, row)
        for key, store in journals
        for row in await store.school_changes_dismissed(limit)
        if key == party or row.get("school") == party
    ]
    return sorted(rows, key=lambda r: r[1]["at"], reverse=True)[:limit]


async def stuck_of_schools(
    party: str, journals: Sequence[tuple[str, JournalStore]]
) -> list[tuple[str, StuckChange]]:
    """The stuck entries the school `party` is party to across `journals` ((school key, its
    store), the city's schools in order): every entry of its own journal, and those for it
    in the other schools' journals, as (writer's key, entry) in `journals` order, oldest
    first in each. One query where `party`'s store reads them all (CityJournalReader:
    PostgreSQL schemas of one database); else one per school (SQLite files: ATTACH is
    capped at 10 databases and refused inside a transaction). Raises when a store fails."""
    own = next((store for key, store in journals if key == party), None)
    if isinstance(own, CityJournalReader):
        found = await own.school_changes_stuck_of(party, journals)
        if found is not None:
            return list(found)
    return [
        (key, entry)
        for key, store in journals
        for entry in await store.school_changes_stuck()
        if key == party or entry.school == party
    ]


@runtime_checkable
class JournalStore(Protocol):
    """The journal's store methods (both backends, migration 0033); each write is one
    transaction (a savepoint inside an open unit of work), times on the store's clock."""

    async def record_school_change(self, change: SchoolChange) -> None:
        """Record `change` in this (the writer's) store."""
        ...

    async def school_changes_pending(self, limit: int = PENDING_LIMIT) -> Sequence[SchoolChange]:
        """At most `limit` entries due now (not done, not stuck, not put off past the store's
        clock), oldest first. A row whose body no longer reads is marked stuck on the way
        (its own transaction) and the next rows are read in its place."""
        ...

    async def school_change_failed(self, origin: str, error: str) -> bool:
        """One more failed replay of `origin`: put off by retry_delay(tries), or marked stuck
        with `error` once it has failed MAX_TRIES times; True when it is stuck now."""
        ...

    async def school_changes_stuck(self) -> Sequence[StuckChange]:
        """The entries marked stuck, oldest first (a done entry is gone from here too)."""
        ...

    async def school_change_retry(self, origin: str) -> bool:
        """A person's «Повторить» of a stuck entry (safety40): no longer stuck, its tries
        and error cleared, due at the next tick. False when `origin` is not stuck here (done,
        still tried, dismissed or retried already), so a second press changes nothing."""
        ...

    async def school_change_dismiss(self, origin: str, by: Mapping[str, Any]) -> bool:
        """A person's «Отбросить» of a stuck entry (safety40): deleted, never replayed (the
        other school's copies stay as they are), with an audit row of `by` (who pressed:
        by_vk_id, by_school, by_name) in the same transaction (safety41 #3;
        school_changes_dismissed); `by` is required, so nothing is deleted unaudited
        (attack41). False when `origin` is not stuck here (nothing written)."""
        ...

    async def school_changes_dismissed(self, limit: int = 20) -> list[dict[str, Any]]:
        """The newest `limit` audited dismissals of this store's stuck entries, newest first:
        dicts of origin, school (the one it was for), by_vk_id, by_school, by_name, kind,
        title, start (aware UTC or None), all_day, more, at (aware UTC)."""
        ...

    async def school_change_done(self, origin: str) -> None:
        """The entry's other school has it committed: forget it (deleted)."""
        ...

    async def claim_school_change(self, origin: str) -> bool:
        """In the OTHER school's store: insert the applied-marker of `origin`; False when it
        was there already (the change was applied before). Inside a unit that already
        inserted it uncommitted elsewhere, waits for that unit's end."""
        ...
