"""Invitations (single use, expiring, wrong codes throttled per person) and role changes.

PostgreSQL twin of bot/storage/access_sql.py. A try locks the person's throttle (a
transaction-scoped advisory lock on their VK id) and the code's row (SELECT … FOR UPDATE),
so two workers can neither spend one code twice nor let a person past the limit by trying
in parallel. A role change and its audit row commit together.
"""

from __future__ import annotations

import json
import logging
import secrets
from datetime import datetime, timedelta
from typing import Any

import asyncpg

from bot.core.access import (
    INVITATION_TTL,
    WRONG_CODE_WINDOW,
    WRONG_CODES_PER_HOUR,
    OpenInvitation,
    Redeemed,
    Redemption,
    RoleChange,
)
from bot.core.models import Person, Role
from bot.core.text import clean_text
from bot.storage.access_sql import logged_outcome
from bot.storage.event_columns import epoch
from bot.storage.postgres import base
from bot.storage.postgres.base import PgBase
from bot.storage.postgres.schema import Conn

log = logging.getLogger(__name__)

INVITATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_THROTTLE_LOCK = (
    "SELECT pg_advisory_xact_lock(('x' || md5('invite:' || $1::bigint))::bit(64)::bigint)"
)


def new_invitation_code(length: int = 8) -> str:
    """A code that is easy to type: no 0/O or 1/I (same alphabet as the SQLite store)."""
    return "".join(secrets.choice(INVITATION_ALPHABET) for _ in range(length))


class AccessMixin(PgBase):
    """Store methods for invitation codes and role changes."""

    async def create_invitation(
        self,
        organisation_id: int,
        role: Role,
        created_by: int | None,
        valid_for: timedelta = INVITATION_TTL,
    ) -> str:
        """A fresh one-time code that links whoever sends it to the organisation, valid
        for `valid_for` (seven days by default)."""
        stamp = self._stamp()
        for _ in range(10):
            row = await self._write_one(
                "INSERT INTO invitations (code, organisation_id, role, created_by, created_at,"
                " expires_at) VALUES ($1, $2, $3, $4, $5, $6)"
                " ON CONFLICT (code) DO NOTHING RETURNING code",
                new_invitation_code(),
                organisation_id,
                role.value,
                created_by,
                stamp,
                stamp + int(valid_for.total_seconds()),
            )
            if row is not None:
                return str(row["code"])
        raise RuntimeError("could not draw a free invitation code")

    async def use_invitation(
        self,
        code: str,
        vk_id: int,
        name: str = "",
        *,
        limit: int = WRONG_CODES_PER_HOUR,
        window: timedelta = WRONG_CODE_WINDOW,
    ) -> Redemption:
        """Try a code: ACCEPTED links the sender (partner or staff of the code's
        organisation) and spends the code, in one transaction; anything else is logged in
        `invitation_attempts`, and `limit` refusals within `window` throttle the person."""
        code, stamp = code.strip().upper(), self._stamp()
        async with self.transaction() as tx:
            await tx.execute(_THROTTLE_LOCK, vk_id)
            outcome, invitation = await _check(tx, code, stamp, vk_id, limit, window)
            if invitation is None:
                await tx.execute(
                    "INSERT INTO invitation_attempts (vk_id, at, code, outcome)"
                    " VALUES ($1, $2, $3, $4)",
                    vk_id,
                    stamp,
                    code[:16],
                    logged_outcome(outcome),
                )
                log.warning("invitation code refused for %s: %s", vk_id, outcome.value)
                return Redemption(outcome)
            row = await _use(tx, code, invitation, vk_id, clean_text(name), stamp)
        return Redemption(outcome, base.person(row))

    async def open_invitations(self, at: datetime) -> list[OpenInvitation]:
        """The codes still usable at `at`, oldest first."""
        rows = await self._all(
            "SELECT code, organisation_id, role, created_by, created_at, expires_at"
            " FROM invitations WHERE used_at IS NULL AND withdrawn_at IS NULL"
            " AND (expires_at IS NULL OR expires_at > $1) ORDER BY created_at, code",
            epoch(at),
        )
        return [self._open_invitation(r) for r in rows]

    async def withdraw_invitation(self, code: str, at: datetime) -> OpenInvitation | None:
        """Withdraw a code still usable at `at`; the code as it was, or None."""
        stamp = epoch(at)
        row = await self._write_one(
            "UPDATE invitations SET withdrawn_at = $2 WHERE code = $1 AND used_at IS NULL"
            " AND withdrawn_at IS NULL AND (expires_at IS NULL OR expires_at > $2)"
            " RETURNING code, organisation_id, role, created_by, created_at, expires_at",
            "".join(code.split()).upper(),
            stamp,
        )
        return self._open_invitation(row) if row is not None else None

    def _open_invitation(self, row: asyncpg.Record) -> OpenInvitation:
        expires = row["expires_at"]
        return OpenInvitation(
            str(row["code"]),
            int(row["organisation_id"]),
            Role(row["role"]),
            None if row["created_by"] is None else int(row["created_by"]),
            self._at(row["created_at"]),
            None if expires is None else self._at(expires),
        )

    async def redeem_invitation(self, code: str, vk_id: int, name: str = "") -> Person | None:
        """Use a code once; None for an unknown, used or expired code (see use_invitation)."""
        return (await self.use_invitation(code, vk_id, name)).person

    async def change_role(self, person: Person, change: RoleChange) -> Person:
        """Apply a role change (bot.core.access.role_change), dropping the organisation
        link, with its audit row; the person stops being the author of that organisation's
        events (as access_sql.change_role, perms79)."""
        stamp = self._stamp()
        details = {"from": change.before.value, "to": change.after.value, "reason": change.reason}
        async with self.transaction() as tx:
            await tx.execute(
                "UPDATE events SET created_by = NULL WHERE created_by = $1"
                " AND organisation_id = (SELECT organisation_id FROM people WHERE id = $1)",
                person.id,
            )
            row = await tx.fetchrow(
                "UPDATE people SET role = $2, organisation_id = NULL, updated_at = $3"
                " WHERE id = $1 RETURNING *",
                person.id,
                change.after.value,
                stamp,
            )
            await tx.execute(
                "INSERT INTO audit_log (at, actor_id, entity, entity_id, action, details)"
                " VALUES ($1, NULL, 'person', $2, 'role', $3::jsonb)",
                stamp,
                person.id,
                json.dumps(details),
            )
        if row is None:
            raise KeyError(f"no person {person.id}")
        log.warning("person %s: role %s -> %s (%s)", person.id, *details.values())
        return base.person(row)

    async def role_changes(self, person_id: int) -> list[dict[str, Any]]:
        """A person's role changes from the audit log, oldest first."""
        rows = await self._all(
            "SELECT at, details::text AS details FROM audit_log WHERE entity = 'person'"
            " AND entity_id = $1 AND action = 'role' ORDER BY id",
            person_id,
        )
        return [{"at": self._at(r["at"]), **json.loads(r["details"])} for r in rows]


