"""Questions about the plan: which days (and whose events) a chat question asks about (split
from intents.py).

`parse_query` reads a short question into a QueryIntent: its period from the temporal
parts (`query_from_parts`, inclusive school-local dates), read back into the past when the
question says its events took place (`asks_in_past_tense`, `asks_of_past_plan`: pymorphy3
tense), and whose events it asks about («у нас», «у музея янтаря»: `with_holder`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from itertools import pairwise

from bot.core.language.asked_rooms import asked_room, in_room_words
from bot.core.language.asked_titles import asked_title, opening_kind
from bot.core.language.audience import extract_audience
from bot.core.language.calendar import month_end, school_year_month
from bot.core.language.intents_follow_up import (
    FOLLOW_UP,
    WEEKDAY_THEN_DAY,
    bare_weekday,
    follow_up_weeks,
    nearer_year_back,
    weekday_against_date,
    weekday_day_number,
)
from bot.core.language.leftovers import content_words, query_organiser
from bot.core.language.morphology import parses
from bot.core.language.sentences import is_abbreviation, sentences
from bot.core.language.temporal import TemporalParts, extract_temporal, resolve_day
from bot.core.language.title_grammar import is_event_noun
from bot.core.language.tokens import Scanner, normalize
from bot.core.models import Audience, QueryIntent

_FREE_WORD = re.compile(r"(?:свобод|занят)", re.IGNORECASE)  # «свободен», «занят» by a room
_ORGANISER_WORDS = 4  # an organiser a query names is a short name, not a post's capitals
_TITLE_WORDS = 6  # words of a question naming an event («где будет экскурсия в музей янтаря?»)


# a word written with a dot and what it abbreviates: «каб. 21», «ул. Ленина», «им. Канта»,
# «г. Калининграде» (one word, then any capitalised words of the name)
_ABBREVIATED = re.compile(
    r"(?i:(?<![\w-])по\s+адресу\s*:?\s*)?"  # «по адресу ул. Ленина»: the address named
    r"(?<![\w-])([а-яёА-ЯЁ]+)(?:\.\s*[\w-]+|\s+\d+[а-яё]?(?![\w-]))(?:\s+[А-ЯЁ][\w-]*)*"
)  # «в каб 21»: a number after it says it is one without its dot


def _without_abbreviated_places(remainder: str) -> str:
    """A question's leftover without the places it names by an abbreviation
    (sentences.is_abbreviation): «в каб. 21», «на ул. Ленина», «в музей им. Канта» name
    neither the event's title nor its organiser (fixchat47)."""
    return _ABBREVIATED.sub(lambda m: " " if is_abbreviation(m.group(1)) else m.group(0), remainder)


def parse_query(clean: str, now: datetime) -> QueryIntent | None:
    """The query a chat question `clean` asks (the period, classes, organiser, kind, room or
    title it asks about; `now` the school's naive wall-clock time), or None when too many
    words are left once the day, audience and asker are read (an announcement's heading, a
    long message's capitals): the message is then read as an event."""
    sc = Scanner(clean)
    audience = extract_audience(sc)
    parts = extract_temporal(sc, now, periods=True)
    leftover = content_words(_without_abbreviated_places(sc.remainder()))
    room = asked_room(clean)
    if room is not None:  # «когда свободен актовый зал …?»: the room, not an event's name
        rest = [w for w in leftover if not _FREE_WORD.match(w) and not in_room_words(w, room)]
        if asked_title(clean, rest) is None:  # «когда экскурсия в выставочный зал?»: a title
            query = query_from_parts(parts, audience, query_organiser(rest), now, clean)
            return replace(query, room=room.words, room_free=room.free)
    # «Мы свободны в субботу»: a sentence's capital on the asker's pronoun names no organiser,
    # nor does one on a kind of event opening it («Концерт пройдёт 12 декабря?»: review50 #3)
    kind = opening_kind(clean, leftover)
    organiser = query_organiser(
        [w for i, w in enumerate(leftover) if w.lower() not in _ASKER and i != kind]
    )
    numbered: list[str] = []  # «номер» of «у Лицея номер 5»: the name's, not a title's
    if organiser is not None:  # «у Музея изобразительных искусств»: its lower-case words too
        organiser = _with_name_tail(organiser, clean, leftover)
        organiser, numbered = _with_number(organiser, sc.remainder())
    if organiser is not None and len(organiser.split()) > _ORGANISER_WORDS + len(numbered):
        organiser = None  # a news headline's question above a post ("Где и когда пройдёт …")
    named = set(organiser.split()) | set(numbered) if organiser else set()
    asked = [w.lower() if i == kind else w for i, w in enumerate(leftover)]
    title = asked_title(clean, [w for w in asked if w not in named])
    # a longer title only in a question naming no day: a post's heading names its day
    words = _ORGANISER_WORDS if parts.found_anything else _TITLE_WORDS
    if title is not None and len(leftover) <= words:
        query = query_from_parts(parts, audience, organiser, now, clean)
        return replace(query, title=title)  # «когда экскурсия в музей янтаря?»
    held = organiser is not None or _held_by(clean) is not None  # «что у музея …?»
    if not parts.found_anything and len(leftover) > 2 and not held:
        return None
    if not held and len(leftover) > 4:
        return None
    if len(leftover) - len(named) > _ORGANISER_WORDS:
        return (
            None  # a long message's capitals: «… в Blender, … ул. Генерала Соммера» (walk t, #17)
        )
    return query_from_parts(parts, audience, organiser, now, clean)


