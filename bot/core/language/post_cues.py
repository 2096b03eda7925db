"""Words around a date in a long post that mark it as not the event's own day.

- CLOSED: days the doors are shut ("30, 31 декабря — выходные дни", "санитарный день",
  "музей закрыт"), said in a sentence with no event cue;
- LESSON_ANY: a time given by a lesson ("после 7 урока", "3-4 урок"), taken with the other
  times of a sentence that dates something else;
- stages: a competition held in stages ("Школьный этап … с 15 по 22 сентября. Муниципальный
  этап … с 22 по 29 сентября", "пробный тур … основной тур …") starts with its first stage;
  the later stages are its continuation, not rival days — unless the first stage is a remote
  selection (заочный, отборочный, онлайн, по видео), when the day the pupils come may be a
  later one and the bot asks;
- weekdays outside the event's sentence ("В воскресенье программа продолжится …") name other
  days of the programme, never a rival weekday of the event's date;
- AFTERWARDS: what comes after the event itself — the next meeting of a series ("Следующая
  встреча цикла запланирована на 23 декабря") or the announcement of results ("Итоги будут
  подведены 20 декабря"); such a sentence loses its event cue, so the event's own date wins
  and the later one is at most offered beside it;
- WINDOW_AFTER: the day a registration window opens, the words after the date ("С 1 марта
  открыта запись на смену…", "3 февраля стартовал приём заявок");
- WINDOW_BEFORE: the same told with the window's noun before the date ("Регистрация
  участников откроется 8 октября"), when the post writes another day (fresh72);
- a frame: a day inside the pick's span announced as held "в рамках / в ходе / в программе"
  of something longer is offered beside the span (framed_day_inside).
"""

from __future__ import annotations

import re
from datetime import date

from bot.core.language.calendar import WEEKDAY
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.post_dates import DATE_ANY
from bot.core.language.prefilter import with_first_chars
from bot.core.language.sentences import IN_SENTENCE
from bot.core.language.tokens import Scanner
from bot.core.language.told_past import clause_at, told_in_past

CLOSED = re.compile(
    r"\b(?:выходн\w*\s+д(?:ень|ни)|санитарн\w*\s+д(?:ень|ни)|не\s+работа\w*|закрыт\w*\s+для"
    r"|(?:музей|библиотека|выставка|зал|центр)\s+закрыт\w*)(?![а-я])"
)
WINDOW_AFTER = re.compile(
    r"[\s,]*(?:[а-я]+\s+){0,2}?(?:открыт\w*|начина\w*|начал\w*|стартует|стартовал\w*"
    r"|объявл\w*)\s+(?:[а-я]+\s+)?(?:запись|регистраци\w*|при[её]м\w*|подач\w*|набор\w*)"
)
# the same window told the other way round, its noun opening the clause before the date and
# the opening verb right before it ("Регистрация участников откроется 8 октября", "Приём
# заявок начнётся 1 марта", "Регистрация на акцию «…» стартует 8 октября"): `before` is the
# sentence's text up to the date (fresh72)
WINDOW_BEFORE = with_first_chars(
    re.compile(
        r"(?:^|[,;:]\s*)(?:регистраци\w*|запись|при[её]м\w*\s+(?:заяв|работ|документ)\w*"
        r"|подач\w*\s+заяв\w*|набор\w*)(?![а-я])[^.!?\n,;]{0,60}?"
        r"(?<![а-я])(?:откро\w*|открыва\w*|начн[её]тся|начина\w*|старту\w*)\s*$"
    )
)
LESSON_ANY = with_first_chars(
    re.compile(
        r"(?:\b(?:после|на|с|до|перед)\s+)?\b\d{1,2}(?:\s*-\s*\d{1,2})?(?:-?[а-я]{1,2})?\s+урок[а-я]*"
    )
)
_STAGE = compile_with_scan(r"\b(?:этап\w*|тур|тура|туре|финал\w*|полуфинал\w*|раунд\w*)(?![а-я])")
# the same event going on or closing on a later day: "4, 5 января соревнования продолжатся",
# "Закрытие фестиваля и награждение — 25 апреля"
_CONTINUES = compile_with_scan(
    r"\b(?:продолж(?:ится|атся|ение|им)|закрыти\w*|заверш(?:ится|атся))(?![а-я])"
)
_REMOTE = compile_with_scan(r"\b(?:отбор\w*|заочн\w*|дистанцион\w*|онлайн|видео\w*)(?![а-я])")


