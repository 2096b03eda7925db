"""The clocks of a long post that are not its event's start: `post.prepare_post` takes them.

Each taker hides from the Scanner clocks of another thing than the event's opening: a
preparatory step ("регистрация с 9.00", "сбор команд — в 8.45"), a closing or the awards, a
past or a later day's clock, an example's, a length in hours, a night's first day, a weekday
beside its date, a programme's slots after the first. They share only the Scanner and the
spans they are given (character offsets into the post). The ceremony words (OPENING, CLOSING)
live here with the closing clocks. Moved from post.py (split69), the code unchanged."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from itertools import chain

from bot.core.language.calendar import MONTH, WEEKDAY
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses
from bot.core.language.parts import HOUR_WORD
from bot.core.language.post_cues import LESSON_ANY
from bot.core.language.post_dates import DATE_ANY, first_day_of
from bot.core.language.post_scoring import EVENT_CUES, TIME_ANY, date_clause, has_clock
from bot.core.language.sentences import sentence_at, sentences
from bot.core.language.tokens import Scanner, gate

# the ceremonies that are a part of an event, one list: its opening («торжественное открытие
# выставки»; never «открытий», discoveries), its closing («торжественное закрытие слёта») and
# its awards («награждение победителей»)
_OPENING_WORD = r"открыти[еяюи]"
_CLOSING_WORDS = (r"закрыти", r"награждени")
CEREMONY_WORDS = re.compile(rf"(?<![а-я])(?:{'|'.join((_OPENING_WORD, *_CLOSING_WORDS))})\w*")
OPENING = compile_with_scan(rf"(?<![а-я]){_OPENING_WORD}\w*")
# the closing or the awards: a part of the event on one of its days (never its first)
CLOSING = compile_with_scan(rf"(?<![а-я])(?:{'|'.join(_CLOSING_WORDS)})\w*")


# a clock written right after a date ("а 26 мая в 13.00 … состоится финал"): that day's
_CLOCK_AFTER_DATE = re.compile(
    r"\s*(?:г\.|года)?\s*,?\s*(?:в|с)?\s*(?P<clock>(?:[01]?\d|2[0-3])[:.][0-5]\d)(?![\d])"
)


def take_later_days_clocks(
    sc: Scanner, later: list[re.Match[str]], last_day: date, now: datetime
) -> None:
    """Take the clock written right after a date of the event's sentence that falls after the
    sentence's span of days ("С 12 по 21 мая пройдут игры …, а 26 мая в 13.00 … финал"): the
    clock is that later day's, never the span's first day's."""
    for m in later:
        day = first_day_of(m.group(0), now)
        if day is None or day <= last_day:
            continue
        clock = _CLOCK_AFTER_DATE.match(sc.text, m.end())
        if clock is not None and sc.is_free(clock.start("clock"), clock.end("clock")):
            sc.take(clock.start("clock"), clock.end("clock"))


def free_clock(sc: Scanner, begin: int, end: int) -> bool:
    """Whether text[begin:end] holds a clock time not taken yet (a sign-up window's is)."""
    return any(sc.is_free(m.start(), m.end()) for m in TIME_ANY.finditer(sc.text, begin, end))


