"""Temporal rules for clock times, time ranges, durations and parts of the day (spoken times
such as "без четверти 5" are in spoken_times.py)."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import Any

from bot.core.language.calendar import MONTH, WEEKDAY, weekday_number
from bot.core.language.first_scan import compile_with_scan, with_first_scan
from bot.core.language.morphology import parses
from bot.core.language.parts import (
    HOUR_WORD,
    NUM,
    PART,
    H,
    M,
    TemporalParts,
    TimeMention,
    number,
)
from bot.core.language.tokens import (
    Scanner,
    anchor,
    gate,
)

# a verb or participle of appointing a time («назначить», «запланировать», «наметить»,
# «планироваться») with its «на»: what follows is the moment appointed
APPOINTED_ON = r"(?:назнач|запланир|намеч|наметил|планиру)[а-яё]*\s+на"
_APPOINTED_BEFORE = re.compile(r"(?:назнач|запланир|намеч|наметил|планиру)[а-яё]*\s+$")

TIME_PREFIX = (
    r"(в|во|к|с|от|до|после|около"
    # "начало конференции в 14:30" (not "начало регистрации в 13:00": the doors, not the event)
    r"|начало(?!\s+(?:регистрац|сбор|при[её]м|заезд|запис|заявок))(?:\s+[а-я]+){1,2}\s+в"
    # "окончание ориентировочно в 16:30": an adverb of estimate may stand before the clock
    r"|(?:окончание|конец)\s+(?:ориентировочно|примерно|приблизительно|предположительно)\s+в"
    r"|начало\s+в|начало|окончание\s+в|окончание|конец\s+в"
    r"|(?:завершение|закрытие)(?:\s+[а-я]+)?\s+в|возвращение\s+в"
    r"|(?:завершит\w*|закончит\w*|окончит\w*)(?:\s+[а-я]+)?\s+в"
    r"|продлится\s+до|продлятся\s+до|продолжится\s+до"
    # "построение запланировано на 11 часов 30 минут": a verb of appointing governs «на» + the
    # moment appointed (accusative of a point in time), never a length (walk22 Z13)
    rf"|{APPOINTED_ON})"
)


# a number followed by a noun in the plural's locative or genitive ("в 10 муниципалитетах",
# "в 5 районах", "в 3 этапа") is a count, never an hour; "часов" is the one hour word so ending
_UNIT_TAIL = (
    r"(?!\s*(?:мин|минут|человек|чел|лет|год|раз|процент|%|руб|шт|мест|баллов|этап"
    r"|[а-я]*[ая]х(?![а-я])|(?!час)[а-я]+[ое]в(?![а-я])"
    r"|[а-я]+[ыи]х\s+[а-я]*[ая]х(?![а-я])))"  # "в 24 учебных заведениях": places counted
)


# after a number: an ordinal's ending ("в 15-й раз", "с 5-го класса") or the second day of a
# night ("с 14 на 15 мая", a night's span): the number is no hour
_NOT_AN_HOUR = rf"(?<=\d)-[а-я]{{1,3}}(?![а-я])|\s+на\s+\d{{1,2}}\s+{MONTH}"


_ALL_DAY = re.compile(
    r"\b(?:на\s+)?(?:весь|целый|в\s+течение(?:\s+всего)?)\s+(?:день|дня)(?![а-я])"
)


# a closing verb may come first ("завершится ровно в полночь"): then it is the event's end, as
# "завершится в 22:00" is, never its start
_NOON = re.compile(
    r"\b(?:(?P<closing>(?:завершит|закончит|окончит)\w*)(?:\s+[а-я]+)?\s+)?"
    r"(?:в\s+)?(полдень|полночь)(?![а-я])"
)


# possessive \s*+: taken words are blanked to spaces (Scanner), and three \s* in a row over
# «на» and a long blank run backtracked cubically («на» + 200 × «10 классы»: a minute; review19).
# `\w*(?!\d\d)`: the word's ending never stops inside a run of digits but at its last one
# (from every digit of a run the number reads to the run's end alike, so the last is tried
# first and stands for all): «длительность» + 8,000 digits was quadratic (1.6 s;
# review 2026-12-02, H4), the same matches
_DURATION_MARKED = re.compile(
    r"\b(?:продолжительност\w*(?!\d\d)|длительност\w*(?!\d\d)|продлится|длится|займет|в\s+течение"
    r"|на(?![чм](?![а-я])))\s*+:?\s*+"  # "нач в 18:30" is "начало", never "на час"
    rf"({NUM}(?=\s*[чм]))?\s*+(полчаса|час\w*|ч\b\.?|минут\w*|мин\b\.?)"
    r"(?:\s*(\d+)\s*(?:минут\w*|мин\b\.?))?"
)


# never after "за": "за 30 минут ответить на 25 вопросов" is a task's time limit, "за 2 часа до
# начала" a lead time, neither the event's length; nor before "на" and an action's noun or
# "каждый": "10 минут на прохождение станции", "5 часов на каждый тур" allot a part its time
_DURATION_PLAIN = re.compile(
    r"(?<!\bза\s)\b(полтора|полторы|\d+[.,]\d+|\d+)\s*(час\w*|ч\b\.?|минут\w*|мин\b\.?)"
    r"(?:\s*(\d+)\s*(?:минут\w*|мин\b\.?))?"
    r"(?!\s+на\s+(?:[а-яё]+(?:ние|нии|тие|тии)(?![а-яё])|кажд|одн[уоа]))"
)


# possessive \s*+ (same matches): two \s* around «ч» backtracked over the Scanner's blanks
# («10:00» and 9,000 blanked characters after it: 13 s; review19). The particle «и» may stand
# before the end's preposition («с 15:00 и по 17:00», «с 10:00 и до 12:00»): still the span
_TIME_RANGE_CLOCK = re.compile(
    rf"(?:\b(?:с|со|от)\s*)?\b({H})[:.]({M})(?::[0-5]\d)?\s*+(?:ч\b\.?)?\s*+(?:-|/|(?:\bи\s+)?\b(?:до|по)\b)\s*"
    rf"({H})[:.]({M})(?::[0-5]\d)?\s*(?:ч\b\.?)?(?:\s*{PART})?"
)


# a span whose clocks are written with a hyphen ("10-00 - 11-30", "10-00 – 11:30"): the dash
# between them stands apart from the clocks, spaced, as a clock's own hyphen never is
_TIME_RANGE_SPACED = re.compile(
    rf"(?:\b(?:с|со|от)\s*)?\b({H})([:.\-])({M})\s+-\s+({H})([:.\-])({M})(?![\d.:\-])"
    rf"(?:\s*{PART})?"
)
# what a number after a span's dash may be instead of its end hour: classes, ages, counts, a
# month's day, a class's letter ("в 5 - 7 классах", "в 10 - 12 лет", "9:30 - 11 декабря",
# "9:30 - 11 б"; "11 в актовом зале" is the hour before a place)
_NOT_AN_END = (
    rf"(?!\s*(?:кл|(?:[абгдеa-e]|в(?!\s+[а-яё]{{2,}}))(?![а-яёa-z])|{MONTH}|числ)){_UNIT_TAIL}"
)
# a clock and a bare end hour after a spaced dash ("в 9:30 - 11"), or two bare hours after
# "в"/"с"/"от" ("в 10 - 12"): the dash is the span's
_TIME_RANGE_TO_HOUR = re.compile(
    rf"\b(?:(?:в|с|со|от)\s+)?({H})[:.]({M})\s*-\s*({H})(?![\d.:\-]){_NOT_AN_END}"
)
_HOURS_SPACED = re.compile(rf"\b(?:в|с|со|от)\s+({H})\s+-\s+({H})(?![\d.:\-]){_NOT_AN_END}")
# two hours joined by a hyphen after «в»/«с»/«от» («в 14-16», «с 10-12»): a span of hours
# when the second number is no clock's minutes (a clock's minutes are written in fives, «в
# 14-30», «в 15-00», «в 14-20»: see _hyphened_hours); grades, ages, days and counts after it
# («в 7-9 классах», «в 14-16 лет», «с 10-12 марта») are none (walk k)
_HOURS_HYPHENED = re.compile(
    rf"\b(?:в|во|с|со|от)\s+({H})-({H})(?![\d.:\-]){_NOT_AN_END}(?:\s*{PART})?"
)


# noon and midnight in a range, in the genitive the prepositions govern ("с полудня до шести
# часов вечера", "с 20:00 до полуночи"); possessive \s*+ between the optional hour word and
# part of the day (same matches: neither starts with a space): three \s* in a row backtracked
# cubically over a run of spaces («с 10» + 8,000 spaces: over a minute; H4, regex_growth.py)
_NOON_GENITIVE = "полудня|полуночи"
_TIME_RANGE_FROM_TO = re.compile(
    rf"\b(?:с|со|от)\s*({HOUR_WORD}|{_NOON_GENITIVE})(?:[:.\-]({M}))?\s*+(?:ч\b\.?|час\w*)?\s*+{PART}?"
    rf"\s*+(?:и\s+)?(?:до|по(?=\s*\d+\s*час))\s*({HOUR_WORD}|{_NOON_GENITIVE})(?:[:.\-]({M}))?"
    rf"\s*(?:ч\b\.?|час\w*)?\s*{PART}?"
)


# "с 9-12 часов"; never "в 11-00 часов": a second number written "00"–"09" is the clock's
# minutes, the way "18-00" is written for 18:00
_TIME_RANGE_HOURS = re.compile(rf"\b({H})\s*-\s*(?!0\d)({H})\s*(?:ч\b\.?|час\w*)\s*{PART}?")


# a clock written in hours and minutes with their words («15 ч. 30 мин.», «10 час. 30 мин.»,
# «17 ч.») as a span's bound, beside another such bound or a «15:30» clock, across a dash or
# «до»: «15 ч. 30 мин. - 17 ч.», «с 15 ч. до 16 ч. 30 мин.», «15:30 - 17 ч. 15 мин.» (issue
# 10). Two clocks of «HH:MM» are the clock rule's; a duration word before the first bound
# («продолжительность 1 ч. - 1 ч. 30 мин.») keeps the span a length (_hour_minute_spans)
_HM_BOUND = (
    rf"(?:({H})\s*+(?:ч\b\.?|час(?:а|ов)?\b\.?)(?:\s*+({M}|[1-9])\s*+мин\w*\.?)?"
    rf"|({H})[:.]({M})(?![\d.:]))"
)
_HOUR_MINUTE_SPAN = re.compile(
    rf"(?:\b(с|со|от|в|во)\s*+)?(?<![\d.:])\b{_HM_BOUND}\s*+(?:-|\bдо\b)\s*+{_HM_BOUND}"
    rf"(?:\s*{PART})?"
)


# never the tail of a longer dotted number ("по УГСН 44.00.00": a code, no clock "00.00")
_TIME_CLOCK = re.compile(
    rf"(?:\b{TIME_PREFIX}\s+)?(?<!\d\.)\b({H})([:.\-])({M})(?![\d])\s*(?:ч\b\.?)?(?:\s*{PART})?"
)


_TIME_CH = re.compile(rf"\b({H})\s*ч\s*({M})(?:\s*мин\w*)?(?![\d])")


# "в 7 часов 30 минут", "в 7 часов 30" (minutes without their word only at the phrase's end:
# "в 10 часов 15 декабря" is a day), "в 7 часов вечера 30 минут" (the part of day between)
_TIME_HOUR = re.compile(
    rf"\b{TIME_PREFIX}\s+({HOUR_WORD})(?:\s*(?:час(?:а|ов|ам|у|\.)?|ч\b\.?)"
    rf"(?:\s*(?:({M}|[1-9])\s*мин\w*|({M})(?=\s*(?:$|[,;!?)]|\.(?!\d)|утра|дня|вечера|ночи)))"
    rf"|\s+{PART}\s+({M}|[1-9])\s*мин\w*)?)?"
    rf"(?:\s*{PART})?"
    rf"(?![\d:]|[.,]\d|[а-яa-z]|{_NOT_AN_HOUR}){_UNIT_TAIL}"
)


_TIME_HOUR_UNIT = re.compile(
    rf"\b({HOUR_WORD})\s*(?:час(?:а|ов|\.)?|ч\b\.?)(?:\s*({M}|[1-9])\s*мин\w*)?(?:\s*{PART})?"
    rf"(?![а-я]){_UNIT_TAIL}"
)


_DURATION_BEFORE = re.compile(
    r"(?:длит\w*|длят\w*|продл\w*|продолжа\w*|займ\w*|занима\w*|рассчитан\w*\s+на|около"
    r"|в\s+течение|на|по|примерно|всего|целых"
    # time allotted to a task: «на работу отведено четыре часа», «отводится 3 часа»
    r"|отвед\w*|отвод\w*|выделен\w*|выделя\w*"
    # a span within which or a lead before («решить задачи за пять часов», «за два часа до
    # начала»): never a clock of the day (fresh83)
    r"|(?<![а-яё])за)\s*$"
)
# the words naming a start's clock before a count of hours («Начало — десять часов», «сбор в
# …»): a clock said in words bare only after them
_START_LABEL = re.compile(r"(?:начал|старт|сбор|открыти|встреч)[а-яё]*[^.!?\n]{0,6}$")


# "7 вечера", "11 утра"; never "4 дня" after nothing: 2–4 with the genitive singular "дня" is a
# count of days by agreement ("интенсив 4 дня"), an hour only with a prefix ("в 4 дня", _TIME_HOUR)
_TIME_HOUR_PART = re.compile(rf"\b(?!(?:0?[2-4]|2[2-4])\s+дня(?![а-я]))({H})\s+{PART}")


_PART_OF_DAY = re.compile(
    r"\b(утром|днем|вечером|ночью|в\s+обед|после\s+обеда|до\s+обеда)(?![а-я])"
)


def all_day_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """«весь день», «целый день», «в течение дня»: the event takes its day whole. A «день»
    followed by a genitive noun phrase is the first word of a name («весь день здоровья»,
    «целый день открытых дверей»: the «День здоровья» all day) and stays for the title.
    Sets `parts.all_day`. Example: «Ярмарка весь день 12 декабря» → all_day True."""
    for m in sc.find(_ALL_DAY):
        parts.all_day = True
        noun = m.group(0).rsplit(maxsplit=1)[-1]
        if _names_a_day_of(sc.text, m.end()):
            sc.take(m.start(), m.end() - len(noun))
        else:
            sc.take_match(m)


_NEXT_WORDS = re.compile(r"\s+([а-яё]+)(?:\s+([а-яё]+))?", re.IGNORECASE)


def _names_a_day_of(text: str, at: int) -> bool:
    """Whether the words after a «день» ending at `at` are its genitive — a noun
    («здоровья», «науки»), or an adjective and its noun («открытых дверей»), as pymorphy3
    reads them first — so that «день» opens a name («День здоровья»), not «весь день». An
    animate genitive before a finite verb of its clause is the verb's object, not a name's."""
    found = _NEXT_WORDS.match(text, at)
    if found is None:
        return False
    first = _first_reading(found.group(1))
    if first is None or "gent" not in first.tag:
        return False
    if first.tag.POS == "NOUN":
        head = first if "Geox" not in first.tag else None
    else:
        second = _first_reading(found.group(2)) if found.group(2) else None
        head = (
            second
            if first.tag.POS == "ADJF"
            and second is not None
            and second.tag.POS == "NOUN"
            and "gent" in second.tag
            else None
        )
    if head is None:
        return False
    # fixparse45: an animate genitive reads accusative as well («гостей», «малышей»); with a
    # finite verb in its clause it is that verb's object («весь день гостей праздника будут
    # развлекать аниматоры»), and «весь день» is only the day's length
    return "anim" not in head.tag or not _finite_verb_follows(text, at)


_CLAUSE_END = re.compile(r"[.,;:!?\n]")


def _finite_verb_follows(text: str, at: int) -> bool:
    """Whether the clause after `at` (to its next punctuation) holds a word whose likeliest
    reading is a finite verb («будут», «ждут»)."""
    end = _CLAUSE_END.search(text, at)
    for word in re.findall(r"[а-яё]+", text[at : end.start() if end else len(text)], re.I):
        reading = _first_reading(word)
        if reading is not None and reading.tag.POS == "VERB":
            return True
    return False


def _first_reading(word: str) -> Any:
    """pymorphy3's first reading of `word`, or None when it has none."""
    found = parses(word)
    return found[0] if found else None


