"""«верни» / «отмени последнее»: undo the person's last move or cancel within 15 minutes
and tell the same people again, each once.

The change is remembered in the person's dialog state (`Dialog.last_change`, JSON):

    {"at": ISO instant (UTC), "kind": "moved" | "cancelled",
     "events": [{"id", "before": SNAPSHOT, "after": SNAPSHOT}, ...],
     "staff": [VK ids told], "students": [VK ids told]}

with SNAPSHOT = {"start", "end" (ISO aware instants), "all_day", "end_given", "status",
"venue", "title", "audience" ({"grades", "classes", "staff"})}; "kind" is also "updated" (a
place, classes or title changed in chat). Snapshots written before the last three were kept
lack them: an undo then leaves those fields as they are. A school calendar reset is
remembered there too, in its own shape (bot.core.features.calendar_undo).
An undo refuses when any of the events changed since (someone else moved it again): it
never overwrites a later change, and it is refused (`not_your_event`) when the person may
no longer edit the events (a curator removed from BOT_ADMINS since: issue 9, roles are
re-derived on every message).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from bot.core.access import EventChangedError
from bot.core.dialog import Dialog
from bot.core.features import calendar_undo
from bot.core.features.context import Commands, Context
from bot.core.features.notices import NoticeStore
from bot.core.language.commands import Command, CommandKind
from bot.core.models import Audience, Event, EventStatus, Person, Role
from bot.core.permissions import can_edit
from bot.core.replies import Reply
from bot.core.views import event_view

UNDO_WINDOW = timedelta(minutes=15)


def remember(
    dialog: Dialog,
    at: datetime,
    kind: str,
    before: Sequence[Event],
    after: Sequence[Event],
    notices: Sequence[Reply],
) -> None:
    """Keep a stored change (and whom its notices went to) for «верни»."""
    staff = sorted({vk for r in notices if r.template == "change_notice" for vk in r.recipients})
    students = sorted({vk for r in notices if r.template != "change_notice" for vk in r.recipients})
    dialog.last_change = {
        "at": at.isoformat(),
        "kind": kind,
        "events": [
            {"id": old.id, "before": _snapshot(old), "after": _snapshot(new)}
            for old, new in zip(before, after, strict=True)
        ],
        "staff": staff,
        "students": students,
    }


def _snapshot(event: Event) -> dict[str, Any]:
    return {
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "all_day": event.all_day,
        "end_given": event.end_given,
        "status": event.status.value,
        "venue": event.venue,
        "title": event.title,
        "audience": {
            "grades": sorted(event.audience.grades),
            "classes": sorted(event.audience.classes),
            "staff": event.audience.staff,
        },
    }


def _audience(data: Any) -> Audience:
    return Audience(
        grades=frozenset(int(g) for g in data.get("grades") or ()),
        classes=frozenset(str(c) for c in data.get("classes") or ()),
        staff=bool(data.get("staff")),
    )


def _matches(event: Event, snapshot: dict[str, Any]) -> bool:
    """Whether the stored event is still as the change left it."""
    same = (
        event.start == datetime.fromisoformat(snapshot["start"])
        and event.end == datetime.fromisoformat(snapshot["end"])
        and event.status.value == snapshot["status"]
    )
    if "title" in snapshot:
        same = same and (event.venue, event.title, event.audience) == (
            snapshot["venue"],
            snapshot["title"],
            _audience(snapshot["audience"]),
        )
    return same


def _restored(event: Event, snapshot: dict[str, Any]) -> Event:
    if "title" in snapshot:
        event = replace(
            event,
            venue=snapshot["venue"],
            title=str(snapshot["title"]),
            audience=_audience(snapshot["audience"]),
        )
    return replace(
        event,
        start=datetime.fromisoformat(snapshot["start"]),
        end=datetime.fromisoformat(snapshot["end"]),
        all_day=bool(snapshot["all_day"]),
        end_given=bool(snapshot["end_given"]),
        status=EventStatus(snapshot["status"]),
    )


async def undo_last(ctx: Context[NoticeStore], person: Person, dialog: Dialog) -> list[Reply]:
    """Undo the last change if it is at most UNDO_WINDOW old and nobody changed its events
    since; the people told of it hear of the undo (one message each)."""
    last = dialog.last_change
    now = ctx.clock.now()
    if not last:
        return [Reply("undo_nothing")]
    if calendar_undo.is_reset(last):  # «сбрось учебный календарь», then «да»
        return await calendar_undo.undo(ctx, person, dialog, last, UNDO_WINDOW)
    if now - datetime.fromisoformat(last["at"]) > UNDO_WINDOW:
        dialog.last_change = None
        return [Reply("undo_too_late", {"minutes": int(UNDO_WINDOW.total_seconds() // 60)})]
    current = []
    for item in last["events"]:
        event = await ctx.store.get_event(int(item["id"]))
        if event is None or not _matches(event, item["after"]):
            orgs = await ctx.orgs()
            view = event_view(event, orgs) if event is not None else None
            return [Reply("undo_conflict", {"event": view})]
        if not can_edit(person, event):  # the rights of now, not of the change's time
            return [Reply("not_your_event", {"event": event_view(event, await ctx.orgs())})]
        current.append((event, item["before"]))
    try:
        restored = await ctx.store.update_events(
            [_restored(e, b) for e, b in current], person.id, at=now
        )
    except EventChangedError:  # changed between the check above and the write
        orgs = await ctx.orgs()
        now_event = await ctx.store.get_event(current[0][0].id)
        view = event_view(now_event, orgs) if now_event is not None else None
        return [Reply("undo_conflict", {"event": view})]
    dialog.last_change = None
    dialog.last_event = restored[0].id
    orgs = await ctx.orgs()
    key = f"undo:{restored[0].id}:{last['at']}"
    context = {
        "kind": last["kind"],
        "event": event_view(restored[0], orgs),
        "count": len(restored),
        "by_curator": person.role is Role.CURATOR,
    }
    notices = [
        Reply("change_undone", context, recipients=(vk,), dedupe_key=f"{key}:{vk}")
        for vk in last["staff"]
    ]
    if last["students"]:
        notices.append(
            Reply(
                "participant_undone",
                context,
                recipients=tuple(last["students"]),
                dedupe_key=f"{key}:students",
            )
        )
    told = len(last["staff"]) + len(last["students"])
    return [Reply("undone", {**context, "told": told}), *notices]


async def on_undo(
    ctx: Context[NoticeStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "верни" / "отмени последнее"."""
    return await undo_last(ctx, person, dialog)


COMMANDS: Commands = {CommandKind.UNDO: on_undo}
