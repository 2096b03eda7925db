"""A corrected plan file sent again: its rows that are events already stored (the sender's own
organisation's, not over yet) are offered as an update — «обнови прежние» moves the stored
events whose day or time changed and renames, re-places or re-addresses those whose title,
venue or classes changed (telling everyone a change concerns, as
bot.core.features.changing does), leaves the unchanged ones alone and saves only the new
rows — instead of only «Сохранить всё» (duplicates) or «Не сохранять». The earlier file's
stored events that the new file leaves out are never cancelled silently: they are listed
with «Отменить их?», and only «да» cancels them (students told as for any cancel).

A row matches, first, a live stored event of the organisation it would be saved for, that
the sender may change (bot.core.permissions.can_edit: a teacher's own, not the curator's or
another teacher's; else the row, never written, would be dropped unsaved), stored exactly as
the row gives it (plan_copies.stored_copy_ids); then, among the events no row matched so, exactly
one with the same title (case, spaces, quotes and «ё» ignored) — a meeting of a series too,
so a club's meeting written once per row and moved to another day in the file moves that
meeting, keeping its series (files77); failing that, when exactly one single event (not of a
series) with a title the file does not name starts at the row's start and keeps its venue or
its classes (the row renamed it). Anything else is a new row; new rows of one club are saved
as one series as the plain save does (plan_saving.club_series, files76).
«The earlier file» is the files the matched events were saved from
(bot.core.ports.PlanFileStore, migration 0023); events saved before files were recorded are
never asked about; the meetings of a series are, unless the new file repeats its row as it is
stored. Times are aware datetimes in the school's
zone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.core import agreement, draft_json, drafts
from bot.core.access import EventChangedError
from bot.core.dialog import Dialog, MissingFromPlan, line_numbers
from bot.core.features import (
    agreement_notices,
    changing,
    plan_copies,
    plan_imports,
    plan_saving,
    staff_only,
)
from bot.core.features.changing import changed_meanwhile
from bot.core.features.context import Commands, Context, Routes
from bot.core.features.notices import (
    NoticeStore,
    change_key,
    change_notices,
    clash_notices,
    who_is_told,
)
from bot.core.features.organisers import organisation_for, unclear_organiser
from bot.core.features.plan_saving import record_files
from bot.core.features.resending import title_key
from bot.core.language.actions import ButtonAction, payload
from bot.core.language.commands import Command, CommandKind
from bot.core.language.meaning import ConfirmChange
from bot.core.models import Event, EventStatus, NewEvent, Person
from bot.core.permissions import can_edit
from bot.core.ports import PlanFileStore, all_or_nothing
from bot.core.replies import Button, Reply
from bot.core.views import event_view

MAX_LISTED = 15  # missing events named in the question (VK message length)


@dataclass(frozen=True, slots=True)
class Match:
    """A pending row (`index` in dialog.pending) and the stored event it updates."""

    index: int
    event: Event
    new: NewEvent

    @property
    def moves(self) -> bool:
        """Whether the row gives the stored event another start, end or all-day flag."""
        e, n = self.event, self.new
        return (e.start, e.end, e.all_day) != (n.start, n.end, n.all_day)

    @property
    def fields(self) -> tuple[str, ...]:
        """What else the row changes: "title", "venue", "audience" (in this order)."""
        e, n = self.event, self.new
        changed = []
        if title_key(e.title) != title_key(n.title):
            changed.append("title")
        if title_key(e.venue or "") != title_key(n.venue or ""):
            changed.append("venue")
        if e.audience != n.audience:
            changed.append("audience")
        return tuple(changed)

    @property
    def changes(self) -> bool:
        """Whether the stored event is to be written at all."""
        return self.moves or bool(self.fields)


async def plan_matches(
    ctx: Context[NoticeStore], person: Person, pending: Sequence[dict[str, Any]]
) -> list[Match]:
    """The complete pending rows that are stored events of the sender's (see the module
    docstring), in row order; each stored event matched by one row at most."""
    now = ctx.clock.now()
    copies = await plan_copies.stored_copy_ids(ctx, person, pending)
    stored: dict[int, list[Event]] = {}
    rows: list[tuple[int, int, NewEvent]] = []
    for index, raw in enumerate(pending):
        draft = draft_json.draft_from_json(raw)
        if not drafts.is_complete(draft) or drafts.is_series(draft):
            continue
        org = await organisation_for(ctx, person, raw, create=False)
        if org not in stored:
            live = await ctx.store.events_between(now, None, organisation_id=org)
            stored[org] = [
                e for e in live if e.status is not EventStatus.CANCELLED and can_edit(person, e)
            ]
        [new] = drafts.to_new_events(
            draft, organisation_id=org, tz=ctx.config.tz, created_by=person.id
        )
        rows.append((index, org, new))
    used: set[int] = set()
    found: dict[int, Match] = {}
    for index, org, new in rows:  # stored exactly as the row gives it
        same = [e for e in stored[org] if e.id in copies.get(index, set()) and e.id not in used]
        if same:
            used.add(same[0].id)
            found[index] = Match(index, same[0], new)
    for index, org, new in rows:  # the same title (a club's meeting too: files77)
        if index in found:
            continue
        same = [
            e
            for e in stored[org]
            if title_key(e.title) == title_key(new.title) and e.id not in used
        ]
        if len(same) == 1:
            used.add(same[0].id)
            found[index] = Match(index, same[0], new)
    named = {title_key(new.title) for _, _, new in rows}
    for index, org, new in rows:  # renamed: the same start, the same venue or classes
        if index in found:
            continue
        same = [
            e
            for e in stored[org]
            if e.series_id is None and e.id not in used and _renamed(e, new, named)
        ]
        if len(same) == 1:
            used.add(same[0].id)
            found[index] = Match(index, same[0], new)
    return [found[i] for i in sorted(found)]


def _renamed(event: Event, new: NewEvent, named: set[str]) -> bool:
    """Whether `new` is `event` under another title: a title the file does not name, the
    same start and all-day flag, and the same venue or the same classes."""
    if title_key(event.title) in named or (event.start, event.all_day) != (new.start, new.all_day):
        return False
    return (
        title_key(event.venue or "") == title_key(new.venue or "") or event.audience == new.audience
    )


def update_offer(matches: Sequence[Match], orgs: Mapping[int, Any]) -> dict[str, Any]:
    """The summary's context for the offer: the rows whose stored event moves (was / will
    be), those whose title, venue or classes change, and how many are stored unchanged;
    {} when no row matches."""
    if not matches:
        return {}
    moved = [
        {"title": m.event.title, "old": event_view(m.event, orgs), "new": event_view(m.new, orgs)}
        for m in matches
        if m.moves
    ]
    changed = [
        {
            "title": m.event.title,
            "old": event_view(m.event, orgs),
            "new": event_view(m.new, orgs),
            "fields": list(m.fields),
        }
        for m in matches
        if m.fields and not m.moves
    ]
    return {
        "update_moves": moved,
        "update_changes": changed,
        "update_same": sum(1 for m in matches if not m.changes),
    }


async def import_rows(
    ctx: Context[NoticeStore], person: Person, dialog: Dialog, filename: str, rows: Sequence[Any]
) -> list[Reply]:
    """bot.core.features.plan_imports.import_rows, its summary offering «обнови прежние» (a button
    and the rows' old and new times) when rows of the file are events already stored."""
    replies = await plan_imports.import_rows(ctx, person, dialog, filename, rows)
    if not replies or replies[0].template != "import_summary":
        return replies
    matches = await plan_matches(ctx, person, dialog.pending)
    offer = update_offer(matches, await ctx.orgs())
    if not offer:
        return replies
    first = replies[0]
    own = await plan_copies.stored_copy_ids(ctx, person, dialog.pending)
    # a series row stored unchanged «совпадает» too, as «обнови прежние» will count it
    offer["update_same"] += len(set(own) - {m.index for m in matches})
    for match in matches:
        own.setdefault(match.index, set()).add(match.event.id)
    numbers = line_numbers(dialog.pending)
    items, dropped = _without_own_clashes(
        first.context.get("items", []), {numbers[i]: ids for i, ids in own.items()}
    )
    context = {
        **first.context,
        **offer,
        "items": items,
        "clash_count": max(0, first.context.get("clash_count", 0) - dropped),
    }
    context["update_left_out"] = await _left_out(ctx, person, dialog, matches)
    context["withdrawing"] = await _withdrawing(ctx, person, matches)
    if _nothing_new(context):  # the same file again: said first, in one line (walk z, Z11)
        return [Reply("import_nothing_new", context), *replies[1:]]
    update = Button("update_plan", payload(ButtonAction.SAY, t="update_plan"), "primary")
    offered = replace(first, context=context, buttons=((update,), *first.buttons))
    return [offered, *replies[1:]]


async def _left_out(
    ctx: Context[NoticeStore], person: Person, dialog: Dialog, matches: Sequence[Match]
) -> int:
    """How many live events of the earlier file the new file leaves out (`_missing`: a row
    deleted or hidden since), which «обнови прежние» would ask «Отменить их?» about: such
    a file is not «ничего нового» (attack 2026-12-03aa, #1)."""
    keys = await _row_keys(ctx, person, dialog.pending)
    return len(await _missing(ctx, person, matches, keys))


def _nothing_new(summary: Mapping[str, Any]) -> bool:
    """Whether a file's summary (import_summary's context with the update offer) holds
    nothing to save or change: every row it would save is stored unchanged, and no row is
    held back, refused or asked about. «Да» or «обнови прежние» would then write nothing,
    so the reply says that and asks nothing."""
    return (
        summary.get("update_same", 0) >= len(summary.get("items", [])) > 0
        and not summary.get("update_moves")
        and not summary.get("update_changes")
        and not summary.get("incomplete")
        and not summary.get("errors")
        and not summary.get("year_lines")
        and not summary.get("update_left_out")
    )


def _without_own_clashes(
    items: Sequence[Mapping[str, Any]], own: Mapping[int, set[int]]
) -> tuple[list[dict[str, Any]], int]:
    """The summary's lines (`items`, keyed by their "number") without their clashes with
    the stored events they update or repeat (`own`: line number -> event ids): a row that
    moves «День науки» is not «похоже на то же мероприятие» of itself (walk t, #21: an
    update counted «Накладок: 4»). Also how many clashes were dropped."""
    kept: list[dict[str, Any]] = []
    dropped = 0
    for item in items:
        ids = own.get(item.get("number", -1), set())
        clashes = [c for c in item.get("clashes", []) if _clash_id(c) not in ids]
        dropped += len(item.get("clashes", [])) - len(clashes)
        kept.append({**item, "clashes": clashes})
    return kept, dropped


def _clash_id(clash: Mapping[str, Any]) -> int | None:
    """The stored event's id of a clash's view (bot.core.views.clash_view)."""
    event = clash.get("event")
    return event.get("id") if isinstance(event, Mapping) else None


async def update_plan(
    ctx: Context[NoticeStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """«обнови прежние»: move or change the matched stored events the rows change (each
    person concerned told as a move tells them), keep the unchanged ones, save the new
    complete rows (rows still held back stay unsaved as with «да»), then ask about the
    earlier file's events the new one leaves out. Nothing matched: the plain save's «да»
    is asked for. A row whose organiser fits several partners asks which and changes
    nothing (organisers.unclear_organiser, as the plain save asks)."""
    if not dialog.pending:
        return [Reply("nothing_pending", {"role": person.role.value})]
    matches = await plan_matches(ctx, person, dialog.pending)
    if not matches:
        return [Reply("plan_update_nothing")]
    unclear = await unclear_organiser(ctx, person, dialog.pending)
    if unclear is not None:  # a row's «Музей» with two museums: which one? (as plan_saving.save)
        return [Reply("organiser_which", {**unclear, "saving": True})]
    orgs = await ctx.orgs()
    replies: list[Reply] = []
    moved: list[Event] = []
    changed: list[dict[str, Any]] = []
    withdrawn: list[staff_only.Withdrawn] = []
    for match in (m for m in matches if m.changes):
        if not can_edit(person, match.event):
            continue
        after = await _write(ctx, person, match, replies, withdrawn)
        if after is None:
            continue
        if match.moves:
            moved.append(after)
        else:
            view = {"old": event_view(match.event, orgs), "fields": list(match.fields)}
            changed.append({**view, "new": event_view(after, orgs)})
    missing = await _missing(ctx, person, matches, await _row_keys(ctx, person, dialog.pending))
    matched = {m.index for m in matches}
    copies = (
        await plan_copies.stored_copies(ctx, person, dialog.pending) - matched
    )  # a row repeated
    added = await _add_new(ctx, person, dialog, matched | copies)
    await record_files(
        ctx, [*(m.event.id for m in matches), *(e.id for e in added)], _filename(dialog)
    )
    context = {
        "moved": [event_view(e, orgs) for e in moved],
        "changed": changed,
        "same": sum(1 for m in matches if not m.changes) + len(copies),
        "added": [event_view(e, orgs) for e in added],
        "withdrawing": staff_only.summary(withdrawn),
    }
    dialog.clear_pending()
    notices = await clash_notices(ctx, person, [*moved, *added], "clash_added")
    notices += await agreement_notices.waiting_notices(ctx, person, added)  # walk t, #16
    asked = _ask_missing(dialog, missing, orgs)
    return [Reply("plan_updated", context), *asked, *replies, *notices]


async def _write(
    ctx: Context[NoticeStore],
    person: Person,
    match: Match,
    replies: list[Reply],
    withdrawn: list[staff_only.Withdrawn],
) -> Event | None:
    """Store one matched row's changes and, in the same transaction, withdraw the sign-ups
    of the students its new classes leave out (bot.core.features.staff_only, as a chat edit
    does; appended to `withdrawn`); the notices (or «changed meanwhile») are appended to
    `replies`. None when someone else changed the event first."""
    wanted = _wanted(person, match)
    told = await who_is_told(ctx, person, [match.event], [wanted])
    now = ctx.clock.now()
    try:
        async with all_or_nothing(ctx.store):  # the row's change and its withdrawals at once
            [after] = await ctx.store.update_events([wanted], person.id, at=now)
            gone, moved_up = await staff_only.withdraw(ctx.store, [match.event], [after], now)
    except EventChangedError as error:
        replies.append(await changed_meanwhile(ctx, error))
        return None
    kind = "moved" if match.moves else "updated"
    key = f"{change_key([after], kind)}:v{after.version}"  # a second rename is news too
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    told = staff_only.without(told, gone)
    replies += change_notices(told, kind, person, [match.event], [after], orgs, key, today=today)
    replies += staff_only.notices(gone, [after], orgs, key, today)
    replies += await changing.promotions(ctx, moved_up, orgs)
    withdrawn += gone
    return after


def _wanted(person: Person, match: Match) -> Event:
    """The stored event of `match` as its row changes it (times, title when changed, place,
    classes), waiting for the curator's agreement again where a change needs it."""
    new = match.new
    wanted = replace(
        match.event,
        start=new.start,
        end=new.end,
        all_day=new.all_day,
        end_given=new.end_given,
        title=new.title if "title" in match.fields else match.event.title,
        venue=new.venue,
        audience=new.audience,
    )
    return agreement.after_change(person, match.event, wanted)  # walk t, #16


async def _withdrawing(
    ctx: Context[NoticeStore], person: Person, matches: Sequence[Match]
) -> dict[str, Any] | None:
    """For the offer: the sign-ups «обнови прежние» would withdraw (staff_only.summary of
    the rows the person may change), None when none."""
    mine = [m for m in matches if m.changes and can_edit(person, m.event)]
    events = [m.event for m in mine]
    return staff_only.summary(
        await staff_only.leaving(ctx.store, events, [_wanted(person, m) for m in mine])
    )


def _filename(dialog: Dialog) -> str:
    """The name of the file the pending rows came from ("" for a pasted table)."""
    return next((str(raw["file"]) for raw in dialog.pending if raw.get("file") is not None), "")


async def _row_keys(
    ctx: Context[NoticeStore], person: Person, pending: Sequence[dict[str, Any]]
) -> set[tuple[Any, ...]]:
    """`plan_copies.copy_key` of every meeting the complete pending rows give (a series row gives
    each of its meetings)."""
    keys: set[tuple[Any, ...]] = set()
    for raw in pending:
        draft = draft_json.draft_from_json(raw)
        if not drafts.is_complete(draft):
            continue
        org = await organisation_for(ctx, person, raw, create=False)
        meetings = drafts.to_new_events(
            draft, organisation_id=org, tz=ctx.config.tz, created_by=person.id
        )
        keys.update(plan_copies.copy_key(new) for new in meetings)
    return keys


async def _missing(
    ctx: Context[NoticeStore],
    person: Person,
    matches: Sequence[Match],
    kept: set[tuple[Any, ...]],
) -> list[Event]:
    """The earlier file's live events (saved from the same files as the matched ones) that
    no row matched, that are not stored exactly as a row of the new file gives them
    (`kept`: the meetings of a series row sent again unchanged) and `person` may cancel,
    in time order. The meetings of a series are listed too, each (walk t, #21: a series
    row deleted from the file stayed planned and was never mentioned)."""
    store = ctx.store
    if not isinstance(store, PlanFileStore):
        return []
    matched = {m.event.id for m in matches}
    now = ctx.clock.now()
    found = []
    for event_id in await store.plan_file_events(sorted(matched)):
        event = await ctx.store.get_event(event_id) if event_id not in matched else None
        if event is None or event.status is EventStatus.CANCELLED or event.end <= now:
            continue
        if plan_copies.copy_key(event) not in kept and can_edit(person, event):
            found.append(event)
    return sorted(found, key=lambda e: (e.start, e.id))


MISSING = "missing"  # the `k` of «Отменить их?»'s buttons (attack w, #1)


def _ask_missing(dialog: Dialog, missing: Sequence[Event], orgs: Mapping[int, Any]) -> list[Reply]:
    """«В новом файле нет: … Отменить их?» with «Да, отменить» / «Нет, оставить» buttons;
    the dialog waits for the answer. [] when nothing is missing."""
    if not missing:
        return []
    ids = tuple(e.id for e in missing)
    dialog.waiting = MissingFromPlan(ids)
    buttons = (
        (
            Button(
                "confirm_cancel",
                payload(ButtonAction.CONFIRM_CHANGE, v=1, id=ids[0], k=MISSING),
                "negative",
            ),
            Button("keep", payload(ButtonAction.CONFIRM_CHANGE, v=0, id=ids[0], k=MISSING)),
        ),
    )
    views = [event_view(e, orgs) for e in missing]
    context = {"events": views[:MAX_LISTED], "count": len(views)}
    return [Reply("plan_missing_question", context, buttons=buttons)]


async def _add_new(
    ctx: Context[NoticeStore], person: Person, dialog: Dialog, matched: set[int]
) -> list[Event]:
    """Store the complete pending rows that matched no stored event, a club's rows as one
    series (plan_saving.club_series)."""
    rows = []
    for index, raw in enumerate(dialog.pending):
        draft = draft_json.draft_from_json(raw)
        if index not in matched and drafts.is_complete(draft):
            rows.append((raw, draft))
    clubs = await plan_saving.club_series(ctx, rows)
    new_events: list[NewEvent] = []
    for index, row in enumerate(rows):
        new_events += await plan_saving.new_events_of(ctx, person, [row], clubs.get(index))
    if not new_events:
        return []
    now = ctx.clock.now()
    return await ctx.store.add_events(
        agreement.as_added(new_events, person, now), person.id, at=now
    )


async def cancel_missing(
    ctx: Context[NoticeStore], person: Person, dialog: Dialog, answer: ConfirmChange
) -> list[Reply]:
    """The answer to «Отменить их?»: «да» cancels the listed events still live and the
    person's to change (each person concerned told once, as a cancel tells them), «нет»
    keeps them all."""
    waiting = dialog.waiting
    assert isinstance(waiting, MissingFromPlan)
    if answer.event_id not in (None, waiting.event_ids[0]) or not answer.answers(MISSING):
        return [Reply("change_outdated", {"role": person.role.value})]
    dialog.settle()
    if not answer.yes:
        return [Reply("plan_missing_kept", {"count": len(waiting.event_ids)})]
    orgs = await ctx.orgs()
    now = ctx.clock.now()
    cancelled: list[Event] = []
    replies: list[Reply] = []
    for event_id in waiting.event_ids:
        event = await ctx.store.get_event(event_id)
        if event is None or event.status is EventStatus.CANCELLED or event.end <= now:
            continue
        if not can_edit(person, event):
            continue
        wanted = [replace(event, status=EventStatus.CANCELLED)]
        told = await who_is_told(ctx, person, [event], wanted)
        try:
            after = await ctx.store.update_events(wanted, person.id, at=now)
        except EventChangedError as error:
            replies.append(await changed_meanwhile(ctx, error))
            continue
        cancelled += after
        key = change_key(after, "cancelled")
        replies += change_notices(
            told, "cancelled", person, [event], after, orgs, key, today=ctx.wall_now().date()
        )
    context = {"events": [event_view(e, orgs) for e in cancelled]}
    return [Reply("plan_missing_cancelled", context), *replies]


async def on_confirm(
    ctx: Context[NoticeStore], person: Person, dialog: Dialog, answer: ConfirmChange
) -> list[Reply]:
    """«да» / «нет» (typed or a button): to «Отменить их?» when that is the open
    question, else to a move or cancel card (bot.core.features.changing)."""
    if isinstance(dialog.waiting, MissingFromPlan):
        return await cancel_missing(ctx, person, dialog, answer)
    return await changing.on_confirm(ctx, person, dialog, answer)


async def on_update_plan(
    ctx: Context[NoticeStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """Command handler: «обнови прежние» (or the summary's button)."""
    return await update_plan(ctx, person, dialog, command)


ROUTES: Routes = {ConfirmChange: on_confirm}  # after changing.ROUTES (bot.core.planner)
COMMANDS: Commands = {CommandKind.UPDATE_PLAN: on_update_plan}
