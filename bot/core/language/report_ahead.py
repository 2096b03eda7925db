"""A report of a day gone by that names a later day: which day is the card's? (doubt75)

«10 апреля прошёл Всероссийский открытый урок … 11 апреля … пройдёт ещё один урок»,
«В минувшее воскресенье, 9 февраля, прошёл финал … Победители отправятся на соревнования …
с 15 по 19 марта», «в субботу, 31 августа, начался фестиваль … А 1 сентября … будут работать
площадки»: the post opens by telling, in the past tense, what happened on a recent day (or
today), and only a later sentence dates something ahead. The parser weighs the day ahead (the
only one told as coming), but a reader cannot tell from the grammar whether the post is
about the happening it reports or announces the next one — the labels of such posts go both
ways (tests/data/doubt72.md §2) — so the reported day is offered beside the pick and the day is
asked (`several_dates`), never chosen silently.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.core.language.morphology import parses
from bot.core.language.post_dates import DATE_ANY, date_of
from bot.core.language.post_facts import PostFacts
from bot.core.language.sentences import sentence_at
from bot.core.language.told_past import told_in_past

_RECENT = timedelta(days=14)  # a report tells of the last two weeks; older days are history


def reported_before(text: str, facts: PostFacts, start: date, now: datetime) -> date | None:
    """The day a report's lead happened on — the sentence right after a headline telling in
    the past (headline_reports), before the event's sentence, retelling the headline (a noun
    shared), told in the past tense alone (told_past.told_in_past), a date phrase of it
    naming a day within two weeks before `now`'s day or that day itself — when the draft's
    `start` lies ahead of it; otherwise None. `text`: the normalised (lower-cased) post;
    `now`: its writing time (naive school wall-clock)."""
    if facts.event_sentence is None or start <= now.date():
        return None
    headline = _headline_line(text)  # the cheap tests first: the tense is read last
    if headline is None:
        return None
    lead = sentence_at(len(text) - len(text[headline[1] :].lstrip()), text)
    if lead[0] >= facts.event_sentence[0]:
        return None
    for m in DATE_ANY.finditer(text, *lead):
        day = date_of(m.group(0), now, nearest=True)
        if day is None or not now.date() - _RECENT <= day <= now.date():
            continue
        if not told_in_past(text, headline[0], headline[0] + 1):
            return None
        if told_in_past(text, m.start(), m.end()) and _retells(text, m.start(), headline):
            return day
    return None


_HEADLINE_CHARS = 200  # a longer first line is a paragraph, not a headline
_WORD = re.compile(r"[а-яё]{5,}")
_SHORT_WORD = re.compile(r"[а-яё]{4,}")


def headline_reports(text: str) -> tuple[int, int] | None:
    """The span of the post's headline when it tells a happening in the past tense, else
    None. `text`: the post, normalised and lower-cased. The headline is the first line,
    followed by more lines, at most 200 characters, holding no date phrase; it tells in the
    past alone (told_past.told_in_past): «Волонтёры дали старт акции», «В области начался
    фестиваль»; not «Игра пройдёт в Каспийске», not «Зарница 2.0»."""
    line = _headline_line(text)
    if line is None or not told_in_past(text, line[0], line[0] + 1):
        return None
    return line


def _headline_line(text: str) -> tuple[int, int] | None:
    """The span of the post's first line when it can be a headline: followed by more lines,
    at most 200 characters, holding no date phrase; else None."""
    begin = len(text) - len(text.lstrip())
    end = text.find("\n", begin)
    if end < 0 or end - begin > _HEADLINE_CHARS or not text[end:].strip():
        return None
    if DATE_ANY.search(text, begin, end) is not None:
        return None
    return begin, end


def noun_lemmas(text: str, begin: int, end: int, short: bool = False) -> set[str]:
    """The lemmas of the nouns (pymorphy3's likeliest reading, five letters or more; four
    with `short`: «урок», «игра») of `text[begin:end]`."""
    found: set[str] = set()
    for word in (_SHORT_WORD if short else _WORD).findall(text, begin, end):
        reading = parses(word)
        if reading and reading[0].tag.POS == "NOUN":
            found.add(reading[0].normal_form)
    return found


def _retells(text: str, at: int, headline: tuple[int, int]) -> bool:
    """Whether the sentence holding `at` retells the headline: it shares a noun with it
    («Волонтёры … дали старт акции» — «24 апреля … провели акцию»), so the day it tells is
    the reported happening's, not a side line's («Читайте также: … (15.05.2025)»)."""
    own = noun_lemmas(text, *headline)
    return bool(own) and not own.isdisjoint(noun_lemmas(text, *sentence_at(at, text)))
