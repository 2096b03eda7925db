"""The top of the parser: one message in, one Intent out (event, query or other).

Pipeline: classify by the opening words, take the audience, the venue and every temporal
phrase out of the text (each rule claims its characters), then the title is what remains,
tidied. `parse_many` splits a pasted plan into one message per event line.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from bot.core.language.audience import extract_audience
from bot.core.language.capacity import extract_capacity
from bot.core.language.doubts import ordered, timing_doubts
from bot.core.language.post import (
    is_long,
    prepare_post,
    take_ages,
    take_moscow_time,
    temporal_view,
)
from bot.core.language.post_draft import in_school_zone, with_post_facts
from bot.core.language.sessions import find_sessions
from bot.core.language.temporal import (
    TemporalParts,
    extract_temporal,
    resolve_day,
)
from bot.core.language.tokens import Scanner, normalize
from bot.core.language.typos import correct_typos
from bot.core.language.venue import extract_venue
from bot.core.language.venue_more import extract_more_venue, partner_hall
from bot.core.models import (
    Audience,
    EventDraft,
    EventIntent,
    Intent,
    OtherIntent,
    QueryIntent,
    Recurrence,
)

log = logging.getLogger(__name__)

MAX_MESSAGE_LENGTH = 4000
# the school's own rooms (venue.py) that a partner's building name turns into its rooms
_SCHOOL_ROOMS = frozenset({"актовый зал", "спортзал", "конференц-зал", "малый зал", "большой зал"})
# An end time earlier than the start is read as the next morning only up to this length.
MAX_OVERNIGHT = timedelta(hours=12)

_QUERY_LEAD = re.compile(
    r"^[^\wа-я]*(?:(?:а|и|ну|ой|привет|здравствуйте|добрый\s+день)[\s,!]+)?"
    r"(?:(?:скажи|скажите|подскажи|подскажите|покажи|покажите|напомни|напомните)"
    r"(?:\s*,\s*|\s+)(?:пожалуйста\s*,?\s*)?)?"
    r"(?:что|чем|какие|какое|какой|куда|где|когда|есть\s+ли|есть\s+что|есть\s+чего|есть"
    r"|мероприятия|события|план|расписание|афиша|анонс|список|календарь|покажи|покажите"
    r"|показать)(?![а-я])"
)
_QUERY_WORDS = frozenset(
    {
        "что",
        "чем",
        "какие",
        "какое",
        "какой",
        "куда",
        "где",
        "когда",
        "есть",
        "ли",
        "будет",
        "будут",
        "было",
        "что-нибудь",
        "что-то",
        "нибудь",
        "у",
        "нас",
        "на",
        "в",
        "во",
        "для",
        "по",
        "мероприятия",
        "мероприятий",
        "мероприятие",
        "события",
        "событий",
        "план",
        "расписание",
        "афиша",
        "анонс",
        "список",
        "календарь",
        "покажи",
        "покажите",
        "показать",
        "мне",
        "сходить",
        "пойти",
        "посетить",
        "интересного",
        "интересное",
        "запланировано",
        "запланированы",
        "планируется",
        "планируются",
        "проходит",
        "проходят",
        "а",
        "и",
        "ну",
        "скажи",
        "скажите",
        "подскажи",
        "подскажите",
        "пожалуйста",
        "можно",
        "классу",
        "классам",
        "ученикам",
        "ребятам",
        "нам",
        "всех",
        "всего",
        "весь",
        "вся",
        "все",
        "бывает",
        "идет",
        "идут",
        "еще",
        "ещё",
        "намечено",
        "намечается",
        "проводится",
        "проводятся",
        "от",
        "привет",
        "здравствуйте",
        "добрый",
        "доброе",
        "день",
        "утро",
        "вечер",
        "спасибо",
    }
)
_LABELS = re.compile(
    r"(?im)(?:^|(?<=[\s,.;]))(?:дата(?:\s+проведения)?|время(?:\s+проведения)?|аудитория"
    r"|место(?:\s+проведения)?|для|кабинет|адрес|участники|классы?|начало|окончание"
    r"|продолжительность|целевая\s+аудитория|когда|где)\s*:"
)
_FILLERS = re.compile(
    r"(?i)\b(?:состоится|состоятся|пройд[её]т|пройдут|проводится|будет\s+проводиться"
    r"|будет\s+проходить|приглашаем(?:\s+вас)?(?:\s+на)?|планируется)(?![а-яё])"
)
_DANGLING = r"(?:в|во|на|с|со|для|по|к|ко|у|от|до|и|а|или|из|при|около)"
_DANGLING_END = re.compile(rf"(?i)(?:\s+|^){_DANGLING}\s*$")
_DANGLING_START = re.compile(rf"(?i)^{_DANGLING}(?:\s+|$)")
_DANGLING_BEFORE_PUNCT = re.compile(rf"(?i)(?<![\wа-яё-]){_DANGLING}\s*(?=[,.;:!?)])")
_EMPTY_BRACKETS = re.compile(r"\(\s*[,.;:\s-]*\)")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?)])")
_REPEATED_PUNCT = re.compile(r"([,.;:])(?:\s*[,.;:])+")
# "Внимание! …", "Анонс: …" open a post; they are neither a question nor part of the title.
_ANNOUNCE = re.compile(r"(?i)^\s*(?:внимание|объявление|анонс|важно)\s*[!:.]+\s*")
_TITLE_LABEL = re.compile(
    r"(?i)^\s*(?:мероприятие|название(?:\s+мероприятия)?|событие|тема|что)\s*:"
)
_TRAILING_GRADES = re.compile(r"[,;]\s*(1[01]|[1-9])\s*[-–—]\s*(1[01]|[1-9])\s*$")
_EDGE_PUNCT = " \t,.;:-–—!/|·•*_+=#"


def parse_message(text: str, now: datetime) -> Intent:
    """Understand one chat message; `now` is the school's naive wall-clock time.

    Never raises: anything that cannot be understood is an OtherIntent.
    """
    try:
        return _parse(text[:MAX_MESSAGE_LENGTH], now)
    except Exception:  # the bot must never crash on a message
        log.exception("parser failed on %r", text[:200])
        return OtherIntent(text=text)


def parse_many(text: str, now: datetime) -> list[Intent]:
    """A pasted plan gives one intent per event line; anything else gives one intent."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or _LABELS.search(text):
        return [parse_message(text, now)]
    intents = [parse_message(line, now) for line in lines]
    events = [intent for intent in intents if isinstance(intent, EventIntent)]
    if len(events) >= 2:
        return list(events)
    return [parse_message(text, now)]


