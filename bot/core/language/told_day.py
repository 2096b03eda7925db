"""Two readings of a day a report tells, read after the message's temporal parts.

A day dated to a past year in words («В прошлом году 14 марта прошёл фестиваль», «в
позапрошлом году 3 мая», «год назад, 12 апреля»): the day without a year is that year's,
never rolled to the coming one (the draft then carries `past`, timing_doubts).

Today told in the past tense alone, without a clock («5 декабря в школе прошёл концерт» on
5 December, «Сегодня ученики посетили музей», «В субботу прошла ярмарка» on a Saturday): the
report of a day that has happened, not an event to plan; the draft carries `past` as a day
gone does (told_past.told_in_past decides the tense; a present or future event verb keeps
the day an event's)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from bot.core.language.calendar import safe_date
from bot.core.language.doubts import ordered
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.parts import TemporalParts
from bot.core.language.sentences import sentence_at
from bot.core.language.told_past import told_in_past
from bot.core.models import EventDraft

# a past year named before the day, in its clause («в прошлом году», «в позапрошлом году»,
# «год назад», a comma at most right after it; never across a later comma: «В прошлом году
# конкурс собрал 200 участников, а 14 марта он пройдёт снова»), or the current calendar
# year («в этом году», «в текущем году»; never «в этом учебном году»): group «said» holds the
# year's words, group 2 «поза» for the year before last, group 3 the current year's word
_YEAR_BACK = re.compile(
    r"(?<![а-яё])(?P<said>в\s+(поза)?прошлом\s+году|год\s+назад"
    r"|в\s+(этом|текущем|нынешнем|сем)\s+году)(?![а-яё]),?[^.!?\n,]{0,40}$",
    re.IGNORECASE,
)
# the year named right after the day in the genitive («14 марта этого года», «3 апреля
# текущего года», «12 мая прошлого года»); groups as _YEAR_BACK's
_YEAR_AFTER = re.compile(
    r"\s+(?P<said>(поза)?прошлого|(этого|текущего|нынешнего|сего))\s+года(?![а-яё])",
    re.IGNORECASE,
)
_WRITTEN_YEAR = compile_with_scan(r"\d{4}|\.\d{2}$")  # «14.03.2025», «14.03.25»: a year given
# the words of a day that is today without a date: «сегодня», a weekday («в субботу»)
_TODAY_WORD = re.compile(
    r"(?<![а-яё])(?:сегодня|понедельник|вторник|сред[уа]|четверг|пятниц[уа]|суббот[уа]"
    r"|воскресенье)(?![а-яё])",
    re.IGNORECASE,
)


def with_year_back(parts: TemporalParts, text: str, today: date) -> tuple[int, int] | None:
    """Date `parts`' first day (read without a year) in the year its sentence names before
    it or right after it («В прошлом году 14 марта прошёл фестиваль» on 5 December 2026: 14
    March 2025; «в этом году 14 марта», «14 марта текущего года»: 14 March 2026, past then,
    never rolled to 2027), in place. Returns where the year's words stand (for the scanner
    to take: never the title's), or None. `text`: the scanned text the day spans point into."""
    first = parts.day_first
    if first is None:
        return None
    span = next((s for s in parts.day_spans if s[2] == first), None)
    if span is None or _WRITTEN_YEAR.search(text, span[0], span[1]):
        return None
    begin = sentence_at(span[0], text)[0]
    found = _YEAR_BACK.search(text, begin, span[0]) or _YEAR_AFTER.match(text, span[1])
    if found is None:
        return None
    year = today.year - (0 if found.group(3) else 2 if found.group(2) else 1)
    day = safe_date(year, first.month, first.day)
    if day is None:
        return None
    last = parts.day_last
    if last is not None and last >= first:
        moved = safe_date(year + (last.year - first.year), last.month, last.day)
        parts.day_last = moved or day
    parts.day_first = day
    parts.rolled_year = False
    return found.start("said"), found.end() if found.re is _YEAR_AFTER else found.end("said")


def with_today_told(
    draft: EventDraft,
    parts: TemporalParts,
    text: str,
    now: datetime,
    read: tuple[int, int] | None = None,
) -> EventDraft:
    """The draft with the doubt `past` when its start is today, without a clock, and the
    sentence naming that day tells in the past tense alone («5 декабря в школе прошёл
    концерт» on 5 December). An event of several days begun today runs on: never asked.
    `text`: the scanned text the day spans point into."""
    start = draft.start
    if start is None or draft.time_known or start.date() != now.date() or "past" in draft.doubts:
        return draft
    if draft.end is not None and draft.end.date() > start.date():
        return draft  # «Сегодня открылась выставка … до 2 февраля»: running from today on
    if read is not None:  # a long post: the sentence its start was read from, if any
        told = read[0] >= 0 and told_in_past(text, read[0], read[0] + 1)
        return _past_doubted(draft) if told else draft
    at = next((s[0] for s in parts.day_spans if s[2] == start.date()), None)
    if at is None:
        word = _TODAY_WORD.search(text)
        if word is None:
            return draft
        at = word.start()
    return _past_doubted(draft) if told_in_past(text, at, at + 1) else draft


def _past_doubted(draft: EventDraft) -> EventDraft:
    """The draft with the doubt `past` added."""
    return replace(draft, doubts=ordered({*draft.doubts, "past"}))
