"""A move said in ordinary words: «лекцию про судостроение переносим на 11.12 в то же время»,
«мы не сможем 10 декабря, давайте перенесём на пятницу 11го на 14:00», «можно перенести
экскурсию на 17 декабря?», «концерт переносится с 10 на 12 декабря».

The imperative «перенеси 2 на 17:00» is a command (commands.py); this module reads the other
forms of the same verbs, told by their pymorphy3 lemma (перенести/переносить, сдвинуть/
сдвигать, передвинуть/передвигать and their reflexives) and part of speech (a finite verb,
an infinitive or a short participle: «перенесена»), never the noun «перенос» («перенос
сроков подачи заявок обсудим на встрече 11.12» is an event, not a move). The new day and
time follow the first «на» after the verb and must open with a day or a time; «в то же
время» keeps the event's clock time. The words that point at the event are the content
words around the verb (its title words, its old day: «мы не сможем 10 декабря» -> "10
декабря"), without the verbs, pronouns and particles of the request. Pure: no store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.language.calendar import MONTH
from bot.core.language.cancel_marks import title_mark
from bot.core.language.intents import parse_message
from bot.core.language.morphology import parses
from bot.core.language.numerals import NUMBER_WORDS, number_value
from bot.core.language.tokens import normalize
from bot.core.language.when import DayAndTime, day_and_time
from bot.core.models import EventIntent

MAX_MOVE_LENGTH = 200  # characters: a longer text is a post or a letter, read as one
# the lemmas of the verbs that move an event (pymorphy3 normal forms)
MOVE_LEMMAS = frozenset(
    {
        "перенести",
        "переносить",
        "перенестись",
        "переноситься",
        "сдвинуть",
        "сдвигать",
        "сдвинуться",
        "сдвигаться",
        "передвинуть",
        "передвигать",
        "передвинуться",
        "передвигаться",
    }
)
# «измени время у лекции на 17:00», «поменяем дату экскурсии на 15 декабря»: a changing
# verb moves an event only when its object is the event's time or day
CHANGE_LEMMAS = frozenset({"изменить", "изменять", "поменять", "менять", "сменить"})
_WHEN_NOUNS = re.compile(
    r"\s*(?:врем[яеи]|дат[ауые]|день|дня|начало|начала|срок[и]?)(?![а-я])"
    r"(?:\s+(?:и|или)\s+(?:врем[яеи]|дат[ауые]|день|место))?"
    r"(?:\s+(?:начала|проведения|окончания))?(?![а-я])"
)
_VERB_TAGS = frozenset({"VERB", "INFN", "PRTS"})  # «перенесём», «перенести», «перенесена»
# parts of speech of the request's own words («мы не сможем», «давайте», «можно», «нам»)
_NOT_REFERENCE = frozenset(
    {"VERB", "INFN", "PRTS", "PRTF", "GRND", "NPRO", "PRCL", "CONJ", "PRED", "ADVB", "INTJ"}
)
_STEMS = ("перен", "сдвиг", "сдвин", "передвиг", "передвин")  # a cheap test first
_CHANGE_STEMS = ("измен", "помен", "смен", "меня")
_WORD = re.compile(r"[а-яa-z]+(?:-[а-яa-z]+)*|\d+(?:[.:]\d+)*(?:-?[а-я]{1,3})?")
_TARGET = re.compile(r"^(?P<mid>.*?)(?<![а-я])на\s+(?P<when>.+)$")
_OLD_DAY = re.compile(r"(?<![а-я])с\s+(?P<day>\d{1,2})(?:-?го)?\s*$")
_SAME_TIME = re.compile(
    r"(?:,\s*)?(?<![а-я])(?:в|на)\s+(?:то\s+же|это\s+же|тоже)\s+(?:самое\s+)?время"
    r"|(?<![а-я])во\s+столько\s+же"
)
# the new day or time opens with a number, a weekday or a relative day
_WHEN_OPENS = re.compile(
    r"^(?:\d|(?:эт[уоиа]|следующ[а-я]*|ближайш[а-я]*|послезавтра|завтра|через|утро|вечер"
    r"|полдень|понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье)(?![а-я])"
    r"|(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат"
    r"|тринадцат|четырнадцат|пятнадцат|двадцат|тридцат)[а-я]*\s+(?:январ|феврал|март|апрел"
    r"|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр))"
)
_MONTH = re.compile(rf"(?<![а-я]){MONTH}")
# a shift from the event's own time: «на час позже», «на 2 часа раньше», «на день позже»,
# «на неделю раньше», «на полчаса вперёд», «на 30 минут» (minutes alone can only be a shift)
_SHIFT = re.compile(
    rf"^(?:на\s+)?(?:(?P<n>\d{{1,3}}(?:[.,]5)?|{NUMBER_WORDS})\s+)?"
    r"(?P<unit>полчаса|полчасика|минут[уы]?|мин\.?|час(?:а|ов|ик)?|ч\.?|день|дня|дней|сутки|суток"
    r"|недел[юиь]|недель)"
    r"(?:\s+(?P<way>позже|попозже|позднее|вперёд|вперед|раньше|пораньше|ранее|назад))?$"
)
_UNIT_STEP = (
    ("полчас", timedelta(minutes=30)),
    ("мин", timedelta(minutes=1)),
    ("ч", timedelta(hours=1)),
    ("д", timedelta(days=1)),
    ("сут", timedelta(days=1)),
    ("нед", timedelta(weeks=1)),
)
_EARLIER = ("раньше", "пораньше", "ранее", "назад")
# «перенеси на следующую неделю»: the same weekday and time a week after the event's own
# (newcomer walk 2026-12-01k, #12: «Не понял, на когда перенести»; the card shows the day)
_NEXT_WEEK = re.compile(r"^(?:на\s+)?следующ(?:ую|ей)\s+недел[юеи]$")
_SHIFT_STEMS = ("сдвиг", "сдвин", "передвиг", "передвин")  # «сдвинь на час»: later
_SENTENCE_END = re.compile(r"[!;\n]|\.(?!\d)|\?")


@dataclass(frozen=True, slots=True)
class MovePhrase:
    """A move in words: `reference` the words pointing at the event (title words and/or its
    old day, "" when none: the event last looked at is meant), `when` the new day and/or
    time as written (the clock time kept when only a day is given); "" when the message
    names none («лекцию придётся перенести»: the new day and time are asked)."""

    reference: str
    when: str


def move_verb(text: str) -> re.Match[str] | None:
    """The first word of `text` that is a form of a moving verb (see MOVE_LEMMAS: a finite
    verb, an infinitive or a short participle, not negated by «не»), or None."""
    line = normalize(text)
    moving = any(stem in line for stem in _STEMS)
    if not moving and not any(stem in line for stem in _CHANGE_STEMS):
        return None
    previous = ""
    for word in _WORD.finditer(line):
        token = word.group(0)
        if previous != "не":
            if token.startswith(_STEMS) and _is_verb_of(token, MOVE_LEMMAS):
                return word
            if _changes_when(line, word):
                return word
        previous = token
    return None


_NOUN = re.compile(r"(?<![а-я])перенос(?![а-я])")


def _move_note(line: str) -> re.Match[str] | None:
    """The noun «перенос» of a move note written after the event, apart from its words («Лекция
    10 декабря в 15:00 — перенос на 14:30»; adversarial walk l, #7), read as the moving verb
    is; never the noun inside a sentence («перенос сроков подачи заявок обсудим на встрече
    11.12»): the note is found as a plan's move mark is (cancel_marks.title_mark)."""
    if "перенос" not in line:
        return None
    mark = title_mark(line)
    if mark is None or mark.cancelled or not mark.mark.casefold().startswith("перенос "):
        return None
    return _NOUN.search(line, len(line) - len(mark.mark) - 1)


def _changes_when(line: str, word: re.Match[str]) -> bool:
    """«измени время», «поменяем дату»: a changing verb whose object is the time or day."""
    token = word.group(0)
    return (
        token.startswith(_CHANGE_STEMS)
        and _WHEN_NOUNS.match(line, word.end()) is not None
        and _is_verb_of(token, CHANGE_LEMMAS)
    )


def _verb_end(line: str, verb: re.Match[str]) -> int:
    """Where the request's words after the verb begin («время у» of «измени время у …» are
    the verb's object, not the event's title)."""
    if not verb.group(0).startswith(_CHANGE_STEMS):
        return verb.end()
    obj = _WHEN_NOUNS.match(line, verb.end())
    return obj.end() if obj is not None else verb.end()


def _is_verb_of(word: str, lemmas: frozenset[str]) -> bool:
    found = parses(word)
    return bool(found) and found[0].normal_form in lemmas and found[0].tag.POS in _VERB_TAGS


def move_phrase(text: str, now: datetime) -> MovePhrase | None:
    """The move a short one-line message says (see the module docstring), or None; `now` is
    the school's naive wall-clock time, for telling that the new day or time is one."""
    if "\n" in text.strip():
        return None
    line = " ".join(normalize(text).split())
    if len(line) > MAX_MOVE_LENGTH:
        return None
    verb = move_verb(line) or _move_note(line)
    if verb is None:
        return None
    target = _TARGET.match(line[_verb_end(line, verb) :])
    vague = target is None or _VAGUE_WHEN.match(target.group("when")) is not None
    if vague and _asks_a_move(verb) and not _names_day(line[verb.end() :], now):
        # «лекцию придётся перенести, преподаватель заболел»: which event, then «на когда?»
        after = _CLAUSE_END.split(line[verb.end() :], maxsplit=1)[0]  # not «, … заболел»
        after = after[: target.start("mid") + len(target.group("mid"))] if target else after
        return MovePhrase(_reference(_verb_clause(line[: verb.start()], after)), "")
    if target is None:
        return None
    when = _readable_when(_new_when(target.group("when")), verb.group(0), now)
    if when is None:
        return None
    mid = target.group("mid")
    old = _OLD_DAY.search(mid)
    if old is not None:  # «с 10 на 12 декабря»: the old day takes the new one's month
        month = _MONTH.search(when)
        mid = mid[: old.start()] + (f" {old.group('day')} {month.group(0)}" if month else "")
    return MovePhrase(_reference(_verb_clause(line[: verb.start()], mid)), when)


# a clause boundary before the moving verb: «…, перенесите …», «… . Перенесите …»
_CLAUSE_BEFORE = re.compile(r"[,;:!?]|\.(?!\d)|\s[-–—]\s")


def _verb_clause(before: str, after: str) -> str:
    """The words that point at the event, of the words `before` the moving verb and those
    `after` it up to the new day: when the verb's own clause names the event («…,
    перенесите классный час на 17 декабря», «…, классный час перенесите …»), only that
    clause — an earlier clause is the reason
    («у нас классный час 16 декабря пересекается с экскурсией, …»: its «экскурсией» named
    no event to move, and the refusal quoted it back, newcomer78 W3); with no object after
    the verb («мы не сможем 10 декабря, давайте перенесём на пятницу») the earlier clauses
    name the event («10 декабря») and are all kept."""
    bounds = list(_CLAUSE_BEFORE.finditer(before))
    own = f"{before[bounds[-1].end() :]} {after}" if bounds else f"{before} {after}"
    return own if _reference(own) else f"{before} {after}"


# the end of the clause of a move asked without its new day: what follows is its reason
_CLAUSE_END = re.compile(r"[,;:!?(]|\.(?!\d)|\s[-–—]\s|\s(?:так\s+как|потому|из-за)\s")
# a move's target that names no day or time but asks for one: «на другой день»
_VAGUE_WHEN = re.compile(r"^друг(?:ой|ое|ую)\s+(?:день|дат[уы]|время|число|недел[юи])(?![а-я])")
# the new day is not known yet («новую дату сообщим позже», «на неопределённый срок»): a
# notice, not a request to move; nothing is asked
_DAY_UNKNOWN = re.compile(
    r"(?<![а-я])(?:сообщ|уточн|неопредел|пока\s+не\s+(?:знаем|известн|ясн)|позже|потом)"
)
# tags of a moving verb that asks for a move still to be made: an infinitive («придётся
# перенести», «можно перенести?») or a present or future finite form («переносим»,
# «перенесём», «переносится»); never a past form or a short participle («перенесли»,
# «перенесена»: a note about a move already made, as in a plan's row)
_ASKING_TENSES = ("pres", "futr")


def _names_day(rest: str, now: datetime) -> bool:
    """Whether the words after a moving verb name a day or a time («переносим 11.12 в
    15:00»: a new day without «на», see looks_like_move) or say the new day is not known
    yet («новую дату сообщим позже»)."""
    if _DAY_UNKNOWN.search(rest) is not None:
        return True
    named = day_and_time(rest, now)
    return named is not None and (named.day is not None or named.start is not None)


def _asks_a_move(verb: re.Match[str]) -> bool:
    """Whether the moving verb `verb` (a match of move_verb) asks for a move still to be
    made, so that a message naming no new day or time is asked «на когда?» (newcomer walk
    2026-12-02o, #12); a changing verb («поменяем время») and the noun «перенос» are not."""
    token = verb.group(0)
    if not token.startswith(_STEMS):
        return False
    found = parses(token)
    if not found or found[0].normal_form not in MOVE_LEMMAS:
        return False
    tag = found[0].tag
    return tag.POS == "INFN" or (tag.POS == "VERB" and any(t in tag for t in _ASKING_TENSES))


# a move's target opening with a dotted clock or date: «15.00», «9.30 утра», «15.12»
_DOTTED_OPENING = re.compile(r"^\s*(?:на\s+)?(?=\d{1,2}\.\d{2}(?![\d.]))", re.IGNORECASE)


def move_target(when: str, now: datetime, zone: ZoneInfo | None = None) -> DayAndTime | None:
    """The day and time a move's target `when` names (`now`: school wall-clock time; `zone`
    as for day_and_time), None when it names none. The target of «перенеси на …» is a
    moment, so its «на» stands where «в» stands before a clock: a dotted value the parser
    reads as a clock only after «в» («в 15.00»: bot.core.language.times._clock_sep_ok) is
    read so after «на» too («перенеси на 15.00»: 15:00; newcomer walk 2026-12-01k, #12),
    while a value «в» would read as a date stays one («на 15.12», like «в 15.12»: 15
    December)."""
    named = day_and_time(when, now, zone)
    if named is not None and (named.day is not None or named.start is not None):
        return named
    dotted = _DOTTED_OPENING.match(when)
    if dotted is None:
        return named
    return day_and_time(f"в {when[dotted.end() :]}", now, zone)


def names_only_when(text: str, now: datetime) -> bool:
    """Whether `text` says a day or a time and nothing else — no title, no place («на
    18:00», «в 15.00», «завтра», «в пятницу в 15:00»; not «актовый зал в 18:00», «ауд.
    204»): typed where a place is asked, it is no place (newcomer walk 2026-12-01k, #12)."""
    named = move_target(text, now)
    if named is None or (named.day is None and named.start is None):
        return False
    found = parse_message(text, now)
    if isinstance(found, EventIntent):
        return not found.draft.title.strip() and found.draft.venue is None
    return True


def _readable_when(when: str, verb: str, now: datetime) -> str | None:
    """`when` if it names a new day or time, or a shift («час позже»; «сдвигаем на час»
    gets its «позже», so relative_shift reads it without the verb); None otherwise."""
    shift = relative_shift(when, bare_hours=verb.startswith(_SHIFT_STEMS))
    if shift is not None:
        return when if relative_shift(when) == shift else f"{when} позже"
    if not when or not _WHEN_OPENS.match(when):
        return None
    named = move_target(when, now)
    if named is None or (named.day is None and named.start is None):
        return None
    return when


def _new_when(text: str) -> str:
    """The new day and time: up to the sentence's end, «в то же время» taken out."""
    end = _SENTENCE_END.search(text)
    when = text[: end.start()] if end else text
    when = _SAME_TIME.sub(" ", when)
    return " ".join(when.split()).strip(" ,.-")


def _reference(text: str) -> str:
    """The content words of `text` (title words, days, numbers), in order."""
    kept = []
    for word in _WORD.finditer(text):
        token = word.group(0)
        if token[0].isdigit() or _MONTH.match(token):
            kept.append(token)
            continue
        found = parses(token)
        if len(token) > 2 and found and found[0].tag.POS not in _NOT_REFERENCE:
            kept.append(token)
    return " ".join(kept)


def relative_shift(when: str, *, bare_hours: bool = False) -> timedelta | None:
    """How far «на час позже», «на 2 часа раньше», «на день позже», «на неделю раньше»,
    «на полчаса», «на 30 минут», «на следующую неделю» (a week) move an event from its own
    time (negative: earlier); None
    when `when` is no shift («на 15:00», «на 30 декабря», «на 2 часа дня»).

    Without «позже»/«раньше» only minutes are a shift («на 30 минут» cannot be a clock
    time), and hours too when `bare_hours` (the verb «сдвинуть»: «сдвинь на час»), since
    «перенеси на 3 часа» may well mean 3 o'clock.
    """
    said = " ".join(normalize(when).split()).strip(" ,.!")
    if _NEXT_WEEK.match(said):
        return timedelta(weeks=1)
    found = _SHIFT.match(said)
    if found is None:
        return None
    unit, way = found["unit"], found["way"]
    step = next(size for stem, size in _UNIT_STEP if unit.startswith(stem))
    if way is None and step >= timedelta(days=1):
        return None  # «на день» alone: a day of the month is likelier («на 2 дня» is rare)
    if way is None and step == timedelta(hours=1) and not bare_hours:
        return None
    count = number_value(found["n"]) if found["n"] else 1.0
    if count is None or count <= 0:
        return None
    shift = step * count
    if shift > timedelta(days=366) or shift.total_seconds() % 60:
        return None
    return -shift if way in _EARLIER else shift