def _parse(text: str, now: datetime) -> Intent:
    clean = _ANNOUNCE.sub("", _strip_symbols(text))
    if not clean.strip():
        return OtherIntent(text=text)
    clean, corrections, unreadable = correct_typos(clean)
    if _QUERY_LEAD.search(normalize(clean)):
        query = _parse_query(clean, now)
        if query is not None:
            return query
    intent = _parse_event(clean, text, now, unreadable=unreadable)
    if isinstance(intent, EventIntent) and (corrections or unreadable):
        draft = intent.draft
        fixed = tuple((c.written, c.read) for c in corrections)
        doubts = ordered({*draft.doubts, "date_typo"})
        return EventIntent(draft=replace(draft, doubts=doubts, corrections=fixed))
    return intent


def _parse_event(clean: str, original: str, now: datetime, *, unreadable: bool = False) -> Intent:
    sc = Scanner(clean)
    ages = take_ages(sc)
    facts = prepare_post(sc, now) if is_long(clean) else None
    moscow = facts.moscow_time if facts is not None else take_moscow_time(sc)
    audience = extract_audience(sc)
    venue = extract_venue(sc)
    owner = partner_hall(sc) if venue in _SCHOOL_ROOMS else None
    if owner:
        venue = f"{venue} {owner}"  # "в актовом зале КГТУ": the partner's hall, not the school's
    more_venue, link = extract_more_venue(sc) if facts is None else (None, None)
    venue = venue or more_venue
    capacity = extract_capacity(sc)
    parts = extract_temporal(
        temporal_view(sc, facts) if facts is not None else sc, now, periods=False
    )
    if unreadable and parts.day_first is None:
        parts.day_blocked = True  # "5 мартобря в 15:00": a day was written but not read
    if facts is not None and facts.hidden and not parts.has_day:
        parts.day_blocked = True  # a post whose only dates are not the event's: ask, never today
    title = tidy_title(sc.remainder()) if facts is None else _post_title_stub(clean)
    has_when = parts.has_day or parts.start_time is not None or parts.recurrence is not None
    if not has_when:
        return OtherIntent(text=original)
    if parts.day_blocked and not _has_words(title):
        title = tidy_title(clean)
    if not _has_words(title):
        if parts.day_blocked:
            return OtherIntent(text=original)  # "31.11": never a query about today
        if "?" in clean or parts.start_time is None:
            return _query_from_parts(parts, audience, None, now)
        return OtherIntent(text=original)
    if audience.is_everyone and (found := _TRAILING_GRADES.search(title)):
        # "Олимпиада 12 декабря, весь день, 8-11": the date and time are already read, so a
        # bare range of school grades closing the message is its audience
        first, last = sorted((int(found.group(1)), int(found.group(2))))
        audience = Audience(grades=frozenset(range(first, last + 1)))
        title = tidy_title(title[: found.start()])
    draft = build_draft(parts, now, title, venue, audience)
    draft = replace(
        draft, capacity=capacity, ages=ages, description=original.strip(), online_url=link
    )
    if facts is not None:
        draft = with_post_facts(draft, facts, clean, now)
    elif moscow:
        draft = in_school_zone(draft)
    return EventIntent(draft=with_sessions(draft, clean, now))


