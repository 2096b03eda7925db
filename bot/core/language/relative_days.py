"""Temporal rules for days named relative to today: "завтра", "через 2 дня", "неделю назад",
"в следующий вторник", "в четверг на следующей неделе" (offsets from now: offsets.py)."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from bot.core.language import calendar as cal
from bot.core.language.calendar import MONTH, WEEKDAY
from bot.core.language.day_parts import set_weekday, take_day_prefix
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses
from bot.core.language.next_days import day_after_written, moved_to_next_day
from bot.core.language.offsets import offsets_rule
from bot.core.language.parts import TemporalParts, TimeMention, is_last, is_next
from bot.core.language.post_cues import WEEKDAYS_COUNTED
from bot.core.language.times import add_time
from bot.core.language.tokens import Scanner, gate
from bot.core.language.told_past import (
    SETTING_LEMMAS,
    day_gone,
    main_told_in_past,
    relative_clause_at,
    told_in_past,
)

_DAY_WORD = r"(?:сегодня|завтра|послезавтра|послепослезавтра|вчера|позавчера|позапозавчера)"
_RELATIVE_DAY = re.compile(rf"\b(?:на\s+)?({_DAY_WORD}|следующий\s+день)(?![а-я])")
# "сегодня-завтра", "с сегодня и до послезавтра": a span of days named relative to today
_RELATIVE_SPAN = re.compile(
    rf"(?:\bс\s+)?\b({_DAY_WORD})\s*(?:[-–—]|\s(?:и\s+)?(?:до|по)\s)\s*({_DAY_WORD})(?![а-я])"
)
# "с завтрашнего дня", "до сегодняшнего дня": the day named by an adjective
_DAY_ADJECTIVE = re.compile(
    r"\b(сегодняшн|завтрашн|послезавтрашн|вчерашн)(?:его|ий|ем|ему|им)\s+(?:дня|день|дне|дню|днем)"
    r"(?![а-я])"
)
_ADJECTIVE_SHIFT = {"сегодняшн": 0, "завтрашн": 1, "послезавтрашн": 2, "вчерашн": -1}
gate(_DAY_ADJECTIVE, re.compile("шн"))
# "на сегодняшний день записались шесть команд", "работает по сегодняшний день": set phrases
# meaning "as of now" and "to this day", a status of the writing, never a day of the event —
# unless a verb or noun of moving or setting a day stands before it in its clause
# («перенесли на сегодняшний день», «назначено …», «перенос …»): then it is today
_AS_OF_TODAY = re.compile(r"\b(?:на|по)\s+$")
_CLAUSE_MARK = re.compile(r"[.!?;:,\n—–]")
_CLAUSE_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)
# "прошлым вечером": yesterday's evening ("вечером" itself is read by times.py)
_LAST_EVENING = re.compile(r"\b(?:прошл|вчерашн)(?:ым|им)(?=\s+вечером)")
# "в первый день нового учебного года", "в День знаний" (not "ко Дню знаний", an occasion):
# 1 September, the first day of the Russian school year (Federal law 273-FZ, art. 28 and the
# ministry's calendar), the coming one
_FIRST_SCHOOL_DAY = re.compile(
    r"\b(?:перв\w+\s+(?:день|дня)\s+(?:нового\s+)?(?:учебного|школьного)\s+года|день\s+знаний)"
    r"(?![а-я])"
)
gate(_FIRST_SCHOOL_DAY, re.compile("года|знаний"))
# "в День Победы": a public holiday or memorial day on a fixed date (Federal law 32-FZ on days
# of military glory and memorable dates; Labour code art. 112), the coming one; "ко Дню
# Победы", "в честь Дня Победы" name an occasion, not the day
_NAMED_DAYS = {
    "победы": (5, 9),
    "россии": (6, 12),
    "защиты детей": (6, 1),
    "народного единства": (11, 4),
    "космонавтики": (4, 12),
    "учителя": (10, 5),
    "государственного флага": (8, 22),
}
_NAMED_DAY = re.compile(
    r"\bв\s+день\s+(" + "|".join(k.replace(" ", r"\s+") for k in _NAMED_DAYS) + r")(?![а-я])"
)
gate(_NAMED_DAY, re.compile("день"))
_NAMES = "|".join(k.replace(" ", r"\s+") for k in _NAMED_DAYS)
# a holiday named after «накануне» / «в канун» with no date («Накануне Дня учителя в зале
# пройдёт концерт», «в канун Нового года»): its day anchors the eve, the event's own day is
# the day before, offered and asked (eve_days.with_eve_day, parse77). The named days above
# and the public holidays of the Labour code (art. 112), with the Day of Knowledge (273-FZ)
EVE_HOLIDAYS = {
    **{f"дня {name}": day for name, day in _NAMED_DAYS.items()},
    "нового года": (1, 1),
    "рождества": (1, 7),
    "дня защитника отечества": (2, 23),
    "международного женского дня": (3, 8),
    "женского дня": (3, 8),
    "дня знаний": (9, 1),
}
EVE_NAMED = re.compile(
    r"(?<![а-яё])(?:накануне|в\s+канун)\s+(?:праздника\s+|празднования\s+)?("
    + "|".join(k.replace(" ", r"\s+") for k in EVE_HOLIDAYS)
    # a date after the name is the holiday's own («в канун Международного женского дня 8
    # марта»: post_cues.EVE_OF) or the event's in apposition («Накануне Нового года, 28
    # декабря»): not read here
    + r")(?![а-яё])(?!\s*,?\s*\d)",
    re.IGNORECASE,
)
gate(EVE_NAMED, re.compile("накануне|канун"))


def eve_holiday(name: str) -> tuple[int, int]:
    """(month, day) of the holiday EVE_NAMED's group 1 names (lower case)."""
    return EVE_HOLIDAYS[" ".join(name.lower().split())]


