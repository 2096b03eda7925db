"""The headline's own day, written again in the body, beside another pick (doubt75).

«Официальное открытие молодёжной сцены … состоится 6 марта» (the headline) · «На 6 марта
намечено официальное открытие …» · «Со второго марта ТМТ будет работать в техническом режиме
…»: the headline announces its event on a day (with an event cue: «состоится», «пройдёт»,
«откроют») and the body writes that day again, yet a later sentence scored higher and its day
was taken. A day a post puts in its headline and repeats is what the post is about, so a
reader would not let another sentence's day replace it unasked: the headline's day is offered
beside the pick (`several_dates`).
"""

from __future__ import annotations

from datetime import date, datetime

from bot.core.language.post_facts import PostFacts
from bot.core.language.post_scoring import CUE_SCORE


def headline_day(facts: PostFacts, first: date, last: date, now: datetime) -> date | None:
    """The day the post's headline (its first sentence, not the event's) dates with an event
    cue (a weighed score of CUE_SCORE or more) when a later weighed sentence writes the same
    day, the day is not before `now`'s day (naive school wall-clock) and lies outside the
    draft's days `first`..`last`; otherwise None."""
    if not facts.sentences or facts.sentences[0] == facts.event_sentence:
        return None
    head = facts.sentences[0]
    for score, day, begin, end in facts.weighed:
        if (begin, end) != head or day is None or score < CUE_SCORE:
            continue
        if day < now.date() or first <= day <= last:
            return None
        again = any(w[1] == day and w[2] > begin for w in facts.weighed)
        return day if again else None
    return None
