"""The school year said in chat: vacations, term dates, lesson hours, and questions about them.

«каникулы с 29 декабря по 11 января», «зимние каникулы 29.12–11.01», «каникулы у 1 класса с
14 по 22 февраля», «4 четверть до 26 мая», «2 триместр с 1 декабря по 28 февраля», «уроки у
5–9 до 14:30, у 10–11 до 15:20», «по субботам уроки у 10–11 до 13:00», «уроки с 8:30», «по
субботам не учимся», «учимся по субботам», and the questions «каникулы», «когда каникулы?»,
«когда конец четверти?», «учебный календарь», plus «сбрось учебный календарь».

Dates without a year are placed in the school year being planned: the current one from
September to May, the next one from June to August; a range ending before it starts ends a
year later ("с 29 декабря по 11 января").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.core import school_calendar
from bot.core.calendar_checks import is_school_day
from bot.core.language import calendar as cal
from bot.core.language.calendar import MONTH, WEEKDAY, WEEKDAY_PLURAL
from bot.core.language.numerals import ordinal_value
from bot.core.language.parts import MM, YY, D, TemporalParts, is_last, is_next
from bot.core.language.tokens import Scanner, gate, normalize

TERM_WORDS = {"четверт": "quarter", "триместр": "trimester"}
_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}  # «III четверть» in school documents


@dataclass(frozen=True, slots=True)
class VacationSetting:
    """«каникулы с … по …»: inclusive local dates, for `grades` (empty: the whole school)."""

    start: date
    end: date
    grades: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class TermSetting:
    """A term's bounds; `kind` is "quarter" or "trimester"; a bound not said is None."""

    kind: str
    number: int
    start: date | None
    end: date | None


@dataclass(frozen=True, slots=True)
class LessonsSetting:
    """Lesson hours: (grades, end) pairs, for `weekdays` only when given; `start` when said.
    Empty grades mean every grade."""

    hours: tuple[tuple[frozenset[int], time], ...]
    weekdays: frozenset[int] = frozenset()
    start: time | None = None


@dataclass(frozen=True, slots=True)
class StudyDays:
    """Weekdays (0 = Monday) the school does (`study` True) or does not study on."""

    weekdays: frozenset[int]
    study: bool


@dataclass(frozen=True, slots=True)
class SchoolYearQuestion:
    """What is asked: "vacations", "term_end", "year_end" or "overview"."""

    topic: str


@dataclass(frozen=True, slots=True)
class ResetSchoolYear:
    """«сбрось учебный календарь»: back to the ministry's standard year."""

    pass


@dataclass(frozen=True, slots=True)
class BellsSetting:
    """The bell schedule: lesson n's (start, end) at index n - 1, local times (files66)."""

    bells: tuple[tuple[time, time], ...]


SchoolSetting = VacationSetting | TermSetting | LessonsSetting | StudyDays | BellsSetting


@dataclass(frozen=True, slots=True)
class SchoolYearBatch:
    """Several settings pasted at once, one per line (a heading line ending in ":" may
    stand above them), applied in order."""

    requests: tuple[SchoolSetting, ...]


SchoolYearRequest = SchoolSetting | SchoolYearBatch | SchoolYearQuestion | ResetSchoolYear
MAX_LINES = 30

