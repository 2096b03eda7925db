"""Students' buttons and answers: sign-ups and after-event polls (bot.core.students does
the work; these handlers keep the dialog's poll step)."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Protocol, runtime_checkable

from bot.core import feedback
from bot.core.dialog import Dialog, ListAction, PollQuestion, PollStep
from bot.core.features.context import Commands, Context, Routes
from bot.core.features.lists import nothing_to_pick
from bot.core.language import signup_phrases
from bot.core.language.buttons import ButtonAction, payload
from bot.core.language.commands import Command, CommandKind
from bot.core.language.kind_typos import correct_kind_typos
from bot.core.language.meaning import (
    KeepSignUps,
    MuteByTitle,
    PollAnswer,
    PollAnswerKind,
    SignupByTitle,
    SignupDeclined,
    SignupMany,
    SignupOnDay,
    SignupUnclear,
    SignupWhichTwo,
    SwitchSignup,
    UnsignAll,
    UnsignByTitle,
    WaitingPlace,
)
from bot.core.models import Audience, Event, EventStatus, Organisation, Person, Role
from bot.core.moments import forget_moments
from bot.core.notifications import muted_events, muted_key
from bot.core.numbered_buttons import RowButton, numbered_rows
from bot.core.ports import Directory, EventStore, SettingsStore, SignupStore
from bot.core.replies import Button, Reply
from bot.core.students import (
    SIGNUP_BUTTONS,
    for_class,
    is_no_comment,
    may_withdraw,
    signup_buttons,
)
from bot.core.titles import misspelt_mention, title_mentions
from bot.core.views import event_view

TITLE_HORIZON = timedelta(days=60)  # «запиши меня на …» looks this far ahead


class SignupPorts(Directory, EventStore, SignupStore, SettingsStore, Protocol):
    """Organisations, events by title, a person's own sign-ups (changed through
    ctx.students), their reminder settings («больше не пиши мне») and the per-event one
    («не напоминай про экскурсию»)."""


# a sign-up's replies that leave the person holding the event (going, waiting or already)
_HELD_REPLIES = frozenset({"signed_up", "signup_waiting", "signup_already"})


def _in_context(dialog: Dialog, event_id: int | None, replies: list[Reply]) -> list[Reply]:
    """The event a sign-up just held becomes the one last looked at, so that a bare «не
    пойду» after «Вы записаны ✅» means that sign-up (newcomer walk 2026-12-02o, #1); an
    item of the last list (its button, «записаться 2») is also that list's pick, so that a
    bare «запиши меня» next says «Вы уже записаны» instead of asking which again (newcomer
    walk 2026-12-04ah, AH4)."""
    if event_id is not None and any(r.template in _HELD_REPLIES for r in replies):
        if event_id in dialog.listed:
            dialog.pick(event_id)
        else:
            dialog.last_event = event_id
    return replies


async def signup(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "записаться 2" or a sign-up button. A bare «запиши меня» (`last_looked_at`) after a
    list of several events asks which of them, by number or button (the list's numbers
    answer it), never «Такого мероприятия нет» (walk 2026-12-02r, #10); after a list of one,
    with no list, or right after an item of the list was picked by its number («2»:
    Dialog.picked_event; conv40) or signed up for from it (AH4), it means the event last
    looked at. Only students sign up: anyone else's bare «запиши меня» is refused at once
    (Students.sign_up says why and what they can do), never first asked which (newcomer
    walk 2026-12-04ah, AH3)."""
    if command.again and dialog.unsigned is not None:
        # «запиши меня снова»: the sign-up just cancelled, never the event looked at since
        # (a list number, «когда …?»: review28 #2)
        command = replace(command, event_id=dialog.unsigned, last_looked_at=False)
    again = command.again and command.event_id is not None  # «запиши меня снова» (AD8)
    picked = command.event_id is not None and command.event_id == dialog.picked_event()
    student = person.role is Role.STUDENT
    if command.last_looked_at and student and not command.again:
        # the last answer listed nothing (AI4)
        nothing = nothing_to_pick(person, dialog, today=ctx.wall_now().date())
        if nothing is not None:
            return [nothing]
    if command.last_looked_at and len(dialog.listed) > 1 and student and not (again or picked):
        return _ask_number(dialog)
    if command.last_looked_at and command.event_id is None and student:
        # «хочу записаться» with nothing looked at yet: how to pick one, no «old button»
        return [Reply("signup_unavailable", {"reason": "nothing_looked_at"})]
    replies = await ctx.students.sign_up(person, command.event_id, await ctx.orgs())
    return _in_context(dialog, command.event_id, replies)


def _ask_number(dialog: Dialog) -> list[Reply]:
    """«На какое записать?» about the last list (its numbers, a title of one of its events
    or its buttons answer it)."""
    dialog.ask_on_list(list(dialog.listed), ListAction.SIGNUP)
    count = len(dialog.listed)
    return [Reply("signup_which_number", {"count": count}, buttons=signup_buttons(dialog.listed))]


async def unsign(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "не пойду 2" or a cancel-sign-up button. A bare «не пойду» (`last_looked_at`) cancels
    the sign-up of the event last looked at (or just signed up for) only when the person
    holds it; otherwise their upcoming sign-ups are listed, numbered, to pick one — never
    another sign-up cancelled unasked (newcomer walk 2026-12-02o, #1). A student who holds
    no upcoming sign-up is told there is none to cancel and what they can do (chat50)."""
    orgs = await ctx.orgs()
    event_id = command.event_id
    if command.last_looked_at and (
        event_id is None or await ctx.store.signup_status(event_id, person.id) is None
    ):
        now = ctx.clock.now()
        own = [
            e for e, _ in await ctx.store.events_of_person(person.id, now) if may_withdraw(e, now)
        ]
        if len(own) == 1:  # the one sign-up held: which is no question, «да» is (chat54)
            return _ask_sure(ctx, dialog, own[0], orgs, hedged=command.hedged)
        if own:
            return _ask_which(ctx, dialog, own, orgs, "")
        if person.role is not Role.STUDENT:  # a partner's «я передумал»: no sign-up meant
            return [Reply("not_understood", {"role": person.role.value})]
        return [Reply("unsign_nothing")]  # «хотя нет, не пойду» with none held (chat50)
    if command.hedged and event_id is not None:  # «наверное не приду»: asked (chat77)
        event = await ctx.store.get_event(event_id)
        if event is not None and may_withdraw(event, ctx.clock.now()):
            return _ask_sure(ctx, dialog, event, orgs, hedged=True)
    if event_id is None and person.role is Role.STUDENT:
        now = ctx.clock.now()
        if not any(
            may_withdraw(e, now) for e, _ in await ctx.store.events_of_person(person.id, now)
        ):
            return [Reply("unsign_nothing")]  # a bare «не пойду» with no sign-up at all
    replies = await ctx.students.cancel(person, event_id, orgs)
    if any(r.template == "signup_cancelled" for r in replies):
        dialog.last_event = event_id  # «запиши меня снова» means it (walk 2026-12-03ad, AD8)
        dialog.unsigned = event_id
    return replies


def _unsigned(dialog: Dialog, event_id: int, replies: list[Reply]) -> list[Reply]:
    """`replies` to a cancel of `event_id`'s sign-up; when it was cancelled
    («signup_cancelled»), it is what «запиши меня снова» takes back (Dialog.unsigned)."""
    if any(r.template == "signup_cancelled" for r in replies):
        dialog.unsigned = event_id
    return replies


async def stop_messages(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """«больше не пиши мне», «хватит мне писать» (walk r, #2): the person's reminders are
    switched off (as «не напоминай»); the reply says so and what still comes — the poll
    after, and notices of changes to, the events they are signed up for (`going`: how
    many are to come) — and that «отпиши меня от всех» stops those too."""
    await ctx.store.set_reminder_prefs(person.id, False, None)
    now = ctx.clock.now()
    going = [e for e, _ in await ctx.store.events_of_person(person.id, now) if e.start > now]
    return [Reply("stop_messages", {"going": len(going)})]


def _ask_sure(
    ctx: Context[SignupPorts],
    dialog: Dialog,
    event: Event,
    orgs: Mapping[int, Organisation],
    *,
    hedged: bool = False,
) -> list[Reply]:
    """«Отменить запись на …?» about the person's one sign-up `event`, with a cancel
    button; it is the last list's one item, asked about (ListAction.UNSIGN), so that «да»
    or «1» cancels it and «нет» keeps it
    (bot.core.language.understanding.list_answers._yes_to_the_one). `hedged`: the person
    was not sure («наверное не приду»), and the reply says the sign-up stays until «да»."""
    dialog.ask_on_list([event.id], ListAction.UNSIGN)
    view = event_view(event, orgs, 1, ctx.wall_now().date())
    button = Button("unsign", payload(ButtonAction.UNSIGN, id=event.id), "negative", {})
    return [Reply("unsign_sure", {"event": view, "hedged": hedged}, buttons=((button,),))]


def _ask_which(
    ctx: Context[SignupPorts],
    dialog: Dialog,
    found: list[Event],
    orgs: Mapping[int, Organisation],
    title: str,
) -> list[Reply]:
    """«Какую запись отменить?»: the person's sign-ups `found` (first SIGNUP_BUTTONS),
    numbered, a cancel button each, remembered as the last list so that «не пойду 2» or «2»
    picks one; `title` is the words they were found by ("" for a bare «не пойду»)."""
    shown = found[:SIGNUP_BUTTONS]
    dialog.ask_on_list([e.id for e in shown], ListAction.UNSIGN)
    today = ctx.wall_now().date()
    items = [event_view(e, orgs, n, today) for n, e in enumerate(shown, 1)]
    buttons = numbered_rows(
        [e.id for e in shown], RowButton("unsign", ButtonAction.UNSIGN, "negative")
    )
    return [Reply("unsign_which", {"title": title, "items": items}, buttons=buttons)]


# from this many numbers on («запиши меня на все» after a кружок's 8 meetings) the sign-ups
# are answered in ONE message listing them all, not one message per meeting (walk 2026-12-01b)
ONE_MESSAGE_FROM = 3
# a sign-up reply's template -> its line in that message («signed_up_many»)
_MANY_STATUS = {
    "signed_up": "going",
    "signup_waiting": "waiting",
    "signup_unavailable": "unavailable",
    "signup_already": "already",
}


async def signup_many(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, intent: SignupMany
) -> list[Reply]:
    """ "запиши меня на 6 и 7": one sign-up reply per number of the last list, in order;
    from ONE_MESSAGE_FROM numbers on, one «signed_up_many» reply listing every number's
    outcome (a clash with another sign-up keeps its own reply, with its «Переписаться»
    button)."""
    orgs = await ctx.orgs()
    replies: list[Reply] = []
    numbers, event_ids = list(intent.numbers), list(intent.event_ids)
    if intent.every and _series_asked(dialog):  # «на все» under a series' list: all of it
        rest = await _rest_of_series(ctx, [i for i in event_ids if i is not None])
        numbers += range(len(numbers) + 1, len(numbers) + len(rest) + 1)
        event_ids += [e.id for e in rest]
    for number, event_id in zip(numbers, event_ids, strict=True):
        if event_id is None:
            replies.append(Reply("signup_not_listed", {"number": number}))
            continue
        held = _in_context(dialog, event_id, await ctx.students.sign_up(person, event_id, orgs))
        replies += [Reply(r.template, {**r.context, "number": number}, r.buttons) for r in held]
    if len(numbers) > 1:
        dialog.last_event = None  # «не пойду» after several sign-ups asks which
    if len(numbers) < ONE_MESSAGE_FROM:
        return replies
    return _one_message(replies)


def _series_asked(dialog: Dialog) -> bool:
    """Whether the last list is «запиши меня на …»'s list of one series' meetings (a week's
    plan that shows two meetings of a кружок is not the кружок: «на все» there is the list)."""
    asked = dialog.asked_on_list()
    if asked is not None and asked[0] is ListAction.SIGNUP and "series" in asked[1]:
        return True
    return dialog.listed_series() is not None  # the list is still the last one shown


async def _rest_of_series(ctx: Context[SignupPorts], event_ids: list[int]) -> list[Event]:
    """When `event_ids` (a list's events) are all meetings of one series: that series' live
    coming meetings not among them, in time order (a кружок's meetings past the 60 days the
    list looks ahead: «на все» means every one of them); else none."""
    listed = [e for i in event_ids if (e := await ctx.store.get_event(i)) is not None]
    series = {e.series_id for e in listed}
    if not listed or len(series) != 1 or listed[0].series_id is None:
        return []
    return [e for e in await _coming_meetings(ctx, listed[0].series_id) if e.id not in event_ids]


async def _coming_meetings(ctx: Context[SignupPorts], series_id: int) -> list[Event]:
    """The series' meetings not cancelled and not yet begun, in time order."""
    now = ctx.clock.now()
    meetings = await ctx.store.events_of_series(series_id)
    coming = [e for e in meetings if e.status is not EventStatus.CANCELLED and e.start > now]
    return sorted(coming, key=lambda e: e.start)


def _one_message(replies: list[Reply]) -> list[Reply]:
    """Sign-up replies joined into one «signed_up_many» (items: number, status, event),
    followed by the replies that need buttons of their own (a clash to switch)."""
    items: list[dict[str, object]] = []
    apart: list[Reply] = []
    reminders: object = ()
    for reply in replies:
        status = _MANY_STATUS.get(reply.template) or (
            "not_listed" if reply.template == "signup_not_listed" else None
        )
        if status is None:
            apart.append(reply)
            continue
        if status == "going" and reminders == ():
            reminders = reply.context.get("reminders")  # the first meeting's moments
        items.append({**reply.context, "status": status})
    context = {"items": items, "reminders": None if reminders == () else reminders}
    return [Reply("signed_up_many", context), *apart]


async def _other_day(
    ctx: Context[SignupPorts], dialog: Dialog, event: Event, day: date
) -> list[Reply]:
    """«запиши меня на экскурсию в четверг» when the one excursion ahead is on another day
    (the nearest Thursday is read, the student meant the excursion's): that event and its
    own day, offered as a one-line list to pick («да», «1») — never signed up unasked, never
    «не нашёл «экскурсию в четверг»» (chat61)."""
    dialog.ask_on_list([event.id], ListAction.SIGNUP)
    context = {"event": event_view(event, await ctx.orgs()), "asked": day}
    return [Reply("signup_other_day", context)]


async def signup_by_title(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, intent: SignupByTitle
) -> list[Reply]:
    """ "запиши меня на день открытых дверей": the upcoming event (next 60 days, the
    student's class when known) whose title names it; several are listed with sign-up
    buttons and remembered as the last list; none gets «не нашёл». Two titles joined by «и»
    («на концерт и на лекцию») that name no event together are signed up one by one when
    each names exactly one (newcomer walk 2026-12-02o, #14). A wish to go («хочу пойти на
    лекцию») to the one event it names that the last list shown does not hold lists that
    event to be picked, never signs up unseen (walk44, 6); the answer to «На какое
    записать?» by title (`listed_only`) picks among that list's events, else asks again."""
    now = ctx.clock.now()
    events = await ctx.store.events_between(now, now + TITLE_HORIZON)
    found = _titled(events, intent.title, person, now)
    mended, fixed = correct_kind_typos(intent.title)
    if not found and fixed:  # «запиши на екскурсию»: a misspelt kind searched as it (chat50)
        intent = replace(intent, title=mended)
        found = _titled(events, intent.title, person, now)
    if not found and (dated := signup_phrases.title_and_day(intent.title, ctx.wall_now())):
        # «хочу пойти на экскурсию 10 декабря»: the excursion of that day (walk45)
        title, day = dated
        zone = ctx.config.tz
        titled = _titled(events, title, person, now)
        found = [e for e in titled if e.start.astimezone(zone).date() == day]
        if not found and len(titled) == 1 and not intent.listed_only:
            return await _other_day(ctx, dialog, titled[0], day)
    if intent.listed_only:  # «на экскурсию» to «На какое записать?»: one of that list
        found = [e for e in found if e.id in dialog.listed]
        if not found:  # «на лекцыю»: a listed title misspelt (walk45)
            listed = [e for e in events if e.id in dialog.listed]
            found = [e for e in listed if misspelt_mention(intent.title, e.title)]
        if len(found) != 1:  # none or several of them: the question stands
            return _ask_number(dialog)
    if not found and len(parts := _AND.split(intent.title)) > 1:
        each = [_titled(events, part, person, now) for part in parts]
        if all(len(one) == 1 for one in each):
            orgs = await ctx.orgs()
            replies: list[Reply] = []
            for (event,) in each:
                replies += await ctx.students.sign_up(person, event.id, orgs)
            dialog.last_event = None  # «не пойду» after two sign-ups asks which
            return replies
    # «хочу пойти на лекцию» under a list without it: the lecture is shown, not signed up
    # for unseen (walk44, 6: the student may have asked whether there is one)
    unseen = (
        intent.wish and bool(dialog.listed) and bool(found) and found[0].id not in dialog.listed
    )
    if len(found) == 1 and not unseen:
        replies = await ctx.students.sign_up(person, found[0].id, await ctx.orgs())
        return _in_context(dialog, found[0].id, replies)
    if not found:
        return [Reply("signup_title_not_found", {"title": intent.title})]
    if not any(for_class(e, person) for e in found):
        # «хочу на хор» by 9Б when every choir event is 10А's: why not, never a list to pick
        # from that each pick would refuse (walk45)
        orgs = await ctx.orgs()
        return await ctx.students.sign_up(person, found[0].id, orgs)
    shown = found[:10]
    one_series = len({e.series_id for e in shown}) == 1 and shown[0].series_id is not None
    series = {"series": str(shown[0].series_id)} if one_series else {}
    dialog.ask_on_list([e.id for e in shown], ListAction.SIGNUP, **series)
    if one_series:  # «на все» means the series while this list is the last (leftconv20, 6)
        dialog.series_list = {"ids": list(dialog.listed), "series": shown[0].series_id}
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    items = [event_view(e, orgs, n, today) for n, e in enumerate(shown, 1)]
    series_id = shown[0].series_id
    # how many meetings «на все» signs up for: every coming one, also past the list's 60 days
    total = len(await _coming_meetings(ctx, series_id)) if one_series and series_id else 0
    context = {
        "title": intent.title,
        "items": items,
        "one_series": one_series,
        "series_total": max(total, len(items)),
    }
    return [Reply("signup_which", context, buttons=signup_buttons(dialog.listed))]


# «концерт и на лекцию», «концерт и лекцию»: two titles in one sign-up
_AND = re.compile(r"\s+и\s+(?:на\s+)?")


def _titled(events: list[Event], title: str, person: Person, now: datetime) -> list[Event]:
    """The live `events` not yet over (upcoming or a run going on) whose titles `title`
    names and that `person` may join (a student: not a staff or parents' meeting), their
    own class's first when they have any."""
    found = [
        e
        for e in events
        if e.status is not EventStatus.CANCELLED
        and e.end > now  # a run going on is still joined (run69)
        and title_mentions(title, e.title)
        and not (person.role is Role.STUDENT and e.audience.no_students)
    ]
    if person.class_name:
        own = Audience(classes=frozenset({person.class_name}))
        found = [e for e in found if e.audience.overlaps(own)] or found
    return found


async def unsign_by_title(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, intent: UnsignByTitle
) -> list[Reply]:
    """ "не пойду на олимпиаду": the person's OWN sign-up (going or waiting, event not over
    and not cancelled) whose event's title the words name is cancelled — nobody else's
    sign-up and never the event. Several such sign-ups are listed, numbered, with a cancel
    button each (and remembered as the last list, so «не пойду 2» picks one); none gets
    «нет такой записи» with a pointer to «мои записи». Someone with no sign-ups at all who
    is not a student gets «не понял» (a partner's «не пойду на …» means nothing here)."""
    now = ctx.clock.now()
    own = [e for e, _ in await ctx.store.events_of_person(person.id, now) if may_withdraw(e, now)]
    if not own and person.role is not Role.STUDENT:
        return [Reply("not_understood", {"role": person.role.value})]
    found = [e for e in own if title_mentions(intent.title, e.title)]
    orgs = await ctx.orgs()
    if len(found) == 1 and intent.hedged:  # «наверное не пойду на экскурсию»: asked (chat77)
        return _ask_sure(ctx, dialog, found[0], orgs, hedged=True)
    if len(found) == 1:
        return _unsigned(dialog, found[0].id, await ctx.students.cancel(person, found[0].id, orgs))
    if not found:
        return [Reply("unsign_title_not_found", {"title": intent.title, "signed": len(own)})]
    return _ask_which(ctx, dialog, found, orgs, intent.title)


async def keep_sign_ups(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, intent: KeepSignUps
) -> list[Reply]:
    """«нет, не надо отменять» at «какую запись отменить?» (walk 2026-12-02r, #9): nothing is
    cancelled; the reply says so and how many sign-ups stay. The question closes with this
    message (the planner drops a list's question after one message); nothing is written."""
    now = ctx.clock.now()
    own = [e for e, _ in await ctx.store.events_of_person(person.id, now) if may_withdraw(e, now)]
    dialog.last_event = None  # a later bare «не пойду» asks again rather than guesses
    return [Reply("unsign_kept", {"count": len(own)})]


async def signup_declined(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, intent: SignupDeclined
) -> list[Reply]:
    """«нет» at «Записать?» or «На какое записать?»: nobody is signed up; the reply says so
    and how to sign up later. The question closes with this message (the planner drops a
    list's question after one message); nothing is written."""
    return [Reply("signup_declined")]


async def signup_on_day(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, intent: SignupOnDay
) -> list[Reply]:
    """«на четверг» at «На какое записать?»: the one listed event on those days
    (school-local; every Thursday of the period listed) is signed up for; none or several
    of them: the question is asked again — with none, saying so first («на завтра» when
    the list has nothing tomorrow: chat47)."""
    zone = ctx.config.tz
    found = [
        e
        for i in dialog.listed
        if (e := await ctx.store.get_event(i)) is not None
        and e.start.astimezone(zone).date() in intent.days
    ]
    if not found:
        [asked] = _ask_number(dialog)
        context = {"days": list(intent.days), "count": len(dialog.listed)}
        return [Reply("signup_none_on_day", context, buttons=asked.buttons)]
    if len(found) != 1:
        return _ask_number(dialog)
    replies = await ctx.students.sign_up(person, found[0].id, await ctx.orgs())
    return _in_context(dialog, found[0].id, replies)


async def signup_which_two(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, intent: SignupWhichTwo
) -> list[Reply]:
    """«на обе» under a list of three or more: «на какие два?» — the numbers, or «на все»;
    the list's question stays open with its buttons (nobody is signed up unasked)."""
    [asked] = _ask_number(dialog)
    return [Reply("signup_which_two", {"count": len(dialog.listed)}, buttons=asked.buttons)]


async def signup_unclear(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, intent: SignupUnclear
) -> list[Reply]:
    """An answer understood as nothing at «На какое записать?»: asked again, saying how to
    answer (a number, a title, a button, or «нет»); the list's question stays open."""
    [asked] = _ask_number(dialog)
    return [Reply("signup_unclear", {"count": len(dialog.listed)}, buttons=asked.buttons)]


async def waiting_place(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, intent: WaitingPlace
) -> list[Reply]:
    """«а я какой в очереди?» (walk 2026-12-02r, #18): for each upcoming event the person
    waits for, their place on its waiting list and the list's length (the order the list
    moves up in: SignupStore.signed_up(…, "waiting")); «вы не в листе ожидания» when none,
    with how many seats they hold. Reads only."""
    now = ctx.clock.now()
    held = [(e, s) for e, s in await ctx.store.events_of_person(person.id, now) if e.start > now]
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    items = []
    for event, status in held:
        if status != "waiting":
            continue
        queue = [p.id for p in await ctx.store.signed_up(event.id, "waiting")]
        if person.id in queue:
            view = event_view(event, orgs, today=today)
            items.append({"event": view, "place": queue.index(person.id) + 1, "of": len(queue)})
    going = sum(status == "going" for _, status in held)
    return [Reply("waiting_place", {"items": items, "going": going})]


async def unsign_all(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, intent: UnsignAll
) -> list[Reply]:
    """«отпишись от всего» (walk 2026-12-02r, #9): the person's own upcoming sign-ups (going
    or waiting), listed with «Отменить все» and a cancel button each (the list is the last
    list: «не пойду 2» picks one); one sign-up is cancelled at once, as «не пойду» would;
    none gets «отменять нечего». The «Отменить все» button (`event_ids`) cancels each of
    the listed sign-ups the person still holds, one by one as «не пойду» does (the waiting
    list moves up behind each), and the replies are joined into one. Never an event."""
    now = ctx.clock.now()
    own = [e for e, _ in await ctx.store.events_of_person(person.id, now) if may_withdraw(e, now)]
    orgs = await ctx.orgs()
    if intent.event_ids is None:
        if not own and person.role is not Role.STUDENT:
            return [Reply("not_understood", {"role": person.role.value})]
        if not own:
            return [Reply("unsign_title_not_found", {"title": "", "signed": 0})]
        if len(own) == 1:
            return _unsigned(dialog, own[0].id, await ctx.students.cancel(person, own[0].id, orgs))
        shown = own[:SIGNUP_BUTTONS]
        dialog.ask_on_list([e.id for e in shown], ListAction.UNSIGN)
        today = ctx.wall_now().date()
        items = [event_view(e, orgs, n, today) for n, e in enumerate(shown, 1)]
        every = payload(ButtonAction.UNSIGN_ALL, ids=[e.id for e in shown])
        buttons = (
            (Button("unsign_all", every, "negative", {"count": len(shown)}),),
            *numbered_rows([e.id for e in shown], RowButton("unsign", ButtonAction.UNSIGN)),
        )
        context = {"items": items, "more": len(own) - len(shown)}
        return [Reply("unsign_all", context, buttons=buttons)]
    held = {e.id for e in own}
    cancelled: list[dict[str, object]] = []
    others: list[Reply] = []
    for event_id in intent.event_ids:
        if event_id not in held:
            continue  # already cancelled, over, or never this person's: nothing to do
        for reply in await ctx.students.cancel(person, event_id, orgs):
            if reply.template == "signup_cancelled":
                cancelled.append(reply.context["event"])
            else:
                others.append(reply)  # a seat freed: the next on the waiting list is told
    dialog.last_event = None
    dialog.unsigned = None  # several cancelled: «запиши меня снова» names none of them
    return [Reply("unsign_all_done", {"events": cancelled}), *others]


async def mute_by_title(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, intent: MuteByTitle
) -> list[Reply]:
    """ "не напоминай про экскурсию": no reminders of the person's own upcoming sign-ups whose
    event titles the words name (every such one; «напоминай про …» turns them on again).
    The sign-up stays, and so do the other events' reminders and the poll after it. None
    found gets «нет такой записи» with a pointer to «мои записи» (walk r, 2026-12-02, #22)."""
    now = ctx.clock.now()
    own = [e for e, _ in await ctx.store.events_of_person(person.id, now) if e.start > now]
    found = [e for e in own if title_mentions(intent.title, e.title)]
    if intent.muted:  # one-off reminders («напомни завтра в 8 про …», remind66) go too
        found += await forget_moments(ctx.store, person.id, intent.title, found, now)
    if not found:
        context = {"events": [], "muted": intent.muted, "title": intent.title, "signed": len(own)}
        return [Reply("reminders_muted", context)]
    muted = await muted_events(ctx.store, person.id)
    ids = {e.id for e in found}
    muted = muted | ids if intent.muted else muted - ids
    await ctx.store.set_setting(muted_key(person.id), ",".join(map(str, sorted(muted))))
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    views = [event_view(e, orgs, today=today) for e in found]
    return [Reply("reminders_muted", {"events": views, "muted": intent.muted})]


async def switch(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, intent: SwitchSignup
) -> list[Reply]:
    """Leave an overlapping event for another (the sign-up's "switch" button)."""
    return await ctx.students.switch(person, intent.old, intent.new, await ctx.orgs())


async def rate(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, answer: PollAnswer
) -> list[Reply]:
    """A rating button (1–5); the recommendation question follows."""
    event_id = answer.event_id
    replies, asking = await ctx.students.rate(person, event_id, answer.value)
    dialog.ask_poll(event_id, asking)
    if asking is not None and event_id is not None:
        given = _given("rating", answer.value)
        remember_poll(dialog, event_id, ctx.clock.now(), scored="rating", given=given)
    return replies


async def recommend(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, answer: PollAnswer
) -> list[Reply]:
    """A recommendation score (0–10), pressed or typed; the comment question follows."""
    event_id = answer.event_id
    assert event_id is not None  # bot.core.language checks it
    step = dialog.waiting
    asked = (
        isinstance(step, PollStep)
        and step.question is PollQuestion.RECOMMEND
        and step.event_id == event_id
    )
    replies, asking = await ctx.students.recommend(person, event_id, answer.value, asked)
    stored = asking == "comment"
    dialog.ask_poll(event_id, asking)
    if stored:
        given = _given("recommend", answer.value)
        remember_poll(dialog, event_id, ctx.clock.now(), scored="recommend", given=given)
    if stored and _kept_comment(dialog, event_id):  # the review typed at the rating (chat64)
        replies = [replace(r, context={**r.context, "kept": True}) for r in replies]
    return replies


def _kept_comment(dialog: Dialog, event_id: int) -> str:
    """The comment this chat remembers storing for `event_id`'s poll ("" when none): a
    review typed at the rating closes the poll, and its old buttons may still be pressed."""
    memory = dialog.poll or {}
    return str(memory.get("comment") or "") if memory.get("event") == event_id else ""


async def comment(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, answer: PollAnswer
) -> list[Reply]:
    """A typed comment closes the poll; typed at the 0–10 step, the reply says the score was
    left empty."""
    assert answer.event_id is not None
    step = dialog.waiting
    unscored = isinstance(step, PollStep) and step.question is PollQuestion.RECOMMEND
    dialog.settle()
    text, kept = str(answer.value).strip(), _kept_comment(dialog, answer.event_id)
    if kept and not is_no_comment(text):  # added to the review given before, not over it
        text = f"{kept}\n{text}"
    replies = await ctx.students.comment(person, answer.event_id, text)
    thanked = [r.template for r in replies] == ["poll_thanks"]
    given = text[:1000] if thanked and not is_no_comment(answer.value) else None
    remember_poll(
        dialog, answer.event_id, ctx.clock.now(), closed=True, thanked=thanked, comment=given
    )
    if unscored:
        thanks = [r.template == "poll_thanks" for r in replies]
        replies = [
            replace(r, context={**r.context, "unscored": "recommend"}) if t else r
            for r, t in zip(replies, thanks, strict=True)
        ]
    if thanked:
        replies += await next_poll(ctx, person, answer.event_id)
    return replies


async def absent(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, answer: PollAnswer
) -> list[Reply]:
    """ "I did not go" closes the poll."""
    dialog.settle()
    if answer.event_id is not None:
        remember_poll(dialog, answer.event_id, ctx.clock.now(), closed=True)
    replies = await ctx.students.absent(person, answer.event_id)
    if [r.template for r in replies] == ["poll_absent"]:
        if dialog.poll is not None:  # what poll_chat says is stored if asked again
            dialog.poll = {**dialog.poll, "absent": True}
        replies += await next_poll(ctx, person, answer.event_id)
    return replies


def _given(question: str, value: object) -> tuple[str, int] | None:
    """(question, score) of a stored score whose raw value is `value` (a button's or a typed
    number), for remember_poll; None when it is no whole number."""
    try:
        return question, int(str(value))
    except ValueError:
        return None


@runtime_checkable
class ClaimsNotifications(Protocol):
    """A store that records a notification as sent (both backends: OutboxStore)."""

    async def claim_notification(self, key: str, peer_id: int, at: datetime | None = None) -> bool:
        """As bot.core.ports.OutboxStore.claim_notification."""
        ...


async def next_poll(ctx: Context[SignupPorts], person: Person, done: int | None) -> list[Reply]:
    """The next poll a student has not answered, asked when one ends (its thanks, «меня не
    было»): «А как прошло …? Оцените от 1 до 5» with its rating buttons, so that the next
    «4» answers it and no button of another message (walk r, #6: a second poll's answer was
    lost and a «4» pressed «Календарь .ics»). Its notification key is claimed, so the
    notification loop, which holds a student's second poll while the first is open
    (bot.core.notifications), does not send it again. [] when none is open or `person` is
    not a student; `done` is the event whose poll just ended."""
    if person.role is not Role.STUDENT:
        return []
    now = ctx.clock.now()
    event = await feedback.open_poll(ctx.store, person, now, exclude=done)
    if event is None:
        return []
    if isinstance(ctx.store, ClaimsNotifications):
        key = feedback.poll_key(event.id, person.vk_id)
        await ctx.store.claim_notification(key, person.vk_id, now)
    view = event_view(event, await ctx.orgs())
    buttons = feedback.poll_buttons(event.id, absent=True)
    return [Reply("poll_next", {"event": view}, buttons=buttons)]


def remember_poll(
    dialog: Dialog,
    event_id: int,
    now: datetime,
    *,
    scored: str | None = None,
    closed: bool = False,
    thanked: bool = False,
    comment: str | None = None,
    given: tuple[str, int] | None = None,
) -> None:
    """Note in `dialog.poll` the poll answered last: `given` a score just stored, as
    (question, score), added to the scores given in it (`given`: question -> score, which
    poll_chat's corrections read); `scored` the question ("rating" |
    "recommend") whose score a correction changes (kept from before when None), `closed`
    once the poll is over (it is not asked again; a correction still works), `thanked` when
    it ended with the thanks after the comment question (a comment may still follow, see
    poll_chat.late_comment), `comment` the comment stored (kept from before when None; a
    later one is added to it), `at` the aware instant `now` of this answer (ISO 8601; a
    poll of an event ending later supersedes the open question), `listed` the ids of the
    last list at that moment (a number typed after another list is that list's, not a
    score: poll_chat._for_a_list)."""
    before = dialog.poll if dialog.poll and dialog.poll.get("event") == event_id else {}
    dialog.poll = {
        "event": event_id,
        "scored": scored or before.get("scored"),
        "closed": closed or bool(before.get("closed")),
        "at": now.isoformat(),
        "listed": list(dialog.listed),  # a list shown since then owns a bare number (poll_chat)
    }
    if thanked or before.get("thanked"):
        dialog.poll["thanked"] = True
    if comment is not None or before.get("comment"):
        dialog.poll["comment"] = comment if comment is not None else before["comment"]
    scores = dict(before.get("given") or {})
    if given is not None:
        scores[given[0]] = given[1]
    if scores:
        dialog.poll["given"] = scores


PollHandler = Callable[[Context[SignupPorts], Person, Dialog, PollAnswer], Awaitable[list[Reply]]]
POLL_STEPS: dict[PollAnswerKind, PollHandler] = {
    PollAnswerKind.RATE: rate,
    PollAnswerKind.RECOMMEND: recommend,
    PollAnswerKind.COMMENT: comment,
    PollAnswerKind.ABSENT: absent,
}


async def on_poll_answer(
    ctx: Context[SignupPorts], person: Person, dialog: Dialog, answer: PollAnswer
) -> list[Reply]:
    """One part of a poll answer, by its kind."""
    return await POLL_STEPS[answer.kind](ctx, person, dialog, answer)


ROUTES: Routes = {
    SwitchSignup: switch,
    PollAnswer: on_poll_answer,
    SignupMany: signup_many,
    SignupByTitle: signup_by_title,
    UnsignByTitle: unsign_by_title,
    UnsignAll: unsign_all,
    KeepSignUps: keep_sign_ups,
    SignupDeclined: signup_declined,
    SignupOnDay: signup_on_day,
    SignupWhichTwo: signup_which_two,
    SignupUnclear: signup_unclear,
    WaitingPlace: waiting_place,
    MuteByTitle: mute_by_title,
}
COMMANDS: Commands = {
    CommandKind.SIGNUP: signup,
    CommandKind.UNSIGN: unsign,
    CommandKind.STOP_MESSAGES: stop_messages,
}
