"""Personal and school settings: reminders on/off and their times, the Monday digest."""

from __future__ import annotations

from typing import Protocol

from bot.core.dialog import Dialog
from bot.core.features.context import Commands, Context, Routes
from bot.core.language.commands import Command, CommandKind, ReminderTimesCommand
from bot.core.models import Event, Person, Role
from bot.core.moments import MomentStore
from bot.core.notifications import (
    REMINDER_DEFAULTS_KEY,
    chosen_times,
    default_offsets,
    muted_events,
    person_offsets,
)
from bot.core.ports import Directory, EventStore, SettingsStore, SignupStore
from bot.core.reminders import ReminderClock
from bot.core.replies import Reply
from bot.core.views import event_view


class SettingsPorts(Directory, EventStore, SignupStore, SettingsStore, Protocol):
    """The ports settings write."""


async def reminder_times(
    ctx: Context[SettingsPorts], person: Person, dialog: Dialog, command: ReminderTimesCommand
) -> list[Reply]:
    """A person's own reminder times (offsets and/or one clock time: «напоминай вечером
    накануне», walk 2026-12-02r #22), or the school's defaults (curators only, offsets
    only). The reply names the times, for a person's own the times they replace when those
    differ («(раньше: за сутки и за час до начала)»: newcomer74, where «напомни за час»
    silently dropped the day-before reminder), and what they mean for their next
    signed-up event («напомню 8 декабря в 19:00 о …»: the moments the notification loop will
    send, Students.reminder_moments). The times are stamped with the bot's clock: a moment
    of them already passed is not sent at once (bot.core.notifications._reminders)."""
    if command.offsets is None or (command.school_default and command.clock is not None):
        return [Reply("reminder_times_not_understood")]
    offsets = list(command.offsets)
    clock = command.clock
    if command.school_default:
        if person.role is not Role.CURATOR:
            return [Reply("reminder_defaults_not_allowed")]
        await ctx.store.set_setting(REMINDER_DEFAULTS_KEY, ",".join(map(str, offsets)))
        return [Reply("reminder_times_set", {"offsets": offsets, "default": True})]
    now = ctx.clock.now()
    before = await _times_in_force(ctx, person)
    await ctx.store.set_reminder_prefs(
        person.id, True, offsets or None, clock.dump() if clock else None, chosen_at=now
    )
    context: dict[str, object] = {"offsets": offsets, "default": False}
    if clock is not None:
        context["clock"] = _clock_view(clock)
    if before != {"offsets": offsets, "clock": context.get("clock")}:
        context["before"] = before  # «(раньше: за сутки и за час до начала)» (newcomer74)
    following = await _next_sign_up(ctx, person)
    if following is not None:
        moments = await ctx.students.reminder_moments(person, following, now) or []
        context["next"] = {"event": event_view(following, await ctx.orgs()), "at": moments}
    return [Reply("reminder_times_set", context)]


def _clock_view(clock: ReminderClock) -> dict[str, object]:
    """A clock-time reminder as the template names it: the eve or the day, and the time."""
    return {"eve": clock.days_before == 1, "at": clock.at}


async def _times_in_force(ctx: Context[SettingsPorts], person: Person) -> dict[str, object]:
    """The reminder times that apply to `person` now, as reminder_times_set shows them:
    "offsets" (minutes before the start: their own, else the school's defaults, else none
    beside a clock-time reminder: notifications.person_offsets) and "clock" (None: none);
    {"off": True} when the person turned reminders off («отключи напоминания»: no times were
    in force — review75, where «(раньше: за сутки …)» named times never sent)."""
    enabled, own = await ctx.store.reminder_prefs(person.id)
    if not enabled:
        return {"off": True}
    clock, _ = chosen_times(await ctx.store.reminder_clocks(), person.id)
    offsets = person_offsets(own, await default_offsets(ctx.store), clock)
    return {
        "offsets": [int(o.total_seconds()) // 60 for o in offsets],
        "clock": _clock_view(clock) if clock is not None else None,
    }


async def _next_sign_up(ctx: Context[SettingsPorts], person: Person) -> Event | None:
    """The person's next upcoming event they are going to and have not muted reminders of
    (None when there is none)."""
    now = ctx.clock.now()
    muted = await muted_events(ctx.store, person.id)
    going = [
        e
        for e, status in await ctx.store.events_of_person(person.id, now)
        if status == "going" and e.start > now and e.id not in muted
    ]
    return min(going, key=lambda e: (e.start, e.id)) if going else None


async def reminders(
    ctx: Context[SettingsPorts], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "не напоминай" / "напоминай": one's reminders off or back on. The times the person
    chose (own offsets, a clock-time reminder and when they chose them) are kept either way
    (review 19, W3/C9: «напоминай» after «не напоминай» lost «вечером накануне»); new times
    are named with «напоминай за …» (reminder_times). «Напоминания включены» names the
    times that apply: the person's own, else the school's defaults (`default`)."""
    kind = command.kind
    _, own = await ctx.store.reminder_prefs(person.id)
    raw, chosen_at = (await ctx.store.reminder_clocks()).get(person.id, (None, None))
    on = kind is CommandKind.REMINDERS_ON
    await ctx.store.set_reminder_prefs(person.id, on, own, raw, chosen_at=chosen_at)
    if not on:
        if isinstance(ctx.store, MomentStore):  # one-off reminders too (remind66)
            await ctx.store.remove_moment_reminders(person.id)
        return [Reply(kind.value)]
    clock = ReminderClock.load(raw)
    defaults = [int(o.total_seconds()) // 60 for o in await default_offsets(ctx.store)]
    context: dict[str, object] = {
        "offsets": own if own else ([] if clock else defaults),
        "clock": {"eve": clock.days_before == 1, "at": clock.at} if clock else None,
        "default": not own and clock is None,
    }
    return [Reply(kind.value, context)]


async def digest(
    ctx: Context[SettingsPorts], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "без сводки" / "присылать сводку": the Monday digest off or on."""
    kind = command.kind
    await ctx.store.set_setting(
        f"digest_off:{person.id}", "1" if kind is CommandKind.DIGEST_OFF else "0"
    )
    return [Reply(kind.value)]


ROUTES: Routes = {ReminderTimesCommand: reminder_times}
COMMANDS: Commands = {
    CommandKind.REMINDERS_OFF: reminders,
    CommandKind.REMINDERS_ON: reminders,
    CommandKind.DIGEST_OFF: digest,
    CommandKind.DIGEST_ON: digest,
}
