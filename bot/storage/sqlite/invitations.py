"""One-time invitation codes and secret calendar-feed tokens (the InvitationStore port).

The SQL of a code's check and use is bot.storage.access_sql (expiry, single use, wrong codes
throttled per VK id), run inside one transaction here.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

import aiosqlite

from bot.core.access import (
    INVITATION_TTL,
    WRONG_CODE_WINDOW,
    WRONG_CODES_PER_HOUR,
    OpenInvitation,
    Redemption,
)
from bot.core.models import Person, Role
from bot.core.text import clean_text
from bot.storage.access_sql import check_code, insert_invitation, use_code
from bot.storage.event_columns import epoch
from bot.storage.sqlite.base import person_of_row
from bot.storage.sqlite.directory import DirectoryMixin


class InvitationsMixin(DirectoryMixin):
    """Invitation codes (a redeemed code links a person, hence the Directory) and feed tokens."""

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
        expires = stamp + int(valid_for.total_seconds())
        async with self.transaction() as tx:
            for _ in range(10):
                code = new_invitation_code()
                if await insert_invitation(
                    tx, code, organisation_id, role.value, created_by, stamp, expires
                ):
                    return code
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
        organisation) and spends the code, in one transaction; anything else is logged,
        and `limit` refusals within `window` throttle the person (see access_sql)."""
        code, stamp = code.strip().upper(), self._stamp()
        async with self.transaction() as tx:
            outcome, invitation = await check_code(
                tx, code, vk_id, stamp, limit=limit, window=int(window.total_seconds())
            )
            if invitation is None:
                return Redemption(outcome)
            await use_code(tx, code, invitation, vk_id, clean_text(name), stamp)
            person = await self.get_person_by_vk(vk_id)
        return Redemption(outcome, person)

    async def open_invitations(self, at: datetime) -> list[OpenInvitation]:
        """The codes still usable at `at`, oldest first."""
        rows = await self._all(
            "SELECT code, organisation_id, role, created_by, created_at, expires_at"
            " FROM invitations WHERE used_at IS NULL AND withdrawn_at IS NULL"
            " AND (expires_at IS NULL OR expires_at > ?) ORDER BY created_at, code",
            (epoch(at),),
        )
        return [self._open_invitation(r) for r in rows]

    async def withdraw_invitation(self, code: str, at: datetime) -> OpenInvitation | None:
        """Withdraw a code still usable at `at`; the code as it was, or None. One
        transaction."""
        stamp, code = epoch(at), "".join(code.split()).upper()
        async with self.transaction() as tx:
            async with tx.execute(
                "SELECT code, organisation_id, role, created_by, created_at, expires_at"
                " FROM invitations WHERE code = ? AND used_at IS NULL AND withdrawn_at IS NULL"
                " AND (expires_at IS NULL OR expires_at > ?)",
                (code, stamp),
            ) as cur:
                row = await cur.fetchone()
            if row is None:
                return None
            await tx.execute(
                "UPDATE invitations SET withdrawn_at = ? WHERE code = ?", (stamp, code)
            )
        return self._open_invitation(row)

    def _open_invitation(self, row: aiosqlite.Row) -> OpenInvitation:
        expires = row["expires_at"]
        return OpenInvitation(
            str(row["code"]),
            int(row["organisation_id"]),
            Role(row["role"]),
            None if row["created_by"] is None else int(row["created_by"]),
            datetime.fromtimestamp(row["created_at"], self.tz),
            None if expires is None else datetime.fromtimestamp(expires, self.tz),
        )

    async def redeem_invitation(self, code: str, vk_id: int, name: str = "") -> Person | None:
        """Use a code once: the sender becomes that organisation's partner (or staff);
        None for an unknown, used or expired code (see use_invitation)."""
        return (await self.use_invitation(code, vk_id, name)).person

    # --- calendar feeds ----------------------------------------------------------------

    async def calendar_token(self, person_id: int, *, renew: bool = False) -> str:
        """The person's secret feed token (a new one, revoking the old, when `renew`)."""
        async with self.transaction() as tx:
            if renew:
                await tx.execute("DELETE FROM calendar_feeds WHERE person_id = ?", (person_id,))
            async with tx.execute(
                "SELECT token FROM calendar_feeds WHERE person_id = ?", (person_id,)
            ) as cur:
                row = await cur.fetchone()
            if row is not None:
                return str(row["token"])
            token = secrets.token_urlsafe(24)
            await tx.execute(
                "INSERT INTO calendar_feeds (token, person_id, created_at) VALUES (?, ?, ?)",
                (token, person_id, self._stamp()),
            )
            return token

    async def person_by_calendar_token(self, token: str) -> Person | None:
        """The person whose secret calendar-feed token is `token`; None for a token unknown or
        revoked."""
        row = await self._one(
            "SELECT people.* FROM people"
            " JOIN calendar_feeds ON calendar_feeds.person_id = people.id"
            " WHERE calendar_feeds.token = ?",
            (token,),
        )
        return person_of_row(row) if row else None


INVITATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_invitation_code(length: int = 8) -> str:
    """A code that is easy to type: no 0/O or 1/I."""
    return "".join(secrets.choice(INVITATION_ALPHABET) for _ in range(length))
