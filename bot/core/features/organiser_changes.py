"""A saved event given to another organiser (owner77): «организатор — КГТУ», «это
мероприятие школы», «проводит Музей янтаря», «организатор спектакля — Драмтеатр» with no
card open (bot.core.language.organiser_change) -> for a series, which meetings -> a change
card «Организатор: Школа → КГТУ» (a name no organisation has: «да» adds it as a partner)
-> «да» stores it in one transaction (bot.core.features.changing.apply_change), tells the
former and the new organiser, the curators, and keeps what «верни» needs.

Who may: whoever may change the event (bot.core.permissions.can_edit: the curator, the
partner whose event it is, the teacher who entered it). A partner gives its event only to
the school, never to another partner, and takes none of the school's (can_edit refuses it);
a student changes no event. Every «да» is the person's own card, kept in their dialog: a
forged button names no organisation.
"""

from __future__ import annotations

from bot.core.dialog import ChangeKind, Dialog, PlannedChange
from bot.core.features import organisation_names, organisers
from bot.core.features.cancel_by_text import matching_events, not_found
from bot.core.features.changing import ChangingStore, ask_change, editable
from bot.core.features.context import Context, Routes
from bot.core.language.meaning import OrganiserOfSaved
from bot.core.language.organiser_change import OrganiserChangeSaid
from bot.core.language.organiser_named import SCHOOL, schools_own
from bot.core.language.understanding.list_answers import listed_target
from bot.core.models import Event, Organisation, OrgKind, Person, Role
from bot.core.replies import Reply
from bot.core.views import days_view, event_view


async def on_organiser_of_saved(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, said: OrganiserOfSaved
) -> list[Reply]:
    """The change card of the saved event's new organiser (see the module's docstring), or
    the reply saying why not: a student's words, no event meant, someone else's event, a
    partner naming another partner, a name no known organisation fits in a form it cannot
    be added from («мероприятие музея»), the organiser it already has."""
    own = (await ctx.orgs()).get(await ctx.organisation_of(person))
    if person.role is Role.STUDENT or said.said is None:
        shown = own.name if own and not organisers.names_organisers(person) else ""
        return [Reply("organiser_of_saved", {"role": person.role.value, "own": shown})]
    change = said.said
    meant = await _event_meant(ctx, person, dialog, change)
    if not isinstance(meant, Event):
        return meant
    event = await editable(ctx, person, meant.id)
    if isinstance(event, Reply):
        return [event]
    dialog.last_event = event.id
    staff = organisers.names_organisers(person)
    # only staff are asked which of several: a partner is matched among the school and
    # its own organisation only, and learns no other partner's name (attack77)
    several = await _several_fit(ctx, change) if staff else []
    if several:
        return [organisers.which_one(change.name, several)]
    target = await _target(ctx, change, None if staff else (own.id if own else 0))
    view = event_view(event, await ctx.orgs())
    if target is None and staff:
        return [Reply("organiser_unknown", {"event": view, "named": change.name})]
    if target is None or not _may_give(person, own, target):
        # the name as written: a partner learns no other partner's name (attack77)
        context = {"event": view, "own": own.name if own else "", "named": change.name}
        return [Reply("organiser_give_refused", context)]
    if isinstance(target, Organisation) and target.id == event.organisation_id:
        return [Reply("edit_same", {"event": view, "field": "organiser"})]
    planned = PlannedChange(
        ChangeKind.EDIT,
        event.id,
        fields=("organiser",),
        organisation_id=target.id if isinstance(target, Organisation) else None,
        organiser=target if isinstance(target, str) else None,
    )
    return await ask_change(ctx, person, dialog, planned)


async def _event_meant(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, change: OrganiserChangeSaid
) -> Event | list[Reply]:
    """The saved event the change is about: its number on the last list, the one of the
    person's that its title words name, or the one last looked at; else the replies (none
    found, several to choose from by number, no event in view)."""
    if change.reference:
        found = await matching_events(ctx, person, change.reference)
        if len({e.series_id for e in found}) == 1 and found[0].series_id is not None:
            return min(found, key=lambda e: e.start)  # one series' meetings: the scope asked
        if len(found) == 1:
            return found[0]
        if not found:
            return [await not_found(ctx, person, change.reference, "edit_not_found")]
        return await _which(ctx, dialog, found, change.name)
    event_id = listed_target(dialog, change.number)
    event = await ctx.store.get_event(event_id) if event_id is not None else None
    if event is None:
        return [Reply("organiser_which_event", {"days": [], "named": change.name})]
    return event


async def _which(
    ctx: Context[ChangingStore], dialog: Dialog, found: list[Event], named: str
) -> list[Reply]:
    """Several of the person's events fit the words: the list to name one by its number
    («организатор 2 — КГТУ»); nothing changes."""
    shown = found[:8]
    dialog.listed = [e.id for e in shown]
    days = days_view(shown, await ctx.orgs(), today=ctx.wall_now().date())
    return [Reply("organiser_which_event", {"days": days, "named": named})]


async def _several_fit(
    ctx: Context[ChangingStore], change: OrganiserChangeSaid
) -> list[Organisation]:
    """The known organisations `change.name` fits when it fits more than one
    («музей» with two museum partners: organisation_names.organisations_matching), else [];
    the change then asks which and no partner is added (organiser77's rule for pasted posts
    and questions, kept for changes of a saved event)."""
    if change.name == SCHOOL:
        return []
    found = organisation_names.organisations_matching(change.name, (await ctx.orgs()).values())
    return found if len(found) > 1 else []


async def _target(
    ctx: Context[ChangingStore], change: OrganiserChangeSaid, partner: int | None
) -> Organisation | str | None:
    """The organisation the change names (organisation_names.organisation_named; SCHOOL: the
    school's), or the name of a partner «да» will add (as written, in its own form, and
    a name, not a bare «музей» — the one of several museums it means is asked), or None.
    For a partner's representative (`partner`: their organisation's id) only the school and
    `partner` itself are looked among, and no new name is offered: what it may give to
    (attack77: matching every partner answered which exist, by their full names)."""
    if change.name == SCHOOL:
        return await ctx.school()
    known = list((await ctx.orgs()).values())
    if partner is not None:
        known = [o for o in known if o.kind is OrgKind.SCHOOL or o.id == partner]
    found = organisation_names.organisation_named(change.name, known)
    if found is not None or partner is not None:
        return found
    if not change.exact or schools_own(change.name) or not change.name[0].isupper():
        return None
    return change.name


def _may_give(person: Person, own: Organisation | None, target: Organisation | str) -> bool:
    """Whether `person` may give an event they may change to `target`: the school's staff
    to anyone; a partner only to the school (its event is its own or the school's, never
    another partner's: owner77)."""
    if organisers.names_organisers(person):
        return True
    if not isinstance(target, Organisation):
        return False
    return target.kind is OrgKind.SCHOOL or (own is not None and target.id == own.id)


ROUTES: Routes = {OrganiserOfSaved: on_organiser_of_saved}
