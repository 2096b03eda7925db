"""Several announced starts in a long post: which clock is the event's is asked, not guessed.

A post may announce different starts for the event's day ("Начало работы площадки: 11:00.
Начало диктанта: 12:00.", "Начало экскурсии – в 15.00 … (начало в 16.30, сразу после
экскурсии)"). The parser keeps one of them as the start; `other_starts` finds the others, so
the bot offers them as buttons beside the pick (the doubt `several_times`,
bot/core/language/doubts.py) instead of saving a guess. A start offered as alternatives
("в 11:30 или в 12:30") is a series of sessions (issue 10), not a doubt.

Chosen by the doubt-signal measurement of the sixth round (benchmarks/doubt_signals.py,
tests/data/README.md): over 543 real posts this sign flagged 2 of the 6 silent wrong starts
and 1 of 520 right starts.

`side_matter` (the twelfth round, benchmarks/doubt_transfer.py): the sentence the parser took
as the event's speaks of a side matter — sign-up, applications, a deadline, results, awards,
or something already over — so another day ahead the post names may be the event's own; the
bot offers those days beside the pick (`several_dates`) instead of saving the pick silently.
Measured leave-one-set-out on the sets as the parser of their release read them (before
anyone tuned on them): it caught 3 of their 33 silent wrong starts, in 3 of 4 sets, for 1
needless ask of 215 right starts; on today's parser it asks 5 of 775 right starts more.

`after_preparation` (the tenth round, starts13): the start's clock opens a slot whose words
are a preparatory step ("18:30 – 19:00 Регистрация и сбор участников", "10:00 — заезд
команд") and a later clock follows: the desk's time or the event's? The bot offers the next
clock beside the pick (`several_times`). Measured like side_matter (benchmarks/doubt_transfer.py
`--first-sight`, eval6–eval10 each read by the parser of its release and held out in turn):
3 silent wrong starts caught in 3 sets for 1 needless ask of 274 right starts.

`end_elsewhere` (the twenty-first round, doubts21): a timed one-day draft whose end's clock is
written neither in the event's sentence nor in its block (the undated sentences after it) —
a range or a clock of another part of the post, of a programme's slot, of the next row of a
table — while no sentence holding that clock names a closing («в 16.00 – закрытие
соревнований», read on purpose by closing_time.py): the bot asks the time (`end_elsewhere`,
a time doubt) instead of saving a guessed end. Measured with benchmarks/doubt_transfer.py
`--first-sight` (eval6–eval17, each read by the parser of its last held-out run and held out
in turn): see tests/data/README.md, twenty-first round.

`named_span` (the twenty-second round, span22): a one-day draft, or a daily series at a
clock written elsewhere, while the event's sentence names a span of days («С 27 по 29
апреля … соревнования "Белая ладья"» and «Судейская коллегия … 27 апреля … в 13-00»): the
event of the whole span, or one day of it (every day at that clock)? The bot offers both
(the doubt `span_cut`). Measured like end_elsewhere
(benchmarks/doubt_transfer.py `--first-sight`): see tests/data/README.md, twenty-second round.

`stamp_clock` (doubt41): a timed start whose clock is written only in the post's head, on a
news page's publication line («20.11.2026 (12:40)», «12:40 / 20.11.2026») that stamps.py did
not take: the moment the item was put up, so the time is asked (the doubt `stamp_time`).
Measured like end_elsewhere: 6 silent wrong starts caught out of fold in 4 of the 12 sets for
0 needless asks of 607 right starts (tests/data/doubt41.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from itertools import takewhile

from bot.core.language.asked_event import lemma
from bot.core.language.calendar import WEEKDAY_PLURAL, weekday_number
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.lowered import finditer_span
from bot.core.language.post_dates import DATE_ANY, date_of, first_day_of, span_of
from bot.core.language.prefilter import may_match
from bot.core.language.sentences import IN_SENTENCE_NO_DIGIT
from bot.core.language.side_events import tells_other_event
from bot.core.language.title_words import KIND, kind_key
from bot.core.language.tokens import gate

_H = r"(?:[01]?\d|2[0-3])"
# "начало … 12:00", "начнётся в 12:00", "Начало Географического диктанта: 12:00"
_ANNOUNCED = compile_with_scan(
    rf"\b(?:начал\w*|начн[её]тся|начинает\w*)(?P<what>{IN_SENTENCE_NO_DIGIT}{{0,40}}?)"
    rf"\b(?P<h>{_H})[:.](?P<m>[0-5]\d)\b"
)
# the start of a preparatory step, not of the event: "начало регистрации в 9:30"
_PREPARATION = re.compile(r"^\s*(?:регистрац|при[её]м|выдач|запис|заезд|сбор)")
gate(_ANNOUNCED, re.compile(r"нач"))

MAX_OTHERS = 3  # other clocks offered beside the pick

_CLOCK_AT = compile_with_scan(rf"\b(?P<h>{_H})[:.](?P<m>[0-5]\d)\b")
# the words of a slot right after its clock (a range's second clock skipped): a preparatory step
_SLOT_END = re.compile(rf"\A\s*[-–—]\s*{_H}[:.][0-5]\d")
# (on the clock's line after a dash or a colon, or alone on the next line under a line of
# clocks); "… в 10:45. Первый заезд стартует в 11:00" is no slot: a sentence ends between
_PREPARATORY_SLOT = re.compile(
    r"\A(?:[ \t]*[-–—:][ \t]*|[ \t]*\n\s*)(?:[а-яё]+\s+)?(?:регистрац|сбор\b|сбор\s|заезд"
    r"|прибыти|встреча\s+(?:участник|гост)|приветственн\w*\s+кофе|кофе"
    # lining the participants up or sorting them into their start pens (starts19)
    r"|построени\w*\s+участник|распределени\w*\s+участник"
    # a sports contest's formalities before its start: the weigh-in, the medical check, the
    # credentials' commission (doubt64)
    r"|взвешивани|медицинск\w*\s+осмотр|медосмотр|мандатн)"
)
# a programme's slot: its clock opens its line ("10:00 – 10:30 Регистрация", "- 9.30 сбор"),
# or only the slot's day stands before it ("25 ноября 08:00-09:00 – взвешивание", doubt64)
_LINE_OPENING = re.compile(r"(?:\A|\n)[ \t•*·-]*(?:\d{1,2}\s+[а-я]+\s+)?\Z")
_OPENING_REACH = 24  # characters before a clock read for its line's opening
_SLOT_REACH = 160  # characters after the clock where the slot's words are looked for
_NEXT_REACH = 400  # characters after the clock where a later clock is looked for

# a side matter of an event rather than the event: registration, applications, accepting
# documents, "вчера", a past verb, a time limit ("срок"), results, awards
_SIDE_MATTER = re.compile(
    r"регистрац|заявк|при[её]м\w*\s+документ|вчера|состоял|прош[её]л|срок|итог|награжд"
)


def side_matter(sentence: str) -> bool:
    """Whether `sentence` (normalised, lower-case) speaks of registration, applications,
    documents' intake, a time limit, results, awards or the past ("Награждение победителей
    состоится 11 декабря", "Регистрация команд продлится до …", "Вчера прошёл …"): a
    sentence whose date may be a side matter's, not the event's own. A word test only: the
    caller decides what follows (post.prepare_post offers the post's other days ahead)."""
    return _SIDE_MATTER.search(sentence) is not None


def other_starts(text: str, start: datetime) -> list[datetime]:
    """The other announced starts of the day of `start` (naive school-local time) in the
    post `text` (normalised, lower-case): the clocks of two or more "начало … HH:MM" (or
    "начнётся в HH:MM") that differ, when the start's own clock is one of them. Empty when
    it is not, or when every announced start is the same clock; a preparatory step's start
    ("начало регистрации в 9:30") is not counted."""
    if "нач" not in text:
        return []
    clocks = [
        (int(m.group("h")), int(m.group("m")))
        for m in _ANNOUNCED.finditer(text)
        if not _PREPARATION.match(m.group("what"))
    ]
    own = (start.hour, start.minute)
    others = [c for c in dict.fromkeys(clocks) if c != own]
    if own not in clocks or not others:
        return []
    return [datetime.combine(start.date(), time(*c)) for c in others[:MAX_OTHERS]]


def after_preparation(text: str, start: datetime) -> list[datetime]:
    """The next later clock of the post `text` (normalised, lower-case) after a programme
    slot (a line opening with a clock) that the start's clock opens with a preparatory step
    ("18:30 – 19:00 ⏎ Регистрация и сбор участников ⏎ 19:00 – 19:20 ⏎ Официальное открытие"
    → [19:00]), on the start's day; empty when the start's clock opens no such slot or no
    later clock follows."""
    own = (start.hour, start.minute)
    for m in _CLOCK_AT.finditer(text):
        if (int(m.group("h")), int(m.group("m"))) != own:
            continue
        if not _LINE_OPENING.search(text[max(0, m.start() - _OPENING_REACH) : m.start()]):
            continue
        rest = text[m.end() : m.end() + _SLOT_REACH]
        skipped = _SLOT_END.match(rest)
        if not _PREPARATORY_SLOT.match(rest[skipped.end() :] if skipped else rest):
            continue
        after = m.end() + (skipped.end() if skipped else 0)  # past the slot's own end
        for later in _CLOCK_AT.finditer(text, after, after + _NEXT_REACH):
            clock = (int(later.group("h")), int(later.group("m")))
            if clock > own:
                return [datetime.combine(start.date(), time(*clock))]
    return []


# a clock as benchmarks/doubt_signals.py reads one: «14:00», «14.00», «14 ч», «14 часов»
_ANY_CLOCK = compile_with_scan(rf"\b({_H})[:.]([0-5]\d)\b|\b({_H})\s*(?:ч\b|час)")
# a closing of the event in the end's sentence: an end read on purpose (closing_time.py)
_CLOSING = re.compile(r"закры|заверш|оконч|заканч|финиш")
BLOCK_SENTENCES = 3  # post._BLOCK_SENTENCES: undated sentences after a dated one in its block


# a bare hour closing a range («с 10 до 13», «до 6 вечера»): its hour, or its hour after noon
# (never «до 14 декабря»: a day)
_UNTIL_HOUR = compile_with_scan(
    rf"\bдо\s+({_H})(?=\s*(?:ч\b|час|вечера|утра|дня|ночи|[,;)!?\n]|\.(?!\d)|\Z))"
)


def _clocks_in(text: str, begin: int, end: int, *, until: bool = False) -> set[tuple[int, int]]:
    """The clocks (hour, minute) written in `text[begin:end]`; with `until`, also a bare
    hour closing a range, as itself and as the hour after noon («до 6 вечера»: 6:00, 18:00)."""
    found = set()
    for m in _ANY_CLOCK.finditer(text, begin, end):
        found.add((int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), 0))
    for m in _UNTIL_HOUR.finditer(text, begin, end) if until else ():
        hour = int(m.group(1))
        found |= {(hour, 0), (hour + 12, 0)} if hour < 12 else {(hour, 0)}
    return found


