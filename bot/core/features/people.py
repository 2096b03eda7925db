"""Invitations and roles: who a VK id is, one-time codes that link people to an
organisation, and a student's class."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from bot.core.access import OpenInvitation, Redeemed, role_change
from bot.core.dialog import Dialog, Nothing
from bot.core.features import class_teachers, organisers
from bot.core.features.context import Commands, Context, Routes
from bot.core.features.organisation_names import organisations_matching
from bot.core.language.audience import parse_audience
from bot.core.language.cancel_phrases import reference_lemmas
from bot.core.language.commands import (
    Command,
    CommandKind,
    InviteCommand,
    SetClassCommand,
    WithdrawCodeCommand,
)
from bot.core.language.list_numbers import list_numbers
from bot.core.language.meaning import AddEvents, Intent
from bot.core.language.own_class import StatedClass, asks_whole_class_signup, stated_class
from bot.core.language.student_asks import reminds_others
from bot.core.models import EventStatus, Organisation, OrgKind, Person, Role
from bot.core.permissions import can_add_events
from bot.core.ports import (
    Directory,
    EventStore,
    InvitationStore,
    SettingsStore,
    SignupStore,
    all_or_nothing,
)
from bot.core.replies import Reply
from bot.core.students import for_class
from bot.core.views import EventView, event_view


class EventReader(Directory, EventStore, Protocol):
    """The plan, read to tell a new event from a stored one."""


class PeopleStore(Directory, InvitationStore, SettingsStore, SignupStore, Protocol):
    """The ports invitations and roles use (settings: the name a teacher was invited by)."""


def _invitee_key(code: str) -> str:
    """The settings key of the name a curator gave with a teacher's invitation code."""
    return f"invitee:{code.strip().upper()}"


def _invited_class_key(code: str) -> str:
    """The settings key of the class a class teacher's invitation code is for
    («пригласить классного руководителя 8Б»: "8Б")."""
    return f"invitee_class:{code.strip().upper()}"


async def identify(ctx: Context[PeopleStore], vk_id: int, name: str = "") -> Person:
    """The person behind a VK id; newcomers are students, BOT_ADMINS are curators, and
    a stored curator no longer among the admins is demoted (bot.core.access)."""
    return await settle_person(ctx, vk_id, name, await ctx.store.get_person_by_vk(vk_id))


async def release_former_events(
    store: Directory, before: Person | None, after: Person
) -> int | None:
    """When `after` (a person just saved) speaks for another organisation than `before`
    (the same person as stored earlier; None: new), forget that they entered the events
    of their former organisation, so the teacher's «edit what you entered» rule
    (bot.core.permissions.can_edit) no longer lets them cancel, move or give away a
    partner's events that partner is not asked about (safety78). Events they filed under
    another organisation stay theirs. Returns how many events were released; None when the
    organisation did not change (nothing to release)."""
    former = before.organisation_id if before is not None else None
    if former is None or not left_organisation(before, after):
        return None
    return await store.release_authorship(after.id, former)


def left_organisation(before: Person | None, after: Person) -> bool:
    """Whether `after` (a person just saved or linked) speaks for another organisation than
    `before` (the same person as stored earlier; None: new) did — they had one, and it is
    not theirs now."""
    former = before.organisation_id if before is not None else None
    return former is not None and former != after.organisation_id


async def settle_person(
    ctx: Context[PeopleStore], vk_id: int, name: str, person: Person | None
) -> Person:
    """`identify` for a person already read (None: nobody stored with `vk_id`): the person
    as stored after this call. A BOT_ADMINS id not yet a curator is saved as the school's
    curator and, in the same transaction (`all_or_nothing`), released from the authorship
    of their former organisation's events (release_former_events): a store fault between
    the two writes leaves neither (review81). Raises what the store raises."""
    if vk_id in ctx.config.admins and (person is None or person.role is not Role.CURATOR):
        school = await ctx.school()
        async with all_or_nothing(ctx.store):
            curator = await ctx.store.save_person(vk_id, Role.CURATOR, name, school.id)
            await release_former_events(ctx.store, person, curator)
        return curator
    if person is None:
        return await ctx.store.save_person(vk_id, Role.STUDENT, name)
    change = role_change(person, ctx.config.admins)
    if change is not None:
        return await ctx.store.change_role(person, change)
    return person