_ASKS_ANEW = re.compile(r"\s*а\s+что(?![а-яё-])", re.IGNORECASE)  # «а что на следующей неделе?»


# verbs of an event's taking place: said in the past tense, a question asks about days gone
_TAKING_PLACE = frozenset(
    {
        "быть",
        "пройти",
        "проходить",
        "состояться",
        "случиться",
        "происходить",
        "произойти",
        "проводиться",
        "идти",
    }
)
_PAST_WORDS = re.compile(r"[а-яё]+", re.IGNORECASE)
# a clause ends at a sentence's or a comma's end («что будет в пятницу? я был болен», «что
# будет 12 декабря, раз я был в отъезде?»)
_CLAUSE_END = re.compile(r"[.?!,;:()\n]+")
_QUESTION_WORDS = frozenset({"что", "чего", "какой", "какая", "какое", "какие", "каких", "ли"})
_ASKER = frozenset({"я", "мы", "ты", "вы"})  # «я был», «мы были»: the asker's own past


def _question_clauses(clean: str) -> list[list[str]]:
    """The words of the clauses holding a question word, or of every clause when none
    does: only the question's own clause says which days it asks about."""
    clauses = [_PAST_WORDS.findall(part) for part in _CLAUSE_END.split(clean.lower())]
    asking = [words for words in clauses if _QUESTION_WORDS.intersection(words)]
    return asking or clauses


def _clause_tense(words: list[str]) -> bool | None:
    """True when a clause says its events took place in the past tense, False when it says
    they will or do («будет», «пройдёт», «идёт»: that wins), None when it says neither.
    A past verb with a first- or second-person subject («я был в отъезде») tells of the
    asker, and one beside a short participle or an infinitive («было запланировано»,
    «запланировано было», «было решено провести») of a plan, not of a day gone."""
    past = False
    for at, word in enumerate(words):
        found = parses(word)
        if not found:
            continue
        tag = found[0].tag
        if tag.POS in ("PRTS", "INFN") and past:
            past = False  # «было запланировано», «было решено провести»
            continue
        if tag.POS != "VERB" or found[0].normal_form not in _TAKING_PLACE:
            continue
        if "past" not in tag:
            return False  # «будет», «пройдёт», «идёт»
        if _ASKER.intersection(words[:at]):
            continue  # «я был», «мы там были»
        before = parses(words[at - 1]) if at else None
        if before and before[0].tag.POS == "PRTS":
            continue  # «запланировано было»
        past = True
    return past or None