# a verb of change before "на": "может быть увеличена на 30 минут", "сдвигается на час",
# "задерживается на 15 минут": the amount of a change to a time, never the event's length
_CHANGED_BY = re.compile(
    r"(?<![а-я])(?:увелич|уменьш|сокра[тщ]|продлен|продлить|продлева|сдвин|сдвига|перенес"
    r"|перенос|задерж|отлож|отклад)[а-яё]*(?:\s+[а-яё]+)?\s*$"
)


def _appointed(text: str, at: int) -> bool:
    """Whether the «на» at `at` follows a verb of appointing («запланирован на …»)."""
    return _APPOINTED_BEFORE.search(text, max(0, at - 30), at) is not None


# a range of the event's own length after a word of lasting: «длится 2-3 часа», «продлится от
# 2 до 3 часов», «продолжительность: 1,5-2 часа», «займёт 1–2 ч.»; never a span of clocks
# (it read 14:00–15:00). Hours only: a range of minutes is the length of each visit («сеанс
# длится от 9 до 26 минут»: bot/core/language/lead_times.py)
_LENGTH_RANGE = re.compile(
    r"\b(?:продолжительност[а-я]*|длительност[а-я]*|продл(?:ится|ятся)"
    r"|длит(?:ь?ся)|длятся|займ[её]т|занима(?:ет|ют)|рассчитан[а-я]*\s+на)(?![а-я])"
    r"\s*+(?:[:-]\s*+)?(?:примерно\s+|около\s+|от\s+)?(\d{1,2}(?:[.,]\d)?)\s*+(?:-|до)\s*+"
    r"(\d{1,2}(?:[.,]\d)?)\s*+(?:час(?:а|ов)?(?![а-я])|ч\b\.?)"
)
gate(_LENGTH_RANGE, re.compile(r"дл|продол|займ|занима|рассчитан"))
MAX_LENGTH_HOURS = 24  # «длится 2-30 часов» is no day's event length: left to the other rules