def _parse_query(clean: str, now: datetime) -> QueryIntent | None:
    sc = Scanner(clean)
    audience = extract_audience(sc)
    parts = extract_temporal(sc, now, periods=True)
    leftover = _content_words(sc.remainder())
    organiser = _organiser(leftover)
    if not parts.found_anything and len(leftover) > 2 and organiser is None:
        return None
    if organiser is None and len(leftover) > 4:
        return None
    return _query_from_parts(parts, audience, organiser, now)


def _query_from_parts(
    parts: TemporalParts, audience: Audience, organiser: str | None, now: datetime
) -> QueryIntent:
    today = now.date()
    first: date
    last: date | None
    if parts.period is not None and parts.period_grain == "week" and parts.weekday is not None:
        first = last = parts.period[0] + timedelta(days=parts.weekday)  # "в четверг на той неделе"
    elif parts.period is not None:
        first, last = parts.period
        if parts.clip_to_today and first <= today <= last:
            first = today
    elif (day := resolve_day(parts, now)) is not None:
        first, last = day, parts.day_last or day
        if parts.day_prefix == "до":
            first, last = today, day  # "что до пятницы"
        elif parts.day_prefix and parts.day_last is None:
            last = None  # "что будет после 5 декабря": open-ended
            if parts.day_prefix == "после":
                first = day + timedelta(days=1)
    elif parts.instant is not None:
        first = last = parts.instant.date()
    else:
        first, last = today, None
    return QueryIntent(start=first, end=last, audience=audience, organiser=organiser)


def build_draft(
    parts: TemporalParts, now: datetime, title: str, venue: str | None, audience: Audience
) -> EventDraft:
    """Combine the temporal parts into an event draft in wall-clock time.

    The draft's `doubts` say what the bot must ask about or show (see doubts.py).
    """
    draft = _combine(parts, now, title, venue, audience)
    found = set(parts.doubts)
    if draft.start is not None:
        found |= timing_doubts(draft.start, draft.all_day, now, rolled_year=parts.rolled_year)
    if draft.end is not None and draft.start is not None and draft.end < draft.start:
        found.add("end_before_start")
    return replace(draft, doubts=ordered(found)) if found else draft


def with_sessions(draft: EventDraft, text: str, now: datetime) -> EventDraft:
    """The draft with every session the text lists; the start is the first session when the
    parser's own pick is one of them (see sessions.py)."""
    if draft.start is None:
        return draft
    found = find_sessions(text, draft.start, now.date())
    days = {start.date() for start, _ in found}
    if not found or draft.start.date() not in days:
        return draft
    if "several_dates" in draft.doubts:  # the rivals were sessions of one event, not rivals
        doubts = tuple(d for d in draft.doubts if d != "several_dates")
        draft = replace(draft, doubts=doubts, choices=())
    first, end = found[0]
    if draft.all_day and first.time() == time():
        return replace(draft, sessions=tuple(found), start=first, end=None)
    if draft.all_day:
        return replace(draft, sessions=tuple(found))
    return replace(draft, sessions=tuple(found), start=first, end=end or draft.end)


def _post_title_stub(clean: str) -> str:
    """A long post's title is built later from its kind and name (post_draft.py); until then
    its opening words stand for it, so the message still counts as an event."""
    return " ".join(clean[:120].split())


def _combine(
    parts: TemporalParts, now: datetime, title: str, venue: str | None, audience: Audience
) -> EventDraft:
    day = resolve_day(parts, now)
    mention = parts.start_time
    start_at = mention.at if mention else None
    if parts.instant is not None and parts.instant_grain == "minute" and start_at is None:
        day, start_at = parts.instant.date(), parts.instant.time().replace(second=0, microsecond=0)
    if day is None and start_at is not None and not parts.day_blocked:
        day = now.date() if start_at > now.time() else now.date() + timedelta(days=1)
    recurrence = _recurrence(parts, day)
    if recurrence is not None and day is not None and parts.recur_from is not None:
        day = _first_on_or_after(day, parts.recur_from, recurrence.freq)
    if day is None:
        return EventDraft(title=title, start=None, venue=venue, audience=audience, time_known=False)
    if start_at is None:
        last = parts.day_last if parts.day_last and parts.day_last > day else None
        return EventDraft(
            title=title,
            start=_midnight(day),
            end=_midnight(last) if last else None,
            all_day=True,
            time_known=parts.all_day or last is not None,
            venue=venue,
            audience=audience,
            recurrence=recurrence,
        )
    start = datetime.combine(day, start_at)
    end = _timed_end(parts, start)
    if end is not None and end - start > MAX_OVERNIGHT:
        parts.doubts.add("end_before_start")  # "с 15 до 14": not a 23-hour event
        end = None
    return EventDraft(
        title=title,
        start=start,
        end=end,
        venue=venue,
        audience=audience,
        recurrence=recurrence,
    )


