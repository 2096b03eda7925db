"""A report of the post's own day that dates only something ahead: which day is the card's?

«Очередной предновогодний шахматный турнир состоялся в лицее-интернате. … Сегодня тридцать
участников. … Победители поедут на зональные соревнования. Они состоятся шестого февраля»:
the post tells, before the sentence the parser took for the event's, that a happening took
place (a sentence told in the past tense alone) and writes «сегодня» — the post's day is the
happening's. The only date phrase is the next stage's, ahead, so the parser picks it; a reader
cannot tell from the grammar whether the card is the reported happening or the one ahead, so
the post's day is offered beside the pick and the day is asked (`several_dates`, doubt76).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from bot.core.language.morphology import parses
from bot.core.language.post_dates import DATE_ANY
from bot.core.language.post_facts import PostFacts
from bot.core.language.sentences import sentence_at
from bot.core.language.told_past import told_in_past

_TODAY = re.compile(r"(?<![а-яё])сегодня(?![а-яё])")
_WORD = re.compile(r"[а-яё]+")
_OTHER_DAY = re.compile(r"(?<![а-яё])(?:после)?завтра|(?<![а-яё])вчера(?![а-яё])")
# verbs citing a source («сегодня сообщили в пресс-службе»): the day of the news, not the event's
_CITING = frozenset({"сообщить", "сообщать", "рассказать", "рассказывать", "заявить", "отметить"})
_CITING |= {"пояснить", "уточнить", "объявить", "написать", "передать", "информировать"}


def reported_today(text: str, facts: PostFacts, start: date, now: datetime) -> date | None:
    """`now`'s day when the post reports a happening of that day before the event's sentence
    and the draft's `start` lies ahead: a sentence before the event's tells in the past tense
    alone (told_past.told_in_past) and a sentence before the event's writes «сегодня»; else
    None. `text`: the normalised, lower-cased post the facts' spans index; `now`: its writing
    time (naive school wall-clock)."""
    if facts.event_sentence is None or start <= now.date():
        return None
    limit = facts.event_sentence[0]
    if text.find("сегодня", 0, limit) < 0:
        return None  # _TODAY's one word (a C-speed test: most posts have none before the event)
    if not any(_today_told(text, m.start(), limit) for m in _TODAY.finditer(text, 0, limit)):
        return None
    told = (s for s in facts.sentences if s[1] <= limit)
    if not any(told_in_past(text, b, b + 1) for b, _ in told):
        return None
    return now.date()


def _today_told(text: str, at: int, limit: int) -> bool:
    """Whether the sentence holding the «сегодня» at `at` ends before `limit` and tells of the
    day's happening: told in the past tense alone («Сегодня в музее состоялось занятие») or
    with no finite verb at all («Сегодня тридцать участников»), never citing a source
    («Об этом сегодня сообщили в пресс-службе») nor set against another day («открытие лишь
    завтра, уже сегодня …»; a date phrase in the sentence)."""
    begin, end = sentence_at(at, text)
    if end > limit or _OTHER_DAY.search(text, begin, end) or DATE_ANY.search(text, begin, end):
        return False  # «открытие лишь завтра, уже сегодня …»: today set against another day
    verbs = []
    for word in _WORD.findall(text, begin, end):
        found = parses(word)
        if found and found[0].tag.POS == "VERB":
            verbs.append(found[0].normal_form)
    if _CITING.intersection(verbs):
        return False
    return not verbs or told_in_past(text, begin, end)
