"""«давайте первый вариант» under a card that proposed free time (newcomer walk
2026-12-02t, #15): the proposals are computed again for the card as it is (the same call
that listed them: bot.core.clashes.propose_slots) and the one named becomes the event's new
time — the single new event's draft, or the move card's new time — and the card is shown
again, waiting for «да» as before. A number the card has no proposal for changes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Protocol

from bot.core.dialog import ChangeConfirmation, Dialog
from bot.core.features import adding, changing
from bot.core.features.context import Context, Routes
from bot.core.language.meaning import PickSlot
from bot.core.models import Person
from bot.core.replies import Reply


class SlotStore(adding.DraftStore, changing.ChangingStore, Protocol):
    """The ports both cards read (the plan for clashes and free time, people, settings)."""


async def on_pick(
    ctx: Context[SlotStore], person: Person, dialog: Dialog, pick: PickSlot
) -> list[Reply]:
    """The card again with proposal `pick.number` as the event's time; «нет такого
    варианта» (the card unchanged) when the card proposed fewer."""
    waiting = dialog.waiting
    if isinstance(waiting, ChangeConfirmation):
        [shown, *_] = await changing.change_card(ctx, person, dialog, waiting.change)
        slots = shown.context.get("slots") or []
        if pick.number > len(slots):
            return [_missing(pick, len(slots)), shown]
        slot = slots[pick.number - 1]
        change = replace(
            waiting.change,
            start=slot.start.isoformat(),
            end=slot.end.isoformat(),
            all_day=bool(slot.all_day),  # a free time of whole days keeps the event all-day
            end_given=True,
        )
        return await changing.change_card(ctx, person, dialog, change)
    draft = dialog.drafts()[0]
    shown = await adding.card(ctx, person, draft, dialog.pending[0])
    slots = shown.context.get("slots") or []
    if pick.number > len(slots) or draft.sessions or draft.start is None:
        return [_missing(pick, 0 if draft.sessions else len(slots))]
    slot = slots[pick.number - 1]
    start = slot.start.astimezone(ctx.config.tz).replace(tzinfo=None)
    end = slot.end.astimezone(ctx.config.tz).replace(tzinfo=None)
    if slot.all_day:  # a draft's all-day end is its last day, the slot's the midnight after
        end -= timedelta(days=1)
    adding.set_single_draft(
        dialog, replace(draft, start=start, end=end, all_day=bool(slot.all_day), time_known=True)
    )
    return await adding.continue_draft(ctx, person, dialog)


def _missing(pick: PickSlot, count: int) -> Reply:
    return Reply("slot_pick_missing", {"number": pick.number, "count": count})


ROUTES: Routes = {PickSlot: on_pick}
