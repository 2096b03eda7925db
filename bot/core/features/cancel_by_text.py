"""Cancelling an event named in words («отмени лекцию по физике 10 декабря», «концерт хора
15 декабря не состоится»): the event is looked up among those the person may change in the
next 60 days (by its day when one is named, then by the title words it shares with the
message, compared as lemmas); one match gets the usual cancel card (nothing changes before
«да»), several are listed for «отмени N» (the reason the words give goes with the pick:
changing.on_cancel), none gets a polite pointer to «мои мероприятия».
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import timedelta

from bot.core.dialog import Dialog, ListAction
from bot.core.features import school_cards, signups
from bot.core.features.authors import not_yours
from bot.core.features.changing import ChangingStore, ask_cancel
from bot.core.features.context import Context, Routes
from bot.core.features.queries import LIST_LIMIT, MINE_HORIZON
from bot.core.features.undo import is_cancel
from bot.core.language.cancel_phrases import reference_lemmas
from bot.core.language.meaning import CancelByText, UnsignByTitle, WhyCancelled
from bot.core.language.morphology import parses
from bot.core.language.named_words import content_lemmas, title_words
from bot.core.language.tokens import normalize
from bot.core.language.when import day_and_time
from bot.core.models import Event, EventStatus, Person, Role
from bot.core.permissions import can_edit
from bot.core.replies import Reply
from bot.core.views import days_view, event_view


async def on_cancel_by_text(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, intent: CancelByText
) -> list[Reply]:
    """The cancel card of the one event the words point at, or a list to choose from. A
    student's «отмени экскурсию» cancels their own sign-up whose event the words name
    (signups.unsign_by_title), never the event (walk 2026-12-02r, #9). The words are looked
    for with no horizon, as agreeing and withdrawing look (an olympiad in March is cancelled
    by name in December; round 19, after attack w #10): several found are listed to pick."""
    if person.role is Role.STUDENT and not intent.asked:
        return [Reply("not_understood", {"role": person.role.value})]
    if person.role is Role.STUDENT:
        own = UnsignByTitle(" ".join(normalize(intent.reference).split()))
        return await signups.unsign_by_title(ctx, person, dialog, own)
    elsewhere = other_school_named(ctx, intent.reference)
    if elsewhere is not None:
        return [elsewhere]
    found = await matching_events(ctx, person, intent.reference, horizon=None)
    if len(found) == 1:
        return await ask_cancel(ctx, person, dialog, found[0].id, reason=intent.reason)
    if not found:
        reply = await not_found(ctx, person, intent.reference, "cancel_not_found", horizon=None)
        return [reply]
    shown = found[:LIST_LIMIT]
    reason = {"reason": intent.reason} if intent.reason else {}  # the pick cancels with it
    dialog.ask_on_list([e.id for e in shown], ListAction.CANCEL, **reason)
    days = days_view(shown, await ctx.orgs(), today=ctx.wall_now().date())
    return [Reply("cancel_which", {"days": days})]


def other_school_named(ctx: Context[ChangingStore], reference: str) -> Reply | None:
    """On a deployment of several schools, a change whose words name another school of it
    («отмени экскурсию на верфь в школе №5» written in the gymnasium's community) is not
    made here on this school's namesake: the reply says to make it in that school's
    community (newcomer walk 2026-12-01d, finding 1). None when no other school is named."""
    other = school_cards.other_school(ctx, reference)
    return Reply("schools_change_elsewhere", {"school": other.name}) if other else None


Allowed = Callable[[Person, Event], bool]  # whether a person may do something to an event


async def matching_events(
    ctx: Context[ChangingStore],
    person: Person,
    reference: str,
    *,
    others: bool = False,
    may: Allowed = can_edit,
    every_word: bool = False,
    over: bool = False,
    horizon: timedelta | None = MINE_HORIZON,
) -> list[Event]:
    """Live events (not cancelled, not over) in the next 60 days that `person` may change
    (`may`: another right, such as seeing sign-up counts; with `others`: that they may
    not) and that `reference` points at: on its day when it names one (school
    wall-clock; and at its start time when it names one and an event starts then), and
    sharing the most title words with it when it has any — with
    `every_word`, only titles that have every title word of `reference` (a move: «лекцию о
    космосе» is not the AI lecture, attack 2026-12-02s #3); in start order. With `over`,
    the events of the last 60 days that are over instead (live_events). `horizon` None:
    every upcoming one (agreement: what «что ждёт согласования?» lists, attack w, #10). When
    none within `horizon` fits, every upcoming one is searched: an event named by its words is
    found however far ahead it is (leftovers26: «перенеси конкурс моделей одежды …» of a
    contest 105 days ahead was «нет такого», while «перенеси на …» moved it)."""
    found = await _matching(ctx, person, reference, others, may, every_word, over, horizon)
    if found or over or horizon is None:
        return found
    return await _matching(ctx, person, reference, others, may, every_word, over, None)


async def _matching(
    ctx: Context[ChangingStore],
    person: Person,
    reference: str,
    others: bool,
    may: Allowed,
    every_word: bool,
    over: bool,
    horizon: timedelta | None,
) -> list[Event]:
    """matching_events within one `horizon` (None: every upcoming event)."""
    events = await live_events(ctx, person, others=others, may=may, over=over, horizon=horizon)
    named = day_and_time(reference, ctx.wall_now(), ctx.config.tz)
    if named is not None and named.day is not None:
        events = [e for e in events if e.start.astimezone(ctx.config.tz).date() == named.day]
        if named.start is not None:  # «… 10 декабря в 13:00»: that session of the day, when
            # one starts then (newcomer walk 2026-12-03y, Y4); none does — the day's, as before
            at = [e for e in events if e.start.astimezone(ctx.config.tz).time() == named.start]
            events = at or events
    wanted = reference_lemmas(reference)
    if every_word:
        named_words = _word_readings(reference)
        titled = [e for e in events if _has_every_word(named_words, e.title)]
        # none by its title: the words may name its place too — «выставку на третьем этаже»
        # of «Выставка «Зима»» on «3 этаж» (chat77); only when the title alone finds none
        events = titled or [
            e for e in events if _has_every_word(named_words, f"{e.title} {e.venue or ''}")
        ]
        if named_words:  # each has every word in some form: «кружка» is «Кружок …» (chat76)
            return events
    return _best_titles(events, wanted, day_named=named is not None)


def _word_readings(text: str) -> list[frozenset[str]]:
    """Each word of `text` that names an event (reference_lemmas keeps it; no preposition,
    conjunction or particle), as every dictionary form it may have: «кружка» is «кружок»
    or «кружка», so a title matches the one it has."""
    readings = []
    for word in re.findall(r"[а-яё]{3,}|[a-z]{3,}", text.lower()):
        kept = reference_lemmas(word)
        if not kept or not content_lemmas(kept):
            continue
        readings.append(kept | {found.normal_form for found in parses(word)})
    return readings


def _has_every_word(readings: list[frozenset[str]], title: str) -> bool:
    """Whether `title` has each word of `readings` (_word_readings) in one of its forms."""
    forms = frozenset().union(*_word_readings(title))
    return all(reading & forms for reading in readings)


async def live_events(
    ctx: Context[ChangingStore],
    person: Person,
    *,
    others: bool = False,
    may: Allowed = can_edit,
    over: bool = False,
    horizon: timedelta | None = MINE_HORIZON,
) -> list[Event]:
    """Live events (not cancelled, not over) in the next `horizon` (60 days; None: no end) that
    `person` may change (`may`: another right; with `others`: that they may not), in start
    order. With `over`: the events (not cancelled) that began in the last 60 days and are
    over — a figure asked the day after (newcomer walk 2026-12-02t, #24)."""
    now = ctx.clock.now()
    if over:
        return [
            e
            for e in await ctx.store.events_between(now - MINE_HORIZON, now)
            if e.status is not EventStatus.CANCELLED and e.end <= now and may(person, e) != others
        ]
    return [
        e
        for e in await ctx.store.events_between(now, None if horizon is None else now + horizon)
        if e.status is not EventStatus.CANCELLED and e.end > now and may(person, e) != others
    ]


def _best_titles(
    events: Sequence[Event], wanted: frozenset[str], *, day_named: bool
) -> list[Event]:
    """The events sharing the most title lemmas with `wanted`; all of them when nothing is
    wanted but a day was named; none when words were given and no title shares one."""
    if not wanted:
        return list(events) if day_named else []
    scored = [(len(wanted & reference_lemmas(e.title)), e) for e in events]
    best = max((score for score, _ in scored), default=0)
    return [e for score, e in scored if best and score == best]


async def cancelled_match(
    ctx: Context[ChangingStore], person: Person, reference: str, *, asked_why: bool = False
) -> Event | None:
    """The person's own cancelled event, not over, in the next 60 days, whose title shares
    the most words with `reference` (on the day it names, if any) — the newest cancel of
    several; None when `reference` has no title words or none fits. `asked_why` («почему
    отменили …?»): any such event up to WHY_AHEAD ahead and those whose day passed in the
    last 60 days too — the question is asked of a cancel months away, or the day after
    (leftconv20, item 6: a May festival cancelled in December was «not found»); a student
    asks about the events they were signed up for."""
    wanted = reference_lemmas(reference)
    if not wanted:
        return None
    now = ctx.clock.now()
    since, until = (now - MINE_HORIZON, now + WHY_AHEAD) if asked_why else (now, now + MINE_HORIZON)
    stored = await ctx.store.events_overlapping(since, until, include_cancelled=True)
    events = [
        e
        for e in stored
        if e.status is EventStatus.CANCELLED
        and (asked_why or e.end > now)
        and (can_edit(person, e) or (asked_why and await _was_signed_up(ctx, person, e)))
    ]
    named = day_and_time(reference, ctx.wall_now(), ctx.config.tz)
    if named is not None and named.day is not None:
        events = [e for e in events if e.start.astimezone(ctx.config.tz).date() == named.day]
    found = _best_titles(events, wanted, day_named=False)
    return max(found, key=lambda e: (e.updated_at or e.start, e.id)) if found else None


async def _was_signed_up(ctx: Context[ChangingStore], person: Person, event: Event) -> bool:
    """Whether `person` is a student signed up for `event` (going or waiting; a cancel keeps
    the sign-ups): they were told of the cancel and may ask why (leftconv20, item 6)."""
    if person.role is not Role.STUDENT:
        return False
    return await ctx.store.signup_status(event.id, person.id) in ("going", "waiting")


WHY_AHEAD = timedelta(days=400)  # «почему отменили …?» looks past any school year's end


async def past_match(ctx: Context[ChangingStore], person: Person, reference: str) -> Event | None:
    """The person's own event that is over (not cancelled, begun in the last 60 days) and
    that `reference` points at: on the day of the month it names (a day already past this
    year is read as next year's by the date reader, so only the day and month are compared)
    and sharing the most title words with it — the latest of several; None when nothing
    fits. For a change of an event that is over, said so rather than «not found» (newcomer
    walk 2026-12-02t, #11)."""
    now = ctx.clock.now()
    events = [
        e
        for e in await ctx.store.events_between(now - MINE_HORIZON, now)
        if e.status is not EventStatus.CANCELLED and e.end <= now and can_edit(person, e)
    ]
    named = day_and_time(reference, ctx.wall_now(), ctx.config.tz)
    if named is not None and named.day is not None:
        wanted = named.day.strftime("%m-%d")
        events = [
            e for e in events if e.start.astimezone(ctx.config.tz).strftime("%m-%d") == wanted
        ]
    found = _best_titles(events, reference_lemmas(reference), day_named=named is not None)
    return max(found, key=lambda e: e.start) if found else None


async def not_found(
    ctx: Context[ChangingStore],
    person: Person,
    reference: str,
    template: str,
    *,
    may: Allowed = can_edit,
    every_word: bool = False,
    horizon: timedelta | None = MINE_HORIZON,
) -> Reply:
    """Nothing of the person's own matches `reference`: when another organiser's event
    does, the refusal «проводит КГТУ — изменить … может только организатор или куратор»
    (the same as for «отмени 1» on it; the week list shows its title and organiser to
    everyone already), else `template` («не нашёл среди ваших …»). A reference with no
    title words (only a day) points at no one else's event; `every_word` and `horizon` as
    in matching_events."""
    theirs = (
        await matching_events(
            ctx,
            person,
            reference,
            others=True,
            may=may,
            every_word=every_word,
            horizon=horizon,
        )
        if reference_lemmas(reference)
        else []
    )
    if theirs:
        return await not_yours(ctx, theirs[0])
    return Reply(template, {"reference": reference, "words": title_words(reference)})


async def on_why_cancelled(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, intent: WhyCancelled
) -> list[Reply]:
    """«почему отменили интенсив?» (newcomer walk 2026-12-02t, #7): among the person's own
    cancelled events not over (cancelled_match), the one the words name, with who cancelled
    it (the curator, a teacher by name, a partner's organisation, or the person) and the
    reason given with the cancel (the audit row's "reason"; None: none given);
    `why_cancelled_not_found` when none of theirs is cancelled by those words."""
    event = await cancelled_match(ctx, person, intent.reference, asked_why=True)
    if event is None:
        return [Reply("why_cancelled_not_found", {"reference": intent.reference})]
    entries = await ctx.store.audit_entries(event.id)
    cancels = [e for e in entries if is_cancel(e)]
    last = cancels[-1] if cancels else None
    actor_id = last["actor_id"] if last else None
    actor = await ctx.store.get_person(actor_id) if actor_id is not None else None
    orgs = await ctx.orgs()
    org = orgs.get(actor.organisation_id) if actor and actor.organisation_id else None
    dialog.last_event = event.id
    return [
        Reply(
            "why_cancelled",
            {
                "event": event_view(event, orgs, today=ctx.wall_now().date()),
                "by_self": actor is not None and actor.id == person.id,
                "by_curator": actor is not None and actor.role is Role.CURATOR,
                "by_staff": actor.name if actor and actor.role is Role.STAFF else "",
                "author_org": org.name if org and actor and actor.role is Role.PARTNER else "",
                "reason": (last or {}).get("details", {}).get("reason"),
            },
        )
    ]


ROUTES: Routes = {CancelByText: on_cancel_by_text, WhyCancelled: on_why_cancelled}
