"""A reply that corrects the open draft instead of starting a new event: «нет, пусть будет
10 декабря», «не в 10, а в 11», «нет, лучше 11 декабря в 15:00» (newcomer walk 2026-11-30,
C4). Only a reply that opens with such a frame and names nothing but a day or a time is a
correction; «нет, лекция по химии 15 декабря» is still a new event. A reply that is nothing
but a day and time («16:00», «завтра в 16:00») while one draft's card is open is a correction
too: it names no event of its own, so it can only be about the card above. So is a day alone
(«16 декабря», «на 16-е», «16.12», walk 2026-12-02l #10): without a question mark or a word of
its own it asks nothing and names nothing but the card's new day; the card keeps its time.

The frames are read as Russian chat writes a correction (newcomer walk 2026-12-01f, finding
6): «нет,» may precede the contrast («нет, не 5-го, а 12-го»), a refusal names the value it
replaces («5-го нельзя, давайте 12-го»), a bare number in a contrast is a day or an hour as
the number it replaces is on the event («не 5, а 12» on 5 December: the 12th), and a reply
naming a field («время 15:30», «место онлайн») or saying the event is online («это онлайн»)
changes that field (bot.core.language.field_corrections).

A bare number may also replace the classes (newcomer walk 2026-12-01g, #6): «не 10, а 11»
on a card of 10 December for «10 классы» is the 11th or the 11th grade, and nothing in the
words tells which. `number_readings` lists every reading the event makes possible — the
day (a date that exists in the event's month), the hour (0–23), the classes (a grade 1–11,
when the event is for that one grade only: «10 классы», «10А, 10Б»); with two or more
the caller asks (buttons, nothing changed before), with one it is taken.

A correction repeated on the open card (newcomer walk 2026-12-01i, #8: «не 10, а 11» again
after the day was made the 11th, when 10 is only the class left) may mean the change already
made: with `applied`, a day or an hour that already is the new number is a reading too
(`already`, changing nothing), so the classes are not changed without asking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from bot.core import drafts
from bot.core.dialog import DraftField, EditableField
from bot.core.language.age_replies import age_reply
from bot.core.language.answers import (
    Asked,
    answered_audience,
    edit,
    fill,
    is_message,
    with_answer_doubts,
)
from bot.core.language.calendar import MONTH
from bot.core.language.capacity import no_seats_limit, seats_reply
from bot.core.language.card_classes import card_classes
from bot.core.language.doubts import ordered
from bot.core.language.end_answers import end_on_card
from bot.core.language.event_referent import names_another_kind
from bot.core.language.field_corrections import FieldValue, field_value
from bot.core.language.intents import parse_message
from bot.core.language.morphology import parses
from bot.core.language.move_phrases import relative_shift
from bot.core.language.move_weekdays import bare_weekday, weekday_for_move
from bot.core.language.temporal import extract_temporal
from bot.core.language.tokens import Scanner
from bot.core.language.typos import correct_typos
from bot.core.language.venue import extract_venue
from bot.core.language.when import day_and_time
from bot.core.models import Audience, EventDraft, EventIntent, QueryIntent, Recurrence

# «нет,» before the rest of a correction («нет, не 5-го, а 12-го», «нет, 26 декабря»); «не
# то, это …», «не так:», «не то название, это …» say the same when the contrast «не то, а …»
# does not follow (newcomer walk 2026-12-03aa, Z8) — after a comma, a dash or «это» only: «Не
# так давно в школе …» opens a post
_NO = re.compile(
    r"(?:\s*(?:нет\b|не\s+(?:то|так)(?:\s+названи[ея])?(?![а-яё])(?!\s*,?\s*а\s)"
    r"(?=\s*[,.!:—–-]|\s+это(?![а-яё])))[\s,.!:—–-]*)+",
    re.IGNORECASE,
)
# «не то, это …» / «это называется …»: what the user restates the event as
_RESTATED = re.compile(
    r"^(?:это|а\s+это)(?:\s+(?:будет|называется))?\s+(?P<value>\S.*?)[\s.!;]*$",
    re.IGNORECASE | re.DOTALL,
)
# a place, a time or the classes open with one of these: «это в актовом зале», «это для всех»
_PREPOSITION = re.compile(
    r"^(?:в|во|на|для|с|со|у|по|к|ко|из|от|до|при|о|об|около|возле|через)\s", re.IGNORECASE
)
_WHOLE_QUOTE = re.compile(r"^[«\"„“](?P<inner>[^«»\"„“”]+)[»\"“”]$")
# «не 12, а 13 декабря», «не 5 а 12»: the value replaced, then the wanted one. Linear over
# a long run of blanks (review 2026-12-02, H4; was `не\s+(?P<was>…)\s*,?\s+а\s+`, over
# 10 s on «не» and 1,000 line breaks): the same matches, because `was` can only start in the
# last two blanks after «не» (the blanks before all read the same further on: if a start
# two blanks back fails, an earlier one fails too), and «,» and «а» are no blanks
_CONTRAST = re.compile(
    r"\s*+не\s+(?=\s{0,2}(?!\s))(?P<was>[^,]{1,40}?)(?:\s*+,\s++|\s++)а\s++", re.IGNORECASE
)
# «5-го нельзя, давайте 12-го», «в 14 не получится — лучше в 15:30»: a refusal of the value
# (`was` starts at most two blanks before the first word, as in _CONTRAST: linear over a
# long run of blanks, same matches)
_REFUSAL = re.compile(
    r"\s*(?=\s{0,2}(?!\s))(?P<was>[^,.!?—–]{1,40}?)\s++(?:нельзя|не\s+получи(?:тся|лось)"
    r"|не\s+получается|не\s+подходит|не\s+сможем|не\s+можем|не\s+могу|не\s+выйдет|неудобно"
    r"|занят[оы]?)\s*+[,.!—–-]++\s*+",
    re.IGNORECASE,
)
# «ой,», «извините,»: an interjection before a correction, no frame by itself
_INTERJECTION = re.compile(
    r"\s*(?:ой|ох|ах|упс|извините|простите|сорри)(?![а-яё])[\s,.!:—–-]*", re.IGNORECASE
)
# «ошибся», «я ошиблась», «опечатка», «неправильно написал»: a correction's opener
_MISTAKE = re.compile(
    r"\s*(?:(?:я\s+)?(?:ошиб(?:ся|лась|лись|лёл)|ошибочка|опечатал(?:ся|ась|ись))|опечатка"
    r"|(?:неправильно|неверно)(?:\s+написал[аи]?)?|поправка|исправление)(?![а-яё])[\s,.!:—–-]*",
    re.IGNORECASE,
)
# «концерт не 25, а …» after an opener: the event's words, then the contrast; a verb of
# taking place between them («экскурсия будет не 10, а 11 декабря») is no part of the words
# (the contrast's runs as in _CONTRAST: linear over a long run of blanks, same matches)
_NAMED_CONTRAST = re.compile(
    r"(?P<ref>[^,\d]{1,40}?)(?:\s+(?:будет|пройд[её]т|состоится|проходит|проводится"
    r"|начн[её]тся|запланирован[аоы]?|назначен[аоы]?))?\s+не\s+(?=\s{0,2}(?!\s))"
    r"(?P<was>[^,]{1,40}?)(?:\s*+,\s++|\s++)а\s++",
    re.IGNORECASE,
)
# the wanted value follows the last of these («нет, 20 ноября уже было, пусть будет …»)
_WANTED = re.compile(r"\b(?:пусть\s+будет|давай(?:те)?|лучше)\b[\s,:—–-]*", re.IGNORECASE)
_WANTED_FIRST = re.compile(r"\s*(?=(?:пусть\s+будет|давай(?:те)?|лучше)\b)", re.IGNORECASE)
# a bare number, and a day of the month written as one («12-го», «12-е», «12 числа»)
_BARE_NUMBER = re.compile(r"^\s*(?:в\s+|на\s+)?(\d{1,2})\s*$")
_DAY_NUMBER = re.compile(r"^\s*(?:на\s+)?\d{1,2}\s*(?:-?(?:го|е|ое)|числа)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Correction:
    """A correcting reply's parts: `reference` the event's words ("" when none), `value` the
    wanted day, time or place as written, `was` the value it replaces ("5" of «не 5, а 12»,
    "5-го" of «5-го нельзя, давайте 12-го»; "" when not said)."""

    reference: str
    value: str
    was: str = ""


def correction(text: str, *, named: bool = False) -> Correction | None:
    """The parts of a correcting reply, read as Russian chat writes a correction: an opener
    («ошибся», «опечатка»), «нет,», then a contrast «не X, а Y» or a refusal «X нельзя,
    давайте Y» or a wish «пусть будет / давайте / лучше Y» — any of them, in this order.
    None when the reply opens with none of them or names nothing after. The event's words
    are only read after an opener («ошибся», «нет»): «Концерт не в зале, а в спортзале»
    alone is a message of its own — unless `named` (the caller takes only a day or a time
    as the value: a saved event's correction), where «экскурсия будет не 10, а 11 декабря»
    and «концерт не 25, а 26» name the event without an opener (newcomer walk 2026-12-01k,
    #6). A verb of taking place after the event's words («будет», «пройдёт», «состоится»)
    is left out of `reference`."""
    interjection = _INTERJECTION.match(text)
    start, opened = _after_discourse(text, 0 if interjection is None else interjection.end()), False
    for opener in (_MISTAKE, _NO):
        found = opener.match(text, start)
        if found is not None:
            start, opened = found.end(), True
    reference = was = ""
    contrast = _CONTRAST.match(text, start)
    titled = None
    if contrast is None and (opened or named):
        titled = _NAMED_CONTRAST.match(text, start)
    refusal = None if contrast or titled else _REFUSAL.match(text, start)
    for frame in (contrast, titled, refusal):
        if frame is not None:
            was, start, opened = frame.group("was").strip(), frame.end(), True
            reference = _event_words(frame.group("ref")) if frame is titled else ""
            break
    if not opened and _WANTED_FIRST.match(text, start) is None:
        return None
    wanted = list(_WANTED.finditer(text, start))
    value = text[wanted[-1].end() :] if wanted else text[start:]
    value = value.strip(" \t\n.,!;")
    return Correction(reference, value, was) if value else None


# a word before a correction's frame, with the punctuation after it («хотя нет,», «ну давай»)
_LEADING_WORD = re.compile(r"\s*([а-яё]+)(?![\w-])[\s,.!:—–-]*", re.IGNORECASE)
# the closed classes that carry no content of their own (pymorphy3: «хотя», «ну», «так», «а
# вот», «да»), of which a few open a frame themselves: «не», «нет», «пусть будет»
_DISCOURSE_POS = frozenset({"CONJ", "PRCL", "INTJ"})
_FRAME_STARTS = frozenset({"не", "нет", "ни", "пусть", "лучше"})
_MAX_DISCOURSE = 3  # words: more before a frame is a sentence of its own


def _after_discourse(text: str, start: int) -> int:
    """Where a correction's frame may begin after the discourse words at `start` (a
    conjunction, particle or interjection as pymorphy3 reads it first: «хотя нет, в
    17:00», «ну давай в 12:00», «а вот пусть будет …»; chat60: «Хотя нет» was taken as a
    new event's title); those words open nothing by themselves: `start` itself when no
    frame follows them."""
    at = start
    for _ in range(_MAX_DISCOURSE):
        word = _LEADING_WORD.match(text, at)
        if word is None or word.group(1).lower() in _FRAME_STARTS:
            break
        found = parses(word.group(1).lower())
        if not found or str(found[0].tag.POS) not in _DISCOURSE_POS:
            break
        at = word.end()
    framed = any(o.match(text, at) for o in (_MISTAKE, _NO, _CONTRAST, _REFUSAL, _WANTED_FIRST))
    return at if framed else start


# «ошиблась», «опечатка» inside the event's words: «по янтарной комнате ошиблась: не 15, а 17»
# (walk 2026-12-02t, #12) — the mistake said after the event, no word of its title
_MISTAKE_WORD = re.compile(
    r"(?<![а-яё])(?:я\s+)?(?:ошиб(?:ся|лась|лись|ка|очка)|опечата(?:лся|лась|лись)|опечатка)"
    r"(?![а-яё])",
    re.IGNORECASE,
)


def _event_words(ref: str) -> str:
    """The event's words before «не X, а Y» without a mistake said among them and the
    punctuation around («по янтарной комнате ошиблась:» -> «по янтарной комнате»)."""
    return " ".join(_MISTAKE_WORD.sub(" ", ref).split()).strip(" :;,.!—–-")


def bare_number(value: str) -> bool:
    """Whether `value` is a bare number («12», «в 12») that only the value it replaces
    types as a day or an hour."""
    return _BARE_NUMBER.match(value) is not None


def replaced_day(was: str, value: str, now: datetime) -> date | None:
    """The day the replaced value of «не X, а Y» names (`now`: the school's naive wall-clock
    time): «не 15 декабря, а 17» -> 15 December; a bare day number when the wanted value is
    a day with no time («не 15, а 17 декабря», «не 15-го, а 17-го»: the 15th of the wanted
    day's month). None when `was` names an hour («не в 15, а в 16»), is a bare number
    beside a time or a bare number (told later: number_readings), is a weekday or a word
    («не в четверг, а в пятницу»: the event's own weekday) or is empty."""
    if not was.strip():
        return None
    number = _DAY_OF_MONTH.match(was)
    if number is not None:
        wanted = day_and_time(value, now)
        if wanted is None or wanted.day is None or wanted.start is not None:
            return None
        try:
            return wanted.day.replace(day=int(number.group(1)))
        except ValueError:
            return None
    if not re.search(r"\d", was):
        return None  # «не в четверг, а в пятницу»: the weekday of the event, not a date
    named = day_and_time(was, now)
    if named is None or named.start is not None or named.day is None:
        return None
    if _YEAR.search(was):
        return named.day
    # a replaced day is the event's, near the wanted one (or today): «не 15 декабря, а 17»
    # said on 16 December is this 15 December, as «не 15, а 17 декабря» is — never the next
    # year's that the date reader prefers for a day already past (review 2026-12-02, C8)
    wanted = day_and_time(value, now)
    near = wanted.day if wanted is not None and wanted.day is not None else now.date()
    return min(_in_years(named.day, near), key=lambda d: abs((d - near).days))


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _in_years(day: date, near: date) -> list[date]:
    """`day`'s day and month in the year of `near` and the years either side (29 February
    only where there is one)."""
    found = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            found.append(day.replace(year=year))
        except ValueError:
            continue
    return found


# «15», «15-го», «15-е», «15 числа»: a day of the month written as its number alone
_DAY_OF_MONTH = re.compile(r"^\s*(\d{1,2})\s*(?:-?(?:го|е|ое)|числа)?\s*$", re.IGNORECASE)


def typed_number(value: str, was: str, start: datetime | None) -> str:
    """`value` typed as a day or an hour when it is a bare number replacing another: «не 5,
    а 12» on an event of 5 December is the 12th ("12-го"), on an event at 5 o'clock 17:00
    or 5:00 as said ("в 12"); a replaced «5-го» / «5 числа» makes it a day. `start` is the
    corrected event's wall-clock start (None: not known). Unchanged when the number is not
    bare or the replaced value tells nothing (both the day and the hour, or neither)."""
    bare = _BARE_NUMBER.match(value)
    if bare is None:
        return value
    number = int(bare.group(1))
    as_day, as_hour = f"{number}-го", f"в {number}"
    if _DAY_NUMBER.match(was):
        return as_day
    replaced = _BARE_NUMBER.match(was)
    if replaced is None or start is None:
        return value
    old = int(replaced.group(1))
    is_day, is_hour = old == start.day, old in (start.hour, start.hour % 12)
    if is_day and not is_hour and 1 <= number <= 31:
        return as_day
    if is_hour and not is_day and 0 <= number <= 23:
        return as_hour
    return value


@dataclass(frozen=True, slots=True)
class Reading:
    """One reading of a bare number replacing another: `kind` "day" (the date `day`),
    "hour" (`hour` o'clock) or "audience" (the classes `audience`); `text` is that
    correction as the bot reads it typed (a field and its value: «дата 11.12.2026»,
    «время 11:00», «классы: 11 классы»), for a button that chooses it."""

    kind: str
    text: str
    day: date | None = None
    hour: int | None = None
    audience: Audience | None = None
    already: bool = False  # the event already has this day or hour (a repeated correction)


MAX_GRADE = 11  # Russian schools have grades 1 to 11
_CLASS_GRADE = re.compile(r"^(\d{1,2})(\D.*)$")


def number_readings(
    value: str, was: str, start: datetime | None, audience: Audience, *, applied: bool = False
) -> tuple[Reading, ...]:
    """Every reading of `value`, a bare number replacing the bare number `was` («не 10, а
    11»), that the event makes possible: its day (`start`, wall clock) when `was` is the
    day and the new day exists in that month, its hour when `was` is the hour and the new
    one is 0–23 (afternoon when `was` named the afternoon hour in 12-hour form: «не 3, а
    4» at 15:00 is 16:00), its classes when `audience` is the one grade `was` (whole or by letters)
    and the new grade is 1–11. Empty when `value` or `was` is not a bare number or
    `start` is unknown (the readings of typed_number then apply). With `applied` (an open
    card, where the same correction may be typed twice), the day or hour that already is
    `value` is a reading too (`already`) when some other reading exists."""
    bare, replaced = _BARE_NUMBER.match(value), _BARE_NUMBER.match(was)
    if bare is None or replaced is None or start is None:
        return ()
    number, old = int(bare.group(1)), int(replaced.group(1))
    found = []
    if old == start.day:
        try:
            day = date(start.year, start.month, number)
        except ValueError:
            day = None
        if day is not None:
            found.append(Reading("day", f"дата {day:%d.%m.%Y}", day=day))
    if old in (start.hour, start.hour % 12) and 0 <= number <= 23:
        afternoon = old != start.hour and number < 12  # «не 3, а 4» at 15:00 is 16:00
        hour = number + 12 if afternoon else number
        found.append(Reading("hour", f"время {hour:02d}:00", hour=hour))
    classes = _grade_changed(audience, old, number)
    if classes is not None:
        names = [f"{g} классы" for g in sorted(classes.grades)] + sorted(classes.classes)
        found.append(Reading("audience", "классы: " + ", ".join(names), audience=classes))
    if not applied or not found:
        return tuple(found)
    kinds = {r.kind for r in found}
    if "day" not in kinds and number == start.day != old:
        day = start.date()
        found.insert(0, Reading("day", f"дата {day:%d.%m.%Y}", day=day, already=True))
    if "hour" not in kinds and number == start.hour and old not in (start.hour, start.hour % 12):
        at = 1 if found[0].kind == "day" else 0
        found.insert(at, Reading("hour", f"время {number:02d}:00", hour=number, already=True))
    return tuple(found)


def _grade_changed(audience: Audience, old: int, new: int) -> Audience | None:
    """`audience` with grade `old` made `new` («10 классы» → «11 классы», «10А, 10Б» →
    «11А, 11Б»), or None: the audience is not grade `old` alone, or `new` is no grade."""
    if not 1 <= new <= MAX_GRADE or new == old or audience.staff:
        return None
    lettered = [_CLASS_GRADE.match(name) for name in audience.classes]
    if any(m is None or int(m.group(1)) != old for m in lettered):
        return None
    if audience.grades - {old} or not (audience.grades or audience.classes):
        return None
    return Audience(
        grades=frozenset({new}) if audience.grades else frozenset(),
        classes=frozenset(f"{new}{m.group(2)}" for m in lettered if m is not None),
    )


def correct(
    draft: EventDraft,
    field: DraftField | None,
    text: str,
    now: datetime,
    zone: ZoneInfo | None = None,
) -> EventDraft | None:
    """The draft changed as a correcting reply says (`field`: the missing field the bot
    asked for, None when its card is open; `now`: school wall-clock time; `zone`: the
    school's zone, to which a time said in Moscow time is moved — None: default): moved to
    the day or time it names, with the doubts a first message naming that day would raise,
    or with the field it names changed («время 15:30», «место онлайн», «это онлайн»,
    bot.core.language.field_corrections; the end alone on the card: «до 13:00», «на 3
    часа», bot.core.language.end_answers; the age: «возраст: до 17 лет», «без возраста»,
    bot.core.language.age_replies); None when `text` is not such a correction (a new
    event, a question, nothing a card field takes). «места: 3», «мест 30» set the seats
    (bot.core.language.capacity.seats_reply; attack x, #2: never the place «3»); «без
    ограничения мест» removes the limit (no_seats_limit; leftconv21, item 3: it worked on a
    saved event only, the card answered «не понял»)."""
    if draft.dropped_stages and _BOTH_STAGES.match(text):
        return drafts.with_stages_back(draft)  # «оба этапа» after one stage was kept
    if field is None and draft.start is not None and not draft.all_day and not draft.sessions:
        end = end_on_card(text, draft.start)  # «до 13:00», «на 3 часа» on the card (chat49)
        if end is not None:
            return _ended(draft, end)
    seats = seats_reply(text)
    if seats is not None:
        return replace(draft, capacity=seats)
    if no_seats_limit(text):
        return replace(draft, capacity=None)
    aged = age_reply(text)  # «возраст: до 17 лет», «без возраста», «9–11 классы, до 17 лет»
    if aged is not None:
        with_ages = replace(draft, ages=aged.ages)
        if not aged.rest:
            return with_ages
        # the rest beside the age is the classes of the same card line («8–11 классы, до 17 лет»)
        corrected = correct(with_ages, field, aged.rest, now, zone)
        classes = FieldValue(EditableField.AUDIENCE, aged.rest)
        return corrected or _with_field(with_ages, field, classes, now, zone)
    found = correction(text)
    if wishes_another_event(found, draft.title):
        return None  # «давай концерт 12 декабря» under a lecture's card: a new event
    labelled = field_value(found.value if found is not None else text)
    if labelled is None and found is not None and field is None:
        labelled = _restated_title(found)
    if labelled is not None:
        return _with_field(draft, field, labelled, now, zone)
    if field is None and card_classes(found.value if found is not None else text) is not None:
        return _classes_corrected(draft, found, text, now, zone)  # «для 7А», «ещё 8А»
    value = None if found is None else typed_number(found.value, found.was, draft.start)
    span = day_span(found.value if found is not None else text, now) if value is None else None
    if span is not None:  # «с 1 по 9 ноября» on the card: its days, not the plan of them
        if field is None and drafts.stages(draft):  # one stage corrected, the others kept
            return drafts.with_stage_span(draft, *span)
        return _spanned(draft, *span)
    venue, rest = _place_split(text) if value is None else (None, text)
    if value is None and (
        _bare_day_or_time(rest, now) or _day_alone(rest, now) or _whole_day_alone(rest, now)
    ):
        value = rest.strip()
    if value is None:
        return None
    staged = _stage_day(draft, field, value, now, zone) if venue is None else None
    if staged is not None:
        return staged
    moved = _moved(draft, field, value, now, zone)
    return moved if moved is None or venue is None else replace(moved, venue=venue)


def _classes_corrected(
    draft: EventDraft,
    found: Correction | None,
    text: str,
    now: datetime,
    zone: ZoneInfo | None,
) -> EventDraft | None:
    """The open card with the classes a reply names and nothing else (card_classes: «для
    7А», «5–9 классы» put instead of the card's; «и для 6А тоже», «ещё 8А» added to them),
    or with one class swapped for another («не 7Б, а 8Б»: 7Б must be on the card); None
    when the reply is no such thing (newcomer walk 2026-12-04ag, AG2)."""
    said = card_classes(found.value if found is not None else text)
    if said is None:
        return None
    labelled = FieldValue(EditableField.AUDIENCE, said.value, adds=said.adds)
    if found is None or not found.was:
        return _with_field(draft, None, labelled, now, zone)
    was = card_classes(found.was)
    if was is None or said.adds or was.adds:
        return None
    gone = answered_audience(was.value)
    kept = draft.audience
    if not gone.classes <= kept.classes or not gone.grades <= kept.grades:
        return None  # «не 7Б, а 8Б» on a card without 7Б: not this card's classes
    left = replace(kept, grades=kept.grades - gone.grades, classes=kept.classes - gone.classes)
    swapped = _with_field(draft, None, labelled, now, zone)
    if swapped is None:
        return None
    new = swapped.audience  # the value as the ✏️ Классы edit reads it
    return replace(swapped, audience=new if left.is_everyone else left.joined(new))


# a span of days and nothing else: «с 1 по 9 ноября», «1–9 ноября», «со 2 по 9 ноября 2026 г.»
_DAY_SPAN = re.compile(
    rf"^\s*(?:с|со)?\s*\d{{1,2}}(?:\s+{MONTH}\w*)?\s*(?:по|[-–—])\s*\d{{1,2}}\s+{MONTH}\w*"
    r"(?:\s+\d{4}(?:\s*(?:г\.?|года))?)?\s*[.!]*\s*$",
    re.IGNORECASE,
)


def day_span(text: str, now: datetime) -> tuple[date, date] | None:
    """The first and last day a reply names when it is nothing but a span of days («с 1 по
    9 ноября», «1–9 ноября»: walk u, F7 — on an open card it was answered as the plan of
    those days, «На 1–9 ноября мероприятий нет»), read as a question about them would be;
    None for anything else (one day, a question «что с 1 по 9 ноября?», words besides)."""
    if len(text) > _MAX_BARE or _DAY_SPAN.match(text) is None:
        return None
    read = parse_message(text.strip(" .!"), now)
    if not isinstance(read, QueryIntent) or read.end is None or read.end <= read.start:
        return None
    return read.start, read.end


# «оба этапа», «нет, оба тура», «верни оба», «все этапы»: the stages a typed stage's day
# dropped come back (drafts.with_stages_back)
_BOTH_STAGES = re.compile(
    r"^\s*(?:(?:нет|да|давайте|лучше|верни(?:те)?|оставь(?:те)?|сохрани(?:те)?)[\s,]+)*"
    r"(?:оба(?:\s+(?:этапа|тура|сеанса|периода))?|все\s+(?:этапы|туры|сеансы))\s*[.!]*\s*$",
    re.IGNORECASE,
)


def _stage_day(
    draft: EventDraft, field: DraftField | None, value: str, now: datetime, zone: ZoneInfo | None
) -> EventDraft | None:
    """The stages card (drafts.stages) after a day alone typed on it («12 апреля», «30
    марта»): drafts.with_stage_day; None for another card, a question asked, or a value
    that is not one day without a clock."""
    if field is not None or not drafts.stages(draft):
        return None
    if is_message(value, parse_message(value, now)):
        return None
    named = day_and_time(value, now, zone)
    if named is None or named.day is None or named.start is not None or named.all_day:
        return None
    return drafts.with_stage_day(draft, named.day)


def _spanned(draft: EventDraft, first: date, last: date) -> EventDraft:
    """The draft held from `first` to `last`: an all-day one (or one still without its day)
    over those days, a timed one at its time each day of them, as «1–9 ноября в 15:00»
    reads (bot.core.drafts.with_time)."""
    moved = drafts.with_day(draft, first)
    assert moved.start is not None
    if moved.all_day:
        return replace(moved, end=datetime.combine(last, time()))
    return replace(moved, recurrence=Recurrence(freq="daily", until=last))


def sets_audience(text: str) -> bool:
    """Whether a correcting reply names the card's classes («классы: все», «все классы»,
    «классы 4–11»): the classes are then the writer's word, never asked again, even when
    they are all (an empty Audience; walk u, F6)."""
    found = correction(text)
    labelled = field_value(found.value if found is not None else text)
    return labelled is not None and labelled.field is EditableField.AUDIENCE


def _place_split(text: str) -> tuple[str | None, str]:
    """The place a short correction names besides its day or time («16 декабря, ауд. 5»,
    «16-го в спортзале»: newcomer walk 2026-12-02n, #11 — read as a question about that
    day, and «да» saved the old day without the room), and the text without it; (None,
    `text`) when it names no place or nothing else."""
    if len(text) > _MAX_BARE:
        return None, text
    scanner = Scanner(text)
    venue = extract_venue(scanner)
    rest = " ".join(scanner.remainder().split()).strip(" ,;—–-")
    return (venue, rest) if venue and rest else (None, text)


def _moved(
    draft: EventDraft, field: DraftField | None, value: str, now: datetime, zone: ZoneInfo | None
) -> EventDraft | None:
    """The draft at the day or time `value` names; None for a new event or no day or time."""
    if is_message(value, parse_message(value, now)):
        return None
    named = day_and_time(value, now, zone)
    if named is not None and named.all_day and named.day is None and named.start is None:
        until = _whole_day_until(value, now)
        if until is not None:  # «весь день, до 18:00»: until then, never the end dropped
            return _ended_at(draft, until, now, zone)
        return _made_whole_day(draft)  # «весь день», «время: весь день» on the card
    if named is None or (named.day is None and named.start is None):
        return None
    asked = Asked(field, None, audience_asked=True)
    if field is DraftField.DATE:
        filled = fill(draft, asked, value, now, zone)
        if filled is not None:
            return filled
    if draft.start is None and named.day is None:
        return None  # a time for a draft still without its day: the day is asked first
    month_day = _day_in_cards_month(draft, value) or _weekday_near_card(draft, value, now)
    if month_day is not None and named.start is None:
        return with_answer_doubts(drafts.with_day(draft, month_day), value, now)
    moved = edit(draft, asked, EditableField.WHEN, value, now, zone)
    if moved is not None and month_day is not None:  # «в четверг в 12:00»: that Thursday
        moved = drafts.with_day(moved, month_day)
    return None if moved is None else with_answer_doubts(moved, value, now)


def _weekday_near_card(draft: EventDraft, value: str, now: datetime) -> date | None:
    """The day a bare weekday («в четверг», «на четверг в 12:00») names on a card with a
    day: the such weekday nearest the card's day, before or after it, among the days after
    today — the rule of a saved event's move (bot.core.language.move_weekdays), as a person
    moving a Wednesday meeting «в четверг» means the next day, not this week's Thursday
    (newcomer walk 2026-12-02t, #14); None for any other value or a draft without a day."""
    if draft.start is None:
        return None
    weekday = bare_weekday(value, now)
    if weekday is None:
        return None
    return weekday_for_move(weekday, draft.start.date(), now.date())


def _day_in_cards_month(draft: EventDraft, value: str) -> date | None:
    """The day a bare day of the month («16-го», «на 16-е», «16 числа») names on a card: in
    the card's own month, as a person fixing the day of a January event means January
    (newcomer walk 2026-12-02n, #6: read from today it jumped back to December); None for
    any other value, a draft without a day, or a day that month has not."""
    found = _DAY_NUMBER.match(value)
    if found is None or draft.start is None:
        return None
    number = int(re.sub(r"\D", "", value))
    try:
        return date(draft.start.year, draft.start.month, number)
    except ValueError:
        return None


def wishes_another_event(found: Correction | None, title: str) -> bool:
    """Whether a correcting reply's value names an event kind the card's `title` does not
    hold («давай концерт 12 декабря в 18:00» under «Лекция о космосе»: a new event, review60
    #2) rather than restating this event («не то, это квест по музею»: its new title, the
    walk's Z8) or replacing a value it names («не лекция, а концерт»)."""
    return (
        found is not None
        and not found.was
        and _RESTATED.match(found.value) is None
        and names_another_kind(found.value, title)
    )


def _restated_title(found: Correction) -> FieldValue | None:
    """The card's new title a restatement gives: «не то, это неделя мероприятий ко дню
    водных ресурсов», «нет, это «Неделя воды»» (newcomer walk 2026-12-03aa, Z8: «не понял —
    карточка не изменилась»), capitalised; None when the rest names a day, a time, a place
    or the classes (a digit, an opening preposition: «не то, это в актовом зале») or is no
    restatement («нет, 26 декабря»)."""
    restated = _RESTATED.match(found.value)
    if found.was or found.reference or restated is None:
        return None
    value = restated["value"]
    quoted = _WHOLE_QUOTE.match(value)
    if quoted is not None:
        value = quoted["inner"].strip()
    elif (
        re.search(r"\d", value)
        or _PREPOSITION.match(value)
        or extract_venue(Scanner(value)) is not None
    ):
        return None
    return FieldValue(EditableField.TITLE, value[:1].upper() + value[1:]) if value else None


def _ended(draft: EventDraft, end: datetime) -> EventDraft:
    """The draft with the end typed on its card; an end not after the start («до 16» on a
    card of 17:00) is asked, as the parser asks it (end_before_start), and is not kept."""
    if draft.start is not None and end > draft.start:
        return replace(draft, end=end)
    return replace(draft, end=None, doubts=ordered({*draft.doubts, "end_before_start"}))


def _with_field(
    draft: EventDraft,
    field: DraftField | None,
    labelled: FieldValue,
    now: datetime,
    zone: ZoneInfo | None,
) -> EventDraft | None:
    """The draft with the field a reply names set to its value, as the card's ✏️ edit sets
    it; None when the value does not fit the field («время завтра-послезавтра»)."""
    if labelled.field is EditableField.WHEN:
        if field is None and draft.start is not None and not draft.all_day:
            end = end_on_card(labelled.value, draft.start)  # «время до 16» on the card
            if end is not None:
                return _ended(draft, end)
        return _moved(draft, field, labelled.value, now, zone)
    asked = Asked(field, None, audience_asked=True)
    edited = edit(draft, asked, labelled.field, labelled.value, now)
    if edited is not None and labelled.adds:  # «добавьте 10 классы»: joined to the card's
        edited = replace(edited, audience=draft.audience.joined(edited.audience))
    if edited is not None and labelled.url is not None:
        edited = replace(edited, online_url=labelled.url)
    return edited


def card_move_when(text: str, now: datetime) -> str | None:
    """The new day or time a reply to an open move card names («лучше в 15:30», «а можно в
    16:00?», «давайте 18-го», «в 15:30», «нет, лучше в пятницу»: nothing but a day or a
    time after a wish, a question's «а можно» or «нет,»), as written without those words;
    None for anything else (a new event, a question about a day, a command). Such a reply
    can only be about the card above: its move, at another time (newcomer walk 2026-12-02t,
    #2: it moved another event or started a new draft). A shift («на час позже», «лучше на
    день раньше», «ещё на полчаса позже») is the card's too: counted from its new start
    (chat75; features.changing.shifted)."""
    rest = _CARD_WISH.sub("", text, count=1).strip(" \t\n.,!?")
    if not rest or len(rest) > _MAX_BARE:
        return None
    shift = _STILL.sub("", rest, count=1)
    if relative_shift(shift) is not None:
        return shift
    return rest if _bare_day_or_time(rest, now) or _day_alone(rest, now) else None


_STILL = re.compile(r"^(?:ещ[её]|вс[её]\s+же)\s+", re.IGNORECASE)  # «ещё на час позже»


# «нет, лучше», «а можно», «а давайте», «может», «тогда», «а если»: a reply's wish or ask
_CARD_WISH = re.compile(
    r"^\s*(?:(?:нет|ну|тогда|хм|ой)[\s,.!—–-]+)*(?:а\s+)?(?:(?:лучше|можно|давайте|давай"
    r"|может(?:\s+быть)?|если|пусть\s+будет|или|тогда|наверное)(?![а-яё])[\s,]*)*",
    re.IGNORECASE,
)


def _bare_day_or_time(text: str, now: datetime) -> bool:
    """True when `text` reads as an event with a start but no words of a title of its own
    («16:00», «завтра в 16:00», «11 декабря в 9»); a question or a titled event is not."""
    if len(text) > _MAX_BARE:
        return False
    intent = parse_message(text, now)
    return (
        isinstance(intent, EventIntent)
        and intent.draft.start is not None
        and not intent.draft.title.strip()
    )


def _day_alone(text: str, now: datetime) -> bool:
    """True when `text` is one day and nothing else («16 декабря», «на 16-е», «16.12»,
    «в среду»): read alone it would ask what is on that day, but without a question mark and
    without a word besides the day and its preposition it asks nothing. A question («что
    16 декабря?», «16 декабря?»), a period or a day with classes or an organiser is not."""
    if len(text) > _MAX_BARE or "?" in text:
        return False
    intent = parse_message(text, now)
    if not isinstance(intent, QueryIntent) or intent.start != intent.end:
        return False
    if intent.organiser is not None or intent.own_class or not intent.audience.is_everyone:
        return False
    # read as the question was read: «вес день 6 декабря» is «весь день» (walk44)
    scanner = Scanner(correct_typos(text)[0])
    extract_temporal(scanner, now, periods=True)
    words = re.findall(r"[^\W\d_]{2,}", scanner.remainder())
    return all(word.lower() in _DAY_PREPOSITIONS for word in words)


def _whole_day_alone(text: str, now: datetime) -> bool:
    """True when `text` says «the whole day» and nothing else («весь день», «на весь
    день», «целый день», «в течение дня»): the card's day kept, its time dropped (newcomer
    walk 2026-12-04ai, AI5: «не понял — карточка не изменилась»), also misspelt or with a
    particle («вес день», «это на весь день»: AJ11). A title beside it
    («Олимпиада весь день») or a day («12 декабря, весь день»: read as a day) is not."""
    if len(text) > _MAX_BARE:
        return False
    named = day_and_time(text, now)
    if named is None or not named.all_day or named.day is not None or named.start is not None:
        return False
    scanner = Scanner(correct_typos(text)[0])  # «вес день» (AJ11)
    extract_temporal(scanner, now, periods=True)
    # «это на весь день», «ну весь день»: particles around the phrase say nothing else (AJ11)
    return all(_particle(word) for word in re.findall(r"\w+", scanner.remainder()))


def _particle(word: str) -> bool:
    """Whether pymorphy3 reads `word` first as a particle, conjunction or interjection."""
    found = parses(word)
    return bool(found) and found[0].tag.POS in _PARTICLES


_PARTICLES = frozenset({"PRCL", "CONJ", "INTJ"})


def _whole_day_until(text: str, now: datetime) -> time | None:
    """The clock of «до 18:00» in a «whole day» text («весь день, до 18:00»), or None when
    it names no single such clock."""
    parts = extract_temporal(Scanner(text), now, periods=False)
    times = parts.times or []
    clocks = [t for t in times if t.prefix == "до"]
    if not parts.all_day or len(clocks) != 1 or len(times) != 1:
        return None
    return clocks[0].at


def _ended_at(
    draft: EventDraft, until: time, now: datetime, zone: ZoneInfo | None
) -> EventDraft | None:
    """`draft` running from its own start until `until` on its day — «весь день, до 18:00»
    on a card at 15:00 is 15:00–18:00, both clocks shown on the card (newcomer walk
    2026-12-04aj, AJ8: the card went all day and the «до 18:00» was dropped without a word).
    None (the card unchanged, said so) for a draft without a clock of its own or one that
    starts at or after `until`."""
    if draft.start is None or not draft.time_known or draft.all_day:
        return None
    if draft.start.time() >= until:
        return None
    span = f"с {draft.start:%H:%M} до {until:%H:%M}"
    asked = Asked(None, None, audience_asked=True)
    return edit(draft, asked, EditableField.WHEN, span, now, zone)


def _made_whole_day(draft: EventDraft) -> EventDraft | None:
    """`draft` held all day on its day (bot.core.drafts.whole_day), its doubts about the
    time settled as «весь день» at «Во сколько?» settles them; None for a draft still
    without its day (the day is asked first)."""
    if draft.start is None:
        return None
    whole = drafts.whole_day(draft)
    return replace(whole, doubts=drafts.without_time_doubts(whole.doubts))


_DAY_PREPOSITIONS = frozenset({"на", "во"})  # «на 16-е», «во вторник»: the day's own words
_MAX_BARE = 60  # characters: a longer text is a message of its own, not a bare day and time
