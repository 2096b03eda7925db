"""A one-off reminder's moment and event, read from «напомни мне завтра в 8 утра про
экскурсию», «напомни в пятницу вечером про лекцию», «напомни через 2 часа» (remind66; the
request itself is recognised by bot.core.language.student_asks.reminder_at).

- the moment: the existing date reader (bot.core.language.when.resolve_when, the one the
  `when` command and «перенеси на 17:00» use) over the words after «напомни»; a clock
  («в 8 утра», «в 18:30», «через 2 часа») is the moment. A part of the day alone takes the
  school's reminder clock (bot.core.reminders: «утром» 08:00 MORNING_AT, «вечером» 19:00
  EVE_AT — what «напоминай утром в день мероприятия» and «вечером накануне» mean);
  `convention` says so, for the reply to name the clock taken. Any other part of the day
  («днём», «ночью», «в обед») or a day with no clock («в пятницу», «завтра») is `Unclear.
  NO_CLOCK`; nothing read as a moment, or a span («на неделе»), `Unclear.NO_MOMENT`;
- a moment of the event's eve or own day («накануне в 19:00», «в день экскурсии утром»):
  the reading «напоминай накануне в 19:00» has for every event (reminder_times.event_clock),
  as a ReminderClock in `clock` for the caller to put on the event's day;
- the event: the words after «про», «о», «об», «насчёт» that may name an event
  (asked_event.event_words, the reading «когда лекция?» uses), without the words of days
  and times; "" when none is named (the event in context is meant).

`moment_answer(text, said, now)` reads the next message after «Во сколько напомнить?»
(newcomer67): a clock or a day («в 18:00», «лучше в субботу в 10:00») completes the request
`said` and is read again with it.

Whether the moment is past or after the event is the caller's to check (it knows the
event). `forget_moment(text)` reads a cancel of such a reminder: «отмени напоминание»,
«удалите моё напоминание про экскурсию», «убери напоминания о лекции» — an imperative whose
pymorphy3 lemma cancels or removes, then the noun «напоминание» (any number and case), then
optionally the event's words as above («напоминалка», its colloquial name, too). Pure: no
store; `now` is the school's naive wall-clock time.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta

from bot.core.language.asked_event import event_words, lemma
from bot.core.language.date_words import MONTH_NOMINATIVES
from bot.core.language.morphology import parses
from bot.core.language.numerals import ordinal_value
from bot.core.language.parts import PART_OF_DAY_SPANS
from bot.core.language.remind_leads import lead_of_event
from bot.core.language.reminder_times import event_clock, lead_minutes
from bot.core.language.tokens import normalize
from bot.core.language.when import day_and_time, resolve_when
from bot.core.reminders import EVE_AT, MORNING_AT, ReminderClock


class Unclear(enum.StrEnum):
    """Why no moment was taken (the reply asks accordingly)."""

    NO_CLOCK = "no_clock"  # a day, or a part of it the school has no clock for
    NO_MOMENT = "no_moment"  # no moment at all, or a span
    TOO_FAR = "too_far"  # «через 99999999999999999999 минут»: a number no calendar reaches


@dataclass(frozen=True, slots=True)
class MomentAsk:
    """What «напомни …» names: `at` (naive, the school's wall clock), or a `clock` of the
    event's eve or day, or why neither (`unclear`); whether `at` is the school's clock for
    a part of the day (`convention`); and the event's words as written ("" — the event in
    context)."""

    at: datetime | None
    reference: str
    unclear: Unclear | None = None
    convention: bool = False
    clock: ReminderClock | None = None
    before: int | None = None  # minutes before the event's start («за час до экскурсии»)
    # the event's start as written after its name with a lead of hours («за 3 часа до
    # экскурсии в 9»): the event found must start then, else the moment is asked
    event_at: time | None = None
    # the event's words are a genitive after «в день», «накануне», «до» («в день экскурсии»):
    # no words to quote after «не напоминай про …» (the title is, chat69)
    genitive: bool = False


# the part of the day's span (parts.PART_OF_DAY_SPANS) -> the school's reminder clock
_CONVENTION = {
    PART_OF_DAY_SPANS["утром"]: MORNING_AT,
    PART_OF_DAY_SPANS["вечером"]: EVE_AT,
}
_REMIND = re.compile(r"(?<![а-яё])(?:напомни(?:те|шь)?|напомнить)(?![а-яё])")
_ABOUT = re.compile(r"(?<![а-яё])(?:про|об?|насч[её]т)\s+(?P<words>.+)$")
_WORD = re.compile(r"[а-яёa-z0-9-]+")
# «через 99999999999999999999 минут»: a count in digits after «через» (fix75)
_AFTER_COUNT = re.compile(r"(?<![а-яё])через\s+\d")
# the lemmas of days, months and times of day: a moment's words, never an event's name
_TIME_LEMMAS = frozenset(
    {
        "понедельник",
        "вторник",
        "среда",
        "четверг",
        "пятница",
        "суббота",
        "воскресенье",
        "утро",
        "вечер",
        "день",
        "ночь",
        "час",
        "минута",
        "неделя",
        "обед",
        "полчаса",
        *MONTH_NOMINATIVES,
    }
)


def read_moment(text: str, now: datetime) -> MomentAsk:
    """The moment and event words of a reminder request (module docstring)."""
    lead = lead_of_event(text)  # «за час до экскурсии», «за 3 дня про лекцию» (chat69, chat72)
    if lead is not None and lead.clock is not None:  # «за день до концерта в 18:30»
        return MomentAsk(None, lead.words, clock=lead.clock, genitive=lead.genitive)
    if lead is not None:
        before, genitive = lead.minutes, lead.genitive
        return MomentAsk(None, lead.words, before=before, genitive=genitive, event_at=lead.event_at)
    reference, when_text, genitive = _split(text)
    found = _read_when(reference, when_text, now)
    return replace(found, genitive=genitive) if genitive else found


def _read_when(reference: str, when_text: str, now: datetime) -> MomentAsk:
    """The moment `when_text` names for the event `reference` names (read_moment)."""
    clock = event_clock(when_text)
    if clock is not None:
        return MomentAsk(None, reference, clock=clock)
    found = resolve_when(when_text, now)
    if found is None and _AFTER_COUNT.search(when_text):  # a count the reader cannot place
        return MomentAsk(None, reference, Unclear.TOO_FAR)
    if found is None or found.start is None:
        return MomentAsk(None, reference, Unclear.NO_MOMENT)
    if found.kind == "instant" and found.grain in ("minute", "hour"):
        return MomentAsk(found.start, reference)
    if found.kind == "interval" and found.end is not None:
        span = (found.start.time(), None if found.end.time() == time() else found.end.time())
        school_clock = _CONVENTION.get(span)
        if school_clock is not None:
            moment = _next_clock(datetime.combine(found.start.date(), school_clock), when_text, now)
            return MomentAsk(moment, reference, None, True)
        if span in PART_OF_DAY_SPANS.values():
            return MomentAsk(None, reference, Unclear.NO_CLOCK)
    if found.kind == "instant" and found.grain == "day":
        return MomentAsk(None, reference, Unclear.NO_CLOCK)
    return MomentAsk(None, reference, Unclear.NO_MOMENT)


def _split(text: str) -> tuple[str, str, bool]:
    """(the event's words, the words left for the moment, whether the words are the
    genitive of «в день …» or «накануне …») of a reminder request `text`."""
    line = " ".join(normalize(text).split()).strip(" .!?")
    asked = _REMIND.search(line)
    rest = line[asked.end() :] if asked is not None else line
    named, rest = _day_named(rest)
    reference, when_text = _about(rest)
    return reference or named, when_text, not reference and bool(named)


def _next_clock(moment: datetime, when_text: str, now: datetime) -> datetime:
    """`moment` (a part of the day's school clock, today's when no day is named), a day later
    when it has passed at `now` and `when_text` names no day — «напомни утром» at 10:00 is
    tomorrow's 08:00, as a clock alone («в 8 утра») already rolls (review66 #4); «сегодня
    утром» stays today's, past, and is asked again."""
    named = day_and_time(when_text, now)
    if moment <= now and (named is None or named.day is None):
        return moment + timedelta(days=1)
    return moment


