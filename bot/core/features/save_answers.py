"""«да», «нет», «Не сохранять» and «Добавить ещё одно» to the pending drafts: «да» saves
(plan_saving) unless a question about the draft is open; «нет» drops them, except a draft
asked its year or a day outside its period (asked again) and a plan whose lines ask their
year (kept, with how to go on).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from bot.core import drafts
from bot.core.dialog import Dialog
from bot.core.features import resending
from bot.core.features.adding import set_single_draft, span_asked_again
from bot.core.features.context import Context
from bot.core.features.held_plan_lines import year_lines
from bot.core.features.pending_drafts import discard_and_restore
from bot.core.features.plan_saving import save
from bot.core.features.plan_summaries import PlanStore
from bot.core.language.actions import ButtonAction, payload
from bot.core.language.commands import Command, CommandKind
from bot.core.models import EventDraft, Person
from bot.core.replies import Button, Reply
from bot.core.views import confirm_row


async def on_yes(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "да" or the save button: store what is pending. While the bot waits for a missing
    part of the draft («Для каких классов?»), «да» is no answer: the question is asked again
    instead of saving a guess (the whole school, for one) unseen."""
    if not dialog.pending:
        return [Reply("nothing_pending", {"role": person.role.value})]
    asked = dialog.asked_field()
    if asked is not None:  # «да» to «…с 15 по 17 декабря… Как правильно?»: its words, buttons
        again = span_asked_again(dialog, ctx.wall_now())
        return [again or Reply(f"ask_{asked}_again", {})]
    return await save(ctx, person, dialog)


async def on_no(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "нет": drop what is pending. A single draft asked «…имеется в виду 15 октября 2027
    года?» is kept and its day asked for («ask_date_year_no»); one whose day answered lies
    outside the period it named is kept and asked for another day within it. A plan whose lines ask
    «…имеется в виду 2027 год?» (`year_lines`) is kept too: «нет» may answer that question
    as well as «Сохранить все?», so nothing is saved or dropped, and the reply
    («plan_year_kept») names those lines and how to give one its year («исправь 2:
    15.10.2027»), save the rest («сохрани без …») or drop the plan («Не сохранять»)."""
    if not dialog.pending:
        return [Reply("nothing_pending", {"role": person.role.value})]
    asked_field = dialog.asked_field()
    single = dialog.drafts()[0] if len(dialog.pending) == 1 else None
    if single is not None and drafts.year_asked(single, asked_field and asked_field.value):
        # «нет» to «…имеется в виду 15 октября 2027 года?»: the day is asked again, the draft
        # kept (its «Не сохранять» button drops it); year_asked: a start is there
        context = {"title": single.title, "start": single.start}
        buttons = ((Button("discard", payload(ButtonAction.DISCARD), style="negative"),),)
        return [Reply("ask_date_year_no", context, buttons=buttons)]
    if single is not None and asked_field is not None and "outside_period" in single.doubts:
        return [_another_day_in_period(dialog, single, ctx.wall_now())]
    asked = year_lines(dialog)
    if asked:
        dialog.settle()
        kept: dict[str, Any] = {"lines": asked, "count": len(dialog.pending)}
        return [Reply("plan_year_kept", kept, buttons=(confirm_row(several=True),))]
    return await discard_and_restore(ctx, person, dialog)


def _another_day_in_period(dialog: Dialog, single: EventDraft, now: datetime) -> Reply:
    """«нет» to «15 января — это не в декабре. Если всё же 15 января — ответьте «да»»: not
    that day (newcomer walk 2026-12-01l, #9: the draft was deleted): the day answered is
    dropped and asked again within the period; the draft, its time and its place stay."""
    doubts = tuple(d for d in single.doubts if d != "outside_period")
    again = replace(single, start=None, end=None, doubts=doubts)
    set_single_draft(dialog, again)
    return drafts.ask_reply(again, "date", now)


async def on_save_copy(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """«Добавить ещё одно» (a resent event's card): a second event, not an update of the
    saved one; with no such card, the same as «да»."""
    resending.as_new(dialog)
    return await on_yes(ctx, person, dialog, Command(CommandKind.YES))


async def on_discard(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """The discard button."""
    return await discard_and_restore(ctx, person, dialog)
