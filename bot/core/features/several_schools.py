"""A partner of several schools: one event for several of them («…, для гимназии №32 и лицея
№23») and its events in another school («мои события в лицее №23»).

Each school keeps its own store; this module reaches the others through the deployment's
bot.core.ports.Schools. On a single-school deployment (no `schools`) both answer politely
that the deployment has one school.
"""

from __future__ import annotations

import logging

from bot.core import draft_json
from bot.core.dialog import Dialog
from bot.core.features.adding import continue_draft
from bot.core.features.context import Context, Routes
from bot.core.features.plans import add_events
from bot.core.features.queries import MINE_HORIZON, mine
from bot.core.features.school_cards import SCHOOLS_KEY, Member, is_for_schools, member_of
from bot.core.language.meaning import AddEvents, AddForSchools, MineAtSchool
from bot.core.language.schools import SchoolMention, matches, named_schools, resolve
from bot.core.models import Person
from bot.core.permissions import can_edit
from bot.core.ports import SchoolRef, Schools, Store
from bot.core.replies import Reply
from bot.core.views import days_view

log = logging.getLogger(__name__)

LIST_LIMIT = 30  # as bot.core.features.queries


async def on_add_for_schools(
    ctx: Context[Store], person: Person, dialog: Dialog, intent: AddForSchools
) -> list[Reply]:
    """Start one event for the named schools: refuse (per school) where the sender is not
    linked, then the usual questions and the card with each school's clashes."""
    if ctx.schools is None:
        if _names_this_school(ctx, intent.schools):  # «…для школы №5» written to school 5
            return await add_events(ctx, person, dialog, AddEvents((intent.draft,)))
        return [Reply("schools_single", {"school": ctx.config.school_name})]
    if dialog.pending and not is_for_schools(dialog):
        return [
            Reply("schools_pending_first", {"title": dialog.drafts()[0].title})
        ]  # a draft for this school is open
    dialog.clear_pending()  # a new version of the open event for several schools
    refs, unknown = resolve(intent.schools, ctx.schools.refs())
    if unknown:
        return [_unknown(ctx, unknown)]
    refused, linked = await _linked(ctx.schools, person.vk_id, refs)
    replies = (
        [Reply("schools_refused", {"schools": refused, "any": bool(linked)})] if refused else []
    )
    if not linked:
        return replies
    dialog.pending = [{**draft_json.draft_to_json(intent.draft), SCHOOLS_KEY: linked}]
    dialog.audience_asked = False
    return replies + await continue_draft(ctx, person, dialog)


async def on_mine_at_school(
    ctx: Context[Store], person: Person, dialog: Dialog, intent: MineAtSchool
) -> list[Reply]:
    """The next 60 days of the sender's organisation's events in the school named. Read
    only here: the list is not numbered for «отмени 2» in this community (those numbers
    would mean this school's events); changes are made in that school's community."""
    if ctx.schools is None:
        own = named_schools(ctx.config.school_name)
        if intent.school.kind is not None and any(
            (m.kind, m.number) == (intent.school.kind, intent.school.number) for m in own
        ):
            return await mine(ctx, person, dialog)  # «со школой №7» asked in school №7's own
        return [Reply("schools_single", {"school": ctx.config.school_name})]
    refs, unknown = resolve([intent.school], ctx.schools.refs())
    if unknown:
        return [_unknown(ctx, unknown)]
    ref = refs[0]
    if ctx.school_ref is not None and ref.key == ctx.school_ref.key:
        return await mine(ctx, person, dialog)  # the usual list, numbered
    try:
        member = await member_of(ctx.schools, person.vk_id, ref)
        if member.person is None or member.person.organisation_id is None:
            return [Reply("schools_not_linked", {"school": ref.name})]
        return [await _events_there(member, member.person)]
    except Exception:  # that school's store is unreachable now
        log.exception("failed to list events in school %s", ref.key)
        return [Reply("schools_unavailable", {"school": ref.name})]


async def _events_there(member: Member, person: Person) -> Reply:
    """The sender's own events of the next 60 days in one other school, by day, as «мои
    события» lists them there: their organisation's, and of those a teacher's only the
    ones they added (bot.core.permissions.can_edit as that school knows `person`)."""
    store = member.core.store
    now = member.core.clock.now()
    org_id = person.organisation_id
    events = await store.events_between(now, now + MINE_HORIZON, organisation_id=org_id)
    events = [e for e in events if can_edit(person, e)]
    shown = events[:LIST_LIMIT]
    orgs = {o.id: o for o in await store.list_organisations()}
    context = {
        "school": member.ref.name,
        "days": days_view(shown, orgs),
        "more": len(events) - len(shown),
    }
    return Reply("schools_my_events", context)


async def _linked(
    schools: Schools, vk_id: int, refs: list[SchoolRef]
) -> tuple[list[str], list[str]]:
    """(names of the schools where the sender is not linked, keys of the others). A school
    whose store cannot be read now counts as linked: its card line says so, and saving
    checks the link again."""
    refused: list[str] = []
    linked: list[str] = []
    for ref in refs:
        try:
            member = await member_of(schools, vk_id, ref)
        except Exception:
            log.exception("failed to look the sender up in school %s", ref.key)
            linked.append(ref.key)
            continue
        if member.person is None:
            refused.append(ref.name)
        else:
            linked.append(ref.key)
    return refused, linked


def _names_this_school(ctx: Context[Store], mentions: tuple[SchoolMention, ...]) -> bool:
    """Whether every school named is this single-school deployment's own (its name)."""
    own = SchoolRef("", ctx.config.school_name)
    return bool(mentions) and all(matches(m, own) for m in mentions)


def _unknown(ctx: Context[Store], unknown: list[SchoolMention]) -> Reply:
    assert ctx.schools is not None
    return Reply(
        "schools_unknown",
        {"unknown": [m.written for m in unknown], "schools": [r.name for r in ctx.schools.refs()]},
    )


ROUTES: Routes = {AddForSchools: on_add_for_schools, MineAtSchool: on_mine_at_school}