def first_stage(sentence: str) -> bool:
    """Whether the event's sentence names a stage attended in person (see the docstring)."""
    return _STAGE.search(sentence) is not None and _REMOTE.search(sentence) is None


def later_stage_of(sentence: str, day: date, first: date | None) -> bool:
    """Whether a sentence dating `day` names a later stage of the event starting on `first`."""
    return first is not None and day > first and _STAGE.search(sentence) is not None


def goes_on(sentence: str, day: date, first: date | None) -> bool:
    """Whether a sentence dating `day`, after the event's first day `first`, says the event
    goes on or closes then ("4, 5 января соревнования продолжатся")."""
    return first is not None and day > first and _CONTINUES.search(sentence) is not None


# a single weekday ("в воскресенье", "(сб)"), not a repeat ("по средам" is another form)
_ONE_WEEKDAY = with_first_chars(re.compile(rf"(?:\b(?:в|во)\s+)?\b{WEEKDAY}"))
# a weekday outside the event's sentence is written in full ("в воскресенье"); a post with
# a numeral counting the weekday after it («пройдут в два воскресенья», «3 субботы»)
WEEKDAYS_COUNTED = re.compile(r"(?:\b(?:в|во|на)\s+)?(?:\b(?:два|две|три|четыре|оба|обе)|\b\d)\s+$")
# none of these stems skips the scan (str.__contains__ runs at C speed)
_WEEKDAY_STEMS = ("понедельн", "вторник", "сред", "четверг", "пятниц", "суббот", "воскрес")
SPEECH = 60  # characters: a quotation this long is someone's words, not a name


def take_other_weekdays(sc: Scanner, event: tuple[int, int]) -> None:
    """Take the weekdays written outside the event's sentence `event` (start, end): also
    inside a quoted speech («Во время опытов в воскресенье дети …»), never inside a short
    quoted name («Воскресенье в музее»), which stays for the title."""
    if not any(stem in sc.text for stem in _WEEKDAY_STEMS):
        return
    for m in _ONE_WEEKDAY.finditer(sc.text):
        start, end = m.span()
        if event[0] <= start < event[1] or sc.taken.find(1, start, end) != -1:
            continue
        if sc.protected.find(1, start, end) == -1 or _quoted_length(sc, start) > SPEECH:
            count = WEEKDAYS_COUNTED.search(sc.text, max(0, start - 12), start)
            if count is not None and sc.is_free(count.start(), count.end()):
                start = count.start()  # «в два воскресенья»: a count of days, never «в два»
            sc.take(start, end)


def _quoted_length(sc: Scanner, at: int) -> int:
    """How long the protected (quoted) run holding position `at` is, in characters."""
    low = sc.protected.rfind(0, 0, at) + 1
    high = sc.protected.find(0, at)
    return (len(sc.text) if high == -1 else high) - low


