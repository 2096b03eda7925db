"""Which of several events of a post the start belongs to when the title is a named day:
the event whose clause gives the start's clock time.

A post often dates its day by an occasion ("Сегодня в России отмечают День космонавтики",
"Сегодня во всём мире проходит день бездомных животных") and gives the time in another
clause whose subject is the event held then ("Игра будет проходить в кабинете физики в
13:30", "Акция будет проходить … с 3 часов дня"). A careful reader takes the event from the
clause that says when it starts: the day is the occasion, the timed clause says what starts.
So when the title is a named day and exactly one sentence gives the start's clock time, with
a verb of holding and an event kind in the nominative as its subject, and no date of
another day, the title is that kind's phrase (its fuller mention when it is a bare word).
Tried first as moving the event's sentence to the timed clause for every post, which lost
what the dated sentence gave (tests/data/title46.md). Used by post_draft.py."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from bot.core.language.lowered import finditer_i
from bot.core.language.morphology import lemma
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_score import WEAK
from bot.core.language.title_words import KIND, MAX_TITLE, inside_quotes, word_parses

# a title that is a named day, week or night ("Всемирный день книги", "День космонавтики")
NAMED_DAY = re.compile(r"(?:[А-ЯЁ][а-яё]+(?:ий|ый|ой)\s+день|День|Неделя|Ночь)\s+[А-ЯЁа-яё«\"]")
_OWN_WORD = re.compile(r"[А-ЯЁа-яё«\"]+")  # the day's own word ("селёдки", "учителя")
_PART = re.compile(r"(?i)(?:[а-яё]+\s+)?(?:открытие|закрытие)\s")
_DAY_WORD = re.compile(r"(?i)д[ен][няюе]|недел|ноч")
FEAST_IS_DAY = True  # title53: a feast in the timed clause is the named day itself
# a verb announcing that an event is held or starts
_HELD = re.compile(
    r"(?i)(?<![а-яё])(?:состоит?ся|состоятся|пройд[её]т|пройдут|будет\s+проходить"
    r"|будут\s+проходить|начн[её]тся|начнутся|стартует|стартуют)(?![а-яё])"
)


# the clock's 12:00 and 0:00 by their names, in every case ("в полдень", "с полудня", "к
# полуночи"); not "полдня", half a day
_NOON_MIDNIGHT = {
    12: r"|(?<![а-яё])(?:полдень|полудн(?:я|ю|ем|ём|е))(?![а-яё])",
    0: r"|(?<![а-яё])(?:полночь|полуноч(?:и|ью))(?![а-яё])",
}


@lru_cache(maxsize=24 * 60)  # every clock time: a pattern compiled once each, not per post
def _clock(hour: int, minute: int) -> re.Pattern[str]:
    """The ways a post writes the clock time hour:minute ("13:30", "13.30", "в 15 часов",
    "с 3 часов дня"; 12:00 as "в полдень", "с полудня" and 0:00 as "в полночь")."""
    hours = {hour, hour - 12} if hour > 12 else {hour}
    figures = "|".join(f"0?{h}" for h in sorted(hours))
    exact = rf"(?<![\d.:])(?:{figures})[:.]{minute:02d}(?!\d)"
    if minute:
        return re.compile(exact)
    named = _NOON_MIDNIGHT.get(hour, "")
    return re.compile(rf"{exact}|(?<![\d.:])(?:{figures})\s+час(?:а|ов)?(?![а-яё]){named}", re.I)


def timed_event(
    text: str,
    title: str,
    sentences: list[tuple[int, int]],
    dated: list[tuple[int, int, date | None, date | None]],
    start: datetime | None,
    all_day: bool,
) -> str | None:
    """The event of the one sentence of `sentences` that gives the start's clock time, when
    `title` is a named day ("Всемирный день книги") and that sentence has a verb of holding
    and an event kind in the nominative ("Викторина будет проходить … с 2 часов дня"), and
    no date of another day (`dated`: the post's date phrases with their first days); None
    otherwise ("Регистрация гостей будет проходить с 11:30": no event kind is the subject)."""
    if start is None or all_day or NAMED_DAY.match(title) is None:
        return None
    clock = _clock(start.hour, start.minute)
    timed = [s for s in sentences if clock.search(text, s[0], s[1])]
    if len(timed) != 1:
        return None
    begin, end = timed[0]
    if any(begin <= at < end and first not in (None, start.date()) for at, _, first, _ in dated):
        return None  # "15 мая в 14:00 …": another day's time
    if _HELD.search(text, begin, end) is None:
        return None
    at = clock.search(text, begin, end)
    assert at is not None
    colon = text.rfind(":", begin, at.start())
    if colon >= 0 and any(True for _ in finditer_i(KIND, text[begin:colon])):
        return None  # "приготовила праздничную программу: в 15:00 начнутся чтения": its items
    day = NAMED_DAY.match(title)
    assert day is not None
    own = _OWN_WORD.match(title, day.end() - 1)
    if own is not None and own.group(0)[:5].lower() in text[begin:end].lower():
        return None  # "Народный праздник - День селёдки пройдёт … с 10.00": the day is held
    for m in finditer_i(KIND, text[begin:end]):
        if not _nominative(m.group(0)) or _DAY_WORD.match(m.group(0)):
            continue  # "День …" in the timed clause: a day again, not an event held on it
        if FEAST_IS_DAY and lemma(m.group(0).lower()) == "праздник":
            return None  # "Экологический праздник стартует в 12 часов": the day itself, a feast
        phrase = kind_phrase(text, begin + m.start(), begin + m.end())
        if " " not in phrase:  # "Викторина будет проходить …": the fuller mention before
            phrase = _fuller(text, m.group(0)) or phrase
        if " " not in phrase or _PART.match(phrase):
            return None  # "Праздник", "Акция" alone name no more than the day; "Открытие …"
        last = phrase.split()[-1].lower()
        if WEAK.match(m.group(0)) and "«" not in phrase and last[:4] == m.group(0)[:4].lower():
            return None  # "Праздничная программа": a weak kind of the day, nothing defining it
        return phrase if len(phrase) <= MAX_TITLE else None
    return None


def _fuller(text: str, word: str) -> str | None:
    """The first mention of the kind `word` in `text` that says more than the word, its
    lemma compared (pymorphy3: "игру о планетах" for "Игра"); None when there is none."""
    head = lemma(word.lower())
    inside = inside_quotes(text)
    for m in finditer_i(KIND, text):
        if inside(m.start()) or lemma(m.group(0).lower()) != head:
            continue
        phrase = kind_phrase(text, m.start(), m.end())
        if " " in phrase:
            return phrase
    return None


def _nominative(word: str) -> bool:
    """Whether a reading of `word` (pymorphy3) is a nominative noun: a kind that may be the
    clause's subject ("Викторина", "Игра"; never "участников", "регистрацию")."""
    return any(p.tag.POS == "NOUN" and "nomn" in p.tag for p in word_parses(word.split()[0]))
