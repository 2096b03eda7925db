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
from bot.core.models import Event, EventStatus, Person, Role
from bot.core.permissions import sees_counts
from bot.core.replies import Reply
from bot.core.views import event_view

NO_CLASS = ""  # the class of a student who never named one (the template words it)


async def on_signup_question(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, question: SignupQuestion
) -> list[Reply]:
    """The counts of the event `question` names among the events the person may see counts
    of (by title words and/or day), or of the one last looked at when it names none (with
    none looked at: a numbered list of them); a list to choose from when several fit; the
    refusals when none does or it is not theirs to see."""
    if person.role is Role.STUDENT:
        return [Reply("signup_count_students")]
    if question.event_id is not None or not question.reference:
        known = question.event_id if question.event_id is not None else dialog.last_event
        if known is None:
            visible = await live_events(ctx, person, may=sees_counts)
            return await _choose(ctx, person, dialog, visible)
        event = await ctx.store.get_event(known)
        if event is None or event.status is EventStatus.CANCELLED or not sees_counts(person, event):
            return [Reply("signup_count_which")]
        dialog.last_event = event.id
        return [await _counts(ctx, event)]
    found = await matching_events(ctx, person, question.reference, may=sees_counts)
    if not found:
        refusal = await not_found(
            ctx, person, question.reference, "signup_count_not_found", may=sees_counts
        )
        if refusal.template == "not_your_event":  # its organiser's or the curator's to see
            teacher = person.class_name if person.role is Role.STAFF else None
            refusal = Reply("signup_count_not_yours", {**refusal.context, "class_name": teacher})
        return [refusal]
    return await _choose(ctx, person, dialog, found)


async def _choose(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, found: list[Event]
) -> list[Reply]:
    """The counts of the one event found, or the numbered list of several (answered by
    «2»: ListAction.SIGNUP_COUNT), or «which event?» when there is none."""
    if not found:
        return [Reply("signup_count_which")]
    if len(found) > 1:
        shown = found[:LIST_LIMIT]
        orgs = await ctx.orgs()
        dialog.ask_on_list([e.id for e in shown], ListAction.SIGNUP_COUNT)
        today = ctx.wall_now().date()
        views = [event_view(e, orgs, n, today) for n, e in enumerate(shown, 1)]
        return [Reply("signup_count_several", {"events": views})]
    dialog.last_event = found[0].id
    return [await _counts(ctx, found[0])]


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
