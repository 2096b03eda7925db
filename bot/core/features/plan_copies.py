"""A plan's rows that are events already stored, or that repeat an earlier row of the same
plan: a plan file sent again, or a row copied twice in Excel, is never saved a second time
(by «да»: bot.core.features.plan_saving; by «обнови прежние»: bot.core.features.plan_updates),
and the plan's summary says its repeated rows before «да» (plan_summaries).

Two events are the same row when `copy_key` matches: title and venue as
`resending.title_key` reads them, start, end, all-day flag and classes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.core import draft_json, drafts
from bot.core.features import resending
from bot.core.features.context import Context
from bot.core.features.notices import NoticeStore
from bot.core.features.organisers import organisation_for
from bot.core.models import Event, EventStatus, NewEvent, Person


async def stored_copies(
    ctx: Context[NoticeStore], person: Person, pending: Sequence[dict[str, Any]]
) -> set[int]:
    """Indices of the complete rows of a plan that are exactly live stored events of the
    organisation they would be saved for (the same title and venue as `resending.title_key`
    compares them, start, end and classes): a file sent again, or a row repeated in it, is
    never saved a second time by «да» or «обнови прежние» (walk p, #11 and #15). A row of a
    series («20-22.01.2027», a repeat) is a copy when every one of its meetings is stored so
    (walk t, #4: the courses were saved twice and clashed with themselves)."""
    stored = set(await stored_copy_ids(ctx, person, pending))
    return stored | await repeated_rows(ctx, person, pending, stored)


async def repeated_rows(
    ctx: Context[NoticeStore], person: Person, pending: Sequence[dict[str, Any]], skip: set[int]
) -> set[int]:
    """Indices of the complete rows of a plan whose every meeting an earlier row of the same
    plan (not in `skip`) already makes, as `copy_key` compares them with the row's notes
    (its other columns, `EventDraft.description`): a row copied twice in
    Excel is saved once, as it would be were it sent again in a second file (attack53 #2:
    «да» saved two identical events for the same classes)."""
    return set(await repeated_of(ctx, person, pending, skip))


async def repeated_of(
    ctx: Context[NoticeStore], person: Person, pending: Sequence[dict[str, Any]], skip: set[int]
) -> dict[int, int]:
    """`repeated_rows` as {repeating row's index: the index of the first row it repeats}: the
    plan's summary says them before «да» (review53 #7: «Сохранить все 4», «да» saved 2)."""
    first: dict[tuple[Any, ...], int] = {}
    found: dict[int, int] = {}
    for index, raw in enumerate(pending):
        draft = draft_json.draft_from_json(raw)
        if index in skip or not drafts.is_complete(draft):
            continue
        org = await organisation_for(ctx, person, raw, create=False)
        meetings = drafts.to_new_events(
            draft, organisation_id=org, tz=ctx.config.tz, created_by=person.id
        )
        # rows differing only in a column kept as a note («Кабинет» beside «Место»,
        # «Примечание») are two rows, not one typed twice (review53 #7)
        note = resending.title_key(draft.description or "")
        keys = {(org, note, *copy_key(new)) for new in meetings}
        if keys and keys <= first.keys():
            found[index] = min(first[key] for key in keys)
        for key in keys:
            first.setdefault(key, index)
    return found


async def stored_copy_ids(
    ctx: Context[NoticeStore], person: Person, pending: Sequence[dict[str, Any]]
) -> dict[int, set[int]]:
    """`stored_copies` with the ids of the stored events each such row is: {row index in
    `pending`: event ids}."""
    now = ctx.clock.now()
    stored: dict[int, dict[tuple[Any, ...], set[int]]] = {}
    found: dict[int, set[int]] = {}
    for index, raw in enumerate(pending):
        draft = draft_json.draft_from_json(raw)
        if not drafts.is_complete(draft):
            continue
        org = await organisation_for(ctx, person, raw, create=False)
        if org not in stored:
            live = await ctx.store.events_between(now, None, organisation_id=org)
            keys: dict[tuple[Any, ...], set[int]] = {}
            for event in live:
                if event.status is not EventStatus.CANCELLED:
                    keys.setdefault(copy_key(event), set()).add(event.id)
            stored[org] = keys
        meetings = drafts.to_new_events(
            draft, organisation_id=org, tz=ctx.config.tz, created_by=person.id
        )
        if meetings and all(copy_key(new) in stored[org] for new in meetings):
            found[index] = {i for new in meetings for i in stored[org][copy_key(new)]}
    return found


def copy_key(event: Event | NewEvent) -> tuple[Any, ...]:
    """What makes two events the same stored row: title and venue (as
    `resending.title_key` reads them), start, end, all-day flag and classes."""
    return (
        resending.title_key(event.title),
        event.start,
        event.end,
        event.all_day,
        resending.title_key(event.venue or ""),
        event.audience,
    )
