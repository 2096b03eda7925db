"""Questions that the event parser reads as an event: «а завтра что-нибудь есть?» is a date
and only question words, so it is a question about that day, not an event titled
«Что-нибудь есть?»."""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.language.event_periods import PERIOD_PHRASE, read_period
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


# «что-нибудь», «что там есть», «куда сходить», «какие …»: a person asking what is on, not
# telling of an event (an announcement names its event, it does not ask for one)
_ASKING = re.compile(
    r"\?|(?<![а-яё])(?:что[- ]?(?:нибудь|то)|что\s+(?:там\s+|у\s+нас\s+|вообще\s+)?(?:есть|будет)"
    r"|куда\s+(?:можно\s+)?(?:сходить|пойти)|какие\s+(?:есть\s+)?мероприяти)(?![а-яё])"
)


def asks_what_is_on(text: str) -> bool:
    """Whether a message the event parser read as an event is rather someone asking what is
    on: a question mark, or «что-нибудь», «что там есть», «куда сходить», «какие
    мероприятия» anywhere in it (a long spoken question: «короче слушай … сходить на что
    нибудь на следующей неделе … что там есть»; walk r, 2026-12-02, #15)."""
    return _ASKING.search(normalize(text)) is not None


def asked_period(text: str, now: datetime) -> QueryIntent | None:
    """The plan question of such a message: the first period it names that is still ahead
    («на следующей неделе», «в декабре», «в каникулы») as a QueryIntent over its days; None
    when it names none. `now` is the school's wall-clock time."""
    for found in PERIOD_PHRASE.finditer(normalize(text)):
        period = read_period(found.group(0), now)
        if period is not None:
            return QueryIntent(start=period.first, end=period.last)
    return None
