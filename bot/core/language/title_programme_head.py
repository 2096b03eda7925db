"""The event a programme post announces before its timetable: «Турнир по самбо пройдёт в
спорткомплексе «Юность».» then «25 ноября 08:00-09:00 – медицинский осмотр …». The post's
first sentence is whole and dateless, its subject an event kind in the nominative (after at
most two words that qualify it) and its verb one of taking place after it (the grammar of an
announcement: «X состоится / пройдёт / начнётся …»); the dated lines that follow are that
event's programme, and the kind opening the first of them («медицинский осмотр») is its first
item, not the event (chat69: the post was titled «Медицинский осмотр»). Read by
title_score.score_at: the head counts as the event's sentence, the timetable's items do not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.title_words import KIND, word_parses

# the first sentence: up to its full stop, «!», «?» or the line's end
_FIRST = re.compile(r"\s*(?P<sentence>[^.!?\n]{8,200})[.!?\n]")
# the verbs of taking place that announce what follows (the subject before them)
_ANNOUNCING = re.compile(
    r"(?i)(?<![а-яё])(?:состоит?ся|состоятся|пройд[её]т|пройдут|будет\s+проходить"
    r"|будут\s+проходить|начн[её]тся|начнутся|стартует|стартуют|откро[ею]тся)(?![а-яё])"
)
# a day or a clock in the first sentence: then it is dated, no dateless announcement
_DATED = re.compile(
    r"(?i)\d{1,2}[:.]\d\d|\d{1,2}\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август"
    r"|сентябр|октябр|ноябр|декабр)|(?<![а-яё])(?:сегодня|завтра|послезавтра)(?![а-яё])"
)
_WORD = re.compile(r"[А-ЯЁа-яё-]+")
# a line of a timetable: a clock time (or a span of two), a dash, a word
_TIMETABLE_LINE = compile_with_scan(
    r"\d{1,2}[:.]\d\d(?:\s*[-–—]\s*\d{1,2}[:.]\d\d)?\s*[-–—:]\s*[А-ЯЁа-яё]"
)
# a clock time, a dash, then at most two words before the kind: «08:00-09:00 – медицинский»
_TIMETABLE_ITEM = compile_with_scan(
    r"\d{1,2}[:.]\d\d(?:\s*[-–—]\s*\d{1,2}[:.]\d\d)?\s*[-–—:]\s*(?:[А-ЯЁа-яё-]+\s+){0,2}$"
)


def announced_head(
    text: str, event_sentence: tuple[int, int] | None, programme: bool
) -> int | None:
    """Where the kind word of `text`'s announcing first sentence starts (module docstring)
    when `text` is a `programme` (title_score.is_programme) or its `event_sentence` (the
    dated one) is a timetable's line («14 декабря 09:30-10:00 – линейка»: a programme's
    heading read alone, intents_many._programme); None otherwise."""
    if event_sentence is None or event_sentence[0] == 0:
        return None
    if not programme and _TIMETABLE_LINE.search(text, *event_sentence) is None:
        return None
    return _head(text)


@lru_cache(maxsize=256)
def _head(text: str) -> int | None:
    """Where the kind word of `text`'s announcing first sentence starts, None when its first
    sentence is no such announcement."""
    found = _FIRST.match(text)
    if found is None:
        return None
    sentence = found.group("sentence")
    verb = _ANNOUNCING.search(sentence)
    if verb is None or _DATED.search(sentence):
        return None
    words = list(_WORD.finditer(sentence, 0, verb.start()))
    for n, word in enumerate(words[:3]):
        if KIND.match(word.group(0)) and _nominative_noun(word.group(0)):
            return found.start("sentence") + word.start()
        if n == 2 or not _qualifies(word.group(0)):
            return None
    return None


def timetable_item(text: str, at: int) -> bool:
    """Whether the kind word at `at` opens an item of a timetable on its line: a clock time
    (or a span of two) and a dash before it, at most two words between."""
    line = text.rfind("\n", 0, at) + 1
    return _TIMETABLE_ITEM.search(text, max(line, at - 40), at) is not None


def _nominative_noun(word: str) -> bool:
    """Whether pymorphy3 reads `word` (any reading) as a noun in the nominative."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in word_parses(word))


def _qualifies(word: str) -> bool:
    """Whether `word` may stand before the subject's noun: an adjective or a participle in
    the nominative («Открытый», «Традиционный»), by its likeliest pymorphy3 reading."""
    found = word_parses(word)[:1]
    return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" for p in found)
