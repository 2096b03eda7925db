"""The curator's agreement of events in the chat (newcomer walk 2026-12-02t, #16).

A partner's (or a teacher's) new event waits for the curator; the curator's own are agreed
as they are stored (bot.core.agreement.as_added). Each curator hears of each new waiting
event (`waiting_notices`) and answers «согласовано» (the last one told, or the only one
waiting), «согласую <event>», «согласовать всё [от <partner>]»; «что ждёт согласования?»
lists them. «не согласовываю <event>» changes nothing: the reply says what to do instead —
cancel it with a reason, or ask the partner to move it — because a refusal with no reason
or new time tells the partner nothing they can act on, and a cancel is a card that waits
for «да» and can be undone (bot.core.features.changing). The organisers hear of the
agreement through the outbox like any other notice. A partner asks «что у меня
согласовано?» or «а мою встречу одобрили?». Who may agree: bot.core.permissions.can_agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from bot.core import agreement
from bot.core.access import EventChangedError
from bot.core.clashes import check_clashes
from bot.core.dialog import Dialog, ResetQuestion
from bot.core.features import agreement_notices, school_twins, undo
from bot.core.features.agreement_notices import NOTICE_LIMIT
from bot.core.features.authors import organisers
from bot.core.features.cancel_by_text import matching_events
from bot.core.features.changing import ChangingStore, changed_meanwhile
from bot.core.features.context import Commands, Context, Routes
from bot.core.features.notices import agree_buttons, parts_key
from bot.core.features.organisation_names import (
    name_lemmas,
    organisation_named,
    organisations_matching,
)
from bot.core.features.organisers import which_one
from bot.core.features.people import EventReader
from bot.core.features.queries import LIST_LIMIT
from bot.core.language.agreement_phrases import names_an_event
from bot.core.language.buttons import ButtonAction, payload
from bot.core.language.commands import Command, CommandKind
from bot.core.language.meaning import Agreement, AgreementKind
from bot.core.models import Event, EventStatus, Organisation, Person, Role
from bot.core.permissions import can_agree, can_edit
from bot.core.replies import Button, Reply
from bot.core.views import EventView, clash_view, event_view


def _waits(person: Person, event: Event) -> bool:
    """Whether `event` waits for the curator (the person is not asked)."""
    return not event.agreed


async def upcoming(ctx: Context[EventReader], person: Person, *, waiting_only: bool) -> list[Event]:
    """Live events not over, from now on with no horizon (a term's plan is agreed months
    ahead): every one for the curator, one's own (can_edit) for others; only those waiting
    with `waiting_only`. In start order."""
    now = ctx.clock.now()
    events = [
        e
        for e in await ctx.store.events_between(now, None)
        if e.status is not EventStatus.CANCELLED and e.end > now
    ]
    if not can_agree(person):
        events = [e for e in events if can_edit(person, e)]
    return [e for e in events if not e.agreed] if waiting_only else events


def state_view(event: Event, orgs: Mapping[int, Organisation], ctx: Context[Any]) -> EventView:
    """`event` for a template with its agreement: "agreed_on", the school-local day it was
    agreed (None: waiting)."""
    view = event_view(event, orgs, today=ctx.wall_now().date())
    at = event.agreed_at
    view["agreed_on"] = None if at is None else at.astimezone(ctx.config.tz).date()
    return view


async def _numbered(
    ctx: Context[EventReader], dialog: Dialog, shown: Sequence[Event]
) -> list[EventView]:
    """`shown` as numbered views with their agreement (state_view, "number" from 1), and
    remembered as the dialog's list so that «согласую 2» names the second (an empty list
    keeps the last one)."""
    dialog.listed = [e.id for e in shown] or dialog.listed
    orgs = await ctx.orgs()
    items = []
    for number, event in enumerate(shown, 1):
        view = state_view(event, orgs, ctx)
        view["number"] = number
        items.append(view)
    return items


async def on_agreement(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, intent: Agreement
) -> list[Reply]:
    """Every message about agreement; agreeing itself only for can_agree."""
    if person.role is Role.STUDENT:
        return [Reply("not_understood", {"role": person.role.value})]
    if intent.kind is AgreementKind.WAITING:
        return await _listed(ctx, person, dialog, waiting_only=True)
    if intent.kind is AgreementKind.STATE:
        return await _state(ctx, person, dialog, intent.reference)
    if not can_agree(person):  # a partner's or a teacher's «согласовано» agrees nothing
        return [Reply("agreement_not_allowed", {"role": person.role.value})]
    if intent.otherwise is not None:  # under the curator's own open card (attack v, #27)
        return await _card_or_agreement(ctx, person, dialog)
    if intent.excepted:  # «всё, кроме КГТУ»: never agree what is excepted (attack v, #3)
        return await _which(ctx, person, dialog, await upcoming(ctx, person, waiting_only=True))
    if intent.kind is AgreementKind.AGREE_ALL:
        return await _agree_all(ctx, person, dialog, intent.organiser)
    if intent.kind is AgreementKind.REFUSE:
        return await _refuse(ctx, person, dialog, intent.reference)
    if intent.event_id is not None:
        return await _pressed(ctx, person, dialog, intent.event_id, intent.version)
    return await _agree_one(ctx, person, dialog, intent.reference)


async def _card_or_agreement(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog
) -> list[Reply]:
    """A bare «согласовано» while the curator's own card is open: neither saved nor agreed;
    the reply asks which is meant — «да» saves the card, «согласую 1» agrees the waiting
    event (the one the last notice asked about first). The card stays open."""
    waiting = await upcoming(ctx, person, waiting_only=True)
    asked = await agreement_notices.last_asked(ctx, person) or []
    waiting.sort(key=lambda e: e.id not in asked)  # stable: the asked one first
    items = await _numbered(ctx, dialog, waiting[:LIST_LIMIT])
    drafts = dialog.drafts()
    title = drafts[0].title if len(drafts) == 1 else None
    context = {"items": items, "card": title, "cards": len(drafts)}
    return [Reply("agreement_or_card", context)]


async def _pressed(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    event_id: int,
    version: int | None,
) -> list[Reply]:
    """The notice's «✅ Согласовать»: that event, when it is still live (a cancelled one or
    one over is not agreed) and as the notice showed it (`version`); changed since (moved,
    renamed, or a button without a version), it is shown as it is now with a new button,
    and nothing is agreed unseen (attack v, #16)."""
    orgs = await ctx.orgs()
    pressed = await ctx.store.get_event(event_id)
    if pressed is None:
        return [Reply("no_event_to_edit")]
    if pressed.status is EventStatus.CANCELLED:
        return [Reply("agreement_cancelled", {"event": event_view(pressed, orgs)})]
    if pressed.end <= ctx.clock.now():
        return [Reply("edit_event_over", {"event": event_view(pressed, orgs)})]
    dialog.last_event = pressed.id
    if pressed.agreed:
        view = state_view(pressed, orgs, ctx)
        return [Reply("agreement_state", {"event": view, "curator": True})]
    if version != pressed.version:
        view = state_view(pressed, orgs, ctx)
        context = {"event": view, "ids": [pressed.id]}
        return [Reply("agreement_stale", context, buttons=(agree_buttons(pressed),))]
    waiting = await upcoming(ctx, person, waiting_only=True)
    return await _agree(ctx, person, dialog, [pressed], len(waiting) - 1)


async def _listed(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    *,
    waiting_only: bool,
    missing: str = "",
) -> list[Reply]:
    """The events waiting (the curator: all; others: their own), or one's own with their
    state; numbered, so «согласую 2» agrees the second. `missing`: the words of an asked
    event none of these is, named first («Среди ваших мероприятий нет …»)."""
    events = await upcoming(ctx, person, waiting_only=waiting_only)
    shown = events[:LIST_LIMIT]
    items = await _numbered(ctx, dialog, shown)
    context = {
        "items": items,
        "more": len(events) - len(shown),
        "waiting_only": waiting_only,
        "curator": can_agree(person),
        "missing": missing,
    }
    return [Reply("agreement_list", context)]


async def _state(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, reference: str
) -> list[Reply]:
    """«что у меня согласовано?» (every own event with its state) or «а мою встречу
    одобрили?» (the own event the words name; when they name none of them — «мою
    встречу» — the only own event, else the list). Words that name an event none of
    theirs is («а мастер-класс по робототехнике одобрили?» from the museum) get «Среди ваших
    мероприятий нет …» and the own list, never the only own event's state (attack v, #25)."""
    if can_agree(person) and not reference:
        return await _listed(ctx, person, dialog, waiting_only=True)
    if not reference:
        return await _listed(ctx, person, dialog, waiting_only=False)
    found = await matching_events(ctx, person, reference, horizon=None)
    if not found and names_an_event(reference):  # not theirs: never another's state
        return await _listed(ctx, person, dialog, waiting_only=False, missing=reference)
    if not found:
        own = await upcoming(ctx, person, waiting_only=False)
        found = own if len(own) == 1 else []
    if len(found) != 1:
        return await _listed(ctx, person, dialog, waiting_only=False)
    dialog.last_event = found[0].id
    view = state_view(found[0], await ctx.orgs(), ctx)
    return [Reply("agreement_state", {"event": view, "curator": can_agree(person)})]


async def _agree_one(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    reference: str,
) -> list[Reply]:
    """«согласовано» (the only waiting event; several: listed to choose, never a guess —
    attack v, #4), «согласую 2» (the last list's second; not a cancelled or past one: attack
    v, #5), «согласую интенсив» (the waiting
    event the words name; several: listed to choose). The notice's button: `_pressed`."""
    waiting = await upcoming(ctx, person, waiting_only=True)
    orgs = await ctx.orgs()
    if _NUMBERS.fullmatch(reference):  # «согласую 2», «согласую 1 и 2» (attack w, #13)
        found = []
        for number in dict.fromkeys(int(n) for n in re.findall(r"\d+", reference)):
            listed = await _listed_event(ctx, dialog, number)
            if isinstance(listed, Reply):
                return [listed]
            found.append(listed)
        pending = [e for e in found if not e.agreed]
        if len(pending) > 1:
            return await _agree(ctx, person, dialog, pending, len(waiting) - len(pending))
        found = pending or found[:1]
    elif reference:
        found = await matching_events(ctx, person, reference, may=_waits, horizon=None)
        if not found:
            done = await matching_events(ctx, person, reference, horizon=None)
            if done:
                view = state_view(done[0], orgs, ctx)
                return [Reply("agreement_state", {"event": view, "curator": True})]
            return [Reply("agreement_not_found", {"reference": reference})]
    else:
        return await _agree_asked(ctx, person, dialog, waiting)
    if len(found) > 1:
        return await _which(ctx, person, dialog, found, excepted=False)
    event = found[0]
    if event.agreed:
        view = state_view(event, orgs, ctx)
        return [Reply("agreement_state", {"event": view, "curator": True})]
    return await _agree(ctx, person, dialog, [event], len(waiting) - 1)


# «1», «1 и 2», «1, 2» (commas are gone by then: «1 2»), «1 и 2 и 3»
_NUMBERS = re.compile(r"\d{1,3}(?:(?:\s*,\s*|\s+(?:и\s+)?)\d{1,3})*")


async def _listed_event(ctx: Context[ChangingStore], dialog: Dialog, number: int) -> Event | Reply:
    """The event `number` of the last list, or the reply why it is not agreed: not on the
    list, gone, cancelled or over (an out-of-date list: attack v, #5)."""
    if not 0 < number <= len(dialog.listed):
        return Reply("not_on_list", {"number": number, "listed": len(dialog.listed)})
    event = await ctx.store.get_event(dialog.listed[number - 1])
    orgs = await ctx.orgs()
    if event is None:
        return Reply("no_event_to_edit")
    if event.status is EventStatus.CANCELLED:
        return Reply("agreement_cancelled", {"event": event_view(event, orgs)})
    if event.end <= ctx.clock.now():
        return Reply("edit_event_over", {"event": event_view(event, orgs)})
    return event


async def _agree_asked(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, waiting: Sequence[Event]
) -> list[Reply]:
    """A bare «согласовано»: the event the last notice to this curator asked about
    (remember_asked), when it alone was asked and still waits; else the waiting ones are
    listed to choose — never a guess (attack v, #4): the last notice asked something else
    (a class teacher's claim), named several, or its event no longer waits. With nothing
    kept (no notice since), the only waiting event."""
    if not waiting:
        return [Reply("agreement_list", {"items": [], "waiting_only": True, "curator": True})]
    asked = await agreement_notices.last_asked(ctx, person)
    if asked is None:
        if len(waiting) > 1:
            return await _which(ctx, person, dialog, waiting, excepted=False)
        return await _agree(ctx, person, dialog, list(waiting), 0)
    meant = [e for e in waiting if e.id in asked]
    if len(asked) == 1 and len(meant) == 1:
        return await _agree(ctx, person, dialog, meant, len(waiting) - 1)
    note: dict[str, Any] = {"other_question": not asked}
    if len(asked) == 1 and not meant:  # agreed (by another curator), cancelled or over
        gone = await ctx.store.get_event(asked[0])
        if gone is not None:
            note["gone"] = state_view(gone, await ctx.orgs(), ctx)
            note["gone_cancelled"] = gone.status is EventStatus.CANCELLED
    return await _which(ctx, person, dialog, meant or waiting, excepted=False, note=note)


async def _which(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    found: Sequence[Event],
    *,
    excepted: bool = True,
    note: Mapping[str, Any] | None = None,
) -> list[Reply]:
    """The waiting events `found`, numbered for «согласую 1», and the question which to
    agree; `excepted`: the curator's words made an exception that is not read, so nothing
    was agreed and the reply says so (attack v, #3); `note`: why a bare «согласовано»
    agreed nothing (_agree_asked)."""
    if not found:
        return [Reply("agreement_list", {"items": [], "waiting_only": True, "curator": True})]
    orgs = await ctx.orgs()
    shown = found[:LIST_LIMIT]
    dialog.listed = [e.id for e in shown]
    items = []
    for number, event in enumerate(shown, 1):
        view = state_view(event, orgs, ctx)
        view["number"] = number
        items.append(view)
    return [Reply("agreement_which", {"items": items, "excepted": excepted, **(note or {})})]


async def _agree_all(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, organiser: str
) -> list[Reply]:
    """«согласовать всё» / «согласовать всё от КГТУ» / «… от музея и КГТУ»: every waiting
    event (of those organisations). Words after «всё» that are not only organisations' names
    joined by «и» («от музея, КГТУ подождёт», «КГТУ не согласовываю») agree nothing: the
    waiting events are listed to agree one by one (attack w, #3: «КГТУ подождёт» agreed
    exactly КГТУ's)."""
    waiting = await upcoming(ctx, person, waiting_only=True)
    if organiser:
        orgs = list((await ctx.orgs()).values())
        named = organisations_named(organiser, orgs)
        if named is None and (asked := _which_named(organiser, orgs)) is not None:
            return [asked]  # «согласовать всё от музея» with two museums: which one?
        if named is None:
            if not _names_any(organiser, orgs) and len(organiser.split()) <= 3:
                return [Reply("unknown_organiser", {"name": organiser})]
            unclear = {"unclear": organiser}
            return await _which(ctx, person, dialog, waiting, excepted=False, note=unclear)
        ids = {org.id for org in named}
        left = [e for e in waiting if e.organisation_id not in ids]
        waiting = [e for e in waiting if e.organisation_id in ids]
    else:
        left = []
    if not waiting:
        return [Reply("agreement_list", {"items": [], "waiting_only": True, "curator": True})]
    return await _agree(ctx, person, dialog, waiting, len(left))


# words around an organisation's name in «согласовать всё от …» that name nothing else
_NAME_FILLERS = frozenset(
    {"от", "у", "для", "пожалуйста", "мероприятие", "событие", "их", "партнёр", "партнер"}
    | {"организация", "организатор"}
)


def organisations_named(words: str, orgs: Sequence[Organisation]) -> list[Organisation] | None:
    """The organisations `words` («музея», «музея и КГТУ») name, each part joined by «и»
    being one organisation's name alone (organisation_names.organisation_named; every word
    of the part, in dictionary form, a word of that name or «от» / «у» / «пожалуйста»).
    None when any part says more («КГТУ подождёт», «КГТУ не согласовываю», «что прислал
    музей») or names no one organisation: then nothing is agreed by organiser (attack w, #3)."""
    found: list[Organisation] = []
    for part in _parts(words):
        org = organisation_named(_without_fillers(part), orgs)
        if org is None:
            return None
        typed = name_lemmas(part) - _NAME_FILLERS
        if part.casefold() not in org.name.casefold() and not typed <= name_lemmas(org.name):
            return None
        if org not in found:
            found.append(org)
    return found or None


def _which_named(words: str, orgs: Sequence[Organisation]) -> Reply | None:
    """The «which one?» reply (organisers.which_one, worded for a command) for the first
    part of `words` (parts joined by «и» or commas, as `organisations_named` reads them)
    that fits several organisations and says nothing besides their names («музея» with
    two museums; not «музея подождёт»); None when no part does."""
    for part in _parts(words):
        name = _without_fillers(part)
        found = organisations_matching(name, orgs)
        known = frozenset().union(*(name_lemmas(org.name) for org in found))
        if len(found) > 1 and name_lemmas(part) - _NAME_FILLERS <= known:
            asked = which_one(name, found)
            return replace(asked, context={**asked.context, "command": True})
    return None


def _parts(words: str) -> list[str]:
    """The parts of «музея и КГТУ», «музея, КГТУ»: each should be one organisation's name."""
    return re.split(r"\s+и\s+|\s*,\s*", words.strip())


def _without_fillers(part: str) -> str:
    """`part` without the words around a name that name nothing (_NAME_FILLERS: «от
    партнёра Музей янтаря» → «Музей янтаря»); `part` itself when nothing else is left."""
    kept = [w for w in part.split() if not name_lemmas(w) <= _NAME_FILLERS]
    return " ".join(kept) or part


def _names_any(words: str, orgs: Sequence[Organisation]) -> bool:
    """Whether `words` or any one of them names some organisation («музея, КГТУ подождёт»
    names КГТУ): then «согласовать всё от …» lists the waiting events, else it answers
    «не нашёл организатора»."""
    parts = [words, *re.split(r"[\s,]+", words)]
    return any(organisations_matching(_without_fillers(p), orgs) for p in parts if p)


async def _agree(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    events: Sequence[Event],
    left: int,
) -> list[Reply]:
    """Store the agreement of `events` in one transaction and tell their organisers; `left`
    events still wait."""
    now = ctx.clock.now()
    try:
        stored = await ctx.store.update_events(
            [agreement.agreed(e, person, now) for e in events], person.id, at=now
        )
    except EventChangedError as error:  # moved meanwhile: the curator sees it as it is now
        return [await changed_meanwhile(ctx, error)]
    dialog.last_event = stored[0].id
    _remember(dialog, now, stored)  # «верни» takes it back (attack v, #26)
    orgs = await ctx.orgs()
    views = [state_view(e, orgs, ctx) for e in stored]
    context = {"events": views[:NOTICE_LIMIT], "more": max(0, len(views) - NOTICE_LIMIT)}
    notices = await _agreed_notices(ctx, person, stored, now)
    clashes = await _open_clashes(ctx, stored, orgs)
    reply = Reply(
        "agreement_done", {**context, "left": left, "told": bool(notices), "open_clashes": clashes}
    )
    return [reply, *notices]


async def _open_clashes(
    ctx: Context[ChangingStore], events: Sequence[Event], orgs: Mapping[int, Organisation]
) -> list[dict[str, Any]]:
    """The clashes the just agreed `events` still have with the plan (bot.core.clashes), as
    {"first": the agreed event, "event": the other, "reasons": [...]} views: the agreement is
    not refused — the curator may have settled it in person — but said beside it, since a
    bare «Согласовано ✅» over an open clash reads as «all is well» (newcomer walk
    2026-12-02v, F8: a relay agreed at the hour of the same class's test). Every one of
    `events` is checked, not the few the reply lists: a weekly club agreed whole clashes at
    its eleventh meeting as well as its first (round 19), and the view of the agreed one
    carries its own date. Two agreed events clashing with each other are one clash."""
    found = []
    pairs: set[frozenset[int]] = set()
    for event in events:
        for clash in await check_clashes(ctx.store, event):
            pair = frozenset({event.id, clash.other.id})
            if pair not in pairs:
                pairs.add(pair)
                found.append({"first": event_view(event, orgs), **clash_view(clash, orgs)})
    return found


async def _agreed_notices(
    ctx: Context[ChangingStore], curator: Person, events: Sequence[Event], now: datetime
) -> list[Reply]:
    """One message to each organiser of the agreed events (through the outbox: a dedupe
    key), naming their own events."""
    return await _organiser_notices(ctx, curator, events, "agreement_notice", now)


async def _organiser_notices(
    ctx: Context[ChangingStore],
    curator: Person,
    events: Sequence[Event],
    template: str,
    now: datetime,
) -> list[Reply]:
    """One `template` message to each organiser of `events` but the curator, naming their
    own events, through the outbox (a dedupe key of the template, events and `now`); on a
    deployment of several schools it names this school ("school")."""
    orgs = await ctx.orgs()
    per_person: dict[int, list[EventView]] = {}
    others: dict[int, list[dict[str, Any]]] = {}
    for event in events:
        members = await ctx.store.people_of_organisation(event.organisation_id)
        for member in organisers(members, event, orgs.get(event.organisation_id)):
            if member.vk_id != curator.vk_id:
                per_person.setdefault(member.vk_id, []).append(state_view(event, orgs, ctx))
                if len(events) == 1 and member.vk_id not in others:
                    others[member.vk_id] = await _copies_elsewhere(ctx, member, event)
    stamp = int(now.timestamp())
    # a deployment of several schools: the partner's event has a copy in each, so the
    # notice names the school whose curator agreed (attack v, #23)
    several = ctx.schools is not None and ctx.school_ref is not None
    school = ctx.school_ref.name if several and ctx.school_ref is not None else ""
    return [
        Reply(
            template,
            {
                "events": views[:NOTICE_LIMIT],
                "more": max(0, len(views) - NOTICE_LIMIT),
                "school": school,
                "elsewhere": others.get(vk_id, []),
            },
            recipients=(vk_id,),
            dedupe_key=f"{template}:{parts_key(str(v['id']) for v in views)}@{stamp}:{vk_id}",
        )
        for vk_id, views in sorted(per_person.items())
    ]


async def _copies_elsewhere(
    ctx: Context[ChangingStore], organiser: Person, event: Event
) -> list[dict[str, Any]]:
    """The other schools' copies of an event saved for several schools
    (bot.core.features.school_twins.find_twins: the organiser's own live events there with
    the same title and times), each as {"school": its name, "agreed": whether that school's
    curator has agreed it}: the partner learns which schools still have to (attack v, #23).
    Empty on a single-school deployment."""
    if ctx.schools is None:
        return []
    found = await school_twins.find_twins(ctx, organiser, [event])
    return [{"school": t.member.ref.name, "agreed": t.events[0].agreed} for t in found]


async def _refuse(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, reference: str
) -> list[Reply]:
    """«не согласовываю интенсив»: on a waiting event nothing changes, and the reply names
    the event and what to do instead (see the module's docstring for why it does not cancel
    by itself); on an agreed one («отзови согласование …», too) the curator is asked
    whether to withdraw the agreement (attack v, #15): «да» makes it wait again and tells
    its organisers (`withdraw`)."""
    found = await matching_events(ctx, person, reference, horizon=None) if reference else []
    if not reference:
        waiting = await upcoming(ctx, person, waiting_only=True)
        found = [max(waiting, key=lambda e: (e.updated_at or e.start, e.id))] if waiting else []
    if len(found) != 1:
        return [Reply("agreement_refuse", {"event": None, "reference": reference})]
    event = found[0]
    dialog.last_event = event.id
    view = state_view(event, await ctx.orgs(), ctx)
    if not event.agreed:
        return [Reply("agreement_refuse", {"event": view, "reference": reference})]
    dialog.waiting = ResetQuestion(f"{WITHDRAW}:{event.id}:{event.version}")
    buttons = (
        (
            Button(
                "withdraw_agreement",
                payload(ButtonAction.CONFIRM_CHANGE, v=1, id=event.id, k=WITHDRAW_BUTTON),
                "negative",
            ),
            Button(
                "keep", payload(ButtonAction.CONFIRM_CHANGE, v=0, id=event.id, k=WITHDRAW_BUTTON)
            ),
        ),
    )
    return [Reply("agreement_withdraw_question", {"event": view}, buttons=buttons)]


WITHDRAW_BUTTON = "withdraw"  # the `k` of its buttons: no other question's (attack w, #1)
WITHDRAW = "agreement"  # ResetQuestion.what of «Отозвать согласование?»: agreement:<id>:<version>


def withdrawn_event(what: str) -> tuple[int, int] | None:
    """(event id, version) of a withdrawal question's `what`, or None for another question."""
    parts = what.split(":")
    if len(parts) != 3 or parts[0] != WITHDRAW or not (parts[1] + parts[2]).isdigit():
        return None
    return int(parts[1]), int(parts[2])


async def withdraw(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    asked: tuple[int, int],
    yes: bool,
    button_event: int | None,
) -> list[Reply]:
    """«да» / «нет» to «Отозвать согласование?» about `asked` (event id, version): «да» (the
    button of that event, or typed) stores the event as waiting and tells its organisers;
    the event changed since the question, or «нет»: nothing changes (attack v, #15)."""
    dialog.settle()
    event_id, version = asked
    event = await ctx.store.get_event(event_id)
    orgs = await ctx.orgs()
    if event is None or event.status is EventStatus.CANCELLED:
        return [Reply("no_event_to_edit")]
    view = state_view(event, orgs, ctx)
    if not yes or button_event not in (None, event_id):
        return [Reply("agreement_withdraw_kept", {"event": view})]
    if not can_agree(person):  # the rights of now
        return [Reply("agreement_not_allowed", {"role": person.role.value})]
    if event.version != version or not event.agreed:
        return [Reply("agreement_state", {"event": view, "curator": True})]
    now = ctx.clock.now()
    try:
        [stored] = await ctx.store.update_events(
            [replace(event, agreed_at=None, agreed_by=None)], person.id, at=now
        )
    except EventChangedError as error:
        return [await changed_meanwhile(ctx, error)]
    _remember(dialog, now, [stored], WITHDRAWN)  # «верни» agrees it again (attack w, #11)
    return await _withdrawn(ctx, person, [stored], now)


async def _withdrawn(
    ctx: Context[ChangingStore], curator: Person, stored: Sequence[Event], now: datetime
) -> list[Reply]:
    """The reply to a withdrawn agreement of `stored` (now waiting) and the organisers'
    notices."""
    orgs = await ctx.orgs()
    notices = await _organiser_notices(ctx, curator, stored, "agreement_withdrawn_notice", now)
    views = [state_view(e, orgs, ctx) for e in stored]
    done = {
        "events": views[:NOTICE_LIMIT],
        "more": max(0, len(views) - NOTICE_LIMIT),
        "told": bool(notices),
    }
    return [Reply("agreement_withdrawn", done), *notices]


AGREED = "agreed"  # Dialog.last_change["kind"] of an agreement, for «верни» (attack v, #26)
WITHDRAWN = "withdrawn"  # … of a withdrawal confirmed by «да» (attack w, #11)
# … of an agreement or withdrawal just taken back by «верни»: a second «верни» says it is
# already back and changes nothing (round 19: two «верни» flipped the state back and forth)
UNDONE = "agreement_undone"


def _remember(dialog: Dialog, now: datetime, stored: Sequence[Event], kind: str = AGREED) -> None:
    """Keep the agreement just given (or, `kind` WITHDRAWN, the agreement just withdrawn) as
    the curator's last change, for «верни»; the change before it stays reachable as
    "earlier" (a second «верни»)."""
    earlier = dialog.last_change
    dialog.last_change = {
        "at": now.isoformat(),
        "kind": kind,
        "events": [{"id": e.id, "version": e.version} for e in stored],
    }
    if earlier:
        dialog.last_change["earlier"] = earlier


async def on_undo(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """«верни» right after an agreement takes that agreement back — the events wait again
    and their organisers are told — never an older, different change (attack v, #26);
    right after a withdrawal («Отозвать согласование?» — «да») it agrees the event again,
    its organisers told (attack w, #11: it answered «уже изменили после вас»); anything
    else is bot.core.features.undo's. Within undo.UNDO_WINDOW, and only while the events
    are as the agreement (withdrawal) left them."""
    last = dialog.last_change
    if not last or last.get("kind") not in (AGREED, WITHDRAWN, UNDONE):
        return await undo.on_undo(ctx, person, dialog, command)
    dialog.last_change = last.get("earlier")
    now = ctx.clock.now()
    if now - datetime.fromisoformat(str(last["at"])) > undo.UNDO_WINDOW:
        return [Reply("undo_too_late", {"minutes": int(undo.UNDO_WINDOW.total_seconds() // 60)})]
    if last.get("kind") == UNDONE:
        if last.get("earlier"):  # an older change of other events: one step further back
            return await on_undo(ctx, person, dialog, command)
        return await _already_undone(ctx, last)
    again = last.get("kind") == WITHDRAWN
    if not can_agree(person):  # the rights of now
        return [Reply("agreement_not_allowed", {"role": person.role.value})]
    events = []
    for item in last.get("events", []):
        event = await ctx.store.get_event(int(item["id"]))
        if event is None or event.version != int(item["version"]) or event.agreed == again:
            view = event_view(event, await ctx.orgs()) if event is not None else None
            return [Reply("undo_conflict", {"event": view})]
        events.append(event if again else replace(event, agreed_at=None, agreed_by=None))
    if not events:
        return [Reply("undo_nothing")]
    earlier = dialog.last_change
    if again:
        waiting = await upcoming(ctx, person, waiting_only=True)
        replies = await _agree(ctx, person, dialog, events, len(waiting) - len(events))
        stored = await _current(ctx, (e.id for e in events))
        if stored and all(e.agreed for e in stored):  # not refused as changed meanwhile
            _remember_undone(dialog, now, stored, agreed=True, earlier=earlier)
        return replies
    try:
        stored = await ctx.store.update_events(events, person.id, at=now)
    except EventChangedError as error:
        return [await changed_meanwhile(ctx, error)]
    dialog.last_event = stored[0].id
    _remember_undone(dialog, now, stored, agreed=False, earlier=earlier)
    return await _withdrawn(ctx, person, stored, now)


async def _current(ctx: Context[ChangingStore], ids: Iterable[int]) -> list[Event]:
    """The events of `ids` as stored now, in that order (those still stored)."""
    found = [await ctx.store.get_event(event_id) for event_id in ids]
    return [e for e in found if e is not None]


def _remember_undone(
    dialog: Dialog,
    now: datetime,
    stored: Sequence[Event],
    *,
    agreed: bool,
    earlier: dict[str, Any] | None,
) -> None:
    """Keep «верни» just done (`agreed`: it agreed `stored` again after a withdrawal; else
    it took their agreement back) as the curator's last change, so that a second «верни»
    never undoes the undo (round 19: two «верни» flipped the state back and forth). The
    agreements and withdrawals of the same events before it are dropped from what a later
    «верни» reaches; an older change of other events stays reachable, and a second «верни»
    takes that back (attack v, #26); with none, it says the events are already back."""
    ids = {e.id for e in stored}
    while earlier and earlier.get("kind") in (AGREED, WITHDRAWN, UNDONE):
        if not ids & {int(item["id"]) for item in earlier.get("events", [])}:
            break
        earlier = earlier.get("earlier")
    dialog.last_change = {
        "at": now.isoformat(),
        "kind": UNDONE,
        "agreed": agreed,
        "events": [{"id": e.id, "version": e.version} for e in stored],
    }
    if earlier:
        dialog.last_change["earlier"] = earlier


async def _already_undone(ctx: Context[ChangingStore], last: dict[str, Any]) -> list[Reply]:
    """A second «верни» (`last`: the UNDONE change): the events as they are now, and that
    they are already back — agreed again, or waiting again; nothing is written or sent."""
    orgs = await ctx.orgs()
    events = await _current(ctx, (int(item["id"]) for item in last.get("events", [])))
    views = [state_view(e, orgs, ctx) for e in events[:NOTICE_LIMIT]]
    context = {"events": views, "agreed": bool(last.get("agreed"))}
    return [Reply("agreement_undo_already", context)]


def withdraw_not_done(what: str) -> list[Reply]:
    """The note closing an unanswered «Отозвать согласование?» (another message came)."""
    return [Reply("agreement_withdraw_kept", {"event": None})] if withdrawn_event(what) else []


ROUTES: Routes = {Agreement: on_agreement}
COMMANDS: Commands = {CommandKind.UNDO: on_undo}
