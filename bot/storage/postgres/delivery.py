"""Delivery bookkeeping, incoming update log, preferences, settings and dialog state.

Claims are single INSERT … ON CONFLICT DO NOTHING statements: the primary key decides, so a
key is claimed once however many connections or workers race for it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from bot.core.models import Person
from bot.storage.event_columns import epoch
from bot.storage.postgres.base import PgBase, dumps, person

# one person's turn across workers (message_start): held until the unit's transaction ends
_DIALOG_LOCK = (
    "SELECT pg_advisory_xact_lock(('x' || md5('dialog:' || $1::bigint))::bit(64)::bigint)"
)


class DeliveryMixin(PgBase):
    """Store methods for notifications, seen updates, reminder prefs, settings, dialogs."""

    async def claim_notification(self, key: str, peer_id: int, at: datetime | None = None) -> bool:
        """Record a notification before sending it (at `at`, default now); False if it
        was already sent."""
        return key in await self.claim_notifications([(key, peer_id)], at)

    async def claim_notifications(
        self, items: Sequence[tuple[str, int]], at: datetime | None = None
    ) -> set[str]:
        """Claim many (key, peer) at once, in one statement; returns the keys claimed now."""
        if not items:
            return set()
        stamp = epoch(at) if at is not None else self._stamp()
        rows = await self._all(
            "INSERT INTO sent_notifications (key, peer_id, sent_at)"
            " SELECT key, peer_id, $3 FROM unnest($1::text[], $2::bigint[]) AS t(key, peer_id)"
            " ON CONFLICT (key) DO NOTHING RETURNING key",
            [k for k, _ in items],
            [p for _, p in items],
            stamp,
        )
        return {str(r["key"]) for r in rows}

    async def sent_keys(self, keys: Sequence[str]) -> set[str]:
        """Which of `keys` are already recorded."""
        return set(await self.sent_times(keys))

    async def sent_times(self, keys: Sequence[str]) -> dict[str, datetime]:
        """When each of `keys` was recorded as sent (keys never sent are left out)."""
        if not keys:
            return {}
        rows = await self._all(
            "SELECT key, sent_at FROM sent_notifications WHERE key = ANY($1::text[])", list(keys)
        )
        return {str(r["key"]): datetime.fromtimestamp(r["sent_at"], UTC) for r in rows}

    async def release_notification(self, key: str) -> None:
        """Forget a claimed key whose sending failed, so the next tick retries it."""
        await self._write_one("DELETE FROM sent_notifications WHERE key = $1", key)

    async def notification_sent(self, key: str) -> bool:
        """Whether notification `key` is recorded as claimed (sent or on its way)."""
        found = await self._val("SELECT 1 FROM sent_notifications WHERE key = $1", key)
        return found is not None

    async def claim_update(self, event_id: str, keep_seconds: int = 86_400) -> bool:
        """True the first time an incoming update id is seen (across processes); forgets
        ids older than `keep_seconds` in the same statement."""
        stamp = self._stamp()
        row = await self._write_one(
            "WITH forgotten AS (DELETE FROM seen_updates WHERE seen_at < $3 AND event_id <> $1)"
            " INSERT INTO seen_updates (event_id, seen_at) VALUES ($1, $2)"
            " ON CONFLICT (event_id) DO NOTHING RETURNING 1",
            event_id,
            stamp,
            stamp - keep_seconds,
        )
        return row is not None

    # --- reminder preferences and settings --------------------------------------------

    async def reminder_prefs(self, person_id: int) -> tuple[bool, list[int] | None]:
        """As bot.core.ports.SettingsStore.reminder_prefs, on PostgreSQL."""
        row = await self._one(
            "SELECT enabled, offsets FROM reminder_prefs WHERE person_id = $1", person_id
        )
        if row is None:
            return True, None
        return bool(row["enabled"]), _offsets(row["offsets"])

    async def all_reminder_prefs(self) -> dict[int, tuple[bool, list[int] | None]]:
        """Everyone's reminder preferences at once (people without a row use defaults)."""
        rows = await self._all("SELECT person_id, enabled, offsets FROM reminder_prefs")
        return {int(r["person_id"]): (bool(r["enabled"]), _offsets(r["offsets"])) for r in rows}

    async def set_reminder_prefs(
        self,
        person_id: int,
        enabled: bool,
        offsets: list[int] | None,
        clock: str | None = None,
        chosen_at: datetime | None = None,
    ) -> None:
        """As bot.core.ports.SettingsStore.set_reminder_prefs, on PostgreSQL."""
        await self._write_one(
            "INSERT INTO reminder_prefs (person_id, enabled, offsets, clock, chosen_at)"
            " VALUES ($1, $2, $3, $4, $5)"
            " ON CONFLICT (person_id) DO UPDATE SET enabled = excluded.enabled,"
            " offsets = excluded.offsets, clock = excluded.clock,"
            " chosen_at = excluded.chosen_at",
            person_id,
            enabled,
            list(offsets) if offsets is not None else None,
            clock,
            epoch(chosen_at) if chosen_at is not None else None,
        )

    async def reminder_clocks(self) -> dict[int, tuple[str | None, datetime | None]]:
        """person id -> (clock, chosen_at) for everyone with either recorded (0030)."""
        rows = await self._all(
            "SELECT person_id, clock, chosen_at FROM reminder_prefs"
            " WHERE clock IS NOT NULL OR chosen_at IS NOT NULL"
        )
        return {
            int(r["person_id"]): (
                r["clock"],
                self._at(r["chosen_at"]) if r["chosen_at"] is not None else None,
            )
            for r in rows
        }

    async def get_setting(self, key: str) -> str | None:
        """As bot.core.ports.SettingsStore.get_setting, on PostgreSQL."""
        value = await self._val("SELECT value FROM settings WHERE key = $1", key)
        return str(value) if value is not None else None

    async def set_setting(self, key: str, value: str) -> None:
        """As bot.core.ports.SettingsStore.set_setting, on PostgreSQL."""
        await self._write_one(
            "INSERT INTO settings (key, value) VALUES ($1, $2)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            key,
            value,
        )

    # --- dialogs ---------------------------------------------------------------------

    async def message_start(
        self, vk_id: int, setting_key: str
    ) -> tuple[Person | None, dict[str, Any] | None, str | None]:
        """The person with `vk_id`, their dialog state and a setting's value, in one query
        (bot.core.ports.MessageStart); each None when not stored.

        Inside an update's unit it first takes a transaction-scoped advisory lock on the
        person, held until the unit commits or rolls back: one person's updates handled by
        two workers at once (a «Сохранить» pressed twice, each press reaching another
        worker) run one after the other, the second reading the dialog the first committed.
        Under READ COMMITTED both read the same card and both saved it (attack
        2026-12-03ad, #2); in one process bot.transports.vk.updates.Turns already
        serialises them, and SQLite's BEGIN IMMEDIATE does across processes."""
        if self._gate.current() is not None:
            await self._val(_DIALOG_LOCK, vk_id)
        row = await self._one(
            "SELECT people.*, dialogs.state::text AS dialog_state,"
            " (SELECT value FROM settings WHERE key = $1) AS setting_value"
            " FROM (SELECT 1) AS one LEFT JOIN people ON people.vk_id = $2"
            " LEFT JOIN dialogs ON dialogs.person_id = people.id",
            setting_key,
            vk_id,
        )
        assert row is not None  # the (SELECT 1) row is always there
        found = person(row) if row["id"] is not None else None
        state = json.loads(row["dialog_state"]) if row["dialog_state"] is not None else None
        setting = str(row["setting_value"]) if row["setting_value"] is not None else None
        return found, state if isinstance(state, dict) else None, setting

    async def get_dialog(self, person_id: int) -> dict[str, Any] | None:
        """As bot.core.ports.SettingsStore.get_dialog, on PostgreSQL."""
        text = await self._val("SELECT state::text FROM dialogs WHERE person_id = $1", person_id)
        if text is None:
            return None
        state = json.loads(text)
        return state if isinstance(state, dict) else None

    async def set_dialog(self, person_id: int, state: dict[str, Any] | None) -> None:
        """As bot.core.ports.SettingsStore.set_dialog, on PostgreSQL."""
        if state is None:
            await self._write_one("DELETE FROM dialogs WHERE person_id = $1", person_id)
            return
        await self._write_one(
            "INSERT INTO dialogs (person_id, state, updated_at) VALUES ($1, $2::jsonb, $3)"
            " ON CONFLICT (person_id) DO UPDATE SET state = excluded.state,"
            " updated_at = excluded.updated_at",
            person_id,
            dumps(state),
            self._stamp(),
        )


def _offsets(value: list[int] | None) -> list[int] | None:
    """NULL means "the school's defaults"; an empty list stays empty (as in SQLite)."""
    return list(value) if value is not None else None