def event_block(
    text: str, sentences: list[tuple[int, int]], event: tuple[int, int]
) -> tuple[int, int]:
    """The event's block in `text`: its sentence `event` and the undated sentences after it,
    at most BLOCK_SENTENCES of them, up to the next dated one (as post._blocks reads it;
    `sentences`: the post's sentence spans, post.PostFacts.sentences)."""
    begin, end = event
    at = next((i for i, (b, _) in enumerate(sentences) if b == begin), None)
    if at is None:
        return event
    for b, e in sentences[at + 1 : at + 1 + BLOCK_SENTENCES]:
        if DATE_ANY.search(text, b, e) is not None:
            break
        end = e
    return begin, end


def _own_block(
    text: str, sentences: list[tuple[int, int]], event: tuple[int, int]
) -> tuple[int, int]:
    """The event's block (event_block) up to the first sentence after the event's that tells
    an event of its own (side_events.tells_other_event: «… пройдёт субботник. В парке с 10:00
    до 13:00 пройдёт мастер-класс»): that sentence's clocks are the side event's (parse72)."""
    begin, end = event_block(text, sentences, event)
    for b, e in sentences:
        if event[1] < b <= end and tells_other_event(text, (b, e), event):
            return begin, max(e2 for _, e2 in sentences if e2 < b)
    return begin, end


