"""Students' buttons and answers: sign-ups and after-event polls (bot.core.students does
the work; these handlers keep the dialog's poll step)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.dialog import Dialog, PollQuestion, PollStep
from bot.core.features.context import Context, int_or_none
from bot.core.models import Person
from bot.core.ports import Store
from bot.core.replies import Reply


async def on_student_button(
    ctx: Context[Store], person: Person, dialog: Dialog, action: Any, payload: Mapping[str, Any]
) -> list[Reply] | None:
    """Sign-up and poll buttons (see bot.core.students)."""
    orgs = await ctx.orgs()
    event_id = int_or_none(payload.get("id", payload.get("e")))
    if action == "signup":
        return await ctx.students.sign_up(person, event_id, orgs)
    if action == "unsign":
        return await ctx.students.cancel(person, event_id, orgs)
    if action == "switch":
        old, new = int_or_none(payload.get("from")), int_or_none(payload.get("to"))
        return await ctx.students.switch(person, old, new, orgs)
    if action == "rate":
        replies, asking = await ctx.students.rate(person, event_id, payload.get("v"))
        dialog.ask_poll(event_id, asking)
        return replies
    if action == "recommend" and event_id is not None:
        replies, asking = await ctx.students.recommend(person, event_id, payload.get("v"))
        dialog.ask_poll(event_id, asking)
        return replies
    if action == "absent":
        dialog.settle()
        return await ctx.students.absent(person, event_id)
    return None


async def on_poll_text(
    ctx: Context[Store], person: Person, dialog: Dialog, text: str
) -> list[Reply] | None:
    """A typed score (0–10) or comment answering the open poll question."""
    step = dialog.waiting
    assert isinstance(step, PollStep)
    event_id = step.event_id
    if step.question is PollQuestion.RECOMMEND:
        if not text.strip().isdigit():
            dialog.settle()
            return None  # not an answer: handle the message as usual
        replies, asking = await ctx.students.recommend(person, event_id, text.strip())
        dialog.ask_poll(event_id, asking)
        return replies
    dialog.settle()
    return await ctx.students.comment(person, event_id, text)