AFTERWARDS = with_first_chars(
    re.compile(
        r"\bследующ\w+\s+(?:[а-я]+\s+){0,1}(?:встреч\w*|заняти\w*|лекци\w*|игр\w*|занятие"
        r"|показ\w*|урок\w*|тур\w*|этап\w*|выпуск\w*)"
        r"|\b(?:итог\w*|результат\w*)\s+(?:[а-я]+\s+){0,4}(?:будут\s+)?(?:подвед\w*|подвод\w*"
        r"|объяв\w*|опубликов\w*|размещ\w*)"
        # the verb first: "будут подведены итоги", "объявят результаты"
        r"|\b(?:подвед(?:ут|ены|[её]м)|объяв(?:ят|лены)|оглас(?:ят|ены))\s+(?:[а-я]+\s+)?"
        r"(?:итог\w*|результат\w*)"
        # the same said with a verbal noun opening the sentence (or its label's value):
        # "Подведение итогов состоится 24 февраля", "Награждение победителей пройдёт 7 мая",
        # never "Конкурсный день и подведение итогов: 23 апреля" (the event's day too)
        r"|(?:^|:)\s*(?:(?:подведени\w*|объявлени\w*|оглашени\w*)\s+(?:[а-я]+\s+)?"
        r"(?:итог\w*|результат\w*)|награжден\w*\s+(?:[а-я]+\s+)?(?:победител\w*|призер\w*"
        r"|лауреат\w*))"
        # pupils back at their desks after a break ("в этот день школьники вновь сядут за
        # парты"): the day after the holidays, not an event
        r"|\b(?:вновь|снова)\s+(?:[а-я]+\s+)?(?:сесть|сядут)\s+за\s+парт"
    )
)


_RELATIVE_DAY = re.compile(r"\b(?:сегодня|завтра|послезавтра)(?![а-я])")


def take_closed_days(sc: Scanner, event_cues: re.Pattern[str]) -> None:
    """Take "сегодня"/"завтра" in a clause saying the doors are shut that day ("Сегодня в
    театре выходной день, а уже завтра ждём вас"): the other day is the event's. A clause
    with one of `event_cues` ("пройдёт", "ждём") keeps its day."""
    text = sc.text
    for m in sc.find(_RELATIVE_DAY):
        left = max(text.rfind(ch, 0, m.start()) for ch in ",;:.!?\n") + 1
        rights = [i for i in (text.find(ch, m.end()) for ch in ",;:.!?\n") if i != -1]
        clause = text[left : min(rights, default=len(text))]
        if CLOSED.search(clause) and not event_cues.search(clause):
            sc.take_match(m)


def take_uncued_relative_days(
    sc: Scanner, spans: list[tuple[int, int]], event_cues: re.Pattern[str]
) -> None:
    """In a post naming its days only by "сегодня"/"завтра"/"послезавтра", take those of
    sentences without an event cue when a sentence with one names another day ("Сегодня
    публикуем материал учителя. Завтра состоится премьера спектакля!"): the writer's today
    is not the event's day. `spans` are the post's sentences."""
    text = sc.text
    take_reported_today(sc)
    found = [(m, _sentence_of(spans, m.start())) for m in sc.find(_RELATIVE_DAY)]
    cued = {m.group(0) for m, (b, e) in found if event_cues.search(text, b, e)}
    if not cued:
        return
    for m, (b, e) in found:
        if m.group(0) not in cued and not event_cues.search(text, b, e):
            sc.take_match(m)