# a length of the event or of its part: «продлится 2 часа», «продолжительность 1 ч 15 мин»
_LENGTH = compile_with_scan(r"\d\s*(?:мин|ч\b|час)|продолж|продлит|длит")


def end_elsewhere(
    text: str,
    sentences: list[tuple[int, int]],
    event: tuple[int, int],
    start: datetime,
    end: datetime,
    *,
    moscow_time: bool = False,
) -> bool:
    """Whether the timed one-day draft `start`–`end` (naive, the post's clocks) took its end
    from outside the event's block: the end's clock is not written in the event's sentence
    `event` and the undated sentences after it (event_block; a bare hour closing a range, «с
    10 до 13», counts) of the post `text` (normalised, lower-case; `sentences` its sentence
    spans), and no sentence holding that clock names a closing («в 16.00 – церемония
    награждения и закрытие»). An end written nowhere in the post while the post names a
    length («продлится 2 часа») or gives Moscow time (`moscow_time`: the clocks were moved to
    the school's zone) is computed, not taken from elsewhere: not doubted. An end on another
    day is not judged (a span of days)."""
    if end.date() != start.date():
        return False
    own = (end.hour, end.minute)
    if own in _clocks_in(text, *_own_block(text, sentences, event), until=True):
        return False
    if own not in _clocks_in(text, 0, len(text)) and (moscow_time or _LENGTH.search(text)):
        return False
    return not any(
        own in _clocks_in(text, b, e) and _CLOSING.search(text, b, e) for b, e in sentences
    )


# an hour named by its part of the day: «с 9 утра до 6 вечера» (9:00, 18:00)
_HOUR_OF_DAY = compile_with_scan(rf"\b({_H})\s*(?:ч(?:ас\w*)?\.?\s*)?(утра|дня|вечера|ночи)\b")


def hours_of_day(text: str, begin: int, end: int) -> set[tuple[int, int]]:
    """The clocks (hour, minute) that `text[begin:end]` names by an hour and its part of the
    day («9 утра», «6 вечера», «3 часа дня»: 9:00, 18:00, 15:00)."""
    found: set[tuple[int, int]] = set()
    if not may_match(_HOUR_OF_DAY, text, begin, end):  # most spans name no part of the day
        return found
    for m in _HOUR_OF_DAY.finditer(text, begin, end):
        hour = int(m.group(1))
        later = (
            m.group(2) in ("вечера", "дня") and hour < 12 and not (m.group(2) == "дня" and hour > 5)
        )
        found.add((hour + 12 if later else hour, 0))
    return found


# a move of the event («принял решение перенести проведение …»): the span its sentence names
# is the old plan's (postponed.py reads the moves)
_MOVE = re.compile(r"\b(?:перенос|перенес|передвига|сдвига|сдвинут)")


def named_span(
    text: str,
    event: tuple[int, int],
    now: datetime,
    *,
    clock: tuple[int, int] | None = None,
    day: date | None = None,
) -> tuple[date, date] | None:
    """The span of days (first, last; first < last, school-local dates) that the event's
    sentence `event` of the normalised post `text` names («с 26 по 29 марта», «14-15
    сентября», «10 и 11 сентября»), read as post_dates.span_of reads it; None when it names
    one day. With `clock` (hour, minute: the start of a daily series over the span), None
    too when the sentence writes that clock («12-13 декабря с 10:00 до 14:00», «14-15
    сентября с 9 утра до 6 вечера»: every day at it, as written); with `day` (the draft's),
    None when the sentence tells of a move and `day` is outside the span («… 20-21 декабря …
    принял решение перенести …»: the old days). `now`: the post's reading time (naive). The
    sentences before the event's were measured too and cost more needless asks than they
    catch (tests/data/README.md, twenty-second round)."""
    kept = list(DATE_ANY.finditer(text, *event))
    if not kept:
        return None
    first, last = span_of(text, kept, now)
    if first is None or last is None or last <= first:
        return None
    if clock is not None and clock in _clocks_in(text, *event) | hours_of_day(text, *event):
        return None
    if day is not None and not first <= day <= last and _MOVE.search(text, *event):
        return None
    return first, last


def enclosing_span(
    text: str,
    sentences: list[tuple[int, int]],
    event: tuple[int, int],
    day: date,
    now: datetime,
) -> tuple[date, date] | None:
    """The span of days (first, last; school-local dates) that a sentence before the event's
    sentence `event` names, when the draft's one `day` lies inside it after its first day
    («Соревнования состоятся с 25 по 29 марта. … 29 марта в 12:00 … состоится матч по
    мини-футболу»; «с 1 по 30 ноября … месячник …» and an action on 14 November): the whole
    span or that one day? (the doubt `span_cut`, both offered). The first of such sentences
    counts; None when none does. A day on the span's first day is left alone: the span's
    start read with a clock of its opening is the common right reading (the sentences before
    were measured for it by the twenty-second round and cost more asks than they caught).
    `sentences`: the post's (begin, end) offsets in `text`, the normalised post; `now`: the
    post's reading time (naive). Measured on the tuned sets (dates28, tests/data/dates28.md):
    2 silent wrong starts flagged, 2 right starts of 1,303 asked more."""
    for begin, end in sentences:
        if begin >= event[0]:
            break
        kept = list(DATE_ANY.finditer(text, begin, end))
        if not kept:
            continue
        first, last = span_of(text, kept, now)
        if first is not None and last is not None and first < day <= last:
            return first, last
    return None


# the opening of a thing that lasts: «открытие выставки», «выставка откроется», «откроют турнир»
# (never «открытый урок»: an open lesson is an event of its own)
_OPENING = compile_with_scan(r"\b(?:открыти\w*|откро\w*|открыва\w*)")
# a thing open over its span, visited any day of it: «будет работать выставка», «выставка
# открыта», «экспозиция действует» (a rally or a contest «пройдёт с 10 по 12 декабря» is held:
# its opening's clock stays its start, tests/unit/test_post_start_choice11.py)
_RUNNING = re.compile(
    r"\b(?:работа(?:ет|ют|ть)|работал\w*|действу(?:ет|ют)|открыт[аоы]|экспонир\w*)\b"
)


