"""Personal and school settings: reminders on/off and their times, the Monday digest."""

from __future__ import annotations

from typing import Protocol

from bot.core.features.context import Context
from bot.core.language.reminder_times import parse_offsets
from bot.core.models import Person, Role
from bot.core.notifications import REMINDER_DEFAULTS_KEY
from bot.core.ports import Directory, SettingsStore
from bot.core.replies import Reply


class SettingsPorts(Directory, SettingsStore, Protocol):
    """The ports settings write."""


async def reminder_times(ctx: Context[SettingsPorts], person: Person, argument: str) -> list[Reply]:
    """A person's own reminder times, or the school's defaults (curators only)."""
    scope, _, phrase = argument.partition(":")
    offsets = parse_offsets(phrase)
    if offsets is None:
        return [Reply("reminder_times_not_understood")]
    if scope == "default":
        if person.role is not Role.CURATOR:
            return [Reply("reminder_defaults_not_allowed")]
        await ctx.store.set_setting(REMINDER_DEFAULTS_KEY, ",".join(map(str, offsets)))
    else:
        await ctx.store.set_reminder_prefs(person.id, True, offsets)
    return [Reply("reminder_times_set", {"offsets": offsets, "default": scope == "default"})]
