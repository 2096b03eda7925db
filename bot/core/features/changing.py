"""Changing stored events: move and cancel, each shown as a card that waits for «да».

`перенеси 2 на пятницу` / `отмени 2` (or a button) -> for a recurring event, which
occurrences (this one, the whole series, from this one on) -> a card with the new time, the
clashes it makes, free slots and who will be told -> «да» does it, tells those people once
each (bot.core.features.notices) and keeps what «верни» needs (bot.core.features.undo).
A move into the past is refused before any card.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core import agreement, programme_moves
from bot.core.access import EventChangedError
from bot.core.calendar_checks import days_off_of, night_view, warning_view
from bot.core.clashes import check_calendar, check_clashes, propose_slots
from bot.core.dialog import (
    ChangeConfirmation,
    ChangeKind,
    ChangeScope,
    Dialog,
    ListAction,
    MoveWhen,
    PlannedChange,
    ScopeChoice,
)
from bot.core.features import (
    organisation_names,
    organisers,
    school_twins,
    signups,
    staff_only,
    undo,
)
from bot.core.features.authors import not_yours
from bot.core.features.context import Commands, Context, Routes
from bot.core.features.notices import (
    NoticeStore,
    Told,
    change_key,
    change_notices,
    people_by_vk,
    who_is_told,
)
from bot.core.language.buttons import ButtonAction, payload
from bot.core.language.commands import Command, CommandKind, MoveCommand
from bot.core.language.meaning import ChooseScope, ConfirmChange, MoveRequest
from bot.core.language.move_phrases import move_target, relative_shift
from bot.core.language.move_weekdays import bare_weekday, weekday_for_move
from bot.core.language.when import DayAndTime
from bot.core.models import Clash, Event, EventStatus, Organisation, Person, Role
from bot.core.permissions import can_edit
from bot.core.ports import all_or_nothing
from bot.core.replies import Button, Reply
from bot.core.views import clash_view, event_view, last_day, slot_view
from bot.core.wallclock import resolve_local

ChangingStore = NoticeStore


async def ask_cancel(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    event_id: int | None,
    *,
    reason: str | None = None,
) -> list[Reply]:
    """ "отмени 2": after the scope question (a series), the cancel card; `reason` (the
    words' own, «в каникулы школа закрыта») goes into the notices after «да»."""
    event = await editable(ctx, person, event_id)
    if isinstance(event, Reply):
        return [event]
    change = PlannedChange(ChangeKind.CANCEL, event.id, reason=reason)
    return await ask_change(ctx, person, dialog, change)


async def ask_move(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    event_id: int | None,
    when_text: str,
    scope: ChangeScope | None = None,
    *,
    card_start: str = "",
) -> list[Reply]:
    """ "перенеси 2 на пятницу в 15:00" (school wall-clock; a time alone said on an open
    move card, `card_start` its new start as ISO, is on the card's new day, a day alone at
    the card's new time): refused when the new day and time are not understood or already
    past; else the scope question
    (unless `scope` was said: «…всю серию…») or the move card; no day or time at all
    (`when_text` blank: «лекцию придётся перенести») asks for them; a move to the times the
    event already has is no card (`move_same_time`: nothing would change); a move of the
    event whose move card is open starts from that card (open_move_start); a cancelled
    event's move is refused with what brings it back (cancelled_move_refusal)."""
    event = await editable(ctx, person, event_id, moving=dialog)
    if isinstance(event, Reply):
        return [event]
    if not when_text.strip():  # «лекцию придётся перенести»: asked, as the «move» button does
        return await ask_move_when(ctx, dialog, event)
    card_start = card_start or open_move_start(dialog, event.id)
    counted = shifted(event, when_text, ctx.config.tz, card_start)
    source = as_on_card(event, open_move(dialog, event.id), card_start) if counted else event
    named = counted or _in_event_week(
        ctx, event, when_text, move_target(when_text, ctx.wall_now(), ctx.config.tz)
    )
    if named is not None and card_start and counted is None:  # the part not said: the card's
        on_card = datetime.fromisoformat(card_start).astimezone(ctx.config.tz)
        if named.day is None and named.start is not None:
            named = replace(named, day=on_card.date())
        elif named.start is None and named.day is not None:
            named = replace(named, start=on_card.time().replace(tzinfo=None))
    view = event_view(event, await ctx.orgs())
    if named is None or (named.day is None and named.start is None):
        return [Reply("move_not_understood", {"event": view})]
    times = new_times(ctx, source, named.day, named.start, named.end)
    whole_days = bool(times.get("all_day", event.all_day))
    if (times["start"], times["end"]) == (event.start, event.end):
        return [Reply("move_same_time", {"event": view})]
    if (times["end"] if whole_days else times["start"]) <= ctx.clock.now():
        return [Reply("move_into_past", {"event": view, "start": times["start"]})]
    change = PlannedChange(
        ChangeKind.MOVE,
        event.id,
        start=times["start"].isoformat(),
        end=times["end"].isoformat(),
        all_day=bool(times.get("all_day", event.all_day)),
        end_given=bool(times.get("end_given", event.end_given)),
        scope=scope if event.series_id is not None else None,
    )
    replies = await ask_change(ctx, person, dialog, change)
    if counted is None or not card_start:
        return replies
    return [_counted_from_card(r, card_start, ctx.config.tz) for r in replies]


def _counted_from_card(reply: Reply, card_start: str, tz: ZoneInfo) -> Reply:
    """The move card `reply` saying that its shift («на час позже») was counted from the
    open card's new start `card_start` (ISO), not from the stored event (chat75); any
    other reply (the scope question) as it is."""
    if reply.template != "change_card":
        return reply
    start = datetime.fromisoformat(card_start).astimezone(tz)
    return replace(reply, context={**reply.context, "counted_from": start})


def open_move_start(dialog: Dialog, event_id: int) -> str:
    """The new start (ISO) of the move card open for `event_id` (or just closed by the
    message being handled: Dialog.closed_change), "" when there is none or it moves to whole
    days: «перенесите нашу экскурсию на 10:00» under the card «21 → 22 декабря» is 22
    December at 10:00, as «лучше в 10:00» is (newcomer74: the card's day was dropped and the
    new card moved the stored 21 December)."""
    change = open_move(dialog, event_id)
    return (change.start or "") if change is not None else ""


def open_move(dialog: Dialog, event_id: int) -> PlannedChange | None:
    """The move card open for `event_id` (or just closed by the message being handled:
    Dialog.closed_change) when it moves to a time, not to whole days; else None."""
    waiting = dialog.waiting
    change = waiting.change if isinstance(waiting, ChangeConfirmation) else dialog.closed_change
    if change is None:
        return None
    if change.kind is not ChangeKind.MOVE or change.event_id != event_id or change.all_day:
        return None
    return change


def as_on_card(event: Event, card: PlannedChange | None, card_start: str) -> Event:
    """`event` with the start, end and end_given its open move `card` shows, when the card
    starts at `card_start` (ISO) and has an end: a shift counted from the card («на час
    позже» under «Изменить окончание … — до 17:00?») moves the card's whole span, so the end
    asked for is kept (review76: it fell back to the stored length); else `event`."""
    if card is None or not card.start or not card.end or card.start != card_start:
        return event
    return replace(
        event,
        start=datetime.fromisoformat(card.start),
        end=datetime.fromisoformat(card.end),
        end_given=card.end_given,
    )


async def ask_change(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, change: PlannedChange
) -> list[Reply]:
    """The scope question for an occurrence of a series, else the change's card."""
    event = await ctx.store.get_event(change.event_id)
    assert event is not None
    if change.scope is None and event.series_id is not None:
        series = [e for e in await ctx.store.events_of_series(event.series_id) if _live(ctx, e)]
        if len(series) > 1:
            dialog.waiting = ScopeChoice(change)
            what = change_what(change, [event], changed(change, [event], ctx.config.tz))
            return [_scope_question(event, change, len(series), await ctx.orgs(), what)]
    if change.scope is None:
        change = replace(change, scope=ChangeScope.ONE)
    return await change_card(ctx, person, dialog, change)


def _scope_question(
    event: Event, change: PlannedChange, count: int, orgs: dict[int, Any], what: str
) -> Reply:
    buttons = tuple(
        (
            Button(
                "change_scope",
                payload(ButtonAction.SCOPE, s=scope.value, id=event.id),
                context={"scope": scope.value},
            ),
        )
        for scope in ChangeScope
    )
    context = {"event": event_view(event, orgs), "kind": change.kind.value, "count": count}
    return Reply("change_scope", context | {"what": what}, buttons=buttons)


async def change_card(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, change: PlannedChange
) -> list[Reply]:
    """The card of a planned change: the event now and after, the clashes the new time
    makes, free slots, who will be told; it waits for «да»."""
    before = await targets(ctx, change)
    if not before:
        dialog.settle()
        return [Reply("no_event_to_edit")]
    after = changed(change, before, ctx.config.tz)
    orgs = await ctx.orgs()
    told = seats_told(change, await who_is_told(ctx, person, before, after))
    people = await people_by_vk(ctx, told.staff)
    moving = change.kind is not ChangeKind.CANCEL
    clashes = await _new_clashes(ctx, after) if moving else []
    warnings = await check_calendar(ctx.store, after, ctx.config.tz) if moving else []
    slots = await propose_slots(ctx.store, after[0]) if clashes or warnings else []
    change = replace(change, seen=tuple((e.id, e.version) for e in before))
    dialog.waiting = ChangeConfirmation(change)
    twins = await _twins(ctx, person, change, before)
    context = {
        "kind": change.kind.value,
        "event": event_view(before[0], orgs, today=ctx.wall_now().date()),
        "new": event_view(after[0], orgs, today=ctx.wall_now().date()),
        "edits": edits_view(change, before[0], after[0], orgs),
        "seats": await seats_view(ctx, change, before, after),
        "only_one": before[0].series_id is not None and len(after) == 1,
        "count": len(after),
        "withdrawing": staff_only.summary(await staff_only.leaving(ctx.store, before, after)),
        "clashes": [clash_view(c, orgs) for c in clashes],
        "slots": [slot_view(s, after[0].all_day) for s in slots],
        "calendar": [warning_view(w) for w in warnings],
        "night": night_view(after, ctx.config.tz) if moving else None,
        # a move onto a day off or каникулы is never «нет накладок ✅» (as the new card)
        "days_off": days_off_of(after, warnings, ctx.config.tz),
        "told": told.summary(orgs, people),
        "elsewhere": school_twins.school_names(twins),
        "run_kept": run_kept(change, before[0], after[0], ctx.clock.now(), ctx.config.tz),
    }
    what = change_what(change, before, after)
    return [Reply("change_card", context, buttons=change_buttons(change, what))]


def run_kept(
    change: PlannedChange, before: Event, after: Event, now: datetime, tz: ZoneInfo
) -> dict[str, Any] | None:
    """What a move does to the end of an event held over several days (views.last_day: an
    exhibition «30 ноября — 20 декабря»): a move by a day keeps its length, so its last day
    moves as far (safety72 #3, review69: «перенеси выставку на 3 декабря» made it 3–23
    December without a word). For the card: `days` (its length in days), `last` (the new
    last day, school-local) and `began` (the old first day when it is already going on at
    `now`: it opens again on the new day), or None for a move of one day's event, a cancel
    or an edit."""
    if change.kind is not ChangeKind.MOVE or before.start == after.start:
        return None
    old_last, new_last = last_day(before), last_day(after)
    if old_last is None or new_last is None:
        return None
    first = before.start.astimezone(tz).date()
    return {
        "days": (old_last - first).days + 1,
        "last": new_last,
        "began": first if before.start <= now else None,
    }


def _run_end_only(change: PlannedChange, before: Event, after: Event) -> bool:
    """Whether the move `change` changed only the last day of a run (the same start, another
    end: «продли выставку до 10 января», features.run_end_changes) — said so, not «перенесено»."""
    moved = change.kind is ChangeKind.MOVE and before.start == after.start
    return moved and before.end != after.end and last_day(after) is not None


def _end_only(change: PlannedChange, before: Event, after: Event) -> bool:
    """Whether the move `change` changed only a one-day event's end clock (the same start,
    another end on its day: «продли лекцию до 17:00», chat75) — said so, not «перенесено».
    An end given where none was («лекция закончится в 17» of a 16:00 lecture stored to 17:00
    by the default hour) is such a change too (review76 left, chat76)."""
    moved = change.kind is ChangeKind.MOVE and before.start == after.start
    ends = before.end != after.end or before.end_given != after.end_given
    return moved and ends and not after.all_day and last_day(after) is None


def change_what(change: PlannedChange, before: list[Event], after: list[Event]) -> str:
    """What a move card changes, for its buttons and scope question (chat76: an end change
    said «Да, перенести»): "end" (a one-day event's end clock), "last_day" (a run's last
    day), else the change's kind ("move", "cancel", "edit")."""
    if before and after and _end_only(change, before[0], after[0]):
        return "end"
    if before and after and _run_end_only(change, before[0], after[0]):
        return "last_day"
    return change.kind.value


def change_buttons(change: PlannedChange, what: str = "") -> tuple[tuple[Button, ...], ...]:
    """The move or cancel card's «да» / «нет» row; each names the card's kind (`k`), so an
    older card's or another question's button is never taken for this one's (attack w, #1).
    `what` (change_what) words the «да» of a card changing only the end (chat76)."""
    kind = change.kind.value
    return (
        (
            Button(
                f"confirm_{change.kind.value}",
                payload(ButtonAction.CONFIRM_CHANGE, v=1, id=change.event_id, k=kind),
                "negative" if change.kind is ChangeKind.CANCEL else "positive",
                context={"what": what or kind},
            ),
            Button("keep", payload(ButtonAction.CONFIRM_CHANGE, v=0, id=change.event_id, k=kind)),
        ),
    )


async def not_done_note(
    ctx: Context[ChangingStore], dialog: Dialog, dropped: PlannedChange | None
) -> list[Reply]:
    """The line closing a move or cancel card that another message left unanswered
    («Перенос «…» не подтверждён — всё осталось как было»), so it is never dropped silently
    (newcomer walk 2026-12-01b, finding 17); nothing when no card was open or the message
    opened a new card for the same change (a move said again another way). A card for
    another change — an edit typed while a move card waited — does not silence it (newcomer
    walk 2026-12-01g, #7: the move was dropped without a word)."""
    current = dialog.planned_change()
    if dropped is None or (current is not None and _same_change(current, dropped)):
        return []
    event = await ctx.store.get_event(dropped.event_id)
    if event is None or event.status is EventStatus.CANCELLED:
        return []
    view = event_view(event, await ctx.orgs())
    what = change_what(dropped, [event], changed(dropped, [event], ctx.config.tz))
    return [Reply("change_not_done", {"event": view, "kind": dropped.kind.value, "what": what})]


def _same_change(a: PlannedChange, b: PlannedChange) -> bool:
    """Whether two planned changes are one change said twice: same event, kind and fields."""
    return (a.event_id, a.kind, a.fields) == (b.event_id, b.kind, b.fields)


async def change_still_open(
    ctx: Context[ChangingStore], dialog: Dialog, number: int
) -> list[Reply] | None:
    """While a move or cancel card (or its scope question) waits for its answer, a plan
    line's edit («исправь 1: …», «убери 1») gets this reply and changes nothing: the card is
    answered or closed by a word, never dropped silently (newcomer walk 2026-12-01b,
    finding 17). None when no change is open."""
    change = dialog.planned_change()
    if change is None:
        return None
    event = await ctx.store.get_event(change.event_id)
    if event is None:
        return None
    context = {"event": event_view(event, await ctx.orgs()), "kind": change.kind.value}
    what = change_what(change, [event], changed(change, [event], ctx.config.tz))
    context["what"] = what
    waiting = isinstance(dialog.waiting, ChangeConfirmation)
    buttons = change_buttons(change, what) if waiting else ()
    return [Reply("change_still_open", {**context, "number": number}, buttons=buttons)]


async def apply_change(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, change: PlannedChange
) -> list[Reply]:
    """Do a confirmed change: store it, tell everyone concerned once, remember it for
    «верни». Events changed meanwhile by someone else are checked again. The steps:
    `_change_refused`, `_store_change` (one transaction), `_change_notices`,
    `_change_context`."""
    before = await targets(ctx, change)
    dialog.settle()
    refused = await _change_refused(ctx, person, change, before)
    if refused is not None:
        return refused
    wanted = [  # a partner's move or new place waits for the curator again (walk t, #16)
        agreement.after_change(person, old, new)
        for old, new in zip(before, changed(change, before, ctx.config.tz), strict=True)
    ]
    told = seats_told(change, await who_is_told(ctx, person, before, wanted))
    twins = await _twins(ctx, person, change, before)  # other schools' copies
    seats = await seats_view(ctx, change, before, wanted)
    try:
        stored = await _store_change(ctx, person, change, before, wanted)
    except EventChangedError as error:
        return [await changed_meanwhile(ctx, error)]
    after = stored.after
    dialog.last_event = after[0].id
    orgs = await ctx.orgs()
    kind = _DONE[change.kind]
    notices = await _change_notices(ctx, person, change, before, stored, told, orgs)
    school = ctx.school_ref.key if ctx.school_ref is not None else None
    elsewhere = await school_twins.apply_to_twins(twins, after, kind, ctx.store, school)
    flagged = await school_twins.stale_copy_notices(ctx, person, before, after, kind, twins)
    undo.remember(dialog, ctx.clock.now(), kind, before, after, notices, elsewhere.done)
    people = await people_by_vk(ctx, told.staff)
    context: dict[str, Any] = {
        "event": event_view(after[0], orgs, today=ctx.wall_now().date()),
        "count": len(after),
        "told": told.summary(orgs, people),
        "elsewhere": list(elsewhere.changed),
        "elsewhere_failed": list(elsewhere.failed),
        "edits": edits_view(change, before[0], after[0], orgs),
        "seats": seats,
        "only_one": before[0].series_id is not None and len(after) == 1,
        "withdrawing": staff_only.summary(stored.withdrawn),
        "run_end": _run_end_only(change, before[0], after[0]),
        "end_only": _end_only(change, before[0], after[0]),
    }
    if change.kind is not ChangeKind.CANCEL:
        context |= await _clash_context(ctx, after, orgs)
    return [Reply(kind, context), *notices, *elsewhere.notices, *flagged]


async def _change_refused(
    ctx: Context[ChangingStore], person: Person, change: PlannedChange, before: list[Event]
) -> list[Reply] | None:
    """The reply to a confirmed change that is not made, None when it may be: an event
    `person` may not edit or that is gone, a card older than the stored events (its «да»
    must not undo what changed since), a new organiser dropped by an undo meanwhile
    (chat78)."""
    first = await editable(ctx, person, change.event_id)
    if isinstance(first, Reply) or not before:
        return [first if isinstance(first, Reply) else Reply("no_event_to_edit")]
    stale = _changed_since_card(change, before)
    if stale is not None:  # the card showed an older state: its «да» must not undo that
        return [await changed_meanwhile(ctx, EventChangedError(stale.id, stale))]
    if _organiser_gone(change, await ctx.orgs()):  # dropped by an undo meanwhile (chat78)
        return [Reply("organiser_gone", {"event": event_view(before[0], await ctx.orgs())})]
    return None


@dataclass(frozen=True)
class _StoredChange:
    """A change as stored: the events after it (`after`, in order), the people the new
    seats moved up (`promoted`: person id, event), the sign-ups withdrawn (staff-only
    events) and those moved up in their place (`moved_up`)."""

    after: list[Event]
    promoted: list[tuple[int, Event]]
    withdrawn: list[staff_only.Withdrawn]
    moved_up: list[tuple[int, Event]]


async def _store_change(
    ctx: Context[ChangingStore],
    person: Person,
    change: PlannedChange,
    before: Sequence[Event],
    wanted: list[Event],
) -> _StoredChange:
    """Store `wanted` (the events `before` as changed) in one transaction with what goes
    with it: a new organiser found or created, the seats and the waiting list moved up,
    sign-ups a staff-only event no longer takes withdrawn. Raises EventChangedError when an
    event changed since it was read (nothing stored)."""
    async with all_or_nothing(ctx.store):  # the seats and the waiting list moved up at once
        wanted = await _new_organiser(ctx, change, wanted)
        after = await ctx.store.update_events(  # a whole series at once
            wanted, person.id, at=ctx.clock.now(), reason=change.reason
        )
        promoted = await _promote(ctx, change, after)
        withdrawn, moved_up = await staff_only.withdraw(ctx.store, before, after, ctx.clock.now())
    return _StoredChange(after, promoted, withdrawn, moved_up)


async def _change_notices(
    ctx: Context[ChangingStore],
    person: Person,
    change: PlannedChange,
    before: Sequence[Event],
    stored: _StoredChange,
    told: Told,
    orgs: Mapping[int, Organisation],
) -> list[Reply]:
    """The notices of a stored change: to those `told` (less the students withdrawn, who
    get their own notice), to the withdrawn, and «Освободилось место!» to those moved up;
    keyed by the change (an edit's key names the new version: a place or title change
    keeps the start)."""
    after = stored.after
    kind = _DONE[change.kind]
    key = change_key(after, kind)
    if change.kind is ChangeKind.EDIT:  # a place or title change keeps the start: a new key
        key = f"{key}:v{after[0].version}"
    notices = change_notices(
        staff_only.without(told, stored.withdrawn),
        kind,
        person,
        before,
        after,
        orgs,
        key,
        today=ctx.wall_now().date(),
        reason=change.reason,
    )
    notices += staff_only.notices(stored.withdrawn, after, orgs, key, ctx.wall_now().date())
    notices += await promotions(ctx, [*stored.promoted, *stored.moved_up], orgs)
    return notices


async def _clash_context(
    ctx: Context[ChangingStore], after: Sequence[Event], orgs: Mapping[int, Organisation]
) -> dict[str, Any]:
    """What a move or an edit now clashes with (`clashes`), the school calendar's warnings
    (`calendar`) and, when there is either, free slots offered (`slots`)."""
    clashes = await _new_clashes(ctx, after)
    warnings = await check_calendar(ctx.store, after, ctx.config.tz)
    slots = await propose_slots(ctx.store, after[0]) if clashes or warnings else []
    return {
        "clashes": [clash_view(c, orgs) for c in clashes],
        "slots": [slot_view(s, after[0].all_day) for s in slots],
        "calendar": [warning_view(w) for w in warnings],
    }


def seats_told(change: PlannedChange, told: Told) -> Told:
    """`told` for a change of the seats alone without the students signed up: more or fewer
    seats change nothing of their sign-up (nobody is dropped), so only the organisers and
    the curators hear of it; those the new seats move up from the waiting list get
    «Освободилось место!» instead (leftconv20, item 1)."""
    if change.kind is not ChangeKind.EDIT or set(change.fields) != {"seats"}:
        return told
    return replace(told, students={}, student_events={}, teachers=set(), waiting=set())


async def seats_view(
    ctx: Context[ChangingStore],
    change: PlannedChange,
    before: Sequence[Event],
    after: Sequence[Event],
) -> dict[str, Any] | None:
    """For a change of the seats (None otherwise), of every meeting it changes (`before` /
    `after`, as targets gives them: the named one first): the sums over them — `going` and
    `waiting` now, how many of the waiting lists the new seats move up (`promoted`) and how
    many of those going are over the new seats (`over`: they keep their places — a curator
    who lowers the seats to a room's size would not expect a student dropped without a
    word; only new sign-ups wait until a place frees up) — and, for a series,
    `meetings`: the same four figures of each meeting in time order with its `event` view
    (leftconv21, item 2: the card showed the first meeting's figures as the series')."""
    if change.kind is not ChangeKind.EDIT or "seats" not in change.fields:
        return None
    orgs = await ctx.orgs()
    meetings: list[dict[str, Any]] = []
    for old, new in sorted(zip(before, after, strict=True), key=lambda pair: pair[0].start):
        going = len(await ctx.store.signed_up(old.id))
        waiting = len(await ctx.store.signed_up(old.id, "waiting"))
        free = waiting if new.capacity is None else max(new.capacity - going, 0)
        over = 0 if new.capacity is None else max(going - new.capacity, 0)
        meetings.append(
            {
                "event": event_view(old, orgs),
                "going": going,
                "waiting": waiting,
                "promoted": min(free, waiting),
                "over": over,
            }
        )
    sums = {k: sum(m[k] for m in meetings) for k in ("going", "waiting", "promoted", "over")}
    return {**sums, "meetings": meetings if len(meetings) > 1 else []}


async def _promote(
    ctx: Context[ChangingStore], change: PlannedChange, after: Sequence[Event]
) -> list[tuple[int, Event]]:
    """The waiting lists moved up after a change of the seats (store.promote_waiting, in
    queue order, as far as the new seats go): (person id, event) pairs; [] for any other
    change."""
    if change.kind is not ChangeKind.EDIT or "seats" not in change.fields:
        return []
    now = ctx.clock.now()
    return [
        (person_id, event)
        for event in after
        for person_id in await ctx.store.promote_waiting(event.id, at=now)
    ]


async def promotions(
    ctx: Context[ChangingStore], promoted: Sequence[tuple[int, Event]], orgs: Mapping[int, Any]
) -> list[Reply]:
    """«Освободилось место!» to each person the new seats moved up (as when a seat is given
    up: reminders named, held till morning in the students' quiet hours)."""
    replies = []
    for person_id, event in promoted:
        student = await ctx.store.get_person(person_id)
        if student is not None:
            reply = await ctx.students.promotion(student, event, orgs, ctx.clock.now())
            ids = {"event_id": event.id, "person_id": person_id}  # for «верни» (undo)
            replies.append(replace(reply, context={**reply.context, **ids}))
    return replies


async def _twins(
    ctx: Context[ChangingStore], person: Person, change: PlannedChange, before: list[Event]
) -> list[school_twins.Twins]:
    """The other schools' copies a move or cancel also changes (bot.core.features.
    school_twins), and an edit of the title or the time: a rename kept in one school cut
    the copies off, so a later move reached one school only (attack w, #2). An edit of
    place or classes alone stays in this school (each school's rooms and classes are its
    own)."""
    if change.kind is ChangeKind.EDIT and not _SHARED_FIELDS & set(change.fields):
        return []
    return await school_twins.find_twins(ctx, person, before)


_SHARED_FIELDS = frozenset({"title", "when"})  # what an edit changes in every school's copy
_DONE = {ChangeKind.CANCEL: "cancelled", ChangeKind.MOVE: "moved", ChangeKind.EDIT: "updated"}


def edits_view(
    change: PlannedChange, before: Event, after: Event, orgs: Mapping[int, Any]
) -> list[dict[str, Any]]:
    """What an edit changes, for the card and the reply: each field named with its old and
    new value ("when" with the event views, "venue" and "title" as text, "audience" as the
    audience, "ages" as (low, high) years or None, "seats" as a number or None: no limit,
    "organiser" as the organisations' names, "added" True when «да» adds it as a partner);
    [] for a move or a cancel."""
    if change.kind is not ChangeKind.EDIT:
        return []
    old, new = event_view(before, orgs), event_view(after, orgs)
    values = {
        "when": (old, new),
        "venue": (before.venue, after.venue),
        "title": (before.title, after.title),
        "audience": (before.audience, after.audience),
        "ages": (before.details.ages, after.details.ages),
        "seats": (before.capacity, after.capacity),
        "organiser": (_org_name(orgs, before), change.organiser or _org_name(orgs, after)),
    }
    added = change.organiser is not None  # a partner «да» adds (organiser only)
    return [
        {"field": f, "old": values[f][0], "new": values[f][1], "added": added}
        for f in change.fields
    ]


def _org_name(orgs: Mapping[int, Any], event: Event) -> str:
    """The name of the organisation `event` is filed under ("" when unknown)."""
    org = orgs.get(event.organisation_id)
    return str(org.name) if org is not None else ""


async def _new_organiser(
    ctx: Context[ChangingStore], change: PlannedChange, wanted: list[Event]
) -> list[Event]:
    """`wanted` under the partner an organiser change names by a name no organisation had
    when the card was shown (`change.organiser`): found again or created now, inside the
    caller's transaction (a second «да» meanwhile made it: the same one); `wanted` as it is
    for any other change."""
    if "organiser" not in change.fields or change.organisation_id is not None:
        return wanted
    if not change.organiser:
        return wanted
    found = organisation_names.organisation_named(change.organiser, (await ctx.orgs()).values())
    if found is None:
        found = await organisers.new_partner(ctx, change.organiser)
    return [replace(e, organisation_id=found.id) for e in wanted]


def _organiser_gone(change: PlannedChange, orgs: Mapping[int, Organisation]) -> bool:
    """Whether `change` gives its events to an organisation that no longer exists: a
    partner an undone organiser change had added, dropped (Directory.drop_unused_partner)
    in the moment between this card's reading of the partners and its being written."""
    named = change.organisation_id
    return "organiser" in change.fields and named is not None and named not in orgs


def _changed_since_card(change: PlannedChange, before: list[Event]) -> Event | None:
    """The first event changed (moved, cancelled, edited) by anyone after the card showed
    it, or None; a change without recorded versions (an older dialog state) gives None."""
    if not change.seen:
        return None
    seen = dict(change.seen)
    for event in before:
        if seen.get(event.id) != event.version:
            return event
    return None


async def changed_meanwhile(ctx: Context[ChangingStore], error: EventChangedError) -> Reply:
    """Someone else changed the event first: nothing was written; show it as it is now."""
    if error.current is None:
        return Reply("no_event_to_edit")
    view = event_view(error.current, await ctx.orgs())
    cancelled = error.current.status is EventStatus.CANCELLED
    return Reply("event_changed", {"event": view, "cancelled": cancelled})


async def targets(ctx: Context[ChangingStore], change: PlannedChange) -> list[Event]:
    """The live events a change is about, in time order: the occurrence named, the whole
    series (occurrences not over yet) or the named one and the later ones."""
    event = await ctx.store.get_event(change.event_id)
    if event is None or event.status is EventStatus.CANCELLED:
        return []
    if change.scope in (None, ChangeScope.ONE) or event.series_id is None:
        return [event]
    series = [e for e in await ctx.store.events_of_series(event.series_id) if _live(ctx, e)]
    if change.scope is ChangeScope.FOLLOWING:
        series = [e for e in series if e.start >= event.start]
    others = [e for e in series if e.id != event.id]
    return [event, *others]  # the named occurrence first: cards and notices show it


def changed(change: PlannedChange, events: Sequence[Event], tz: ZoneInfo) -> list[Event]:
    """The events as the change leaves them (not stored). A move shifts every occurrence by
    the named one's shift in days and gives each the named one's new wall-clock time (in the
    school's zone `tz`) and length."""
    if change.kind is ChangeKind.CANCEL:
        return [replace(e, status=EventStatus.CANCELLED) for e in events]
    if change.kind is ChangeKind.EDIT:
        events = [_edited(change, e) for e in events]
        if "when" not in change.fields:
            return events
    assert change.start is not None
    assert change.end is not None
    new_start = datetime.fromisoformat(change.start).astimezone(tz)
    new_end = datetime.fromisoformat(change.end).astimezone(tz)
    named = events[0].start.astimezone(tz)
    day_shift = new_start.date() - named.date()
    length = new_end.astimezone(UTC) - new_start.astimezone(UTC)  # elapsed, not wall-clock
    moved = []
    for event in events:
        local = event.start.astimezone(tz)
        start = resolve_local(datetime.combine(local.date() + day_shift, new_start.time()), tz)
        moved.append(
            replace(
                programme_moves.with_start(event, start, tz),  # its steps move with it
                start=start,
                end=(start.astimezone(UTC) + length).astimezone(tz),
                all_day=change.all_day,
                end_given=change.end_given,
            )
        )
    return moved


def _edited(change: PlannedChange, event: Event) -> Event:
    """`event` with the edit's place, title, classes, age range, seats and organiser (those
    among its fields; a new partner's id is set by `_new_organiser` when it is stored)."""
    fields = change.fields
    details = replace(event.details, ages=change.ages) if "ages" in fields else event.details
    owner = change.organisation_id if "organiser" in fields else None
    return replace(
        event,
        organisation_id=owner if owner is not None else event.organisation_id,
        details=details,
        capacity=change.seats if "seats" in fields else event.capacity,
        venue=change.venue if "venue" in fields else event.venue,
        title=change.title if "title" in fields and change.title else event.title,
        audience=change.audience
        if "audience" in fields and change.audience is not None
        else event.audience,
    )


async def _new_clashes(ctx: Context[ChangingStore], after: Sequence[Event]) -> list[Clash]:
    """Clashes of the changed events with the rest of the plan, each other event once."""
    ids = {e.id for e in after}
    seen: dict[int, Clash] = {}
    for event in after:
        for clash in await check_clashes(ctx.store, event):
            if clash.other.id not in ids:
                seen.setdefault(clash.other.id, clash)
    return sorted(seen.values(), key=lambda c: (c.other.start, c.other.id))


def _live(ctx: Context[ChangingStore], event: Event) -> bool:
    return event.status is not EventStatus.CANCELLED and event.end > ctx.clock.now()


def _in_event_week(
    ctx: Context[ChangingStore], event: Event, when_text: str, named: DayAndTime | None
) -> DayAndTime | None:
    """`named` (read from now) with a bare weekday («на пятницу») taken in the event's own
    week when that day is after today (the rule and its reasons:
    bot.core.language.move_weekdays); unchanged otherwise."""
    if named is None or named.day is None:
        return named
    now = ctx.wall_now()
    weekday = bare_weekday(when_text, now)
    if weekday is None:
        return named
    day = weekday_for_move(weekday, event.start.astimezone(ctx.config.tz).date(), now.date())
    return named if day is None else replace(named, day=day)


def shifted(event: Event, when_text: str, tz: ZoneInfo, card_start: str = "") -> DayAndTime | None:
    """The new day and start of «на час позже», «на день раньше», «на неделю позже», «на 30
    минут» (move_phrases.relative_shift) counted from the event's own local start — or from
    `card_start` (ISO), the new start of the move card open for it: the shift amends what
    the card shows (chat75) — so a day or a week keeps its wall-clock time across a DST
    change; None when `when_text` is no shift. An all-day event moves by whole days only (a
    shift of hours: None, not understood)."""
    shift = relative_shift(when_text)
    if shift is None:
        return None
    base = datetime.fromisoformat(card_start) if card_start else event.start
    local = base.astimezone(tz).replace(tzinfo=None) + shift
    if event.all_day:
        whole = shift % timedelta(days=1) == timedelta(0)
        return DayAndTime(local.date(), None, None) if whole else None
    return DayAndTime(local.date(), local.time(), None)


def new_times(
    ctx: Context[ChangingStore], event: Event, day: Any, start: time | None, end: time | None
) -> dict[str, Any]:
    """The event's new start/end (aware, school zone) for a new day and/or start time,
    keeping its length; an all-day event given a time lasts an hour."""
    tz = ctx.config.tz
    local_start = event.start.astimezone(tz)
    new_day = day or local_start.date()
    if start is None:
        shift = datetime.combine(new_day, local_start.time(), tzinfo=tz) - local_start
        return {"start": event.start + shift, "end": event.end + shift}
    new_start = resolve_local(datetime.combine(new_day, start), tz)  # a DST gap: forward
    if end is not None:
        new_end = datetime.combine(new_day, end, tzinfo=tz)
        if new_end <= new_start:
            new_end += timedelta(days=1)
        return {"start": new_start, "end": new_end, "all_day": False, "end_given": True}
    length = event.end.astimezone(UTC) - event.start.astimezone(UTC)
    length = length if not event.all_day else timedelta(hours=1)
    return {
        "start": new_start,
        "end": (new_start.astimezone(UTC) + length).astimezone(tz),
        "all_day": False,
        "end_given": event.end_given and not event.all_day,
    }


async def editable(
    ctx: Context[ChangingStore],
    person: Person,
    event_id: int | None,
    *,
    moving: Dialog | None = None,
) -> Event | Reply:
    """The live event a person may change, or the Reply explaining why not. With `moving`
    (the mover's dialog) a cancelled event gets cancelled_move_refusal's answer. An event
    that is over is the plan's record (`edit_event_over`), whichever button or words name it
    (attack z2, #1: an old «Отменить» button cancelled a held, rated event)."""
    if event_id is None:
        return Reply("no_event_to_edit")
    event = await ctx.store.get_event(event_id)
    if event is None:
        return Reply("no_event_to_edit")
    if event.status is EventStatus.CANCELLED and moving is not None:
        return await cancelled_move_refusal(ctx, person, moving, event)
    if event.status is EventStatus.CANCELLED:
        return Reply("event_already_cancelled", {"event": event_view(event, await ctx.orgs())})
    if not can_edit(person, event):
        return await not_yours(ctx, event)
    if event.end <= ctx.clock.now():
        return Reply("edit_event_over", {"event": event_view(event, await ctx.orgs())})
    return event


async def cancelled_move_refusal(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, event: Event
) -> Reply:
    """A move of an event already cancelled: it cannot be moved, and what brings it back —
    «верни» while the person's own cancel can still be undone (bot.core.features.undo.
    restores), else typing it again as it was (bot.core.features.readding restores it with
    its sign-ups, then it can be moved), or a new event on the new day (walk 2026-12-02m,
    #16). Someone who may not change it is only told it is cancelled."""
    now = ctx.clock.now()
    context = {
        "event": event_view(event, await ctx.orgs(), today=ctx.wall_now().date()),
        "undo": undo.restores(dialog, event.id, now),
        "yours": can_edit(person, event),
        "over": event.end <= now,
    }
    return Reply("cancelled_event_move", context)


async def on_cancel(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "отмени 2" or a cancel button: the cancel card (after the scope question). A
    student never cancels an event: their «отмени» (right after «Вы записаны ✅») means
    their own sign-up of that event when they hold it, or — naming no event — one of their
    sign-ups, asked which (signups.unsign; walk 2026-12-02r, #9); an event they do not hold
    gets the refusal as before."""
    if person.role is Role.STUDENT:
        event_id = command.event_id
        held = event_id is not None and await ctx.store.signup_status(event_id, person.id)
        if held in ("going", "waiting") or event_id is None:
            unsign = replace(command, kind=CommandKind.UNSIGN, last_looked_at=True)
            return await signups.unsign(ctx, person, dialog, unsign)
    return await ask_cancel(
        ctx, person, dialog, command.event_id, reason=_listed_reason(dialog, command)
    )


def _listed_reason(dialog: Dialog, command: Command) -> str | None:
    """The reason given with the cancel whose «which event?» list is answered now («отмени
    интенсив, в каникулы школа закрыта», then «отмени 2» or «2»: review 19, W2) when the
    event picked is on that list; None otherwise."""
    asked = dialog.asked_on_list()
    if asked is None or asked[0] is not ListAction.CANCEL or command.event_id not in dialog.listed:
        return None
    return asked[1].get("reason") or None


async def on_move(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, command: MoveCommand
) -> list[Reply]:
    """ "перенеси 2 на пятницу в 15:00": the move card (after the scope question)."""
    return await ask_move(ctx, person, dialog, command.event_id, command.when)


async def on_move_request(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, request: MoveRequest
) -> list[Reply]:
    """A clash list's "move" button: ask for the new day and time."""
    event = await editable(ctx, person, request.event_id)
    if isinstance(event, Reply):
        return [event]
    return await ask_move_when(ctx, dialog, event)


async def ask_move_when(ctx: Context[ChangingStore], dialog: Dialog, event: Event) -> list[Reply]:
    """«На когда перенести …?» about `event` (one the person may change): the next message
    naming a day or a time is its new one (MoveWhen)."""
    dialog.waiting = MoveWhen(event.id)
    dialog.last_event = event.id
    return [Reply("ask_move_when", {"event": event_view(event, await ctx.orgs())})]


async def on_scope(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, answer: ChooseScope
) -> list[Reply]:
    """This occurrence / the whole series / from this one on: then the card."""
    waiting = dialog.waiting
    if not isinstance(waiting, ScopeChoice) or answer.event_id not in (
        None,
        waiting.change.event_id,
    ):
        return [Reply("change_outdated", {"role": person.role.value})]
    return await change_card(ctx, person, dialog, replace(waiting.change, scope=answer.scope))


async def on_confirm(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, answer: ConfirmChange
) -> list[Reply]:
    """«да» does the change on the card, «нет» drops it (nothing is changed)."""
    change = dialog.planned_change()
    if (
        change is None
        or answer.event_id not in (None, change.event_id)
        or not answer.answers(change.kind.value)
    ):
        return [Reply("change_outdated", {"role": person.role.value})]
    if not answer.yes:
        dialog.settle()
        return [Reply("change_dropped")]
    if isinstance(dialog.waiting, ScopeChoice):  # «да» does not say which occurrences
        return await _yes_at_scope(ctx, dialog, dialog.waiting)
    return await apply_change(ctx, person, dialog, change)


async def _yes_at_scope(
    ctx: Context[ChangingStore], dialog: Dialog, waiting: ScopeChoice
) -> list[Reply]:
    """«да» at «Изменить только эту встречу или всю серию?» says neither (newcomer walk
    leftovers, leftconv21 item 4): answered once with the choices as buttons and what each
    does — «эту и следующие» only when it differs from the whole series (the meeting named
    is not the first one left); a second «да» closes the question with nothing changed and
    how to start again, so the question never loops."""
    change = waiting.change
    event = await ctx.store.get_event(change.event_id)
    if event is None or event.series_id is None or waiting.yes_met:
        dialog.settle()
        if event is None:
            return [Reply("no_event_to_edit")]
        view = event_view(event, await ctx.orgs())
        return [Reply("change_scope_closed", {"event": view, "kind": change.kind.value})]
    series = [e for e in await ctx.store.events_of_series(event.series_id) if _live(ctx, e)]
    following = sum(e.start >= event.start for e in series)
    scopes = [ChangeScope.ONE, ChangeScope.SERIES]
    if following < len(series):
        scopes.append(ChangeScope.FOLLOWING)
    dialog.waiting = replace(waiting, yes_met=True)
    buttons = tuple(
        (
            Button(
                "change_scope",
                payload(ButtonAction.SCOPE, s=scope.value, id=event.id),
                context={"scope": scope.value},
            ),
        )
        for scope in scopes
    )
    context = {
        "event": event_view(event, await ctx.orgs()),
        "kind": change.kind.value,
        "count": len(series),
        "following": following if ChangeScope.FOLLOWING in scopes else 0,
    }
    return [Reply("change_scope_yes", context, buttons=buttons)]


ROUTES: Routes = {  # MoveCommand: bot.core.features.move_by_text (by number or title)
    MoveRequest: on_move_request,
    ChooseScope: on_scope,
    ConfirmChange: on_confirm,
}
COMMANDS: Commands = {CommandKind.CANCEL: on_cancel}