def opened_span(
    text: str,
    sentences: list[tuple[int, int]],
    event: tuple[int, int],
    day: date,
    now: datetime,
) -> tuple[date, date] | None:
    """The span of days (first, last; school-local dates) a sentence before the event's
    sentence `event` names when that sentence tells of an opening on the span's first day
    `day` («С 18 ноября 2024 г. по 5 января 2025 … будет работать выставка …» and «Торжественное
    открытие выставки состоится 18 ноября в 15.00»): the event is the span, its opening a
    moment of it (doubt40). None when the event's sentence tells no opening, or no earlier
    sentence names a span starting on `day`, or that sentence names no thing open over its
    span (_RUNNING: «будет работать», «открыта»; a rally «пройдёт с 10 по 12 декабря» keeps its
    opening's clock). `text`: the normalised post; `sentences` its (begin, end) offsets;
    `now`: the post's reading time (naive)."""
    if _OPENING.search(text, *event) is None:
        return None
    return earlier_span_from(text, sentences, event, day, now, running=True)


def earlier_span_from(
    text: str,
    sentences: list[tuple[int, int]],
    event: tuple[int, int],
    day: date,
    now: datetime,
    *,
    running: bool = False,
) -> tuple[date, date] | None:
    """The span of days (first, last; school-local dates) the first sentence before the
    event's sentence `event` names that begins on `day` («29 и 30 мая … пройдёт Чемпионат» for
    a parade on 29 May); with `running`, only a sentence naming a thing open over its span
    (_RUNNING). None when none does. `text`: the normalised post; `sentences` its (begin,
    end) offsets; `now`: the post's reading time (naive)."""
    before = takewhile(lambda sentence: sentence[0] < event[0], sentences)
    return _span_starting(text, before, day, now, running=running)


def starting_span(
    text: str,
    sentences: list[tuple[int, int]],
    event: tuple[int, int],
    day: date,
    now: datetime,
) -> tuple[date, date] | None:
    """The span of days (first, last; school-local dates) that a sentence other than the
    event's sentence `event` names beginning on the draft's one `day` («Областной конкурс
    чтецов стартует 4 сентября!» and «Заявки … принимаются с 4 сентября по 22 сентября»:
    the contest runs while the works come in, or is it the one day?), for the doubt
    `span_cut` (doubt40). The first such sentence counts; None when none does. `text`: the
    normalised post; `sentences` its (begin, end) offsets; `now`: the post's reading time
    (naive)."""
    others = (sentence for sentence in sentences if sentence != event)
    return _span_starting(text, others, day, now)


def _span_starting(
    text: str,
    sentences: Iterable[tuple[int, int]],
    day: date,
    now: datetime,
    *,
    running: bool = False,
) -> tuple[date, date] | None:
    """The span of days (first, last; school-local dates, first == `day` < last) the first
    of `sentences` ((begin, end) offsets in the normalised post `text`) naming a span that
    begins on `day` names; with `running`, only a sentence naming a thing open over its
    span (_RUNNING). None when none does. `now`: the post's reading time (naive). Shared by
    earlier_span_from and starting_span, which differ only in the sentences they read."""
    for begin, end in sentences:
        kept = list(DATE_ANY.finditer(text, begin, end))
        if not kept or (running and _RUNNING.search(text, begin, end) is None):
            continue
        first, last = span_of(text, kept, now)
        if first == day and last is not None and last > day:
            return first, last
    return None


# a line that is a day alone, a programme's day heading: «1 июля (пятница)», «2 июля, суббота:»,
# «Программа 15 декабря» never (words before the day)
_DAY_HEADING = re.compile(
    r"^[ \t]*(?:(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)[ \t,]+)?"
    r"(?P<day>\d{1,2}[ \t]+[а-яё]+|\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)"
    r"[ \t]*(?:г\.|года)?[ \t]*(?:\([а-яё]+\)|[,–—-][ \t]*[а-яё]+)?[ \t]*[:.]?[ \t]*$",
    re.MULTILINE,
)


def programme_days(text: str, day: date, now: datetime) -> tuple[date, date] | None:
    """The first and last day (school-local dates) of a programme laid out under day headings
    — lines holding a day alone («1 июля (пятница)» … «2 июля (суббота)») — when there are
    two or more different ones and the draft's one `day` is among them: the event of all the
    headed days, or that one day? (the doubt `span_cut`, doubt40). None otherwise. `text`:
    the normalised post (lower-case); `now`: the post's reading time (naive)."""
    days = set()
    for m in _DAY_HEADING.finditer(text):
        if DATE_ANY.fullmatch(m.group("day")) is None:
            continue
        found = date_of(m.group("day"), now)
        if found is not None:
            days.add(found)
    if len(days) < 2 or day not in days:
        return None
    return min(days), max(days)


# a stage or a round named by its adjective: «в региональном этапе», «Финальный тур»
_STAGE = re.compile(r"\b([а-яё]+)\s+(?:этап|тур)[а-яё]*\b")


def headline_stage(
    text: str,
    sentences: list[tuple[int, int]],
    event: tuple[int, int],
    day: date,
    now: datetime,
) -> date | None:
    """The first day of the stage the post's headline (its first sentence) names, when a
    later sentence opens with that stage and dates it on another day than the draft's `day`
    («Приглашаем … принять участие в региональном этапе слёта!» … «Школьный этап — с 20
    декабря по 31 января; … Региональный этап — с 1 по 3 марта»): the headline's stage or the
    pick? (the doubt `several_dates`, doubt40). None when the headline is the event's
    sentence, names no stage, or no such sentence dates it elsewhere. `text`: the normalised
    post (lower-case); `sentences` its (begin, end) offsets; `now`: the post's reading time
    (naive)."""
    if not sentences or sentences[0] == event:
        return None
    named = {lemma(m.group(1)) for m in _STAGE.finditer(text, *sentences[0])}
    if not named:
        return None
    for begin, end in sentences[1:]:
        opening = _STAGE.match(text, begin + len(text[begin:end]) - len(text[begin:end].lstrip()))
        if opening is None or lemma(opening.group(1)) not in named:
            continue
        kept = list(DATE_ANY.finditer(text, begin, end))
        first = span_of(text, kept, now)[0] if kept else None
        if first is not None and first != day:
            return first
    return None


