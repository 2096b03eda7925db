"""Numbers in commands mean the last list shown to that person; a number that list does
not have is answered «в списке нет №N» (bot.core.language.understand decides). A number
alone after a plain list (ListPick) names that item and what its number can be used for."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from bot.core.dialog import Dialog
from bot.core.features.context import Context, Routes
from bot.core.language.meaning import ListPick, NothingListed, NotOnList
from bot.core.models import EventStatus, Person, Role
from bot.core.permissions import can_edit, sees_counts
from bot.core.ports import Directory, EventStore, SignupStore
from bot.core.replies import Reply
from bot.core.school_calendar import year_named
from bot.core.students import is_class_work
from bot.core.views import event_view


class ListStore(Directory, EventStore, SignupStore, Protocol):
    """The ports a picked list item is read from."""


async def on_not_on_list(
    ctx: Context[Directory], person: Person, dialog: Dialog, intent: NotOnList
) -> list[Reply]:
    """ "записаться 99" after a list of 5: which numbers the list has (none shown yet)."""
    return [Reply("not_on_list", {"number": intent.number, "listed": intent.listed})]


def nothing_to_pick(
    person: Person, dialog: Dialog, number: int | None = None, today: date | None = None
) -> Reply | None:
    """«empty_answer_pick»: the last plan answer listed nothing (Dialog.nothing_on_screen),
    so a bare number (`number`) or «запиши меня» (None) has nothing to pick — said politely,
    with the days that answer was about, what to ask instead, and, for a student with the
    earlier list kept, how its numbers still sign up («записаться 1»). None when the last
    list shown is no such answer (newcomer walk 2026-12-04ai, AI4: «Вы уже записаны на …»,
    «В списке нет №5: там 2 строки» about the list before the empty one). With `today`
    (school-local), days of another year are named with it (`years`: «31 мая 2026 года»
    asked in December, and the example question names that year: conv46)."""
    days = dialog.nothing_on_screen(same_event=number is None)
    if days is None:
        return None
    start, end = days
    named = [start] if end is None else [start, end]
    years = today is not None and any(year_named(day, today) for day in named)
    context = {
        "start": start,
        "end": end,
        "number": number,
        "student": person.role is Role.STUDENT,
        "listed": len(dialog.listed),
        "audience": dialog.empty_answer_audience(),  # «для 9Б» as the empty answer said (AJ9)
        "mine": dialog.empty_answer_mine(),  # «мои мероприятия» listed nothing (AJ10)
        "years": years,
    }
    return Reply("empty_answer_pick", context)


async def on_nothing_listed(
    ctx: Context[Directory], person: Person, dialog: Dialog, intent: NothingListed
) -> list[Reply]:
    """«5» right after a plan answer that listed nothing: nothing to pick (nothing_to_pick)."""
    said = nothing_to_pick(person, dialog, intent.number, ctx.wall_now().date())
    return [said] if said is not None else [Reply("not_understood", {"role": person.role.value})]


async def on_list_pick(
    ctx: Context[ListStore], person: Person, dialog: Dialog, intent: ListPick
) -> list[Reply]:
    """«1» after a plan list (newcomer walk 2026-12-03ad, AD6): item `intent.number` — its
    day, time, place, classes and organiser — becomes the event looked at («кто записался?»,
    «когда?» now mean it), and the reply names the commands its number works with for this
    person: a student's «записаться N» (none for a class's own entry or a sign-up held),
    «кто записался на N» for whoever may see its counts (bot.core.permissions.sees_counts),
    «перенеси N …», «отмени N» for whoever may change it (can_edit). An event gone since
    the list was shown (cancelled or deleted) is answered as a number the list lacks."""
    event = await ctx.store.get_event(intent.event_id)
    if event is None or event.status is EventStatus.CANCELLED:
        return [Reply("not_on_list", {"number": intent.number, "listed": len(dialog.listed)})]
    dialog.pick(event.id)  # a bare «запиши меня» next means it (conv40)
    orgs = await ctx.orgs()
    student = person.role is Role.STUDENT
    held = await ctx.store.signup_status(event.id, person.id) if student else None
    now = ctx.clock.now()
    context = {
        "number": intent.number,
        "event": event_view(event, orgs, today=ctx.wall_now().date()),
        "over": event.end <= now,
        "can_sign_up": student
        and held is None
        and event.end > now  # a run going on takes sign-ups (run69)
        and not is_class_work(event, orgs),
        "mine": held,
        "counts": sees_counts(person, event),
        "can_edit": can_edit(person, event) and event.start > now,
    }
    return [Reply("list_pick", context)]


ROUTES: Routes = {
    NotOnList: on_not_on_list,
    ListPick: on_list_pick,
    NothingListed: on_nothing_listed,
}