def without_asker_sentences(clean: str, now: datetime) -> str:
    """A chat question without the later sentences that tell in the past tense about the
    asker when the question names a day or period of its own: no question word, a first-
    or second-person pronoun and a verb, every verb past («я был болен на прошлой неделе»,
    «мы уезжали»). Their days are the asker's, never the question's («что будет в пятницу?
    я был болен на прошлой неделе» asks this Friday: walk45). A sentence that only names a
    period («что в пятницу? на следующей неделе») stays, and so does one about the asker
    in the present or future, or under a question naming no day: it names the period asked
    about («что будет? я хочу узнать про следующую неделю», «Мы свободны в субботу»,
    «… вернёмся в среду»: review46 H4)."""
    spans = sentences(clean)  # bot.core.language.sentences: «каб. 21» ends no sentence
    if len(spans) < 2:
        return clean
    starts = [start for start, _ in spans] + [len(clean)]
    said = [clean[start:end].strip() for start, end in pairwise(starts)]  # with marks
    if not extract_temporal(Scanner(said[0]), now, periods=True).found_anything:
        return clean
    kept = said[:1] + [s for s in said[1:] if not _tells_of_asker_before(s)]
    return clean if len(kept) == len(said) else " ".join(kept)


def _tells_of_asker_before(sentence: str) -> bool:
    """Whether a sentence asks nothing and tells of the asker in the past tense alone
    (without_asker_sentences): a pronoun of the asker, a verb, and no verb that is not
    past («мы были в отъезде и вернёмся в среду» tells of days ahead)."""
    words = _PAST_WORDS.findall(sentence.lower())
    if _QUESTION_WORDS.intersection(words) or not _ASKER.intersection(words):
        return False
    tenses = [
        "past" in found[0].tag for w in words if (found := parses(w)) and found[0].tag.POS == "VERB"
    ]
    return bool(tenses) and all(tenses)


def asks_in_past_tense(clean: str) -> bool:
    """Whether a question says its events took place in the past tense («что было 31 мая?»,
    «что прошло на прошлой неделе?», «какие мероприятия были в понедельник?»): a verb of
    taking place (pymorphy3: past tense) in the clause that asks (_question_clauses), not
    beside a short participle or an infinitive («что было запланировано на 9 декабря?» asks
    about a plan, not a day gone), not said of the asker («что будет в пятницу? я был
    болен») and with no future or present form of those verbs in the clause (_clause_tense)."""
    tenses = [_clause_tense(words) for words in _question_clauses(clean)]
    return True in tenses and False not in tenses


# verbs of planning whose imperfective past asks what was planned («что планировалось на
# 20 мая?», «намечалось ли что-то …», «что предполагалось …»)
_PLANNED_THEN = frozenset(
    {"планировать", "планироваться", "намечать", "намечаться", "предполагаться"}
)


def _clause_plan_past(words: list[str]) -> bool:
    """Whether a clause asks about a plan in the past tense: a short participle and a past
    form of «быть» in the clause, in any order and with words between («было
    запланировано», «запланировано было», «были ли запланированы», «было ли что-то
    запланировано»), or an imperfective past verb of planning («что планировалось …»,
    «намечалось ли …»: _PLANNED_THEN). A perfective «запланировали» says what the plan
    holds now, as «запланировано» does (review47 #8)."""
    participle = past_be = False
    for word in words:
        found = parses(word)
        if not found:
            continue
        tag = found[0].tag
        if tag.POS == "PRTS":
            participle = True
        elif tag.POS == "VERB" and "past" in tag:
            lemma = found[0].normal_form
            past_be = past_be or lemma == "быть"
            if lemma in _PLANNED_THEN and "impf" in tag:
                return True
    return participle and past_be


def asks_of_past_plan(clean: str) -> bool:
    """Whether a question asks what *was* planned («что было запланировано на 31 мая?»,
    «что запланировано было …»): the plan's past tense in the clause that asks, the asker
    not its subject, and no clause saying «будет»."""
    clauses = _question_clauses(clean)
    if any(_clause_tense(words) is False for words in clauses):
        return False
    return any(_clause_plan_past(w) and not _ASKER.intersection(w) for w in clauses)


# a plan asked about in the past tense («что было запланировано на …?») is the coming day
# only when that day is this near; a day farther on is the one gone (its plan is history)
_PLAN_AHEAD = timedelta(days=92)  # a school quarter