# the same days celebrated: "в рамках празднования Первомая", "празднование Дня Победы", "на
# Первомай", "День защиты детей будут отмечать в парке" (the celebration is on the day; "к
# празднованию …", "ко Дню …" name an occasion before it and are left out below); Первомай, the
# Day of Spring and Labour, is 1 May (Labour code art. 112)
_CELEBRATED = re.compile(
    rf"\bпраздновани\w+\s+(?:(?:дня|дней)\s+({_NAMES})|(первома)[йяюе]\w*)(?![а-я])"
    rf"|\b(?:день|дня)\s+({_NAMES})(?:\s+[а-я]+){{0,2}}\s+(?:отмеча|праздну)\w*"
    r"|\b(?:в|на)\s+(первома)[йе](?![а-я])"
)
_OCCASION_BEFORE = re.compile(r"\bко?\s+$")
# "в первый день лета", "в первый летний день", "в последний день зимы": a season's first or last
# day. The Russian calendar seasons are whole months: summer June–August, autumn
# September–November, winter December–February, spring March–May. «первый день летней смены»
# (a day of something seasonal) is none: the season's noun or adjective stands next to «день»
_SEASON_EDGE = compile_with_scan(
    r"\b(перв|последн)(?:ый|ий|ого|его|ом|ем)\s+(?:(?:день|дня|дне)\s+(лета|осени|зимы|весны)"
    r"|(летн|осенн|зимн|весенн)(?:ий|его|ем)\s+(?:день|дня|дне))(?![а-я])"
)
gate(_SEASON_EDGE, re.compile("лета|осени|зимы|весны|летн|осенн|зимн|весенн"))
# the season's first month, by its noun's or adjective's stem
_SEASON_FIRST_MONTH = {"лет": 6, "осен": 9, "зим": 12, "весн": 3, "весен": 3}
_FIRST_WORD = re.compile(r"[а-яё]+")


