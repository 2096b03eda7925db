"""A question typed in chat about one event, its sign-ups or one's own plan: «сколько
записалось на лекцию?», «а я какой в очереди?», «когда экскурсия?», «кто проводит?», «запишите
дочь на экскурсию», «что брать с собой?», «сколько мероприятий в декабре?», «мои мероприятия в
марте», «почему отменили интенсив?».
"""

from __future__ import annotations

from datetime import datetime

from bot.core.dialog import Dialog
from bot.core.language import schools
from bot.core.language.cancel_phrases import why_cancelled
from bot.core.language.event_questions import event_question
from bot.core.language.meaning import (
    AskOrganiser,
    EventDetails,
    ForChild,
    Intent,
    MineAtSchool,
    NotOnList,
    PollResultsWhere,
    SignupQuestion,
    WaitingPlace,
    WhyCancelled,
)
from bot.core.language.organiser_questions import organiser_question
from bot.core.language.poll_results import asks_poll_results
from bot.core.language.signup_questions import asks_waiting_place, signup_question
from bot.core.language.student_asks import for_child, who_runs
from bot.core.language.understanding.clash_questions import event_end_asked
from bot.core.language.understanding.list_answers import listed_number
from bot.core.language.understanding.plan_questions import count_question, mine_in_period


def question_asked(text: str, dialog: Dialog, now: datetime) -> Intent | None:
    """The intent of the question `text` asks about one event (its sign-ups, its details,
    whom to ask, why it was cancelled) or about one's own plan (a count, a period, a
    school), read in this order; the queue place, the poll's results, an event's details or
    end, a parent's sign-up and whom to ask only with no draft open (`dialog`.pending). A
    list number in a sign-up question is resolved on `dialog`'s last list (NotOnList when
    it has no such number). None when `text` asks none of them (`now`: school wall-clock)."""
    signups = signup_question(text)
    if signups is not None:  # «сколько записалось на лекцию?», «кто из моего класса идёт?»
        numbered = listed_number(signups.reference, dialog)
        if isinstance(numbered, NotOnList):
            return numbered
        return SignupQuestion(
            "" if numbered is not None else signups.reference,
            event_id=numbered,
            class_name=signups.class_name,
            names=signups.names,
        )
    if not dialog.pending and asks_waiting_place(text):  # «а я какой в очереди?»
        return WaitingPlace()
    if not dialog.pending and asks_poll_results(text):  # «а где посмотреть результаты?»
        return PollResultsWhere()
    asked = None if dialog.pending else event_question(text)
    if asked is not None:  # «когда?», «во сколько экскурсия?», «есть места на экскурсию?»
        return EventDetails(asked.reference, asked.seats)
    runs = None if dialog.pending else who_runs(text)
    if runs is not None:  # «кто проводит?», «кто ведёт экскурсию?» (chat64)
        return EventDetails(runs, who=True)
    child = None if dialog.pending else for_child(text)
    if child is not None:  # «запишите дочь на экскурсию»: a parent, never a sign-up (chat64)
        return ForChild(child.value)
    ends = None if dialog.pending else event_end_asked(text, now)
    if ends is not None:  # «ярмарка во сколько заканчивается?»: its day and hours
        return ends
    aside = None if dialog.pending else organiser_question(text)
    if aside is not None:  # «а родителям можно?», «что брать с собой?»: whom to ask
        return AskOrganiser(
            aside.reference, aside.companion, aside.timing, aside.bring, aside.optional
        )
    counted = count_question(text, now)
    if counted is not None:  # «сколько мероприятий в декабре?»: never an event draft
        return counted
    elsewhere = schools.mine_at_school(text)
    period = None if elsewhere and elsewhere.kind else mine_in_period(text, now)
    if period is not None:  # «мои мероприятия в марте»: a month; «во 2 школе» stays a school
        return period
    if elsewhere is not None:
        return MineAtSchool(elsewhere)
    why = why_cancelled(text)
    if why is not None:  # «почему отменили интенсив?»: who did and why
        return WhyCancelled(why)
    return None
