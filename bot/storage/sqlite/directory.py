"""Organisations and people (the Directory port), and role changes with their audit rows."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bot.core.access import RoleChange
from bot.core.models import Organisation, OrgKind, Person, Role
from bot.core.text import clean_optional, clean_text
from bot.storage.access_sql import change_role
from bot.storage.sqlite.base import SqliteBase, inserted_rowid, organisation_of_row, person_of_row


class DirectoryMixin(SqliteBase):
    """Organisations, people and their roles."""

    # --- organisations ---------------------------------------------------------------

    async def create_organisation(self, name: str, kind: OrgKind) -> Organisation:
        """As bot.core.ports.Directory.create_organisation, on SQLite."""
        name = " ".join(clean_text(name).split())
        async with self.transaction() as tx:
            cur = await tx.execute(
                "INSERT INTO organisations (name, name_key, kind, created_at) VALUES (?, ?, ?, ?)",
                (name, name.casefold(), kind.value, self._stamp()),
            )
            org_id = inserted_rowid(cur)
        return Organisation(id=org_id, name=name, kind=kind)

    async def drop_unused_partner(self, org_id: int) -> bool:
        """As bot.core.ports.Directory.drop_unused_partner, on SQLite."""
        async with self.transaction() as tx:
            cur = await tx.execute(
                "DELETE FROM organisations WHERE id = ? AND kind = 'partner'"
                " AND NOT EXISTS (SELECT 1 FROM events WHERE organisation_id = ?)"
                " AND NOT EXISTS (SELECT 1 FROM people WHERE organisation_id = ?)"
                " AND NOT EXISTS (SELECT 1 FROM invitations WHERE organisation_id = ?)"
                # an open organiser card (its «да» or its series' scope) naming it (chat78)
                " AND NOT EXISTS (SELECT 1 FROM dialogs"
                " WHERE json_extract(state, '$.waiting.change.organisation') = ?)",
                (org_id, org_id, org_id, org_id, org_id),
            )
            return cur.rowcount > 0

    async def release_authorship(self, person_id: int, organisation_id: int) -> int:
        """As bot.core.ports.Directory.release_authorship, on SQLite."""
        async with self.transaction() as tx:
            cur = await tx.execute(
                "UPDATE events SET created_by = NULL WHERE created_by = ? AND organisation_id = ?",
                (person_id, organisation_id),
            )
            return int(cur.rowcount)

    async def get_organisation(self, org_id: int) -> Organisation | None:
        """As bot.core.ports.Directory.get_organisation, on SQLite."""
        row = await self._one("SELECT * FROM organisations WHERE id = ?", (org_id,))
        return organisation_of_row(row) if row else None

    async def find_organisation(self, name: str) -> Organisation | None:
        """As bot.core.ports.Directory.find_organisation, on SQLite."""
        key = " ".join(clean_text(name).split()).casefold()
        row = await self._one("SELECT * FROM organisations WHERE name_key = ?", (key,))
        return organisation_of_row(row) if row else None

    async def list_organisations(self) -> list[Organisation]:
        """As bot.core.ports.Directory.list_organisations, on SQLite."""
        rows = await self._all("SELECT * FROM organisations ORDER BY name_key")
        return [organisation_of_row(r) for r in rows]

    # --- people ------------------------------------------------------------------------

    async def save_person(
        self,
        vk_id: int,
        role: Role,
        name: str = "",
        organisation_id: int | None = None,
        class_name: str | None = None,
    ) -> Person:
        """Create the person or update their role, name, organisation and class."""
        name, class_name = clean_text(name), clean_optional(class_name)
        stamp = self._stamp()
        async with self.transaction() as tx:
            await tx.execute(
                "INSERT INTO people (vk_id, role, name, organisation_id, class_name,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (vk_id) DO UPDATE SET role = excluded.role, name = excluded.name,"
                " organisation_id = excluded.organisation_id,"
                " class_name = excluded.class_name, updated_at = excluded.updated_at",
                (vk_id, role.value, name, organisation_id, class_name, stamp, stamp),
            )
        person = await self.get_person_by_vk(vk_id)
        assert person is not None
        return person

    async def get_person(self, person_id: int) -> Person | None:
        """As bot.core.ports.Directory.get_person, on SQLite."""
        row = await self._one("SELECT * FROM people WHERE id = ?", (person_id,))
        return person_of_row(row) if row else None

    async def get_person_by_vk(self, vk_id: int) -> Person | None:
        """As bot.core.ports.Directory.get_person_by_vk, on SQLite."""
        row = await self._one("SELECT * FROM people WHERE vk_id = ?", (vk_id,))
        return person_of_row(row) if row else None

    async def people_of_organisation(self, org_id: int) -> list[Person]:
        """As bot.core.ports.Directory.people_of_organisation, on SQLite."""
        rows = await self._all("SELECT * FROM people WHERE organisation_id = ?", (org_id,))
        return [person_of_row(r) for r in rows]

    async def people_with_role(self, role: Role) -> list[Person]:
        """As bot.core.ports.Directory.people_with_role, on SQLite."""
        rows = await self._all("SELECT * FROM people WHERE role = ?", (role.value,))
        return [person_of_row(r) for r in rows]

    async def change_role(self, person: Person, change: RoleChange) -> Person:
        """Apply a role change (bot.core.access.role_change) with its audit row."""
        async with self.transaction() as tx:
            await change_role(tx, person.id, change, self._stamp())
            changed = await self.get_person(person.id)
        assert changed is not None
        return changed

    async def role_changes(self, person_id: int) -> list[dict[str, Any]]:
        """A person's role changes from the audit log, oldest first."""
        rows = await self._all(
            "SELECT at, details FROM audit_log WHERE entity = 'person' AND entity_id = ?"
            " AND action = 'role' ORDER BY id",
            (person_id,),
        )
        return [
            {"at": datetime.fromtimestamp(r["at"], self.tz), **json.loads(r["details"])}
            for r in rows
        ]
