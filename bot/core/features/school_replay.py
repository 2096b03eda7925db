"""The city's tick finishes the journal entries a killed worker left behind.

A change that reached another school's copies is recorded in the writer's store with the
writer's update (bot.core.features.school_journal) and done once the other school's held
unit has committed. An entry still there was left by a worker killed between the two
commits (or by a held commit that failed). For each such entry of one school, oldest first:

- in ONE transaction of the other school: its applied-marker is claimed; a marker already
  there means the part was committed before (nothing is done again); else the copies are
  read, and when each still has the version the change found, the change is applied there
  (bot.core.features.school_twins.apply_one: the same new times, status and title, the same
  notices) and its notices are claimed in that school's outbox (`stage`), so the school's
  notification pass sends them with their batch's random_id;
- then the entry is done.

The copies get the CURRENT state of the author's events in the writer's store (the entry's
`sources`), not the state the entry recorded: a second change in the writer's school made
while this part was pending found no copy here (the copy was still at the old time), so it
was never journalled for this school; replaying the older state would leave the two schools
apart (attack 2026-12-03ab #3). The notices' kind is then what the copies go through
("cancelled", "moved" or "updated"); a copy already in that state is left, untold. An entry
without sources (recorded before they were kept), or whose author's event is gone, gives
the state it recorded.

An undo's entry («верни» of such a change) is replayed the same way through
bot.core.features.undo.undo_in_school, which puts back only copies still as the change left
them.

A copy changed since (someone in that school moved or cancelled it after the crash), a copy
gone, an author no longer linked there or no longer allowed to edit a copy (can_edit, as «да»
checks it: attack 2026-12-03ab #5): that later state stands, the marker is kept (the
entry is never tried again), and the skip is logged. A school whose store fails keeps the
entry, put off by a doubling delay (school_journal.retry_delay) so it never holds up the
entries behind it; after MAX_TRIES failures it is marked stuck and reported once (attack
2026-12-03ab #4).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

from bot.core.features.context import Context
from bot.core.features.school_cards import member_of
from bot.core.features.school_journal import MAX_TRIES, CopyState, JournalStore, SchoolChange
from bot.core.features.school_twins import apply_one
from bot.core.features.undo import undo_in_school
from bot.core.models import Event, EventStatus
from bot.core.permissions import can_edit
from bot.core.ports import Schools, Store, all_or_nothing
from bot.core.replies import Reply

log = logging.getLogger(__name__)

# claims notices in the outbox of the community each one names (inside the open transaction)
Stage = Callable[[Sequence[Reply]], Awaitable[object]]


async def finish_school_changes(ctx: Context[Store], stage: Stage) -> int:
    """Finish the journal entries of `ctx`'s school (the writer's: its store and the city's
    schools); `stage` claims notices in the outbox of the school they name. Returns how many
    entries were applied now (those found applied before, or skipped, are done too but not
    counted). 0 on a single-school deployment or a store without a journal."""
    store = ctx.store
    if ctx.schools is None or not isinstance(store, JournalStore):
        return 0
    applied = 0
    for change in await store.school_changes_pending():
        try:
            current = await current_states(store, change)
            applied += await replay(ctx.schools, change, stage, current)
            await store.school_change_done(change.origin)
        except Exception as error:
            log.exception("journal entry %s: put off for a later tick", change.origin)
            await _failed(store, change, error)
    return applied


async def _failed(store: JournalStore, change: SchoolChange, error: Exception) -> None:
    """Count a failed replay: the entry is put off (back-off) so it never holds the entries
    behind it, and after MAX_TRIES failures it is marked stuck and reported (attack
    2026-12-03ab #4). A store that cannot even count it is logged; the entry is tried again."""
    try:
        if await store.school_change_failed(change.origin, repr(error)[:500]):
            log.error(
                "journal entry %s for school %s is stuck after %d tries (%r): its part there"
                " is not applied; kept for a person to look at (school_changes_stuck)",
                change.origin,
                change.school,
                MAX_TRIES,
                error,
            )
    except Exception:
        log.exception("journal entry %s: its failure could not be counted", change.origin)


async def current_states(store: Store, change: SchoolChange) -> tuple[CopyState, ...] | None:
    """What the copies of `change` are to become NOW: the state of its author's events as
    the writer's `store` has them (same order as the copies); None for an undo's entry, an
    entry without sources, or when one of those events is gone (its recorded state stands).
    Raises when the store fails."""
    if change.undo is not None or len(change.sources) != len(change.copies):
        return None
    events = [await store.get_event(event_id) for event_id in change.sources]
    if any(e is None for e in events):
        return None
    return tuple(CopyState.of(e) for e in events if e is not None)


def kind_between(copies: Sequence[Event], states: Sequence[CopyState]) -> str | None:
    """The kind of change (bot.core.features.notices) that gives `copies` the `states` (same
    order): "cancelled" when one is cancelled by it, "restored" when a cancelled one comes
    back (city27: a restore's part replayed by the tick tells «всё-таки состоится», not
    «перенесено»), "moved" when a time changes, "updated" for a title or end-given flag
    alone; None when every copy is in its state already."""
    pairs = list(zip(copies, states, strict=True))
    if any(n.status is EventStatus.CANCELLED and c.status is not n.status for c, n in pairs):
        return "cancelled"
    if any(c.status is EventStatus.CANCELLED and n.status is not c.status for c, n in pairs):
        return "restored"
    if any((c.start, c.end, c.all_day) != (n.start, n.end, n.all_day) for c, n in pairs):
        return "moved"
    if any(CopyState.of(c) != n for c, n in pairs):
        return "updated"
    return None


async def replay(
    schools: Schools,
    change: SchoolChange,
    stage: Stage,
    current: Sequence[CopyState] | None = None,
) -> bool:
    """Apply one entry in its school unless it was applied there before (see the module
    docstring); True when it was applied now. `current`: the author's events' state now
    (current_states; None: the entry's recorded state). Raises when that school's store
    fails."""
    ref = next((r for r in schools.refs() if r.key == change.school), None)
    if ref is None:
        log.error("journal entry %s names a school no longer here", change.origin)
        return False
    member = await member_of(schools, change.author, ref)
    store = member.core.store
    if not isinstance(store, JournalStore):
        return False
    async with all_or_nothing(store):
        if not await store.claim_school_change(change.origin):
            return False  # committed there before the worker died
        if change.undo is not None:  # «верни»: leaves copies changed since (undo._matches)
            if member.person is None:
                return False
            last, part = change.undo["last"], change.undo["part"]
            restored, _, notices = await undo_in_school(member, last, part)
            await stage(notices)
            return restored > 0
        copies = [await store.get_event(event_id) for event_id, _ in change.copies]
        found = _as_found(copies, change)
        if member.person is None or found is None:
            log.warning("journal entry %s: the copies changed since; left", change.origin)
            return False
        if not all(can_edit(member.person, c) for c in found):  # as «да» (find_twins)
            log.warning("journal entry %s: its author may no longer edit there", change.origin)
            return False
        states, kind = change.states, change.kind
        if current is not None:  # the newest state wins (attack 2026-12-03ab #3)
            newest = kind_between(found, current)
            if newest is None:
                log.info("journal entry %s: the copies are as the author's now", change.origin)
                return False
            states, kind = tuple(current), newest
        part = await apply_one(member, found, states, kind)
        # copies cancelled before and after: their people were told the cancel, and a time
        # or title changed meanwhile in the writer's school never reached them (attack41 #3)
        await stage([] if _cancelled_throughout(found, states) else part.notices)
    return True


def _cancelled_throughout(copies: Sequence[Event], states: Sequence[CopyState]) -> bool:
    """Whether every copy is cancelled and stays cancelled in `states` (same order): a
    change of a cancelled event's time or title that nobody here is to hear of — a stuck
    restore replayed after the writer's school moved the event and cancelled it again told
    B's student «перенесено: теперь 16 декабря … Ваша запись сохранена» of an event B only
    ever knew as cancelled on the 15th."""
    return all(
        c.status is EventStatus.CANCELLED and s.status is EventStatus.CANCELLED
        for c, s in zip(copies, states, strict=True)
    )


def _as_found(copies: Sequence[Event | None], change: SchoolChange) -> list[Event] | None:
    """The copies when each is there with the version the change found; else None."""
    kept = [
        c
        for c, (_, version) in zip(copies, change.copies, strict=True)
        if c and c.version == version
    ]
    return kept if len(kept) == len(change.copies) else None
