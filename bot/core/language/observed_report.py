"""A report of a feast whose only date is the feast's (fresh83; broad44 #26).

«3 декабря наша страна отмечает День Неизвестного солдата. … В память о героях прошел митинг,
посвященный Дню Неизвестного солдата.» posted on 3 December: the post's one date names the
day a feast is observed (post._OCCASION_AFTER / _OCCASION_BEFORE hide it as an aside, since
an event beside it usually has a date of its own), and the report's sentence writes none.
Before, the draft had no day at all, though a school's report of a feast, posted on the day or
within two weeks after it, tells what was held for the feast on its day.

The rule: when a long post keeps no dated sentence and no past-told date (report_day gave
none), its observed dates all name one day, that day is today or at most CUSTOM_DAYS before
it, another sentence tells in the past tense alone (told_past.told_in_past: the report), and
no sentence invites to an event ahead (post_other_events.announces), the observed day is the
report's event's day, read with the doubt `past` when it is gone, as report_day's is. The
observing sentence's present tense («отмечает», «празднуется») tells the calendar's custom
(told_custom.told_as_custom), so the day stays this year's, never the next. An observed day
ahead of the post («22 июня отмечается День памяти. Вчера прошёл урок») or long gone stays
hidden: the event was held before it, or is history.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.core.language.post_dates import date_of
from bot.core.language.post_facts import PostFacts
from bot.core.language.post_other_events import announces
from bot.core.language.post_scoring import date_clause, sentence_score
from bot.core.language.tokens import Scanner
from bot.core.language.told_custom import CUSTOM_DAYS
from bot.core.language.told_past import told_in_past

# a word of a sentence, to find a finite verb's place for told_in_past
_WORD = re.compile(r"[а-яё]{3,}")


def observed_report_day(
    sc: Scanner, facts: PostFacts, now: datetime
) -> tuple[int, int, int, list[re.Match[str]]] | None:
    """The observed day's sentence as the post's candidate (score, begin, end, its date
    phrase), the phrase given back to `sc`, when the post reports the feast's event (see
    the module docstring); None otherwise. `now`: the writing time (naive school wall clock);
    offsets index `sc.text`, the normalised lower-cased post."""
    if not facts.observed:
        return None
    days = {date_of(m.group(0), now, nearest=True) for m, _, _ in facts.observed}
    day = days.pop() if len(days) == 1 else None
    if day is None or not now.date() - timedelta(days=CUSTOM_DAYS) <= day <= now.date():
        return None
    observed = {(begin, end) for _, begin, end in facts.observed}
    reports = {
        (begin, end)
        for begin, end in facts.sentences
        if (begin, end) not in observed and _told_in_past(sc, begin, end)
    }
    if not reports or announces(sc.text, facts.sentences, observed | reports):
        return None
    m, begin, end = facts.observed[0]
    sc.release(m.start(), m.end())
    clause = date_clause(sc.text[begin:end], m.start() - begin, m.end() - begin)
    return (sentence_score(sc.text[begin:end], clause), begin, end, [m])


def _told_in_past(sc: Scanner, begin: int, end: int) -> bool:
    """Whether the sentence text[begin:end] of `sc` tells in the past tense alone."""
    word = _WORD.search(sc.text, begin, end)
    if word is None:
        return False
    return told_in_past(sc.text, word.start(), word.end(), cased=sc.original)