def _last_before(first: date, last: date, today: date, parts: TemporalParts) -> tuple[date, date]:
    """A period asked about in the past tense that lies ahead of `today`, moved to its last
    occurrence before today: a written date a year back («что было 31 мая?» in September:
    the May gone), a weekday a week back («в понедельник что было?»), a month named alone
    a year back («что прошло в мае?» in September); else as it was."""
    if parts.day_spans:
        try:
            back = (first.replace(year=first.year - 1), last.replace(year=last.year - 1))
        except ValueError:  # 29 February
            return first, last
        return back if back[1] <= today else (first, last)
    if bare_weekday(parts) and first == last:
        return first - timedelta(weeks=1), last - timedelta(weeks=1)
    if parts.bare_month is not None and first.day == 1:  # «что прошло в мае?» in September
        month = first.replace(year=first.year - 1)
        return (month, month_end(month)) if month_end(month) < today else (first, last)
    return first, last


# a yes/no question in the past tense: «была ли лекция …?», «прошла ли экскурсия …?»
_PAST_YES_NO = re.compile(
    r"(?<![а-яё])(?:был[аио]?|прош[её]л|прошл[аио]|проходил[аио]?"
    r"|состоял(?:ся|ась|ось|ись))(?:\s+|\s*-\s*)ли(?![а-яё])"
)
# a written date asked about that way is the coming one when it is this near: a year back
# is eleven months farther than a few weeks on (chat49: «была ли лекция 9 декабря?» on
# 1 December read 9 December 2025)
_YES_NO_AHEAD = timedelta(days=31)


def query_from_parts(
    parts: TemporalParts, audience: Audience, organiser: str | None, now: datetime, clean: str
) -> QueryIntent:
    """The period a question asks about (inclusive school-local dates) from its parts;
    `clean` is the question's text, read for a follow-up «а в субботу?». Steps: the days
    named (_asked_days), a written date read a year back (_written_year_back), a past
    tense's days gone (_asked_past) unless a yes/no question's day is yet to come
    (_not_yet_come), and an open end closed by «до конца …»."""
    today = now.date()
    first, last, rival = _asked_days(parts, now, clean)
    first, last = _written_year_back(parts, first, last, today)
    not_yet = _not_yet_come(parts, first, last, today, clean)
    if not not_yet:  # «была ли лекция 9 декабря?» a week before: the coming 9th, not yet come
        first, last = _asked_past(parts, first, last, today, clean)
    if last is None and parts.until_exclusive is not None:  # «план до конца четверти»
        last = max(first, parts.until_exclusive.date() - timedelta(days=1))
    return QueryIntent(
        start=first,
        end=last,
        audience=audience,
        organiser=organiser,
        follow_up_weekday=_follow_up_weekday(parts, clean),
        follow_up_week=follow_up_weeks(clean),
        follows_on=FOLLOW_UP.match(clean) is not None,
        asks_anew=_ASKS_ANEW.match(clean) is not None,
        rolled_year=parts.rolled_year and bool(parts.day_spans) and first > today,
        # a rival already past is that weekday a week on («в понедельник 17?» on Tuesday 15)
        weekday_rival=rival if rival is None or rival >= today else rival + timedelta(weeks=1),
        not_yet=not_yet,
    )


def _asked_days(
    parts: TemporalParts, now: datetime, clean: str
) -> tuple[date, date | None, date | None]:
    """(first day, last day or None when open-ended, the rival reading of a weekday beside
    a date) a question names: a period (_period_days), else a day (_day_asked); a single
    date with a weekday beside it read against that weekday («в пятницу 17 декабря?»)."""
    today = now.date()
    period = _period_days(parts, today)
    first, last, rival = (*period, None) if period is not None else _day_asked(parts, now, clean)
    if rival is None and parts.day_first is not None and first == last and not parts.day_prefix:
        first, rival = weekday_against_date(clean, first, today)  # «в пятницу 17 декабря?»
        last = first
    return first, last, rival


def _period_days(parts: TemporalParts, today: date) -> tuple[date, date] | None:
    """The first and last day of the period a question names («на той неделе», «план на
    декабрь», «на этой неделе» from `today` on), or None when it names none."""
    if parts.period is None:
        return None
    if parts.period_grain == "week" and parts.weekday is not None:
        day = parts.period[0] + timedelta(days=parts.weekday)  # "в четверг на той неделе"
        return day, day
    if parts.bare_month is not None:
        first = school_year_month(parts.bare_month, today)  # «план на декабрь» in January
        return first, month_end(first)
    first, last = parts.period
    if parts.clip_to_today and first <= today <= last:
        first = today
    return first, last


