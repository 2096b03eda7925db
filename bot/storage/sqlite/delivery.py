"""Delivery bookkeeping (the OutboxStore port): notifications claimed by key before sending,
so none goes out twice, and the log of incoming VK updates already handled. The outbox of
claimed batches is bot.storage.outbox."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from bot.storage.event_columns import epoch
from bot.storage.sqlite.base import SqliteBase


class DeliveryMixin(SqliteBase):
    """Notification claims and the update log."""

    async def claim_notification(self, key: str, peer_id: int, at: datetime | None = None) -> bool:
        """Record a notification before sending it (at `at`, default now); False if it
        was already sent."""
        return key in await self.claim_notifications([(key, peer_id)], at)

    async def claim_notifications(
        self, items: Sequence[tuple[str, int]], at: datetime | None = None
    ) -> set[str]:
        """Claim many (key, peer) at once, in one transaction; returns the keys claimed now."""
        stamp = epoch(at) if at is not None else self._stamp()
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

    async def release_notification(self, key: str) -> None:
        """Forget a claimed key whose sending failed, so the next tick retries it."""
        async with self.transaction() as tx:
            await tx.execute("DELETE FROM sent_notifications WHERE key = ?", (key,))

    async def notification_sent(self, key: str) -> bool:
        """Whether notification `key` is recorded as claimed (sent or on its way)."""
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