MAX_ANSWER_WORDS = 8  # a longer message is no answer to «Во сколько напомнить?»


def moment_answer(text: str, said: str, now: datetime, *, event_asked: bool = False) -> str | None:
    """The reminder request to read again when `text` answers «Во сколько напомнить?» asked
    about the request `said` (as written), or None when `text` names no clock and no day (or
    is a request of its own: «напомни …» is read as one). A day in the answer replaces the
    asked one («лучше в субботу в 10:00»); a clock alone completes a request that named a
    day without one («напомни в пятницу» + «в 18:00»), else (the asked moment was past or
    after the event's end) stands alone; the event's words of `said` are kept.
    remind69: after «О каком мероприятии напомнить?» (`event_asked`) the answer may name the
    event instead — «про экскурсию» or the name alone («экскурсию», «на экскурсию») — which
    replaces the event's words of `said` and keeps its moment; an answer naming the event
    and a moment («про экскурсию в 9») is a request in full. chat72: a lead alone («за 2
    часа», «за три дня»; reminder_times.lead_minutes) is that long before the event `said`
    names («напомни про экскурсию» + «за день» -> «напомни за день про экскурсию»)."""
    line = " ".join(normalize(text).split()).strip(" .!?")
    if _REMIND.search(line) or len(line.split()) > MAX_ANSWER_WORDS:
        return None
    earlier_words = read_moment(said, now).reference
    if earlier_words and lead_minutes(line) is not None:  # «за 2 часа», «за три дня» (chat72)
        return f"напомни {line} про {earlier_words}"
    own = read_moment(line, now)
    named_none = own.at is None and own.clock is None and own.unclear is not Unclear.NO_CLOCK
    if named_none:  # «экскурсию», «про экскурсию»: the event, with the moment asked before
        name = _bare_name(line) if event_asked else ""
        if name or (event_asked and own.reference):
            return " ".join(f"напомни {_split(said)[1]} {f'про {name}' if name else line}".split())
        return None
    if own.reference:
        return f"напомни {line}" if event_asked else None
    earlier = read_moment(said, now)
    named = day_and_time(line, now)
    if earlier.unclear is Unclear.NO_CLOCK and (named is None or named.day is None):
        return f"{said} {line}"
    about = f" про {earlier.reference}" if earlier.reference else ""
    return f"напомни {line}{about}"


