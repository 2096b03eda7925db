"""Questions about the plan read from a short chat message: one's own events in a period
(«мои мероприятия в марте»), a count («сколько мероприятий в декабре?»), a period asked with
question words anywhere («на след неделе что есть для 9б»), a numbered school named in a
question («когда лекция в лицее №23?»).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from bot.core.language import schools
from bot.core.language.intents_follow_up import is_follow_up, with_week_word
from bot.core.language.intents_many import parse_many
from bot.core.language.meaning import Ask, Intent, MineInPeriod, NotUnderstood
from bot.core.language.morphology import parses
from bot.core.language.own_class import names_own_class
from bot.core.language.reports import school_year
from bot.core.language.title_grammar import is_event_noun
from bot.core.language.tokens import normalize
from bot.core.language.when import resolve_when
from bot.core.models import QueryIntent

_MINE_THEN = re.compile(r"^(?:мои|наши)\s+(?:мероприятия|события|записи)\s+(?P<rest>.+?)[\s?!.]*$")


def mine_in_period(text: str, now: datetime) -> MineInPeriod | None:
    """«мои мероприятия в марте», «мои записи на следующей неделе»: one's own plan within a
    period — the words after «мои мероприятия» must be a time expression by themselves
    (bot.core.language.when; «в лицее №23» is not, and stays a school), read as the same
    period «что в марте?» lists. None for anything else (newcomer walk 2026-12-01h, #5)."""
    match = _MINE_THEN.match(normalize(text).strip())
    if match is None or resolve_when(match.group("rest"), now) is None:
        return None
    asked = [
        i for i in parse_many(f"что {match.group('rest')}?", now) if isinstance(i, QueryIntent)
    ]
    if len(asked) != 1 or not asked[0].audience.is_everyone or asked[0].organiser:
        return None
    return MineInPeriod(asked[0])


# «сколько …», «а сколько …», and the chat way «скока», «скоко», «скок»; whose events may
# stand first, as Russian puts a topic before the question word: «а у КГТУ сколько лекций в
# декабре?», «у музея янтаря сколько выставок?» (not «у меня»: one's own sign-ups)
_HOW_MANY = re.compile(
    r"^(?:а\s+|и\s+)?(?P<holder>у\s+(?!меня|тебя)[^\s?!.,]+(?:\s+[^\s?!.,]+){0,3}?\s+)?"
    r"(?:сколько|скока|скоко|скок)(?![а-яё])(?P<rest>.*)$"
)
# after a fronted «у …» a price, a length or seats are asked, not a number of events: «у
# музея сколько стоит вход?», «у Кванториума сколько мест?» (kept as they were read)
_NOT_COUNTED = re.compile(r"^\s*(?:стои|стоя|плат|денег|длит|длят|идёт|идет|мест)", re.IGNORECASE)


# «у каждого партнёра», «по партнёрам», «по организаторам», «у всех партнёров»: the count is
# asked by organiser (newcomer walk 2026-12-02t, #24)
_BY_ORGANISER = re.compile(
    r"(?<![а-яё])(?:(?:у|для)\s+(?:каждого|всех)\s+|по\s+)"
    r"(?:партн[её]р(?:а|ов|ам)|организатор(?:а|ов|ам)|организаци(?:и|й|ям))(?![а-яё])",
    re.IGNORECASE,
)


# «за учебный год», «в этом учебном году», «за год», «за весь год»: the school year
# (bot.core.language.reports.school_year); a year written in digits («в 2027 году») is not
_SCHOOL_YEAR_WORDS = re.compile(
    r"(?<![а-яё])(?:за|в|на)\s+(?:(?:этот|этом|текущий|текущем|весь|всём|всем)\s+)?"
    r"(?:учебн(?:ый|ом)\s+)?год(?:у|а)?(?![а-яё])",
    re.IGNORECASE,
)


def count_question(text: str, now: datetime) -> Intent | None:
    """«сколько мероприятий в декабре?», «скока всего мероприятий на неделе»: a question that
    opens with «сколько» (a sign-up count is read before, bot.core.language.signup_questions)
    is a question, never an event to add (newcomer walk 2026-12-02m, #14: it became a draft
    «Сколько мероприятий», and a student got the invitation-code reply). The rest is read as
    «что <rest>?» reads: one plan question gives Ask with `count` (the plan of that period
    and its number); anything else is NotUnderstood. None when the text does not open so.
    «у каждого партнёра», «по организаторам» ask the number of each organiser too
    (Ask.by_organiser); «у моего класса» asks the class teacher's class, as «что у моего
    класса …?» does (chat53's walk: every class was counted)."""
    written = text.strip()
    match = _HOW_MANY.match(normalize(written))  # normalize keeps the length: spans hold
    if match is None:
        return None
    # as written: a partner's capitals name it («сколько у КГТУ лекций …?», organiser79:
    # lower-cased, «кгту» named no one and every lecture was counted)
    rest = written[match.start("rest") :].strip(" ?!.,")
    if match.group("holder") and _NOT_COUNTED.match(match.group("rest")):
        return None
    if match.group("holder"):  # «у КГТУ сколько лекций» asks «сколько у КГТУ лекций»
        rest = f"{written[match.start('holder') : match.end('holder')].strip()} {rest}"
    # what is counted names no one, capitalised or not («сколько Экскурсий на неделе»)
    rest = " ".join(word.lower() if is_event_noun(word) else word for word in rest.split())
    rest, by_organiser = _BY_ORGANISER.subn(" ", rest)
    rest, year_named = _SCHOOL_YEAR_WORDS.subn(" ", rest)
    rest = " ".join(rest.split())
    asked = [i for i in parse_many(f"что {rest}?", now) if isinstance(i, QueryIntent)]
    if len(asked) != 1:
        return NotUnderstood()
    [query] = asked
    if query.audience.is_everyone and names_own_class(rest):
        query = replace(query, own_class=True)  # «сколько … у моего класса …?» (chat53 walk)
    period_named = query.end is not None or resolve_when(rest, now) is not None
    if year_named or (by_organiser and not period_named):
        # the curator's figure («… у каждого партнёра?», «… за учебный год»): the whole
        # school year, as «итоги» counts it (newcomer walk 2026-12-03ad, AD5: it was «С 19
        # декабря», and an event held that morning was counted while October's were not)
        first, last = school_year(now.date())
        query = replace(query, start=first, end=last)
        return Ask(query, count=True, by_organiser=bool(by_organiser), school_year=True)
    return Ask(query, count=True, by_organiser=bool(by_organiser))


# question words that may stand anywhere in a short spoken question about a period
_ASKED_WORDS = re.compile(
    r"(?<![а-яё])(?:что|что-нибудь|что-то|есть|будет|будут|там|интересного|нибудь|а|и|ну)"
    r"(?![а-яё-])"
)


CLOCK_TIME = re.compile(r"\d[:.]\d\d")


PERIOD_QUESTION_CHARS = 60  # a longer text is not a spoken question of a few words


def _is_verb(word: str) -> bool:
    """Whether `word` is most likely a verb form (its first morphological parse)."""
    found = parses(word)
    return bool(found) and found[0].tag.POS in ("VERB", "INFN")


def period_question(text: str, now: datetime) -> Ask | None:
    """A short message that names a period with question words anywhere or none at all
    («на следующей неделе?», «на след неделе что есть для 9б», «а на выходных что там»):
    the question «что <period>?» about it, read as that question reads (its audience too).
    None when the text is longer than PERIOD_QUESTION_CHARS, names a clock time, names no
    period (bot.core.language.when) or does not read as one plan question. Only called for
    a text nothing else understood (walk 2026-12-02r, #16)."""
    line = " ".join(normalize(with_week_word(text)).split()).strip(" ?!.,")
    if not line or len(line) > PERIOD_QUESTION_CHARS or CLOCK_TIME.search(line):
        return None
    if resolve_when(line, now) is None:
        return None
    rest = " ".join(_ASKED_WORDS.sub(" ", line).split())
    if any(_is_verb(word) for word in re.findall(r"[а-яё]+", rest)):
        return None  # «завтра не смогу», «в субботу уезжаем»: a statement, not this question
    asked = [i for i in parse_many(f"что {rest}?", now) if isinstance(i, QueryIntent)]
    if len(asked) != 1 or unread_period(rest, asked[0], now):
        return None
    # «а на следующей неделе?» goes on from the question before, as «а 16 декабря?» does
    # (QueryIntent.follows_on: the classes it named are kept)
    return Ask(replace(asked[0], follows_on=is_follow_up(line)))


def asked_at_school(text: str, query: QueryIntent) -> Ask:
    """The question `query` of `text`; a numbered school it names («когда лекция в лицее
    №23?») is the Ask's `school`, and the school's kind word («лицее») leaves the title
    words (attack 2026-12-02s #6b: «по словам «лекция лицее»»)."""
    named = schools.named_schools(text)
    if not named:
        return Ask(query)
    title = query.title
    if title:
        title = " ".join(w for w in title.split() if not schools.is_school_word(w)) or None
    return Ask(replace(query, title=title), school=named[0].written)


# a period noun after «на / в / во / за» («на новый год», «на праздники», «в полугодии»)
_PERIOD_NOUN = re.compile(
    r"(?<![а-яё])(?:на|в|во|за)\s+(?:[а-яё]+\s+)?(?:год|года|году|праздник\w*|полугоди\w*"
    r"|семестр\w*|сезон\w*|четверт[иь]|каникул\w*|выходн\w*)(?![а-яё])"
)


def unread_period(text: str, query: QueryIntent, now: datetime) -> bool:
    """Whether a question names a period (_PERIOD_NOUN) that no rule read: its query fell
    back to «from today on» (start today, no end), which would look like an answer."""
    unread = query.start == now.date() and query.end is None
    return unread and _PERIOD_NOUN.search(text.lower()) is not None
