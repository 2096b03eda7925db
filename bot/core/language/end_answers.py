"""The end of an event typed alone on its open card (chat49's walk): «до 13:00», «до 13»,
«закончится в 13:00», «окончание 13.30», or its length: «на 3 часа», «длительность 3
часа», «продлится 2 часа», «полтора часа», «90 минут». The card says «Окончание не указано —
считаю, что мероприятие идёт час», and these are the answers people type to it; before,
each was «не понял». A bare clock («в 13:00», «13:00») moves the start, as before, so an
end needs «до» or a word of ending. Pure: no store."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.core.language.tokens import normalize

_OPENER = r"(?:(?:а|и|нет|ой|ну|тогда|пусть)[,\s]+)*"
# a word of ending before the clock: «закончится в 13:00», «окончание: 13:00»
_ENDS = (
    r"(?:законч(?:ится|им|ат|ится\s+она|ится\s+он)|заканчива(?:ется|ем|ются)|окончание|конец"
    r"|заверш(?:ится|им|ение|аем)|кончится|до\s+скольки\s+\S+)"
)
_CLOCK = (
    r"(?P<hour>[01]?\d|2[0-3])(?:\s*(?P<sep>[:.])\s*(?P<minute>[0-5]\d))?"
    r"(?P<hours>\s*ч(?:ас(?:а|ов)?)?)?"
)
_END_CLOCK = re.compile(
    rf"^{_OPENER}(?:(?:{_ENDS})\s*(?P<at>в|во|:|-|—|–)?\s*|(?:{_ENDS}\s+)?до\s+){_CLOCK}[\s.!]*$"
)
# the length: «на 3 часа», «длительность 3 часа», «продлится 2 часа», «полтора часа»
_LASTS = r"(?:длительность|продолжительность|продлится|длится|будет\s+длиться|идёт|идет)"
_COUNTS = {"один": 1.0, "час": 1.0, "полтора": 1.5, "два": 2.0, "две": 2.0, "три": 3.0}
_LENGTH = re.compile(
    rf"^{_OPENER}(?:{_LASTS}\s*:?\s*)?(?:на\s+)?"
    r"(?:(?P<hours>\d{1,2}(?:[.,]5)?|один|полтора|два|три)\s*(?:час(?:а|ов)?|ч)"
    r"(?:\s+(?P<minutes>[1-5]?\d)\s*мин(?:ут[аы]?)?)?"
    r"|(?P<only>\d{2,3})\s*мин(?:ут[аы]?)?|(?P<one>час))[\s.!]*$"
)
_LONGEST = timedelta(hours=12)  # a longer «event» typed so is a slip, not a length
_SHORT_HOUR = 8  # «до 5»: an hour below this, said bare after noon, is the afternoon's


def _a_date(clock: re.Match[str]) -> bool:
    """Whether an end clock's «15.12» is a day and month (review49 #3: «до 15.12» was the
    end 15:12): a «.» pair whose second half is a month, 01–12, with no «ч» after it nor
    «в» after a word of ending («закончится в 15.10») to make it a clock. «до 13.30» (no
    month 30), «до 12.00», «до 15:12» and «до 15.12 ч» stay clocks."""
    return (
        clock["sep"] == "."
        and 1 <= int(clock["minute"]) <= 12
        and not clock["hours"]
        and clock["at"] not in {"в", "во"}
    )


def end_on_card(text: str, start: datetime) -> datetime | None:
    """The end `text` gives an event starting at `start` (naive or aware, kept so), or None
    when `text` is no end alone. A short hour (1–7, too small for a clock said bare) before
    the start is read in the afternoon when written without minutes («до 5» on a card of
    15:00: 17:00); any other clock is the hour written, so the end a clock gives may be not
    after the start, on the start's day («до 16» at 17:00, «до 9» at 15:00): the caller asks
    (end_before_start). A length or an end more than 12 hours on is none."""
    line = normalize(text).strip().replace("ё", "е")
    clock = _END_CLOCK.match(line)
    if clock is not None and not _a_date(clock):
        hour, minute = int(clock["hour"]), int(clock["minute"] or 0)
        if clock["minute"] is None and hour < _SHORT_HOUR and hour < start.hour < hour + 12:
            hour += 12  # «до 5» at 15:00
        end = start.replace(hour=hour, minute=minute, second=0, microsecond=0)
        return end if end <= start + _LONGEST else None
    length = _LENGTH.match(line)
    if length is None:
        return None
    if length["only"]:
        span = timedelta(minutes=int(length["only"]))
    elif length["one"]:
        span = timedelta(hours=1)
    else:
        said = length["hours"]
        hours = _COUNTS[said] if said in _COUNTS else float(said.replace(",", "."))
        span = timedelta(hours=hours, minutes=int(length["minutes"] or 0))
    return start + span if timedelta(0) < span <= _LONGEST else None