# a programme's line opening with its clock or its slot («12.00 - 12.30 - совещание капитанов»)
_SLOT_LINE = re.compile(rf"\s*{_H}[:.][0-5]\d\s*(?:[-–—]\s*{_H}[:.][0-5]\d)?")
MIN_SLOT_LINES = 3  # lines opening with a clock that make a programme


def programme_start(text: str, start: datetime) -> bool:
    """Whether the timed draft's start clock (`start`, naive) is written in the post `text`
    (normalised) only at the head of programme lines («13.30 - 16.00 - ориентирование на
    местности»), the post having MIN_SLOT_LINES such lines or more: the clock of a slot, which
    may be a part's (the event's day may be whole, or its opening another slot's), so which
    is the event's is asked (doubt40, the doubt `several_times`). Measured by
    benchmarks/doubt_transfer.py `--first-sight` (family «start's clock only on programme
    lines», tests/data/doubt40.md)."""
    own = (start.hour, start.minute)
    lines = text.split("\n")
    if sum(_SLOT_LINE.match(line) is not None for line in lines) < MIN_SLOT_LINES:
        return False
    holding = [i for i, line in enumerate(lines) if own in _clocks_in(line, 0, len(line))]
    if not holding or not all(_SLOT_LINE.match(lines[i]) for i in holding):
        return False
    # a slot after the programme's first one: an earlier slot line opens the day before it
    return any(_SLOT_LINE.match(line) for line in lines[: holding[0]])


# a programme's line naming the event's own beginning at its clock: «09.00 - Начало
# олимпиады», «11:00 – начало соревнований;» (a bullet may open it)
_OPENING_ROW = re.compile(
    rf"[ \t]*(?:[-–—•*·][ \t]*)?({_H})[:.]([0-5]\d)[ \t]*[-–—][ \t]*начал[оа](?![а-яё])",
    re.IGNORECASE,
)


def opening_row_apart(text: str, start: datetime) -> bool:
    """Whether the post `text` (normalised) has a programme line opening with a clock and
    «начало» — «09.00 - Начало олимпиады» — at one clock, not the timed draft's start clock
    (`start`, naive): a programme names the beginning of the event itself on such a line,
    while registration, an opening ceremony or a briefing lead up to it, so a start read from
    another of its lines (the registration's end, the opening's slot) is asked (doubt78,
    the doubt `several_times`). Two such lines at different clocks (two days, two rounds)
    tell nothing."""
    found = set()
    for line in text.split("\n"):
        row = _OPENING_ROW.match(line)
        if row is not None:
            found.add((int(row.group(1)), int(row.group(2))))
    return len(found) == 1 and (start.hour, start.minute) not in found


# a clock, never a date's day and month («12.09.2018» is no 12:09); «16:20:59» read as 16:20
_STAMP_CLOCK = compile_with_scan(rf"(?<![\d.:])({_H})[:.]([0-5]\d)(?![.]\d)(?::[0-5]\d)?(?![\d:])")
# a line opening with a clock: a news page's time above or beside its headline («14:15 Спорт»);
# never a programme's slot opening with its range («12:00–15:00 — квест»)
_LINE_CLOCK = re.compile(rf"[ \t]*{_H}[:.][0-5]\d(?![.]\d)(?![ \t]*[-–—][ \t]*{_H}[:.][0-5]\d)")
STAMP_LINES = 4  # the post's head: its first non-empty lines, where a publication stamp sits


def stamp_clock(text: str, start: datetime, now: datetime) -> bool:
    """Whether the timed draft's start clock (`start`, naive) is written in the post `text`
    (normalised) only in its head — its first STAMP_LINES non-empty lines — before any line
    naming the start's day, on lines that open with the clock («12:40 / 20.11.2026», «14:15
    Спорт») or name only days not after the post's own day (`now`, naive: «20.11.2026
    (12:40)», «20 ноября, 12:40»): the moment the news item was put up, not the event's
    start, so the time is asked (doubt41, the doubt `stamp_time`). bot/core/language/
    stamps.py takes the stamps it knows before the temporal rules run; this asks about the
    rest. Measured by benchmarks/doubt_transfer.py `--first-sight` (family «start's clock
    only in the post's stamp», tests/data/doubt41.md)."""
    own, day = (start.hour, start.minute), start.date()
    lines = [line for line in text.split("\n") if line.strip()]
    holding = [i for i, line in enumerate(lines[:STAMP_LINES]) if own in _stamp_clocks(line)]
    if not holding or any(own in _stamp_clocks(line) for line in lines[holding[-1] + 1 :]):
        return False
    for i, line in enumerate(lines[: holding[-1] + 1]):
        days = {date_of(m.group(0), now) for m in DATE_ANY.finditer(line)} - {None}
        if day in days:
            return False
        published = bool(days) and all(d is not None and d <= now.date() for d in days)
        if i in holding and not (_LINE_CLOCK.match(line) or published):
            return False
    return True


def _stamp_clocks(line: str) -> set[tuple[int, int]]:
    """The clocks (hour, minute) `line` writes, a date's day and month never one."""
    return {(int(m.group(1)), int(m.group(2))) for m in _STAMP_CLOCK.finditer(line)}


# a word saying every day of a span («ежедневно», «каждый день», «по будням», «в будние дни»,
# «во все дни», «в оба дня»): a clock after it, or just before it, is a daily hour
_DAILY = compile_with_scan(
    r"(?<![а-яё])(?:ежедневн\w*|каждый\s+день|по\s+будн(?:ям|им\s+дням)|в\s+будни(?:е\s+дни)?"
    r"|по\s+рабочим\s+дням|во\s+все\s+дни|в\s+оба\s+дня)(?![а-яё])"
)
# a clock of a daily hour: «10:00», «с 10 до 15 ч», «в 11» (the clause's, never past its end)
# compiled with `re`'s first-character scan (first_scan.py: the same matches and groups): it
# opens with a look-behind and an alternation, which `re` otherwise tries at every character
# of every sentence it reads (61 -> 21 us over a long post)
_DAILY_CLOCK = compile_with_scan(
    rf"(?:(?<![\d.:])({_H})[:.]([0-5]\d)(?![.]\d)|(?:\bс|\bв|\bот|\bдо)\s+({_H})(?![\d:.]))"
)
_CLAUSE_END = re.compile(r"[.!?\n;]")
_DAILY_AFTER = 60  # characters after the daily word its hours are looked for in
_DAILY_BEFORE = 25  # «с 10 до 18 ежедневно»: characters before it
gate(_DAILY, re.compile(r"ежедн|кажд|будн|рабоч|все\s+дни|оба\s+дня"))


