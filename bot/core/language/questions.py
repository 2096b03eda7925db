"""Questions that the event parser reads as an event: «а завтра что-нибудь есть?» is a date
and only question words, so it is a question about that day, not an event titled
«Что-нибудь есть?»."""

from __future__ import annotations

import re

from bot.core.language.tokens import normalize
from bot.core.models import EventDraft, QueryIntent

QUESTION_WORDS = frozenset(
    {
        "а",
        "и",
        "ну",
        "что",
        "что-нибудь",
        "что-то",
        "чего-нибудь",
        "нибудь",
        "есть",
        "ли",
        "будет",
        "будут",
        "там",
        "у",
        "нас",
        "интересное",
        "интересного",
        "какое",
        "какие",
        "мероприятие",
        "мероприятия",
    }
)
_WORD = re.compile(r"[а-яa-z]+(?:-[а-яa-z]+)*")


def disguised_question(text: str, draft: EventDraft) -> QueryIntent | None:
    """The question a message asks when its "event" has a date, a question mark and a
    title made only of question words; None for a real event."""
    if "?" not in text or draft.start is None:
        return None
    words = _WORD.findall(normalize(draft.title))
    if not words or any(w not in QUESTION_WORDS for w in words):
        return None
    first = draft.start.date()
    last = draft.end.date() if draft.all_day and draft.end is not None else first
    return QueryIntent(start=first, end=max(first, last), audience=draft.audience)
