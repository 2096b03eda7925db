"""Destructive settings wait for «да» (newcomer walk 2026-12-01e, #21).

«сбрось учебный календарь» wiped the school's own quarters, vacations and lesson hours at
once. Now a curator's reset is a question naming what would be lost (bot.core.dialog
ResetQuestion); only «да» (typed or the button) resets; «нет» keeps everything and says so,
and any other message closes the question with the same note, so it is never left open
or done by a later «да». Anyone else still gets the usual refusal. «верни» right after the
reset brings the calendar back (bot.core.features.calendar_undo).

The other curator commands were checked: invitations, reminder defaults, the digest switch
and «новая ссылка на календарь» add or replace one value that the same command sets back
(the old feed link is replaced, not a plan's data lost); only the reset removes many
settings at once.
"""

from __future__ import annotations

from typing import Any

from bot.core.dialog import Dialog, ResetQuestion, Waiting
from bot.core.features import agreeing, calendar_undo, plan_updates
from bot.core.features.context import Context, Routes
from bot.core.features.notices import NoticeStore
from bot.core.features.school_year import SchoolYearPorts
from bot.core.features.undo import UNDO_WINDOW
from bot.core.language.actions import ButtonAction, payload
from bot.core.language.meaning import ConfirmChange
from bot.core.language.school_year import ResetSchoolYear
from bot.core.models import Person, Role
from bot.core.replies import Button, Reply
from bot.core.school_calendar import SUNDAY, SchoolCalendar
from bot.core.school_settings import load_school_calendar, school_year_reply

SCHOOL_YEAR = "school_year"
RESET_ID = 0  # the buttons' id: a reset is about no event


async def on_reset(
    ctx: Context[SchoolYearPorts], person: Person, dialog: Dialog, request: ResetSchoolYear
) -> list[Reply]:
    """«сбрось учебный календарь»: a curator is asked first (what would be lost, «да» /
    «нет»); anyone else gets the refusal school_year_reply gives."""
    if person.role is not Role.CURATOR:
        return [await school_year_reply(ctx.store, person, request, ctx.wall_now().date())]
    calendar = await load_school_calendar(ctx.store)
    dialog.waiting = ResetQuestion(SCHOOL_YEAR)
    buttons = (
        (
            Button(
                "confirm_reset",
                payload(ButtonAction.CONFIRM_CHANGE, v=1, id=RESET_ID, k=SCHOOL_YEAR),
                "negative",
            ),
            Button("keep", payload(ButtonAction.CONFIRM_CHANGE, v=0, id=RESET_ID, k=SCHOOL_YEAR)),
        ),
    )
    return [Reply("school_year_reset_question", lost(calendar), buttons=buttons)]


def lost(calendar: SchoolCalendar) -> dict[str, Any]:
    """What a reset would remove, for the question: the school's own vacations (dates,
    season, grades, days), terms (kind, number, bounds), lesson hours (the start and each
    line, as «учебный календарь» shows them) and study days (the weekdays without lessons
    but Sunday, shown the same way: newcomer walk 2026-12-01g, #10 — the card named
    «учебные дни недели» and «время уроков», which the calendar never showed)."""
    vacations = calendar_undo.own_vacations(calendar)
    terms = [
        {"number": number, "start": start, "end": end}
        for _, number, start, end in sorted(calendar.terms, key=lambda t: (t[0], t[1]))
    ]
    default = SchoolCalendar()
    return {
        "vacations": vacations,
        "terms": terms,
        "term_kind": calendar.kind.value,
        "lessons": bool(calendar.lesson_hours) or calendar.lessons_start != default.lessons_start,
        "lessons_start": calendar.lessons_start,
        "lesson_hours": [
            {"grades": sorted(h.grades), "end": h.end, "weekdays": sorted(h.weekdays)}
            for h in calendar.lesson_hours
        ],
        "study_days": calendar.no_lessons != default.no_lessons,
        "no_lessons": sorted(calendar.no_lessons - {SUNDAY}),
        "nothing": calendar.is_default,
    }


async def on_confirm(
    ctx: Context[NoticeStore], person: Person, dialog: Dialog, answer: ConfirmChange
) -> list[Reply]:
    """«да» / «нет» to the reset question; other questions' answers go on as before
    (bot.core.features.plan_updates, then changing)."""
    if not isinstance(dialog.waiting, ResetQuestion):
        return await plan_updates.on_confirm(ctx, person, dialog, answer)
    asked = agreeing.withdrawn_event(dialog.waiting.what)
    if not answer.answers(SCHOOL_YEAR if asked is None else agreeing.WITHDRAW_BUTTON):
        # another question's button (attack w, #1): this question stays open, nothing done
        return [Reply("change_outdated", {"role": person.role.value})]
    if asked is not None:  # «Отозвать согласование?» (attack v, #15)
        return await agreeing.withdraw(ctx, person, dialog, asked, answer.yes, answer.event_id)
    dialog.settle()
    if not answer.yes or answer.event_id not in (None, RESET_ID):
        return [Reply("school_year_reset_kept")]
    if person.role is not Role.CURATOR:  # the rights of now
        return [Reply("school_year_not_allowed")]
    await calendar_undo.reset(ctx, dialog)  # «верни» may bring it back
    minutes = int(UNDO_WINDOW.total_seconds() // 60)
    return [Reply("school_year_set", {"changes": [{"change": "reset"}], "undo_minutes": minutes})]


def not_done(was: Waiting, dialog: Dialog) -> list[Reply]:
    """The note closing a reset question another message left unanswered («Учебный
    календарь не сброшен»); [] for any other question or when it is still open."""
    if isinstance(was, ResetQuestion) and not isinstance(dialog.waiting, ResetQuestion):
        if agreeing.withdrawn_event(was.what) is not None:
            return agreeing.withdraw_not_done(was.what)
        return [Reply("school_year_reset_kept")]
    return []


ROUTES: Routes = {ResetSchoolYear: on_reset, ConfirmChange: on_confirm}
