"""«да» to what is pending: store it (one event per meeting of a series, a plan file's club
rows as one series, each plan file's events remembered), tell whoever the new events clash
with, and reply «Сохранено» naming what was saved, what was held back and what was not read.

Before storing, `save` may answer instead: drafts for other schools, a person who may not
add events, an organiser to choose, a post's events still owing a question
(held_post_events), a single event that restores a cancelled copy (readding) or updates the
organiser's own (resending). A plan's rows already stored or repeated (plan_copies) are
not saved twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.core import agreement, drafts
from bot.core.dialog import Dialog
from bot.core.features import agreement_notices, organisers, readding, resending, school_cards
from bot.core.features.adding import JOIN_SERIES_KEY, continue_draft, series_still_joined
from bot.core.features.context import Context
from bot.core.features.file_series import one_club_rows
from bot.core.features.held_plan_lines import held_lines, with_years_taken
from bot.core.features.held_post_events import post_held
from bot.core.features.notices import SAVER_CLASH_LIMIT, clash_notices, clashed_events
from bot.core.features.organisers import organisation_for
from bot.core.features.pending_drafts import open_question, restore_stashed
from bot.core.features.plan_copies import repeated_rows, stored_copy_ids
from bot.core.features.plan_summaries import PlanStore, plan_summary, shortened_line, unread_lines
from bot.core.language.post_events import POST_KEY
from bot.core.models import Event, EventDraft, NewEvent, Person
from bot.core.permissions import can_add_events
from bot.core.ports import PlanFileStore
from bot.core.replies import Reply
from bot.core.views import event_view


async def save(ctx: Context[PlanStore], person: Person, dialog: Dialog) -> list[Reply]:
    """Store what is pending (one event per recurring occurrence), tell whoever the new
    events clash with; a single incomplete draft asks for what is missing instead.

    A plan's lines asked only about their year are saved in that year (`with_years_taken`);
    its other held-back lines are not saved, as the summary said, and «Сохранено» names them
    (`left`: number, row, title, why) with how to send them again. The steps, in order:
    `_save_refused` (another store, no right, a question first), `post_held` (a pasted
    post's missing classes, places, years), `_single_elsewhere` (one event restored or
    updated instead), `_chosen_rows` (which lines are saved), `_store_rows` (the write)
    and `_saved_replies`."""
    pending = dialog.drafts()
    if not pending:
        return [Reply("nothing_pending", {"role": person.role.value})]
    refused = await _save_refused(ctx, person, dialog)
    if refused is not None:
        return refused
    if len(pending) > 1 and all(raw.get(POST_KEY) for raw in dialog.pending):
        held = await post_held(ctx, person, dialog)
        if held is not None:
            return held
        pending = dialog.drafts()
    if len(pending) == 1:
        instead = await _single_elsewhere(ctx, person, dialog, pending[0])
        if instead is not None:
            return instead
    chosen = await _chosen_rows(ctx, person, dialog, pending)
    if chosen.copies and not chosen.rows:
        dialog.clear_pending()
        return [Reply("plan_all_stored", {"count": len(chosen.copies | chosen.repeats)})]
    if not chosen.rows:  # every line still held back (`plan_summary` kept them for «исправь N»)
        return await plan_summary(ctx, person, dialog)
    unread = [shortened_line(line) for line in unread_lines(dialog)] if len(pending) > 1 else []
    known = set(await ctx.orgs())  # a partner the save adds is named by «Сохранено»
    saved = await _store_rows(ctx, person, chosen.rows)
    dialog.clear_pending()
    dialog.last_event = saved[0].id if saved else None
    return await _saved_replies(
        ctx, person, dialog, _Saved(chosen, saved, len(pending), unread, known)
    )


async def _save_refused(
    ctx: Context[PlanStore], person: Person, dialog: Dialog
) -> list[Reply] | None:
    """The replies `save` gives instead of storing here, None when it may go on: drafts for
    other schools (each school's own store: school_cards), a person who may not add events
    (the drafts dropped), an organiser to choose first («Музей» with two museums:
    organiser77), a series joined that was cancelled or is no longer theirs (attack78)."""
    if school_cards.is_for_schools(dialog) and ctx.schools is not None:
        if open_question(person, dialog):
            return await continue_draft(ctx, person, dialog)
        replies = await school_cards.save(ctx, person, dialog)  # each school its own store
        return replies + await restore_stashed(ctx, person, dialog)
    if not can_add_events(person):
        dialog.clear_pending()
        return [Reply("not_allowed_add", {"role": person.role.value})]
    unclear = await organisers.unclear_organiser(ctx, person, dialog.pending)
    if unclear is not None:  # «Музей» with two museums: which one? (organiser77)
        return [Reply("organiser_which", {**unclear, "saving": True})]
    gone = await series_still_joined(ctx, person, dialog)
    if gone is not None:  # the series cancelled or no longer theirs under the card (attack78)
        return [gone]
    return None


async def _single_elsewhere(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, draft: EventDraft
) -> list[Reply] | None:
    """For the one pending draft `draft`: its open question asked again, or — a single
    event, no series — a cancelled copy brought back (readding) or the organiser's own
    event updated (resending); None when it is saved as new."""
    if open_question(person, dialog):
        return await continue_draft(ctx, person, dialog)
    if drafts.is_series(draft):
        return None
    [single] = drafts.to_new_events(
        draft,
        organisation_id=await organisation_for(ctx, person, dialog.pending[0], create=False),
        tz=ctx.config.tz,
        created_by=person.id,
    )
    copy = await readding.cancelled_copy(ctx, person, [single])
    if copy is not None:  # the event cancelled and typed again: bring it back
        replies = await readding.restore(ctx, person, dialog, copy, single)
        return replies + await restore_stashed(ctx, person, dialog)
    if resending.resends(dialog) is not None:  # the organiser's own event typed again
        updated = await resending.update(ctx, person, dialog, single)
        if updated is None:  # changed meanwhile: the card again, as things are now
            return await continue_draft(ctx, person, dialog)
        return updated + await restore_stashed(ctx, person, dialog)
    return None


@dataclass(frozen=True)
class _Chosen:
    """What `save` stores of the pending lines: `rows` (JSON, draft with its year taken),
    the indices of lines already stored (`copies`) or repeating an earlier line
    (`repeats`), and the lines held back (`left`, as «Сохранено» names them)."""

    rows: list[tuple[dict[str, Any], EventDraft]]
    copies: set[int]
    repeats: set[int]
    left: list[dict[str, Any]]


async def _chosen_rows(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, pending: Sequence[EventDraft]
) -> _Chosen:
    """The lines `save` stores: a single draft as it is; of a plan, the complete lines not
    stored already (a plan sent again) nor repeating an earlier line, years asked about
    taken (`with_years_taken`); the incomplete lines held back («send it again with a
    time»)."""
    taken = with_years_taken(dialog, pending)
    copies: set[int] = set()
    repeats: set[int] = set()  # rows repeating an earlier row of the same plan
    if len(pending) > 1:  # a plan sent again: its rows already stored are not saved twice
        copies = set(await stored_copy_ids(ctx, person, dialog.pending))
        repeats = await repeated_rows(ctx, person, dialog.pending, copies)
    rows = [
        (raw, draft)
        for index, (raw, draft) in enumerate(zip(dialog.pending, taken, strict=True))
        if (len(pending) == 1 or drafts.is_complete(draft))  # the rest: «send it again with a time»
        and index not in copies | repeats
    ]
    left = held_lines(ctx, dialog, taken) if len(pending) > 1 else []
    return _Chosen(rows, copies, repeats, left)


async def _store_rows(
    ctx: Context[PlanStore], person: Person, rows: Sequence[tuple[Mapping[str, Any], EventDraft]]
) -> list[Event]:
    """Store the events of `rows` in one `add_events` call (a partner's wait for the
    curator set: agreement.as_added), a file's club rows as one series (club_series), and
    remember each plan file's events (record_files). Returns the stored events in order."""
    new_events: list[NewEvent] = []
    files: list[str | None] = []  # the plan file each new event's row came from
    clubs = await club_series(ctx, rows)
    for index, (raw, draft) in enumerate(rows):
        events = await new_events_of(ctx, person, [(raw, draft)], clubs.get(index))
        new_events += events
        files += [raw.get("file")] * len(events)
    now = ctx.clock.now()
    new_events = agreement.as_added(new_events, person, now)  # a partner's wait (walk t, #16)
    saved = await ctx.store.add_events(new_events, person.id, at=now)
    for name in {f for f in files if f is not None}:
        await record_files(
            ctx, [e.id for e, f in zip(saved, files, strict=True) if f == name], name
        )
    return saved


@dataclass(frozen=True)
class _Saved:
    """A save done: the lines `chosen`, the events `saved`, how many drafts were pending
    (`drafts`), the lines not read (`unread`) and the organisations known before the save
    (`known`: a partner the save added is named)."""

    chosen: _Chosen
    saved: list[Event]
    drafts: int
    unread: list[str]
    known: set[int]


async def _saved_replies(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, done: _Saved
) -> list[Reply]:
    """«Сохранено» with the clash notices of the new events, the curator's agreement
    notices and the drafts put aside coming back."""
    notices = await clash_notices(ctx, person, done.saved, "clash_added")
    context = await _saved_context(ctx, person, done, notices)
    waiting = await agreement_notices.waiting_notices(
        ctx, person, done.saved
    )  # the curator agrees them
    return [
        Reply("saved", context),
        *notices,
        *waiting,
        *await restore_stashed(ctx, person, dialog),
    ]


async def _saved_context(
    ctx: Context[PlanStore], person: Person, done: _Saved, notices: Sequence[Reply]
) -> dict[str, Any]:
    """The «saved» template's context."""
    saved, chosen = done.saved, done.chosen
    clashed = clashed_events(notices)
    return {
        "count": len(saved),
        "drafts": done.drafts,
        # the plan's lines saved, counted as its summary counted them (a row over two days
        # is one line and two meetings: «Сохранено ✅ 6 мероприятий (7 встреч)»)
        "lines": len(chosen.rows),
        "event": event_view(saved[0], await ctx.orgs()),
        # «…: 13 встреч, первая — 13 февраля (пн), последняя — 25 февраля (сб)»: what a
        # series saved by «да» holds is plain (newcomer walk 2026-12-02v, F1)
        "last": saved[-1].start.astimezone(ctx.config.tz).date() if len(saved) > 1 else None,
        # sessions of one day («Сеансы в 11:00 и 13:00»): the last one named by its time,
        # not by the same day again (newcomer walk 2026-12-03y, Y9)
        "last_event": event_view(saved[-1], await ctx.orgs()) if len(saved) > 1 else None,
        # «Сохранено ✅ …, 15 января 2027 года»: a year that is not this calendar year's or
        # this school year's is named
        "show_year": bool(saved)
        and drafts.year_named(saved[0].start.astimezone(ctx.config.tz), ctx.wall_now()),
        "notified": len(notices),
        "clashed": clashed[:SAVER_CLASH_LIMIT],  # named, even if the card showed none
        "clashed_more": max(0, len(clashed) - SAVER_CLASH_LIMIT),
        "left": chosen.left,
        "unread": done.unread,
        "copies": len(chosen.copies),  # rows already stored: not saved twice
        "repeats": len(chosen.repeats),  # rows repeating an earlier row: saved once (attack53 #2)
        # a partner's post pasted by the staff: whose event it now is (organiser76)
        "partner": await organisers.saved_partner(
            ctx, person, [raw for raw, _ in chosen.rows], saved, done.known
        ),
    }


async def club_series(
    ctx: Context[PlanStore], rows: Sequence[tuple[Mapping[str, Any], EventDraft]]
) -> dict[int, int]:
    """A new series id for each group of a file's rows that are one club's meetings
    (file_series.one_club_rows), by row index; {} when there are none (files76)."""
    clubs: dict[int, int] = {}
    for group in one_club_rows(rows):
        clubs |= dict.fromkeys(group, await ctx.store.next_series_id())
    return clubs


async def new_events_of(
    ctx: Context[PlanStore],
    person: Person,
    rows: Sequence[tuple[Mapping[str, Any], EventDraft]],
    club: int | None = None,
) -> list[NewEvent]:
    """The events `person` stores for pending rows (their JSON, their draft): each in its
    organisation (see `organisation_for`), a recurring draft under a new series id; `club`:
    the series id a single meeting's rows share (a file's rows of one club, files76)."""
    new_events: list[NewEvent] = []
    for raw, draft in rows:
        joined = raw.get(JOIN_SERIES_KEY)
        if isinstance(joined, dict):  # one more meeting of a saved series (chat76)
            new_events += drafts.to_new_events(
                draft,
                organisation_id=int(joined["organisation"]),
                tz=ctx.config.tz,
                created_by=person.id,
                series_id=int(joined["series"]),
            )
            continue
        series = club
        if series is None and drafts.is_series(draft):
            series = await ctx.store.next_series_id()
        new_events += drafts.to_new_events(
            draft,
            organisation_id=await organisation_for(ctx, person, raw),
            tz=ctx.config.tz,
            created_by=person.id,
            series_id=series,
        )
    return new_events


async def record_files(ctx: Context[PlanStore], event_ids: Sequence[int], filename: str) -> None:
    """Remember that `event_ids` were saved from the plan file `filename` ("" for a pasted
    table), so that a corrected file sent again is compared with it
    (bot.core.features.plan_updates); nothing where the store cannot keep it."""
    if isinstance(ctx.store, PlanFileStore):
        await ctx.store.record_plan_file(event_ids, filename)