def take_stray_clocks(sc: Scanner, spans: list[tuple[int, int]], block: tuple[int, int]) -> None:
    """Clocks in undated prose sentences outside the event's block, when the block gives the
    event's clock ("Мероприятия стартуют в 10:00" … "Начало игры в 15:00" of the closing
    match; "по вторникам в 15.00" of another cycle) or when the event spans several days and
    its block gives none ("С 26 по 28 октября пройдёт неделя детских спектаклей" … "каждое
    воскресенье в 11.00 проводить представления"): some other thing's time, so the block's
    clock stays the event's and the span stays all-day. Lines opening with a clock (a
    programme's "10:00 - открытие", a table's cell), dated lines ("26 марта 12.00 «…»"), a
    bare "Начало в 12:00." and an ending sentence keep their clocks: a programme gives the
    days their times, and the other two speak of the event itself."""
    text = sc.text
    for begin, end in spans:
        if block[0] <= begin < block[1]:
            continue
        if not has_clock(text, begin, end):  # most sentences have no clock: the cheap test
            if "час" in text[begin:end]:  # "где играл оркестр до двух часов ночи": words
                for m in _SPOKEN_HOUR.finditer(text, begin, end):
                    if sc.is_free(m.start(), m.end()):
                        sc.take_match(m)
            continue
        if _CLOCK_FIRST.match(text, begin):
            continue  # a line opening with its clock: a programme's slot or a table's cell
        if DATE_ANY.search(text, begin, end):  # a dated line of the programme: weighed above
            continue
        if _OWN_START.match(text, begin) or _ENDING.search(text, begin, end):
            continue  # "Начало в 12:00.", "Завершится фестиваль в 14.00.": the event's own
        take_times(sc, begin, end)


_PAST_FORM = re.compile(r"\b[а-я]{2,}(?:л|ла|ло|ли)\b")  # a past verb's ending, checked below


def take_past_clocks(sc: Scanner, after: int, block_end: int) -> None:
    """Take the clocks of clauses told in the past tense in the event's block after its own
    sentence ("… а где играл оркестр до двух часов ночи" in a lecture's summary): when the
    event's sentence gives its clock, a clock of a past verb's clause is history told, never
    the event's end. A clause with an event cue keeps its clock."""
    text = sc.text
    for pattern in (TIME_ANY, _SPOKEN_HOUR):
        for m in pattern.finditer(text, after, block_end):
            if not sc.is_free(m.start(), m.end()):
                continue
            left = max(text.rfind(ch, after, m.start()) for ch in ",;:(.!?\n") + 1
            rights = [text.find(ch, m.end(), block_end) for ch in ",;:).!?\n"]
            clause = text[max(left, after) : min([i for i in rights if i != -1] or [block_end])]
            if EVENT_CUES.search(clause) is None and any(
                "past" in (p := parses(w.group(0))[0]).tag and p.tag.POS == "VERB"
                for w in _PAST_FORM.finditer(clause)
            ):
                sc.take_match(m)


# a clock said in words with its part of the day ("до двух часов ночи", "в 7 часов вечера")
_SPOKEN_HOUR = compile_with_scan(
    r"\b(?:в|во|до|с|со|к|после|около)\s+(?:\d{1,2}|[а-я]+)\s+час\w*\s+(?:ночи|утра|дня|вечера)\b"
)


# "с 14 на 15 мая": the first day of a night, left behind when its date was hidden
_NIGHT_OPENING = re.compile(rf"\b(?:с|со)\s+\d{{1,2}}\s+на\s+(?=\d{{1,2}}\s+{MONTH})")
# (its "на" and the digit after it: `re` scans for "н", far rarer than the space before it)
gate(_NIGHT_OPENING, re.compile(r"на\s+\d"))