def _timed_end(parts: TemporalParts, start: datetime) -> datetime | None:
    if parts.final_end is not None and parts.final_end > start.time():
        return datetime.combine(start.date(), parts.final_end)
    chosen = parts.start_time
    if parts.range_pos >= 0 and chosen is not None and chosen.pos != parts.range_pos:
        return None  # the range was another part of the day ("Регистрация с 13 до 14")
    if parts.end_time is not None:
        end = datetime.combine(start.date(), parts.end_time)
        return end if end > start else end + timedelta(days=1)
    if parts.duration is not None and parts.duration > timedelta(0):
        return start + parts.duration
    return None


def _recurrence(parts: TemporalParts, day: date | None) -> Recurrence | None:
    if parts.recurrence is not None:
        return Recurrence(freq=parts.recurrence, until=parts.until)
    if day is not None and parts.day_last is not None and parts.day_last > day and parts.times:
        return Recurrence(freq="daily", until=parts.day_last)  # "12-13 декабря с 10 до 14"
    return None


def _first_on_or_after(day: date, first: date, freq: str) -> date:
    """The repeat's first occurrence on or after its span's first day: the same weekday for a
    weekly repeat ("по средам с 2 декабря"), the first day itself for a daily one."""
    if freq != "weekly":
        return max(day, first)
    while day < first:
        day += timedelta(weeks=1)
    while day - timedelta(weeks=1) >= first:
        day -= timedelta(weeks=1)
    return day


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def tidy_title(remainder: str) -> str:
    """Turn what is left of a message into a title: no labels, fillers, stray punctuation."""
    lines = []
    for raw in remainder.splitlines():
        line = _LABELS.sub(" ", raw)
        line = _TITLE_LABEL.sub(" ", line)
        line = _FILLERS.sub(" ", line)
        line = _tidy_line(line)
        if _has_words(line):
            lines.append(line)
    title = _tidy_line(". ".join(lines))
    return title[:1].upper() + title[1:]


def _tidy_line(line: str) -> str:
    line = " ".join(line.split())
    for _ in range(4):
        before = line
        line = _EMPTY_BRACKETS.sub(" ", line)
        line = _DANGLING_BEFORE_PUNCT.sub("", line)
        line = _SPACE_BEFORE_PUNCT.sub(r"\1", line)
        line = _REPEATED_PUNCT.sub(r"\1", line)
        line = " ".join(line.split()).strip(_EDGE_PUNCT)
        line = _DANGLING_END.sub("", line)
        line = _DANGLING_START.sub("", line).strip(_EDGE_PUNCT)
        if line == before:
            break
    return _balance_quotes(line)


def _balance_quotes(line: str) -> str:
    if line.count("(") < line.count(")"):
        line = line.replace(")", "", line.count(")") - line.count("("))
    if line.count("(") > line.count(")"):
        line += ")"
    return line


_TWO_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]", re.S)


def _has_words(text: str) -> bool:
    return _TWO_LETTERS.search(text) is not None


def _content_words(remainder: str) -> list[str]:
    words = re.findall(r"[\wа-яА-ЯёЁ-]+", remainder)
    return [w for w in words if normalize(w).strip("-") not in _QUERY_WORDS and len(w) > 1]


def _organiser(words: list[str]) -> str | None:
    """An organisation named in a query: capitalised words such as "КГТУ" or "Музей"."""
    names = [w for w in words if w[:1].isupper() and not w.isdigit()]
    return " ".join(names) if names else None


_LIST_MARKER = re.compile(r"(?m)^(\s*)(?:\d{1,2}[.)]|[-•*●▪–—])(?=\s+\S)")


def _strip_symbols(text: str) -> str:
    """Replace emoji, pictographs and list markers with spaces (keeps the text's length)."""
    text = _LIST_MARKER.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)
    return _SYMBOL_CANDIDATES.sub(_blank_symbol, text)


# characters that may be pictographs or marks (letters, digits and plain punctuation never are)
_SYMBOL_CANDIDATES = re.compile(r"[^\w\s.,;:!?()\[\]«»\"'/\\%+=<>&@#*-]")


def _blank_symbol(m: re.Match[str]) -> str:
    ch = m.group(0)
    return " " if unicodedata.category(ch) in ("So", "Sk", "Cs", "Co", "Mn") and ch != "№" else ch