def _day_asked(
    parts: TemporalParts, now: datetime, clean: str
) -> tuple[date, date | None, date | None]:
    """(first day, last day or None, a rival day) a question naming no period asks about:
    a weekday with a day number, today's weekday (today), a day with its prefix
    (_prefixed_days), an instant's day, or from today on."""
    today = now.date()
    if bare_weekday(parts) and (numbered := weekday_day_number(clean, parts.weekday or 0, today)):
        return numbered[0], numbered[0], numbered[1]  # «что в четверг 17?»
    if bare_weekday(parts) and parts.weekday == today.weekday() and parts.day_first is None:
        return today, today, None  # «что в субботу?» on a Saturday: today's events are asked
    if (day := resolve_day(parts, now)) is not None:
        return (*_prefixed_days(parts, day, today), None)
    if parts.instant is not None:
        return parts.instant.date(), parts.instant.date(), None
    return today, None, None


def _prefixed_days(parts: TemporalParts, day: date, today: date) -> tuple[date, date | None]:
    """The days a question's `day` asks about with its prefix: up to it («до пятницы»:
    from `today`), from it on, open-ended («после 5 декабря»: the day after), or the day
    (to `parts.day_last`)."""
    if parts.day_prefix == "до":
        return today, day  # "что до пятницы"
    if parts.day_prefix and parts.day_last is None:
        # "что будет после 5 декабря": open-ended
        return (day + timedelta(days=1) if parts.day_prefix == "после" else day), None
    return day, parts.day_last or day


def _written_year_back(
    parts: TemporalParts, first: date, last: date | None, today: date
) -> tuple[date, date | None]:
    """The days asked, a date written without a year and read as next year's moved to the
    nearer year back (nearer_year_back: «что 30 ноября?» on 1 December); a named period
    stays («что после осенних каникул?» in December is the coming autumn's,
    tests/integration/test_query_years.py)."""
    if not (parts.rolled_year and parts.day_spans):
        return first, last
    if last is not None:  # «что 30 ноября?» on 1 December
        return nearer_year_back(first, last, today)
    return nearer_year_back(first, first, today)[0], None  # «что после 30 ноября?»: from today


def _not_yet_come(
    parts: TemporalParts, first: date, last: date | None, today: date, clean: str
) -> bool:
    """Whether a yes/no question in the past tense asks about a written date within
    _YES_NO_AHEAD ahead («была ли лекция 9 декабря?» a week before): the coming day."""
    return (
        last is not None
        and bool(parts.day_spans)
        and today < first <= today + _YES_NO_AHEAD
        and _PAST_YES_NO.search(normalize(clean)) is not None
        and asks_in_past_tense(clean)
    )


def _asked_past(
    parts: TemporalParts, first: date, last: date | None, today: date, clean: str
) -> tuple[date, date | None]:
    """The days asked, moved to their last occurrence before `today` (_last_before) when
    they lie ahead and the question asks in the past tense («что было 31 мая?») or asks a
    plan's past more than _PLAN_AHEAD on («что было запланировано …»)."""
    if last is not None and first > today and asks_in_past_tense(clean):
        return _last_before(first, last, today, parts)  # «что было 31 мая?»
    if last is not None and first > today + _PLAN_AHEAD and asks_of_past_plan(clean):
        return _last_before(first, last, today, parts)  # «что было запланировано …»
    return first, last


def _follow_up_weekday(parts: TemporalParts, clean: str) -> int | None:
    """The weekday a follow-up «а в субботу?» names alone (no day number after it), or None."""
    if FOLLOW_UP.match(clean) and bare_weekday(parts) and not WEEKDAY_THEN_DAY.search(clean):
        return parts.weekday
    return None


# «у нас», «у меня»: the asker's own; «у музея янтаря»: a holder's name in the genitive
_OURS = re.compile(r"(?<![а-яё])у\s+(?:нас|меня)(?![а-яё])")
_HELD_BY = re.compile(r"(?<![а-яё])у\s+([а-яё]+)(?:\s+([а-яё]+))?")


