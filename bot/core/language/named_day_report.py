"""A report of today beside a named day's date (parse75; fresh74's broad35 #32).

«Завтра, 3-го сентября в России — День солидарности в борьбе с терроризмом. … А сегодня в
доме культуры прошёл спектакль «Слёзы Беслана».»: the only day the temporal rules read is the
named day's, written in a sentence with no verb at all — the date names an occasion («— День
…»), no event is said to be held on it. The post's event is the one told in the past with
«сегодня»: a report of its own day. Before, the draft took 3 September, titled «День
солидарности», silently.

The rule: when a long post's start day was read from one sentence that names a day
(«день» in the nominative) and holds no verb, and another sentence tells in the past
(told_past.told_in_past, its clause) with «сегодня» and writes no date, the start is today
and the report's sentence is the one the event is read from (its title and place). A
named-day sentence with a verb of its own («12 апреля пройдёт День открытых дверей») or a
«сегодня» told in the future stays as it was, and so does a post that invites to an event
or tells one ahead anywhere (_AHEAD: «12 декабря — День Конституции. Приглашаем … на
викторину … Сегодня прошёл отборочный тур»: the quiz on the named day is the post's event;
review75).
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.language.announcing import INVITING, TOLD_AHEAD
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses
from bot.core.language.parts import TemporalParts
from bot.core.language.post_dates import DATE_ANY
from bot.core.language.post_facts import PostFacts
from bot.core.language.told_past import clause_at, told_in_past

_TODAY = compile_with_scan(r"(?<![а-яё])сегодня(?![а-яё])")
_WORD = re.compile(r"[а-яё]+")
_STOP = re.compile(r"[.!?]\s+")
# parts of speech of a predicate (pymorphy3 tags): a sentence holding none is nominal
_PREDICATES = frozenset({"VERB", "INFN", "PRTS", "ADJS"})
# an invitation or an event told ahead (lower-cased text): the post announces, not reports.
# Wider than intents_asks.INVITATION and dateless_post._ANNOUNCES (announcing.py): any word
# of a post looking forward — a call, a sign-up — makes the named day's event the post's
_AHEAD = re.compile(
    rf"(?<![а-яё])(?:{INVITING}|приглашаются|приходите|жд[её]м|{TOLD_AHEAD}"
    r"|будет\s+проходить|будут\s+проходить|записывайтесь|регистрируйтесь)"
    r"(?![а-яё])"
)


def report_of_today(
    facts: PostFacts, parts: TemporalParts, text: str, now: datetime
) -> tuple[int, int] | None:
    """The clause (offsets into `text`, the scanned lower-cased post) that reports today's
    event when the start's day was read (facts.event_sentence or start_sentence) from a nominal
    named-day sentence (see the module docstring); None otherwise. `now`: the post's
    writing time (naive school wall clock)."""
    read = facts.event_sentence or facts.start_sentence  # where the start's day was read
    if read is None or parts.day_first is None:
        return None
    if parts.day_first == now.date() or parts.times or parts.recurrence is not None:
        return None
    if "сегодня" not in text or not _named_day_alone(text[read[0] : read[1]]):
        return None
    if _AHEAD.search(text) is not None:
        return None  # an invitation: the named day's event is the post's (review75)
    for m in _TODAY.finditer(text):
        begin, end = clause_at(m.start(), text)
        if begin <= read[0] < end:
            continue  # the named day's own sentence
        # the lower-cased text hides some sentence ends («… № 1. а сегодня …»): the report
        # is read from the last full stop before «сегодня»
        stops = [s.end() for s in _STOP.finditer(text, begin, m.start())]
        begin = stops[-1] if stops else begin
        if DATE_ANY.search(text, begin, end):
            continue  # a clause writing a date of its own
        if told_in_past(text, m.start(), m.end(), clause=True):
            return begin, end
    return None


def on_report_day(parts: TemporalParts, now: datetime) -> None:
    """Set `parts` (in place) to today, all its days read before dropped: the report's."""
    parts.day_first = parts.day_last = now.date()
    parts.day_spans = []
    parts.other_days = []
    parts.rolled_year = False


def _named_day_alone(sentence: str) -> bool:
    """Whether `sentence` names a day («день» in the nominative: «— День солидарности») and
    holds no predicate (_PREDICATES, pymorphy3's likeliest reading of each word)."""
    named = False
    for word in _WORD.findall(sentence):
        found = parses(word)
        if not found:
            continue
        if str(found[0].tag.POS) in _PREDICATES:
            return False
        named = named or any(p.normal_form == "день" and p.tag.case == "nomn" for p in found)
    return named