async def _check(
    tx: Conn, code: str, stamp: int, vk_id: int, limit: int, window: timedelta
) -> tuple[Redeemed, asyncpg.Record | None]:
    wrong = await tx.fetchval(
        "SELECT COUNT(*) FROM invitation_attempts WHERE vk_id = $1 AND at > $2"
        " AND outcome <> 'throttled'",
        vk_id,
        stamp - int(window.total_seconds()),
    )
    if int(wrong) >= limit:
        return Redeemed.THROTTLED, None
    invitation = await tx.fetchrow(
        "SELECT organisation_id, role, used_at, expires_at, withdrawn_at FROM invitations"
        " WHERE code = $1 FOR UPDATE",
        code,
    )
    if invitation is None:
        return Redeemed.UNKNOWN, None
    if invitation["used_at"] is not None:
        return Redeemed.USED, None
    if invitation["withdrawn_at"] is not None:
        return Redeemed.WITHDRAWN, None
    if invitation["expires_at"] is not None and invitation["expires_at"] <= stamp:
        return Redeemed.EXPIRED, None
    return Redeemed.ACCEPTED, invitation


async def _use(
    tx: Conn, code: str, invitation: asyncpg.Record, vk_id: int, name: str, stamp: int
) -> asyncpg.Record:
    """Link `vk_id` to the invitation's organisation and role, and spend the code; a person
    linked away from another organisation first stops being the author of its events, in
    this transaction (review80, safety78's rule; see access_sql.RELEASE_ON_RELINK)."""
    await tx.execute(
        "UPDATE events SET created_by = NULL"
        " WHERE created_by = (SELECT id FROM people WHERE vk_id = $1)"
        " AND organisation_id = (SELECT organisation_id FROM people WHERE vk_id = $1)"
        " AND organisation_id <> $2",
        vk_id,
        invitation["organisation_id"],
    )
    row = await tx.fetchrow(
        "INSERT INTO people (vk_id, role, name, organisation_id, created_at, updated_at)"
        " VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (vk_id) DO UPDATE SET"
        " role = excluded.role, organisation_id = excluded.organisation_id,"
        " name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE people.name END,"
        " updated_at = excluded.updated_at RETURNING *",
        vk_id,
        invitation["role"],
        name,
        invitation["organisation_id"],
        stamp,
    )
    assert row is not None
    await tx.execute(
        "UPDATE invitations SET used_at = $2, used_by = $3 WHERE code = $1", code, stamp, row["id"]
    )
    return row