MAX_NAME_WORDS = 4  # a longer answer to «О каком мероприятии?» is no bare name


def _bare_name(line: str) -> str:
    """`line` as an event's name answering «О каком мероприятии напомнить?» («экскурсию»,
    «на экскурсию», «лекция о космосе»): its naming words (asked_event.event_words) when
    every word but a leading preposition is one; "" when not («спасибо», «не знаю»)."""
    words = _WORD.findall(line)
    if words and _is_preposition(words[0]):
        words = words[1:]
    if not words or len(words) > MAX_NAME_WORDS:
        return ""
    naming = event_words(words)
    return " ".join(naming) if naming and naming[0] == words[0] and naming[-1] == words[-1] else ""


def listed_event(text: str, events: tuple[int, ...]) -> int | None:
    """The id of the event `text` picks by its number («2», «второе», «№ 2») from `events`
    (a «which event?» list, in order); None when `text` is no such number."""
    line = " ".join(normalize(text).split()).strip(" .!?")
    digits = _NUMBERED.match(line)
    value = int(digits.group("n")) if digits is not None else ordinal_value(line)
    return events[value - 1] if value is not None and 0 < value <= len(events) else None


# «накануне», «в (самый) день», «за день (сутки) до» with what follows: an event's name in
# the genitive right after it («в день лекции о космосе», «накануне экскурсии»; review66)
_DAY_OF = re.compile(
    r"(?<![а-яё])(?P<lead>накануне|в\s+(?:сам\w*\s+)?день|за\s+(?:1\s+|один\s+)?(?:день|сутки)"
    r"\s+до)\s+(?P<words>[а-яё].*)$"
)
_GENERIC = frozenset({"мероприятие", "событие"})  # «в день мероприятия»: no name in it
_ABOUT_WORDS = frozenset({"про", "насчёт", "насчет"})  # the «про …» part begins