async def set_class(
    ctx: Context[PeopleStore], person: Person, dialog: Dialog, command: SetClassCommand
) -> list[Reply]:
    """A student's class ("я из 9Б"): questions then default to it. A staff member's
    («я классный руководитель 7А») is the class they lead: their events naming no classes
    are then for it (the card says so), see bot.core.features.adding.own_class_default;
    the class's sign-up counts are theirs once a curator confirms (class_teachers)."""
    if command.written:  # «я классный руководитель 9А и 9Б»: one class, please
        return [Reply("class_teacher_one_class", {"written": command.written})]
    audience = parse_audience(command.class_name)
    if not audience.classes:
        return [Reply("class_not_understood")]
    chosen = sorted(audience.classes)[0]
    await ctx.store.save_person(
        person.vk_id, person.role, person.name, person.organisation_id, chosen
    )
    if person.role is Role.STAFF:  # its sign-up counts wait for a curator's word
        return await class_teachers.claimed(ctx, person, chosen)
    kept = await _other_class_signups(ctx, person, chosen)
    if kept:  # «не пойду 1» then means the first of them
        dialog.listed = [int(ev["id"]) for ev in kept]
    return [Reply("class_set", {"class_name": chosen, "kept": kept, "before": person.class_name})]


async def _other_class_signups(
    ctx: Context[PeopleStore], person: Person, chosen: str
) -> list[EventView]:
    """A student's upcoming sign-ups (going or waiting) to events not open to the class
    `chosen` they now say they are in (students.for_class): kept — they were taken in good
    faith and a seat given back is a choice the student makes («не пойду …») — and named in
    the reply, numbered as the last list (newcomer walk 2026-12-01h #10)."""
    if person.role is not Role.STUDENT or person.class_name in (None, "", chosen):
        return []
    now = ctx.clock.now()
    moved = replace(person, class_name=chosen)
    orgs = await ctx.orgs()
    signups = await ctx.store.events_of_person(person.id, now)
    kept = [e for e, _ in signups if e.start > now and not for_class(e, moved)]
    return [event_view(e, orgs, n) for n, e in enumerate(kept, 1)]


def stated_own_class(person: Person, dialog: Dialog, text: str) -> StatedClass | None:
    """A student's own class stated in the message («привет, я из 9Б», «я учусь в 10а
    классе», «Я ученица 8Б класса, что у нас есть…?», a bare «8Б»: the grammar is in
    bot.core.language.own_class), while no draft or question of the bot is open; None
    otherwise. Only students: a bare «8Б» from an organiser answers «Для каких классов?» or
    asks about 8Б, and a class teacher says «я классный руководитель 9А». A lone list
    number («2-е», «1-ое») while a list asks which event is that list's item, not class 2Е
    (review46 H3)."""
    if person.role is not Role.STUDENT or dialog.pending or not isinstance(dialog.waiting, Nothing):
        return None
    if dialog.asked_on_list() is not None and list_numbers(text) is not None:
        return None
    return stated_class(text)


def whole_class_signup(person: Person, dialog: Dialog, text: str) -> list[Reply] | None:
    """The answer to a class teacher (or a student) asking to sign a whole class up at once
    («запишите весь 9А на день открытых дверей», «мы придём всем классом на 1»): the bot
    signs up one person at a time, so it says what can be done instead (newcomer walk
    2026-12-01e, finding 15); None for any other message, or while a draft or question of
    the bot is open, or from an organiser or curator (whose text may be an event's)."""
    if person.role not in (Role.STAFF, Role.STUDENT):
        return None
    if dialog.pending or not isinstance(dialog.waiting, Nothing):
        return None
    if not asks_whole_class_signup(text):
        return None
    return [Reply("class_signup", {"class_name": person.class_name, "role": person.role.value})]