_DAY = (
    rf"(?:({D})\s+({MONTH})(?:\s*((?:19|20)\d\d)(?:\s*г(?:ода|\.)?)?)?|({D})\.({MM})(?:\.({YY}))?)"
)
_SPAN = rf"(?:(?:с|со)\s+)?(?:{_DAY}|({D}))\s*(?:по|до|-)\s*{_DAY}"  # «с 13 по 21 февраля»
_GRADES = r"(?:у|для)\s+(\d{1,2})(?:\s*-\s*(\d{1,2}))?(?:\s*-?х)?(?:\s*(?:классов|класса|кл\.?))?"
_VACATION = re.compile(
    rf"^(?:(?:осенние|зимние|весенние|летние|дополнительные)\s+)?каникулы\s*(?:{_GRADES}\s*)?:?\s*"
    rf"{_SPAN}$"
)
_TERM = re.compile(
    r"^(?:(\d)\s*-?\s*(?:я|й)?|(перв\w+|втор\w+|трет\w+|четв[её]рт\w+|iv|i{1,3}))\s+"
    r"(четверт\w*|триместр\w*)"
    rf"\s*:?\s*(?:(?:с|со)\s+{_DAY})?\s*(?:(?:по|до|-)\s*{_DAY})?$"
)
_CLOCK = r"([01]?\d|2[0-3])[:.]([0-5]\d)"
_LESSONS = re.compile(rf"^(?:(?:по\s+({WEEKDAY_PLURAL})|в\s+({WEEKDAY}))\s+)?уроки\s+(.+)$")
_LESSON_START = re.compile(rf"^с\s+{_CLOCK}(?:\s*,)?\s*")
_LESSON_PART = re.compile(rf"^(?:{_GRADES}\s+)?до\s+{_CLOCK}(?:\s*[,;]\s*|\s+и\s+|\s*$)")
_NO_STUDY = re.compile(
    rf"^(?:по\s+({WEEKDAY_PLURAL})|в\s+({WEEKDAY}))\s+(не\s+)?(?:учимся|учатся|занимаемся|уроки)$"
    rf"|^(не\s+)?(?:учимся|занимаемся)\s+по\s+({WEEKDAY_PLURAL})$"
)
_QUESTIONS = (
    ("vacations", re.compile(r"^(?:когда\s+)?(?:(?:ближайшие|следующие|будут)\s+)?каникулы$")),
    ("vacations", re.compile(r"^когда\s+(?:будут\s+|начнутся\s+)?(?:\w+\s+)?каникулы$")),
    (
        "term_end",
        re.compile(
            r"^когда\s+(?:конец|заканчивается|закончится|кончается|кончится)\s+"
            r"(?:эт\w+\s+)?(?:четверт\w*|триместр\w*)$"
            r"|^какая\s+(?:сейчас\s+)?четверть$"
        ),
    ),
    (
        "year_end",
        re.compile(
            r"^когда\s+(?:конец|заканчивается|закончится)\s+(?:учебного\s+года|учебный\s+год)$"
        ),
    ),
    (
        "overview",
        re.compile(r"^(?:учебный|школьный)\s+(?:календарь|год|график)$|^график\s+каникул$"),
    ),
)
# «а», «а вот», «ну а» opening a question that follows another (newcomer76: «а когда
# каникулы?» was read as a search for events titled «каникулы»)
_FOLLOW_ON = re.compile(r"^(?:ну\s+)?а(?:\s+вот)?[\s,]+")
_RESET = re.compile(r"^(?:сбрось|сбросить|очисти|очистить)\s+(?:учебный|школьный)\s+календарь$")


def parse_school_year(text: str, today: date) -> SchoolYearRequest | None:
    """The school-year setting or question a short message is, a batch when every line of a
    longer one is a setting, or None for anything else."""
    if "\n" in text.strip():
        return _batch(text, today)
    line = _clean(text)
    if not line or len(line) > 160:
        return None
    asked = _FOLLOW_ON.sub("", line)  # «а когда каникулы?» asks as «когда каникулы?» does
    for topic, pattern in _QUESTIONS:
        if pattern.match(asked):
            return SchoolYearQuestion(topic)
    if _RESET.match(line):
        return ResetSchoolYear()
    return (
        _vacation(line, today)
        or _term(line, today)
        or _study_days(line)
        or _lessons(line)
        or _bells(line)
    )


def _batch(text: str, today: date) -> SchoolYearRequest | None:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if len(lines) <= MAX_LINES and (bells := _bells(_clean(" ".join(lines)))) is not None:
        return bells  # «Расписание звонков:» and a lesson a line
    if lines and lines[0].rstrip().endswith(":"):
        lines = lines[1:]
    if not 2 <= len(lines) <= MAX_LINES:
        return None
    found = [parse_school_year(line, today) for line in lines]
    settings = [
        r
        for r in found
        if isinstance(r, VacationSetting | TermSetting | LessonsSetting | StudyDays | BellsSetting)
    ]
    return SchoolYearBatch(tuple(settings)) if len(settings) == len(lines) else None


def _clean(text: str) -> str:
    line = normalize(text).strip()
    line = re.sub(r"[?!.…\s]+$", "", line)
    line = re.sub(r"\s*[-–—]\s*", "-", line)
    return " ".join(line.split())