def has_daily_hours(text: str) -> bool:
    """Whether `text` (normalised, lower-case) writes any clock as a daily hour (see
    daily_clock: «экскурсии по будням в 10:00 и 12:00»)."""
    if not may_match(_DAILY, text):  # most posts name no every day
        return False
    for m in _DAILY.finditer(text):
        after = _CLAUSE_END.search(text, m.end())
        stop = min(after.start() if after else len(text), m.end() + _DAILY_AFTER)
        start = max(0, m.start() - _DAILY_BEFORE)
        before = [e.end() for e in _CLAUSE_END.finditer(text, start, m.start())]
        if _daily_clocks(text, before[-1] if before else start, stop):
            return True
    return False


def daily_clock(text: str, clock: tuple[int, int]) -> bool:
    """Whether `text` (normalised, lower-case) writes the `clock` (hour, minute) as a daily
    hour: in the clause of a word of every day («ежедневно с 10:00 до 15:00», «Начало игр
    ежедневно в 11:00», «по будням, в 10:00 и в 13:00», «с 10 до 18 ежедневно») — the hours of
    each day of a span, not one day's clock (starts42). A bare hour 1–7 («в 3») is also read
    in the afternoon."""
    if not may_match(_DAILY, text):  # most posts name no every day
        return False
    for m in _DAILY.finditer(text):
        after = _CLAUSE_END.search(text, m.end())
        stop = min(after.start() if after else len(text), m.end() + _DAILY_AFTER)
        start = max(0, m.start() - _DAILY_BEFORE)
        before = [e.end() for e in _CLAUSE_END.finditer(text, start, m.start())]
        start = before[-1] if before else start
        if clock in _daily_clocks(text, start, stop):
            return True
    return False


def _daily_clocks(text: str, begin: int, end: int) -> set[tuple[int, int]]:
    """The clocks (hour, minute) `text[begin:end]` writes, a bare hour after «с», «в», «от»,
    «до» included (1–7 also read in the afternoon)."""
    found: set[tuple[int, int]] = set()
    for m in _DAILY_CLOCK.finditer(text, begin, end):
        if m.group(1) is not None:
            found.add((int(m.group(1)), int(m.group(2))))
            continue
        hour = int(m.group(3))
        found.add((hour, 0))
        if 1 <= hour <= 7:
            found.add((hour + 12, 0))
    return found


SHORT_SLOT_MINUTES = 30  # a timed event this short is more likely one slot of a programme


# a range of two clocks: «10:00 – 10:15», «с 12:30 до 14:00» (a slot of a programme)
_CLOCK_RANGE = re.compile(
    rf"\b(?P<h>{_H})[:.](?P<m>[0-5]\d)\s*(?:[-–—]|до)\s*(?P<h2>{_H})[:.](?P<m2>[0-5]\d)\b"
)


def short_slot(
    text: str, start: datetime, end: datetime, event: tuple[int, int] | None = None
) -> bool:
    """Whether a timed one-day draft (`start`, `end` naive) lasts at most SHORT_SLOT_MINUTES
    and its end's clock is written in `text` (the normalised post) as one slot of a
    programme (an opening, a gathering) read as the whole event: «9:00–9:30 сбор участников»
    outside the event's sentence `event` ((begin, end) offsets), or «10:00 – 10:15 –
    церемония открытия» beside another range of clocks. A short range the event's own
    sentence writes with no other range in the post («Минута молчания пройдёт 9 декабря в
    11:00–11:05») is the event's time as written, whatever the message's length
    (fixparse47); an end computed from a length the post states («длится около 15 минут»)
    is never asked. Measured by benchmarks/doubt_transfer.py `--first-sight` (family «a
    timed end soon after the start», tests/data/starts47.md)."""
    minutes = (end - start).total_seconds() / 60
    if not 0 < minutes <= SHORT_SLOT_MINUTES or end.date() != start.date():
        return False
    clock = (end.hour, end.minute)
    if clock not in {(int(m.group("h")), int(m.group("m"))) for m in _CLOCK_AT.finditer(text)}:
        return False
    own = ((start.hour, start.minute), clock)
    ranges = [
        (m.start(), ((int(m["h"]), int(m["m"])), (int(m["h2"]), int(m["m2"]))))
        for m in _CLOCK_RANGE.finditer(text)
    ]
    if any(pair != own for _, pair in ranges):
        return True  # another slot: a programme of clocks
    return event is None or not any(event[0] <= at < event[1] for at, pair in ranges)


# a repeated weekday, the working days or a weekly repetition: «по средам и субботам», «каждую
# субботу», «по будням», «по выходным», «еженедельно» — a schedule, not one day
_WEEKLY = compile_with_scan(
    rf"(?<![а-яё])(?:по\s+(?:{WEEKDAY_PLURAL}(?:\s*(?:,|и)\s*{WEEKDAY_PLURAL})*"
    r"|выходным|будн(?:ям|им\s+дням)|рабочим\s+дням)"
    r"|кажд(?:ый|ую|ое)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|еженедельн\w*)(?![а-яё])"
)
gate(_WEEKLY, re.compile(r"по\s|кажд|еженед"))
# where a clause of a sentence ends: «;», or a comma before «а»/«но»/«однако»
_CLAUSE_BREAK = re.compile(r";|,\s*(?:а|но|однако)(?![а-яё])")
# a word inviting to or starting the event itself: its clause is the event's, not a schedule's
_EVENT_CUE = re.compile(
    r"(?<![а-яё])(?:приходи\w*|ждём|ждем|приглаша\w*|начал[оа]|начн\w*|старт\w*|сбор\w*)"
    r"(?![а-яё])"
)


