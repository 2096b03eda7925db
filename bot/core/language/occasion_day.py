"""A day the post writes only as the date of the occasion its event comes before (doubt77).

«В преддверии Единого дня голосования, который состоится 25 февраля, в школе проводится
проект …», «Накануне Дня матери, который отмечается 26 ноября, в библиотеке прошла встреча»,
«В канун Нового года, что наступит 31 декабря, …»: «в преддверии», «накануне» and «в канун»
say the event is held *before* the occasion they name, and the relative clause after the
occasion («, который состоится …») dates the occasion, not the event. When the event's
sentence writes no date phrase but those of such a clause, the draft's day is the occasion's:
the bot asks the day (`occasion_day`), never saves the occasion's day silently. «Ко Дню
учителя, который отмечается 5 октября, …» is not such a clause: an event held «к» a feast may
be held on it.
"""

from __future__ import annotations

from datetime import date, datetime

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.post_dates import DATE_ANY, date_of
from bot.core.language.post_facts import PostFacts

# «в преддверии|накануне|в канун» + the occasion (no comma) + «, который/что …» up to the
# clause's comma: the span whose date phrases date the occasion
_BEFORE_OCCASION = compile_with_scan(
    r"(?<![а-яё])(?:в\s+преддверии|накануне|в\s+канун)\s+[^,.!?\n]{2,80}?"
    r",\s*(?:котор[а-яё]+|что)\s+[^,!?\n]{1,120}"
)


def occasion_day(text: str, facts: PostFacts, start: date, now: datetime) -> bool:
    """Whether `start` (the draft's first day) is read only from the date of an occasion the
    event comes before: the event's sentence (facts.event_sentence) holds a clause
    «в преддверии|накануне|в канун <occasion>, который|что … <date> …», every date phrase of
    that sentence lies inside such a clause, and one of them names `start`. `text`: the post
    normalised and lower-cased (the facts' spans index it); `now`: the writing time (naive
    school wall-clock), for dates written without a year."""
    if facts.event_sentence is None:
        return False
    begin, end = facts.event_sentence
    clauses = [m.span() for m in _BEFORE_OCCASION.finditer(text, begin, end)]
    if not clauses:
        return False
    phrases = list(DATE_ANY.finditer(text, begin, end))
    if not phrases or any(not _inside(m.span(), clauses) for m in phrases):
        return False
    return any(date_of(m.group(0), now) == start for m in phrases)


def _inside(span: tuple[int, int], clauses: list[tuple[int, int]]) -> bool:
    """Whether `span` lies within one of `clauses` (character offsets)."""
    return any(b <= span[0] and span[1] <= e for b, e in clauses)