def _vacation(line: str, today: date) -> VacationSetting | None:
    m = _VACATION.match(line)
    if m is None:
        return None
    grades = _grade_range(m.group(1), m.group(2))
    first_year = _planned_year(today)
    end = _day(m.groups()[9:15], first_year)
    bare = m.group(9)
    if bare is not None and end is not None:
        start = cal.safe_date(end.year, end.month, int(bare))
    else:
        start = _day(m.groups()[2:8], first_year)
    if start is None or end is None:
        return None
    if end < start:
        end = cal.safe_date(end.year + 1, end.month, end.day) or end
    if end < start or end - start > timedelta(days=100):
        return None
    return VacationSetting(start, end, grades)


def _term(line: str, today: date) -> TermSetting | None:
    m = _TERM.match(line)
    if m is None:
        return None
    number = int(m.group(1)) if m.group(1) else _ordinal(m.group(2))
    kind = "trimester" if m.group(3).startswith("триместр") else "quarter"
    if number is None or not 1 <= number <= (3 if kind == "trimester" else 4):
        return None
    first_year = _planned_year(today)
    start = _day(m.groups()[3:9], first_year)
    end = _day(m.groups()[9:15], first_year)
    if start is None and end is None:
        return None
    if start is not None and end is not None and end < start:
        return None
    return TermSetting(kind, number, start, end)


def _lessons(line: str) -> LessonsSetting | None:
    m = _LESSONS.match(line)
    if m is None:
        return None
    weekday = m.group(1) or m.group(2)
    weekdays = frozenset({cal.weekday_number(weekday)} - {None}) if weekday else frozenset()
    rest = m.group(3).strip()
    start = None
    if found := _LESSON_START.match(rest):
        start = time(int(found.group(1)), int(found.group(2)))
        rest = rest[found.end() :]
    hours = []
    while rest:
        part = _LESSON_PART.match(rest)
        if part is None:
            return None
        grades = _grade_range(part.group(1), part.group(2))
        hours.append((grades, time(int(part.group(3)), int(part.group(4)))))
        rest = rest[part.end() :]
    if not hours and start is None:
        return None
    return LessonsSetting(tuple(hours), frozenset(w for w in weekdays if w is not None), start)


# «звонки: 8:00-8:45, 8:55-9:40», «расписание звонков: 1 урок 8:00-8:45; 2 урок …», «1) …»
_BELLS_HEAD = re.compile(r"^(?:расписание\s+)?звонк(?:и|ов)\s*:?\s*")
_BELL_NUMBER = r"(\d{1,2})\s*(?:-?\s*(?:й|ый|ой))?\s*(?:урок\s*:?|\)|\.)\s*"
_BELL = re.compile(rf"(?:{_BELL_NUMBER})?{_CLOCK}-{_CLOCK}")
_BELL_GAP = re.compile(r"^[\s,;]*$")
MIN_BELLS = 2


def _bells(line: str) -> BellsSetting | None:
    """The bell schedule a line gives: at least MIN_BELLS lessons, in order, each ending
    after it starts and the next starting after it ends, numbered 1, 2, … when numbered;
    None for anything else."""
    head = _BELLS_HEAD.match(line)
    if head is None:
        return None
    bells: list[tuple[time, time]] = []
    at = head.end()
    for found in _BELL.finditer(line, at):
        number = found.group(1)
        if not _BELL_GAP.match(line[at : found.start()]):
            return None
        if number is not None and int(number) != len(bells) + 1:
            return None
        start = time(int(found.group(2)), int(found.group(3)))
        end = time(int(found.group(4)), int(found.group(5)))
        if end <= start or (bells and start < bells[-1][1]):
            return None
        bells.append((start, end))
        at = found.end()
    if len(bells) < MIN_BELLS or not _BELL_GAP.match(line[at:]):
        return None
    return BellsSetting(tuple(bells))


def _study_days(line: str) -> StudyDays | None:
    m = _NO_STUDY.match(line)
    if m is None:
        return None
    word = m.group(1) or m.group(2) or m.group(5)
    weekday = cal.weekday_number(word)
    if weekday is None:
        return None
    negated = bool(m.group(3) or m.group(4))
    return StudyDays(frozenset({weekday}), study=not negated)


def _grade_range(first: str | None, last: str | None) -> frozenset[int]:
    if first is None:
        return frozenset()
    low, high = sorted((int(first), int(last or first)))
    if not 1 <= low <= high <= 11:
        return frozenset()
    return frozenset(range(low, high + 1))


