"""Which plan file stored events were saved from (the PlanFileStore port, migration 0023)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.storage.postgres.base import PgBase


class PlanFilesMixin(PgBase):
    """`plan_file_events`: one row per event recorded with a plan file."""

    async def record_plan_file(self, event_ids: Sequence[int], filename: str) -> int:
        """As bot.core.ports.PlanFileStore.record_plan_file, on PostgreSQL."""
        ids = sorted(set(event_ids))
        if not ids:
            return 0
        stamp = self._stamp()
        async with self.transaction() as tx:
            await tx.executemany(
                "INSERT INTO plan_file_events (event_id, file_id, filename, recorded_at)"
                " VALUES ($1, $2, $3, $4) ON CONFLICT (event_id) DO UPDATE SET"
                " file_id = excluded.file_id, filename = excluded.filename,"
                " recorded_at = excluded.recorded_at",
                [(event_id, ids[0], filename, stamp) for event_id in ids],
            )
        return ids[0]

    async def plan_file_events(self, event_ids: Sequence[int]) -> list[int]:
        """As bot.core.ports.PlanFileStore.plan_file_events, on PostgreSQL."""
        ids = sorted(set(event_ids))
        if not ids:
            return []
        rows = await self._all(
            "SELECT event_id FROM plan_file_events WHERE file_id IN"
            " (SELECT file_id FROM plan_file_events WHERE event_id = ANY($1::bigint[]))"
            " ORDER BY event_id",
            ids,
        )
        return [int(r["event_id"]) for r in rows]
