"""A move or cancel of an event saved for several schools reaches its copies in the others.

«Лекция …, для гимназии №32 и лицея №23» is stored as one event per school, each in that
school's own store (bot.core.features.school_cards). Moving or cancelling it in one school
changed only that school's copy, silently: the other school's students kept the old time and
were never told (newcomer walk 2026-12-01f, #1). The copies ("twins") are found again by what
saving them made equal: in every other school where the author is linked, their own live
events with the same title, start and end (the same UTC moments) and the same kind of time
(all-day or not): bot.core.features.same_event.TWIN_KEY. The change card names those
schools; «да» applies the same new times (or the cancellation) there, tells that school's
people through its own community, and the reply says which schools changed and which could
not be reached. Each school's part (TwinChange) is kept for «верни», which puts those copies
back too (bot.core.features.undo).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.core import agreement
from bot.core.features.context import Context
from bot.core.features.notices import (
    NoticeStore,
    change_key,
    change_notices,
    told_state,
    who_is_told,
)
from bot.core.features.same_event import TWIN_KEY, find_same
from bot.core.features.school_cards import (
    OTHER_SCHOOL_WRITE_TIMEOUT,
    Member,
    member_of,
    school_context,
)
from bot.core.features.school_journal import CopyState, JournalStore, SchoolChange, new_origin
from bot.core.held import WaitCycleError, drop, hold
from bot.core.models import Event, Organisation, Person, Role
from bot.core.outbox import unmet_key
from bot.core.permissions import changes_copy
from bot.core.ports import Store
from bot.core.replies import Reply
from bot.core.views import event_view

log = logging.getLogger(__name__)

Record = Callable[[], Awaitable[None]]  # records a journal entry in the writer's store


@dataclass(frozen=True, slots=True)
class Twins:
    """One other school's copies of the changed events: `events[i]` is the copy of the
    author's `before[i]` (same order)."""

    member: Member
    events: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class TwinChange:
    """One other school's part of a change as stored, for «верни» (bot.core.features.undo):
    the school's key and name, its copies before and after (same order), the notices
    that told its people (their templates and recipients) and the origin of the part's
    journal entry (bot.core.features.school_journal; None: not journalled), which «верни»
    claims there so that a part not committed yet is never replayed after the undo."""

    key: str
    name: str
    before: tuple[Event, ...]
    after: tuple[Event, ...]
    notices: tuple[Reply, ...]
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class TwinsApplied:
    """What «да» did in the other schools: the names of those changed and of those that
    failed (their store was busy or broken; their copy stays as it was), the notices to
    send through those schools' communities, and each changed school's part (`done`)."""

    changed: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()
    notices: tuple[Reply, ...] = ()
    done: tuple[TwinChange, ...] = ()


async def find_twins(
    ctx: Context[NoticeStore], person: Person, before: Sequence[Event], *, cancelled: bool = False
) -> list[Twins]:
    """The other schools' copies of `before` (live ones; with `cancelled`, the cancelled
    copies of cancelled events, which a restore brings back: bot.core.features.readding;
    every event must have its copy there, else
    that school is left out), in the config's order; empty on a single-school deployment. A
    school whose store fails is logged and left out (but WaitCycleError, a message of that
    school waiting for ours, propagates: bot.storage.transactions.Gate), and so is one where
    the author may no longer change every copy (bot.core.permissions.changes_copy as that
    school knows them: a partner re-linked there as a teacher changes nothing of КГТУ's there)."""
    if ctx.schools is None or not before:
        return []
    found: list[Twins] = []
    for ref in ctx.schools.refs():
        if ctx.school_ref is not None and ref.key == ctx.school_ref.key:
            continue
        try:
            member = await member_of(ctx.schools, person.vk_id, ref)
            if member.person is None:
                continue
            author = member.person.id
            store = member.core.store
            copies = await find_same(
                store, before, author, TWIN_KEY, same_organisation=False, cancelled=cancelled
            )
        except WaitCycleError:
            raise  # that school's message holds it and waits for ours: ours gives way
        except Exception:
            log.exception("failed to look for copies in school %s", ref.key)
            continue
        if copies is not None and all(changes_copy(member.person, c) for c in copies):
            found.append(Twins(member, tuple(copies)))
    return found


