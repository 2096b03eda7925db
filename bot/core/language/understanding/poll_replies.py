"""What a typed message is at the after-event poll: a score 0–10 («9», «я бы поставил 8») or a
comment, and a text nothing else understood at the 0–10 step taken as the comment.
"""

from __future__ import annotations

from bot.core.dialog import Dialog, PollQuestion, PollStep
from bot.core.language.meaning import PollAnswer, PollAnswerKind
from bot.core.language.poll_answers import is_comment, lone_score, typed_number


def comment_instead_of_score(text: str, dialog: Dialog) -> PollAnswer | None:
    """A text with no score that nothing else understood, typed while the 0–10
    recommendation is asked («паяльники были старые, но преподаватель классный)))»): the
    poll's comment, the score left empty (newcomer walk 2026-12-01, finding 18); None when
    no such question is open or the text says nothing (poll_answers.is_comment)."""
    step = dialog.waiting
    if not isinstance(step, PollStep) or step.question is not PollQuestion.RECOMMEND:
        return None
    if not is_comment(text):
        return None
    return PollAnswer(PollAnswerKind.COMMENT, step.event_id, text)


def poll_answer(step: PollStep, text: str) -> PollAnswer | None:
    """A typed score (0–10) or comment; None when a score was asked and this is not one."""
    if step.question is PollQuestion.RECOMMEND:
        score = typed_number(text)  # «9», «оценка 9»; «15» is asked again
        if score is None:
            score = lone_score(text)  # «я бы поставил 8»: the one number 0–10 of a short text
        if score is None:
            return None  # not an answer: the message is understood as usual
        return PollAnswer(PollAnswerKind.RECOMMEND, step.event_id, score)
    return PollAnswer(PollAnswerKind.COMMENT, step.event_id, text)
