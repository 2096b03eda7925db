"""A question about one event's time, place or free seats, asked in a few words (adversarial
walk 2026-12-02r, #11: «когда?», «где это?», «во сколько экскурсия?», «есть места на
экскурсию?» got the whole plan or «не понял»).

The shape, read from the front of a short message:

    [а | и | ну] WHEN-OR-WHERE [это | оно | она | он | будет | начало | начинается | …] [EVENT] [?]
    [а | и] (есть (ли)? | остались (ли)? | сколько) (ещё)? (свободные)? мест(а)
        (осталось | есть)* [на EVENT] [?]
    [а | и] (свободные)? места (ещё)? (есть | остались) [ли] [на EVENT] [?]

- WHEN-OR-WHERE: «когда», «во сколько», «в какое время», «какого числа», «где», «куда»,
  and a place asked by its noun: «какой кабинет», «в каком зале», «какой адрес» (PLACE_ASK);
- EVENT: the event's title words («экскурсия», «лекция про космос»), kept as written from
  the first word that names an event to the last (bot.core.language.asked_event, the reading
  «когда лекция в декабре?» shares); none means the event in context (just signed up for, or
  the only one listed).

A question naming a period or a day («когда каникулы?», «что в субботу?», «где будет
лекция в пятницу») is not this one: the caller reads those as before.
Pure: no store, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.language.asked_event import ONE_EVENT_ASK, event_words
from bot.core.language.tokens import normalize

MAX_QUESTION = 80  # characters: a longer text is a post or a story, not this question

# «когда начало?», «где сбор?»: nouns that ask about the event in context (the words that
# name no event — «это», «будет», «начнётся», «там» — are left by asked_event.event_words)
# «какой кабинет?», «в каком зале экскурсия?», «какой адрес?» ask where, as «где» does (chat64:
# «какой кабинет?» got the whole list from today)
PLACE_ASK = (
    r"(?:в\s+|на\s+)?как(?:ой|ом|ая|ую|ое|ом)\s+(?:кабинет[е]?|каб\.?|аудитори[яюи]|зал[е]?"
    r"|адрес|корпус[е]?|помещени[ие]|этаж[е]?)(?:\s+(?:это|будет|идти|сбор))*"
)
_WHEN_WHERE = re.compile(
    rf"^(?:(?:а|и|ну)\s+)?(?P<ask>{ONE_EVENT_ASK}|{PLACE_ASK})(?:\s+(?:начало|сбор))*"
    r"(?:\s+(?P<event>[а-яa-z0-9«»\"\s-]+?))?\s*\??$"
)
_SEATS = re.compile(
    r"^(?:(?:а|и|ну)\s+)?(?:(?:есть|остались|осталось)(?:\s+ли)?|сколько)(?:\s+(?:ещ[её]|там))?"
    r"(?:\s+свободн\w+)?\s+мест(?:а|о)?(?:\s+(?:ещ[её]|осталось|остались|есть))*"
    r"(?:\s+(?:на|в)\s+(?P<event>[а-яa-z0-9«»\"\s-]+?))?\s*\??$"
)
# «места есть?», «места ещё остались на экскурсию?»
_SEATS_FIRST = re.compile(
    r"^(?:(?:а|и|ну)\s+)?(?:свободн\w+\s+)?мест(?:а|о)\s+(?:ещ[её]\s+)?(?:есть|остались|осталось)"
    r"(?:\s+ли)?(?:\s+(?:на|в)\s+(?P<event>[а-яa-z0-9«»\"\s-]+?))?\s*\??$"
)
# words that make «когда …» a question about the calendar or the plan, not an event
_NOT_AN_EVENT = re.compile(
    r"(?<![а-я])(?:каникул\w*|четверт\w*|семестр\w*|полугоди\w*|выходн\w*|праздник\w*"
    r"|неделе|неделю|недели|месяц\w*|сегодня|завтра|послезавтра|понедельник\w*|вторник\w*|сред[ау]"
    r"|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*|январ\w*|феврал\w*|март\w*|апрел\w*"
    r"|ма[йя]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|мероприяти\w*"
    r"|учеб\w*|урок\w*|звон\w*)(?![а-я])|\d"
)


def names_no_event(words: str) -> bool:
    """Whether the lower-cased `words` of a short question are about the calendar, the
    lessons or a period («четверть», «каникулы», «уроки», «в пятницу», a number), never one
    event's title."""
    return _NOT_AN_EVENT.search(words) is not None


@dataclass(frozen=True, slots=True)
class EventQuestion:
    """What a short question asks about one event: `reference` its title words as written
    ("" for the event in context), `seats` whether free seats were asked about."""

    reference: str
    seats: bool


def event_question(text: str) -> EventQuestion | None:
    """The event question `text` asks (module docstring), or None."""
    line = " ".join(normalize(text).split()).strip(" .!")
    if not line or len(line) > MAX_QUESTION or "\n" in text.strip():
        return None
    seats = _SEATS.match(line) or _SEATS_FIRST.match(line)
    found = seats or _WHEN_WHERE.match(line)
    if found is None:
        return None
    written = (found.group("event") or "").strip(' «»"')
    if _NOT_AN_EVENT.search(written):
        return None
    reference = " ".join(event_words(written.split()))  # «лекция о космосе», as written
    return EventQuestion(reference, seats is not None)
