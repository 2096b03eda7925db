"""SQL for invitations (expiry, single use, wrong-code throttling) and role changes.

Every function runs inside a transaction the caller holds (SqliteStore.transaction), so a
code is checked and used atomically, and a role change and its audit row commit together.
Instants are integer seconds since the Unix epoch (UTC), like the rest of the schema.
"""

from __future__ import annotations

import json
import logging

import aiosqlite

from bot.core.access import Redeemed, RoleChange

log = logging.getLogger(__name__)


async def insert_invitation(
    tx: aiosqlite.Connection,
    code: str,
    organisation_id: int,
    role: str,
    created_by: int | None,
    stamp: int,
    expires_at: int,
) -> bool:
    """Insert a code; False when the code is taken (the caller draws another)."""
    cur = await tx.execute(
        "INSERT OR IGNORE INTO invitations (code, organisation_id, role, created_by,"
        " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
        (code, organisation_id, role, created_by, stamp, expires_at),
    )
    return cur.rowcount == 1


async def check_code(
    tx: aiosqlite.Connection,
    code: str,
    vk_id: int,
    stamp: int,
    *,
    limit: int,
    window: int,
) -> tuple[Redeemed, aiosqlite.Row | None]:
    """What trying `code` now gives `vk_id`, before it is used; a refusal is logged both
    in `invitation_attempts` (which throttling counts) and in the application log.

    ACCEPTED comes with the invitation row; `limit` wrong codes within `window` seconds
    make every further try THROTTLED (not counted again) until the oldest leaves the window.
    """
    async with tx.execute(
        "SELECT COUNT(*) FROM invitation_attempts WHERE vk_id = ? AND at > ?"
        " AND outcome != 'throttled'",
        (vk_id, stamp - window),
    ) as cur:
        row = await cur.fetchone()
    wrong = int(row[0]) if row else 0
    if wrong >= limit:
        outcome = Redeemed.THROTTLED
        invitation = None
    else:
        async with tx.execute(
            "SELECT organisation_id, role, used_at, expires_at, withdrawn_at FROM invitations"
            " WHERE code = ?",
            (code,),
        ) as cur:
            invitation = await cur.fetchone()
        outcome = _outcome(invitation, stamp)
    if outcome is not Redeemed.ACCEPTED:
        await tx.execute(
            "INSERT INTO invitation_attempts (vk_id, at, code, outcome) VALUES (?, ?, ?, ?)",
            (vk_id, stamp, code[:16], logged_outcome(outcome)),
        )
        log.warning("invitation code refused for %s: %s", vk_id, outcome.value)
        return outcome, None
    return outcome, invitation


def _outcome(invitation: aiosqlite.Row | None, stamp: int) -> Redeemed:
    if invitation is None:
        return Redeemed.UNKNOWN
    if invitation["used_at"] is not None:
        return Redeemed.USED
    if invitation["withdrawn_at"] is not None:
        return Redeemed.WITHDRAWN
    if invitation["expires_at"] is not None and invitation["expires_at"] <= stamp:
        return Redeemed.EXPIRED
    return Redeemed.ACCEPTED


def logged_outcome(outcome: Redeemed) -> str:
    """`outcome` as invitation_attempts records it: its CHECK (migration 0008) predates
    withdrawn codes (0032), and a withdrawn code, like a used one, is a code that no longer
    works — counted toward the hourly limit the same way."""
    return Redeemed.USED.value if outcome is Redeemed.WITHDRAWN else outcome.value


# safety78's rule on a re-link by a code (review80): the person with VK id ?1 stops being
# the author of the events of the organisation they speak for now, when the code links them
# to another one (?3); a new person, one of no organisation or a code of their own
# organisation release nothing. Run before the person's row is changed, in its transaction.
RELEASE_ON_RELINK = (
    "UPDATE events SET created_by = NULL"
    " WHERE created_by = (SELECT id FROM people WHERE vk_id = ?)"
    " AND organisation_id = (SELECT organisation_id FROM people WHERE vk_id = ?)"
    " AND organisation_id <> ?"
)


async def use_code(
    tx: aiosqlite.Connection,
    code: str,
    invitation: aiosqlite.Row,
    vk_id: int,
    name: str,
    stamp: int,
) -> None:
    """Link `vk_id` to the invitation's organisation and role, and spend the code. A
    person linked away from another organisation first stops being the author of its
    events, in this transaction (RELEASE_ON_RELINK)."""
    await tx.execute(RELEASE_ON_RELINK, (vk_id, vk_id, invitation["organisation_id"]))
    await tx.execute(
        "INSERT INTO people (vk_id, role, name, organisation_id, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (vk_id) DO UPDATE SET"
        " role = excluded.role, organisation_id = excluded.organisation_id,"
        " name = CASE WHEN excluded.name != '' THEN excluded.name ELSE people.name END,"
        " updated_at = excluded.updated_at",
        (vk_id, invitation["role"], name, invitation["organisation_id"], stamp, stamp),
    )
    cur = await tx.execute(
        "UPDATE invitations SET used_at = ?,"
        " used_by = (SELECT id FROM people WHERE vk_id = ?) WHERE code = ? AND used_at IS NULL",
        (stamp, vk_id, code),
    )
    if cur.rowcount != 1:  # cannot happen inside one write transaction; never link twice
        raise RuntimeError(f"invitation {code} was used meanwhile")


async def change_role(
    tx: aiosqlite.Connection, person_id: int, change: RoleChange, stamp: int
) -> None:
    """Apply a role change (dropping the organisation link) with its audit row. The person
    no longer speaks for the organisation they leave, so they stop being the author of its
    events (as bot.core.features.people.release_former_events on a re-link; perms79: a
    demoted curator's entries pass to the curator's office, created_by NULL)."""
    await tx.execute(
        "UPDATE events SET created_by = NULL WHERE created_by = ?"
        " AND organisation_id = (SELECT organisation_id FROM people WHERE id = ?)",
        (person_id, person_id),
    )
    await tx.execute(
        "UPDATE people SET role = ?, organisation_id = NULL, updated_at = ? WHERE id = ?",
        (change.after.value, stamp, person_id),
    )
    details = {"from": change.before.value, "to": change.after.value, "reason": change.reason}
    await tx.execute(
        "INSERT INTO audit_log (at, actor_id, entity, entity_id, action, details)"
        " VALUES (?, NULL, 'person', ?, 'role', ?)",
        (stamp, person_id, json.dumps(details)),
    )
    log.warning("person %s: role %s -> %s (%s)", person_id, *details.values())
