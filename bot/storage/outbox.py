"""SQLite side of the outbox (bot/core/outbox.py explains the protocol): claimed batches of
notifications with their stable VK random_id, and recipients VK refused.

A mixin of SqliteStore: every method is one transaction of the store's (or one read).
Tables: `outbox` and `undelivered` (migrations/0006_outbox.sql), `sent_notifications`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import aiosqlite

from bot.core.outbox import (
    IN_FLIGHT,
    DeliveryReport,
    OutboxBatch,
    batch_random_id,
    unmet_pattern,
    unmet_release_floor,
)
from bot.storage.event_columns import epoch


class OutboxMixin:
    """Outbox methods for SqliteStore (needs its `transaction` and `_all`)."""

    # how long a batch being sent is left alone by other workers (bot.core.outbox.IN_FLIGHT;
    # BOT_OUTBOX_LEASE_SECONDS sets it for the bot's store)
    outbox_lease: timedelta = IN_FLIGHT

    if TYPE_CHECKING:

        def transaction(self) -> AbstractAsyncContextManager[aiosqlite.Connection]: ...
        async def _all(self, sql: str, params: Sequence[Any] = ()) -> list[aiosqlite.Row]: ...

    async def claim_batch(
        self,
        items: Sequence[tuple[str, int]],
        kind: str,
        ref: Mapping[str, Any],
        event_id: int | None,
        expires: datetime,
        now: datetime,
        *,
        not_before: datetime | None = None,
    ) -> OutboxBatch | None:
        """Claim (key, peer) items not yet recorded and write their outbox row, in one
        transaction; None when every key was already claimed (by this or another worker).
        The row is in flight until `now + outbox_lease` (due then, for a resend, unless
        confirmed or postponed first), or waits until `not_before` (aware)."""
        stamp = epoch(now)
        due = epoch(not_before if not_before is not None else now + self.outbox_lease)
        async with self.transaction() as tx:
            claimed = []
            for key, peer in items:
                cur = await tx.execute(
                    "INSERT OR IGNORE INTO sent_notifications (key, peer_id, sent_at)"
                    " VALUES (?, ?, ?)",
                    (key, peer, stamp),
                )
                if cur.rowcount == 1:
                    claimed.append((key, peer))
            if not claimed:
                return None
            random_id = batch_random_id(k for k, _ in claimed)
            cur = await tx.execute(
                "INSERT INTO outbox (random_id, kind, ref, items, event_id, created_at,"
                " expires_at, next_try_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    random_id,
                    kind,
                    json.dumps(dict(ref), ensure_ascii=False, default=str),
                    json.dumps(claimed),
                    event_id,
                    stamp,
                    epoch(expires),
                    due,
                ),
            )
            batch_id = cur.lastrowid
        assert batch_id is not None
        return OutboxBatch(batch_id, random_id, kind, ref, tuple(claimed), event_id, expires)

    async def confirm_batch(
        self, batch: OutboxBatch, report: DeliveryReport, now: datetime
    ) -> None:
        """Record VK's answer: refused peers → `undelivered` (their keys stay recorded, so they
        are never retried), unreached peers → keys released, and the outbox row goes."""
        async with self.transaction() as tx:
            for key, peer in batch.items:
                if peer in report.refused:
                    await tx.execute(
                        "INSERT OR IGNORE INTO undelivered (key, peer_id, event_id, code, at)"
                        " VALUES (?, ?, ?, ?, ?)",
                        (key, peer, batch.event_id, report.refused[peer], epoch(now)),
                    )
                elif peer in report.unreached:
                    await tx.execute("DELETE FROM sent_notifications WHERE key = ?", (key,))
            await tx.execute("DELETE FROM outbox WHERE id = ?", (batch.id,))

    async def take_batch(self, batch: OutboxBatch, now: datetime) -> bool:
        """Take a due batch (from pending_batches) for sending it again: its row is in
        flight until `now + outbox_lease`. False when it is not due at `now` any more —
        another worker took, confirmed or dropped it since it was read."""
        async with self.transaction() as tx:
            cur = await tx.execute(
                "UPDATE outbox SET next_try_at = ? WHERE id = ? AND next_try_at <= ?",
                (epoch(now + self.outbox_lease), batch.id, epoch(now)),
            )
            return cur.rowcount == 1

    async def postpone_batch(self, batch: OutboxBatch, at: datetime) -> None:
        """Keep a batch whose sending failed (its keys stay claimed) until `at`."""
        async with self.transaction() as tx:
            await tx.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_try_at = ? WHERE id = ?",
                (epoch(at), batch.id),
            )

    async def drop_batch(self, batch: OutboxBatch) -> None:
        """Forget a batch no longer worth sending (expired, event gone): keys released."""
        async with self.transaction() as tx:
            for key, _ in batch.items:
                await tx.execute("DELETE FROM sent_notifications WHERE key = ?", (key,))
            await tx.execute("DELETE FROM outbox WHERE id = ?", (batch.id,))

    async def pending_batches(self, now: datetime, limit: int = 50) -> list[OutboxBatch]:
        """Claimed batches not confirmed yet and due for a (re)send at `now`, oldest first."""
        rows = await self._all(
            "SELECT * FROM outbox WHERE next_try_at <= ? ORDER BY id LIMIT ?",
            (epoch(now), limit),
        )
        return [
            OutboxBatch(
                id=int(r["id"]),
                random_id=int(r["random_id"]),
                kind=str(r["kind"]),
                ref=json.loads(r["ref"]),
                items=tuple((str(k), int(p)) for k, p in json.loads(r["items"])),
                event_id=r["event_id"],
                expires=datetime.fromtimestamp(r["expires_at"], UTC),
                attempts=int(r["attempts"]),
            )
            for r in rows
        ]

    async def release_unmet(self, vk_id: int, now: datetime) -> int:
        """Make the batches held for `vk_id` (bot.core.outbox.unmet_key: one item each) due
        at `now`; how many. Their items' JSON starts with that key. A row due no later than
        `now + outbox_lease` is not held (unmet_release_floor): it is in flight or waits a
        short retry, and stays so."""
        async with self.transaction() as tx:
            cur = await tx.execute(
                "UPDATE outbox SET next_try_at = ? WHERE next_try_at > ? AND items LIKE ?",
                (
                    epoch(now),
                    epoch(unmet_release_floor(now, self.outbox_lease)),
                    unmet_pattern(vk_id),
                ),
            )
            return int(cur.rowcount or 0)

    async def undelivered_counts(self, event_ids: Sequence[int]) -> dict[int, int]:
        """event id → how many people VK refused to deliver its notifications to (901)."""
        found: dict[int, int] = {}
        for start in range(0, len(event_ids), 500):
            chunk = list(event_ids[start : start + 500])
            marks = ",".join("?" for _ in chunk)
            rows = await self._all(
                "SELECT event_id, COUNT(DISTINCT peer_id) AS n FROM undelivered"
                f" WHERE event_id IN ({marks}) GROUP BY event_id",
                tuple(chunk),
            )
            found.update({int(r["event_id"]): int(r["n"]) for r in rows})
        return found