def class_reminder(person: Person, dialog: Dialog, text: str) -> list[Reply] | None:
    """The answer to a teacher or a curator asking the bot to remind a class or pupils
    («напомни классу про мастер-класс», «напомните ученикам 7Б об экскурсии»,
    student_asks.reminds_others): the bot sends no message in a teacher's name, but
    reminds everyone signed up by itself, so it says so and how pupils get those reminders
    (newcomer78's walk: «Извините, не понял»). None for any other message, from anyone
    else, or under an open card (a question of the bot may be open: this is no answer to
    it, and it stays open)."""
    if person.role not in (Role.STAFF, Role.CURATOR) or dialog.pending:
        return None
    if not reminds_others(text):
        return None
    return [Reply("class_reminder", {"class_name": person.class_name})]


async def names_new_event(ctx: Context[EventReader], person: Person, intent: Intent) -> bool:
    """Whether a whole-class sign-up request («запишите 9А на экскурсию 15 декабря в 15:00»)
    is really a new event (newcomer walk 2026-12-01e, last note): the writer may add events,
    the message is one event with a day and a time of day, and no live stored event on that
    day starts then or shares a word of its title (its kind: «экскурсию» finds «Экскурсия в
    музей»). Its audience is the class the message names (or the teacher's own class)."""
    if not can_add_events(person) or not isinstance(intent, AddEvents):
        return False
    if len(intent.drafts) != 1:
        return False
    draft = intent.drafts[0]
    if draft.start is None or draft.all_day or not draft.time_known or draft.recurrence:
        return False
    tz = ctx.config.tz
    day = draft.start.date()
    first = datetime.combine(day, time(), tzinfo=tz)
    stored = await ctx.store.events_between(first, first + timedelta(days=1))
    wanted = reference_lemmas(draft.title)
    for event in stored:
        if event.status is EventStatus.CANCELLED:
            continue
        if event.start.astimezone(tz).replace(tzinfo=None) == draft.start:
            return False
        if wanted & reference_lemmas(event.title):
            return False
    return True


def _unquoted(name: str) -> str:
    """An organisation's name as the curator typed it, without the quotes around it and
    with the ones inside kept: «КГТУ» -> КГТУ, Колледж «Сервис» stays (newcomer walk
    2026-12-03x, X12: its closing » was stripped, «Колледж «Сервис»)."""
    name = " ".join(name.split())
    while len(name) >= 2 and name[0] in "«\"'" and name[-1] in "»\"'":
        inner = name[1:-1]
        if inner.count("«") != inner.count("»") or inner.count('"') % 2:
            break
        name = inner.strip()
    if name.count("«") > name.count("»"):
        name = name.lstrip("«").strip()
    if name.count("»") > name.count("«"):
        name = name.rstrip("»").strip()
    if name.count('"') % 2:
        name = name.strip('"').strip()
    return name.strip(" '")


async def _partner_named(ctx: Context[PeopleStore], name: str) -> Organisation | Reply:
    """The partner `name` means (organisation_names.organisations_matching: «Музей янтаря»
    is the «Калининградский музей янтаря» a pasted post added, organiser76), else a new
    partner; when it fits several partners («Музей» with two museums) the reply asking
    which («organiser_which»), and nothing is added (review78: it made a third partner)."""
    found = organisations_matching(name, (await ctx.orgs()).values())
    partners = [org for org in found if org.kind is OrgKind.PARTNER]
    if len(partners) > 1:
        return organisers.which_one(name, partners)
    if len(found) == 1 and partners:
        return partners[0]
    return await organisers.new_partner(ctx, name)


