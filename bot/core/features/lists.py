"""Numbers in commands mean the last list shown to that person; a number that list does
not have is answered «в списке нет №N» (bot.core.language.understand decides)."""

from __future__ import annotations

from bot.core.dialog import Dialog
from bot.core.features.context import Context, Routes
from bot.core.language.meaning import NotOnList
from bot.core.models import Person
from bot.core.ports import Directory
from bot.core.replies import Reply


async def on_not_on_list(
    ctx: Context[Directory], person: Person, dialog: Dialog, intent: NotOnList
) -> list[Reply]:
    """ "записаться 99" after a list of 5: which numbers the list has (none shown yet)."""
    return [Reply("not_on_list", {"number": intent.number, "listed": intent.listed})]


ROUTES: Routes = {NotOnList: on_not_on_list}
