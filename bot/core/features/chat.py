"""Small talk: greetings, thanks, emoji and VK's «Начать» button get a short friendly answer
with the person's next useful step (a pending draft to confirm, the nearest sign-up, the
class to tell, or what to send), and the role's shortcut buttons — or, while a draft is
pending, its «Сохранить» / «Не сохранять» buttons."""

from __future__ import annotations

from typing import Any, Protocol, cast

from bot.core.dialog import Dialog
from bot.core.features import agreeing, poll_chat
from bot.core.features.context import Context, Routes
from bot.core.features.help import help_reply
from bot.core.features.plans import PlanStore, repeat_question
from bot.core.language.greeting_names import greeting_name
from bot.core.language.meaning import DataDeletion, SchoolDayAbsence, SmallTalk, SmallTalkKind
from bot.core.language.understand import asks_draft_question
from bot.core.models import Person, Role
from bot.core.permissions import can_agree
from bot.core.ports import Directory, SignupStore, Store
from bot.core.replies import Reply
from bot.core.views import confirm_row, event_view


class ChatStore(Directory, SignupStore, Protocol):
    """Names of organisations and the person's sign-ups (the next step)."""


async def small_talk(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, intent: SmallTalk
) -> list[Reply]:
    """One reply `small_talk` (variant `kind`; the start button adds the role's help) with
    the next step and the help shortcuts as buttons. While a draft's question is open (a
    missing part, add / replace / keep both), the question follows, asked again, and the
    reply never offers «да» to save (newcomer walk 2026-12-02m, #3 and #15)."""
    if asks_draft_question(dialog):
        asking = {"kind": intent.kind.value, "role": person.role.value, "asking": True}
        talk = Reply("small_talk", {**asking, "name": greeting_name(person.name)})
        return [talk, *await repeat_question(ctx, person, dialog)]
    # the planner's context holds the whole Store; this handler's type names only its ports
    polled = await poll_chat.question_again(cast("Context[Store]", ctx), person, dialog)
    if polled is not None:  # the poll's question and buttons, not the help's (walk r, #6)
        talk = Reply(
            "small_talk",
            {
                "kind": intent.kind.value,
                "role": person.role.value,
                "name": greeting_name(person.name),
                "asking": True,
            },
        )
        return [talk, polled]
    context: dict[str, Any] = {
        "kind": intent.kind.value,
        "role": person.role.value,
        "name": greeting_name(person.name),
        "pending": bool(dialog.pending),
        "class_name": person.class_name,
        "next": None,
    }
    if can_agree(person) and intent.kind in (SmallTalkKind.GREETING, SmallTalkKind.START):
        # «⏳ Ждут вашего согласования: 3», as the README's curator table says and «помощь»
        # counts (newcomer77: the hello of a curator with three waiting said nothing of them)
        context["waiting"] = len(await agreeing.upcoming(ctx, person, waiting_only=True))
    if person.role is Role.STUDENT:
        upcoming = await ctx.store.events_of_person(person.id, ctx.clock.now())
        going = [event for event, status in upcoming if status == "going"]
        if going:
            context["next"] = event_view(going[0], await ctx.orgs())
    buttons = help_reply(person).buttons if intent.kind is not SmallTalkKind.BYE else ()
    if dialog.pending:  # the text asks «да» or «нет» about the draft: so do the buttons
        buttons = (confirm_row(several=len(dialog.pending) > 1),)
    return [Reply("small_talk", context, buttons=buttons)]


async def data_deletion(
    ctx: Context[ChatStore], person: Person, dialog: Dialog, intent: DataDeletion
) -> list[Reply]:
    """«удали мои данные»: the bot deletes nothing by itself (no such promise in the README);
    the reply says whom to ask and what the person can do now (newcomer walk 2026-12-01h
    #10)."""
    return [Reply("data_deletion", {"role": person.role.value})]


async def school_day_absence(
    ctx: Context[ChatStore], person: Person, dialog: Dialog, intent: SchoolDayAbsence
) -> list[Reply]:
    """«не пойду в школу завтра, заболел» (chat77): the bot marks no absences — the reply
    says the class teacher does, and how to drop a sign-up for the days missed (`signed`:
    whether the student holds an upcoming one). Nothing is written."""
    if person.role is not Role.STUDENT:
        return [Reply("not_understood", {"role": person.role.value})]
    upcoming = await ctx.store.events_of_person(person.id, ctx.clock.now())
    return [Reply("school_day_absence", {"signed": bool(upcoming)})]


ROUTES: Routes = {
    SmallTalk: small_talk,
    DataDeletion: data_deletion,
    SchoolDayAbsence: school_day_absence,
}