def length_ranges_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A range of the event's length (_LENGTH_RANGE): `parts.duration` becomes the longer
    bound (a room or a class is booked for the longest the event may last, so a clash check
    sees all of it; a human reading «2-3 часа» plans for three), and the words are taken, so
    neither a clock range nor the title reads them. A range whose bounds are not rising or
    exceed MAX_LENGTH_HOURS is left alone.
    Example: «Экскурсия продолжительностью 2-3 часа» → duration 3:00."""
    for m in sc.find(_LENGTH_RANGE):
        shorter, longer = (float(g.replace(",", ".")) for g in m.group(1, 2))
        if not 0 < shorter < longer <= MAX_LENGTH_HOURS:
            continue
        parts.duration = parts.duration or timedelta(minutes=round(longer * 60))
        sc.take_match(m)


# a length given to a group of grades: «7-8 классы - 3 часа», «5-6 кл. - 2 ч», «для 9 класса:
# 4 часа» (dashes are unified by `normalize`)
_GRADE_LENGTH = compile_with_scan(
    r"(?<![\d.:])\d{1,2}(?:\s*-\s*\d{1,2})?(?:-?[а-я]{1,2})?\s*+(?:класс[а-я]*|кл\b\.?)"
    r"\s*+[:-]?\s*+(?P<length>(?:\d{1,2}(?:[.,]\d)?|полтора|полторы)\s*+"
    r"(?:час[а-я]*|ч\b\.?|минут[а-я]*|мин\b\.?))"
)


def take_grade_lengths(sc: Scanner) -> None:
    """Take the lengths given per group of grades when the text gives two or more of them
    («Продолжительность: 7-8 классы - 3 часа, 9-11 классы - 4 часа»): each group's own
    time, never the event's length nor a clock range (the event's end stays unread).
    A single group's length («9-11 классы - 3 часа») is the event's, left to the rules."""
    if "кл" not in sc.text:
        return
    # over the whole text: the audience rule may have taken the grades already
    found = [m.span("length") for m in _GRADE_LENGTH.finditer(sc.text)]
    if len(found) >= 2:
        for start, end in found:
            sc.take(start, end)


def durations_marked_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """An event's length after a word that marks one: «продолжительность 2 часа», «длительность:
    40 мин», «продлится полчаса», «займёт час», «в течение 40 минут», «на 1,5 часа» (grade
    lengths «1,5 часа в 9 классах» and hour-and-minute spans first: `take_grade_lengths`,
    `length_ranges_rule`). Sets `parts.duration` (a timedelta; the first one read wins); «на 11
    часов 30 минут» after «назначено» is a clock left to the clock rules, and «увеличена на 30
    минут» a change, taken out of the title with no length. Example: «Лекция продлится 1,5
    часа» → duration 1:30."""
    take_grade_lengths(sc)
    length_ranges_rule(sc, parts, now)
    for m in sc.find(_DURATION_MARKED):
        amount = number(m.group(1)) if m.group(1) else 1.0
        if amount is None:
            continue
        if m.group(0).startswith("на") and _appointed(sc.text, m.start()):
            continue  # "назначено на 11 часов 30 минут": the moment appointed, a clock
        if m.group(0).startswith("на") and _CHANGED_BY.search(
            sc.text, max(0, m.start() - 40), m.start()
        ):
            sc.take_match(m)  # "увеличена на 30 минут": a change, not the event's length
            continue
        length = _duration(amount, m.group(2), m.group(3))
        if length is None:  # a twenty-digit number of minutes: past any calendar (fix75)
            continue
        parts.duration = parts.duration or length
        sc.take_match(m)


# "Регламент выступления не более 3 минут", "ролик не должен превышать 5 минут": a limit set on
# a part (a performance, a video), or a game's time control, never the event's own length
_LIMIT_BEFORE = re.compile(
    r"(?:не\s+(?:более|больше|свыше|дольше)|не\s+(?:[а-яё]+\s+)?превыша\w*|максимум|до"
    # "Регламент выступления 3 мин", "время доклада - 7 минут": a part's own length
    r"|регламент\w*(?:\s+[а-яё]+){0,2}\s*[:-]?|(?:выступлени[яе]|доклада|ролика|видеоролика)\s*[:-]?"
    # "контроль времени – 10 минут + 5 секунд": a game's clock for each player
    r"|контрол\w*(?:\s+времени)?\s*[:-]?)"
    r"\s*$"
)


# "10 минут на партию", "30 минут на дорогу": a time given to each item (a noun in the
# accusative after "на"), never the event's own length; "2 часа на площадке" (locative) is
_PER_ITEM = re.compile(r"\s+на\s+([а-яё]{3,})")


# "10 минут + 5 секунд (на ход)": a game's time control and its increment per move (starts42)
_INCREMENT = re.compile(r"\s*\+\s*\d+\s*(?:сек|с\b)")


def _per_item(text: str, at: int) -> bool:
    m = _PER_ITEM.match(text, at)
    if m is None:
        return False
    tag = parses(m.group(1))[0].tag
    return bool(tag.POS == "NOUN" and tag.case == "accs")


# «в 15 и 19 часов», «в 13, 15 и 17 часов»: the hours a list of clocks ends on (doubts43)
_CLOCK_LIST_BEFORE = re.compile(r"(?<![а-яё])в\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:,|\bи|\bили)\s*$")


def durations_plain_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A bare length: a number of hours or minutes with no clock word before it («экскурсия 2
    часа», «лекция 45 минут», «1 ч 30 мин», «полтора часа»). Sets `parts.duration` (a
    timedelta; a length marked by a word, durations_marked_rule, comes first); not a limit («не
    более 10 минут»), a rate («30 минут на каждого»), the last of a list of clock hours (taken
    out of the title) nor «за 2 часа». Example: «Экскурсия 2 часа, сбор у школы» → duration
    2:00."""
    for m in sc.find(_DURATION_PLAIN):
        amount = number(m.group(1))
        if amount is None or _LIMIT_BEFORE.search(sc.text, max(0, m.start() - 40), m.start()):
            continue
        listed = m.group(2).startswith("ч") and _CLOCK_LIST_BEFORE.search(
            sc.text, max(0, m.start() - 30), m.start()
        )
        if listed:  # the last of several clock hours, never a length; out of the title
            sc.take(listed.start(), m.end())
            continue
        if _per_item(sc.text, m.end()) or _INCREMENT.match(sc.text, m.end()):
            continue
        length = _duration(amount, m.group(2), m.group(3))
        if length is None:  # «через 99999999999999999999 минут»: past any calendar (fix75)
            continue
        parts.duration = parts.duration or length
        sc.take_match(m)


def _duration(amount: float, unit: str, extra_minutes: str | None) -> timedelta | None:
    """`amount` of `unit` («минут», «час», «полчаса») plus `extra_minutes`; None when the
    length is past what a timedelta holds (a number of twenty digits)."""
    if unit == "полчаса":
        amount, unit = amount / 2, "час"
    minutes = amount if unit.startswith("мин") else amount * 60
    try:
        return timedelta(minutes=minutes + (int(extra_minutes) if extra_minutes else 0))
    except OverflowError:
        return None


