"""A city change's parts that never reached another school, seen and settled in the chat.

A move, cancel, rename or restore of an event saved for several schools reaches the other
schools' copies through a journal entry in the writer's store (bot.core.features.
school_journal); an entry whose replay failed MAX_TRIES times is marked stuck (migration
0034) and the tick no longer tries it. Only the writer's curator read of it, in «итоги»,
and nobody could do anything about it from the chat (safety40 #2). Now:

- «что не дошло?» lists to a curator the stuck parts their school is party to: those it
  wrote (kept in its own store, «не дошло до школы …») and those other schools wrote for it
  (kept in the writer's store, «не дошло из школы …»), with «Повторить N» and «Отбросить N»;
- «Повторить» makes the entry due again with its tries cleared (the next tick replays it,
  as bot.core.features.school_replay does any entry); «Отбросить» deletes it: that school's
  copies stay as they are and nobody there is told;
- only a curator of the writer's school or of the school the part is for may press them;
  anyone else — a student, a partner, another school's curator forging the payload — is
  refused and nothing changes. Each acts on a stuck entry only, so a second press (or the
  other curator's) finds nothing and says so.

A press in the other school writes the writer's store in a unit of that store
(bot.core.held.hold, so two schools reaching each other's store at once give way) committed
at once, before this update's own commit (bot.core.held.commit_now): a worker killed between
the two commits used to lose the press behind an update already marked handled (attack40
#2). A press whose update then fails is redelivered and finds the entry settled (stuck rows
only), which its reply says.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from bot.core.dialog import Dialog
from bot.core.features.context import Commands, Context, Routes
from bot.core.features.school_journal import (
    JournalStore,
    StuckChange,
    dismissed_of_schools,
    stuck_of_schools,
)
from bot.core.held import commit_now, drop, hold
from bot.core.language.actions import ButtonAction, payload
from bot.core.language.commands import Command, CommandKind
from bot.core.language.meaning import StuckPartChoice
from bot.core.models import Person, Role
from bot.core.replies import Button, Reply

log = logging.getLogger(__name__)

WITH_BUTTONS = 4  # parts offered with their two buttons (VK's inline keyboard holds 10)


@dataclass(frozen=True, slots=True)
class Part:
    """One stuck entry as this school sees it: the entry, the writer school's key and its
    store (where the entry is kept), and whether this school wrote it (`outgoing`)."""

    entry: StuckChange
    writer: str
    store: JournalStore
    outgoing: bool


async def visible(ctx: Context[Any]) -> list[Part]:
    """The stuck parts this school is party to, its own first (oldest first in each
    store); [] on a single-school deployment. Reads every school's journal: in one query
    on PostgreSQL, one per school on SQLite (school_journal.stuck_of_schools)."""
    if ctx.schools is None or ctx.school_ref is None:
        return []
    here = ctx.school_ref.key
    journals = [
        (ref.key, store)
        for ref in ctx.schools.refs()
        if (store := _journal_of(ctx, ref.key)) is not None
    ]
    stores = dict(journals)
    found = [
        Part(entry, writer, stores[writer], writer == here)
        for writer, entry in await stuck_of_schools(here, journals)
    ]
    return sorted(found, key=lambda p: not p.outgoing)


def view(ctx: Context[Any], part: Part, number: int = 0) -> dict[str, Any]:
    """A part for the templates (locales/ru/_stuck.j2): `school` the OTHER school's name
    (the one it did not reach, or the one it came from), `outgoing`, `kind` ("moved",
    "cancelled", "updated", "restored", "undo"; None for a damaged entry), `title`, `start`
    (school-local, None when unknown), `all_day`, `more` (further events of the change),
    `tries`, `since` (school-local time it was given up), `number` (1.., 0: none)."""
    entry, tz = part.entry, ctx.config.tz
    names = {ref.key: ref.name for ref in ctx.schools.refs()} if ctx.schools else {}
    other = entry.school if part.outgoing else part.writer
    change = entry.change
    state = change.states[0] if change is not None and change.states else None
    return {
        "number": number,
        "school": names.get(other, other),
        "outgoing": part.outgoing,
        "kind": change.kind if change is not None else None,
        "title": state.title if state is not None else None,
        "start": state.start.astimezone(tz) if state is not None else None,
        "all_day": state.all_day if state is not None else False,
        "more": len(change.states) - 1 if change is not None and change.states else 0,
        "tries": entry.tries,
        "since": entry.stuck_at.astimezone(tz),
    }


async def stuck_list(
    ctx: Context[Any], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """«что не дошло?»: a curator's stuck parts (`visible`), numbered, the first
    WITH_BUTTONS with «Повторить N» / «Отбросить N»; anyone else is told who sees them."""
    if person.role is not Role.CURATOR:
        return [Reply("stuck_parts_not_allowed")]
    parts = await visible(ctx)
    items = [view(ctx, part, n) for n, part in enumerate(parts, 1)]
    dismissed = await dismissed_views(ctx)
    buttons = tuple(
        (
            Button(
                "stuck_retry",
                payload(ButtonAction.STUCK_PART, o=part.entry.origin, v=1),
                "positive",
                {"number": n},
            ),
            Button(
                "stuck_dismiss",
                payload(ButtonAction.STUCK_PART, o=part.entry.origin, v=0),
                "negative",
                {"number": n},
            ),
        )
        for n, part in enumerate(parts[:WITH_BUTTONS], 1)
    )
    context = {
        "items": items,
        "shown": min(len(parts), WITH_BUTTONS),
        "city": ctx.schools is not None,
        "dismissed": dismissed,
    }
    return [Reply("stuck_parts", context, buttons=buttons)]


async def on_choice(
    ctx: Context[Any], person: Person, dialog: Dialog, intent: StuckPartChoice
) -> list[Reply]:
    """«Повторить» / «Отбросить» of one stuck part: done once, by a curator of a school
    party to it (the writer's, named by the origin's prefix, or the one it is for); anyone
    else is refused, an entry not stuck (done, settled already, or another school's) is
    said to be gone. Writes one row of the writer's store."""
    if person.role is not Role.CURATOR:
        return [Reply("stuck_parts_not_allowed")]
    part = await _find(ctx, intent.origin)
    if part is None:
        return [Reply("stuck_part_gone")]
    stack = await hold(part.store) if not part.outgoing else None
    try:
        if intent.retry:
            done = await part.store.school_change_retry(part.entry.origin)
        else:
            by = {  # audited with the delete (safety41 #3)
                "by_vk_id": person.vk_id,
                "by_school": ctx.school_ref.key if ctx.school_ref is not None else None,
                "by_name": person.name,
            }
            done = await part.store.school_change_dismiss(part.entry.origin, by)
    except BaseException:
        if stack is not None:
            await drop(stack)
        raise
    if stack is not None:  # committed now: a kill after this update's commit loses nothing
        await commit_now(stack)
    if not done:  # retried or dismissed by another press since it was read
        return [Reply("stuck_part_gone")]
    log.warning(
        "stuck journal entry %s %s by curator %s of %s",
        part.entry.origin,
        "retried" if intent.retry else "dismissed",
        person.vk_id,
        ctx.school_ref.key if ctx.school_ref is not None else "-",
    )
    template = "stuck_part_retried" if intent.retry else "stuck_part_dismissed"
    return [Reply(template, {"part": view(ctx, part)})]


async def dismissed_views(ctx: Context[Any], limit: int = 5) -> list[dict[str, Any]]:
    """The newest `limit` dismissals of stuck parts this school was party to, from the
    writers' audit logs (school_journal.dismissed_of_schools), for the templates: as `view`
    gives a part (`school` the other school's name, `outgoing`, `kind`, `title`, `start`,
    `all_day`, `more`) plus `by_school` (the name of the school whose curator pressed),
    `by_name`, `by_vk_id` and `at` (school-local). [] on a single-school deployment."""
    if ctx.schools is None or ctx.school_ref is None:
        return []
    here, tz = ctx.school_ref.key, ctx.config.tz
    names = {ref.key: ref.name for ref in ctx.schools.refs()}
    journals = [
        (ref.key, store)
        for ref in ctx.schools.refs()
        if (store := _journal_of(ctx, ref.key)) is not None
    ]
    found = []
    for writer, row in await dismissed_of_schools(here, journals, limit):
        outgoing = writer == here
        other = str(row.get("school")) if outgoing else writer
        start = row.get("start")
        found.append(
            {
                "school": names.get(other, other),
                "outgoing": outgoing,
                "kind": row.get("kind"),
                "title": row.get("title"),
                "start": start.astimezone(tz) if start is not None else None,
                "all_day": bool(row.get("all_day")),
                "more": int(row.get("more") or 0),
                "by_school": names.get(str(row.get("by_school")), row.get("by_school")),
                "by_name": row.get("by_name") or "",
                "by_vk_id": row.get("by_vk_id"),
                "at": row["at"].astimezone(tz),
            }
        )
    return found


async def _find(ctx: Context[Any], origin: str) -> Part | None:
    """The stuck entry `origin` when this school is party to it, else None (an unknown or
    forged origin, another schools' entry, or one no longer stuck)."""
    if ctx.schools is None or ctx.school_ref is None or ":" not in origin:
        return None
    here, writer = ctx.school_ref.key, origin.partition(":")[0]
    if writer not in {ref.key for ref in ctx.schools.refs()}:
        return None
    store = _journal_of(ctx, writer)
    if store is None:
        return None
    for entry in await store.school_changes_stuck():
        if entry.origin == origin and (writer == here or entry.school == here):
            return Part(entry, writer, store, writer == here)
    return None


def _journal_of(ctx: Context[Any], key: str) -> JournalStore | None:
    """The store that keeps the journal of the school `key` (this school's own store, or
    that school's planner's), or None when that store keeps no journal or the deployment
    is not a city (no `ctx.schools` or `ctx.school_ref`)."""
    if ctx.schools is None or ctx.school_ref is None:
        return None
    store = ctx.store if key == ctx.school_ref.key else ctx.schools.planner(key).store
    return store if isinstance(store, JournalStore) else None


ROUTES: Routes = {StuckPartChoice: on_choice}
COMMANDS: Commands = {CommandKind.STUCK_PARTS: stuck_list}
