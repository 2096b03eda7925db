"""The curator's waiting notices and what the last of them asked (attack v, #4, #16, #23,
#24), apart from bot.core.features.agreeing so that the places that store events (plans,
plan_updates, school_cards) can tell the curator without importing the whole chat around
agreement: `waiting_notices` (each new waiting event, to the stored curators and the
configured admins, with a «✅ Согласовать» button carrying the event's version) and
`remember_asked` / `last_asked` (per curator, what the last notice to them asked)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bot.core.features.context import Context
from bot.core.features.notices import NoticeStore, agree_buttons, parts_key
from bot.core.models import Event, Person, Role
from bot.core.replies import Reply
from bot.core.views import event_view

NOTICE_LIMIT = 5  # events named in one notice; the rest are counted
ASKED_KEY = "agreement_asked:{vk_id}"  # a setting: what the last notice to a curator asked


def _asked_by(reply: Reply) -> list[int] | None:
    """The events a notice asks its curator to agree ([] when it asks something else: a
    class teacher's claim with its buttons), or None when it asks nothing (a change told)."""
    context = reply.context
    if reply.template in ("agreement_waiting_notice", "agreement_stale"):
        return [int(i) for i in context.get("ids", ())]
    if reply.template == "change_notice" and context.get("agree_again"):
        return [int(context["event"]["id"])] if "curator" in context.get("why", ()) else None
    return [] if reply.buttons else None


async def remember_asked(ctx: Context[Any], author: int, replies: Sequence[Reply]) -> None:
    """Keep, per curator (stored or configured), what the last of `replies` sent to them
    (not to `author`, who wrote) asked: the events of a waiting notice or a «снова ждёт»
    change notice, or [] for another question — so that a bare «согласовано» answers that
    message and never another event (attack v, #4). An «agreement_stale» reply asks its
    author too. Stored as a setting (ASKED_KEY): JSON list of event ids."""
    asked: dict[int, list[int]] = {}
    here = ctx.school_ref.key if ctx.school_ref is not None else None
    for reply in replies:
        if reply.school is not None and here is not None and reply.school != here:
            continue  # another school's notice: its ids name that school's events
        ids = _asked_by(reply)
        if ids is None:
            continue
        if reply.template == "agreement_stale":
            asked[author] = ids
        for vk_id in reply.recipients:
            if vk_id != author:
                asked[vk_id] = ids
    if not asked:
        return
    curators = {p.vk_id for p in await ctx.store.people_with_role(Role.CURATOR)}
    curators |= set(ctx.config.admins)
    for vk_id, ids in sorted(asked.items()):
        if vk_id in curators:
            await ctx.store.set_setting(ASKED_KEY.format(vk_id=vk_id), json.dumps(ids))


async def last_asked(ctx: Context[Any], person: Person) -> list[int] | None:
    """What the last notice to `person` asked (remember_asked); None: nothing kept."""
    raw = await ctx.store.get_setting(ASKED_KEY.format(vk_id=person.vk_id))
    if raw is None:
        return None
    try:
        ids = json.loads(raw)
    except ValueError:
        return None
    return [int(i) for i in ids] if isinstance(ids, list) else None


async def waiting_notices(
    ctx: Context[NoticeStore], author: Person, saved: Sequence[Event]
) -> list[Reply]:
    """One message to each curator about the events `author` just stored that wait for
    their agreement (none when they were agreed as stored: the curator's own)."""
    waiting = [e for e in saved if not e.agreed]
    if not waiting:
        return []
    orgs = await ctx.orgs()
    # stored curators and the configured admins who have not written yet (attack v, #24):
    # through the outbox; VK refuses someone who never wrote (901, recorded, not retried),
    # so such an admin learns of them from «помощь» (help.on_help) and the Monday digest
    curators = {p.vk_id for p in await ctx.store.people_with_role(Role.CURATOR)}
    curators |= set(ctx.config.admins)
    org = orgs.get(author.organisation_id) if author.organisation_id else None
    context = {
        "events": [event_view(e, orgs, today=ctx.wall_now().date()) for e in waiting][
            :NOTICE_LIMIT
        ],
        "more": max(0, len(waiting) - NOTICE_LIMIT),
        "count": len(waiting),
        "ids": [e.id for e in waiting],
        "by_staff": author.name if author.role is Role.STAFF else "",
        "author_org": org.name if org and author.role is Role.PARTNER else "",
    }
    key = parts_key(str(e.id) for e in waiting)
    buttons = (  # one event: a button agrees it (a plan's many: «согласовать всё от …»)
        (agree_buttons(waiting[0]),) if len(waiting) == 1 else ()
    )
    return [
        Reply(
            "agreement_waiting_notice",
            context,
            buttons=buttons,
            recipients=(vk_id,),
            dedupe_key=f"agree_wait:{key}:{vk_id}",
        )
        for vk_id in sorted(curators)
        if vk_id != author.vk_id
    ]