def weekly_clock(
    text: str, sentences: list[tuple[int, int]], event: tuple[int, int], clock: tuple[int, int]
) -> frozenset[int] | None:
    """The weekdays (Monday 0; all seven when none is named: «еженедельно») of the weekly
    schedules the timed draft's start `clock` (hour, minute) is written in, when `text` (the
    normalised post, lower-case; `sentences` its (begin, end) offsets) writes that clock only
    outside the event's sentence `event`, in sentences naming a weekly schedule («По средам
    и субботам в 15:00 авторы проводят экскурсии», «приносить по будням с 8:30 до 15:00»):
    the hour of a repeated programme or of a desk's working days, not the one-off event's
    start (starts47). The clock is the schedule's only inside the schedule's own clause (a
    clause ends at «;» or a comma before «а»/«но»: «Приходите с 10:00, а по будням приём
    заявок с 9:00» keeps the event's 10:00, fixparse47). Where that is unsure — the clock's
    clause names no schedule and no start word of the event, or names both — all seven days
    are returned, so the caller asks and never drops the clock. None otherwise (no sentence
    writes the clock, one is the event's or names no schedule, or the clock's clause invites
    to or starts the event: «Ждём вас в 12:00, а по будням …»)."""
    holding = [(b, e) for b, e in sentences if clock in _daily_clocks(text, b, e)]
    if not holding:
        return None
    days: set[int] = set()
    for b, e in holding:
        if (b < event[1] and event[0] < e) or _WEEKLY.search(text, b, e) is None:
            return None
        for where in _clock_spots(text, b, e, clock):
            begin, end = _clause_of(text, b, e, where)
            schedules = list(_WEEKLY.finditer(text, begin, end))
            cued = _EVENT_CUE.search(text, begin, end) is not None
            if not schedules and cued:
                return None
            if not schedules or cued:
                days |= set(range(7))
                continue
            for m in schedules:
                days |= _schedule_days(m.group())
    return frozenset(days)


def _clock_spots(text: str, begin: int, end: int, clock: tuple[int, int]) -> list[int]:
    """The offsets in `text[begin:end]` where `clock` (hour, minute) is written."""
    return [
        m.start()
        for m in _DAILY_CLOCK.finditer(text, begin, end)
        if clock in _daily_clocks(text, m.start(), m.end())
    ]


def _clause_of(text: str, begin: int, end: int, where: int) -> tuple[int, int]:
    """The (begin, end) offsets of the clause of the sentence `text[begin:end]` that holds
    offset `where` (see _CLAUSE_BREAK)."""
    for m in _CLAUSE_BREAK.finditer(text, begin, end):
        if m.start() >= where:
            return begin, m.start()
        begin = m.end()
    return begin, end


def _schedule_days(schedule: str) -> set[int]:
    """The weekdays (Monday 0) a _WEEKLY match names: «по средам и субботам» {2, 5}, «по
    будням» Monday to Friday, «по выходным» {5, 6}, «еженедельно» all seven."""
    days: set[int] = set()
    for word in re.findall(r"[а-яё]+", schedule)[1:]:
        if word.startswith(("будн", "рабоч")):
            days |= set(range(5))
        elif word.startswith("выходн"):
            days |= {5, 6}
        elif word not in {"и", "дням"} and (day := weekday_number(word)) is not None:
            days.add(day)
    return days or set(range(7))


def foreign_clock(
    text: str,
    sentences: list[tuple[int, int]],
    clock: tuple[int, int],
    day: date,
    now: datetime,
) -> bool:
    """Whether every sentence of `text` (the normalised post; `sentences` its (begin, end)
    offsets) that writes `clock` (hour, minute) dates itself on other days than `day`
    («Также напоминаем о проведении 9 мая шествия …, сбор колонны — в 10:00» under an action
    «с 24 апреля по 9 мая»): the clock is that other day's, never the span's (starts42).
    False when no sentence writes the clock, or one writes it undated or on `day`. `now`: the
    post's reading time (naive)."""
    holding = [(b, e) for b, e in sentences if clock in _clocks_in(text, b, e)]
    if not holding:
        return False
    for begin, end in holding:
        dated = False
        for m in DATE_ANY.finditer(text, begin, end):
            first, last = first_day_of(m.group(0), now), date_of(m.group(0), now)
            if first is None or last is None:
                continue
            if first <= day <= last:
                return False
            dated = True
        if not dated:
            return False
    return True


MIN_OTHER_CLOCKS = 2  # clocks besides the start's, outside the event's block, that make rivals


def start_elsewhere(
    text: str, sentences: list[tuple[int, int]], event: tuple[int, int], start: datetime
) -> bool:
    """Whether the timed draft's start clock (`start`, naive) is a later part's: the event's
    sentence `event` writes no clock; no sentence writing the start's clock is the event's
    own, in its block (event_block) or announcing an onset («начало», «стартует»,
    «откроется», «открытие», «пройдёт» …: «Начало турнира в 14.00», «Торжественное открытие:
    9.45»), unless it names another kind of event by a quoted name («там пройдёт
    выставка-концерт «Яхонтовые наши», начало в 18:30» under «акция «Ночь искусств»»); and
    the post writes MIN_OTHER_CLOCKS other clocks or more, one of them earlier (a preparatory
    slot's, «13.30 – регистрация», «Сбор участников: 9.00», never counted). The post gives
    several parts their own times and the clock taken is not the first («3 ноября состоится
    акция «Ночь искусств»» … «квиз (с 6 вечера и до полуночи)», «с 18 до 21 часа», «…
    начало в 18:30»), so which is the event's — or none, the whole day — is asked (starts44,
    the doubt `several_times`). `text`: the normalised post (lower-case); `sentences` its
    (begin, end) offsets."""
    own = (start.hour, start.minute)
    if _clocks_in(text, *event, until=True) | hours_of_day(text, *event):
        return False  # the event's sentence gives its own time: another rule's matter
    begin, end = event_block(text, sentences, event)
    kinds = {kind_key(m.group(0)) for m in finditer_span(KIND, text, *event)}
    written: set[tuple[int, int]] = set()
    days = _DatedSentences(text, start)
    for b, e in sentences:
        clocks = _clocks_in(text, b, e, until=begin <= b < end) | hours_of_day(text, b, e)
        owned = (b, e) == event or begin <= b < end or _ANNOUNCING.search(text, b, e)
        if own in clocks and owned and not _named_part(text, b, e, kinds):
            return False  # «Начало турнира в 14.00», «Старт: 10.00»: the event's own onset
        if clocks and days.other_day(e):
            continue  # «14 сентября: 11:00 и 13:00 – …»: another day's sessions (starts45)
        written |= {c for c in clocks if not _preparatory(text, b, e, c)}
    others = written - {own}
    return own in written and len(others) >= MIN_OTHER_CLOCKS and min(others) < own


