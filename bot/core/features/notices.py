"""Who else hears of a change: organisers of clashing events, curators, and the students
signed up for a moved or cancelled event. Each notice carries a dedupe key."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from bot.core.clashes import check_clashes, propose_slots
from bot.core.features.context import Context
from bot.core.models import Event, Person, Role
from bot.core.ports import Directory, EventStore, SettingsStore, SignupStore
from bot.core.replies import Reply
from bot.core.views import event_view, slot_view


class NoticeStore(Directory, EventStore, SignupStore, SettingsStore, Protocol):
    """The ports notices read: people, the plan (for clashes) and sign-ups."""


async def clash_notices(
    ctx: Context[NoticeStore], author: Person, changed: Sequence[Event], template: str
) -> list[Reply]:
    """One message to each organiser of a clashing event and to each curator."""
    changed_ids = {e.id for e in changed}
    orgs = await ctx.orgs()
    per_recipient: dict[int, list[dict[str, Any]]] = {}
    for event in changed:
        clashes = [
            c for c in await check_clashes(ctx.store, event) if c.other.id not in changed_ids
        ]
        for clash in clashes:
            item = {
                "event": event_view(event, orgs),
                "other": event_view(clash.other, orgs),
                "reasons": sorted(r.value for r in clash.reasons),
                "slots": [slot_view(s) for s in await propose_slots(ctx.store, event)],
            }
            for vk_id in await people_to_warn(ctx, author, clash.other):
                per_recipient.setdefault(vk_id, []).append(item)
    # the times are part of the key: moving the same event again is a new notice
    key = _digest(f"{e.id}@{int(e.start.timestamp())}" for e in changed)
    return [
        Reply(
            template,
            {"items": items},
            recipients=(vk_id,),
            dedupe_key=f"{template}:{key}:{vk_id}",
        )
        for vk_id, items in sorted(per_recipient.items())
    ]


async def people_to_warn(ctx: Context[NoticeStore], author: Person, other: Event) -> set[int]:
    """VK ids to warn about a clash with `other`: its organisation's staff or partners and
    every curator, not the author."""
    organisers = await ctx.store.people_of_organisation(other.organisation_id)
    curators = await ctx.store.people_with_role(Role.CURATOR)
    wanted = {p.vk_id for p in organisers if p.role is not Role.STUDENT}
    wanted |= {p.vk_id for p in curators}
    wanted.discard(author.vk_id)
    return wanted


async def tell_participants(
    ctx: Context[NoticeStore], event: Event, template: str, view: Mapping[str, Any]
) -> list[Reply]:
    """One message to everyone signed up (going or waiting) for the event."""
    people = await ctx.store.signed_up(event.id) + await ctx.store.signed_up(event.id, "waiting")
    vk_ids = tuple(sorted({p.vk_id for p in people}))
    if not vk_ids:
        return []
    stamp = int(event.start.timestamp())
    key = f"{template}:{event.id}:{stamp}:{event.status.value}"
    return [Reply(template, {"event": view}, recipients=vk_ids, dedupe_key=key)]


def _digest(parts: Iterable[str]) -> str:
    """A short stable key for a set of parts (a recurring series has dozens of events)."""
    joined = ",".join(sorted(parts))
    return joined if len(joined) <= 40 else hashlib.sha1(joined.encode()).hexdigest()[:16]
