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
from bot.core.features.cancel_by_text import matching_events, not_found
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
    title words and/or day), or of the one last looked at when it names none; a list to
    choose from when several fit; the usual refusals when none does or it is not theirs."""
    if person.role is Role.STUDENT:
        return [Reply("not_understood", {"role": person.role.value})]
    if question.event_id is not None or not question.reference:
        known = question.event_id if question.event_id is not None else dialog.last_event
        event = await editable(ctx, person, known)
        if isinstance(event, Reply):
            return [Reply("signup_count_which")]
        dialog.last_event = event.id
        return [await _counts(ctx, event)]
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
        "event": event_view(event, await ctx.orgs()),
        "going": len(going),
        "waiting": len(waiting),
        "capacity": event.capacity,
        "classes": classes,
    }
    return Reply("signup_count", context)


ROUTES: Routes = {SignupQuestion: on_signup_question}
