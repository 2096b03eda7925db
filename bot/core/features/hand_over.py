"""«Передай экскурсию 17 декабря классному руководителю 8А», «назначь ответственным за
олимпиаду классного руководителя 9А» (newcomer walk 2026-12-02t, #19): there is nothing to
hand over, and the reply says what is true instead of opening a draft or «не понял».

A class teacher hears of the events of their class without anyone passing them on: the
Monday digest lists the week's events for the class (a whole-school event too:
bot.core.digest), and a move or cancel of an event for the class or its grade is told to
them at once (bot.core.features.notices; a whole-school event's change is not, as it would
tell every teacher). An event not for the class reaches its teacher only once the class is
added to it. An event has no «ответственный» of the school in the plan (its organiser
answers for it), so appointing one is not possible; the reply says so.
"""

from __future__ import annotations

from typing import Any

from bot.core.dialog import Dialog
from bot.core.features.cancel_by_text import matching_events
from bot.core.features.changing import ChangingStore
from bot.core.features.class_teachers import with_confirmation
from bot.core.features.context import Context, Routes
from bot.core.language.meaning import HandOver
from bot.core.models import Audience, Event, Person, Role, class_grade
from bot.core.replies import Reply
from bot.core.views import event_view

EVENTS_SHOWN = 5  # events named in one reply


async def on_hand_over(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, intent: HandOver
) -> list[Reply]:
    """What the class teachers of `intent.classes` learn of the events the words name (each
    class: its teacher in the bot, whether the event is in their digest, whether its changes
    are told to them), and that no one can be appointed responsible. A student gets «не
    понял», as before: handing events over is the school's business. Only the curator
    hears who leads a class and which classes have nobody in the bot; anyone else (a
    partner, a teacher) hears no name and no staff list (attack v, 2026-12-02, #2)."""
    if person.role is Role.STUDENT:  # «передай классному руководителю 9А, что я заболел»
        return [Reply("not_understood", {"role": person.role.value})]
    request = intent.request
    found: list[Event] = []
    if request.reference:
        found = (await matching_events(ctx, person, request.reference))[:EVENTS_SHOWN]
    staff = [
        await with_confirmation(ctx.store, p) for p in await ctx.store.people_with_role(Role.STAFF)
    ]
    orgs = await ctx.orgs()
    names_shown = person.role is Role.CURATOR  # the school's staff list (attack v, #2)
    classes: list[dict[str, Any]] = []
    for name in request.classes:
        teachers = [p for p in staff if p.class_name == name] if names_shown else []
        teachers.sort(key=lambda p: (not p.class_confirmed, p.id))
        classes.append(
            {
                "name": name,
                "teacher": teachers[0].name if teachers else None,
                "confirmed": bool(teachers) and teachers[0].class_confirmed,
                "events": [
                    {
                        "event": event_view(e, orgs, today=ctx.wall_now().date()),
                        "in_digest": _in_digest(name, e),
                        "told": _told_of_changes(name, e),
                    }
                    for e in found
                ],
            }
        )
    context = {
        "reference": request.reference,
        "events": [event_view(e, orgs, today=ctx.wall_now().date()) for e in found],
        "classes": classes,
        "responsible": request.responsible,
        "role": person.role.value,
        "names_shown": names_shown,
    }
    return [Reply("hand_over", context)]


def _in_digest(class_name: str, event: Event) -> bool:
    """Whether `event` is in the Monday digest of `class_name`'s teacher (bot.core.digest:
    the class, its grade or the whole school)."""
    return event.audience.overlaps(Audience(classes=frozenset({class_name})))


def _told_of_changes(class_name: str, event: Event) -> bool:
    """Whether a move or cancel of `event` is told to `class_name`'s teacher at once
    (bot.core.features.notices: the class or its grade named, never a whole-school event)."""
    audience = event.audience
    return class_name in audience.classes or class_grade(class_name) in audience.grades


ROUTES: Routes = {HandOver: on_hand_over}