async def invite(
    ctx: Context[PeopleStore], person: Person, dialog: Dialog, command: InviteCommand
) -> list[Reply]:
    """A curator creates a one-time code that links its sender to an organisation."""
    if person.role is not Role.CURATOR:  # «пригласить педагога»: who may invite teachers
        return [Reply("invite_not_allowed", {"role": command.role.value})]
    name = _unquoted(command.name)
    if command.role is Role.STAFF:
        org = await ctx.school()
    elif not name:
        return [Reply("invite_needs_name")]
    else:
        named = await ctx.store.find_organisation(name) or await _partner_named(ctx, name)
        if isinstance(named, Reply):
            return [named]
        org = named
    role = command.role
    days = ctx.config.invite_days
    code = await ctx.store.create_invitation(org.id, role, person.id, timedelta(days=days))
    invitee = name if role is Role.STAFF else ""  # a teacher's name, for the join notice
    if invitee:
        await ctx.store.set_setting(_invitee_key(code), invitee)
    class_name = command.class_name if role is Role.STAFF else ""
    if class_name:
        await ctx.store.set_setting(_invited_class_key(code), class_name)
    context = {
        "code": code,
        "organisation": org.name,
        "role": role.value,
        "days": days,
        "invitee": invitee,
        "class_name": class_name,
    }
    return [Reply("invite_created", context)]


async def redeem(
    ctx: Context[PeopleStore],
    person: Person,
    dialog: Dialog,
    code: str,
    *,
    means_nothing_else: bool = False,
) -> list[Reply] | None:
    """A message that is an unused code links the sender; None when it is not a code.
    Wrong codes are counted and, past a handful an hour, refused (bot.core.access). A code
    nobody issued gets «такого кода нет» when the message `means_nothing_else` (it would
    otherwise get «не понял»); one already used gets «этот код уже использован» (newcomer
    walk 2026-12-01e, finding 14: the second representative of a partner needs a new code,
    not a check of the letters; a guesser learns no more than from any one right guess,
    and the attempt still counts toward the hourly limit). The name the curator gave with
    a teacher's code («пригласить педагога Иванова Мария Петровна») names the joined
    person in the curators' notice, and becomes their name when VK gave none."""
    invitee = await ctx.store.get_setting(_invitee_key(code)) or ""
    redemption = await ctx.store.use_invitation(code, person.vk_id, person.name or invitee)
    if redemption.outcome in (Redeemed.EXPIRED, Redeemed.THROTTLED, Redeemed.WITHDRAWN):
        return [Reply(f"invite_{redemption.outcome.value}")]
    if means_nothing_else and redemption.outcome is Redeemed.USED:  # spent: ask for a new one
        return [Reply("invite_used")]
    if means_nothing_else and redemption.outcome is Redeemed.UNKNOWN:
        return [Reply("invite_unknown")]
    linked = redemption.person
    if linked is None:
        return None
    if left_organisation(person, linked):  # their authorship went with the code (review80)
        former = await ctx.store.get_organisation(person.organisation_id or 0)
        dialog.left_organisation(former.name if former is not None else "")
    class_name = await ctx.store.get_setting(_invited_class_key(code)) or ""
    linked = await _with_invited_class(ctx, linked, class_name)
    org = await ctx.store.get_organisation(linked.organisation_id or 0)
    dialog.clear_pending()
    curators = await _joined_notices(ctx, linked, org, code, invitee, class_name)
    welcome = Reply(
        "invite_accepted",
        {
            "organisation": org.name if org else "",
            "role": linked.role.value,
            "class_name": class_name,
        },
    )
    return [welcome, *curators]


async def _with_invited_class(ctx: Context[PeopleStore], linked: Person, class_name: str) -> Person:
    """The person a code just linked (`linked`) with the class the code was issued for: a
    teacher invited as a class's teacher is made its class teacher (class_teachers.appoint);
    anyone else loses a class they said as a student (no class they lead); as they are
    when neither applies."""
    if class_name and linked.role is Role.STAFF:
        linked = await ctx.store.save_person(
            linked.vk_id, linked.role, linked.name, linked.organisation_id, class_name
        )
        await class_teachers.appoint(ctx.store, linked, class_name)
    elif linked.class_name:  # the class they said as a student is no class they lead
        linked = await ctx.store.save_person(
            linked.vk_id, linked.role, linked.name, linked.organisation_id, None
        )
    return linked