def _dedicated_to(celebration: str) -> bool:
    """Whether the celebration's noun (the first word of `celebration`) is in the dative
    (pymorphy3's first reading): «посвящённый празднованию Дня России», like «к празднованию
    …», names what the event is dedicated to, never its day."""
    word = _FIRST_WORD.match(celebration)
    found = parses(word.group(0)) if word else []
    return bool(found) and "datv" in found[0].tag


gate(_CELEBRATED, re.compile("праздн|отмеча|первома"))
gate(_RELATIVE_SPAN, re.compile("сегодня|завтра|вчера"))
gate(_LAST_EVENING, re.compile("вечером"))


# «накануне»: an adverb (the day before) or a preposition governing the day it comes before
_EVE = re.compile(r"(?<![а-яё])накануне(?![а-яё])")
gate(_EVE, re.compile("накануне"))
_NEXT_WORD = re.compile(r"[ \t]*([а-яё]+)")
_APPOSED_DAY = re.compile(r"\s*,\s*\d")


def eve_adverb(text: str, end: int) -> bool:
    """Whether «накануне» ending at `end` is the adverb (the day before), not the preposition
    («накануне праздника», «накануне 8 Марта»): no date after it, its next word (pymorphy3's
    first reading) not a noun, adjective or numeral in the genitive, and no day set beside it
    after a comma («Накануне, 29 февраля, …»: that day is read itself)."""
    if _APPOSED_DAY.match(text, end):
        return False
    word = _NEXT_WORD.match(text, end)
    if word is None:
        return not text[end:].lstrip()[:1].isdigit()
    found = parses(word.group(1))
    tag = found[0].tag if found else None
    return tag is None or not (
        "gent" in tag and tag.POS in {"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"}
    )


def _eve_of_the_post(text: str, start: int, end: int) -> bool:
    """Whether «накануне» at `start`..`end`, told in the past, is the day before the post: in
    the main clause, or in a relative clause of a sentence whose main clause tells in the past
    too («Концерт, который прошёл накануне, собрал …»); never in one whose main clause does not
    («Только для тех участников, которые не смогли зарегистрироваться накануне»: the day
    before their event)."""
    clause = relative_clause_at(text, start, end)
    return clause is None or main_told_in_past(text, clause)


_NEXT_DAY = "следующий день"
_RELATIVE_SHIFT = {
    "позапозавчера": -3,
    "позавчера": -2,
    "вчера": -1,
    "сегодня": 0,
    "завтра": 1,
    "послезавтра": 2,
    "послепослезавтра": 3,
}


_WEEKDAY_MOD = re.compile(
    r"(?:\b(?:в|во|на)\s+)?(?:\b(эт(?:от|у|о|ой)|следующ\w*|след\.?(?![а-я])|сл\.?(?![а-я])|будущ\w*|прошл\w*"
    rf"|пред\.|предыдущ\w*|ближайш\w*|последн\w*)\s*)?\b({WEEKDAY})"
)
# "последнюю пятницу месяца/декабря" is a month's last Friday, not the most recent one
_PERIOD_AFTER = re.compile(rf"\s*(?:месяц|год|четверт|недел|{MONTH})", re.IGNORECASE)

gate(_WEEKDAY_MOD, re.compile(rf"\b{WEEKDAY}"))


__all__ = ["offsets_rule", "relative_days_rule", "week_modifier_rule", "weekdays_rule"]


# "сегодня в полночь", "в полночь сегодня": today's midnight is past, so the one closing today
_TONIGHT_MIDNIGHT = re.compile(r"\bсегодня\s+(?:в\s+)?полночь\b|\b(?:в\s+)?полночь\s+сегодня\b")
gate(_TONIGHT_MIDNIGHT, re.compile("полночь"))


