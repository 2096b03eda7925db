"""Help: what the bot can do for a role, with buttons for the everyday questions."""

from __future__ import annotations

from bot.core.dialog import Dialog
from bot.core.features.context import Commands, Context
from bot.core.language.buttons import ButtonAction, payload
from bot.core.language.commands import Command, CommandKind
from bot.core.models import Person, Role
from bot.core.ports import Directory
from bot.core.replies import Button, Reply

HELP_SHORTCUTS: dict[Role, tuple[str, ...]] = {
    Role.STUDENT: ("this_week", "next_week", "mine", "calendar"),
    Role.PARTNER: ("mine", "clashes", "next_week", "report"),
    Role.STAFF: ("mine", "clashes", "next_week", "excel"),
    Role.CURATOR: ("clashes", "next_week", "report", "excel"),
}


def help_reply(person: Person) -> Reply:
    """What the bot can do for this role, with buttons for the everyday questions."""
    shortcuts = HELP_SHORTCUTS[person.role]
    buttons = tuple(
        tuple(
            Button("shortcut", payload(ButtonAction.SAY, t=key), context={"key": key})
            for key in shortcuts[i : i + 2]
        )
        for i in range(0, len(shortcuts), 2)
    )
    return Reply("help", {"role": person.role.value}, buttons=buttons)


async def on_help(
    ctx: Context[Directory], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "помощь" or the help button."""
    return [help_reply(person)]


COMMANDS: Commands = {CommandKind.HELP: on_help}
