"""Per-person reminder preferences, school-wide settings and dialog states (the SettingsStore
port). A dialog state is stored as JSON, exactly as bot.core.dialog.Dialog.dump() gives it."""

from __future__ import annotations

import json
from typing import Any

from bot.storage.sqlite.base import SqliteBase


class SettingsMixin(SqliteBase):
    """Reminder preferences, settings and dialogs."""

    async def reminder_prefs(self, person_id: int) -> tuple[bool, list[int] | None]:
        row = await self._one(
            "SELECT enabled, offsets FROM reminder_prefs WHERE person_id = ?", (person_id,)
        )
        if row is None:
            return True, None
        offsets = json.loads(row["offsets"]) if row["offsets"] else None
        return bool(row["enabled"]), offsets

    async def set_reminder_prefs(
        self, person_id: int, enabled: bool, offsets: list[int] | None
    ) -> None:
        async with self.transaction() as tx:
            await tx.execute(
                "INSERT INTO reminder_prefs (person_id, enabled, offsets) VALUES (?, ?, ?)"
                " ON CONFLICT (person_id) DO UPDATE SET enabled = excluded.enabled,"
                " offsets = excluded.offsets",
                (person_id, int(enabled), json.dumps(offsets) if offsets is not None else None),
            )

    async def get_setting(self, key: str) -> str | None:
        row = await self._one("SELECT value FROM settings WHERE key = ?", (key,))
        return str(row["value"]) if row else None

    async def set_setting(self, key: str, value: str) -> None:
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

    async def get_dialog(self, person_id: int) -> dict[str, Any] | None:
        row = await self._one("SELECT state FROM dialogs WHERE person_id = ?", (person_id,))
        if row is None:
            return None
        state = json.loads(row["state"])
        return state if isinstance(state, dict) else None

    async def set_dialog(self, person_id: int, state: dict[str, Any] | None) -> None:
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