_NEXT_WORD = re.compile(r"[^\S\n]+([а-яё]+)(?![\w-])")  # a lower-case word after a name's
# a numbered organisation's number right after its name: «Лицея номер 5», «Лицея № 5»,
# «Гимназии №7», «Школы N 3»; a bare number only at the question's end or before a sign
# («что у Лицея 5?», «что у Лицея 5 в декабре?» once the month is read), never before a
# word («у Кванториума 3 мероприятия»: a count)
_NAME_NUMBER = re.compile(
    r"[^\S\n]+(?:(номер|№|n|no\.?)[^\S\n]*(\d{1,3})(?![\w.:])|(\d{1,3})(?=[^\S\n]*(?:[?!.,]|$)))",
    re.IGNORECASE,
)


def _with_name_tail(organiser: str, clean: str, leftover: list[str]) -> str:
    """`organiser` (a query's capitalised words) with the lower-case words that go on its
    name right after it in `clean`: adjectives and inanimate nouns in the genitive, as a
    name's tail stands after its head noun in any case («что у Музея изобразительных
    искусств?», «план Музея янтаря»), ending on a noun («у КГТУ интересного» keeps
    «КГТУ»). Only words left over from the day and classes (`leftover`) are taken."""
    last = organiser.split()[-1]
    at = re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", clean)
    tail: list[str] = []
    while at is not None:
        at = _NEXT_WORD.match(clean, at.end())
        if at is None or at.group(1) not in leftover or not _genitive_thing(at.group(1), False):
            break
        if is_event_noun(at.group(1)):  # «сколько у КГТУ лекций?»: what is asked, no name
            break
        tail.append(at.group(1))
    while tail and not _genitive_thing(tail[-1], noun=True):
        tail.pop()
    return " ".join([organiser, *tail])


def _with_number(organiser: str, text: str) -> tuple[str, list[str]]:
    """`organiser` with the number written right after its last word in `text` (the
    question once its day and classes are read), as «№ N» — «Лицея номер 5» → «Лицея № 5»,
    which names «Лицей № 5» and not «Лицей № 23» (organisation_names compares numbers) —
    and the words written for «№» (["номер"]: the name's, no title word); `organiser` and
    [] when no number follows (organiser79; organiser78 saw «что у Лицея номер 5 в
    декабре?» read «Лицея»)."""
    last = organiser.split()[-1]
    at = re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text)
    number = _NAME_NUMBER.match(text, at.end()) if at is not None else None
    if number is None:
        return organiser, []
    written = [number[1]] if number[1] and number[1] != "№" else []
    return f"{organiser} № {number[2] or number[3]}", written


def _held_by(clean: str) -> str | None:
    """The holder's name a question names in lower case after «у» (`with_holder`:
    «что у музея изобразительных искусств?» → «музея изобразительных»), or None."""
    found = _HELD_BY.search(normalize(clean))
    if found is None or not _genitive_thing(found.group(1), noun=True):
        return None
    words = [found.group(1)]
    if found.group(2) and _genitive_thing(found.group(2), noun=False):
        words.append(found.group(2))
    return _with_number(" ".join(words), normalize(clean))[0]  # «у лицея номер 23»


def with_holder(query: QueryIntent, clean: str) -> QueryIntent:
    """`query` with whose events it asks about when no organiser was read: «у нас»
    (`ours`), or a lower-case inanimate noun in the genitive after «у» with the genitive
    word after it («что у музея янтаря в декабре?»: `holder` «музея янтаря»). Whether
    these name an organiser is the planner's to know (chat51)."""
    if query.organiser or query.own_class:
        return query
    lowered = normalize(clean)
    if _OURS.search(lowered):
        return replace(query, ours=True)
    holder = _held_by(clean)
    return query if holder is None else replace(query, holder=holder)


def _genitive_thing(word: str, noun: bool) -> bool:
    """Whether `word`'s likeliest reading is an inanimate noun (or, unless `noun`, an
    adjective) in the genitive: an organisation's name, not a pronoun or a class of people."""
    found = parses(word)
    if not found:
        return False
    tag = found[0].tag
    if tag.case != "gent":
        return False
    if tag.POS == "NOUN":
        return "inan" in tag
    return not noun and tag.POS in {"ADJF", "PRTF"}
