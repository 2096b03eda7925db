"""A plan file's rows (bot.exports.importer: ImportedRow or RowError) made the pending
drafts: read by the school calendar (lessons, bells, terms), linked to a partner's events,
without the rows the chat cancelled since, and summarised with the bad rows; the same file
sent again while it waits for «да» is said so, and drafts already pending ask the
add / replace / keep-both question first.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from bot.core import draft_json, drafts
from bot.core.dialog import Dialog, DraftChoice
from bot.core.features.chat_cancelled import cancelled_holders
from bot.core.features.context import Context
from bot.core.features.draft_choice import ask_add_or_replace, numbered
from bot.core.features.organisers import organisation_for
from bot.core.features.partner_plan_rows import (
    BESIDE_DAY_KEY,
    PLAN_OWNER_KEY,
    linked_to_partner_events,
)
from bot.core.features.pending_drafts import drop_stale
from bot.core.features.plan_summaries import PlanStore, plan_summary
from bot.core.language.post_draft import in_zone
from bot.core.models import EventDraft, NewEvent, Person
from bot.core.replies import Reply
from bot.core.school_calendar import SchoolCalendar
from bot.core.school_settings import load_school_calendar
from bot.core.term_columns import column_note, in_term_column, term_period
from bot.core.views import event_view


async def import_rows(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, filename: str, rows: Sequence[Any]
) -> list[Reply]:
    """A plan file's rows (bot.exports.importer results: ImportedRow with `.draft` or
    RowError with `.reason`) become the pending drafts, summarised with the bad rows; when
    drafts are pending already, the add / replace / keep-both question comes first."""
    good = [r for r in rows if hasattr(r, "draft")]
    now, tz = ctx.wall_now(), ctx.config.tz
    calendar = await load_school_calendar(ctx.store)  # «после уроков»: the lessons' end
    # rows of several sheets repeat row numbers: lines are then numbered 1..n and shown
    # with their sheet and row, so the number shown is always the number edited
    several_sheets = any(getattr(r, "sheet", None) for r in good)
    # a month grid gives several events per row: they are numbered 1..n (and their row shown)
    repeated = len({r.row_number for r in good}) != len(good)
    read = [(r, _by_calendar(r, calendar, now)) for r in good]
    new = numbered(
        [
            {
                **draft_json.draft_to_json(drafts.with_timing_doubts(in_zone(d, tz), now)),
                "organiser": r.organiser,
                "row": r.row_number,
                "file": filename,
            }
            | ({"apart": True} if repeated else {})  # shown as «N (строка R)»
            | ({"sheet": r.sheet} if getattr(r, "sheet", None) else {})
            | ({"caption": r.caption} if getattr(r, "caption", None) else {})  # «январь 2027»
            | ({PLAN_OWNER_KEY: r.plan_owner} if getattr(r, "plan_owner", None) else {})
            | ({BESIDE_DAY_KEY: True} if getattr(r, "beside_day", False) else {})
            | column_note(d, getattr(r, "period", None), calendar)  # «I полугодие»: its days
            for r, d in read
        ],
        None if several_sheets or repeated else [r.row_number for r in good],
    )
    new = await linked_to_partner_events(ctx, person, new)  # «по плану партнёра» (fix77)
    new, gone = await without_chat_cancelled(ctx, person, new)  # attack 2026-12-03aa, #3
    dropped = drop_stale(ctx, dialog) if new else []
    errors = [
        {"row": r.row_number, "reason": str(r.reason), "value": r.value}
        | ({"sheet": r.sheet} if getattr(r, "sheet", None) else {})
        for r in rows
        if not hasattr(r, "draft")
    ]
    if new and _same_plan_pending(dialog, new):  # sent again while it waits for «да»
        again = await plan_summary(
            ctx, person, dialog, row_errors=errors, filename=filename, chat_cancelled=gone
        )
        return [*dropped, Reply("plan_already_pending", {"count": len(new)}), *again]
    if dialog.pending and new:
        return ask_add_or_replace(dialog, new)
    dialog.clear_pending()
    dialog.pending = new
    summary = await plan_summary(
        ctx, person, dialog, row_errors=errors, filename=filename, chat_cancelled=gone
    )
    return [*dropped, *summary]


def _by_calendar(row: Any, calendar: SchoolCalendar, now: datetime) -> EventDraft:
    """A plan file's row's draft read by the school calendar: timed when its time cell
    gives the time by lessons («после уроков» at its grades' lessons' end, «после 6 урока»
    by the bell schedule), a period grid's day checked by the school's own terms (files66),
    a row naming a whole term given the term's days (files74; `now`: the school's naive
    wall clock); as it is otherwise."""
    draft = drafts.at_lessons_end(row.draft, calendar)
    draft = drafts.at_bells(draft, getattr(row, "lesson", None), calendar)
    period = getattr(row, "period", None)
    draft = term_period(draft, period, getattr(row, "held", None), calendar, now)
    return in_term_column(draft, period, calendar)


async def without_chat_cancelled(
    ctx: Context[PlanStore], person: Person, rows: Sequence[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A plan file's pending rows (JSON drafts) without those that are events the chat
    cancelled since — every meeting of the row a cancelled event of the organisation it
    would be saved for, at that slot now or before (bot.core.features.chat_cancelled) — so
    that «да» does not bring them back as new live events (attack 2026-12-03aa, #3); and
    those as the summary names them: {"number", "row", "sheet", "event": the row's first
    meeting, "was": the cancelled event} (event_view shapes, school-zone times)."""
    orgs = await ctx.orgs()
    meetings: list[list[NewEvent]] = []
    for raw in rows:
        draft = draft_json.draft_from_json(raw)
        meetings.append(
            drafts.to_new_events(
                draft,
                organisation_id=await organisation_for(ctx, person, raw, create=False),
                tz=ctx.config.tz,
                created_by=person.id,
            )
            if drafts.is_complete(draft)
            else []
        )
    holders = iter(await cancelled_holders(ctx.store, [e for row in meetings for e in row]))
    kept: list[dict[str, Any]] = []
    gone: list[dict[str, Any]] = []
    for raw, events in zip(rows, meetings, strict=True):
        found = [next(holders) for _ in events]
        if not events or any(e is None for e in found):
            kept.append(raw)
            continue
        was = found[0]
        assert was is not None
        line = {"number": raw.get("line"), "row": raw.get("row"), "sheet": raw.get("sheet")}
        gone.append(line | {"event": event_view(events[0], orgs), "was": event_view(was, orgs)})
    return kept, gone


def _same_plan_pending(dialog: Dialog, new: Sequence[Mapping[str, Any]]) -> bool:
    """Whether the pending plan is `new` as it came (the same rows, their numbers, whatever
    the file's name: a methodist re-sending the file after no answer, walk t #4), with no
    add / replace / keep-both question open. A plan whose lines were fixed or dropped since
    is another plan: that question is asked."""
    if isinstance(dialog.waiting, DraftChoice) and dialog.incoming:
        return False

    def bare(rows: Sequence[Mapping[str, Any]]) -> list[str]:
        return sorted(
            json.dumps({k: v for k, v in r.items() if k != "file"}, sort_keys=True, default=str)
            for r in rows
        )

    return len(dialog.pending) == len(new) and bare(dialog.pending) == bare(new)