class _DatedSentences:
    """The post's date phrases, to tell which day a sentence's clocks belong to: the day of
    the last date phrase written before the sentence's end (a programme's day heading,
    «14 сентября:», or the sentence's own date)."""

    def __init__(self, text: str, start: datetime) -> None:
        self._text = text
        self._day = start.date()
        self._found = list(DATE_ANY.finditer(text))
        # a year back: every day-and-month phrase read in the year up to the start's day
        self._now = start - timedelta(days=364)

    def other_day(self, end: int) -> bool:
        """Whether the last date phrase before `end` names days without the start's."""
        before = [m for m in self._found if m.start() < end]
        if not before:
            return False
        phrase = before[-1].group(0)
        first, last = first_day_of(phrase, self._now), date_of(phrase, self._now)
        if first is None or last is None:
            return False
        return not first <= self._day <= last


# an onset or a holding said in the clock's sentence: «начало в 14.00», «начнётся», «старт»,
# «откроется», «торжественное открытие», «пройдёт», «состоится»
_ANNOUNCING = compile_with_scan(
    r"(?<![а-яё])(?:начал|начн|начина|старт|откро|открыва|открыти|пройд|проход|состо)"
)
_QUOTED_NAME = re.compile(r"[«\"][^«»\"\n]{2,60}[»\"]")


def _named_part(text: str, begin: int, end: int, kinds: set[str]) -> bool:
    """Whether `text[begin:end]` names an event of a kind (title_words.KIND) other than
    `kinds` (kind_key of the event sentence's) by a quoted name: «там пройдёт выставка-концерт
    «Яхонтовые наши», начало в 18:30» under «акция «Ночь искусств»» is another part's onset."""
    return _QUOTED_NAME.search(text, begin, end) is not None and any(
        kind_key(m.group(0)) not in kinds for m in finditer_span(KIND, text, begin, end)
    )


def _preparatory(text: str, begin: int, end: int, clock: tuple[int, int]) -> bool:
    """Whether `clock` opens a preparatory slot in `text[begin:end]` («13.30-14.00 –
    регистрация участников», «Сбор участников: 9.00»): no part of the event."""
    for m in _CLOCK_AT.finditer(text, begin, end):
        if (int(m.group("h")), int(m.group("m"))) != clock:
            continue
        rest = text[m.end() : min(end, m.end() + _SLOT_REACH)]
        skipped = _SLOT_END.match(rest)
        if _PREPARATORY_SLOT.match(rest[skipped.end() :] if skipped else rest):
            return True
        if _PREPARATION_BEFORE.search(text, max(begin, m.start() - 30), m.start()):
            return True
    return False


# a preparatory step written before its clock: «Сбор участников: 9.00», «регистрация с 9:30»
_PREPARATION_BEFORE = re.compile(
    r"(?:регистрац|сбор|заезд|прибыти)[а-яё]*(?:\s+[а-яё]+)?\s*[:—–-]?\s*(?:с|в)?\s*$"
)


# a numeric date with its year, as a page's date line writes it («14.12.2026», «14/12/26»)
_NUMERIC_DAY = re.compile(r"\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d(?:\s*г\.)?")
# words that put the event on the post's own day: the date line is then the event's too
_TODAY_SAID = compile_with_scan(r"\bсегодня\b|\bв эти (?:минуты|часы)\b|\bпрямо сейчас\b")
STAMP_HEAD_LINES = 2  # a page's date line stands on the post's first lines


def stamp_day(text: str, day: date, now: datetime) -> bool:
    """Whether `day`, the draft's start, is the post's own day (`now`'s, or a day either
    side) written only as a numeric date with its year on the post's first STAMP_HEAD_LINES
    lines — a page's date line («Ярмарка профессий 14.12.26», «Новости | 14.12.2026 | …»)
    stamps.py did not take — while another date phrase of the post names another day and no
    word says the event is today («сегодня»): the item's date may have been taken for the
    event's, so the day is asked (`several_dates`, doubt51). `text`: the normalised post
    (lower-case); `now`: its reading time (naive)."""
    if abs((day - now.date()).days) > 1 or _TODAY_SAID.search(text):
        return False
    head = 0
    for _ in range(STAMP_HEAD_LINES):
        found = text.find("\n", head)
        head = len(text) if found < 0 else found + 1
    own = other = 0
    for m in DATE_ANY.finditer(text):
        named = {first_day_of(m.group(0), now), date_of(m.group(0), now)} - {None}
        if day not in named:
            other += bool(named)
        elif m.start() < head and _NUMERIC_DAY.fullmatch(m.group(0).strip()):
            own += 1
        else:
            return False  # the day is written in words or in the body: the event's own
    return own > 0 and other > 0


# a bare start noun and its clock, no complement between: «начало в 11.00», «Начало — в 11
# часов», «старт в 10:30» — the clock of the announced event itself (not «старт соревнований
# — в 10:30», not a verb «начнётся в 15.00», which may be a part's)
_BARE_START = re.compile(
    r"(?<![а-яё])(?:начало|старт)\s*(?:[—–:-]\s*)?(?:в\s+)?"
    r"(?:(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d)|(?:[01]?\d|2[0-3])\s*час)",
    re.IGNORECASE,
)


def clock_apart(text: str, sentences: Iterable[tuple[int, int]]) -> bool:
    """Whether a sentence naming no day says the start's clock with a bare start noun
    («Турнир пройдёт на базе …, начало в 11.00») — for an all-day draft, a clock the event
    has that the days read left out (doubt64: `clock_apart`). `sentences`: the post's
    sentence spans in `text`; read only when «начал»/«старт» is in the text."""
    low = text.lower()
    if "начало" not in low and "старт" not in low:
        return False
    for begin, end in sentences:
        if _BARE_START.search(text, begin, end) and DATE_ANY.search(text, begin, end) is None:
            return True
    return False