def _day_named(rest: str) -> tuple[str, str]:
    """(the event's words, `rest` with them taken out) when `rest` names the event's eve or
    day by its name in the genitive («вечером накануне лекции о космосе» -> ("лекции о
    космосе", "вечером накануне"); «за день до концерта в 18:30» -> ("концерта", "накануне
    в 18:30")); ("", rest) when not. The name runs from that genitive noun (pymorphy3) to
    the last naming word (asked_event.event_words) before a time's words, a number or «про»;
    the name's own prepositions stay in it, so that its «о» is not read as «про»."""
    found = _DAY_OF.search(rest)
    if found is None:
        return "", rest
    tokens = list(_WORD.finditer(found.group("words")))
    if not tokens or not _genitive_noun(tokens[0].group()):
        return "", rest
    taken: list[re.Match[str]] = []
    for n, token in enumerate(tokens):
        word = token.group()
        after = tokens[n + 1].group() if n + 1 < len(tokens) else ""
        if _ends_name(word) or (_is_preposition(word) and (not after or _ends_name(after))):
            break
        taken.append(token)
    naming = event_words([t.group() for t in taken])
    if not naming:
        return "", rest
    end = found.start("words") + taken[len(naming) - 1].end()
    lead = "в день" if "день" in found.group("lead") and "до" not in found.group("lead") else ""
    lead = lead or "накануне"
    return " ".join(naming), rest[: found.start()] + lead + rest[end:]


def _genitive_noun(word: str) -> bool:
    """Whether pymorphy3 reads `word` as a noun in the genitive that is no day's or time's
    word and no «мероприятие» (that one names no event)."""
    return any(
        p.tag.POS == "NOUN"
        and "gent" in p.tag.grammemes
        and str(p.normal_form) not in _TIME_LEMMAS | _GENERIC
        for p in parses(word)
    )


def _ends_name(word: str) -> bool:
    """Whether `word` ends an event's name after its day: a number, a time's word, «про»."""
    return word.isdigit() or word in _ABOUT_WORDS or lemma(word) in _TIME_LEMMAS