def relative_days_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A day named relative to today or by a fixed holiday rather than by its date: «сегодня»,
    «завтра», «послезавтра», «вчера», «на следующий день» (after the day just written, else
    tomorrow), a span «сегодня-завтра», an adjective «с завтрашнего дня», «прошлым вечером»,
    «сегодня в полночь» (the midnight starting tomorrow), «в День знаний» / «в первый день учебного
    года» (1 September), «в День учителя», «в День Победы» and the other fixed days, their
    celebration («празднование Дня Победы», «на Первомай»), «в первый день зимы» (a season's first
    or last day) and «накануне» told in the past (yesterday). Sets `parts.day_first` (and `day_last`
    for a span; a holiday the coming one, or this year's when the text tells of it as gone) and
    `day_prefix`, and adds the midnight to `times`; «на сегодняшний день записались …» is the state
    of things, not a day, and «ко Дню Победы» an occasion. Example: «Завтра в 15:00 репетиция» on 7
    December 2026 → day_first 8 December."""
    today = now.date()
    for m in sc.find(_TONIGHT_MIDNIGHT):
        if parts.day_first is None and not parts.day_blocked:
            parts.day_first = today + timedelta(days=1)
            add_time(parts, TimeMention(time(0), "в", True, m.start()))
            sc.take_match(m)
    for m in sc.find(_RELATIVE_SPAN):
        first, last = (today + timedelta(days=_RELATIVE_SHIFT[m.group(i)]) for i in (1, 2))
        if parts.day_first is None and not parts.day_blocked and last > first:
            parts.day_first, parts.day_last = first, last
            sc.take_match(m)
    for m in sc.find(_DAY_ADJECTIVE):
        as_of = m.group(1) == "сегодняшн" and m.group(0).split()[-1] == "день"
        if (
            as_of
            and _AS_OF_TODAY.search(sc.text, max(0, m.start() - 4), m.start())
            and not _set_for_the_day(sc.text, m.start())
        ):
            sc.take_match(m)
            continue
        if parts.day_first is None and not parts.day_blocked:
            parts.day_first = today + timedelta(days=_ADJECTIVE_SHIFT[m.group(1)])
            parts.day_prefix = take_day_prefix(sc, m.start())
        sc.take_match(m)
    for m in sc.find(_LAST_EVENING):
        if parts.day_first is None and not parts.day_blocked:
            parts.day_first = today - timedelta(days=1)
        sc.take_match(m)
    for m in sc.find(_FIRST_SCHOOL_DAY):
        if parts.day_first is None and not parts.day_blocked:
            parts.day_first = date(today.year + (today > date(today.year, 9, 1)), 9, 1)
        sc.take_match(m)
    for m in sc.find(_NAMED_DAY):  # taken only when it gives the day: «В День учителя, 5
        if parts.day_first is None and not parts.day_blocked:  # октября, …» keeps its name
            month, day = _NAMED_DAYS[" ".join(m.group(1).split())]
            coming = date(today.year, month, day)
            coming = coming if coming >= today else date(today.year + 1, month, day)
            parts.day_first = _or_gone(coming, today, sc.text, m)
            sc.take_match(m)
    for m in sc.find(EVE_NAMED):  # «Накануне Дня учителя …»: the holiday, moved back later
        if parts.day_first is None and not parts.day_blocked:
            month, day = eve_holiday(m.group(1))
            coming = date(today.year, month, day)
            coming = coming if coming >= today else date(today.year + 1, month, day)
            parts.day_first = _or_gone(coming, today, sc.text, m)
            sc.take_match(m)
    for m in sc.find(_CELEBRATED):
        if parts.day_first is not None or parts.day_blocked:
            break
        if _OCCASION_BEFORE.search(sc.text, max(0, m.start() - 4), m.start()):
            continue
        if _dedicated_to(m.group(0)):
            continue
        name = next(g for g in m.groups() if g)
        month, day = (5, 1) if name == "первома" else _NAMED_DAYS[" ".join(name.split())]
        coming = date(today.year, month, day)
        coming = coming if coming >= today else date(today.year + 1, month, day)
        parts.day_first = _or_gone(coming, today, sc.text, m)
    for m in sc.find(_SEASON_EDGE):
        if parts.day_first is None and not parts.day_blocked:
            parts.day_first = _or_gone(_season_edge(m, today), today, sc.text, m)
            sc.take_match(m)
    for m in sc.find(_EVE):
        if (
            parts.day_first is None
            and not parts.day_blocked
            and eve_adverb(sc.text, m.end())
            and told_in_past(sc.text, m.start(), m.end())
            and _eve_of_the_post(sc.text, m.start(), m.end())
        ):
            parts.day_first = today - timedelta(days=1)  # «Накануне в школе прошёл концерт»
            sc.take_match(m)
    for m in sc.find(_RELATIVE_DAY):
        word = " ".join(m.group(1).split())
        # «1 сентября … переносят на следующий день»: the day after the one written
        moved = moved_to_next_day(sc.text, m.start(), today) if word == _NEXT_DAY else None
        if moved is not None and parts.day_first == moved - timedelta(days=1):
            parts.day_first = moved
        elif parts.day_first is None and not parts.day_blocked:
            if word == _NEXT_DAY:  # after the day just written, else after today
                after = day_after_written(sc.text, m.start(), today)
                parts.day_first = after or today + timedelta(days=1)
            else:
                parts.day_first = today + timedelta(days=_RELATIVE_SHIFT[word])
        sc.take_match(m)


def _or_gone(coming: date, today: date, text: str, m: re.Match[str]) -> date:
    """`coming`, a named day's next date, or this year's when that passed recently and its
    sentence tells in the past («В первый день лета в школе прошёл праздник», posted on 5
    June: told_past.day_gone), as a written day is read."""
    return day_gone(coming, today, text, m.start(), m.end()) or coming


def _season_edge(m: re.Match[str], today: date) -> date:
    """The coming first or last day of the season `m` (_SEASON_EDGE) names, from `today`."""
    word = m.group(2) or m.group(3)
    stem = word[:-1]  # «лета», «летн» → «лет»; «весны» → «весн», «весенн» → «весен»
    first = _SEASON_FIRST_MONTH[stem]

    def edge(year: int) -> date:
        if m.group(1) == "перв":
            return date(year, first, 1)
        start = date(year, first, 1)  # the last day: three months on, less a day
        return date(start.year + (first + 3 > 12), (first + 2) % 12 + 1, 1) - timedelta(days=1)

    coming = edge(today.year)
    if m.group(1) == "последн" and first == 12 and today.month <= 2:
        coming = edge(today.year - 1)  # winter's last day in February is last December's
    return coming if coming >= today else edge(today.year + 1)


# «среда» is also the noun "environment": with an adjective of its own right before it
# ("окружающей среды", "в образовательной среде") and no weekday modifier, or before
# «обитания», it names no day. The words a weekday does take before it: a modifier (caught by
# _WEEKDAY_MOD), an ordinal or a quantifier ("первой среды месяца", "каждую среду")
_NOUN_SREDA = re.compile(r"сред[аыуе]$")
_ADJECTIVE_BEFORE = re.compile(r"([а-яё]{3,})\s+$")
_SREDA_AFTER = re.compile(r"\s+обитани")
_DAY_ADJECTIVES = re.compile(
    r"(?:перв|втор|трет|четв[её]рт|пят|последн|кажд|люб|т|ин|друг|одн|ближн|очередн)"
    r"(?:ой|ей|ую|юю|ая|яя|ы|ьей|ью|ья)$"
)


def _environment_noun(text: str, m: re.Match[str]) -> bool:
    """Whether the weekday `m` of _WEEKDAY_MOD (no modifier) is the noun «среда» (the
    environment): after an adjective of its own or before «обитания»."""
    if m.group(1) or m.group(0) != m.group(2):
        return False  # a modifier or a preposition ("в среду", "во среду") before it: a day
    return environment_noun_at(text, m.start(2), m.end(2))


def environment_noun_at(text: str, start: int, end: int) -> bool:
    """Whether the weekday word text[start:end] (lowered, no preposition before it) is the
    noun «среда», the environment: after an adjective of its own («окружающей среды»,
    «в образовательной среде») or before «обитания»."""
    if not _NOUN_SREDA.match(text[start:end].rstrip(".")):
        return False
    if _SREDA_AFTER.match(text, end):
        return True
    before = _ADJECTIVE_BEFORE.search(text, max(0, start - 30), start)
    if before is None or _DAY_ADJECTIVES.fullmatch(before.group(1)):
        return False
    return any(
        {"ADJF", "PRTF"} & set(p.tag.grammemes) and "Apro" not in p.tag
        for p in parses(before.group(1))[:1]
    )


# «Светлого Христова Воскресения», «Воскресение Христово»: the feast of Easter, though a
# misspelt Sunday («в воскресение») is read as the weekday (calendar.WEEKDAY)
_FEAST_BEFORE = re.compile(r"(?:христов\w*|светл\w*)\s+$")
_FEAST_AFTER = re.compile(r"\s+христов")


def feast_noun_at(text: str, start: int, end: int) -> bool:
    """Whether the weekday word text[start:end] (lowered) is «Воскресение» of the feast of
    Easter — «Христова» or «Светлого» before it, «Христово» after it — not a Sunday
    («Накануне Светлого Христова Воскресения, 1 мая» is a Saturday: asks83)."""
    if not text.startswith("воскресени", start):
        return False
    before = _FEAST_BEFORE.search(text, max(0, start - 30), start)
    return before is not None or _FEAST_AFTER.match(text, end) is not None


_SENTENCE_END = re.compile(r"[.!?\n]")


def _asked(text: str, at: int) -> bool:
    """Whether the sentence going on at `at` ends with a question mark: a question about a
    day («что в пятницу, если я был на олимпиаде?») is read by the query rules, which know
    their own past tense (intents_query.asks_in_past_tense)."""
    end = _SENTENCE_END.search(text, at)
    return end is not None and end.group(0) == "?"


def weekdays_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """Weekdays with their modifiers ("в следующий вторник", "в прошлую среду"); a bare one in
    a sentence told in the past tense alone (told_past) is the latest such day, "told".
    Sets `parts.weekday` (0 = Monday) and `weekday_mode` ("plain", "next", "previous",
    "this", "nearest", "told"), resolved to a day later (when.py). Example: «в следующий
    вторник» → weekday 1, weekday_mode "next"."""
    for m in sc.find(_WEEKDAY_MOD):
        weekday = cal.weekday_number(m.group(2))
        if weekday is None or _environment_noun(sc.text, m) or feast_noun_at(sc.text, *m.span(2)):
            continue
        mode = m.group(1) or ""
        moved = False
        if mode.startswith("последн") and _PERIOD_AFTER.match(sc.text, m.end()):
            mode = ""
        if is_next(mode):
            label = "next"
        elif is_last(mode) or mode.startswith("последн"):
            label = "previous"  # "в прошлый вторник", "в последнюю среду": the latest one past
        elif mode.startswith("эт"):
            # «В эту субботу прошла ярмарка», written on Monday: the Saturday just gone
            label = "told" if _told_gone(sc.text, m) else "this"
        elif mode.startswith("ближайш"):
            label = "nearest"
        elif moved := _moved_to(sc.text, m):
            label = "plain"  # «… перенесли на понедельник»: the day ahead the event now has
        elif _told_gone(sc.text, m):
            label = "told"  # "В субботу прошла ярмарка": the latest Saturday, a report's
        else:
            label = "plain"
        first = parts.weekday is None
        set_weekday(parts, weekday, label)
        if first and not mode and moved:
            parts.weekday_ahead = True
        sc.take_match(m)
        count = WEEKDAYS_COUNTED.search(sc.text, max(0, m.start() - 12), m.start())
        if not mode and count is not None and sc.is_free(count.start(), count.end()):
            sc.take(count.start(), count.end())  # «в два воскресенья»: a count, never «в два»
        if first and parts.day_first is None:
            parts.day_prefix = take_day_prefix(sc, m.start())


def _told_gone(text: str, m: re.Match[str]) -> bool:
    """Whether the weekday phrase of `m` («в субботу», «в эту субботу») stands in a sentence
    told in the past tense (told_past) and asks nothing: the day is the latest such weekday,
    not the coming one. «Эту» names the week's own day, but a verb in the past points back
    to the one just gone whatever day the post is written on (fresh80: «Одно из таких
    состоялось в эту субботу», posted on Monday, was read five days ahead). A weekday a
    move or a setting verb points to is the day set, ahead, whatever the verb's tense
    («Концерт перенесли на вторник», posted on Monday, is tomorrow, not last Tuesday; said on
    a Monday, «… перенесли на понедельник» is today or a week ahead, asked: doubt78)."""
    return (
        not _asked(text, m.end())
        and told_in_past(text, m.start(), m.end())
        and not _set_for_the_day(text, m.start(), attributes=False)
    )


# "на следующей неделе", and the genitive after a weekday: "во вторник следующей недели",
# "в пн след. недели"
_WEEK_MODIFIER = re.compile(
    r"(?:\b(?:на|в)\s+|(?<=\S)\s+)?\b(эт\w*|следующ\w*|след\.?(?![а-я])|сл\.?(?![а-я])|будущ\w*|прошл\w*"
    r"|пред\.|предыдущ\w*)\s*недел[еиюя](?![а-я])"
)


def week_modifier_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ "в четверг на следующей неделе": the week phrase decides which Thursday.
    Runs after weekdays_rule: sets `weekday_mode` from the week phrase and takes it. Example: «в
    четверг на следующей неделе» → weekday 3, weekday_mode "next"."""
    if parts.weekday is None:
        return
    for m in sc.find(_WEEK_MODIFIER):
        mode = m.group(1)
        parts.weekday_mode = "next" if is_next(mode) else "last" if is_last(mode) else "this"
        sc.take_match(m)


def _set_for_the_day(
    text: str, at: int, lemmas: frozenset[str] = SETTING_LEMMAS, *, attributes: bool = True
) -> bool:
    """Whether the clause before `at` (back to the last mark of a clause) holds a verb or noun
    of moving or setting a day (`lemmas`, SETTING_LEMMAS by default: «Экскурсию перенесли на
    сегодняшний день», «Собрание назначено …», «перенос репетиции …»): the phrase after it
    names the day set. With `attributes` False a full participle is no setting («Концерт,
    назначенный на субботу, прошёл …»: the clause names the thing, the sentence's own verb
    tells its day)."""
    start = max(0, at - 80)
    for mark in _CLAUSE_MARK.finditer(text, start, at):
        start = mark.end()
    for word in _CLAUSE_WORD.findall(text, start, at):
        found = parses(word)
        if not found or found[0].normal_form.removesuffix("ся").removesuffix("сь") not in lemmas:
            continue
        if attributes or "PRTF" not in found[0].tag:
            return True
    return False


# the verbs and noun of moving a day (their «-ся» forms read without it), of SETTING_LEMMAS
_MOVE_WORDS = frozenset(
    {
        "перенести",
        "переносить",
        "перенос",
        "сдвинуть",
        "сдвигать",
        "передвинуть",
        "передвигать",
        "отложить",
        "откладывать",
    }
)


def _moved_to(text: str, m: re.Match[str]) -> bool:
    """Whether the weekday phrase `m` of _WEEKDAY_MOD, opened by «на» and unqualified, is the
    new day of a move told in its clause («Ярмарку 9 декабря переносим на понедельник»,
    «Концерт перенесли на пятницу», «перенос занятия на среду»): a day ahead of the post —
    an event is never moved to the day it is announced on by a weekday («на сегодня» says
    that), nor to a day gone, whatever the tense of the verb of moving. A participle naming
    the thing moved («Концерт, перенесённый на субботу, прошёл …») tells no move of its
    own: the sentence's verb tells the day."""
    if m.group(1) or not m.group(0).startswith("на"):
        return False
    return _set_for_the_day(text, m.start(), _MOVE_WORDS, attributes=False)