async def apply_to_twins(
    twins: Sequence[Twins],
    after: Sequence[Event],
    kind: str,
    journal: object = None,
    school: str | None = None,
) -> TwinsApplied:
    """Give each school's copies the new state of `after` (the author's events as stored by
    the change: title, times, all-day, status — never the place or classes, each school's
    own; same order as the copies), each school in a unit of its own held open until this
    school's message commits or rolls back (bot.core.held: a rollback here leaves the copies
    as they were and tells nobody), with the usual version check, and build its notices
    (`kind`: "moved", "cancelled" or "updated"). A school that fails or answers nothing
    within OTHER_SCHOOL_WRITE_TIMEOUT keeps its copy; it is named in `failed`. "restored"
    (a cancelled event typed again, bot.core.features.readding) brings cancelled copies
    back: their students hear it will take place after all.

    `journal` is the writer's store and `school` its key: each held school's part is also
    recorded there (bot.core.features.school_journal), so a worker killed between this
    school's commit and the held one leaves it to the city's tick instead of losing it."""
    failed: list[str] = []
    done: list[TwinChange] = []
    states = tuple(CopyState.of(e) for e in after)
    for twin in twins:
        held = None
        try:
            async with asyncio.timeout(OTHER_SCHOOL_WRITE_TIMEOUT):  # in this task: see held
                origin = new_origin(school)
                sources = tuple(e.id for e in after)
                held, record = await _hold_journalled(twin, origin, states, kind, journal, sources)
                part = await apply_one(twin.member, twin.events, states, kind)
                if record is not None:
                    await record()
                    part = replace(part, origin=origin)
                done.append(part)
        except WaitCycleError:
            if held is not None:
                await drop(held)
            raise  # that school's message holds it and waits for ours: ours gives way
        except Exception:
            log.exception("failed to change the copy in school %s", twin.member.ref.key)
            failed.append(twin.member.ref.name)
            if held is not None:
                await drop(held)
    changed = tuple(d.name for d in done)
    notices = tuple(r for d in done for r in d.notices)
    return TwinsApplied(changed, tuple(failed), notices, tuple(done))


async def _hold_journalled(
    twin: Twins,
    origin: str,
    states: tuple[CopyState, ...],
    kind: str,
    journal: object,
    sources: tuple[int, ...],
) -> tuple[AsyncExitStack | None, Record | None]:
    """hold_journalled for one school's copies (their ids and versions as found), the entry
    named `origin`; `sources` the ids of the author's events in the writer's store."""
    entry = SchoolChange(
        origin,
        twin.member.ref.key,
        twin.member.person.vk_id if twin.member.person is not None else 0,
        kind,
        tuple((e.id, e.version) for e in twin.events),
        states,
        sources=sources,
    )
    return await hold_journalled(twin.member.core.store, entry, journal)


async def hold_journalled(
    store: object, entry: SchoolChange, journal: object
) -> tuple[AsyncExitStack | None, Record | None]:
    """Hold a unit of another school's `store` (bot.core.held.hold) and, when it and the
    writer's `journal` both keep the journal, claim `entry`'s applied-marker in it. Returns
    the held unit (None: nothing held, the writes commit on their own) and what records
    `entry` in `journal` once the part's writes are done (None: nothing to record); the
    entry is marked done there once the held unit has committed."""
    if not isinstance(journal, JournalStore) or not isinstance(store, JournalStore):
        return await hold(store), None
    held = await hold(store, then=_done(journal, entry.origin))
    if held is None:
        return None, None
    try:
        await store.claim_school_change(entry.origin)
    except BaseException:
        await drop(held)
        raise

    async def record() -> None:
        await journal.record_school_change(entry)

    return held, record


def _done(journal: JournalStore, origin: str) -> Callable[[], Awaitable[None]]:
    async def done() -> None:
        await journal.school_change_done(origin)

    return done