def time_ranges_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A span of clock times: «с 10:00 до 12:30», «10:00-12:00», «с 15 до 17 часов», «с 9 до 11
    утра», «15-17 ч», hours and minutes spelled out («с 15 ч. до 16 ч. 30 мин.») and a dash spaced
    apart from its clocks («10-00 - 11-30», «в 10 - 12»: `_spaced_ranges`). Adds the start to
    `parts.times` (a TimeMention, prefix "с") and sets `end_time`, `range_pos` and `range_sentence`
    (where the range and its sentence start) — an end before the start read as the afternoon's; «от
    5 до 20 контрольных пунктов» counts a noun and is left alone. Example: «Мастер-класс с 10:00 до
    12:30» → times [10:00], end_time 12:30."""
    _hour_minute_spans(sc, parts)
    for m in sc.find(_TIME_RANGE_CLOCK):
        part = m.group(5)
        start = clock_time(
            int(m.group(1)), int(m.group(2)), part if int(m.group(1)) < 12 else None, True
        )
        end = clock_time(int(m.group(3)), int(m.group(4)), part, True)
        _set_range_times(sc, parts, m, start, end, minute_given=True)
    for m in sc.find(_TIME_RANGE_FROM_TO):
        start_hour, end_hour = _range_hour(m.group(1)), _range_hour(m.group(4))
        if start_hour is None or end_hour is None or _range_counts_a_noun(sc.text, m):
            continue
        start = clock_time(
            int(start_hour), int(m.group(2) or 0), m.group(3) or m.group(6), m.group(2) is not None
        )
        end = _after(
            start,
            clock_time(int(end_hour), int(m.group(5) or 0), m.group(6), m.group(5) is not None),
        )
        start = shared_half(start, end, int(end_hour))
        _set_range_times(sc, parts, m, start, end, bool(m.group(2) or m.group(5)))
    for m in sc.find(_TIME_RANGE_HOURS):
        start = clock_time(int(m.group(1)), 0, m.group(3), False)
        end = clock_time(int(m.group(2)), 0, m.group(3), False)
        _set_range_times(sc, parts, m, start, _after(start, end), minute_given=False)
    _spaced_ranges(sc, parts)


def _spaced_ranges(sc: Scanner, parts: TemporalParts) -> None:
    """Spans whose dash is spaced apart from their clocks: "10-00 - 11-30", "в 9:30 - 11",
    "в 10 - 12" (an end that does not come after the start is no span's)."""
    for m in sc.find(_TIME_RANGE_SPACED):
        if "-" not in (m.group(2), m.group(5)):
            continue  # "10:00 - 11:30": the clock rule's own
        part = m.group(7)
        start = clock_time(int(m.group(1)), int(m.group(3)), part, True)
        end = clock_time(int(m.group(4)), int(m.group(6)), part, True)
        if start is not None and end is not None and end > start:
            _set_range_times(sc, parts, m, start, end, minute_given=True)
    for m in sc.find(_TIME_RANGE_TO_HOUR):
        start = clock_time(int(m.group(1)), int(m.group(2)), None, True)
        end = _after(start, clock_time(int(m.group(3)), 0, None, False))
        if start is not None and end is not None and end > start:
            _set_range_times(sc, parts, m, start, end, minute_given=True)
    for m in sc.find(_HOURS_SPACED):
        start = clock_time(int(m.group(1)), 0, None, False)
        end = _after(start, clock_time(int(m.group(2)), 0, None, False))
        if start is not None and end is not None and end > start and start.hour >= 7:
            _set_range_times(sc, parts, m, start, end, minute_given=False)
    _hyphened_hours(sc, parts)


def _hour_minute_spans(sc: Scanner, parts: TemporalParts) -> None:
    """Spans with a bound written in hours and minutes («15 ч. 30 мин. - 17 ч.», «с 15 ч. до
    16 ч. 30 мин.», «15:30 - 17 ч. 15 мин.»): clock times of the school's local day. Not a
    span when a length's word comes before it («продолжительность 1 ч. - 1 ч. 30 мин.»), when
    both bounds are «HH:MM» (the clock rule's), when the end is not after the start, or when,
    with no «с»/«в» before it, it starts before 7:00 («1 ч. - 2 ч.»: a length)."""
    for m in sc.find(_HOUR_MINUTE_SPAN):
        opening, h1, m1, c1h, c1m, h2, m2, c2h, c2m, part = m.groups()
        if c1h is not None and c2h is not None:
            continue
        if _DURATION_BEFORE.search(sc.text[max(0, m.start() - 24) : m.start()]):
            continue
        if opening is None and int(h1 or c1h) < 7:
            continue  # «1 ч. - 2 ч.», «2 ч. 30 мин. - 3 ч.»: a length, not a span of clocks
        start = _bound_time(h1, m1, c1h, c1m, part if int(h1 or c1h) < 12 else None)
        end = _after(start, _bound_time(h2, m2, c2h, c2m, part))
        start = shared_half(start, end, int(h2 or c2h))
        if start is None or end is None or end <= start:
            continue
        _set_range_times(sc, parts, m, start, end, minute_given=bool(m1 or m2 or c1m or c2m))


def _bound_time(
    hour: str | None,
    minute: str | None,
    clock_hour: str | None,
    clock_minute: str | None,
    part: str | None,
) -> time | None:
    """The clock of a span's bound, the school's local time: «15 ч. 30 мин.» (hour and minute
    words) or «15:30»; a bare hour 1–7 («с 2 ч. до 4 ч.») is the afternoon's, as clock_time
    reads every bare hour. None when the numbers are no clock («25 ч.»)."""
    if clock_hour is not None and clock_minute is not None:
        return clock_time(int(clock_hour), int(clock_minute), part, True)
    if hour is None:
        return None
    return clock_time(int(hour), int(minute or 0), part, minute is not None)


def _hyphened_hours(sc: Scanner, parts: TemporalParts) -> None:
    """«в 14-16», «с 10-12 утра»: two hours joined by a hyphen are a span of hours when the
    second is no clock's minutes — minutes are written in fives («в 14-20» is 14:20), and
    «0X» always is minutes — and the end it gives comes after the start."""
    for m in sc.find(_HOURS_HYPHENED):
        second = m.group(2)
        if second.startswith("0") or int(second) % 5 == 0:
            continue
        part = m.group(3)
        start = clock_time(int(m.group(1)), 0, part if int(m.group(1)) < 12 else None, False)
        end = _after(start, clock_time(int(second), 0, part, False))
        if start is not None and end is not None and end > start and start.hour >= 7:
            _set_range_times(sc, parts, m, start, end, minute_given=False)


def shared_half(start: time | None, end: time | None, end_hour: int) -> time | None:
    """The start of a range whose end hour `end_hour` is written in 12-hour form and read as
    the afternoon's (`end`: «до 4 ч.», «до 4», «до 4 дня» 16:00): a start hour 1–6 is the
    afternoon's too when that keeps it before the end («с 2 ч. 30 мин. до 4 ч.» 14:30–16:00,
    not 02:30–16:00). Russian speech names both bounds of one range in the same half of the
    day, and a start before 7:00 would precede any school day; a bare small hour is read the
    same way alone (clock_time). An end written in 24-hour form («с 5:30 до 16:00») or a
    night's («до 3 ч. ночи») leaves the start as written."""
    if start is None or end is None or end_hour >= 12 or end.hour < 12:
        return start
    if not 1 <= start.hour < 7:
        return start
    later = time(start.hour + 12, start.minute)
    return later if later < end else start


def _range_hour(raw: str) -> float | None:
    """The hour of a range's bound: a number, a number word, or noon (12) or midnight (0)."""
    if raw == "полудня":
        return 12.0
    return 0.0 if raw == "полуночи" else number(raw)


def _after(start: time | None, end: time | None) -> time | None:
    """Read a bare end hour as afternoon when that puts it after the start ("с 11 до 1")."""
    if start is None or end is None or end > start or end.hour >= 12:
        return end
    later = time(end.hour + 12, end.minute)
    return later if later > start else end


def _set_range_times(
    sc: Scanner,
    parts: TemporalParts,
    m: re.Match[str],
    start: time | None,
    end: time | None,
    minute_given: bool,
) -> None:
    if start is None or end is None:
        return
    sc.take_match(m)
    earlier = (  # "7 декабря с 18 – 23 часов … С 19.00 – 23.00 наблюдение неба": the first
        parts.times is not None  # range written is the event's, whichever rule read it first
        and len(parts.times) == 1
        and parts.times[0].pos == parts.range_pos
        and m.start() < parts.range_pos
    )
    if parts.times is None or earlier:
        day_end = start == time(0) and _STARTS_AT_24.match(m.group(0)) is not None
        parts.times = [TimeMention(start, "с", minute_given, m.start(), day_end)]
        parts.end_time = end
        parts.range_pos = m.start()
        parts.range_sentence = _sentence_start(sc.text, m.start())
        parts.range_labelled = (
            _TIME_LABEL.search(sc.text, max(0, m.start() - 40), m.start()) is not None
        )


# a label that gives the event's own time: "Время: с 15 до 19 часов", "время проведения — …"
_TIME_LABEL = re.compile(r"(?<![а-яё])время(?:\s+(?:проведения|мероприятия|начала))?\s*[:—–-]\s*$")


# a range written from "24:00" / "24 ч" (its first number is 24): it starts at the midnight
# closing the day, as "в 24:00" alone does (ISO 8601)
_STARTS_AT_24 = re.compile(r"\D*24(?!\d)")

_SENTENCE_BREAK = compile_with_scan(r"[.!?](?=\s+[А-ЯЁA-Z«\"\d])|\n")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (after the last full stop or line break)."""
    start = 0
    for m in _SENTENCE_BREAK.finditer(text, max(0, pos - 300), pos):
        start = m.end()
    return start


# a programme's clock naming the closing after it ("В 16.00 – награждение и закрытие
# соревнований", "17:30 — торжественное закрытие"): the end of the whole event, as
# "закрытие в 16.00" is
_CLOSING_AFTER = re.compile(
    rf"(?<![\d.:])(?:\bв\s+)?(?P<h>{H})[:.](?P<m>{M})(?![\d.:])\s*[—–-]\s*"
    r"(?:[а-я]+\s+){0,4}?(?:закрытие|завершение)(?![а-я])"
)
gate(_CLOSING_AFTER, re.compile(r"закрытие|завершение"))
_ANY_CLOCK = re.compile(rf"(?<![\d.:]){H}[:.]{M}(?![\d.:])")


def clock_times_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A clock time written with minutes: «в 15:30», «начало в 9.00», «18 ч 30», «в 24:00» (the
    midnight closing the day), and, beside another clock, a programme's closing line («17:00 -
    закрытие соревнований», read as the event's end). Adds a TimeMention to `parts.times`
    (its time, the word before it as `prefix` — «в», «начало», «до» —, `minute_given`, its
    position) and sets `final_end` for a closing; «9.00» with a dot must look like a clock
    (`_clock_sep_ok`). Example: «Начало в 15:30» → times [15:30, prefix "начало"]."""
    # only beside another clock (the event's start): «17:00 - закрытие соревнований» alone is
    # a line of a programme sent on its own, its clock the only one to read
    closings = list(sc.find(_CLOSING_AFTER))
    if closings and len(_ANY_CLOCK.findall(sc.text)) < 2:
        closings = []
    for m in closings:
        at = clock_time(int(m.group("h")), int(m.group("m")), None, True)
        if at is not None:
            add_time(parts, TimeMention(at, "закрытие", True, m.start()))
            sc.take(m.start(), m.end("m"))
    for m in sc.find(_TIME_CLOCK):
        prefix, hour, sep, minute, part = m.groups()
        if sep != ":" and not _clock_sep_ok(prefix, sep, minute, parts):
            continue
        at = clock_time(int(hour), int(minute), part, True)
        if at is not None:
            day_end = int(hour) == 24  # "в 24:00": the midnight closing the day
            if not _limit_clock(sc.text, m.start(), _prefix(prefix)):
                add_time(parts, TimeMention(at, _prefix(prefix), True, m.start(), day_end))
            sc.take_match(m)
    for m in sc.find(_TIME_CH):
        at = clock_time(int(m.group(1)), int(m.group(2)), None, True)
        if at is not None:
            add_time(parts, TimeMention(at, "", True, m.start()))
            sc.take_match(m)


def _clock_sep_ok(prefix: str | None, sep: str, minute: str, parts: TemporalParts) -> bool:
    """ "15.00" and "14-00" are times only in a clear context (a preceding "в", round minutes)."""
    if prefix:
        return True
    if sep == "-":
        return minute in ("00", "15", "30", "45")
    return int(minute) > 12 or parts.day_first is not None


# a lone class letter after a bare hour («в 5 б», «в 5 а, …»): the letter, and whether the
# class reading needs a clock elsewhere (a letter that is also a word or a unit: «в 11 а
# потом …», «к 5 в 12:00»); «в» before a word is the preposition («в 5 в актовом зале»)
_CLASS_LETTER_AFTER = re.compile(
    r"[^\S\n]+(?:([бдежзн])(?![а-яa-z0-9])"
    r"|([авикглм])(?=[^\S\n]*(?:$|[\n,;.!?)»]|\d)))"
)


def _class_not_hour(text: str, m: re.Match[str], hour_end: int, parts: TemporalParts) -> bool:
    """Whether the bare hour of `m` (its number ending at `hour_end`, the match's end) is the
    grade of a class written apart from its letter (adversarial walk l, #6): «в 5 б» always,
    «в 5 а» when the message gives its clock time elsewhere («Классный час в 5 а, 10 декабря
    в 15:00»: the explicit clock is the time, the number the class)."""
    if m.end() != hour_end:
        return False
    letter = _CLASS_LETTER_AFTER.match(text, hour_end)
    if letter is None:
        return False
    return letter.group(1) is not None or any(t.minute_given for t in parts.times or ())


# a noun a number can count: the word after "в N" («в 20 компаний», «в 3 школы»); the time
# words that follow a clock hour («в 7 вечера», «в 3 дня», «в 5 утра») are never counted
_NOUN_AFTER = re.compile(r"[^\S\n]+([а-яё]+)(?![а-яё\d])")
_MONTH_WORD = re.compile(MONTH)
_TIME_LEMMAS = frozenset(
    {"час", "минута", "секунда", "утро", "день", "вечер", "ночь", "полдень", "полночь", "сутки"}
)


# the next grade and a class word after a bare hour («в 10 11 классы»)
_GRADE_AFTER = re.compile(r"[^\S\n]+(\d{1,2})[^\S\n]+клас")


def _grade_next(text: str, hour_end: int, hour_raw: str) -> bool:
    """Whether the bare hour ending at `hour_end` is followed by the next number and a class
    word («в 10 11 классы»): dictated grades 10–11, or 10:00 and grade 11? (the audience rule
    reads grades when the sentence writes another clock: audience._clock_beside)."""
    after = _GRADE_AFTER.match(text, hour_end)
    return after is not None and hour_raw.isdigit() and int(after.group(1)) == int(hour_raw) + 1


# a range's second number right after its first: «от 5 до 20 …», «от пяти до двадцати …»
_RANGE_END = re.compile(rf"[^\S\n]*+до[^\S\n]+({HOUR_WORD})")


def _opens_counted_range(text: str, hour_end: int) -> bool:
    """Whether the number ending at `hour_end` (after «от») opens a range «N до M» whose
    second number counts the noun after it (_counted_after): a count's lower bound, no clock
    hour."""
    after = _RANGE_END.match(text, hour_end)
    return after is not None and _counted_after(text, *_whole_word(text, after.start(1)))


def _range_counts_a_noun(text: str, m: re.Match[str]) -> bool:
    """Whether a «от N до M» range (`_TIME_RANGE_FROM_TO`) written without minutes counts
    the noun after its second number («от 5 до 20 контрольных пунктов», «от шести до
    двенадцати игроков»): how many of something, never a span of clock hours (fresh67)."""
    if m.group(2) is not None or m.group(5) is not None or not _FROM.match(m.group(0)):
        return False
    return _counted_after(text, *_whole_word(text, m.start(4)))


_WORD_AT = re.compile(r"\d+|[а-яё]+", re.IGNORECASE)


def _whole_word(text: str, start: int) -> tuple[int, str]:
    """The end and text of the whole word a range's bound starts at `start`: HOUR_WORD may
    match a number word's head only («два» of «двадцати»)."""
    word = _WORD_AT.match(text, start)
    return (word.end(), word.group(0)) if word is not None else (start, "")


# a count's range opens with «от»; «с 12 до 13 гостей ждёт …» is a span of hours whose noun
# after is the verb's object (broad17)
_FROM = re.compile(r"(?i)от\b")


def _counts_a_noun(text: str, m: re.Match[str], hour_end: int) -> bool:
    """Whether the bare number of `m` (ending at `hour_end`, the match's end) counts the noun
    after it, past plural descriptive adjectives agreeing with it («около 20 сборных команд»;
    a pronominal «всех/наших» only before an inanimate noun, «в 20 других школ»): a noun in
    the genitive plural («в 20 компаний», «в 14 организаций»), or in the genitive singular
    after 2, 3 or 4 («в 3 школы», «в 2 музея»), as a numeral governs it. Such a number is how
    many places or guests, never a clock hour. Time words and months are what an hour or a
    day governs («в 7 вечера», «в 3 дня»): never a count."""
    if m.end() != hour_end:
        return False
    return _counted_after(text, hour_end, m.group(2))


def _counted_after(text: str, hour_end: int, number_text: str) -> bool:
    """Whether the noun after a number ending at `hour_end` is what the number counts (see
    _counts_a_noun); `number_text` is the number as written, digits or a number word."""
    head = _head_after(text, hour_end)
    if head is None:
        return False
    found, pronominal = head
    tag = found[0].tag
    if "NOUN" not in tag or "gent" not in tag or found[0].normal_form in _TIME_LEMMAS:
        return False
    if pronominal and "inan" not in tag:
        return False
    if "plur" in tag:
        return True
    count = number(number_text)
    if count is None:
        return False
    few = int(count) % 10 in (2, 3, 4) and int(count) % 100 not in (12, 13, 14)
    return few


def _head_after(text: str, hour_end: int) -> tuple[tuple[Any, ...], bool] | None:
    """The pymorphy3 readings of the word a number ending at `hour_end` governs, and whether
    a pronominal adjective stood before it; None when no word follows, the word is a month,
    or it has no reading.

    Adjectives agreeing with the counted noun stand between («около 20 сборных команд», «15
    исследовательских работ», «с 16 доступными специальностями»): plural ones, up to two, are
    passed over to the noun; a pronominal one (Apro: «всех», «наших», «своих», «этих») is the
    verb's object after the clock («ждём в 18 всех родителей»), never what a numeral counts.
    parse51: only before an animate noun — an inanimate noun's accusative plural is its
    nominative («в 20 другие школы»), so «в 20 других школ» is the numeral's genitive: a
    count."""
    after = _NOUN_AFTER.match(text, hour_end)
    if after is None or _MONTH_WORD.fullmatch(after.group(1)):
        return None
    found = parses(after.group(1))
    pronominal = False
    for _ in range(2):
        if (
            not found
            or not ({"ADJF", "PRTF"} & found[0].tag.grammemes)
            or "plur" not in found[0].tag
        ):
            break
        pronominal = pronominal or "Apro" in found[0].tag
        after = _NOUN_AFTER.match(text, after.end())
        if after is None or _MONTH_WORD.fullmatch(after.group(1)):
            return None
        found = parses(after.group(1))
    return (found, pronominal) if found else None


_WITH = frozenset({"с", "со"})


def _joins_a_noun(text: str, m: re.Match[str], hour_end: int) -> bool:
    """Whether the bare number of `m` after «с»/«со» (ending at `hour_end`, the match's end)
    counts the noun after it in the instrumental, the case «с» governs for company («встреча
    с 30 выпускниками», «ознакомили с 16 доступными специальностями», «с 12 новыми
    авторами», «с 21 участником»): how many people or things, never a clock hour. The word
    a clock hour governs after «с N» is a genitive («с 9 утра», «с 15 часов»), a preposition
    («с 10 до 14») or a verb («с 16 начнётся …»); pymorphy3's first reading of the noun must
    be an instrumental (fresh80: a lyceum's open day read at 16:00)."""
    if m.end() != hour_end or (m.group(1) or "").lower() not in _WITH:
        return False
    head = _head_after(text, hour_end)
    if head is None:
        return False
    reading = head[0][0]
    return (
        "NOUN" in reading.tag
        and reading.tag.case == "ablt"
        and reading.normal_form not in _TIME_LEMMAS
    )


# the cases a noun right after «в N» takes when N is its number («в 4 отряде», «в 3 группе»)
_NUMBERED_CASES = frozenset({"loct", "loc2", "datv"})
_IN = frozenset({"в", "во"})


def _numbers_a_noun(text: str, m: re.Match[str], hour_end: int) -> bool:
    """Whether the bare number of `m` after «в»/«во» (ending at `hour_end`, the match's end)
    is the number of the noun after it, a noun in the locative («в 4 отряде», «в 3 группе»,
    «во 2 туре», «в 2 отделении»: squad No. 4, round 2), never a clock hour: the noun an hour
    governs after «в N» is a genitive («в 6 вечера», «в 3 дня», «в 7 часов»), the word after a
    clock another preposition («в 5 в актовом зале»). Every noun reading of the word (pymorphy3)
    must be a locative or a dative (the same form: «группе»), one a locative (fresh72)."""
    if m.end() != hour_end or (m.group(1) or "").lower() not in _IN:
        return False
    after = _NOUN_AFTER.match(text, hour_end)
    if after is None:
        return False
    nouns = [p.tag for p in parses(after.group(1)) if "NOUN" in p.tag]
    if not nouns:
        return False
    cases = {tag.case for tag in nouns}
    return cases <= _NUMBERED_CASES and bool(cases & {"loct", "loc2"})


def hour_times_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A clock time given by its hour: «в 5 вечера», «в 10 часов», «в семь вечера», «в 3 часа дня»,
    «к 9 утра», «в 10 ч.», with a part of the day or minutes if written. Adds a TimeMention to
    `parts.times` (the hour in 24-hour time: «вечера», «дня» move it to the afternoon); a number
    that counts a noun («ознакомили с 16 доступными специальностями») or opens a counted range («от
    5 до 20 контрольных пунктов») is no hour, «пройдут в два дня» is over two days, not at 14:00,
    and «в 10 11 классы» adds the doubt "grade_or_clock". Example: «Собрание в 5 вечера» → times
    [17:00, prefix "в"]."""
    for m in sc.find(_TIME_HOUR):
        if not _word_hour_ok(m, 2):
            continue
        if m.group(2).isdigit() and _class_not_hour(sc.text, m, m.end(2), parts):
            continue
        if m.group(2).isdigit() and _counts_a_noun(sc.text, m, m.end(2)):
            continue
        if m.group(2).isdigit() and _numbers_a_noun(sc.text, m, m.end(2)):
            continue
        if m.group(2).isdigit() and _joins_a_noun(sc.text, m, m.end(2)):
            continue  # «ознакомили с 16 доступными специальностями»: a count, no clock
        if m.group(1).lower() == "от" and _opens_counted_range(sc.text, m.end(2)):
            continue  # «от 5 до 20 контрольных пунктов»: a count's lower bound
        prefix, hour_raw, minute, bare_minute, inner_part, inner_minute, part = m.groups()
        minute = minute or bare_minute or inner_minute
        if not minute and (part or inner_part) == "дня" and _days_counted(sc.text, m):
            sc.take_match(m)  # «Соревнования пройдут в два дня»: over two days, not at
            continue  # 14:00, and no part of the title
        if not (minute or part or inner_part) and _grade_next(sc.text, m.end(), hour_raw):
            parts.doubts.add("grade_or_clock")  # «в 10 11 классы»: 10:00 or grades 10–11?
        _add_hour(sc, parts, m, hour_raw, minute, part or inner_part, _prefix(prefix))
    for m in sc.find(_TIME_HOUR_UNIT):
        hour_raw, minute, part = m.groups()
        if not part and (parts.start_time is not None or (minute and _small(hour_raw))):
            continue  # "2 часа", "1 час 30 минут": a duration, not a clock time
        if not part and _DURATION_BEFORE.search(sc.text[max(0, m.start() - 24) : m.start()]):
            continue  # "экскурсии длятся 4 часа", "на 2 часа": a duration
        if not part and _bare_hours_in_words(sc.text, m.start(), hour_raw):
            sc.take_match(m)  # "(четыре часа – время тура)", "Время тура — пять часов": a
            continue  # length, never a clock nor the title's words
        if (
            not part
            and not _only_a_clock(sc.text, m.start(), m.end(), hour_raw)
            and _verb_governs(sc.text, m.start(), m.end())
        ):
            continue  # "решают задачи три часа", "пять часов будут играть": a duration
        _add_hour(sc, parts, m, hour_raw, minute, part, "")
    for m in sc.find(_TIME_HOUR_PART):
        _add_hour(sc, parts, m, m.group(1), None, m.group(2), "")
    for m in sc.find(_NOON):
        closing = m.group("closing") or ""
        at = time(12) if m.group(2) == "полдень" else time(0)
        add_time(parts, TimeMention(at, closing, True, m.start()))  # placed: read in order
        if not closing:
            parts.midnight_word = parts.midnight_word or m.group(2) == "полночь"
        sc.take_match(m)


# the words of a clause next to a count of hours: a verb among them governs it
_CLAUSE_WORDS_BEFORE = re.compile(r"(?:[а-яё]+\s+){1,3}$")
_WORD_AFTER = re.compile(r"\s+([а-яё]+)")
_GOVERNING = frozenset({"VERB", "INFN", "GRND", "PRTS"})


# a date right before or after a count of hours: «12 декабря 18 часов», «18 часов 12 декабря»
_DATE_BEFORE = re.compile(r"\d{1,2}(?:\s+" + MONTH + r"|\.\d{1,2}(?:\.\d{2,4})?)[\s,]*$")
_DATE_AFTER = re.compile(r"[\s,]*\d{1,2}(?:\s+" + MONTH + r"|\.\d{1,2}(?!\d))")


def _only_a_clock(text: str, start: int, end: int, hour_raw: str) -> bool:
    """Whether a bare count of hours at `start`..`end` can only be a clock time of the day: a
    count above 12 («18 часов»: nobody's event lasts that long said so bare) or one right next to
    a date («12 декабря 10 часов», «10 часов 12 декабря»), whatever verb stands near it."""
    hour = number(hour_raw)
    if hour is not None and 12 < hour <= 24:
        return True
    return bool(
        _DATE_BEFORE.search(text[max(0, start - 30) : start].lower())
        or _DATE_AFTER.match(text[end : end + 30].lower())
    )


def _verb_governs(text: str, start: int, end: int) -> bool:
    """Whether a bare count of hours at `start`..`end` («три часа», «5 часов»: no «в», no part
    of the day) is governed by a verb, so tells how long something lasts (the accusative of
    duration: «участники готовятся три часа», «проведут в цехах два часа», «пять часов будут
    играть»): a finite verb, infinitive, gerund or short participle (pymorphy3's first reading)
    among the up to three words before it in its clause, or the word right after it. A clock
    time said without «в» is never a verb's object («Сбор: 12 марта, 15 часов»)."""
    before = _CLAUSE_WORDS_BEFORE.search(text[max(0, start - 60) : start].lower())
    words = before.group().split() if before else []
    after = _WORD_AFTER.match(text[end : end + 30].lower())
    if after is not None:
        words.append(after.group(1))
    for word in words:
        found = parses(word)
        if found and found[0].tag.POS in _GOVERNING:
            return True
    return False


# the lemmas of the verbs whose «в N дня» tells how many days the event takes (pymorphy3)
_LASTING = frozenset(
    {"пройти", "проходить", "проводиться", "провести", "проводить", "продлиться", "длиться"}
)
_WORD_BEFORE = re.compile(r"([а-яё]+)\s+$")


def _days_counted(text: str, m: re.Match[str]) -> bool:
    """Whether «в 2–4 дня» read as a clock (no «час», no minutes) is a count of days: the
    genitive singular «дня» agrees with 2–4 as a count does, and a verb of taking place or
    lasting right before it («пройдут в два дня», «олимпиада будет проходить в три дня»,
    «продлится в 2 дня») governs it as the days the event takes. After a verb of starting
    («начнётся в два дня») or with «часа» («в два часа дня») it stays a clock."""
    if "ч" in text[m.start(2) : m.end()].replace("дня", ""):
        return False  # «в два часа дня», «в 2 ч. дня»
    if number(m.group(2)) not in (2, 3, 4):
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    found = parses(before.group(1)) if before else []
    return bool(found) and found[0].tag.POS in _GOVERNING and found[0].normal_form in _LASTING


def _bare_hours_in_words(text: str, start: int, hour_raw: str) -> bool:
    """Whether a count of hours at `start`, with no preposition before it (the unit rule reads
    none) and no part of the day, is written in words («четыре часа», «пять часов») and is not
    an hour only a clock can be (_only_a_clock: above 12, beside a date) nor a start's clock
    named before it (_START_LABEL: «Начало — десять часов»). Russian names a clock of the day
    in words with «в», «к», «с», «до» («в четыре часа»); a bare count in words is a length:
    «(четыре часа – время теоретического тура)», «Время тура — пять часов»."""
    if hour_raw.isdigit():
        return False
    end = start + len(hour_raw)
    if _only_a_clock(text, start, end, hour_raw):
        return False
    return _START_LABEL.search(text, max(0, start - 30), start) is None


def _small(hour_raw: str) -> bool:
    """An hour count too small to be a clock time said without "утра/дня" (1–7)."""
    hour = number(hour_raw)
    return hour is not None and hour < 8


def _add_hour(
    sc: Scanner,
    parts: TemporalParts,
    m: re.Match[str],
    hour_raw: str,
    minute: str | None,
    part: str | None,
    prefix: str,
) -> None:
    hour = number(hour_raw)
    if hour is None or hour != int(hour):
        return
    at = clock_time(int(hour), int(minute or 0), part, minute is not None)
    if at is not None:
        day_end = int(hour) == 24  # "в 24 часа": the midnight closing the day, as "в 24:00"
        if not _limit_clock(sc.text, m.start(), prefix):
            add_time(parts, TimeMention(at, prefix, minute is not None, m.start(), day_end))
        sc.take_match(m)


# a day a limit runs to, right before a clock's «до»: «до 10 декабря до 17 часов», «по 30
# апреля 2027 года (до 17.00)», «до 10.12 до 18:00»
_LIMIT_DAY_BEFORE = re.compile(
    rf"\b(?:до|по)\s+\d{{1,2}}(?:\s+{MONTH}|\.\d{{1,2}})(?:\.?\s*\d{{2,4}}\s*(?:г\b\.?|года)?)?"
    r"[\s,(]*$"
)


def _limit_clock(text: str, pos: int, prefix: str) -> bool:
    """Whether a clock after «до» at `pos` closes a limit's day written right before it
    («Приём заявок до 10 декабря до 17 часов»: the deadline's hour), never the event's end."""
    return prefix == "до" and _LIMIT_DAY_BEFORE.search(text, max(0, pos - 40), pos) is not None


def _word_hour_ok(m: re.Match[str], group: int) -> bool:
    """A number word is an hour only when nothing but an hour word can follow it."""
    if m.group(group).isdigit():
        return True
    tail = m.string[m.end() :].lstrip()
    return m.end(group) != m.end() or not tail or tail[0] in ",.!?;)"


END_PREFIXES = ("до", "окончание", "конец", "завершение", "возвращение")
# words that end the whole event ("Праздник продлится до 19.00", "Завершится фестиваль в 14.00")
FINAL_END_STEMS = ("заверш", "законч", "окончит", "продл", "продолж", "закрыт")


def add_time(parts: TemporalParts, mention: TimeMention) -> None:
    """Record a clock time read in the text (the school's local time, no date): a closing word
    ("завершится", "продлится") sets the final end, an end prefix ("до", "окончание") after a
    start sets the end; every mention is kept, in reading order, in `parts.times`. Also used by
    the rules of spoken_times.py and spoken_clock.py."""
    if parts.times is None:
        parts.times = []
    if mention.prefix.startswith(FINAL_END_STEMS):
        parts.final_end = parts.final_end or mention.at
        mention = TimeMention(mention.at, "окончание", mention.minute_given, mention.pos)
    elif mention.prefix in END_PREFIXES and parts.start_time is not None:
        parts.end_time = parts.end_time or mention.at
    parts.times.append(mention)


def _prefix(raw: str | None) -> str:
    if not raw:
        return ""
    return raw.split()[0]


# "после 6 урока", "до седьмого урока", "на 3-м уроке", "после уроков": a time the school's
# bell schedule decides, never a clock hour ("после 6" alone would read as 18:00)
# a lesson's number is one of a school day's (at most 10): «34 пары учреждений», «12 уроков
# мужества» count couples and lessons, they name no lesson of the day (asks83)
# the lessons may be two, listed or a span: «2 и 3 уроком», «на 2-3 уроках», «5, 6 урок», «с 3
# по 5 урок»; a break named by the bells: «на большой перемене», «в большую перемену», «на
# перемене после 2 урока» (files74; «на перемене» alone names no break and is no time)
LESSON_NUMBER = (
    r"(?:(?<!\d)(?:10|0?[1-9])(?!\d)|перв|втор|трет|четверт|пят|шест|седьм|восьм|девят)"
    r"(?:-?[а-я]{0,3})?"
)
_LESSON = re.compile(
    r"\b(?:(?:после|до|перед|на|с|со|во\s+время)\s+)?"
    rf"(?:{LESSON_NUMBER}\s*(?:,|и|или|[-–—]|по\s)\s*)?{LESSON_NUMBER}"
    r"\s+(?:урок[а-я]*|пар[аеыу])(?![а-я])"
    r"|\b(?:после|до)\s+уроков(?![а-я])"
    r"|\b(?:на|во?)\s+больш(?:ой|ую)\s+перемен[уеа](?![а-я])"
    rf"|\b(?:на|во?)\s+перемен[уеа]\s+(?:после|перед)\s+{LESSON_NUMBER}\s+урок[а-я]*(?![а-я])"
)
gate(_LESSON, re.compile("урок|пар|перемен"))


_AFTER_ALL_LESSONS = re.compile(r"после\s+(?:всех\s+)?уроков[\s.]*")


def lesson_clock(text: str) -> str | None:
    """What a text given by lessons alone says (a plan file's time cell): "after_lessons"
    for «после уроков» (the day's last lesson: the school calendar's lessons' end),
    "lesson_time" for a lesson named otherwise («после 6 урока», «на 7 уроке», «до уроков»:
    the bell schedule decides), None when it names no lesson."""
    folded = " ".join(text.casefold().split())
    if _AFTER_ALL_LESSONS.fullmatch(folded):
        return "after_lessons"
    return "lesson_time" if _LESSON.search(folded) else None


def lesson_phrases(text: str) -> list[str]:
    """The lesson phrases a text names («после 6 урока», «на 3-м уроке»), as written and
    folded, in order (files66: the bell schedule reads each)."""
    spaced = " ".join(text.split())
    folded = spaced.casefold()
    return [
        m.group()
        for m in _LESSON.finditer(folded)
        if len(folded) != len(spaced) or not _names_contest(spaced[m.start() : m.end()])
    ]


# «на Большой перемене»: the all-Russian contest «Большая перемена», named with its capital,
# not the school's long break (files74)
_CONTEST = re.compile(r"Больш")


def _names_contest(written: str) -> bool:
    """Whether a break phrase as written names the contest «Большая перемена»."""
    return _CONTEST.search(written) is not None


# «НА БОЛЬШОЙ ПЕРЕМЕНЕ» in capitals: no capital letter is left to tell the contest «Большая
# перемена» from the school's break (parse76, fix75)
_BREAK_IN_CAPITALS = re.compile(
    r"(?<![А-ЯЁа-яё])(?i:на|во?)\s+БОЛЬШ(?:ОЙ|УЮ)\s+ПЕРЕМЕН[УЕА](?![А-ЯЁа-яё])"
)


def break_in_capitals(text: str) -> bool:
    """Whether `text` (as written) names the long break in capitals («ФЛЕШМОБ НА БОЛЬШОЙ
    ПЕРЕМЕНЕ»): read as the school's break, though it may be the contest «Большая перемена»
    (a capital «Большой» alone names the contest: lessons_rule; doubt78)."""
    return _BREAK_IN_CAPITALS.search(text) is not None


# a clock the writer gives in digits («10:00», «в 10.10»; «12.12» alone is a date) or as hours
# after a preposition of the clock («с 8 часов 30 минут», «в 9 часов», «в час дня»: asks83)
_WRITTEN_CLOCK = re.compile(
    r"(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])|\bв\s+(?:[01]?\d|2[0-3])\.[0-5]\d\b"
    r"|\b(?:в|с|со|к)\s+(?:(?:[01]?\d|2[0-3])\s+час(?:а|ов)?|час\s+(?:дня|ночи))(?![а-яё])"
)
_SENTENCE_MARK = re.compile(r"[.!?\n](?=\s|$)")


def lessons_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A time given by a lesson: taken, with a `lesson_time` doubt (the bot asks the hour)
    unless the lesson's sentence writes a clock of its own («Наши ребята выступят на
    большой перемене 12 декабря в 10:00», all caps too: the writer told the hour, which the
    clock rules read; `lesson_clock`, not asked, so the bot can check it against the bells:
    parse77); «на Большой перемене» with its capital is the contest, left to the title.
    Adds the doubt "lesson_time" (or "lesson_clock"); the hour itself comes from the bells later
    (drafts.at_bells). Example: «Линейка на большой перемене» → doubts {"lesson_time"}; «после 3
    урока» likewise."""
    for m in sc.find(_LESSON):
        if len(sc.original) == len(sc.text) and _names_contest(sc.original[m.start() : m.end()]):
            continue
        if not _clocked_sentence(sc.text, m.start(), m.end()):
            parts.doubts.add("lesson_time")
        else:  # checked against the school's bells when it has them (drafts.at_bells)
            parts.doubts.add("lesson_clock")
        sc.take_match(m)


def _clocked_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding text[start:end] writes a clock outside it (_WRITTEN_CLOCK)."""
    marks = [x.end() for x in _SENTENCE_MARK.finditer(text, 0, start)]
    begin = marks[-1] if marks else 0
    stop = _SENTENCE_MARK.search(text, end)
    finish = stop.start() if stop else len(text)
    return any(not start <= c.start() < end for c in _WRITTEN_CLOCK.finditer(text, begin, finish))


# the word right before «днём», to tell the noun «день» in the instrumental from the adverb
_WORD_BEFORE_DAY = re.compile(r"([а-я]+)\s+$")
# verbs whose predicate stands in the instrumental: «стал Днём знаний», «определено днём
# выдачи аттестатов», «считать днём рождения школы»
_NAMING_VERBS = frozenset(
    {"стать", "считать", "являться", "определить", "объявить", "назвать", "сделать", "признать"}
)


def _day_noun(text: str, m: re.Match[str]) -> bool:
    """Whether the «днём» of `m` (_PART_OF_DAY) is the noun «день» in the instrumental, a day
    named, not the daytime: after «с» (the greeting «с Днём знаний», «с Днём учителя»), after
    an adjective of its own («женским днём», «дополнительным днём каникул») or after a verb
    whose predicate it is («определено днём выдачи аттестатов», «считать днём рождения»).
    The adverb stands alone: «Днём гости посетят …», «в субботу днём» (asks83)."""
    if m.group(1) != "днем":
        return False
    before = _WORD_BEFORE_DAY.search(text, max(0, m.start() - 30), m.start())
    if before is None:
        return False
    word = before.group(1)
    if word in ("с", "со"):
        return True
    found = parses(word)
    if not found:
        return False
    tag = found[0].tag
    if {"ADJF", "PRTF"} & set(tag.grammemes) and "ablt" in tag:
        return True
    return found[0].normal_form in _NAMING_VERBS


_PART_TAIL = 24  # enough text after a part of day to reach a clock beside it


def parts_of_day_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A part of the day with no clock of its own: «утром», «днём», «вечером», «ночью», «в обед»,
    «после обеда», «до обеда». Sets `parts.part_of_day` (the words, spaces collapsed; the first
    one wins), where it was written (`part_of_day_pos`, `part_of_day_end`) and the text right
    after it (`part_of_day_tail`, for a clock beside it: «вечером в 7» is 19:00). Example:
    «Встреча родителей вечером в 7» → part_of_day "вечером", tail " в 7"."""
    for m in sc.find(_PART_OF_DAY):
        if _day_noun(sc.text, m):
            continue
        if parts.part_of_day is None:
            parts.part_of_day, parts.part_of_day_pos = " ".join(m.group(1).split()), m.start()
            parts.part_of_day_tail = sc.text[m.end() : m.end() + _PART_TAIL]
            parts.part_of_day_end = m.end()
        sc.take_match(m)


# «в ночь на субботу», «в ночь с пятницы на субботу», «в ночное время»: the night, read as
# «ночью» of the day after «на» (the night that opens it); «с …» is taken with it, so that the
# day read is the one the night leads into. A night between dates («в ночь на 12 июля», «в ночь
# с 5 на 6 декабря») is a span of both days (date_ranges._NIGHT_BEFORE, _NIGHT_RANGE)
_NIGHT_INTO = with_first_scan(  # tried at «в» only
    re.compile(r"\bв\s+ноч(?:ь(?:\s+(?:с|со)\s+[а-я]+)?(?=\s+на\s+[а-я])|ное\s+время(?![а-я]))")
)
gate(_NIGHT_INTO, re.compile("ноч"))


def nights_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ "в ночь на субботу": the part of day «ночью» of the day named after it (the bot asks
    the hour, as for «в субботу ночью»); run before the day rules, which then read «на
    субботу» alone (never «с пятницы», the evening before); `night_into` then puts an
    evening clock on the day before («в ночь на субботу в 23:00» is Friday 23:00).
    Sets `part_of_day` "ночью", `night_into`, `night_weekday` (0 = Monday) and `night_span`.
    Example: «Дежурство в ночь на субботу» → part_of_day "ночью", night_weekday 5."""
    for m in sc.find(_NIGHT_INTO):
        if parts.part_of_day is None:
            parts.part_of_day, parts.part_of_day_pos = "ночью", m.start()
            parts.part_of_day_tail = sc.text[m.end() : m.end() + _PART_TAIL]
            parts.part_of_day_end = m.end()
        into = _NIGHT_DAY.match(sc.text, m.end())
        if into is not None and not parts.night_into:
            parts.night_into, parts.night_weekday = True, weekday_number(into.group(1))
            parts.night_span = (m.start(), into.end())
            parts.night_head = sc.text[max(0, m.start() - _NIGHT_CLOCK_GAP) : m.start()]
            parts.night_tail = sc.text[into.end() : into.end() + _NIGHT_CLOCK_GAP]
        sc.take_match(m)


_NIGHT_DAY = re.compile(rf"\s+на\s+({WEEKDAY})")  # the weekday the night leads into
_NIGHT_CLOCK_GAP = 24  # how far from the night phrase its own clock may stand


# "к вечеру", "до вечера", "до утра" alone: a deadline within a part of day. Never the end of
# a span ("с утра до вечера", "с 10 до вечера"), never beside a clock time (that reads the span)
_BY_PART_OF_DAY = re.compile(r"(?<!ближе\s)\b(к\s+вечеру|до\s+вечера|до\s+утра)(?![а-я])")
_SPAN_START = re.compile(r"\b(?:с|со|от)\s+(?:утра|обеда|\d)")


def deadline_parts_of_day_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ "сделать к вечеру": the part of day a deadline names. Only in `when` and queries: in a
    post ("ближе к вечеру — дискотека") such a phrase times one item of the programme.
    Sets `parts.part_of_day` («к вечеру», «до вечера», «до утра»). Example: «сделать к
    вечеру» → part_of_day "к вечеру"."""
    if parts.part_of_day is None and not parts.times and not _SPAN_START.search(sc.text):
        for m in sc.find(_BY_PART_OF_DAY):
            parts.part_of_day = " ".join(m.group(1).split())
            sc.take_match(m)
            break


def clock_time(hour: int, minute: int, part: str | None, minute_given: bool) -> time | None:
    """A wall-clock time from an hour as written.

    With "утра/дня/вечера/ночи" the part of day decides; "HH:MM" is a 24-hour time;
    a bare hour 1–7 means afternoon ("в 3" = 15:00). "24:00" is midnight; "24:10" is no time.
    """
    if hour == 24 and minute == 0:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    if (part in ("дня", "пополудни") and 1 <= hour <= 7) or (part == "вечера" and hour < 12):
        hour += 12
    elif part == "ночи" and hour >= 9:
        hour = (hour + 12) % 24
    elif part is None and not minute_given and 1 <= hour <= 7:
        hour += 12
    return time(hour % 24, minute)


# a literal each of these patterns needs: a post without it skips the pattern's search
gate(_ALL_DAY, re.compile("ден|дня"))
gate(_ALL_DAY, re.compile("весь|целый|течени"))  # one post in twenty has one of them
# the dash between two numbers with spaces around it ("10:00 - 11:30", "с 10 - 12"), or a
# clock's minutes before a dash and a digit after it ("9:30-11"): one post in twenty or
# thirty has them; each gate is searched once per text from the dash (gate_probe.py)
# (read from the dash back: its literal opens the search, several times cheaper than from every
# digit; two spaces or more before it held: speedgate41)
_SPACED_DASH = re.compile(r"-(?:(?<=\d\s-)|(?<=\s\s-))\s++\d")
gate(_TIME_RANGE_SPACED, _SPACED_DASH)
gate(_HOURS_SPACED, _SPACED_DASH)
gate(  # "[:.][0-5]\d\s*-\s*\d" read from the dash back (speedgate41)
    _TIME_RANGE_TO_HOUR,
    re.compile(r"-(?:(?<=[:.][0-5]\d-)|(?<=[:.][0-5]\d\s-)|(?<=\s\s-))\s*+\d"),
)
# two hours hyphened after a space (the preposition's), no digit, dot or colon after the second
# ("2025-2026", "10-00." are none), read from the hyphen (its literal opens the search, ~12
# times cheaper than from every digit): one post in eight (speedgate41)
gate(_HOURS_HYPHENED, re.compile(r"-(?:(?<=\s\d-)|(?<=\s\d\d-))\d\d?(?![\d.:\-])"))
# a bound's end (a clock's minutes, the hour's or minutes' word), the dash or «до», and the next
# bound's start (an hour with its word or a clock): one post in nine (speedgate41)
gate(
    _HOUR_MINUTE_SPAN,
    re.compile(r"(?:[:.]\d\d|ч|час(?:а|ов)?|мин\w*)\.?\s*(?:-|до)\s*\d\d?(?:\s*ч|[:.]\d)"),
)
gate(_NOON, re.compile("пол"))
# what the hour's unit or the range's dash needs: "час"/"ч" closing a word, "- 15 ч", "ч 30"
gate(_TIME_HOUR_UNIT, re.compile(rf"ч(?:ас(?:а|ов)?(?:(?![а-я])|{PART})|\b)"))
gate(_TIME_RANGE_HOURS, re.compile(r"-\s*\d\d?\s*ч"))
gate(_TIME_CH, re.compile(r"ч\s*[0-5]\d"))
gate(_DURATION_PLAIN, re.compile(r"(?:\d|полтор[аы])\s*(?:час|ч\b|мин)"))
# a clock time ("15:00", "9.30") is in every match: the prefix ("завершится в") comes at most
# 40 characters before it, the rest (a second clock, "вечера") at most 50 after it
_CLOCK_ANCHOR = re.compile(r"\d[:.\-][0-5]\d")
anchor(_TIME_CLOCK, _CLOCK_ANCHOR, 40, 30)
anchor(_TIME_RANGE_CLOCK, _CLOCK_ANCHOR, 10, 50)
