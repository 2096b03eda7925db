"""«сколько записалось на лекцию?», «кто записался?», «кто идёт на экскурсию?»: the sign-ups
of one event for the people who may see them (bot.core.permissions.sees_counts) — its
organiser's staff (a teacher: the events they added), the curator, and a class teacher for
the events their class is invited to (newcomer walks 2026-12-01k, #11; 2026-12-02m, #14).

The answer counts those going and those on the waiting list, against the seats when the
event limits them, and by class («9А — 5, 9Б — 7»; a student who never named a class is
«класс не указан»). Names are never listed (README: the guarantees): the counts are what an
organiser plans by. A student is told politely that the organiser and the curator see them
(their own sign-ups are «мои мероприятия»). A question naming no event means the one last
looked at; with none looked at, the person's events are listed by number («2» answers).
"""

from __future__ import annotations

from collections import Counter

from bot.core.dialog import Dialog, ListAction
from bot.core.features.cancel_by_text import live_events, matching_events, not_found
from bot.core.features.changing import ChangingStore
from bot.core.features.context import Context, Routes
from bot.core.features.queries import LIST_LIMIT
from bot.core.language.meaning import SignupQuestion
from bot.core.language.signup_questions import OWN_CLASS
from bot.core.models import Audience, Event, EventStatus, Person, Role
from bot.core.permissions import counted_class, sees_counts
from bot.core.replies import Reply
from bot.core.students import takes_signups
from bot.core.views import event_view

NO_CLASS = ""  # the class of a student who never named one (the template words it)


async def on_signup_question(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, question: SignupQuestion
) -> list[Reply]:
    """The counts of the event `question` names among the events the person may see counts
    of (sees_counts: by title words and/or day); a list to choose from when several fit; the
    refusals when none does or it is not theirs to see. A question naming none means the
    event whose counts were just given, else the person's only visible upcoming event, else
    every visible upcoming one, numbered with its counts (newcomer walk 2026-12-02n, #13:
    never one arbitrary event); with none ahead, the one last looked at."""
    if person.role is Role.STUDENT:
        return [Reply("signup_count_students")]
    focus = question.class_name
    if focus == OWN_CLASS:  # «кто из моего класса записался?»: the class teacher's class
        if not person.class_name:
            return [Reply("own_class_unknown", {"role": person.role.value})]
        focus = person.class_name
    if focus is not None or question.names:
        return await _for_class(ctx, person, dialog, question, focus)
    return await _asked(ctx, person, dialog, question)


async def _asked(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    question: SignupQuestion,
    focus: str | None = None,
) -> list[Reply]:
    """on_signup_question past its class: `focus` is the class asked about (None: all)."""
    known = question.event_id
    if known is None and not question.reference:
        known = _counted_last(dialog) if focus is None else None
        if known is None:
            visible = await live_events(ctx, person, may=sees_counts)
            # a parents' or staff meeting and a class's own class hour or test take no
            # student sign-ups: no row of counts (newcomer walk 2026-12-03x, X10: «родители
            # 8Б — 0, всего пока никого»; leftconv20, item 7: the class hour)
            orgs = await ctx.orgs()
            visible = [e for e in visible if takes_signups(e, orgs)]
            if focus is not None:
                of_class = Audience(classes=frozenset({focus}))
                visible = [e for e in visible if e.audience.overlaps(of_class)]
                if not visible:
                    # their own class's counts wait for the curator's word (chat53's walk:
                    # the reply said only that there were none to show)
                    waiting = focus == person.class_name and not person.class_confirmed
                    context = {"class_name": focus, "unconfirmed": waiting}
                    return [Reply("signup_count_class_none", context)]
            if len(visible) > 1 or (visible and focus is not None):
                return [await _overview(ctx, person, dialog, visible, focus)]
            known = visible[0].id if visible else dialog.last_event
        if known is None:
            return [Reply("signup_count_which")]
    if known is not None:
        event = await ctx.store.get_event(known)
        if event is None or event.status is EventStatus.CANCELLED or not sees_counts(person, event):
            return [Reply("signup_count_which")]
        return [await _answered(ctx, person, dialog, event, focus)]
    found = await _named_events(ctx, person, question.reference)
    if not found:
        refusal = await not_found(
            ctx, person, question.reference, "signup_count_not_found", may=sees_counts
        )
        if refusal.template == "not_your_event":  # its organiser's or the curator's to see
            teacher = person.class_name if person.role is Role.STAFF else None
            waiting = bool(teacher) and not person.class_confirmed  # a curator's word first
            context = {**refusal.context, "class_name": teacher, "unconfirmed": waiting}
            refusal = Reply("signup_count_not_yours", context)
        return [refusal]
    return await _choose(ctx, person, dialog, found, focus)


async def _named_events(ctx: Context[ChangingStore], person: Person, reference: str) -> list[Event]:
    """The events `reference` names among those the person sees counts of: those whose
    titles have every word it names first; when none of theirs has them all but another
    organiser's event does, none (its refusal follows: «проводит КГТУ …», newcomer walk
    2026-12-02t, #10 — «мастер-класс по python» is not the museum's amber master class);
    else the titles sharing the most words, as before; with none ahead, the events over in
    the last 60 days that have every word."""
    whole = await matching_events(ctx, person, reference, may=sees_counts, every_word=True)
    if whole:
        return whole
    theirs = await matching_events(
        ctx, person, reference, others=True, may=sees_counts, every_word=True
    )
    if theirs:
        return []
    found = await matching_events(ctx, person, reference, may=sees_counts)
    if found:
        return found
    # none ahead: one that is over («сколько записалось на хакатон?» the day after; newcomer
    # walk 2026-12-02t, #24 — «итоги» had the figure and the question was refused)
    return await matching_events(
        ctx, person, reference, may=sees_counts, every_word=True, over=True
    )


