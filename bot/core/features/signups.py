"""Students' buttons and answers: sign-ups and after-event polls (bot.core.students does
the work; these handlers keep the dialog's poll step)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.core.dialog import Dialog
from bot.core.features.context import Commands, Context, Routes
from bot.core.language.commands import Command, CommandKind
from bot.core.language.meaning import PollAnswer, PollAnswerKind, SwitchSignup
from bot.core.models import Person
from bot.core.ports import Store
from bot.core.replies import Reply


async def signup(
    ctx: Context[Store], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "записаться 2" or a sign-up button."""
    return await ctx.students.sign_up(person, command.event_id, await ctx.orgs())


async def unsign(
    ctx: Context[Store], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "не пойду 2" or a cancel-sign-up button."""
    return await ctx.students.cancel(person, command.event_id, await ctx.orgs())


async def switch(
    ctx: Context[Store], person: Person, dialog: Dialog, intent: SwitchSignup
) -> list[Reply]:
    """Leave an overlapping event for another (the sign-up's "switch" button)."""
    return await ctx.students.switch(person, intent.old, intent.new, await ctx.orgs())


async def rate(
    ctx: Context[Store], person: Person, dialog: Dialog, answer: PollAnswer
) -> list[Reply]:
    """A rating button (1–5); the recommendation question follows."""
    event_id = answer.event_id
    replies, asking = await ctx.students.rate(person, event_id, answer.value)
    dialog.ask_poll(event_id, asking)
    return replies


async def recommend(
    ctx: Context[Store], person: Person, dialog: Dialog, answer: PollAnswer
) -> list[Reply]:
    """A recommendation score (0–10), pressed or typed; the comment question follows."""
    event_id = answer.event_id
    assert event_id is not None  # bot.core.language checks it
    replies, asking = await ctx.students.recommend(person, event_id, answer.value)
    dialog.ask_poll(event_id, asking)
    return replies


async def comment(
    ctx: Context[Store], person: Person, dialog: Dialog, answer: PollAnswer
) -> list[Reply]:
    """A typed comment closes the poll."""
    assert answer.event_id is not None
    dialog.settle()
    return await ctx.students.comment(person, answer.event_id, str(answer.value))


async def absent(
    ctx: Context[Store], person: Person, dialog: Dialog, answer: PollAnswer
) -> list[Reply]:
    """ "I did not go" closes the poll."""
    dialog.settle()
    return await ctx.students.absent(person, answer.event_id)


PollHandler = Callable[[Context[Store], Person, Dialog, PollAnswer], Awaitable[list[Reply]]]
POLL_STEPS: dict[PollAnswerKind, PollHandler] = {
    PollAnswerKind.RATE: rate,
    PollAnswerKind.RECOMMEND: recommend,
    PollAnswerKind.COMMENT: comment,
    PollAnswerKind.ABSENT: absent,
}


async def on_poll_answer(
    ctx: Context[Store], person: Person, dialog: Dialog, answer: PollAnswer
) -> list[Reply]:
    """One part of a poll answer, by its kind."""
    return await POLL_STEPS[answer.kind](ctx, person, dialog, answer)


ROUTES: Routes = {SwitchSignup: switch, PollAnswer: on_poll_answer}
COMMANDS: Commands = {CommandKind.SIGNUP: signup, CommandKind.UNSIGN: unsign}