async def _joined_notices(
    ctx: Context[PeopleStore],
    linked: Person,
    org: Organisation | None,
    code: str,
    invitee: str,
    class_name: str,
) -> list[Reply]:
    """«partner_joined» to every curator for the person the code `code` linked: their
    organisation, name, the name the curator gave with the code (`invitee`), VK id and the
    class they were invited for; one message each, deduplicated by code and curator."""
    return [
        Reply(
            "partner_joined",
            {
                "organisation": org.name if org else "",
                "name": linked.name,
                "invitee": invitee,
                "vk_id": linked.vk_id,
                "class_name": class_name,
            },
            recipients=(p.vk_id,),
            dedupe_key=f"joined:{code}:{p.vk_id}",
        )
        for p in await ctx.store.people_with_role(Role.CURATOR)
    ]


async def invite_codes(
    ctx: Context[PeopleStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """«коды приглашений» (newcomer walk 2026-12-03y, Y8): a curator gets the codes given out
    and still usable, oldest first — whom each is for (a partner's organisation, a teacher
    and the name given, a class teacher's class), when it was made and until when it works
    (school wall-clock time) — and how to withdraw one; anyone else how to join, as before
    (bot.core.features.help.on_join). Reads only."""
    if person.role is not Role.CURATOR:
        return [
            Reply("how_to_join", {"role": person.role.value, "can_add": can_add_events(person)})
        ]
    tz = ctx.config.tz
    orgs = await ctx.orgs()
    items = []
    for found in await ctx.store.open_invitations(ctx.clock.now()):
        items.append(await _code_view(ctx, found, orgs, tz))
    return [Reply("invite_codes", {"items": items, "days": ctx.config.invite_days})]


async def withdraw_code(
    ctx: Context[PeopleStore], person: Person, dialog: Dialog, command: WithdrawCodeCommand
) -> list[Reply]:
    """«отозвать код ABCD2345»: a curator's open code stops working at once (one write);
    a code unknown, used, expired or withdrawn already is said so with where to see the
    open ones; anyone else is told only a curator withdraws codes."""
    if person.role is not Role.CURATOR:
        return [Reply("invite_not_allowed", {"role": "withdraw"})]
    found = await ctx.store.withdraw_invitation(command.code, ctx.clock.now())
    if found is None:
        return [Reply("invite_code_not_open", {"code": command.code})]
    view = await _code_view(ctx, found, await ctx.orgs(), ctx.config.tz)
    return [Reply("invite_withdrawn_done", {"item": view})]


async def _code_view(
    ctx: Context[PeopleStore], found: OpenInvitation, orgs: Mapping[int, Any], tz: ZoneInfo
) -> dict[str, Any]:
    """One code for the templates: code, role ("partner" / "staff"), organisation name,
    the teacher's name and class given with it, made and expires as school wall-clock."""
    org = orgs.get(found.organisation_id)
    return {
        "code": found.code,
        "role": found.role.value,
        "organisation": getattr(org, "name", "") if org is not None else "",
        "invitee": await ctx.store.get_setting(_invitee_key(found.code)) or "",
        "class_name": await ctx.store.get_setting(_invited_class_key(found.code)) or "",
        "made": found.created_at.astimezone(tz),
        "expires": found.expires_at.astimezone(tz) if found.expires_at is not None else None,
    }


ROUTES: Routes = {
    SetClassCommand: set_class,
    InviteCommand: invite,
    WithdrawCodeCommand: withdraw_code,
}
COMMANDS: Commands = {CommandKind.INVITE_CODES: invite_codes}
