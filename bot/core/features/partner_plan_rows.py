"""A plan file's row whose day is in a partner's plan («по плану партнёра», fix77), linked to
the partner's own event when the partner's plan already holds it.

The importer holds such a row with the doubt `partner_plan` (bot.exports.day_cells.
partner_plan): the school's file gives no day. When the row names its partner (the file's
«Организатор» column, matched by features.organisers.organisation_for; without one, a known
partner the date cell names — «по графику БФУ», files76) and that partner has
exactly one live event of the same title from now on (resending.title_key: case, quotes and
«ё» aside), the row is that event: it takes the event's day, hours and (when the row names
none) place, so the summary finds it already stored (not saved twice) or names what differs
(«Похоже, это обновлённый план»: classes, a place) instead of asking for a day the partner
has already given.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from bot.core import draft_json
from bot.core.features.context import Context
from bot.core.features.notices import NoticeStore
from bot.core.features.organisation_names import organisation_named
from bot.core.features.organisers import ORGANISER_KEY, names_organisers, organisation_for
from bot.core.features.resending import title_key
from bot.core.models import Event, EventDraft, EventStatus, OrgKind, Person

HELD_FOR_A_DAY = frozenset({"partner_plan", "no_day"})
# the partner a date cell names, as written («по графику БФУ», «12.12 — КГТУ»: bot.exports.
# day_cells.plan_owner): read here when no «Организатор» column names one, then dropped
# from the row; a known partner becomes the row's organiser (files76)
PLAN_OWNER_KEY = "plan_owner"


async def linked_to_partner_events(
    ctx: Context[NoticeStore], person: Person, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """`rows` (pending JSON drafts, aware school-zone times) with every `partner_plan` row
    whose partner's plan holds its event given that event's day and time (see the module
    docstring); the other rows as they are."""
    own = await ctx.organisation_of(person)
    linked = []
    for raw in rows:
        owner = raw.pop(PLAN_OWNER_KEY, None)
        draft = draft_json.draft_from_json(raw)
        if owner and not raw.get(ORGANISER_KEY):  # «по графику БФУ», «12.12 — КГТУ»
            raw = await _owner_named(ctx, person, raw, str(owner))
        event = None
        if "partner_plan" in draft.doubts:
            event = await _partners_event(ctx, person, raw, draft, own)
        linked.append(raw if event is None else {**raw, **_dated(draft, event)})
    return linked


async def _owner_named(
    ctx: Context[NoticeStore], person: Person, raw: dict[str, Any], owner: str
) -> dict[str, Any]:
    """`raw` with the known partner its date cell names («по графику БФУ») as its organiser
    (the partner's name as stored: the cell's «Музея янтаря» is «Музей янтаря»), so the row
    is looked up in that partner's plan and, once dated, saved as that partner's event;
    `raw` as it is when the name fits no partner or several, or the author may not name
    organisers (a partner's rows are its own; a new name is never made a partner here)."""
    if not names_organisers(person):
        return raw
    named = organisation_named(owner, (await ctx.orgs()).values())
    if named is None or named.kind is OrgKind.SCHOOL:
        return raw
    return {**raw, ORGANISER_KEY: named.name}


async def _partners_event(
    ctx: Context[NoticeStore], person: Person, raw: dict[str, Any], draft: EventDraft, own: int
) -> Event | None:
    """The one live event from now on of the partner the row names (`own`, the author's
    organisation, when it names none: then None) whose title is the row's
    (resending.title_key); None for none or several."""
    org = await organisation_for(ctx, person, raw, create=False)
    if org == own:
        return None  # no partner named: the school's own plan has no day either
    live = await ctx.store.events_between(ctx.clock.now(), None, organisation_id=org)
    wanted = title_key(draft.title)
    same = [
        e for e in live if e.status is not EventStatus.CANCELLED and title_key(e.title) == wanted
    ]
    return same[0] if len(same) == 1 else None


def _dated(draft: EventDraft, event: Event) -> dict[str, Any]:
    """`draft` on `event`'s day and hours (an all-day event's end as drafts keep it: the
    last day's midnight, None for one day) and at its place when the row names none, its
    held-for-a-day doubts dropped."""
    end: Any = event.end if event.end_given else None
    if event.all_day:
        last = event.end - timedelta(days=1)
        end = last if last.date() > event.start.date() else None
    dated = replace(
        draft,
        start=event.start,
        end=end,
        all_day=event.all_day,
        time_known=True,
        venue=draft.venue or event.venue,  # the place the partner gave, unless the row has one
        doubts=tuple(d for d in draft.doubts if d not in HELD_FOR_A_DAY),
        choices=(),
    )
    return draft_json.draft_to_json(dated)