def _ordinal(word: str | None) -> int | None:
    if not word:
        return None
    if word in _ROMAN:
        return _ROMAN[word]
    for stem, value in _ORDINALS.items():
        if word.startswith(stem):
            return value
    return ordinal_value(word)


def _planned_year(today: date) -> int:
    """The September in which the school year being planned begins."""
    return today.year if today.month >= 6 else today.year - 1


def _day(groups: tuple[str | None, ...], first_year: int) -> date | None:
    """A date from the `_DAY` groups, placed in the school year from September `first_year`."""
    word_day, month_word, year, num_day, num_month, num_year = groups
    if word_day is not None and month_word is not None:
        day, month = int(word_day), cal.month_number(month_word)
        explicit = int(year) if year else None
    elif num_day is not None and num_month is not None:
        day, month = int(num_day), int(num_month)
        explicit = cal.full_year(num_year, date(first_year, 9, 1)) if num_year else None
    else:
        return None
    if month is None:
        return None
    chosen = explicit or (first_year if month >= 6 else first_year + 1)
    return cal.safe_date(chosen, month, day)


# --- periods of the school year in questions («что на каникулах?») ---------------------

_VACATION_PERIOD = re.compile(
    r"\b(?:на|во\s+время|в)\s+(?:(ближайш\w+|следующ\w+|эт\w+)\s+)?"
    r"(?:(осенн\w+|зимн\w+|новогодн\w+|весенн\w+|летн\w+)\s+)?каникул(?:ах|ы|ам)?(?![а-я])"
    r"|\b(?:на|во\s+время|в)\s+(новогодн\w+)\s+праздник\w*"  # «новогодние праздники»: winter
    # «что на зимних?»: the season's adjective closing the phrase stands for its каникулы
    r"|\bна\s+(осенн(?:их|ие)|зимн(?:их|ие)|весенн(?:их|ие)|летн(?:их|ие))(?=[^\S\n]*(?:[?!.]|$))"
)
_TERM_PERIOD = re.compile(
    # (blanks possessive around «-» and the ending, as period_parts._QUARTER: «что во 1» + 1,000
    # spaces + «x четверти» took over 10 s; review 2026-12-02, H4; the same matches)
    r"\b(?:в|во|на|за)\s+(?:(эт\w+|следующ\w+|прошл\w+|предыдущ\w+)\s+"
    r"|(\d)(?:\s*+-)?(?:\s*+(?:[йюи]|ей))?\s++"
    r"|(перв|втор|трет|четв[её]рт)(?:ая|ую|ой|ей|ья|ью|ьей|ий)\s+)?"  # «в третьей четверти»
    r"(четверт[ьи]|триместр[еау]?)(?![а-я])"
    # «в четверть восьмого» is a clock (spoken_times._PAST_HOUR), not a term
    r"(?!\s+(?:первого|второго|третьего|четв[её]ртого|пятого|шестого|седьмого|восьмого"
    r"|девятого|десятого|одиннадцатого|двенадцатого)(?![а-я]))"
)
_TERM_ORDINALS = {"перв": "1", "втор": "2", "трет": "3", "четв": "4"}
# «план третьей четверти», «что 3 четверти?»: a numbered term in the genitive with no
# preposition, read only right after a word asking for the plan (_PLAN_WORDS) or first
_TERM_GENITIVE = re.compile(
    r"(?<![а-я\d])(?:(\d)(?:\s*+-)?(?:\s*+(?:[йюи]|ей))?\s++"
    r"|(перв|втор|трет|четв[её]рт)(?:ой|ей|ьей)\s+)(четверти|триместра)(?![а-я])"
)
gate(_TERM_GENITIVE, re.compile("четверти|триместра"))
_PLAN_WORDS = frozenset(
    {"", "что", "план", "плана", "планы", "планом", "расписание", "мероприятия", "события", "все"}
)
# «после каникул», «после зимних каникул»: the days from the one after those каникулы end
_AFTER_VACATION = re.compile(
    r"\bпосле\s+(?:(ближайш\w+|следующ\w+|эт\w+)\s+)?"
    r"(?:(осенн\w+|зимн\w+|новогодн\w+|весенн\w+|летн\w+)\s+)?каникул(?![а-я])"
)
# «до каникул», «до начала зимних каникул»: from today to the day before those каникулы begin
_BEFORE_VACATION = re.compile(
    r"\bдо\s+(?:начала\s+)?(?:(ближайш\w+|следующ\w+|эт\w+)\s+)?"
    r"(?:(осенн\w+|зимн\w+|новогодн\w+|весенн\w+|летн\w+)\s+)?каникул(?![а-я])"
)
# «в первый учебный день [после (зимних) каникул]»: the first day of the next term
# («…четверти», «…триместра»: the same day); «…недели» is the week's Monday instead
_FIRST_SCHOOL_DAY = re.compile(
    r"\b(?:в\s+)?перв\w+\s+(?:учебн|школьн)\w+\s+д(?:ень|ня)(?![а-я])"
    r"(?:\s+после\s+(?:(осенн\w+|зимн\w+|новогодн\w+|весенн\w+)\s+)?каникул(?![а-я])"
    r"|\s+(недели)(?![а-я])|\s+(?:четверти|триместра)(?![а-я]))?"
)
gate(_FIRST_SCHOOL_DAY, re.compile("учебн|школьн"))
# the winter каникулы are also called «новогодние» (they hold New Year)
_SEASON_STEMS = {
    "осен": "autumn",
    "зимн": "winter",
    "новогодн": "winter",
    "весен": "spring",
    "летн": "summer",
}


