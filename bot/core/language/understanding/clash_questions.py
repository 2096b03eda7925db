"""Questions about the plan's clashes and one saved event's end, typed with no card open:
«накладки в марте», «есть ли накладки у 9Б?», «с чем пересекается экскурсия?», «до скольки
будет ярмарка?» (read by bot.core.language.understand before a new event's reading).
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.language.audience import CLASS_LETTERS
from bot.core.language.card_questions import (
    CardAsked,
    card_question,
    is_clash_word,
    is_end_word,
    without_periods,
)
from bot.core.language.commands import Command, CommandKind
from bot.core.language.event_questions import names_no_event
from bot.core.language.intents import parse_message
from bot.core.language.meaning import (
    Ask,
    ClashesInPeriod,
    ClassClashes,
    ClassUnknown,
    EventClashes,
    EventDetails,
)
from bot.core.language.own_class import names_own_class, without_own_class
from bot.core.models import Audience, QueryIntent

_CLASHES_IN = re.compile(r"^(?:все\s+)?(?:накладки|конфликты|пересечения)\s+(?P<rest>.+)$")


def clashes_in_period(
    text: str, now: datetime
) -> ClashesInPeriod | ClassClashes | ClassUnknown | None:
    """«накладки в марте», «накладки на следующей неделе», «накладки в третьей четверти»:
    the clashes of the period its words name as a question would (newcomer walk
    2026-12-03z, Z16: «накладки в январе» was «Не понял дату»); None for anything else."""
    found = _CLASHES_IN.match(" ".join(text.lower().split()).strip(" ?!."))
    if found is None or len(text) > 80:
        return None
    own, query = _clash_query(found.group("rest"), now)
    if query is None:
        return ClassClashes(Audience(), own_class=True) if own else None
    return unknown_class(found.group("rest"), query, own) or _whose_clashes(query, own)


def _clash_query(rest: str, now: datetime) -> tuple[bool, QueryIntent | None]:
    """Whether the words `rest` of a clash question name the asker's own class («у моего
    класса»: names_own_class), and the plan question the other words ask («что <rest>?»;
    None when nothing is left of them or they read as no plan question, or name an
    organiser)."""
    own = names_own_class(rest)
    if own:
        rest = " ".join(without_own_class(rest).split())
    if not rest:
        return own, None
    query = parse_message(f"что {rest}?", now)
    if not isinstance(query, QueryIntent) or query.organiser:
        return own, None
    return own, query


def _whose_clashes(query: QueryIntent, own: bool) -> ClashesInPeriod | ClassClashes | None:
    """The clashes a clash question asks for by its plan question `query`: those of its
    period (ClashesInPeriod), or of its classes' events or the asker's own class's (`own`)
    in its period or the coming days (ClassClashes; chat54: «есть ли накладки у 9Б?» listed
    9Б's plan); None when it names neither classes nor a period with an end."""
    period = None if query.end is None else ClashesInPeriod(query.start, query.end)
    if own or not query.audience.is_everyone:
        return ClassClashes(query.audience, own_class=own, period=period)
    return period


# a class as typed after «у» / «для»: a number and one letter («у 12я», «для 10-э»)
_CLASS_SHAPED = re.compile(r"(?<![а-яё])(?:у|для)\s+(\d{1,2})\s*-?\s*([а-яё])(?![а-яё\d])")


def unknown_class(rest: str, query: QueryIntent, own: bool) -> ClassUnknown | None:
    """The class a clash question's words `rest` name in a class's shape that no class can
    be (a grade past 1–11, a letter past audience.CLASS_LETTERS: «у 12я», «у 10э») and the
    plan question `query` did not read, or None."""
    if own or not query.audience.is_everyone:
        return None
    found = _CLASS_SHAPED.search(rest)
    if found is None:
        return None
    grade, letter = int(found.group(1)), found.group(2)
    if 1 <= grade <= 11 and letter in CLASS_LETTERS:
        return None  # a class that can be, left unread («у 9 а на неделе»): not «unknown»
    return ClassUnknown(f"{grade}{letter.upper()}")


# a question about the plan opens so: «что у нас пересекается?», «какие есть накладки?»,
# «где накладки?», «есть ли пересечения на следующей неделе?», «есть накладки?» (newcomer
# walk 57: the whole plan was listed) («а накладки есть?» asks about an open card:
# card_questions)
_PLAN_ASKED = re.compile(r"^(?:а\s+)?(?:что|какие|где|есть(?:\s+ли)?|покажи(?:те)?)(?![а-яё])")


# the words that say whose and with what, not when: «у нас», «с чем», «друг с другом»
# never a class's letter: «у 11а», «у 10-а», «у 9 а» keep their «а» (chat54 left the spaced one)
CLASH_FILLER = re.compile(
    r"(?<![а-яё\d])(?<!\d[\s-])(?:у\s+(?:нас|меня|вас)|с\s+чем|друг\s+с\s+другом|между\s+собой"
    r"|с\s+другими|есть|ли|какие|что|где|а|покажи(?:те)?|мне)(?![а-яё])"
)


def clashes_asked(
    text: str, now: datetime
) -> ClashesInPeriod | ClassClashes | ClassUnknown | Command | None:
    """«что у нас пересекается?», «какие накладки в декабре?», «есть ли пересечения на
    следующей неделе?»: a question about the plan's clashes (a partner methodist's walk,
    chat50: it listed the whole plan) — those of the period its other words name
    (ClashesInPeriod), or all coming ones (the «накладки» command) when they name none; a
    class's or one's own class's (ClassClashes: «есть ли накладки у 9Б?», «покажи накладки
    моего класса»); None for anything else (a word besides the period: «с чем пересекается
    экскурсия?»). The words may come in any order when they name a class or a period («у
    9Б есть накладки?», «в декабре есть пересечения?»: chat56); the bare «накладки есть?»
    asks so only opening with a question word («есть ли накладки?»), since «а накладки
    есть?» asks about an open card (card_questions)."""
    line = " ".join(text.lower().replace("ё", "е").split()).strip(" ?!.")
    if len(line) > 80:
        return None
    opens = _PLAN_ASKED.match(line) is not None
    words = line.split()
    clash = [w for w in words if is_clash_word(w.strip(",.?!"))]
    if not clash:
        return None
    rest = CLASH_FILLER.sub(" ", " ".join(w for w in words if w not in clash))
    rest = " ".join(rest.replace(",", " ").split())
    own, query = _clash_query(rest, now)
    if query is None:
        if own:
            return ClassClashes(Audience(), own_class=True)
        return _all_clashes(rest) if opens else None
    if query.title:
        return None  # «пересекается ли лекция»: an event's (event_clashes_asked)
    return unknown_class(rest, query, own) or _whose_clashes(query, own)


def _all_clashes(rest: str) -> Command | None:
    """The «накладки» command when a clash question's other words `rest` are none."""
    return None if rest else Command(CommandKind.CLASHES)


# the words of a question about one event's clashes that are not its title: «с чем», «у»,
# «с чем-нибудь», «с другими»
_EVENT_CLASH_FILLER = re.compile(
    r"(?<![а-яё-])(?:с\s+чем(?:-(?:нибудь|то|либо))?|с\s+кем|друг\s+с\s+другом|с\s+другими"
    r"|у|с|со|ли|есть|какие|что|а|никакие|какие-нибудь)(?![а-яё-])"
)


_DIGITS = re.compile(r"\d+")


def event_clashes_asked(text: str, now: datetime) -> EventClashes | None:
    """«с чем пересекается экскурсия?», «есть ли накладки у лекции?», «пересекается ли
    концерт с чем-нибудь?» with no card open: the clashes of the saved event the question's
    other words name, as «когда экскурсия?» names it (asked_titles; chat50's walk: it said
    no card was open though the excursion was saved); a day named with the title («с чем
    пересекается «Зимняя сказка» 9 декабря?») narrows it to the events of that day (chat53:
    it was read as a new draft). None for anything else (no clash word, not a question, no
    title: «что у нас пересекается?» is the plan's)."""
    if card_question(_DIGITS.sub("", text)) is not CardAsked.CLASHES:
        return None  # a day's numbers are read below, as the title's day
    line = " ".join(text.lower().replace("ё", "е").split()).strip(" ?!.")
    words = [w for w in line.split() if not is_clash_word(w.strip(",.?!"))]
    rest = " ".join(_EVENT_CLASH_FILLER.sub(" ", " ".join(words)).replace(",", " ").split())
    if not rest:
        return None
    query = parse_message(f"когда {rest}?", now)
    if not isinstance(query, QueryIntent) or not query.title or not query.audience.is_everyone:
        return None
    if query.end is not None:  # «… «Зимняя сказка» 9 декабря?»: the event of that day
        return EventClashes(query.title, days=(query.start, query.end))
    if _DIGITS.search(text):
        return None  # a number that names no day («накладки у лекции 204?»): not read here
    return EventClashes(query.title)


# the words of a question about an event's end that are not its title: «во сколько», «до
# скольки», «когда», «сколько по времени», «у», «она»
_EVENT_END_FILLER = re.compile(
    r"(?<![а-яё-])(?:во\s+сколько|до\s+скольки(?:х)?|сколько(?:\s+по\s+времени)?|когда"
    r"|какая|какой|какое|у|а|и|ли|будет|она|он|оно|по\s+времени)(?![а-яё-])"
)


def event_end_asked(text: str, now: datetime) -> EventDetails | Ask | None:
    """«ярмарка во сколько заканчивается?», «до скольки будет экскурсия?», «сколько длится
    лекция о космосе?» with no card open: the details (day and hours) of the saved event
    the question's other words name, as «когда ярмарка?» names it (chat53's walk: «Сейчас
    нет открытой карточки»). With a day named («экскурсия во сколько заканчивается в
    четверг?»): the plan's question of that day for that title, whose lines give the hours,
    as «где будет экскурсия в четверг?» is read (chat69; it was not understood). None for
    anything else (no end word, not a question, no title: «до скольки?» alone is the
    card's question; «до скольки уроки в среду?» the calendar's)."""
    if card_question(_DIGITS.sub("", text)) is not CardAsked.END:
        return None  # a day's numbers are read below, as the title's day
    line = " ".join(text.lower().replace("ё", "е").split()).strip(" ?!.")
    if without_periods(line) != line:
        return None  # «… до конца года?»: a period the plan's, like a day (below)
    words = [w for w in line.split() if not is_end_word(w.strip(",.?!"))]
    rest = " ".join(_EVENT_END_FILLER.sub(" ", " ".join(words)).replace(",", " ").split())
    if not rest:
        return None
    dated = names_no_event(rest)  # a day, or the calendar («до скольки уроки?»)
    query = parse_message(f"когда {rest}?", now)
    if not isinstance(query, QueryIntent) or not query.title or not query.audience.is_everyone:
        return None
    if dated or query.end is not None:
        return _on_a_day(query)
    return EventDetails(query.title)


def _on_a_day(query: QueryIntent) -> Ask | None:
    """The plan's question `query` (the «когда …?» reading of an end question naming a day)
    when it has a day and its title names an event («экскурсия», not «уроки» or
    «каникулы»), else None."""
    if query.end is None or names_no_event(query.title or ""):
        return None
    return Ask(query)