_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
# a preparatory step before the event: the desk, gathering, arrival, the draw, lining up
_PREP = r"(?:регистрац|сбор|заезд|жеребь[её]вк|взвешивани|построени|при[её]м|выдач|инструктаж)"
# "регистрация участников начнётся в 7.30", "сбор команд — в 8.45"
_PREP_CLOCK = re.compile(
    rf"\b{_PREP}\w*[^.!?\n;]{{0,40}}?(?:\b(?:в|с)\s+|\s*[—–:-]\s*(?:в\s+)?)"
    rf"(?P<clock>{_CLOCK})(?![.:]?\d)"
    # the step's own span: "регистрация с 9.00 до 12.00" ends the desk, never the event
    rf"(?:\s*(?:до|[-–—])\s*(?P<until>{_CLOCK})(?![.:]?\d))?"
)
# the same step said after its clock: "В 8:30 будет проведено взвешивание участников", "в 9.40
# пройдёт жеребьёвка" (up to two words between, its verb)
_PREP_AFTER_CLOCK = re.compile(
    rf"\bв\s+(?P<clock>{_CLOCK})(?![.:]?\d)\s*[—–-]?\s+(?:[а-яё]+\s+){{0,2}}{_PREP}"
)
_START_VERB = r"(?:начн[её]тся|начинается|начнутся|начинаются|стартует|стартуют)"
_START_CLOCK = rf"(?:{_CLOCK}|\d{{1,2}}\s+час\w*)"
# the event's own start said in prose: "В 9 часов начнётся олимпиада", "первый тур начнётся в
# 10:00" (its subject no preparatory step)
_START_SAID = re.compile(
    rf"\bв\s+{_START_CLOCK}\s+{_START_VERB}\s+(?!{_PREP})[а-я]"
    rf"|(?:^|[.!?\n;,]\s*)(?:(?!{_PREP})[а-я]+\s+){{1,4}}{_START_VERB}\s+в\s+{_START_CLOCK}"
    # the same said with a noun at the head of its clause: "старт — в 14:00", "открытие
    # турнира в 10.30", "начало соревнований – в 11:00" (never "начало регистрации в 9.30")
    rf"|(?:^|[.!?\n;,]\s*)(?:торжественн\w+\s+)?(?:старт|открытие|начало)(?!\s+{_PREP})"
    rf"(?:\s+[а-я]+){{0,2}}\s*[—–:-]?\s*в\s+{_START_CLOCK}"
    # a labelled clock of the start, as a timetable lists it: "- время начала олимпиады –
    # 10:15;", "Старт: 10.00 ч.", "Торжественное открытие: 9.45" (never "начала регистрации")
    rf"|(?:^|[.!?\n;,]\s*)(?:[-–—•*]\s*)?(?:время\s+)?(?:торжественн\w+\s+)?"
    rf"(?:старт|открытие|начал[оа])(?!\s+{_PREP})(?:\s+[а-я]+){{0,2}}\s*[—–:-]\s*(?:в\s+)?"
    rf"{_CLOCK}"
    # the opening planned for a clock: "церемонии открытия, намеченной на 12.45"
    rf"|(?:открыти|начал|старт)\w*(?:\s+[а-я]+){{0,2}}\s*,?\s*"
    rf"(?:намечен|назначен|запланирован)\w*\s+на\s+{_START_CLOCK}"
)
gate(_PREP_CLOCK, re.compile(r"\d[:.][0-5]\d"))
gate(_PREP_AFTER_CLOCK, re.compile(r"\d[:.][0-5]\d"))
gate(_START_SAID, re.compile("нач|старт|открыт"))


# a clock span ("с 10:00 до 12:00") whose sentence the next one continues in time ("Затем
# до позднего вечера …", "После этого …"): the span is the programme's first part
_CLOCK_SPAN = re.compile(
    r"(?<![а-я])(?:с|со)\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?P<end>(?:до|-|–|—)\s*"
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d)(?![\d])"
)
_SENTENCE_STOP = compile_with_scan(r"[.!?](?=\s)|\n")
_GOES_ON = re.compile(r"\s*(?:а\s+)?(?:затем|потом|далее|после\s+этого|после\s+чего)(?![а-я])")
gate(_CLOCK_SPAN, re.compile(r"\d\s*(?:до|-|–|—)\s*\d"))
# a closing clock alone ("До 13:00 развлекать детей будут артисты, после чего начнётся …")
_UNTIL_CLOCK = re.compile(r"(?<![а-я])до\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d])")
_THEN_AFTER = re.compile(r",\s*(?:после\s+чего|а\s+затем|затем|а\s+потом|потом)(?![а-я])")
gate(_UNTIL_CLOCK, re.compile(r"до\s*\d"))


