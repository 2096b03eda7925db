"""A report of one happening that dates only one more of its kind: which is the card's?
(doubt77)

«10 апреля прошёл Всероссийский открытый урок … 11 апреля … пройдёт ещё один урок»: the post
tells, in the past tense, a happening of the last two weeks and dates ahead only «ещё один /
одна / одно» of the same kind. The parser takes the day ahead (the only one told as coming)
while the title may be the reported one's; a careful reader cannot tell whether the card is
the reported happening or the other one, so the reported day is offered beside the pick
(`several_dates`). Unlike report_ahead.reported_before no headline line is needed: the kind
named twice ties the two sentences.

«Следующий» and «очередной» are left out: they name the next meeting of a series, which a
report closing with it announces — «Следующий турнир запланирован на 14 декабря» after
yesterday's tournament is read as the next one silently (tests/unit/test_side_matter_doubt.py,
and the corpus labels broad7t:33, eval7:62 the next session too).
"""

from __future__ import annotations

from datetime import date, datetime

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.post_facts import PostFacts
from bot.core.language.report_results import lemmas_after, told_recently

# «ещё один урок», «ещё одна встреча», «ещё один открытый урок»: one or two words after
_ANOTHER_OF = compile_with_scan(
    r"(?<![а-яё])ещ[её]\s+(?:один|одн[а-яё]+)\s+([а-яё]{4,}(?:\s+[а-яё]{4,})?)"
)


def reported_before_next(text: str, facts: PostFacts, start: date, now: datetime) -> date | None:
    """The day of a happening a report tells when the draft's `start` (ahead of `now`'s day)
    was read from a sentence naming «ещё один / одна / одно» of its kind: a date
    phrase before the event's sentence naming a day within two weeks before `now`'s day or
    that day, in a sentence told in the past alone naming the same kind (a noun lemma:
    report_results.told_recently) — that day; otherwise None. `text`: the normalised
    lower-cased post the facts' spans index; `now`: its writing time (naive school
    wall-clock)."""
    if facts.event_sentence is None or start <= now.date():
        return None
    begin, end = facts.event_sentence
    return told_recently(text, begin, now, lemmas_after(_ANOTHER_OF, text, begin, end))
