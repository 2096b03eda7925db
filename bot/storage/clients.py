"""The `client_info` table (migration 0007): what each person's VK app can show."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.client_caps import ClientCaps
from bot.storage.sqlite_store import SqliteStore


class SqliteClientInfo:
    """Latest app capabilities per VK id, over the store's connection and transactions."""

    def __init__(self, store: SqliteStore) -> None:
        self.store = store

    async def client_caps(self, vk_ids: Sequence[int]) -> dict[int, ClientCaps]:
        """The stored capabilities of those of `vk_ids` who have written (others left out)."""
        found: dict[int, ClientCaps] = {}
        ids = list(dict.fromkeys(vk_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            rows = await self.store._all(
                "SELECT vk_id, keyboard, inline_keyboard, callback FROM client_info"
                f" WHERE vk_id IN ({marks})",
                tuple(chunk),
            )
            for r in rows:
                found[int(r[0])] = ClientCaps(bool(r[1]), bool(r[2]), bool(r[3]))
        return found

    async def save_client_caps(self, vk_id: int, caps: ClientCaps) -> None:
        """Keep the latest capabilities of `vk_id` (one transaction)."""
        async with self.store.transaction() as tx:
            await tx.execute(
                "INSERT INTO client_info (vk_id, keyboard, inline_keyboard, callback, updated_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (vk_id) DO UPDATE SET"
                " keyboard = excluded.keyboard, inline_keyboard = excluded.inline_keyboard,"
                " callback = excluded.callback, updated_at = excluded.updated_at",
                (vk_id, caps.keyboard, caps.inline_keyboard, caps.callback, self.store._stamp()),
            )