def take_continued_ends(sc: Scanner) -> None:
    """Take the closing clock of each clock span whose sentence the next one continues in
    time (_GOES_ON opening it), and of each «до …» clock whose own sentence goes on after it
    (_THEN_AFTER: ", после чего начнётся …"): the event goes on after that clock, which ends
    a part."""
    text = sc.text
    for m in sc.find(_CLOCK_SPAN):
        stop = _SENTENCE_STOP.search(text, m.end())
        if stop is None or stop.group(0) == "\n":
            continue
        if _GOES_ON.match(text, stop.end()) and sc.is_free(m.start("end"), m.end("end")):
            sc.take(m.start("end"), m.end("end"))
    for m in sc.find(_UNTIL_CLOCK):
        stop = _SENTENCE_STOP.search(text, m.end())
        end = stop.start() if stop is not None else len(text)
        if _THEN_AFTER.search(text, m.end(), end) and sc.is_free(m.start(), m.end()):
            sc.take_match(m)


def take_preparation_clocks(sc: Scanner) -> None:
    """Take the clocks of preparatory steps said in prose ("регистрация участников начнётся
    в 7.30", "сбор команд в 8.45", "В 8:30 будет проведено взвешивание") when the post also
    says when the event itself starts ("В 9 часов начнётся олимпиада", "первый тур начнётся
    в 10:00"): the desk opens before the event, whose start is the one announced. Without
    such a sentence the step's clock stays (a gathering may be all the post gives); a
    programme's lines open with their clocks and are not read here. Run on long posts
    (post.prepare_post) and on chat lines (intents_event_read.read_event, prep82)."""
    # the steps' clocks looked for first (one post in thirty has one), the start said only
    # then: nothing is taken between the two searches, so the same clocks are taken
    steps = chain(sc.find(_PREP_CLOCK), sc.find(_PREP_AFTER_CLOCK))
    first = next(steps, None)
    if first is None:
        return
    said = [(m.start(), m.end()) for m in sc.find(_START_SAID)]
    if not said:
        return
    for m in chain((first,), steps):  # lazily, as find reads what is free
        # the start's own clock: «Старт и построение в 11:00», «… жеребьёвка, в 10.00
        # начнётся первый тур» (a step's reach into the next clause)
        if any(begin <= m.start("clock") < end for begin, end in said):
            continue
        # Scanner.find matches with a faster twin of each pattern: never `m.re is _PREP_CLOCK`
        until = "until" in m.re.groupindex and m.group("until")
        sc.take(m.start("clock"), m.end("until") if until else m.end("clock"))


# a clause whose subject is the event's closing part — its awards or its closing («Церемония
# награждения победителей начнётся в 15.00», «Закрытие фестиваля — в 17:00») — with its clock
_CLOSING_CLOCK = re.compile(
    rf"(?:^|[.!?\n;]\s*)(?:[а-яё]+\s+){{0,2}}(?:{'|'.join(_CLOSING_WORDS)})\w*[^.!?\n;]{{0,60}}?"
    rf"(?:\bв\s+|\s[—–:-]\s*(?:в\s+)?)(?P<clock>{_CLOCK})(?![.:]?\d)"
)
gate(_CLOSING_CLOCK, re.compile("закрыти|награждени"))


def take_closing_clocks(sc: Scanner) -> None:
    """Take the clock of a sentence about the event's closing part (_CLOSING_CLOCK) that
    gives no day of its own when another sentence gives a day and names no closing part
    ("В пятницу 18 марта состоится фестиваль … Церемония награждения начнётся в 15.00"): the
    awards end the event's day, so their clock is never its start. A sentence that dates the
    awards («Награждение состоится 22 апреля в 15:00») or a post whose dated sentence names
    them («25 мая — линейка и награждение. Награждение начнётся в 9:00») keeps the clock."""
    text = sc.text
    for m in sc.find(_CLOSING_CLOCK):
        begin, end = sentence_at(m.start("clock"), text)
        if DATE_ANY.search(text, begin, end):
            continue
        if any(
            DATE_ANY.search(text, other_begin, other_end)
            and not CLOSING.search(text, other_begin, other_end)
            for other_begin, other_end in sentences(text)
            if other_begin != begin
        ):
            sc.take(m.start("clock"), m.end("clock"))


