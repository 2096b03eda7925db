"""«Отмена отменяется! Концерт хора 17 декабря состоится», «Лекция 18 декабря — всё в силе»:
the person says an event stands as planned (bot.core.language.cancel_phrases
.still_on_reference). Nothing is stored and no draft is opened (newcomer walk 2026-12-02n:
the message became a new draft): the reply names the person's live events the words point
at, which stay in the plan as they are, or says that nothing changes — with the way back
(«пришлите его снова») when the event it names was cancelled.
"""

from __future__ import annotations

from bot.core.dialog import Dialog
from bot.core.features.cancel_by_text import matching_events
from bot.core.features.changing import ChangingStore
from bot.core.features.context import Context, Routes
from bot.core.features.queries import LIST_LIMIT, MINE_HORIZON
from bot.core.language.cancel_phrases import reference_lemmas
from bot.core.language.meaning import StillOn
from bot.core.models import Event, EventStatus, Person
from bot.core.permissions import can_edit
from bot.core.replies import Reply
from bot.core.views import event_view


async def on_still_on(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, intent: StillOn
) -> list[Reply]:
    """«still_on» naming the live events of the person's own the words point at (their
    day and title words, as a cancel in words finds them), else «still_on_nothing» (with a
    cancelled event of theirs by that title, if any, to send again)."""
    found = await matching_events(ctx, person, intent.reference) if intent.reference else []
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    if found:
        shown = [event_view(e, orgs, n, today) for n, e in enumerate(found[:LIST_LIMIT], 1)]
        dialog.last_event = found[0].id
        return [Reply("still_on", {"events": shown})]
    cancelled = await _cancelled_namesake(ctx, person, intent.reference)
    view = event_view(cancelled, orgs, None, today) if cancelled is not None else None
    return [Reply("still_on_nothing", {"reference": intent.reference, "cancelled": view})]


async def _cancelled_namesake(
    ctx: Context[ChangingStore], person: Person, reference: str
) -> Event | None:
    """The first cancelled event ahead (MINE_HORIZON) the person may change whose title
    shares every title word of `reference` (as lemmas); None when none or no words."""
    wanted = reference_lemmas(reference)
    if not wanted:
        return None
    now = ctx.clock.now()
    for event in await ctx.store.events_overlapping(
        now, now + MINE_HORIZON, include_cancelled=True
    ):
        if event.status is not EventStatus.CANCELLED or not can_edit(person, event):
            continue
        if wanted <= reference_lemmas(event.title):
            return event
    return None


ROUTES: Routes = {StillOn: on_still_on}