def school_periods_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """«на каникулах», «на зимних каникулах», «в этой четверти», «в 3 четверти»: the period
    from the school's calendar (`school_calendar.current_calendar()`).
    Sets `parts.period` (first, last day), `period_grain` "vacation" or "term" (and
    `clip_to_today` for the holidays under way or next). Example: «на зимних каникулах» on 7
    December 2026 → (31 December 2026, 10 January 2027) by the default calendar."""
    calendar = school_calendar.current_calendar()
    today = now.date()
    for m in sc.find(_AFTER_VACATION):
        season = _season(m.group(2))
        vacation = _vacation_ahead(calendar, today, season)
        if vacation is not None and parts.day_first is None and parts.period is None:
            parts.day_first = vacation.end  # read as «после 11 января»: open from the 12th
            parts.day_prefix = "после"
            parts.rolled_year = season is not None and _past_this_year(today, vacation.start)
        sc.take_match(m)
    _before_vacation(sc, parts, calendar, today)
    for m in sc.find(_VACATION_PERIOD):
        if parts.period is None:
            season = _season(m.group(2) or m.group(3) or m.group(4))
            vacation = _vacation_ahead(calendar, today, season)
            if vacation is not None:
                parts.period = (vacation.start, vacation.end)
                parts.period_grain = "vacation"
                parts.clip_to_today = True
        sc.take_match(m)
    for m in sc.find(_TERM_PERIOD):
        if parts.period is None:
            number = m.group(2) or (_TERM_ORDINALS[m.group(3)[:4]] if m.group(3) else None)
            term = _term_named(calendar, today, m.group(1) or "", number)
            if term is not None:
                parts.period = (term.start, term.end)
                parts.period_grain = "term"
                parts.clip_to_today = number is None  # «в 3 четверти»: all of it (walk z, Z3)
        sc.take_match(m)
    for m in sc.find(_TERM_GENITIVE):
        before = m.string[: m.start()].split()
        if parts.period is None and (before[-1] if before else "") in _PLAN_WORDS:
            number = m.group(1) or _TERM_ORDINALS[m.group(2)[:4]]
            term = _term_named(calendar, today, "", number)
            if term is not None:
                parts.period = (term.start, term.end)
                parts.period_grain = "term"
                sc.take_match(m)


def _before_vacation(
    sc: Scanner, parts: TemporalParts, calendar: school_calendar.SchoolCalendar, today: date
) -> None:
    """«до каникул», «до начала зимних каникул» (newcomer76: «что у моего класса до
    каникул?» was not understood, «что до каникул?» listed January too): read as «до» the
    last day before the next such каникулы that have not begun (during the winter ones, «до
    каникул» is up to the spring ones), so a question asks from today to that day."""
    for m in sc.find(_BEFORE_VACATION):
        season = _season(m.group(2))
        ahead = school_calendar.next_vacations(today, calendar, count=6)
        vacation = next((v for v in ahead if v.start > today and season in (None, v.season)), None)
        if vacation is not None and parts.day_first is None and parts.period is None:
            parts.day_first = vacation.start - timedelta(days=1)
            parts.day_prefix = "до"
        sc.take_match(m)