def take_reported_today(sc: Scanner, whole: bool = False) -> list[tuple[int, int]]:
    """Take the «сегодня» of sentences told in the past alone (told_past.told_in_past:
    «Сегодня прошёл турнир по шахматам») when a day ahead («завтра», «послезавтра»), or today
    again, is named in a sentence not so told («Завтра в 15:00 финал», «Финал сегодня в
    18:00»): today's is a report, the
    coming day the event's (doubt60). Read by clauses (clause_at): a report and an
    announcement joined by «, а» are two («Сегодня прошёл концерт, а 12 декабря будет
    ярмарка»). Nothing is taken when there is no such day ahead (a
    report alone keeps its day, asked as `past`). `whole` (a chat line): take the report's
    sentence, clock and words (its title is read from its free words, and the report names
    another event; the clauses taken are returned), and a written date in another sentence
    not so told is a day ahead too («Сегодня в 10:00 начался турнир. Финал 12 декабря в
    14:00»: the clock was the final's)."""
    text = sc.text
    found = list(sc.find(_RELATIVE_DAY))
    reported = [
        m
        for m in found
        if m.group(0) == "сегодня" and told_in_past(text, m.start(), m.end(), clause=True)
    ]
    if not reported:
        return []
    spans = {clause_at(m.start(), text) for m in reported}
    # a day ahead, or today in a clause not told in the past («Финал сегодня в 18:00»)
    ahead = [m for m in found if m.group(0) != "сегодня" or clause_at(m.start(), text) not in spans]
    if whole:
        ahead += [m for m in sc.find(DATE_ANY) if clause_at(m.start(), text) not in spans]
    if all(told_in_past(text, m.start(), m.end(), clause=True) for m in ahead):
        return []  # (none ahead, or every one told in the past too)
    for m in reported:
        if whole:
            sc.take(*clause_at(m.start(), text))
        else:
            sc.take_match(m)
    return [clause_at(m.start(), text) for m in reported] if whole else []


def _sentence_of(spans: list[tuple[int, int]], at: int) -> tuple[int, int]:
    return next(((b, e) for b, e in spans if b <= at < e), (at, at))


# an event called off: "отменяется", "не состоится", "переносится" with no new day after it
# ("на неопределённый срок", "Новая дата будет объявлена позже"); not a condition ("в случае
# дождя отменяется", "при морозе ниже −25 занятия не проводятся")
CALLED_OFF = compile_with_scan(
    r"\b(?:не\s+состо(?:ится|ятся)|отменя(?:ется|ются)|отмен[её]н[аоы]?|отменили"
    r"|не\s+будет\s+проводиться|перенос(?:ится|ятся)|перенесен[аоы]?)(?![а-я])"
)
CALLED_OFF_HINT = re.compile("состо|отмен|провод|перенос|перенес")
_CONDITION = re.compile(r"\b(?:в\s+случае|если|при\s+(?:неблагоприят|плох|мороз|дожд|темпер))")
_NEW_DAY = re.compile(rf"{IN_SENTENCE}{{0,40}}?\bна\s+\d")  # "перенесён на 10 декабря": a new day
_MOVED_ON = re.compile(rf"\bперен[её]?с\w*{IN_SENTENCE}{{0,40}}?\bна\s+\d")  # a move to a new day


def called_off(clause: str, after: str) -> bool:
    """Whether the clause holding a date says the event on that date is called off (see
    CALLED_OFF); `after` is the text after the date, where a new day would follow."""
    m = CALLED_OFF.search(clause)
    if m is None or _CONDITION.search(clause):
        return False
    if m.group(0).startswith("перен") and _NEW_DAY.match(clause, m.end()):
        return False
    return _MOVED_ON.search(clause, m.end()) is None  # "отменили и перенесли на 7 апреля"


UNTIL_OPENING = re.compile(r"\W*до\s*")  # a sentence opening with "До 10 октября"
# what visitors may do until then: the event lasts to that day (a deadline's words — "подать
# заявку", "зарегистрироваться" — are read before, by DEADLINE)
VISITS = re.compile(
    rf"{IN_SENTENCE}{{0,40}}?\b(?:смогут|сможет|можно|может|могут|работа\w*|открыт\w*|продл\w*"
    r"|посет\w*|увид\w*|доступн\w*|действ\w*|экспонир\w*)(?![а-я])"
)


# an event held inside a longer one: "в рамках недели", "в ходе фестиваля", "в программе форума"
_WITHIN_FRAME = re.compile(r"\b(?:в\s+рамках|в\s+ходе|в\s+программе)\s+[а-я]")