def _is_preposition(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is a preposition."""
    found = parses(word)
    return bool(found) and found[0].tag.POS == "PREP"


def _about(rest: str) -> tuple[str, str]:
    """(the event's words, the text left for the moment) of the words after «напомни»."""
    found = _ABOUT.search(rest)
    if found is None:
        return "", rest
    naming = event_words(_topic(found.group("words")))  # «лекцию о космосе»: «о» inside
    kept = rest[: found.start()] + " " + _without(found.group("words"), naming)
    return " ".join(naming), kept


def _topic(words: str) -> list[str]:
    """The words after «про» / «о» that may name the event: without the words of days and
    times, except the first, the noun the preposition governs — what is talked about, an
    event's name even when it is a word of time («про день открытых дверей», «о вечере
    встречи выпускников»; newcomer67)."""
    found = _WORD.findall(words)
    return found[:1] + [w for w in found[1:] if lemma(w) not in _TIME_LEMMAS]


def _without(text: str, words: list[str]) -> str:
    """`text` without the whole words `words`, each once, the first left of it first
    (`words` in their order in `text`)."""
    for word in words:
        text = re.sub(rf"(?<![а-яёa-z0-9-]){re.escape(word)}(?![а-яёa-z0-9-])", " ", text, count=1)
    return text


def reads_after_about(words: str) -> bool:
    """Whether the event's `words` (as read_moment gives them) can follow «про» as written:
    their first word, the head, has an accusative reading (pymorphy3): «экскурсию», «лекцию
    о космосе», «концерт» — not «лекция» or «весенняя ярмарка», an answer's nominative
    (review69: «не напоминай про лекция»), nor «лекции о космосе», a prepositional kept from
    «напомни о лекции …» whose plural accusative is the same word (review72: a head with a
    prepositional reading is not taken; the title is named instead)."""
    first = words.split(maxsplit=1)[:1]
    found = parses(first[0]) if first else ()
    return any("accs" in p.tag for p in found) and not any("loct" in p.tag for p in found)


# imperatives that cancel or remove something («отмени», «удалите», «убери», «сними»)
_FORGET_LEMMAS = frozenset({"отменить", "удалить", "убрать", "снять", "стереть"})
_FORGET = re.compile(
    r"^(?P<verb>[а-яё]+)(?:[\s,]+(?:пожалуйста|мне|мо[её]|мою|мои|это|эту|эти|вс[её]))*"
    r"[\s,]+напомина(?:ни|лк)\w*(?P<rest>.*)$"
)
MAX_FORGET = 100  # characters: a longer text is no such request


def forget_moment(text: str) -> str | None:
    """The event's words of a cancel of one's one-off reminder («отмени напоминание про
    экскурсию» -> "экскурсию"; "" for «удали напоминание»: every one of the person's), or
    None when `text` is no such cancel (module docstring)."""
    line = " ".join(normalize(text).split()).strip(" .!?,")
    found = _FORGET.match(line) if len(line) <= MAX_FORGET else None
    if found is None or not _cancelling(found.group("verb")):
        return None
    rest = found.group("rest").strip(" ,")
    if not rest:
        return ""
    about = _ABOUT.search(rest)  # «… на завтра про экскурсию»: its moment passed over
    if about is None:
        return None  # «отмени напоминание и запиши …»: more than a cancel
    named = event_words(_topic(about.group("words")))
    return " ".join(named) if named else None


# «отмени напоминание 2», «удали напоминание №2»: one of «мои напоминания» by its number;
# any number of digits (the line is MAX_FORGET long at most): 0 or 1000 is a number the list
# has not, answered so, not a sign-up's cancel (safety72 #5)
_NUMBERED = re.compile(r"^(?:№\s*)?(?P<n>\d+)$")


def forget_numbered(text: str) -> int | None:
    """The list number of a cancel of one one-off reminder («отмени напоминание 2» -> 2,
    «удали напоминание №3» -> 3; the numbers of «мои напоминания», from 1 — a 0 is returned
    as read, a number no list has), None for anything else (the verb read as
    `forget_moment` reads it)."""
    line = " ".join(normalize(text).split()).strip(" .!?,")
    found = _FORGET.match(line) if len(line) <= MAX_FORGET else None
    if found is None or not _cancelling(found.group("verb")):
        return None
    number = _NUMBERED.match(found.group("rest").strip(" ,"))
    return int(number.group("n")) if number is not None else None


# «мои напоминания», «какие у меня напоминания?», «покажи напоминания», «список напоминаний»,
# «что я просил(а) напомнить?»: the person's one-off reminders listed (remind69). The noun
# needs a word asking for it (a possessive, «какие», «покажи», «список»), so that a bare
# «напоминания» stays what it was.
_ASKING = r"(?:мои|какие|покажи(?:те)?|список|перечисли(?:те)?|посмотреть|где|все)"
_LISTS = re.compile(
    r"^(?:а\s+)?(?:(?:покажи(?:те)?|пожалуйста|мне|у\s+меня|есть|ли|все|мои|какие|список"
    r"|перечисли(?:те)?|посмотреть|где)\s+)*"
    r"(?:напоминани[яйе]|напоминалк[иа]|напоминалок|напоминаний)"
    r"(?:\s+(?:у\s+меня|мои|есть|стоят|поставлены|поставил[аи]?))*$"
    r"|^что\s+я\s+(?:просил[аи]?|попросил[аи]?)\s+(?:мне\s+)?напомнить$"
)


def lists_moments(text: str) -> bool:
    """Whether `text` asks for the person's one-off reminders (see _LISTS)."""
    line = " ".join(normalize(text).split()).strip(" .!?,")
    if len(line) > MAX_FORGET or _LISTS.match(line) is None:
        return False
    return line.startswith("что") or re.search(rf"(?<![а-яё]){_ASKING}(?![а-яё])", line) is not None


def _cancelling(verb: str) -> bool:
    """Whether `verb` is an imperative of cancelling or removing (pymorphy3)."""
    return any(
        "impr" in p.tag.grammemes and str(p.normal_form) in _FORGET_LEMMAS for p in parses(verb)
    )
