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
from bot.core.language.temporal import (
    TemporalParts,
    extract_temporal,
    resolve_day,
)
from bot.core.language.tokens import Scanner, normalize
from bot.core.language.venue import extract_venue
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
    if _QUERY_LEAD.search(normalize(clean)):
        query = _parse_query(clean, now)
        if query is not None:
            return query
    return _parse_event(clean, text, now)


def _parse_event(clean: str, original: str, now: datetime) -> Intent:
    sc = Scanner(clean)
    audience = extract_audience(sc)
    venue = extract_venue(sc)
    capacity = extract_capacity(sc)
    parts = extract_temporal(sc, now, periods=False)
    title = tidy_title(sc.remainder())
    has_when = parts.has_day or parts.start_time is not None or parts.recurrence is not None
    if not has_when:
        return OtherIntent(text=original)
    if not _has_words(title):
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
    return EventIntent(draft=replace(draft, capacity=capacity) if capacity else draft)


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
    """Combine the temporal parts into an event draft in wall-clock time."""
    day = resolve_day(parts, now)
    mention = parts.start_time
    start_at = mention.at if mention else None
    if parts.instant is not None and parts.instant_grain == "minute" and start_at is None:
        day, start_at = parts.instant.date(), parts.instant.time().replace(second=0, microsecond=0)
    if day is None and start_at is not None:
        day = now.date() if start_at > now.time() else now.date() + timedelta(days=1)
    recurrence = _recurrence(parts, day)
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
    return EventDraft(
        title=title,
        start=start,
        end=_timed_end(parts, start),
        venue=venue,
        audience=audience,
        recurrence=recurrence,
    )


def _timed_end(parts: TemporalParts, start: datetime) -> datetime | None:
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


def _has_words(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) >= 2


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
    return "".join(
        " " if unicodedata.category(ch) in ("So", "Sk", "Cs", "Co", "Mn") and ch != "№" else ch
        for ch in text
    )
