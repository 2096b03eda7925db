"""PostgreSQL side of the outbox (bot/core/outbox.py explains the protocol): claimed batches
of notifications with their stable VK random_id, recipients VK refused, and what each
person's VK app can show (client_info).

Twin of bot/storage/outbox.py and bot/storage/clients.py; every method is one transaction
(a SAVEPOINT inside a unit of work) or one read. A key is claimed by INSERT … ON CONFLICT
DO NOTHING on its primary key, so however many workers race, one claims it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.core.client_caps import ClientCaps
from bot.core.outbox import (
    IN_FLIGHT,
    DeliveryReport,
    OutboxBatch,
    batch_random_id,
    unmet_pattern,
    unmet_release_floor,
)
from bot.storage.event_columns import epoch
from bot.storage.postgres.base import PgBase, ids


class OutboxMixin(PgBase):
    """Outbox and client_info methods for PostgresStore."""

    # how long a batch being sent is left alone by other workers (bot.core.outbox.IN_FLIGHT;
    # BOT_OUTBOX_LEASE_SECONDS sets it for the bot's store)
    outbox_lease: timedelta = IN_FLIGHT

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
            rows = await tx.fetch(
                "INSERT INTO sent_notifications (key, peer_id, sent_at)"
                " SELECT key, peer_id, $3 FROM unnest($1::text[], $2::bigint[])"
                " WITH ORDINALITY AS t(key, peer_id, n) ORDER BY n"
                " ON CONFLICT (key) DO NOTHING RETURNING key",
                [k for k, _ in items],
                [p for _, p in items],
                stamp,
            )
            won = {str(r["key"]) for r in rows}
            claimed = [(k, p) for k, p in dict(items).items() if k in won]
            if not claimed:
                return None
            random_id = batch_random_id(k for k, _ in claimed)
            batch_id = await tx.fetchval(
                "INSERT INTO outbox (random_id, kind, ref, items, event_id, created_at,"
                " expires_at, next_try_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                random_id,
                kind,
                json.dumps(dict(ref), ensure_ascii=False, default=str),
                json.dumps(claimed),
                event_id,
                stamp,
                epoch(expires),
                due,
            )
        return OutboxBatch(int(batch_id), random_id, kind, ref, tuple(claimed), event_id, expires)

    async def confirm_batch(
        self, batch: OutboxBatch, report: DeliveryReport, now: datetime
    ) -> None:
        """Record VK's answer: refused peers → `undelivered` (their keys stay recorded, so
        they are never retried), unreached peers → keys released, and the outbox row goes."""
        refused = [(k, p) for k, p in batch.items if p in report.refused]
        unreached = [k for k, p in batch.items if p not in report.refused and p in report.unreached]
        async with self.transaction() as tx:
            if refused:
                await tx.executemany(
                    "INSERT INTO undelivered (key, peer_id, event_id, code, at)"
                    " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (key) DO NOTHING",
                    [(k, p, batch.event_id, report.refused[p], epoch(now)) for k, p in refused],
                )
            if unreached:
                await tx.execute(
                    "DELETE FROM sent_notifications WHERE key = ANY($1::text[])", unreached
                )
            await tx.execute("DELETE FROM outbox WHERE id = $1", batch.id)

    async def take_batch(self, batch: OutboxBatch, now: datetime) -> bool:
        """Take a due batch (from pending_batches) for sending it again: its row is in
        flight until `now + outbox_lease`. False when it is not due at `now` any more —
        another worker took, confirmed or dropped it since it was read (the row's lock
        makes a second UPDATE wait and then find it not due)."""
        async with self.transaction() as tx:
            done = await tx.execute(
                "UPDATE outbox SET next_try_at = $2 WHERE id = $1 AND next_try_at <= $3",
                batch.id,
                epoch(now + self.outbox_lease),
                epoch(now),
            )
        return bool(done) and done.split()[-1] == "1"

    async def postpone_batch(self, batch: OutboxBatch, at: datetime) -> None:
        """Keep a batch whose sending failed (its keys stay claimed) until `at`."""
        await self._write_one(
            "UPDATE outbox SET attempts = attempts + 1, next_try_at = $2 WHERE id = $1",
            batch.id,
            epoch(at),
        )

    async def drop_batch(self, batch: OutboxBatch) -> None:
        """Forget a batch no longer worth sending (expired, event gone): keys released."""
        async with self.transaction() as tx:
            await tx.execute(
                "DELETE FROM sent_notifications WHERE key = ANY($1::text[])",
                [k for k, _ in batch.items],
            )
            await tx.execute("DELETE FROM outbox WHERE id = $1", batch.id)

    async def pending_batches(self, now: datetime, limit: int = 50) -> list[OutboxBatch]:
        """Claimed batches not confirmed yet and due for a (re)send at `now`, oldest first."""
        rows = await self._all(
            "SELECT * FROM outbox WHERE next_try_at <= $1 ORDER BY id LIMIT $2", epoch(now), limit
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
        """Make the batches held for `vk_id` (bot.core.outbox.unmet_key) due at `now`. A row
        due no later than `now + outbox_lease` is not held (unmet_release_floor): it is in
        flight or waits a short retry, and stays so."""
        async with self.transaction() as tx:
            done = await tx.execute(
                "UPDATE outbox SET next_try_at = $1 WHERE next_try_at > $2 AND items LIKE $3",
                epoch(now),
                epoch(unmet_release_floor(now, self.outbox_lease)),
                unmet_pattern(vk_id),
            )
        return int(done.split()[-1]) if done else 0

    async def undelivered_counts(self, event_ids: Sequence[int]) -> dict[int, int]:
        """event id → how many people VK refused to deliver its notifications to (901)."""
        if not event_ids:
            return {}
        rows = await self._all(
            "SELECT event_id, COUNT(DISTINCT peer_id) AS n FROM undelivered"
            " WHERE event_id = ANY($1::bigint[]) GROUP BY event_id",
            ids(event_ids),
        )
        return {int(r["event_id"]): int(r["n"]) for r in rows}

    # --- client_info ---------------------------------------------------------------------

    async def client_caps(self, vk_ids: Sequence[int]) -> dict[int, ClientCaps]:
        """The stored capabilities of those of `vk_ids` who have written (others left out)."""
        if not vk_ids:
            return {}
        rows = await self._all(
            "SELECT vk_id, keyboard, inline_keyboard, callback FROM client_info"
            " WHERE vk_id = ANY($1::bigint[])",
            ids(list(dict.fromkeys(vk_ids))),
        )
        return {
            int(r["vk_id"]): ClientCaps(r["keyboard"], r["inline_keyboard"], r["callback"])
            for r in rows
        }

    async def save_client_caps(self, vk_id: int, caps: ClientCaps) -> None:
        """Keep the latest capabilities of `vk_id` (one transaction)."""
        await self._write_one(
            "INSERT INTO client_info (vk_id, keyboard, inline_keyboard, callback, updated_at)"
            " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (vk_id) DO UPDATE SET"
            " keyboard = excluded.keyboard, inline_keyboard = excluded.inline_keyboard,"
            " callback = excluded.callback, updated_at = excluded.updated_at",
            vk_id,
            caps.keyboard,
            caps.inline_keyboard,
            caps.callback,
            self._stamp(),
        )