# a clause that gives one item of the day's programme as an example: «Например, в 17 часов
# …», «к примеру, в 16:00 …», up to the clause's end; a date-less clock there is that item's
_EXAMPLE_CLAUSE = re.compile(r"\b(?:например|к\s+примеру)\b,?[^.!?\n;]*")
gate(_EXAMPLE_CLAUSE, re.compile("пример"))


def take_example_clocks(sc: Scanner) -> None:
    """Take the clock of a clause that gives an item of the programme as an example
    ("Например, в 17 часов в лекционном зале состоится лекция …"): when that item begins,
    never the whole event's start. A clause with a date of its own is left to the date
    rules (an example may name a session's day), and so is one that gives the start for
    groups of classes («Например, для 5–6 классов начало в 10:00, для 7–8 — в 12:00»: the
    event's own schedule, review52)."""
    for m in sc.find(_EXAMPLE_CLAUSE):
        if DATE_ANY.search(m.group(0)) is None and _SCHEDULE_WORD.search(m.group(0)) is None:
            sc.take_match(m)


# a clause giving the event's start or its classes' times («начало», «для 5–6 классов»)
_SCHEDULE_WORD = re.compile(r"начал[оа]|класс")


# a count of hours given to a task: "выполнить испытания за три часа" (within), "дают на
# задания четыре часа" (allotted to a thing, the noun after "на" in the accusative); never the
# event's clock, which Russian names with "в", "к", "с", "до", "около" ("в 4 часа"), nor its
# length said with a verb ("работаем 2 часа", "продлится 3 часа"), left to the duration rules
_HOUR_COUNT = re.compile(
    rf"\b(за|на\s+([а-я]{{3,}}))\s+(?:{HOUR_WORD})\s*час(?:а|ов)(?![а-я])"
    r"(?!\s*(?:утра|дня|вечера|ночи)(?![а-я]))"
)
gate(_HOUR_COUNT, re.compile("час"))


def take_hour_lengths(sc: Scanner) -> None:
    """Take counts of hours given to a task (see _HOUR_COUNT): a length of some part, never
    the event's clock ("решить задачи за два часа" would otherwise read as 14:00)."""
    for m in sc.find(_HOUR_COUNT):
        noun = m.group(2)
        if noun is None or any(p.tag.case == "accs" for p in parses(noun)):
            sc.take(m.end(1), m.end())


def take_night_openings(sc: Scanner) -> None:
    """Take the first day of a night span whose date phrase was taken ("(а не с 14 на 15 мая,
    как сообщалось ранее)"): alone, "с 14" would read as a clock time."""
    for m in sc.find(_NIGHT_OPENING):
        if not sc.is_free(m.end(), m.end() + 2):
            sc.take_match(m)


# a weekday in apposition with a date, before it («в субботу, 6 апреля», «пт, 1 декабря») or
# after it in brackets («6 апреля (суббота)»): the same day, named twice
_WEEKDAY_BEFORE = compile_with_scan(
    r"(?:\b(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|\b(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"
    r"|пн|вт|ср|чт|пт|сб|вс)\.?)\s*,\s*$"
)  # never «окружающей среды, 4 сентября»: the weekday in the accusative after «в», or named
_WEEKDAY_AFTER = re.compile(rf"\s*\(\s*{WEEKDAY}\s*\)")
# a weekday after «в» straight before the date, a word of the week between if any («в
# минувшую субботу 25 февраля», «в субботу 25 февраля»): the same day without the commas
_WEEKDAY_STRAIGHT_BEFORE = re.compile(
    r"\b(?:в|во)\s+(?:(?:минувш|прошл|прошедш|эт|ближайш|следующ)[а-я]{0,3}\s+)?"
    r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\s*$"
)


