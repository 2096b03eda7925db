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
from bot.core.features.organisation_names import is_visited_place, organisation_named
from bot.core.features.organisers import ORGANISER_KEY, names_organisers, organisation_for
from bot.core.features.resending import title_key
from bot.core.models import Event, EventDraft, EventStatus, OrgKind, Person

HELD_FOR_A_DAY = frozenset({"partner_plan", "no_day"})
# the partner a date cell names, as written («по графику БФУ», «12.12 — КГТУ»: bot.exports.
# day_cells.plan_owner): read here when no «Организатор» column names one, then dropped
# from the row; a known partner becomes the row's organiser (files76)
PLAN_OWNER_KEY = "plan_owner"
# the name was set off after the day («17.12 (Музей янтаря)»): it may be the place
BESIDE_DAY_KEY = "beside_day"


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
        beside = bool(raw.pop(BESIDE_DAY_KEY, False))
        if owner and beside and not raw.get(ORGANISER_KEY) and not raw.get("venue"):
            raw = await _owner_as_place(ctx, person, raw, str(owner))
            owner = None if raw.get("venue") else owner
        draft = draft_json.draft_from_json(raw)
        if owner and not raw.get(ORGANISER_KEY):  # «по графику БФУ», «12.12 — КГТУ»
            raw = await _owner_named(ctx, person, raw, str(owner))
        event = None
        if "partner_plan" in draft.doubts:
            event = await _partners_event(ctx, person, raw, draft, own)
        linked.append(raw if event is None else {**raw, **_dated(draft, event)})
    return linked


async def _owner_as_place(
    ctx: Context[NoticeStore], person: Person, raw: dict[str, Any], name: str
) -> dict[str, Any]:
    """`raw` (a row naming no place and no organiser) with the name its date cell sets off
    after the day as its place, when that name says where rather than whose: always in a
    partner's own plan (its rows are its own, so «17.12 (Музей янтаря)» is where it meets
    the class); in the school's plan when the name is of a place people go to
    (organisation_names.is_visited_place: a museum, a theatre, a hall — the class's trip),
    written as the known organisation's name when it is one («Музея янтаря» → «Музей
    янтаря»). `raw` as it is otherwise («12.12 — КГТУ»: the university's event, files76).
    files76 filed a school's trip «17.12 (Музей янтаря)» as the museum's own event."""
    named = organisation_named(name, (await ctx.orgs()).values())
    written = named.name if named is not None and named.kind is not OrgKind.SCHOOL else name
    if names_organisers(person) and not is_visited_place(written):
        return raw
    return {**raw, "venue": written}


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
