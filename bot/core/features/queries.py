"""Questions about the plan: a period's events, one's own events, upcoming clashes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol, cast

from bot.core.calendar_checks import warning_view
from bot.core.clashes import check_clashes, flagged_events
from bot.core.dialog import Dialog
from bot.core.digest import clash_pairs as week_clashes
from bot.core.features import school_cards
from bot.core.features.context import Commands, Context, Routes
from bot.core.features.organisers import (
    asks_which,
    may_name,
    names_organisers,
    organiser_asked,
    which_one,
    which_seen,
)
from bot.core.features.own_days import on_days, own_event_days
from bot.core.language.asked_rooms import in_room
from bot.core.language.audience import CLASS_LETTERS
from bot.core.language.buttons import ButtonAction, payload
from bot.core.language.commands import Command, CommandKind
from bot.core.language.meaning import (
    Ask,
    AskOrganiser,
    ClashesInPeriod,
    ClassClashes,
    ClassUnknown,
    EventClashes,
    EventDetails,
    ForChild,
    MineInPeriod,
    PollResultsWhere,
)
from bot.core.language.named_words import title_words
from bot.core.language.student_asks import bring_note
from bot.core.models import (
    Audience,
    Clash,
    Event,
    EventStatus,
    Organisation,
    OrgKind,
    Person,
    QueryIntent,
    Role,
)
from bot.core.numbered_buttons import RowButton, numbered_rows
from bot.core.permissions import can_agree, can_edit, hidden_from
from bot.core.ports import Directory, EventStore, SettingsStore, SignupStore
from bot.core.replies import Button, Reply
from bot.core.school_calendar import Vacation, next_vacations, year_named
from bot.core.school_settings import load_school_calendar
from bot.core.students import is_class_work, registration_closed, signup_buttons
from bot.core.titles import close_mention, title_mentions
from bot.core.views import clash_view, days_view, event_view

LIST_LIMIT = 30
MINE_HORIZON = timedelta(days=60)
NEXT_HORIZON = timedelta(days=92)  # «Ближайшее — …» after an empty period looks this far


class QueryStore(Directory, EventStore, SignupStore, SettingsStore, Protocol):
    """The ports queries read."""


async def answer_query(
    ctx: Context[QueryStore],
    person: Person,
    dialog: Dialog,
    query: QueryIntent,
    count: bool = False,
    by_organiser: bool = False,
    school_year: bool = False,
) -> list[Reply]:
    """The events of a period (and audience, organiser, title words: «когда лекция?»),
    grouped by day; the list is remembered for "отмени 2", and students get sign-up
    buttons. `count` («сколько мероприятий …?»): the reply says how many there are (`count`
    in the context: every event found, also those beyond LIST_LIMIT; None when not asked);
    with `by_organiser` also how many each organiser has (`organisers`: name and count,
    most first; newcomer walk 2026-12-02t, #24). `school_year`: the query's period is the
    school year (Ask.school_year), named so («Учебный год 2026/27: …», `school_year` in
    the context: "2026/27"; None otherwise)."""
    tz = ctx.config.tz
    query = _followed(query, dialog, ctx.wall_now().date())
    asked = await _own_days_asked(ctx, person, query)
    if isinstance(asked, Reply):
        return [asked]
    query, asked_days = asked
    start = datetime.combine(query.start, time(), tzinfo=tz)
    end = datetime.combine(query.end + timedelta(days=1), time(), tzinfo=tz) if query.end else None
    orgs = await ctx.orgs()
    organiser = await _asked_organiser(ctx, person, query, (start, end), orgs)
    if isinstance(organiser, Reply):  # «что у музея?» with two museums: which one?
        return [organiser]
    organiser_id = organiser.id if organiser else None
    events = await ctx.store.events_between(start, end, organisation_id=organiser_id)
    if query.own_class and not person.class_name:  # «что у моего класса?»: which one?
        return [Reply("own_class_unknown", {"role": person.role.value})]
    audience = audience_filter(person, query)
    events = _asked_of(events, person, query, audience, ctx.clock.now())
    events = on_days(events, asked_days, tz) if asked_days else events
    if query.room and query.room_free:  # «когда свободен актовый зал …?»: its busy times
        return [_room_busy(ctx, query, events, orgs, person)]
    shown = events[:LIST_LIMIT]
    _remember_list(dialog, person, query, shown, organiser)
    days = days_view(shown, orgs, first_day=query.start)
    context = _list_context(ctx, person, query, events, shown, days, orgs, organiser)
    context |= {
        "audience": audience,
        "count": len(events) if count else None,
        "school_year": f"{query.start.year}/{(query.start.year + 1) % 100:02d}"
        if school_year
        else None,
        "organisers": _by_organiser(events, orgs) if count and by_organiser else [],
        "own_days": asked_days,  # «в эти дни»: the days of the asker's own events
    }
    if end is not None and not count and not school_year:
        # «что на каникулах?»: «С 31 декабря по 10 января (зимние каникулы) мероприятий
        # нет», not «На 31 декабря 2026 — 10 января 2027 …» (newcomer78 W6)
        vacation = await _vacation_asked(ctx, query)
        context["vacation"] = vacation.season if vacation is not None else None
    if query.own_class and person.role is not Role.STUDENT and shown:
        context["class_clashes"] = await _class_clashes(ctx, shown, orgs)
    elif person.role is Role.STUDENT and len(shown) > 1:
        # two events of the student's own list at one time: on the list, not only at the
        # sign-up (newcomer77's leftover, newcomer78's walk)
        context["student_clashes"] = _same_students(week_clashes(shown, shown, orgs))
    if not shown:
        period = (start, end) if end is not None and not count else None
        found = (audience, organiser_id, period)
        return await _empty_answer(ctx, person, dialog, query, context, orgs, found)
    return await _listed_answer(ctx, person, dialog, shown, days, orgs, context, query)


async def _class_clashes(
    ctx: Context[QueryStore], shown: Sequence[Event], orgs: Mapping[int, Organisation]
) -> list[dict[str, object]]:
    """«что у моего класса на следующей неделе?» asked by a teacher: the clashes of the
    listed events (`shown`, not empty) with any event of their days, as the Monday digest
    names them (digest.clash_pairs; newcomer walk 2026-12-03ad, AD7)."""
    pool = await ctx.store.events_overlapping(
        shown[0].start - timedelta(days=1), max(e.end for e in shown) + timedelta(days=1)
    )
    return week_clashes(shown, pool, orgs)


async def _own_days_asked(
    ctx: Context[QueryStore], person: Person, query: QueryIntent
) -> tuple[QueryIntent, list[date]] | Reply:
    """«что ещё в школе в эти дни?» (query.own_days, not for a student): the query narrowed
    to the span of the days of the asker's organisation's upcoming events, and those days
    (school-local, sorted); «own_days_none» when it holds none. Any other query as it is,
    with no days."""
    if not query.own_days or person.role is Role.STUDENT:
        return query, []
    asked_days = await own_event_days(ctx, person)
    if not asked_days:
        return Reply("own_days_none")
    return replace(query, start=asked_days[0], end=asked_days[-1]), asked_days


async def _asked_organiser(
    ctx: Context[QueryStore],
    person: Person,
    query: QueryIntent,
    window: tuple[datetime, datetime | None],
    orgs: Mapping[int, Organisation],
) -> Organisation | Reply | None:
    """The organiser the question is about: the one its words name, else the one its
    holder («что у КГТУ?») or «наши» means (_holder); for a student or a partner only among
    the partners they see (_named_to). A Reply asks which one, or says none is known."""
    organiser = organiser_asked(query.organiser, orgs.values())
    if organiser is None:
        organiser = await _holder(ctx, person, query, orgs)
    if not names_organisers(person):  # a student or a partner: only partners they see
        organiser = await _named_to(ctx, person, query, window, orgs, organiser)
    return organiser


def _remember_list(
    dialog: Dialog,
    person: Person,
    query: QueryIntent,
    shown: Sequence[Event],
    organiser: Organisation | None,
) -> None:
    """Remember in `dialog` what the answer lists (`shown`) and asked, so follow-ups
    («записаться 2», «а в воскресенье?», «отмени») go on from it."""
    if shown:  # an empty answer keeps the last list: «записаться 1» still means its №1
        dialog.listed = [e.id for e in shown]
        dialog.empty_answer = None
    if query.end is not None and query.end > query.start:
        dialog.period = (query.start, query.end)
    elif query.end == query.start and not _within(query.start, dialog.period):
        # «что в субботу?» (the 5th) after next week's list: «а в воскресенье?» is no
        # longer that week's Sunday but the nearest (chat53's walk: it was the 13th)
        dialog.period = None
    dialog.asked_day = query.start if query.end == query.start else None
    # the classes of the question answered last, whatever its days: a follow-up naming none
    # goes on from it — never from an older list's class after a question about another
    # (conv44: a 9Б student's «а 9 декабря?» after «что 16 декабря?» was for 10А, the
    # class of the week listed before)
    dialog.period_own_class = query.own_class
    dialog.period_audience = None if query.audience.is_everyone else query.audience
    dialog.period_filters = _filters_kept(query, organiser.name if organiser else None)
    if len(shown) == 1:  # "отмени" now means the one event just looked at
        dialog.last_event = shown[0].id
    elif shown and person.role is Role.STUDENT:  # «когда?», «я передумал»: which one?
        dialog.last_event = None


def _list_context(
    ctx: Context[QueryStore],
    person: Person,
    query: QueryIntent,
    events: Sequence[Event],
    shown: Sequence[Event],
    days: list[dict[str, Any]],
    orgs: Mapping[int, Organisation],
    organiser: Organisation | None,
) -> dict[str, Any]:
    """The template context of a list answer (events_list, no_events) that depends on the
    question and the events alone (`events`: all found, `shown`: those listed, `days`:
    their days_view); answer_query adds what its flags ask."""
    return {
        "start": query.start,
        "end": query.end,
        "organiser": organiser.name if organiser else None,
        "days": days,
        "more": len(events) - len(shown),
        "can_edit": any(can_edit(person, e) for e in shown),  # the hint only if usable
        # the hint's number is one the person may change; others' events are said to be
        # changed by their organisers (newcomer walk 2026-12-03x, X10: a class teacher's
        # «перенеси 1» under a museum's event)
        "edit_number": next((n for n, e in enumerate(shown, 1) if can_edit(person, e)), 1),
        "edit_all": all(can_edit(person, e) for e in shown),
        # «что после осенних каникул?» asked in December: «с 1 ноября 2027 года» (a period
        # in another calendar or school year names its year; newcomer walk 2026-12-02n)
        "years": _years_named(query, ctx.wall_now().date()),
        "title": query.title,
        # the words quoted back in their dictionary form, never the parse's leftover forms
        # («лекции космосе»: attack 2026-12-02s #6b)
        "words": title_words(query.title) if query.title else [],
        "room": query.room,
        # the curator sees which still wait for their agreement (walk 2026-12-02t, #16)
        "waiting": [e.id for e in shown if not e.agreed] if can_agree(person) else [],
        "weekday_rival": query.weekday_rival,
        # «была ли лекция 9 декабря?» a week before: the day is said to be still ahead
        "not_yet": query.not_yet,
    }


async def _empty_answer(
    ctx: Context[QueryStore],
    person: Person,
    dialog: Dialog,
    query: QueryIntent,
    context: dict[str, Any],
    orgs: Mapping[int, Organisation],
    found: tuple[Audience, int | None, tuple[datetime, datetime] | None],
) -> list[Reply]:
    """«no_events» (`context`: the list's, `orgs`: every organisation by id). `found`: the
    audience and organiser id the events were filtered by, and the period asked (aware
    start, end; None for an open period or a count): with a period the nearest event after
    it is named («Ближайшее — …», AG11); a student may then pick it by «запиши меня», else
    nothing on screen is to be picked (AI4)."""
    audience, organiser_id, period = found
    later = None
    if period is not None:
        later = await _nearest(ctx, person, query, audience, organiser_id, period, dialog.listed)
        context["next_event"] = event_view(later, orgs) if later is not None else None
    if later is not None and person.role is Role.STUDENT:
        # a bare «запиши меня» next means the event just named, not the earlier
        # list (whose numbers still answer «записаться 2»): walk 2026-12-04ah, AH1
        dialog.pick(later.id)
    else:  # nothing on screen to pick by a bare number or «запиши меня» (AI4)
        dialog.answered_empty(query.start, query.end, audience)
    return [Reply("no_events", context, buttons=_rival_button(query))]


async def _listed_answer(
    ctx: Context[QueryStore],
    person: Person,
    dialog: Dialog,
    shown: Sequence[Event],
    days: list[dict[str, Any]],
    orgs: Mapping[int, Organisation],
    context: dict[str, Any],
    query: QueryIntent,
) -> list[Reply]:
    """«events_list» of `shown` (`days`: their days_view, `orgs`: every organisation by
    id, `context`: the list's): a student's places are marked and sign-up buttons given,
    none for an event whose registration deadline has passed (the hint names the first event
    one may sign up for)."""
    class_work = {e.id for e in shown if is_class_work(e, orgs)}
    held: set[int] = set()
    if person.role is Role.STUDENT:
        held = await _mark_places(ctx, person, shown, days, class_work)
    # no «Записаться» for an event marked «✅ вы записаны» (newcomer78 W8), nor for one whose
    # registration deadline has passed: the sign-up would be refused (attack83)
    now = ctx.clock.now()
    closed = {e.id for e in shown if registration_closed(e, now)}
    skip = class_work | held | closed
    buttons = signup_buttons(dialog.listed, skip) if person.role is Role.STUDENT else ()
    context["can_sign_up"] = bool(buttons)
    if buttons:  # the hint's «записаться N» names an event one may sign up for
        context["first_signable"] = buttons[0][0].context["number"]
    return [Reply("events_list", context, buttons=_rival_button(query) + buttons)]


def _asked_of(
    events: Sequence[Event], person: Person, query: QueryIntent, audience: Audience, now: datetime
) -> list[Event]:
    """Those of `events` a query asks about: for `audience` (everyone: all), never a staff
    or parents' meeting for a student or another organisation's partner (permissions.
    hidden_from), nor one already over for a student (`now`, aware; walk r, #13),
    named by the query's title words («когда лекция?»: walk 12-02o, #10) and held in its
    room («что в актовом зале …?»: walk 2026-12-02t, #9)."""
    found = list(events)
    if not audience.is_everyone:
        found = [e for e in found if e.audience.overlaps(audience)]
    found = [e for e in found if not hidden_from(person, e)]  # safety72 #1: partners too
    if person.role is Role.STUDENT:
        found = [e for e in found if e.end > now]
    if query.title:
        found = [e for e in found if title_mentions(query.title, e.title)]
    if query.room:
        found = [e for e in found if in_room(query.room, e.venue)]
    return found


async def _holder(
    ctx: Context[QueryStore], person: Person, query: QueryIntent, orgs: Mapping[int, Any]
) -> Any:
    """The partner organisation whose events a question names by lower-case words («что у
    музея в декабре?») when they name one, or by «у нас» from a partner (its own events; a
    school teacher's «у нас» is the school's whole plan); the «which one?» reply when the
    words fit several partners (two museums; organiser77); None otherwise (chat51). «у
    школы» names the school, whose plan holds every organiser's events: it filters nothing
    (fixquote52, review51)."""
    if query.holder:
        partners = [org for org in orgs.values() if org.kind is OrgKind.PARTNER]
        named = organiser_asked(query.holder, partners)
        return named if isinstance(named, Organisation) or asks_which(named) else None
    if query.ours and person.role is Role.PARTNER:
        return orgs.get(await ctx.organisation_of(person))
    return None


async def _which_seen(
    ctx: Context[QueryStore],
    person: Person,
    query: QueryIntent,
    window: tuple[datetime, datetime | None],
    orgs: Mapping[int, Organisation],
    asked: Reply,
) -> Organisation | Reply:
    """For a student or a partner, a name fitting several partners («что у музея?» with two
    museums) is asked among those only that have an event in the question's `window`
    (aware instants, end exclusive or None) which the person's own answer would list
    (`orgs`: every organisation by id, as the caller read them):
    one is then meant, none gives «Не нашёл организатора …» as for an unknown name. The
    question thus names no partner the plan does not already show them (attack77: a
    student listed every partner with «музей», «центр», «клуб» in its name)."""
    events = await ctx.store.events_between(*window)
    seen = _asked_of(events, person, query, audience_filter(person, query), ctx.clock.now())
    return which_seen(asked, seen, orgs.values())


async def _named_to(
    ctx: Context[QueryStore],
    person: Person,
    query: QueryIntent,
    window: tuple[datetime, datetime | None],
    orgs: Mapping[int, Organisation],
    organiser: Organisation | Reply | None,
) -> Organisation | Reply | None:
    """The organiser a student's or a partner's question names (`organiser`: what the words
    matched), as the plan lets them know it: a partner organisers.may_name names is kept; one
    partner or several the words fit are kept only among those with an event their answer
    would list (`_which_seen`: in the question's `window`, from its start on for one
    partner). None of those: a capitalised name (`query.organiser`) gets «Не нашёл
    организатора …», lower-case words (`query.holder`) filter nothing — as words that name
    no partner at all (chat51), so the answer tells no partner apart from none (attack78)."""
    if isinstance(organiser, Organisation):
        if may_name(person, organiser):
            return organiser
        name = query.organiser or query.holder or organiser.name
        organiser, window = which_one(name, [organiser]), (window[0], None)
    if not asks_which(organiser):
        return organiser
    seen = await _which_seen(ctx, person, query, window, orgs, organiser)
    if query.organiser or isinstance(seen, Organisation) or asks_which(seen):
        return seen
    return None


async def _nearest(
    ctx: Context[QueryStore],
    person: Person,
    query: QueryIntent,
    audience: Audience,
    organiser_id: int | None,
    period: tuple[datetime, datetime],
    listed: Sequence[int],
) -> Event | None:
    """The event «Ближайшее — …» names under an empty `period` (aware start, end): the
    first after it, else — the period the school's vacation still ahead, the winter
    holidays asked about in December — the first from now, before it, so the reply is no
    dead end (newcomer75: «что на каникулах?»), unless the last list (`listed`, event ids)
    showed it; None when there is none (`_next_after`). Any other empty period with nothing
    after it names nothing, as before (conv40: «что на неделе 21 декабря?»)."""
    later = await _next_after(ctx, person, query, audience, organiser_id, period[1])
    now = ctx.clock.now()
    if later is not None or period[0] <= now or not await _is_vacation(ctx, query):
        return later
    before = await _next_after(ctx, person, query, audience, organiser_id, now)
    # one the last list showed is no news: «а через неделю?» after next week's list
    # stays «… мероприятий нет» with nothing to pick (conv42, AI4)
    return None if before is None or before.id in listed else before


async def _is_vacation(ctx: Context[QueryStore], query: QueryIntent) -> bool:
    """Whether the query's days are exactly one of the whole school's coming vacations
    (school_calendar.next_vacations of the school's calendar, school-local dates)."""
    return await _vacation_asked(ctx, query) is not None


async def _vacation_asked(ctx: Context[QueryStore], query: QueryIntent) -> Vacation | None:
    """The whole school's coming vacation (school_calendar.next_vacations, school-local
    dates) whose days are exactly the query's, or None."""
    calendar = await load_school_calendar(ctx.store)
    coming = next_vacations(ctx.wall_now().date(), calendar)
    return next((v for v in coming if v.start == query.start and v.end == query.end), None)


async def _next_after(
    ctx: Context[QueryStore],
    person: Person,
    query: QueryIntent,
    audience: Audience,
    organiser_id: int | None,
    after: datetime,
) -> Event | None:
    """The first event the query would list (its audience — the asker's class —, title,
    room, organiser) starting from `after` (aware: the end of the empty period asked about,
    or now when nothing follows a period still ahead) up to NEXT_HORIZON later, for
    «Ближайшее — …» (newcomer walk 2026-12-04ag, AG11: «На 7–13 декабря для 9Б мероприятий
    нет.» while 9Б had one on the 17th); None when there is none."""
    later = await ctx.store.events_between(
        after, after + NEXT_HORIZON, organisation_id=organiser_id
    )
    found = _asked_of(later, person, query, audience, ctx.clock.now())
    return min(found, key=lambda e: e.start, default=None)


def _rival_button(query: QueryIntent) -> tuple[tuple[Button, ...], ...]:
    """«что в пятницу 17?» when the 17th is a Thursday: the list shows the 17th and one
    button asks about the other reading, the written weekday's day of that week (a «pick»
    answered as the typed question «что 18.12.2026?»); none when nothing contradicts."""
    rival = query.weekday_rival
    if rival is None:
        return ()
    # «q»: a read-only question, never stale (bot.core.features.pick_presses)
    asked = payload(ButtonAction.PICK, t=f"что {rival.strftime('%d.%m.%Y')}?", q=1)
    return ((Button("pick", asked, context={"at": datetime.combine(rival, time())}),),)


def _same_students(pairs: list[dict[str, object]]) -> list[dict[str, object]]:
    """Of clash pairs as `week_clashes` gives them, those whose reasons include the same
    students («audience»): what a student's list warns of — two events of their own class at
    one time; a shared room is none of the student's business."""
    return [p for p in pairs if "audience" in cast("list[str]", p["reasons"])]


def _by_organiser(events: Sequence[Event], orgs: Mapping[int, Any]) -> list[dict[str, Any]]:
    """How many of `events` each organiser has: {"name", "count"} each, most first, then by
    name (an organisation no longer known is named «—»)."""
    counted = Counter(
        orgs[e.organisation_id].name if e.organisation_id in orgs else "—" for e in events
    )
    ranked = sorted(counted.items(), key=lambda item: (-item[1], item[0]))
    return [{"name": name, "count": number} for name, number in ranked]


def _room_busy(
    ctx: Context[QueryStore],
    query: QueryIntent,
    events: Sequence[Event],
    orgs: Mapping[int, Any],
    person: Person,
) -> Reply:
    """`room_busy`: the room's events of the period (its busy times, by day) and that the
    rest of the period is free by the plan; none: the room is free by the plan (walk
    2026-12-02t, #9: «нет мероприятий по словам …» read as «free» with two events there).
    Lessons are not in the plan: anyone but a curator is sent to the curator for them."""
    return Reply(
        "room_busy",
        {
            "room": query.room,
            "start": query.start,
            "end": query.end,
            "days": days_view(list(events[:LIST_LIMIT]), orgs),
            "more": max(0, len(events) - LIST_LIMIT),
            "years": _years_named(query, ctx.wall_now().date()),
            "curator": person.role is Role.CURATOR,
        },
    )


async def _mark_places(
    ctx: Context[QueryStore],
    person: Person,
    shown: Sequence[Event],
    days: list[dict[str, Any]],
    class_work: Collection[int] = (),
) -> set[int]:
    """A student's list marks their own sign-ups (`mine`: "going" | "waiting") and the
    events whose seats are all taken (`full`: a sign-up joins the waiting list) on each
    event's view in `days` (days_view of `shown`; walk 2026-12-02r, #12), and the class's
    own tests and lessons (`class_work`: their ids; no sign-up, students.is_class_work).
    Returns the ids of the shown events the student holds a place or a waiting place on."""
    if not shown:
        return set()
    since = shown[0].start
    held = {e.id: status for e, status in await ctx.store.events_of_person(person.id, since)}
    going = await ctx.store.signup_counts([e.id for e in shown])
    by_id = {e.id: e for e in shown}
    for day in days:
        for view in day["events"]:
            event = by_id.get(view.get("id"))
            if event is None:
                continue
            view["class_work"] = event.id in class_work
            view["mine"] = held.get(event.id)
            view["full"] = event.capacity is not None and going.get(event.id, 0) >= event.capacity
    return {e.id for e in shown if held.get(e.id) in ("going", "waiting")}


def _years_named(query: QueryIntent, today: date) -> bool:
    """Whether a reply naming the query's period names its year (school_calendar
    .year_named of its first or last day against `today`, school-local)."""
    days = [query.start] + ([query.end] if query.end is not None else [])
    return any(year_named(day, today) for day in days)


def _kept_year(query: QueryIntent, dialog: Dialog, today: date) -> QueryIntent:
    """A follow-up day written without its year («а 1 июня?») after a question about days
    gone («что было 31 мая?»: 31 May 2026) is that year's, not next year's (walk45: 1 June
    2027): read a year back when the question before it asked about days before `today`
    (school-local), the day a year back is past too and within half a year of them."""
    before = dialog.asked_day or (dialog.period[1] if dialog.period else None)
    if not (query.follows_on and query.rolled_year) or before is None or before >= today:
        return query
    try:
        start = query.start.replace(year=query.start.year - 1)
        end = query.end.replace(year=query.end.year - 1) if query.end else None
    except ValueError:  # 29 February
        return query
    if (end or start) >= today or abs((start - before).days) > _HALF_YEAR:
        return query
    return replace(query, start=start, end=end)


_HALF_YEAR = 183  # days


def _followed(query: QueryIntent, dialog: Dialog, today: date) -> QueryIntent:
    """`query` as a follow-up of the period listed last («а через неделю?», «а в субботу?»:
    within_listed_period) asks it: naming no classes, it is about the classes that list was
    for — the asker's own («что у моего класса …?», conv41) or those it named («что на
    следующей неделе для 9Б?»: before, the follow-up listed the whole school; conv42); so
    is any question opening with «а» («а 16 декабря?», `follows_on`: newcomer walk
    2026-12-04aj, AJ3). Classes alone («а для 10А?») after one day's answer ask that day
    (Dialog.asked_day; conv44), and «а через неделю?» after it that day a week on (walk44).
    A question that is no follow-up is `query` as parsed; a follow-up day of a past
    question keeps its year (`_kept_year`)."""
    query = _kept_year(query, dialog, today)
    if query.same_period and dialog.asked_day is not None:  # «а для 10А?» after one day
        followed = replace(query, start=dialog.asked_day, end=dialog.asked_day)
    elif query.follow_up_week and dialog.asked_day is not None:
        # «а через неделю?» after one day's answer: that day a week on, not a week from
        # today nor the week after an older list (walk44)
        day = dialog.asked_day + timedelta(days=7 * query.follow_up_week)
        followed = replace(query, start=day, end=day)
    else:
        followed = within_listed_period(query, dialog.period)
    if followed is query and not query.follows_on:
        return followed
    followed = _kept_filters(followed, dialog.period_filters or {})
    if not query.audience.is_everyone:
        return followed
    if dialog.period_own_class:
        return replace(followed, own_class=True)
    if dialog.period_audience is not None:
        return replace(followed, audience=dialog.period_audience)
    return followed


def _within(day: date, period: tuple[date, date] | None) -> bool:
    """Whether `day` is one of `period`'s days (inclusive; no period: False)."""
    return period is not None and period[0] <= day <= period[1]


def _filters_kept(query: QueryIntent, organiser: str | None) -> dict[str, str] | None:
    """Dialog.period_filters for the answer to `query` (as followed) listing `organiser`'s
    events (its name; None: everyone's): the organiser, room and title words asked."""
    kept = {"organiser": organiser, "room": query.room, "title": query.title}
    if query.room_free:
        kept["room_free"] = "yes"
    named = {key: value for key, value in kept.items() if value}
    return named or None


def _kept_filters(query: QueryIntent, kept: Mapping[str, str]) -> QueryIntent:
    """A follow-up `query` («а в январе?») with the filters of the question before it
    (Dialog.period_filters) that it does not name itself: «а в январе?» after a partner's
    «что у нас в декабре?» is their own January, after «что в актовом зале …?» the hall's,
    after «когда лекции …?» the lectures (chat53: each was the whole plan) — but «а что в
    январе?» asks what is on anew: its «что» stands for the title words, which stay behind,
    while the room and organiser (where and whose) are kept, and the answer names them
    («а что 9 декабря?» after the hall's December: the hall's 9th; QueryIntent.asks_anew,
    fixchat54). A question without «а» keeps nothing."""
    names_organiser = query.organiser or query.holder or query.ours
    if kept.get("organiser") and not names_organiser:
        query = replace(query, organiser=kept["organiser"])
    if kept.get("room") and not query.room:
        query = replace(query, room=kept["room"], room_free=bool(kept.get("room_free")))
    if kept.get("title") and not query.title and not query.asks_anew:
        query = replace(query, title=kept["title"])  # «а что …?»: the «что» is new
    return query


def within_listed_period(query: QueryIntent, period: tuple[date, date] | None) -> QueryIntent:
    """A follow-up weekday («а в субботу?» after next week's list) as that weekday within the
    period listed last (school-local dates); the query as parsed otherwise (no period kept,
    or the period has no such day). «а через неделю?» (`follow_up_week`) after a list of
    at most a week is the calendar week (Monday to Sunday) after that list's last day —
    «через неделю» after a week's answer means the week after it, not one day (newcomer
    walk 2026-12-04ag, AG6); «а через 2 недели?» the second such week (AJ6). Classes alone
    («а для 10А?», `same_period`) ask the listed period itself (AJ4). The answer names
    the dates."""
    if query.same_period and period is not None:  # «а для 10А?»: that period, for 10А (AJ4)
        return replace(query, start=period[0], end=period[1])
    if query.follow_up_week and period is not None and (period[1] - period[0]).days < 7:
        # «а через 2 недели?»: the second week after the list (AJ6)
        weeks_on = 7 * (query.follow_up_week - 1)
        monday = period[1] + timedelta(days=7 - period[1].weekday() + weeks_on)
        return replace(query, start=monday, end=monday + timedelta(days=6))
    if query.follow_up_weekday is None or period is None:
        return query
    first, last = period
    day = first + timedelta(days=(query.follow_up_weekday - first.weekday()) % 7)
    if day > last:
        return query
    return replace(query, start=day, end=day)


def audience_filter(person: Person, query: QueryIntent) -> Audience:
    """Whom the list is for: as asked, else a student's own class (a class teacher's when
    they ask «что у моего класса?»), else everyone."""
    if not query.audience.is_everyone:
        return query.audience
    if query.own_class and person.class_name:
        return Audience(classes=frozenset({person.class_name}))
    if person.role is Role.STUDENT and person.class_name:
        return Audience(classes=frozenset({person.class_name}))
    return Audience()


async def _with_entered(
    ctx: Context[QueryStore],
    person: Person,
    events: list[Event],
    start: datetime,
    end: datetime | None,
) -> list[Event]:
    """`events` (the curator's organisation's, in start order) and the events `person`
    entered (`Event.created_by`) that are filed under another organisation — a partner's
    post pasted, or an event given to a partner with «организатор — КГТУ» (chat77: the
    curator's only event given away left «мои мероприятия» empty) — in start order."""
    ids = {e.id for e in events}
    entered = [e for e in await ctx.store.events_between(start, end) if e.created_by == person.id]
    return sorted([*events, *(e for e in entered if e.id not in ids)], key=lambda e: e.start)


async def mine(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, period: QueryIntent | None = None
) -> list[Reply]:
    """A student's sign-ups, or one's organisation's upcoming events (a teacher's: those
    they added, bot.core.permissions.can_edit, a partner's among them) — every one from now on
    (newcomer walk 2026-12-01h #4: a two-month horizon hid the spring term and said «нет
    запланированных»), the first LIST_LIMIT listed and the rest counted, with the day of the
    first left out (`next`: the template names its month for «мои мероприятия в марте»).
    With `period` («мои мероприятия в марте», school-local inclusive days) only that period
    (`period` in the context: start, end)."""
    tz = ctx.config.tz
    now = ctx.clock.now()
    start, end = now, None
    if period is not None:
        start = max(now, datetime.combine(period.start, time(), tzinfo=tz))
        if period.end is not None:
            end = datetime.combine(period.end + timedelta(days=1), time(), tzinfo=tz)
    if person.role is Role.STUDENT:
        replies = await ctx.students.mine(person, await ctx.orgs(), start, end)
        listed = [item["event"]["id"] for item in replies[0].context.get("items", [])]
        dialog.listed = listed or dialog.listed  # an empty answer keeps the last list
        if not listed:  # «1» next: nothing to pick among no sign-ups (AJ10)
            dialog.answered_empty(start.astimezone(tz).date(), None, mine=True)
        if len(listed) > 1:  # «я передумал» now asks which of them (walk 2026-12-02r, #9)
            dialog.last_event = None
        return replies
    staff = person.role is Role.STAFF
    org_id = None if staff else await ctx.organisation_of(person)
    events = await ctx.store.events_between(start, end, organisation_id=org_id)
    if staff:  # a teacher's own (a partner's they entered too): the plan is «что на …?»
        events = [e for e in events if can_edit(person, e)]
    if person.role is Role.CURATOR:  # and those they entered for a partner (chat77)
        events = await _with_entered(ctx, person, events, start, end)
    shown = events[:LIST_LIMIT]
    dialog.listed = [e.id for e in shown] or dialog.listed  # an empty answer keeps the last
    if not shown:  # «1» next: nothing to pick among none of one's own (AJ10)
        dialog.answered_empty(start.astimezone(tz).date(), None, mine=True)
    orgs = await ctx.orgs()
    undelivered = await ctx.store.undelivered_counts([e.id for e in shown])
    left = events[len(shown) :]
    context = {
        "days": days_view(
            shown, orgs, today=ctx.wall_now().date(), first_day=start.astimezone(tz).date()
        ),
        "more": len(left),
        "next": left[0].start.astimezone(tz).date() if left else None,
        "period": {"start": period.start, "end": period.end} if period is not None else None,
        "own_only": person.role is Role.STAFF,  # the template points to the school's plan
        # a curator's entries filed under another organisation name it (chat77)
        "others": {e.id for e in shown if e.organisation_id != org_id} if org_id else set(),
        # each one's agreement (walk t, #16): the school-local day agreed, None: waiting
        "agreed": {
            e.id: None if e.agreed_at is None else e.agreed_at.astimezone(tz).date() for e in shown
        },
    }
    others = await school_cards.elsewhere(ctx, person, now, now + MINE_HORIZON)  # issue 14
    return [Reply("my_events", {**context, "undelivered": undelivered, "elsewhere": others})]


async def clash_overview(
    ctx: Context[QueryStore],
    person: Person,
    dialog: Dialog,
    period: ClashesInPeriod | None = None,
    classes: Audience | None = None,
) -> list[Reply]:
    """Upcoming clashes, numbered: all of them for a curator, one's own organisation's for
    others (a class teacher's: and their class's, _class_taught) — within the next
    MINE_HORIZON, or the days of `period` («накладки в марте»); with `classes` («накладки
    у 9Б»), those of the events held for them, whoever organises them (as «что у моего
    класса?» names the class's clashes), a partner's own only. Number N (and its
    move/cancel buttons) means the clash's event the person may change, so "перенеси 2 на
    17:00" after this list moves clash 2's event."""
    if person.role is Role.STUDENT:
        return [Reply("clashes_not_allowed")]  # organisers' business: say so, not «не понял»
    whole_plan = person.role is Role.CURATOR or (
        classes is not None and person.role is not Role.PARTNER
    )
    org_id = None if whole_plan else await ctx.organisation_of(person)
    now = ctx.clock.now()
    first, last = now, now + MINE_HORIZON
    if period is not None:
        tz = ctx.config.tz
        first = max(now, datetime.combine(period.start, time(), tzinfo=tz))
        last = datetime.combine(period.end + timedelta(days=1), time(), tzinfo=tz)
    own_class = _class_taught(person) if classes is None and org_id is not None else None
    events = await _overview_events(ctx, (first, last), org_id, classes, own_class)
    orgs = await ctx.orgs()
    every_pair = await clash_pairs(ctx, events)
    pairs = every_pair[:LIST_LIMIT]
    targets = [_editable_side(person, event, clash.other) for event, clash in pairs]
    items = [
        {
            "number": n,
            "event": event_view(event, orgs),
            "other": event_view(clash.other, orgs),
            "reasons": sorted(r.value for r in clash.reasons),
            "target": event_view(target, orgs),
        }
        for n, ((event, clash), target) in enumerate(zip(pairs, targets, strict=True), 1)
    ]
    dialog.listed = [t.id for t in targets]
    context = {
        "items": items,
        "more": len(every_pair) - len(pairs),
        "horizon_days": MINE_HORIZON.days,
        "period": {"start": period.start, "end": period.end} if period is not None else None,
        "clash_classes": classes,
        # a class's clashes between others' events: they are theirs to part (chat54)
        "others_only": (classes or own_class) is not None
        and not any(can_edit(person, t) for t in targets),
        "flagged": [
            {"event": event_view(e, orgs), "warnings": [warning_view(w) for w in found]}
            for e, found in await flagged_events(ctx.store, events, ctx.config.tz)
        ][:LIST_LIMIT],
    }
    buttons = () if context["others_only"] else clash_buttons(targets)
    return [Reply("clash_overview", context, buttons=buttons)]


CLASH_BUTTON_ROWS = 5  # VK: at most 10 buttons on an inline keyboard, two per clash


def clash_buttons(targets: Sequence[Event]) -> tuple[tuple[Button, ...], ...]:
    """ "Перенести N" / "Отменить N" for the first clashes of a numbered overview."""
    return numbered_rows(
        [e.id for e in targets],
        RowButton("move_n", ButtonAction.MOVE_EVENT, "primary"),
        RowButton("cancel_n", ButtonAction.CANCEL_EVENT, "negative"),
        limit=CLASH_BUTTON_ROWS,
    )


def _editable_side(person: Person, event: Event, other: Event) -> Event:
    """The event of a clashing pair the person may change (the first when both)."""
    return event if can_edit(person, event) or not can_edit(person, other) else other


async def _overview_events(
    ctx: Context[QueryStore],
    between: tuple[datetime, datetime],
    org_id: int | None,
    classes: Audience | None,
    own_class: Audience | None,
) -> list[Event]:
    """The events `clash_overview` pairs, starting in `between` (aware): the organisation
    `org_id`'s (None: every one's), with `classes` only those held for them («накладки у
    9Б»), with `own_class` (a class teacher's plain question, _class_taught) those held for
    it too, whoever organises them (staff74)."""
    if own_class is not None:
        everything = await ctx.store.events_between(*between)
        return [
            e for e in everything if e.organisation_id == org_id or e.audience.overlaps(own_class)
        ]
    events = await ctx.store.events_between(*between, organisation_id=org_id)
    return events if classes is None else [e for e in events if e.audience.overlaps(classes)]


def _class_taught(person: Person) -> Audience | None:
    """The class of a class teacher (a staff member with a class: «я классный руководитель
    9Б»), whose plain «что у нас пересекается?» is about it as well as about their own
    organisation's events — the school organises few of its classes' events (staff74,
    run72's left: 9Б's competition against 9Б's lecture was «накладок нет»); None for
    anyone else."""
    if person.role is not Role.STAFF or not person.class_name:
        return None
    return Audience(classes=frozenset({person.class_name}))


async def clash_pairs(
    ctx: Context[QueryStore], events: Sequence[Event]
) -> list[tuple[Event, Clash]]:
    """Each clash of `events` once, whichever side of the pair comes first."""
    seen: set[frozenset[int]] = set()
    pairs = []
    for event in events:
        for clash in await check_clashes(ctx.store, event):
            pair = frozenset({event.id, clash.other.id})
            if pair not in seen:
                seen.add(pair)
                pairs.append((event, clash))
    return pairs


async def on_ask(ctx: Context[QueryStore], person: Person, dialog: Dialog, ask: Ask) -> list[Reply]:
    """ "что на следующей неделе?", "что у КГТУ в декабре?"; a question naming another
    school of the deployment («когда лекция в лицее №23?» in the gymnasium's community) is
    answered with where to ask, as a change there is (attack 2026-12-02s #6b)."""
    other = school_cards.other_school(ctx, ask.school) if ask.school else None
    if other is not None:
        return [Reply("schools_asked_elsewhere", {"school": other.name})]
    return await answer_query(
        ctx,
        person,
        dialog,
        ask.query,
        count=ask.count,
        by_organiser=ask.by_organiser,
        school_year=ask.school_year,
    )


async def on_mine(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "мои мероприятия"."""
    return await mine(ctx, person, dialog)


async def on_clashes(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "накладки"."""
    return await clash_overview(ctx, person, dialog)


async def on_clashes_in_period(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, asked: ClashesInPeriod
) -> list[Reply]:
    """ "накладки в марте"."""
    return await clash_overview(ctx, person, dialog, asked)


async def on_class_clashes(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, asked: ClassClashes
) -> list[Reply]:
    """«есть ли накладки у 9Б?», «покажи накладки моего класса» (chat54): the clashes of
    the class's events; one's own class unknown: which one is it («я классный руководитель
    7А»), as «что у моего класса?» asks."""
    classes = asked.audience
    if asked.own_class and person.role is not Role.STUDENT:
        if not person.class_name:
            return [Reply("own_class_unknown", {"role": person.role.value})]
        classes = Audience(classes=frozenset({person.class_name}))
    return await clash_overview(ctx, person, dialog, asked.period, classes)


async def on_mine_in_period(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, intent: MineInPeriod
) -> list[Reply]:
    """ "мои мероприятия в марте"."""
    return await mine(ctx, person, dialog, intent.query)


EVENT_CLASH_CHOICES = 5  # events offered by «с чем пересекается экскурсия?» when several fit


async def on_event_clashes(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, asked: EventClashes
) -> list[Reply]:
    """«с чем пересекается экскурсия?» with no card open (chat51): the clashes of the saved
    event the words name (found as «когда экскурсия?» finds it: asked_events), or of the
    event a «which one?» button names; several fitting: which one, a button each; none:
    «не нашёл». Students are told clashes are the organisers' business, as «накладки» is."""
    if person.role is Role.STUDENT:
        return [Reply("clashes_not_allowed")]
    if asked.event_id is not None:
        event = await ctx.store.get_event(asked.event_id)
        live = event is not None and event.status is not EventStatus.CANCELLED
        found = [event] if event is not None and live else []
    else:
        found = _held_on(await asked_events(ctx, person, dialog, asked.reference), asked, ctx)
    if not found:
        context: dict[str, Any] = {"reference": asked.reference, "asked_days": asked.days}
        return [Reply("event_details_not_found", context)]
    orgs = await ctx.orgs()
    if len(found) > 1:
        shown = found[:EVENT_CLASH_CHOICES]
        dialog.listed = [e.id for e in shown]
        items = [{"number": n, "event": event_view(e, orgs)} for n, e in enumerate(shown, 1)]
        shown_clashes = RowButton("clashes_n", ButtonAction.EVENT_CLASHES, "primary")
        buttons = numbered_rows([e.id for e in shown], shown_clashes)
        context = {"items": items, "reference": asked.reference, "more": len(found) - len(shown)}
        return [Reply("event_clashes_which", context, buttons=buttons)]
    [event] = found
    dialog.last_event = event.id
    clashes = await check_clashes(ctx.store, event)
    context = {
        "event": event_view(event, orgs),
        "clashes": [clash_view(c, orgs) for c in clashes],
    }
    return [Reply("event_clashes", context)]


def _held_on(found: list[Event], asked: EventClashes, ctx: Context[QueryStore]) -> list[Event]:
    """Those of `found` starting on the days the clash question named (school-local,
    EventClashes.days; chat53), all of them when it named none."""
    if asked.days is None:
        return found
    first, last = asked.days
    return [e for e in found if first <= e.start.astimezone(ctx.config.tz).date() <= last]


async def asked_events(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, reference: str
) -> list[Event]:
    """The events a short question is about: the upcoming live events (next 60 days) whose
    titles `reference` names (bot.core.titles.title_mentions, else with slips: close_mention;
    a student's: open to students, their class's first), or with no words the event in
    context (just signed up for or looked at, else the only one listed); [] when none."""
    now = ctx.clock.now()
    student = person.role is Role.STUDENT
    if reference:
        events = await ctx.store.events_between(now, now + MINE_HORIZON)
        live = [
            e
            for e in events
            if e.status is not EventStatus.CANCELLED and e.end > now and not hidden_from(person, e)
        ]
        found = [e for e in live if title_mentions(reference, e.title)] or [
            e for e in live if close_mention(reference, e.title)
        ]  # «с чем пересекается «Зимняя скаска»?»: a slip in the name (chat53)
        if student and person.class_name:
            own = Audience(classes=frozenset({person.class_name}))
            found = [e for e in found if e.audience.overlaps(own)] or found
        return found
    known = dialog.last_event
    if known is None and len(dialog.listed) == 1:
        known = dialog.listed[0]
    event = await ctx.store.get_event(known) if known is not None else None
    if event is None or event.status is EventStatus.CANCELLED:
        return []
    return [event]


async def on_organiser_question(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, asked: AskOrganiser
) -> list[Reply]:
    """«а родителям можно?», «можно с другом?», «что брать с собой на экскурсию?» (walk
    2026-12-02r, #18): the plan does not hold the answer, so the reply says who does — the
    organiser of the event asked about (bot.core.language.organiser_questions; the event
    found as «когда экскурсия?» finds it: asked_events), and the class teacher or the
    curator; with no one event known, who to ask in general. Whether someone may come along
    (`asked.companion`) is said to be the organiser's word, and a student that each student
    signs up for themselves (chat54: «можно я приду с другом?» was «не понял»); leave to come
    later or go earlier (`asked.timing`), that the bot keeps no arrival times (chat56). What
    to bring, when the event's description says it, is quoted from there (chat64), for a
    question on what to bring or wear only (`asked.bring`; review64). Whether one must go
    (`asked.optional`, newcomer74): a sign-up is each student's own, and «не пойду» ends it."""
    found = await asked_events(ctx, person, dialog, asked.reference)
    orgs = await ctx.orgs()
    event = event_view(found[0], orgs, today=ctx.wall_now().date()) if len(found) == 1 else None
    if len(found) == 1:
        dialog.last_event = found[0].id
    noted = bring_note(found[0].details.description) if len(found) == 1 and asked.bring else None
    context = {
        "event": event,
        "role": person.role.value,
        "companion": asked.companion,
        "timing": asked.timing,
        "optional": asked.optional,
        "noted": noted,  # the description's sentence on what to bring (chat64)
    }
    return [Reply("organiser_question", context)]


async def on_poll_results_where(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, asked: PollResultsWhere
) -> list[Reply]:
    """«а где посмотреть результаты?» (newcomer walk 2026-12-03z, Z4): a student is told the
    answers are anonymous and their figures go to the organiser and the school, and how to
    change their own answer; the school's staff and partners are told «итоги …» shows them."""
    return [Reply("poll_results_where", {"role": person.role.value})]


async def on_class_unknown(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, asked: ClassUnknown
) -> list[Reply]:
    """«накладки у 12Я?» (chat56): no class is written so; the reply says how classes are
    written (grades 1–11, the letters the audience reader takes) and asks again."""
    letters = CLASS_LETTERS.upper()
    context = {
        "written": asked.written,
        "first": letters[0],
        "last": letters[-1],
        "plan": asked.plan,
    }
    return [Reply("class_unknown", context)]


DETAILS_LIMIT = 5  # events answered at once by «когда экскурсия?» when several fit


async def on_event_details(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, asked: EventDetails
) -> list[Reply]:
    """«когда?», «где это?», «во сколько экскурсия?», «есть места на экскурсию?» (walk
    2026-12-02r, #11): the day, time and place of the event asked about — the upcoming
    live events (next 60 days) whose titles the words name (bot.core.titles.title_mentions;
    a student's: open to students, their class's first), or with no words the event in
    context (just signed up for or looked at, else the only one listed) — with its seats
    (`going`, `capacity`) and the person's own sign-up; a few when several fit. None found:
    «не нашёл», with how to see the plan."""
    now = ctx.clock.now()
    student = person.role is Role.STUDENT
    found = await asked_events(ctx, person, dialog, asked.reference)
    if not found:
        return [Reply("event_details_not_found", {"reference": asked.reference})]
    shown = found[:DETAILS_LIMIT]
    if len(shown) == 1:
        dialog.last_event = shown[0].id
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    going = await ctx.store.signup_counts([e.id for e in shown])
    held = await ctx.store.events_of_person(person.id, now - timedelta(days=1))
    statuses = {e.id: status for e, status in held}
    items = [
        {
            "event": event_view(e, orgs, today=today),
            "going": going.get(e.id, 0),
            "capacity": e.capacity,
            "mine": statuses.get(e.id),
            "over": e.end <= now,
        }
        for e in shown
    ]
    context = {"items": items, "seats": asked.seats, "more": len(found) - len(shown)}
    return [Reply("event_details", {**context, "student": student, "who": asked.who})]


async def on_for_child(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, asked: ForChild
) -> list[Reply]:
    """A parent writing for a child (chat64: «запишите дочь на экскурсию» was «не понял»).
    The bot has no parent role (README's role table): a sign-up is a student's own, made
    from their own chat, so nobody is signed up or left here; the reply says so, that plan
    questions work for any class («что на неделе для 7Б?»), and whom to tell of an
    absence (the class teacher)."""
    return [Reply("for_child", {"kind": asked.kind, "role": person.role.value})]


ROUTES: Routes = {
    Ask: on_ask,
    MineInPeriod: on_mine_in_period,
    EventDetails: on_event_details,
    ForChild: on_for_child,
    AskOrganiser: on_organiser_question,
    PollResultsWhere: on_poll_results_where,
    ClashesInPeriod: on_clashes_in_period,
    ClassClashes: on_class_clashes,
    ClassUnknown: on_class_unknown,
    EventClashes: on_event_clashes,
}
COMMANDS: Commands = {CommandKind.MINE: on_mine, CommandKind.CLASHES: on_clashes}