def take_other_first_school_days(sc: Scanner, event: tuple[int, int]) -> None:
    """Take «первый учебный день [после каникул]» written outside a post's event sentence
    `event` (start, end): another sentence's day («Первый учебный день — 2 февраля»), never
    the event's, as a weekday there is (post_cues.take_other_weekdays)."""
    if "учебн" not in sc.text and "школьн" not in sc.text:
        return
    for m in _FIRST_SCHOOL_DAY.finditer(sc.text):
        if not event[0] <= m.start() < event[1] and sc.is_free(m.start(), m.end()):
            sc.take(m.start(), m.end())


def first_school_day_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """«в первый учебный день [после (зимних) каникул]»: the first day of the next term in
    the school's calendar (`school_calendar.current_calendar()`), never today.
    Sets `parts.day_first`. Example: «в первый учебный день после зимних каникул» on 7 December
    2026 → 11 January 2027 by the default calendar."""
    calendar = school_calendar.current_calendar()
    for m in sc.find(_FIRST_SCHOOL_DAY):
        if m.group(2):  # «в первый учебный день недели»: the coming week's first school day
            if parts.weekday is None and parts.day_first is None and not parts.day_blocked:
                parts.day_first = first_school_day_of_week(calendar, now.date())
                sc.take_match(m)
            continue
        season = _season(m.group(1))
        first = _first_school_day(calendar, now.date(), season)
        if first is not None and parts.day_first is None and not parts.day_blocked:
            parts.day_first = first
            parts.rolled_year = season is not None and _past_this_year(now.date(), first)
            sc.take_match(m)


def first_school_day_of_week(calendar: school_calendar.SchoolCalendar, today: date) -> date:
    """The first school day of the coming week (the one opening on the Monday after
    `today`, school-local): its Monday unless a public holiday, a transferred day off or
    the school's каникулы take it (bot.core.calendar_checks.is_school_day: «8 марта» on a
    Monday gives the Tuesday); a week with no school day gives the first school day after
    it (the day lessons start again), within MAX_WEEKS_AHEAD weeks, else its Monday."""
    monday = today + timedelta(days=7 - today.weekday())
    for offset in range(7 * MAX_WEEKS_AHEAD):
        day = monday + timedelta(days=offset)
        if is_school_day(day, calendar):
            return day
    return monday


MAX_WEEKS_AHEAD = 16  # the longest break between school days (the summer) is looked past


def _past_this_year(today: date, day: date) -> bool:
    """Whether a season's каникулы were reached only in a later school year than `today`'s:
    those of this school year are over («после осенних каникул» said in December), so the
    year is a guess the bot asks about (doubt `year_guessed`)."""
    return school_calendar.school_year_start(day) != school_calendar.school_year_start(today)


def _first_school_day(
    calendar: school_calendar.SchoolCalendar, today: date, season: str | None
) -> date | None:
    """The first day of the first term that starts after `today` (or after the named
    season's каникулы ahead): the school's next first day of lessons, or None."""
    after = today
    if season is not None:
        vacation = _vacation_ahead(calendar, today, season)
        if vacation is None:
            return None
        after = vacation.end
    year = calendar.year_of(after)
    terms = list(year.terms) + list(calendar.year_of(date(year.first_year + 1, 9, 1)).terms)
    return next((t.start for t in terms if t.start > after), None)


def _season(word: str | None) -> str | None:
    """The season an adjective before «каникулы» names («зимних», «новогодних»), or None."""
    return next((v for k, v in _SEASON_STEMS.items() if (word or "").startswith(k)), None)


def _vacation_ahead(
    calendar: school_calendar.SchoolCalendar, today: date, season: str | None
) -> school_calendar.Vacation | None:
    ahead = school_calendar.next_vacations(today, calendar, count=6)
    return next((v for v in ahead if season is None or v.season == season), None)


def _term_named(
    calendar: school_calendar.SchoolCalendar, today: date, mode: str, number: str | None
) -> school_calendar.Term | None:
    year = calendar.year_of(today)
    if number is not None:
        return next((t for t in year.terms if t.number == int(number)), None)
    terms = list(year.terms) + list(calendar.year_of(date(year.first_year + 1, 9, 1)).terms)
    index = next((i for i, t in enumerate(terms) if t.end >= today), len(terms) - 1)
    if is_next(mode):
        index += 1
    elif is_last(mode):
        index -= 1
    return terms[index] if 0 <= index < len(terms) else None
