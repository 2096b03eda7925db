"""A message that changed nothing while a card or a pasted plan waits for «да» (newcomer
walk 2026-12-01f, finding 6): the reply says the card is still open and unchanged — its
title, day and place, and how to correct it — so the next «да» never saves old values the
person believes corrected. A correction under a plan of several lines asks for the line.
"""

from __future__ import annotations

from bot.core import drafts
from bot.core.dialog import Dialog
from bot.core.features.adding import DraftStore
from bot.core.features.context import Context, Routes
from bot.core.language.meaning import CardUnchanged
from bot.core.models import Person
from bot.core.replies import Reply
from bot.core.views import event_view


async def on_card_unchanged(
    ctx: Context[DraftStore], person: Person, dialog: Dialog, intent: CardUnchanged
) -> list[Reply]:
    """«Карточка не изменилась: …» with the card's title, day and place (one draft), or
    «план не изменился» with the way to fix a line (several)."""
    pending = dialog.drafts()
    context: dict[str, object] = {"correction": intent.correction, "count": len(pending)}
    if len(pending) == 1 and pending[0].start is not None:
        org_id = await ctx.organisation_of(person)
        first = drafts.to_new_events(
            pending[0], organisation_id=org_id, tz=ctx.config.tz, created_by=person.id
        )[0]
        context["event"] = event_view(first, await ctx.orgs())
    elif pending:
        context["title"] = pending[0].title
    return [Reply("card_unchanged", context)]


ROUTES: Routes = {CardUnchanged: on_card_unchanged}
