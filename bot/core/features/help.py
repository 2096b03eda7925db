"""Help: what the bot can do for a role, with buttons for the everyday questions."""

from __future__ import annotations

from dataclasses import replace

from bot.core.dialog import Dialog
from bot.core.features.agreeing import upcoming
from bot.core.features.context import Commands, Context
from bot.core.features.people import EventReader
from bot.core.language.buttons import ButtonAction, payload
from bot.core.language.commands import Command, CommandKind
from bot.core.models import Person, Role
from bot.core.permissions import can_add_events, can_agree
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
    ctx: Context[EventReader], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "помощь" or the help button; on a deployment of several schools it also names what
    spans schools (issue 14): events for several schools, the city's figures. A curator is
    also told how many events wait for their agreement: the first «помощь» of a deputy head
    whose partners were invited before they wrote is where they learn of them (VK refuses a
    community's messages to someone who has never written: error 901, so the waiting notices
    sent before never reached them)."""
    reply = help_reply(person)
    waiting = len(await upcoming(ctx, person, waiting_only=True)) if can_agree(person) else 0
    extra = {
        "several_schools": ctx.schools is not None,
        "city": ctx.schools is not None and person.vk_id in ctx.config.city_viewers,
        "waiting": waiting,
    }
    return [replace(reply, context={**reply.context, **extra})]


async def on_join(
    ctx: Context[Directory], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """«как стать партнёром?», «как добавить мероприятие?», «где взять код?»: how partners
    and teachers join (an invitation code from the school's curator, sent back in one
    message — bot.core.features.people.redeem), or, for someone who already may add
    events, how to add one; a curator is told how to invite."""
    context = {"role": person.role.value, "can_add": can_add_events(person)}
    return [Reply("how_to_join", context)]


async def on_school_setup(
    ctx: Context[Directory], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """«название школы: …», «часовой пояс калининград», «как назвать школу?»: the school's
    name and zone as the bot has them, and that whoever runs the bot sets them (BOT_SCHOOL,
    BOT_TZ, or the schools config of a city) — nothing in the chat changes them (newcomer
    walk 2026-12-03y, Y6: a new deputy head's first messages got «не понял»)."""
    context = {
        "role": person.role.value,
        "school": ctx.config.school_name,
        "zone": ctx.config.tz.key,
        "now": ctx.wall_now(),
    }
    return [Reply("school_setup", context)]


COMMANDS: Commands = {
    CommandKind.HELP: on_help,
    CommandKind.JOIN: on_join,
    CommandKind.SCHOOL_SETUP: on_school_setup,
}