def framed_day_inside(
    sentence: str, cued: bool, day: date | None, span: tuple[date | None, date | None]
) -> bool:
    """Whether a day inside the pick's span of several days, after its first, is announced by
    its own sentence (`cued`: it has an event cue) as an event held within a frame ("С 23 по
    31 марта пройдёт Неделя книги. … В рамках акции в четверг, 28 марта, состоится беседа"):
    the span may be the frame and the day the event, so both are offered (several_dates)
    rather than the day being read as a day of the span. A day of the span named without a
    frame stays part of it."""
    first, last = span
    return (
        cued
        and day is not None
        and first is not None
        and last is not None
        and first < day <= last
        and _WITHIN_FRAME.search(sentence) is not None
    )


# the day just named, referred back to by a later sentence: "в этот день", "в тот же день",
# with an adjective between ("в этот памятный день"), or the feast the day is for ("к этому
# празднику", "к праздничному дню")
_SAME_DAY = compile_with_scan(
    r"\b(?:в|на)\s+(?:этот|тот)(?:\s+же)?\s+(?:[а-я]+(?:ый|ий|ой)\s+)?(?:день|праздник)(?![а-я])"
    r"|\bк\s+(?:этому|тому)(?:\s+же)?\s+(?:[а-я]+(?:ому|ему)\s+)?(?:дню|празднику)(?![а-я])"
    r"|\bк\s+праздничному\s+дню(?![а-я])"
)
SAME_DAY_REACH = 400  # characters after the date's sentence where the reference is looked for


def refers_back(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] refers back to a day named before it ("в этот день", "на
    этот день", "в тот же день", "к этому празднику")."""
    return _SAME_DAY.search(text, begin, end) is not None


def same_day_later(text: str, end: int) -> bool:
    """Whether a sentence soon after the one ending at `end` refers back to its day as the
    event's ("12 ноября отмечается Синичкин день. … Сотрудники музея проведут в этот день
    акцию"): the occasion's date is then the event's own, not a date named in passing."""
    return _SAME_DAY.search(text, end, end + SAME_DAY_REACH) is not None


# «накануне» / «в канун» as a preposition, a date its object (its genitive, no comma
# between): «накануне 8 Марта», «накануне 1 сентября», «в канун 8 марта», the holiday's name
# between too («в канун Международного женского дня 8 марта», «накануне праздника 8 Марта»);
# «накануне, 11 декабря» is the adverb with its day in apposition
EVE_OF = re.compile(
    r"(?<![а-яё])(?P<eve>накануне|в\s+канун)\s+"
    r"(?:(?:[а-яё]{3,}\s+){0,2}(?:дня|праздника)(?:\s+[а-яё]{3,}){0,2}\s+)?(?=\d)",
    re.IGNORECASE,
)


def take_eve_days(sc: Scanner) -> int:
    """Take each date «накануне» / «в канун» governs («Накануне 8 Марта, 6 марта, в зале
    пройдёт концерт»): the day the event comes before, never the event's own, when another
    date is written; the eve's words («в канун праздника») are taken either way. When the
    date is the only one, it is left to be read as usual and the draft moved to the day
    before it, asked (eve_days.with_eve_day; parse77). Returns how many dates were taken."""
    if "накануне" not in sc.text and "канун" not in sc.text:
        return 0
    taken = 0
    for m in sc.find(EVE_OF):
        day = DATE_ANY.match(sc.text, m.end())
        if day is None or not sc.is_free(day.start(), day.end()):
            continue
        if _other_free_date(sc, day.start(), day.end()):
            sc.take_match(day)
            taken += 1
        sc.take_match(m)  # «Канун концерт», «Праздник концерт»: never the title's words
    return taken


def _other_free_date(sc: Scanner, start: int, end: int) -> bool:
    """Whether sc.text names a date the scanner has not taken outside start..end."""
    return any(
        (m.start(), m.end()) != (start, end) and sc.is_free(m.start(), m.end())
        for m in DATE_ANY.finditer(sc.text)
    )