async def apply_one(
    member: Member, copies: Sequence[Event], states: Sequence[CopyState], kind: str
) -> TwinChange:
    """Give one school's `copies` (as `member`'s school stores them, with the versions the
    change found) the `states` (same order) in that school's store, with the usual version
    check (EventChangedError when one changed since), and build the notices of its people
    (through its community: `school` and a `schools:<key>:` dedupe key). Used by «да»
    (apply_to_twins) and by the replay of a journal entry (bot.core.features.school_replay)."""
    core = member.core
    ctx, person = school_context(member)
    wanted = [  # each school's curator agrees its own copy again (walk t, #16)
        agreement.after_change(
            person,
            copy,
            replace(
                copy,
                title=new.title,  # a rename reaches the copies: they stay linked (attack w #2)
                start=new.start.astimezone(copy.start.tzinfo),
                end=new.end.astimezone(copy.end.tzinfo),
                all_day=new.all_day,
                end_given=new.end_given,
                status=new.status,
            ),
        )
        for copy, new in zip(copies, states, strict=True)
    ]
    told = await who_is_told(ctx, person, copies, wanted)
    stored = await core.store.update_events(wanted, person.id, at=core.clock.now())
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    changed = change_key(stored, kind)
    if kind == "restored":  # cancel, restore, cancel, restore: each restore told (as readding)
        changed = f"{changed}:v{stored[0].version}"
    found = change_notices(told, kind, person, copies, stored, orgs, changed, today=today)
    key = member.ref.key
    notices = [replace(r, school=key, dedupe_key=f"schools:{key}:{r.dedupe_key}") for r in found]
    return TwinChange(key, member.ref.name, tuple(copies), tuple(stored), tuple(notices))


def school_names(twins: Sequence[Twins]) -> list[str]:
    """The schools holding copies, as people read their names."""
    return [t.member.ref.name for t in twins]


_STALE_KINDS = frozenset({"cancelled", "moved", "updated"})


async def stale_copy_notices(
    ctx: Context[NoticeStore],
    person: Person,
    before: Sequence[Event],
    after: Sequence[Event],
    kind: str,
    reached: Sequence[Twins],
) -> tuple[Reply, ...]:
    """A line to each other school that holds a copy of `before[0]` this change did not
    reach (`reached`: the schools find_twins found): an event of the same organisation (by
    name), title and times, live there, made by someone else — the author's colleague
    changed it here and is nobody there. attack61 held that such a change must write
    nothing in that school; its copy then stood stale and nobody there heard (attack64,
    #1). That school's curators and the copy's author there (who may change it) are told,
    through its community, what changed here, by whom, and that their copy still stands as
    it was; nothing is written there, and its students hear when its own people decide.
    The notice is claimed inside a held unit of that school (bot.core.held), so it goes
    only if this message commits. `kind`: "cancelled", "moved" or "updated" (else
    nothing; nothing either for a change keeping the title and times: `_same_twin`). A
    school whose store fails or stays busy past OTHER_SCHOOL_WRITE_TIMEOUT is logged and
    left out (its line is not worth this message's failure)."""
    if ctx.schools is None or not before or not after or kind not in _STALE_KINDS:
        return ()
    if kind != "cancelled" and _same_twin(before[0], after[0]):
        return ()  # a room, classes or description: the school's own, its copy not stale
    organiser = (await ctx.orgs()).get(before[0].organisation_id)
    if organiser is None:
        return ()
    skip = {t.member.ref.key for t in reached}
    if ctx.school_ref is not None:
        skip.add(ctx.school_ref.key)
    here = ctx.school_ref.name if ctx.school_ref is not None else ctx.config.school_name
    shared = {"school": here, "kind": kind, "who": person.name, "organiser": organiser.name}
    told: list[Reply] = []
    for ref in ctx.schools.refs():
        if ref.key in skip:
            continue
        planner = ctx.schools.planner(ref.key)
        store = planner.store
        try:
            async with asyncio.timeout(OTHER_SCHOOL_WRITE_TIMEOUT):
                found = await _stale_notice(store, ref.key, before[0], after[0], organiser)
                if found is not None:
                    await hold(store)  # its claim stands or falls with this message
                    unmet = await _for_the_unmet(
                        store, planner.config.admins, *found, ctx.clock.now()
                    )
                    notices = (found[0], *unmet)
        except WaitCycleError:
            raise  # that school's message holds it and waits for ours: ours gives way
        except Exception:
            log.exception("failed to tell school %s of a change to its copy", ref.key)
            continue
        if found is None:
            continue
        for one in notices:
            readers = tuple(p for p in one.recipients if p != person.vk_id)
            if readers:
                told.append(replace(one, context={**one.context, **shared}, recipients=readers))
    return tuple(told)


