"""Personal and school settings: reminders on/off and their times, the Monday digest."""

from __future__ import annotations

from typing import Protocol

from bot.core.dialog import Dialog
from bot.core.features.context import Commands, Context, Routes
from bot.core.language.commands import Command, CommandKind, ReminderTimesCommand
from bot.core.models import Person, Role
from bot.core.notifications import REMINDER_DEFAULTS_KEY
from bot.core.ports import Directory, SettingsStore
from bot.core.replies import Reply


class SettingsPorts(Directory, SettingsStore, Protocol):
    """The ports settings write."""


async def reminder_times(
    ctx: Context[SettingsPorts], person: Person, dialog: Dialog, command: ReminderTimesCommand
) -> list[Reply]:
    """A person's own reminder times, or the school's defaults (curators only)."""
    if command.offsets is None:
        return [Reply("reminder_times_not_understood")]
    offsets = list(command.offsets)
    if command.school_default:
        if person.role is not Role.CURATOR:
            return [Reply("reminder_defaults_not_allowed")]
        await ctx.store.set_setting(REMINDER_DEFAULTS_KEY, ",".join(map(str, offsets)))
    else:
        await ctx.store.set_reminder_prefs(person.id, True, offsets)
    return [Reply("reminder_times_set", {"offsets": offsets, "default": command.school_default})]


async def reminders(
    ctx: Context[SettingsPorts], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "не напоминай" / "напоминай": one's reminders off or back on (default times)."""
    kind = command.kind
    await ctx.store.set_reminder_prefs(person.id, kind is CommandKind.REMINDERS_ON, None)
    return [Reply(kind.value)]


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