def take_weekday_beside(sc: Scanner, m: re.Match[str], begin: int, end: int) -> None:
    """Take the weekday written beside the date `m` (of the sentence from `begin` to `end`)
    that was set aside as no date of the event (a report's day, a day gone by): it names
    that same day, and read alone it would move the event to that weekday of another week
    («Ярмарка открыла работу в субботу, 6 апреля, сообщили в администрации»)."""
    text = sc.text
    before = _WEEKDAY_BEFORE.search(text, max(begin, m.start() - 24), m.start())
    if before is None:
        before = _WEEKDAY_STRAIGHT_BEFORE.search(text, max(begin, m.start() - 30), m.start())
    if before is not None:
        sc.take(before.start(), before.end())
    after = _WEEKDAY_AFTER.match(text, m.end(), end)
    if after is not None:
        sc.take(after.start(), after.end())


def weekday_clause(text: str, m: re.Match[str], begin: int, end: int) -> str | None:
    """The clause of a date written as the apposition of a weekday between commas («в
    субботу, 14 мая, дети покажут …», «открыло работу в среду, 3 января, сообщили …»): the
    weekday's clause with the one after the date, where the verb of the day is; None when
    the date has no weekday beside it (`begin`, `end`: its sentence)."""
    beside = _WEEKDAY_BEFORE.search(text, max(begin, m.start() - 24), m.start())
    if beside is None:
        return None
    comma = _COMMA_AFTER.match(text, m.end(), end)
    last = comma.end() if comma is not None else m.end()
    return date_clause(text[begin:end], beside.start() - begin, last - begin)


_COMMA_AFTER = re.compile(r"\s*,")


_SLOT_LINE = re.compile(r"^[\s•*·-]*(?:[01]?\d|2[0-3])[:.][0-5]\d", re.M)
# a start announced without naming another thing ("Начало в 12:00", "Старт мероприятия: 10:00")
_OWN_START = re.compile(
    r"\s*(?:начало|старт|начнется)(?:\s+(?:мероприяти\w*|праздника|программы))?\s*[:-]?\s*"
    r"(?:в\s+)?\d"
)
# the event's end ("Завершится фестиваль в 14.00", "Окончание в 16:30")
_ENDING = re.compile(r"\b(?:заверш\w*|окончани\w*|закончи\w*)(?![а-я])")
_CLOCK_FIRST = re.compile(r"[\s•*·|-]*(?:(?:с|со|в)\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d")


# a programme's slot opening the event ("10.00 - торжественное открытие турнира", "церемония
# открытия", "парад открытия")
_OPENING_SLOT = re.compile(r"\bоткрыти\w*|\bоткрыва\w*")
# the formalities before it: the desk, lining up, accommodation, meals, the staff's meetings
FORMALITY = re.compile(
    r"\b(?:регистрац\w*|построени\w*|заседани\w*|собрани\w*|совещани\w*|мандатн\w*"
    r"|заезд\w*|размещени\w*|поселени\w*|завтрак\w*|прибыти\w*|приезд\w*|сбор\b|инструктаж\w*"
    r"|жеребь[её]вк\w*|выдач\w*)"
)


def take_formalities(sc: Scanner, after: int) -> None:
    """In a one-day event's programme (lines opening with a clock after its sentence, up to a
    dated line), when a slot names the opening ("10.00 - торжественное открытие турнира"),
    take the clocks of the formalities that open the programme before it (registration,
    lining up, the jury's meeting): the event starts with its opening or the first slot of
    its own. A programme naming no opening keeps its first slot, registration included. A
    slot's line holding only its clocks ("18:30 – 19:00") has its label on the next line."""
    text = sc.text
    slots: list[tuple[int, int]] = []
    for start, clock_end in _slot_lines(text, after):
        line_end = _line_end(text, clock_end)
        if DATE_ANY.search(text, start, line_end):
            break  # another day's programme
        if not _LETTER.search(text, clock_end, line_end) and not _SLOT_LINE.match(
            text, line_end + 1
        ):
            line_end = _line_end(text, line_end + 1)  # "18:30 – 19:00" above its label's line
        slots.append((start, line_end))
    opening = next((i for i, (b, e) in enumerate(slots) if _OPENING_SLOT.search(text, b, e)), -1)
    if opening >= 0:  # "10:00 – 10:15 – церемония открытия": the ceremony ends, not the event
        slot_span = _SLOT_SPAN.match(text, slots[opening][0])
        if slot_span is not None and sc.is_free(slot_span.start("end"), slot_span.end("end")):
            sc.take(slot_span.start("end"), slot_span.end("end"))
    for begin, end in slots[: max(opening, 0)]:
        if not FORMALITY.search(text, begin, end):
            break
        take_times(sc, begin, end)