async def _for_the_unmet(
    store: Store, admins: Iterable[int], notice: Reply, copy_end: datetime, now: datetime
) -> tuple[Reply, ...]:
    """`notice` once more for each configured curator of its school (a city's `curators`,
    BOT_ADMINS, the community's managers) who has never written to its community: VK
    refuses to send to them (901), so it is held for them (unmet_key) until they first
    write (the planner's release_unmet), and goes then only if that school's copy still
    stands as it says (`about`) and has not ended (`copy_end`, after which the outbox drops
    it unsent: bot.core.outbox.hold_notice). Before, such a curator never heard of it
    (attack65; safety66 #1); and the line for a copy already running (its start past) left
    at once, to someone who had not written (safety69 #1). Nothing for a copy that ended
    by `now`. One read per admin not among the readers."""
    held: list[Reply] = []
    if copy_end <= now:
        return ()
    for vk_id in sorted(set(admins) - set(notice.recipients)):
        if await store.get_person_by_vk(vk_id) is not None:
            continue  # met: a curator among the readers, or no curator there any more
        assert notice.dedupe_key is not None
        held.append(
            replace(
                notice,
                recipients=(vk_id,),
                dedupe_key=unmet_key(vk_id, notice.dedupe_key),
                not_before=copy_end,
            )
        )
    return tuple(held)


def _same_twin(was: Event, now: Event) -> bool:
    """Whether a change left what a copy in another school is matched by (TWIN_KEY: title,
    start, end, all-day) as it was: a new room, classes or description are each school's
    own (same_event), so no copy there is stale (review64: a colleague's room change in A
    told B's curator «перенесите его» with the same title and time)."""
    return all(getattr(was, n) == getattr(now, n) for n in TWIN_KEY)


async def _stale_notice(
    store: Store, key: str, was: Event, now: Event, organiser: Organisation
) -> tuple[Reply, datetime] | None:
    """The line for school `key` about its copy of `was` (None: it holds none): the copy
    and the changed event (`now`, its organisation `organiser` of the writer's store) for
    the template, addressed to its curators and the copy's author there; and the copy's
    end (till when the line is worth keeping for a curator not met yet)."""
    soon = was.start + timedelta(minutes=1)
    orgs = {o.id: o for o in await store.list_organisations()}
    copy = next(
        (
            e
            for e in await store.events_between(was.start, soon)
            if all(getattr(e, n) == getattr(was, n) for n in TWIN_KEY)
            and e.organisation_id in orgs
            and orgs[e.organisation_id].name == organiser.name
        ),
        None,
    )
    if copy is None:
        return None
    readers = [p.vk_id for p in await store.people_with_role(Role.CURATOR)]
    author = await store.get_person(copy.created_by) if copy.created_by is not None else None
    if author is not None and author.role is not Role.STUDENT:
        readers.append(author.vk_id)
    context = {
        "copy": event_view(copy, orgs),
        "event": event_view(now, {now.organisation_id: organiser}),
    }
    notice = Reply(
        "schools_copy_stale",
        context,
        recipients=tuple(dict.fromkeys(readers)),
        school=key,
        dedupe_key=f"stale:{copy.id}:{now.id}:{now.version}",
        about=told_state([copy]),
    )
    return notice, copy.end