async def _for_class(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    question: SignupQuestion,
    focus: str | None,
) -> list[Reply]:
    """A question about one class's sign-ups («сколько из 9Б записалось», «кто из моего
    класса идёт на экскурсию?»): the same counts by class (never names), that class's count
    named; a question asking for names is told, before the counts, that names are not shown
    (README: the guarantees)."""
    replies = await _asked(ctx, person, dialog, question, focus)
    if question.names:
        return [Reply("signup_count_no_names"), *replies]
    return replies


async def _choose(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    found: list[Event],
    focus: str | None = None,
) -> list[Reply]:
    """The counts of the one event found, or the numbered list of several (answered by
    «2»: ListAction.SIGNUP_COUNT), or «which event?» when there is none."""
    if not found:
        return [Reply("signup_count_which")]
    if len(found) > 1:
        shown = found[:LIST_LIMIT]
        orgs = await ctx.orgs()
        dialog.ask_on_list([e.id for e in shown], ListAction.SIGNUP_COUNT, **_class_arg(focus))
        today = ctx.wall_now().date()
        views = [event_view(e, orgs, n, today) for n, e in enumerate(shown, 1)]
        return [Reply("signup_count_several", {"events": views})]
    return [await _answered(ctx, person, dialog, found[0], focus)]


def _class_arg(focus: str | None) -> dict[str, str]:
    """The list question's argument that keeps the class asked about for the number."""
    return {"class": focus} if focus else {}


OVERVIEW_LIMIT = 10  # events listed for a bare question; the rest are counted, not shown
_COUNTED = "counted"  # Dialog.list_question key: the event whose counts were just answered


def _counted_last(dialog: Dialog) -> int | None:
    """The event whose counts the previous reply gave («а кто записался?» right after
    means it), or None (the marker lives one message: bot.core.planner drops it)."""
    question = dialog.list_question or {}
    counted = question.get(_COUNTED)
    return counted if isinstance(counted, int) else None


async def _answered(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    event: Event,
    focus: str | None = None,
) -> Reply:
    """The counts of `event` for `person` (`focus`: the class asked about, named in the
    reply), remembered as the event in context for the next message."""
    dialog.last_event = event.id
    dialog.list_question = {_COUNTED: event.id}
    return await _counts(ctx, person, event, focus)


async def _overview(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    events: list[Event],
    focus: str | None = None,
) -> Reply:
    """A bare «сколько записалось?» while the person has several upcoming events: each of
    the first OVERVIEW_LIMIT with its going / waiting counts, numbered; a number then gives
    that event's counts by class (ListAction.SIGNUP_COUNT). With `focus` (a class asked
    about: «кто из моего класса записался?») the events are that class's and each row says
    how many of that class go (`of_class`); the heading names the class, not «ваши»."""
    shown = events[:OVERVIEW_LIMIT]
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    rows = []
    for number, event in enumerate(shown, 1):
        own = counted_class(person, event)
        going = await ctx.store.signed_up(event.id, "going")
        waiting = await ctx.store.signed_up(event.id, "waiting")
        if own is not None:
            going = [p for p in going if p.class_name == own]
            waiting = [p for p in waiting if p.class_name == own]
        rows.append(
            {
                "event": event_view(event, orgs, number, today),
                "going": len(going),
                "waiting": len(waiting),
                "of_class": sum(1 for p in going if p.class_name == focus),
                "own_class": own,
            }
        )
    dialog.ask_on_list([e.id for e in shown], ListAction.SIGNUP_COUNT, **_class_arg(focus))
    context = {"rows": rows, "more": len(events) - len(shown), "class_name": focus}
    return Reply("signup_count_overview", context)


async def _counts(
    ctx: Context[ChangingStore], person: Person, event: Event, focus: str | None = None
) -> Reply:
    """The «signup_count» reply about `event` for `person`: the whole event's going,
    waiting and seats by class, or only their own class's going and waiting
    (permissions.counted_class);
    `focus` the class asked about («кто из 9Б идёт»), its count named."""
    going = await ctx.store.signed_up(event.id, "going")
    waiting = await ctx.store.signed_up(event.id, "waiting")
    own = counted_class(person, event)
    if own is not None:
        going = [p for p in going if p.class_name == own]
        waiting = [p for p in waiting if p.class_name == own]
    by_class = Counter(p.class_name or NO_CLASS for p in going)
    classes = [
        {"name": name, "count": count}
        for name, count in sorted(by_class.items(), key=lambda kv: (kv[0] == NO_CLASS, kv[0]))
    ]
    context = {
        "event": event_view(event, await ctx.orgs(), today=ctx.wall_now().date()),
        "going": len(going),
        "waiting": len(waiting),
        "capacity": None if own is not None else event.capacity,
        "classes": [] if own is not None else classes,
        "own_class": own,
        "class_name": focus,
        "of_class": by_class.get(focus, 0) if focus else 0,
    }
    return Reply("signup_count", context)


ROUTES: Routes = {SignupQuestion: on_signup_question}