_LETTER = re.compile("[а-яa-z]")
# a slot's line opening with its span ("10:00 – 10:15 – церемония открытия")
_SLOT_SPAN = re.compile(
    r"[\s•*·-]*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*[-–—]\s*(?P<end>(?:[01]?\d|2[0-3])[:.][0-5]\d)"
)


def _line_end(text: str, at: int) -> int:
    """Where the line holding text[at] ends (the text's end for its last line)."""
    end = text.find("\n", at)
    return len(text) if end == -1 else end


def _slot_lines(text: str, after: int) -> Iterator[tuple[int, int]]:
    """The spans of `_SLOT_LINE.finditer(text, after)` in linear time: each clock line's own
    match, its start moved back over the lines of marks and blanks before it (a match of
    _SLOT_LINE opens at the first line start of the blanks before its clock, after `after`
    and the last match)."""
    bound = after
    for m in _OWN_SLOT_LINE.finditer(text, after):
        start = m.start()
        while start > bound:
            above = text.rfind("\n", 0, start - 1) + 1
            if above < bound or _MARKS.fullmatch(text, above, start) is None:
                break
            start = above
        yield start, m.end()
        bound = m.end()


_MARKS = re.compile(r"[\s•*·-]*")


def programme_lines(text: str, after: int) -> int:
    """How many lines after `after` open with a clock time (a programme's slots)."""
    return sum(1 for _ in _OWN_SLOT_LINE.finditer(text, after))


# _SLOT_LINE with the marks of the clock's own line only: it counts the same lines (a clock
# after blank lines is after marks on its own line too), and each line start reads its own
# line — _SLOT_LINE's `^[\s•*·-]*` ran over the whole run of line breaks after every line
# start of it (quadratic: 1.5 s of an 8,000-character message; review 2026-12-02, H4)
_OWN_SLOT_LINE = re.compile(r"^(?:[^\S\n]|[•*·-])*+(?:[01]?\d|2[0-3])[:.][0-5]\d", re.M)


# a clock written with a dash ("в 17-00", as the temporal rules read it): taken with the other
# clocks of a side sentence; the minutes end in 0 so that "10-13" (ages, grades) is no clock
_DASHED_CLOCK = compile_with_scan(r"\b(?:[01]?\d|2[0-3])-[0-5]0\b")


# hours written with "час" ("с 12-15 часов", "с 10 до 14 часов", "в 16 часов"): taken with
# the other clocks of a side sentence
HOURS_SAID = compile_with_scan(
    r"\b\d{1,2}(?:\s*[-–—]\s*|\s+до\s+)\d{1,2}\s*час\w*|\bв\s+\d{1,2}\s+час\w*"
)


def take_times(sc: Scanner, begin: int, end: int) -> None:
    """Take every free clock of text[begin:end] into `sc`: «в 10:00», a dashed clock, a
    lesson («на 3 уроке»), hours said in words; what another reading took is left."""
    for pattern in (TIME_ANY, _DASHED_CLOCK, LESSON_ANY, HOURS_SAID):
        for m in pattern.finditer(sc.text, begin, end):
            if sc.is_free(m.start(), m.end()):
                sc.take_match(m)
