"""Reports, plan files and calendar feeds: figures for a period, an export attached by the
transport, a secret iCalendar subscription link."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from bot.core.dialog import Dialog
from bot.core.features.context import Context, Routes
from bot.core.features.organisation_names import organisation_named
from bot.core.features.organisers import (
    asks_which,
    may_name,
    names_organisers,
    organiser_asked,
    which_one,
    which_seen,
)
from bot.core.features.stuck_parts import view as stuck_view
from bot.core.features.stuck_parts import visible
from bot.core.language.commands import CalendarLinkCommand
from bot.core.language.exports import ExportRequest
from bot.core.language.reports import ReportRequest
from bot.core.models import ALL_STUDENTS, Audience, Event, Organisation, Person, Role
from bot.core.permissions import counted_class, sees_counts
from bot.core.ports import Directory, EventStore, InvitationStore, SignupStore
from bot.core.replies import ALL_FIGURES, NO_FIGURES, DocumentRequest, FiguresScope, Reply
from bot.core.reports import report_reply
from bot.core.school_calendar import school_year_first_day
from bot.core.students import takes_signups


class FilesStore(Directory, EventStore, SignupStore, InvitationStore, Protocol):
    """The ports reports (events, sign-ups, feedback) and calendar tokens read."""


async def report(ctx: Context[FilesStore], person: Person, request: ReportRequest) -> list[Reply]:
    """Figures for a period: all partners for a curator, one's own organisation else, of the
    events whose counts the person may see (a teacher: those they added, and their confirmed
    class's of any organiser — the report's title says so, never «Итоги: Школа»)."""
    if person.role is Role.STUDENT:
        return [Reply("report_not_allowed")]
    orgs = await ctx.orgs()
    if person.role is Role.CURATOR:
        asked = organiser_asked(request.organiser, orgs.values())
        if isinstance(asked, Reply):  # none, or several alike: which one?
            return [asked]
        organisation = asked
    else:
        organisation = orgs.get(await ctx.organisation_of(person))
        named = organisation_named(request.organiser, orgs.values())
        if request.organiser and organisation is not None and named != organisation:
            context = {"name": named.name if named else request.organiser, "own": organisation.name}
            return [Reply("report_of_others", context)]
    shows = None if person.role is Role.CURATOR else partial(sees_counts, person)
    whose = None
    if person.role is Role.STAFF:  # a teacher's own events and their class's, of any organiser
        organisation = None
        whose = {"class_name": person.class_name if person.class_confirmed else None}
    # only events that take sign-ups are figures, for everyone: a class hour or a staff
    # meeting is left out and the report says how many (leftconv20, item 7; leftconv21, 6)
    counted = partial(_takes_signups, orgs)
    reply = await report_reply(
        ctx.store,
        ctx.config.tz,
        request.start,
        request.end,
        organisation,
        orgs,
        shows,
        whose,
        counted,
        # a class teacher's class on others' events: that class's sign-ups only (AD4)
        partial(counted_class, person) if person.role is Role.STAFF else None,
    )
    # «отзывы по КГТУ» is suggested to the curator only: anyone else is refused another
    # organiser's figures (newcomer walk 2026-12-02t, #25)
    per_partner = person.role is Role.CURATOR
    stuck = await stuck_parts(ctx) if person.role is Role.CURATOR else []
    extra = {"per_partner": per_partner, "stuck": stuck}
    return [replace(reply, context={**reply.context, **extra})]


async def stuck_parts(ctx: Context[FilesStore]) -> list[dict[str, Any]]:
    """The changes that never reached another school of the city and that this school is
    party to: the journal entries the tick gave up on (bot.core.features.school_journal,
    marked stuck after MAX_TRIES failed replays) of this school («Не дошло до школы …»,
    city27 #2) and of other schools for this one («Не дошло из школы …», safety40 #2), for
    the curator's «итоги»; each as bot.core.features.stuck_parts.view shapes it. [] on a
    single-school deployment or a store without a journal."""
    return [stuck_view(ctx, part) for part in await visible(ctx)]


def _takes_signups(orgs: Mapping[int, Organisation], event: Event) -> bool:
    """Whether «итоги» count `event`: one students sign up for (students.takes_signups)."""
    return takes_signups(event, orgs)


async def export(ctx: Context[FilesStore], person: Person, request: ExportRequest) -> list[Reply]:
    """A file of the plan (the transport builds and attaches it)."""
    orgs = await ctx.orgs()
    viewer = person.vk_id in ctx.config.city_viewers  # the whole plan, read-only
    audience = request.audience if viewer else _readers_audience(person, request.audience)
    if request.own_class:  # «план моего класса в excel» (newcomer walk 2026-12-03z, Z1)
        if not person.class_name:
            return [Reply("own_class_unknown", {"role": person.role.value})]
        audience = Audience(classes=frozenset({person.class_name}))
    organiser = organiser_asked(request.organiser, orgs.values())
    if not viewer and not names_organisers(person):  # a student's, a partner's file
        organiser = await _named_to(ctx, person, request, audience, organiser)
    if isinstance(organiser, Reply):  # none, or several alike: which one?
        return [organiser]
    document = DocumentRequest(
        request.fmt,
        request.start,
        request.end,
        organiser.id if organiser else None,
        audience,
        NO_FIGURES if viewer else await figures_scope(ctx, person),
        planning_notes=viewer or person.role is not Role.STUDENT,
        texts=texts_scope(person),
        agreements=agreements_scope(person),
    )
    # a PDF prints one week, its first day's: the reply names that week (walk 12-01l, #12)
    shown_start, shown_end = printed_period(document)
    context = {
        "fmt": request.fmt,
        "start": shown_start,
        "end": shown_end,
        "asked_longer": shown_end is not None and (request.end is None or request.end > shown_end),
        "organiser": organiser.name if organiser else None,
        "audience": audience,
        "years": show_years(shown_start, shown_end, ctx.wall_now().date()),
        "role": "viewer" if viewer else person.role.value,  # a student's file: no curators' parts
        # «Записались» of the class's events counts that class alone (walk 12-03ad, AD1)
        "class_counts": None if viewer else counted_class_of(person),
    }
    if context["asked_longer"] and not await has_events(ctx.store, ctx.config.tz, document):
        document, context = await _first_printed_week(ctx, request, document, context)
    if not await has_events(ctx.store, ctx.config.tz, document):
        return [await _export_empty(ctx, request, document, context)]
    return [Reply("export_ready", context, document=document)]


async def _first_printed_week(
    ctx: Context[FilesStore],
    request: ExportRequest,
    document: DocumentRequest,
    context: dict[str, Any],
) -> tuple[DocumentRequest, dict[str, Any]]:
    """For a PDF asked for longer than the week it prints, with nothing in that week
    («план на январь в pdf»): the first week of the asked period with something to print,
    and the reply's context naming it (`first_with_events`), not an empty one across New
    Year (newcomer walk 2026-12-03z, Z8); `document` and `context` as they are when no
    week has anything."""
    week = await _first_week_with_events(ctx, document, request.end)
    if week is None:
        return document, context
    document = replace(document, start=week, end=week + timedelta(days=6))
    shown_start, shown_end = printed_period(document)
    context = {
        **context,
        "start": shown_start,
        "end": shown_end,
        "years": show_years(shown_start, shown_end, ctx.wall_now().date()),
        "first_with_events": True,
    }
    return document, context


async def _export_empty(
    ctx: Context[FilesStore],
    request: ExportRequest,
    document: DocumentRequest,
    context: dict[str, Any],
) -> Reply:
    """«export_empty» for a file with nothing to print; a one-week PDF names the next week
    that has something (`next_week`, its Sunday `next_week_end`, and whether it is the
    week after this one: `next_is_following`). `context` gets those keys."""
    if request.fmt == "pdf" and not context["asked_longer"]:
        following = await _next_week_with_events(ctx, document)
        if following is not None:
            context["next_week"] = following
            context["next_week_end"] = following + timedelta(days=6)
            context["next_is_following"] = following == _monday(ctx.wall_now().date()) + timedelta(
                weeks=1
            )
    return Reply("export_empty", context)


async def _named_to(
    ctx: Context[FilesStore],
    person: Person,
    request: ExportRequest,
    audience: Audience,
    organiser: Organisation | Reply | None,
) -> Organisation | Reply | None:
    """The organiser a student's or a partner's «план КГТУ в excel» names (`organiser`:
    organiser_asked's answer), as their own file lets them know it (as queries' answers
    do): one they may always name (organisers.may_name) is kept; a partner, or several
    («план музея …», organiser78), only among those with an event the file for `audience`
    would list — from the period's start on for one partner (its file of this week is
    empty, not unknown, when its event is next week), in the period for several. None of
    those: «Не нашёл организатора …» with the name as written, as for a name no partner
    has (perms79: «план КГТУ на декабрь в excel» answered «нет мероприятий у КГТУ»)."""
    end = request.end
    if isinstance(organiser, Organisation):
        if may_name(person, organiser):
            return organiser
        organiser, end = which_one(request.organiser or organiser.name, [organiser]), None
    if not asks_which(organiser):
        return organiser
    shown = DocumentRequest(request.fmt, request.start, end, None, audience)
    seen = await exported_events(ctx.store, ctx.config.tz, shown, asked=True)
    return which_seen(organiser, seen, (await ctx.orgs()).values())


WEEKS_LOOKED_AHEAD = 8  # an empty week's PDF suggests the next week with events this far


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


async def _next_week_with_events(
    ctx: Context[FilesStore], document: DocumentRequest
) -> date | None:
    """The Monday of the first week after `document`'s (a PDF's) with something to print,
    within WEEKS_LOOKED_AHEAD weeks; None when there is none (newcomer walk 2026-12-03x, X8:
    «план на неделю в pdf» on an empty Thursday suggested «план на январь в excel», not the
    next week, which had six events)."""
    monday = _monday(document.start)
    for weeks in range(1, WEEKS_LOOKED_AHEAD + 1):
        first = monday + timedelta(weeks=weeks)
        week = replace(document, start=first, end=first + timedelta(days=6))
        if await has_events(ctx.store, ctx.config.tz, week):
            return first
    return None


async def _first_week_with_events(
    ctx: Context[FilesStore], document: DocumentRequest, last: date | None
) -> date | None:
    """The Monday of the first week from `document`'s (a PDF's) to the one holding `last`
    (the end of the period asked for) with something to print; None when none has."""
    monday = _monday(document.start)
    if last is None:
        return None
    while monday <= last:
        week = replace(document, start=monday, end=monday + timedelta(days=6))
        if await has_events(ctx.store, ctx.config.tz, week):
            return monday
        monday += timedelta(weeks=1)
    return None


def _readers_audience(person: Person, asked: Audience) -> Audience:
    """The classes a plan file is for: as asked, or for a student who asked for everything,
    their own class (every student event when it is not known; never the staff's own)."""
    if not asked.is_everyone or person.role is not Role.STUDENT:
        return asked
    if person.class_name:
        return Audience(classes=frozenset({person.class_name}))
    return ALL_STUDENTS


def counted_class_of(person: Person) -> str | None:
    """The class whose sign-ups alone `person`'s plan file counts on events they may not
    change (permissions.counted_class): a confirmed class teacher's; None for anyone else
    (a curator counts everyone, a partner or a teacher only their own events, whole)."""
    if person.role is Role.STAFF and person.class_name and person.class_confirmed:
        return person.class_name
    return None


def texts_scope(person: Person) -> FiguresScope:
    """Whose messages as pasted `person`'s plan file keeps: a partner's own organisation's
    events' only (permissions.sees_counts: whoever may change the event), every event's for
    the school's staff and curators (README, «What each role can say»)."""
    if person.role is Role.PARTNER:
        return FiguresScope(everyone=False, reader=person)
    return ALL_FIGURES


def agreements_scope(person: Person) -> FiguresScope:
    """Whose agreement state («Согласовано») `person`'s plan file shows: every event's for
    the curator, a partner's own organisation's events' only, nobody's for anyone else — a
    student, a teacher, a city viewer (attack v, 2026-12-02, #1; as the chat shows ⏳)."""
    if person.role is Role.CURATOR:
        return ALL_FIGURES
    if person.role is Role.PARTNER:
        return FiguresScope(everyone=False, reader=person)
    return NO_FIGURES


async def figures_scope(ctx: Context[FilesStore], person: Person) -> FiguresScope:
    """Whose sign-ups and ratings `person`'s plan file may show: everyone's for a curator,
    nobody's for a student, else those «кто записался» shows them (FiguresScope.reader:
    a partner its organisation's events, a teacher the events they added, a class teacher
    also their class's)."""
    if person.role is Role.CURATOR:
        return ALL_FIGURES
    if person.role is Role.STUDENT:
        return NO_FIGURES
    return FiguresScope(everyone=False, reader=person)


EXPORT_SPAN = timedelta(days=365)  # an open period: as far as bot.plan_files looks


def show_years(start: date, end: date | None, today: date) -> bool:
    """Whether a period's header needs its years: it crosses New Year, or it is not inside
    the current school year."""
    last = end or start
    first_day = school_year_first_day(today)
    outside = start < first_day or last >= first_day.replace(year=first_day.year + 1)
    return start.year != last.year or outside


def printed_period(document: DocumentRequest) -> tuple[date, date | None]:
    """The local days a file covers (inclusive; end None: open): a PDF prints the week
    (Monday to Sunday) of its first day, other formats the period asked for."""
    if document.fmt != "pdf":
        return document.start, document.end
    monday = document.start - timedelta(days=document.start.weekday())
    return monday, monday + timedelta(days=6)


async def has_events(store: EventStore, tz: ZoneInfo, document: DocumentRequest) -> bool:
    """Whether the file would list anything (`exported_events` of its printed period)."""
    return bool(await exported_events(store, tz, document))


async def exported_events(
    store: EventStore, tz: ZoneInfo, document: DocumentRequest, *, asked: bool = False
) -> list[Event]:
    """The events the file lists (not cancelled, for its partner and classes): of the
    period it prints (a PDF covers the week of its first day, as bot.plan_files prints
    it), or with `asked` of the whole period asked for (an open one EXPORT_SPAN long).
    Dates are the school's local days (`tz`)."""
    first, last = (document.start, document.end) if asked else printed_period(document)
    start = datetime.combine(first, time(), tzinfo=tz)
    end = datetime.combine((last or first + EXPORT_SPAN) + timedelta(days=1), time(), tzinfo=tz)
    events = await store.events_between(start, end, organisation_id=document.organisation_id)
    audience = document.audience
    if audience.is_everyone:
        return events
    # as bot.exports.model.for_audience: a parents' meeting is no student's
    return [e for e in events if e.audience.overlaps(audience) and not e.audience.parents]


async def calendar_link(ctx: Context[FilesStore], person: Person, *, renew: bool) -> list[Reply]:
    """A secret feed URL that calendar apps subscribe to (webhook mode only)."""
    if not ctx.config.feed_base_url:
        return [Reply("calendar_link_unavailable")]
    token = await ctx.store.calendar_token(person.id, renew=renew)
    url = f"{ctx.config.feed_base_url.rstrip('/')}/ics/{token}.ics"
    context = {
        "url": url,
        "renewed": renew,
        "role": person.role.value,
        "class_name": person.class_name,  # a student without one gets every student event
    }
    return [Reply("calendar_link", context)]


async def on_report(
    ctx: Context[FilesStore], person: Person, dialog: Dialog, request: ReportRequest
) -> list[Reply]:
    """ "итоги ноября", "отзывы по КГТУ"."""
    return await report(ctx, person, request)


async def on_export(
    ctx: Context[FilesStore], person: Person, dialog: Dialog, request: ExportRequest
) -> list[Reply]:
    """ "выгрузка", "план на декабрь в pdf"."""
    return await export(ctx, person, request)


async def on_calendar_link(
    ctx: Context[FilesStore], person: Person, dialog: Dialog, command: CalendarLinkCommand
) -> list[Reply]:
    """ "ссылка на календарь" / "новая ссылка на календарь"."""
    return await calendar_link(ctx, person, renew=command.renew)


ROUTES: Routes = {
    ReportRequest: on_report,
    ExportRequest: on_export,
    CalendarLinkCommand: on_calendar_link,
}
