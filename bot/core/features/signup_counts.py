"""«сколько записалось на лекцию?», «кто записался?»: the sign-ups of one event for the people
who may change it — its organiser's staff and the curator (newcomer walk 2026-12-01k, #11).

The answer counts those going and those on the waiting list, against the seats when the
event limits them, and by class («9А — 5, 9Б — 7»; a student who never named a class is
«класс не указан»). Names are not listed: a class teacher asks the curator; the counts are
what an organiser plans by. Students get the usual «не понял» (their own sign-ups are «мои
мероприятия»).
"""

from __future__ import annotations

from collections import Counter

from bot.core.dialog import Dialog, ListAction
from bot.core.features.cancel_by_text import live_events, matching_events, not_found
from bot.core.features.changing import ChangingStore, editable
from bot.core.features.context import Context, Routes
from bot.core.language.meaning import SignupQuestion
from bot.core.models import Event, Person, Role
from bot.core.replies import Reply
from bot.core.views import event_view

NO_CLASS = ""  # the class of a student who never named one (the template words it)


async def on_signup_question(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, question: SignupQuestion
) -> list[Reply]:
    """The counts of the event `question` names among the person's own upcoming events (by
    title words and/or day); a list to choose from when several fit; the usual refusals
    when none does or it is not theirs. A question naming none means the event whose counts
    were just given, else the person's only upcoming event, else every upcoming one,
    numbered with its counts (newcomer walk 2026-12-02n, #13); with none ahead, the one
    last looked at."""
    if person.role is Role.STUDENT:
        return [Reply("not_understood", {"role": person.role.value})]
    known = question.event_id
    if known is None and not question.reference:
        known = _counted_last(dialog)
        if known is None:
            events = await live_events(ctx, person)
            if len(events) > 1:  # newcomer walk 2026-12-02n, #13: never one arbitrary event
                return [await _overview(ctx, dialog, events)]
            known = events[0].id if events else dialog.last_event
    if known is not None or not question.reference:
        event = await editable(ctx, person, known)
        if isinstance(event, Reply):
            return [Reply("signup_count_which")]
        return [await _answered(ctx, dialog, event)]
    found = await matching_events(ctx, person, question.reference)
    if not found:
        refusal = await not_found(ctx, person, question.reference, "signup_count_not_found")
        if refusal.template == "not_your_event":  # its organiser's or the curator's to see
            refusal = Reply("signup_count_not_yours", refusal.context)
        return [refusal]
    if len(found) > 1:
        orgs = await ctx.orgs()
        dialog.ask_on_list([e.id for e in found], ListAction.SIGNUP_COUNT)
        today = ctx.wall_now().date()
        views = [event_view(e, orgs, n, today) for n, e in enumerate(found, 1)]
        return [Reply("signup_count_several", {"events": views})]
    return [await _answered(ctx, dialog, found[0])]


OVERVIEW_LIMIT = 10  # events listed for a bare question; the rest are counted, not shown
_COUNTED = "counted"  # Dialog.list_question key: the event whose counts were just answered


def _counted_last(dialog: Dialog) -> int | None:
    """The event whose counts the previous reply gave («а кто записался?» right after
    means it), or None (the marker lives one message: bot.core.planner drops it)."""
    question = dialog.list_question or {}
    counted = question.get(_COUNTED)
    return counted if isinstance(counted, int) else None


async def _answered(ctx: Context[ChangingStore], dialog: Dialog, event: Event) -> Reply:
    """The counts of `event`, remembered as the event in context for the next message."""
    dialog.last_event = event.id
    dialog.list_question = {_COUNTED: event.id}
    return await _counts(ctx, event)


async def _overview(ctx: Context[ChangingStore], dialog: Dialog, events: list[Event]) -> Reply:
    """A bare «сколько записалось?» while the person has several upcoming events: each of
    the first OVERVIEW_LIMIT with its going / waiting counts, numbered; a number then gives
    that event's counts by class (ListAction.SIGNUP_COUNT)."""
    shown = events[:OVERVIEW_LIMIT]
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    rows = []
    for number, event in enumerate(shown, 1):
        rows.append(
            {
                "event": event_view(event, orgs, number, today),
                "going": len(await ctx.store.signed_up(event.id, "going")),
                "waiting": len(await ctx.store.signed_up(event.id, "waiting")),
            }
        )
    dialog.ask_on_list([e.id for e in shown], ListAction.SIGNUP_COUNT)
    return Reply("signup_count_overview", {"rows": rows, "more": len(events) - len(shown)})


async def _counts(ctx: Context[ChangingStore], event: Event) -> Reply:
    going = await ctx.store.signed_up(event.id, "going")
    waiting = await ctx.store.signed_up(event.id, "waiting")
    by_class = Counter(p.class_name or NO_CLASS for p in going)
    classes = [
        {"name": name, "count": count}
        for name, count in sorted(by_class.items(), key=lambda kv: (kv[0] == NO_CLASS, kv[0]))
    ]
    context = {
        "event": event_view(event, await ctx.orgs(), today=ctx.wall_now().date()),
        "going": len(going),
        "waiting": len(waiting),
        "capacity": event.capacity,
        "classes": classes,
    }
    return Reply("signup_count", context)


ROUTES: Routes = {SignupQuestion: on_signup_question}
