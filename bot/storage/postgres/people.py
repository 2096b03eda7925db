"""Organisations and people: the school, its partners, their people, calendar feeds."""

from __future__ import annotations

import secrets

from bot.core.models import Organisation, OrgKind, Person, Role
from bot.core.text import clean_optional, clean_text
from bot.storage.postgres.base import PgBase, organisation, person


class PeopleMixin(PgBase):
    """Store methods for organisations, people, invitation codes and calendar tokens."""

    async def create_organisation(self, name: str, kind: OrgKind) -> Organisation:
        """Raises DuplicateKeyError when the case-folded name is taken."""
        name = " ".join(clean_text(name).split())
        row = await self._write_one(
            "INSERT INTO organisations (name, name_key, kind, created_at)"
            " VALUES ($1, $2, $3, $4) RETURNING id",
            name,
            name.casefold(),
            kind.value,
            self._stamp(),
        )
        assert row is not None
        return Organisation(id=row["id"], name=name, kind=kind)

    async def drop_unused_partner(self, org_id: int) -> bool:
        """As bot.core.ports.Directory.drop_unused_partner, on PostgreSQL."""
        row = await self._write_one(
            "DELETE FROM organisations WHERE id = $1 AND kind = 'partner'"
            " AND NOT EXISTS (SELECT 1 FROM events WHERE organisation_id = $1)"
            " AND NOT EXISTS (SELECT 1 FROM people WHERE organisation_id = $1)"
            " AND NOT EXISTS (SELECT 1 FROM invitations WHERE organisation_id = $1)"
            # an open organiser card (its «да» or its series' scope) naming it (chat78)
            " AND NOT EXISTS (SELECT 1 FROM dialogs"
            " WHERE state #>> '{waiting,change,organisation}' = $1::text)"
            " RETURNING id",
            org_id,
        )
        return row is not None

    async def release_authorship(self, person_id: int, organisation_id: int) -> int:
        """As bot.core.ports.Directory.release_authorship, on PostgreSQL."""
        async with self.transaction() as conn:
            rows = await conn.fetch(
                "UPDATE events SET created_by = NULL"
                " WHERE created_by = $1 AND organisation_id = $2 RETURNING id",
                person_id,
                organisation_id,
            )
        return len(rows)

    async def get_organisation(self, org_id: int) -> Organisation | None:
        """As bot.core.ports.Directory.get_organisation, on PostgreSQL."""
        row = await self._one("SELECT * FROM organisations WHERE id = $1", org_id)
        return organisation(row) if row else None

    async def find_organisation(self, name: str) -> Organisation | None:
        """As bot.core.ports.Directory.find_organisation, on PostgreSQL."""
        key = " ".join(clean_text(name).split()).casefold()
        row = await self._one("SELECT * FROM organisations WHERE name_key = $1", key)
        return organisation(row) if row else None

    async def list_organisations(self) -> list[Organisation]:
        """As bot.core.ports.Directory.list_organisations, on PostgreSQL."""
        rows = await self._all("SELECT * FROM organisations ORDER BY name_key")
        return [organisation(r) for r in rows]

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
        row = await self._write_one(
            "INSERT INTO people (vk_id, role, name, organisation_id, class_name,"
            " created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)"
            " ON CONFLICT (vk_id) DO UPDATE SET role = excluded.role, name = excluded.name,"
            " organisation_id = excluded.organisation_id,"
            " class_name = excluded.class_name, updated_at = excluded.updated_at RETURNING *",
            vk_id,
            role.value,
            name,
            organisation_id,
            class_name,
            stamp,
        )
        assert row is not None
        return person(row)

    async def get_person(self, person_id: int) -> Person | None:
        """As bot.core.ports.Directory.get_person, on PostgreSQL."""
        row = await self._one("SELECT * FROM people WHERE id = $1", person_id)
        return person(row) if row else None

    async def get_person_by_vk(self, vk_id: int) -> Person | None:
        """As bot.core.ports.Directory.get_person_by_vk, on PostgreSQL."""
        row = await self._one("SELECT * FROM people WHERE vk_id = $1", vk_id)
        return person(row) if row else None

    async def people_of_organisation(self, org_id: int) -> list[Person]:
        """As bot.core.ports.Directory.people_of_organisation, on PostgreSQL."""
        rows = await self._all(
            "SELECT * FROM people WHERE organisation_id = $1 ORDER BY id", org_id
        )
        return [person(r) for r in rows]

    async def people_with_role(self, role: Role) -> list[Person]:
        """As bot.core.ports.Directory.people_with_role, on PostgreSQL."""
        rows = await self._all("SELECT * FROM people WHERE role = $1 ORDER BY id", role.value)
        return [person(r) for r in rows]

    # --- calendar feeds ----------------------------------------------------------------

    async def calendar_token(self, person_id: int, *, renew: bool = False) -> str:
        """The person's secret feed token (a new one, revoking the old, when `renew`)."""
        async with self.transaction() as tx:
            if renew:
                await tx.execute("DELETE FROM calendar_feeds WHERE person_id = $1", person_id)
            token = await tx.fetchval(
                "INSERT INTO calendar_feeds (token, person_id, created_at) VALUES ($1, $2, $3)"
                " ON CONFLICT (person_id) DO NOTHING RETURNING token",
                secrets.token_urlsafe(24),
                person_id,
                self._stamp(),
            )
            if token is None:
                token = await tx.fetchval(
                    "SELECT token FROM calendar_feeds WHERE person_id = $1", person_id
                )
        return str(token)

    async def person_by_calendar_token(self, token: str) -> Person | None:
        """The person whose secret calendar-feed token is `token`; None for a token unknown or
        revoked."""
        row = await self._one(
            "SELECT people.* FROM people"
            " JOIN calendar_feeds ON calendar_feeds.person_id = people.id"
            " WHERE calendar_feeds.token = $1",
            token,
        )
        return person(row) if row else None
