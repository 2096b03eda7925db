"""Per-person reminder preferences, school-wide settings and dialog states (the SettingsStore
port). A dialog state is stored as JSON, exactly as bot.core.dialog.Dialog.dump() gives it."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bot.core.models import Person
from bot.storage.event_columns import epoch
from bot.storage.sqlite.base import SqliteBase, instant, person_of_row


class SettingsMixin(SqliteBase):
    """Reminder preferences, settings and dialogs."""

    async def reminder_prefs(self, person_id: int) -> tuple[bool, list[int] | None]:
        """As bot.core.ports.SettingsStore.reminder_prefs, on SQLite."""
        row = await self._one(
            "SELECT enabled, offsets FROM reminder_prefs WHERE person_id = ?", (person_id,)
        )
        if row is None:
            return True, None
        offsets = json.loads(row["offsets"]) if row["offsets"] else None
        return bool(row["enabled"]), offsets

    async def set_reminder_prefs(
        self,
        person_id: int,
        enabled: bool,
        offsets: list[int] | None,
        clock: str | None = None,
        chosen_at: datetime | None = None,
    ) -> None:
        """As bot.core.ports.SettingsStore.set_reminder_prefs, on SQLite."""
        async with self.transaction() as tx:
            await tx.execute(
                "INSERT INTO reminder_prefs (person_id, enabled, offsets, clock, chosen_at)"
                " VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (person_id) DO UPDATE SET enabled = excluded.enabled,"
                " offsets = excluded.offsets, clock = excluded.clock,"
                " chosen_at = excluded.chosen_at",
                (
                    person_id,
                    int(enabled),
                    json.dumps(offsets) if offsets is not None else None,
                    clock,
                    epoch(chosen_at) if chosen_at is not None else None,
                ),
            )

    async def reminder_clocks(self) -> dict[int, tuple[str | None, datetime | None]]:
        """person id -> (clock, chosen_at) for everyone with either recorded (0030)."""
        rows = await self._all(
            "SELECT person_id, clock, chosen_at FROM reminder_prefs"
            " WHERE clock IS NOT NULL OR chosen_at IS NOT NULL"
        )
        return {int(r["person_id"]): (r["clock"], instant(r["chosen_at"], self.tz)) for r in rows}

    async def get_setting(self, key: str) -> str | None:
        """As bot.core.ports.SettingsStore.get_setting, on SQLite."""
        row = await self._one("SELECT value FROM settings WHERE key = ?", (key,))
        return str(row["value"]) if row else None

    async def set_setting(self, key: str, value: str) -> None:
        """As bot.core.ports.SettingsStore.set_setting, on SQLite."""
        async with self.transaction() as tx:
            await tx.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

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

    async def message_start(
        self, vk_id: int, setting_key: str
    ) -> tuple[Person | None, dict[str, Any] | None, str | None]:
        """The person with `vk_id`, their dialog state and a setting's value, in one query
        (bot.core.ports.MessageStart); each None when not stored."""
        row = await self._one(
            "SELECT people.*, dialogs.state AS dialog_state,"
            " (SELECT value FROM settings WHERE key = ?) AS setting_value"
            " FROM (SELECT 1) AS one LEFT JOIN people ON people.vk_id = ?"
            " LEFT JOIN dialogs ON dialogs.person_id = people.id",
            (setting_key, vk_id),
        )
        assert row is not None  # the (SELECT 1) row is always there
        found = person_of_row(row) if row["id"] is not None else None
        state = json.loads(row["dialog_state"]) if row["dialog_state"] is not None else None
        setting = str(row["setting_value"]) if row["setting_value"] is not None else None
        return found, state if isinstance(state, dict) else None, setting

    async def get_dialog(self, person_id: int) -> dict[str, Any] | None:
        """As bot.core.ports.SettingsStore.get_dialog, on SQLite."""
        row = await self._one("SELECT state FROM dialogs WHERE person_id = ?", (person_id,))
        if row is None:
            return None
        state = json.loads(row["state"])
        return state if isinstance(state, dict) else None

    async def set_dialog(self, person_id: int, state: dict[str, Any] | None) -> None:
        """As bot.core.ports.SettingsStore.set_dialog, on SQLite."""
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
