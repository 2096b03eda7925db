"""The other events a long post names beside its own: `post.prepare_post` hides their dates.

A side meeting (a parents' or entrants' meeting, a ceremony of another body), a sign-up or a
formality before the event, a whole event a part is of (names_part_of: "финал олимпиады"), a
run begun before and going on, a report of a past day, another story told in the background
(its nouns unshared with the lead's), other days ahead the post offers. Each reads the post's
text by character offsets; the dates they return are hidden or offered as rivals by the
caller. ONSET (a thing beginning on its date) lives here with the runs that read it. Moved
from post.py (split69), the code unchanged."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from itertools import pairwise

from bot.core.language.branch_trie import with_trie
from bot.core.language.calendar import MONTH
from bot.core.language.date_words import MONTH_NOMINATIVES
from bot.core.language.first_scan import compile_with_scan, with_first_scan
from bot.core.language.lowered import finditer_span
from bot.core.language.morphology import parses
from bot.core.language.post_dates import DATE_ANY, date_of, first_day_of, just_passed, span_of
from bot.core.language.post_facts import PostFacts
from bot.core.language.post_scoring import LOWER_WORD, date_clause, sentence_score
from bot.core.language.sentences import sentences
from bot.core.language.title_words import KIND, kind_key
from bot.core.language.tokens import Scanner
from bot.core.language.told_past import RECENT_DAYS, told_in_past

# a thing begun or beginning on its date ("стартовала 2 апреля", "20 марта началась
# операция", "начнутся 9 сентября") whose lasting to a later date is said right after it
# ("которая продлится до 12 апреля", "Она продлится до 2 апреля", "завершатся они 20
# сентября"): the date is the start of a span still running, not a past event's or a
# reported one's
ONSET = re.compile(
    r"\b(?:стартовал\w*|стартует|стартуют|начал(?:ась|ось|ись|ся)|начн[её]тся|начнутся"
    r"|начинает(?:ся)?|начинаются|открыл(?:ась|ся|ось|ись)|открывается|открываются"
    r"|откро(?:ется|ются))(?![а-я])"  # «откроется 7 апреля … Завершится …» (fresh66)
)


# an onset said with its day in a sentence before («Конкурс стартует 1 октября»)
ONSET_DATE = re.compile(ONSET.pattern + r"\s+(?:[а-яё]+\s+)?\d{1,2}\s+" + rf"(?:{MONTH})")


KIND_WORD = re.compile(r"[а-яё]{3,}(?:-[а-яё]{3,})?")  # «мастер-класс» one word


# a sentence whose subject is a formality held before the event — its registration, the
# judges' or admission commission's sitting, the draw, the arrival: after its day (and a verb
# of taking place) if it opens with them («12 марта состоится регистрация участников»). A
# meeting of team leaders or parents («совещание», «собрание») or the judges' sitting with
# the teams' representatives («заседание судейской коллегии») is read by side_meeting: on any
# day, never a rival (starts44)
_FORMALITY_SUBJECT = re.compile(
    r"[\s,–—-]*(?:(?:состоится|состоятся|пройдет|пройдут|проводится|проводятся|будет"
    r"(?:\s+работать|\s+проходить)?|начнется|начнет\s+работу)\s+)?"
    r"(?:торжественн\w+\s+)?(?:регистрац\w*|комисси\w*|жеребь[её]вк\w*"
    r"|заезд\w*|прибыти\w*|приезд\w*|инструктаж\w*)"
)


# a meeting as a sentence's subject — of the judges, the teams' representatives, the leaders,
# the parents: «Заседание судейской коллегии …», «Совещание представителей команд …»,
# «Родительское собрание …», «9 февраля состоится судейское совещание …»
_MEETING_SUBJECT = re.compile(
    r"[\s,–—-]*(?:(?:состоится|состоятся|пройдет|пройдут|проводится|проводятся|будет"
    r"\s+проходить)\s+)?(?:[а-яё]+(?:ое|ее|ой|ий|ый)\s+){0,2}(?:заседани|совещани|собрани)"
)


def side_meeting(text: str, begin: int, kept: list[re.Match[str]]) -> bool:
    """Whether the sentence at `begin` (its dates `kept`) has a meeting for its subject,
    opening with it or after its opening day (_MEETING_SUBJECT): in a post about a contest,
    a gathering of its judges, representatives or parents held for it (starts44). Like the
    contest's opening, closing and awards (post._CEREMONY), it belongs to the contest and is
    never another start of it: not offered as a rival day (a meeting written as an event of
    its own, «Также 22 декабря … родительское собрание», is read apart by post_events.py)."""
    meeting = _MEETING_SUBJECT.match(text, begin)
    if meeting is None:
        lead = kept[0]
        if lead.start() - begin <= 2:
            meeting = _MEETING_SUBJECT.match(text, lead.end())
    return meeting is not None and not _CEREMONIAL_MEETING.search(
        text, meeting.start(), min(len(text), meeting.end() + 40)
    )


def take_side_meetings(sc: Scanner, now: datetime) -> None:
    """In a chat message of several sentences, take the sentences whose subject is a side
    meeting (`side_meeting`: «Заседание судейской коллегии 28 декабря.», «Собрание для
    родителей — 18 декабря.») held before another dated sentence's event, or on its day: as
    in a pasted post (starts44), the meeting held for a contest or a concert is no rival
    start and no part of its title, across the year's turn or weeks before. The message's
    description keeps it. A message whose dated sentences are all meetings is about them; a
    meeting after the event («Экскурсия 10 декабря. Родительское собрание 12 декабря.») is
    not held for it: both are kept. Held before, it is taken only when it names the
    contest's people (_MEETING_OF_ENTRANTS), or has no clock of its own and comes at most
    _SIDE_REACH days before an event: «Родительское собрание 9 декабря в 18:00. Новогодний
    утренник 26 декабря в 11:00.» is two events, both days offered (review46 H2). `now`:
    naive school-local time."""
    text = sc.text
    spans = sentences(text)
    if len(spans) < 2:
        return
    meetings: list[tuple[int, int, date]] = []
    events: list[date] = []
    for begin, end in spans:
        kept = [m for m in DATE_ANY.finditer(text, begin, end) if sc.is_free(m.start(), m.end())]
        day = first_day_of(kept[0].group(0), now) if kept else None
        if day is None:
            continue
        if side_meeting(text, begin, kept):
            meetings.append((begin, end, day))
        else:
            events.append(day)
    for begin, end, day in meetings:
        if not events or day > max(events):
            continue
        if _MEETING_OF_ENTRANTS.search(text, begin, end) or (
            not _OWN_CLOCK.search(text, begin, end)
            and any(timedelta(0) <= event - day <= timedelta(days=_SIDE_REACH) for event in events)
        ):
            sc.take(begin, end)


# a meeting named by the contest's people — its judges, jury, teams, their representatives,
# captains or coaches, its entrants («Заседание судейской коллегии», «Совещание представителей
# команд»): held for the contest whatever its day or clock (review46 H2)
_MEETING_OF_ENTRANTS = re.compile(
    r"(?<![а-яё])(?:суд[еь][йяю]\w*|жюри|представител\w*|участник\w*|команд\w*|капитан\w*"
    r"|тренер\w*)"
)

# a clock of the meeting's own («в 18:00», «в 18.00», «в 18 ч»): a meeting with an hour set
# for everyone is an event of its own (a parents' meeting), not the contest's side (review46 H2)
_OWN_CLOCK = re.compile(
    r"(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
    r"|(?<![а-яё])в\s+(?:[01]?\d|2[0-3])(?:\.[0-5]\d(?![\d.])|\s*ч(?:ас|\.|(?![а-яё])))"
)

# a meeting without names or clock is the event's side only when held this close before it
# («Приглашаем на концерт 20 декабря … Собрание для родителей — 18 декабря.»); further away it
# may be a meeting of its own, and asking costs one question where dropping costs an event
_SIDE_REACH = 3


# an assembly held for an occasion of its own — solemn or festive, or dedicated to a day
# («Торжественное собрание, посвящённое Дню Героев Отечества, …»): a ceremony, not the
# contest's meeting (fixparse45, review45 #4)
_CEREMONIAL_MEETING = re.compile(
    r"(?<![а-яё])(?:торжествен|праздничн|юбилейн)\w*\s+(?:[а-яё]+\s+)?(?:заседани|собрани)"
    r"|(?:заседани|совещани|собрани)\w*\s*,?\s*посвящ[её]нн"
)


# the sign-up's or intake's words (stems first, the lemma then confirms): «Запись в студию
# начнётся …», «регистрация открыта до …», «Заявления принимают …», «подать документы с …»
_SIGN_UP_STEM = re.compile(r"(?<![а-я])(?:регистр|заявк|заявлен|запис|документ)")
_SIGN_UP_LEMMAS = frozenset(
    {"регистрация", "зарегистрироваться", "заявка", "заявление", "запись", "записаться"}
)
_HANDED_IN = frozenset({"приём", "принимать", "подать", "подача", "сдать", "сдача"})
_SIGN_UP_WORD = re.compile(r"[а-яё]+")


def is_sign_up(text: str, begin: int, end: int, lead: re.Match[str]) -> bool:
    """Whether the clause of the sentence `text[begin:end]` (normalised) holding its first
    date phrase `lead` (up to a comma or semicolon either side) is about signing up or
    handing in documents (a noun or verb of sign-up — «запись», «регистрация», «заявление»,
    «записаться» —, or «документы» with a verb or noun of handing in, by pymorphy3's first
    reading): read for a would-be rival day after the pick's, it is the way into something
    after the event (the next term's classes, an appeal), never another start of it. A
    clause of an event with a sign-up beside it («Повторная лекция состоится 14 декабря,
    запись у классного руководителя») stays a rival; so does a sign-up before the event when
    it is no formality of it (doubts43, long before: «20 февраля состоится регистрация
    участников» for a contest on 13 March)."""
    start = max(text.rfind(",", begin, lead.start()), text.rfind(";", begin, lead.start()), begin)
    ends = [i for i in (text.find(",", lead.end(), end), text.find(";", lead.end(), end)) if i >= 0]
    stop = min(ends, default=end)
    if _SIGN_UP_STEM.search(text, start, stop) is None:
        return False
    lemmas = set()
    for word in _SIGN_UP_WORD.findall(text, start, stop):
        found = parses(word)
        lemmas.add(found[0].normal_form if found else word)
    return bool(lemmas & _SIGN_UP_LEMMAS) or ("документ" in lemmas and bool(lemmas & _HANDED_IN))


def formality_before(
    text: str,
    begin: int,
    end: int,
    kept: list[re.Match[str]],
    day: date | None,
    first_day: date | None,
) -> bool:
    """Whether text[begin:end] is a formality of the event held up to FORMALITY_REACH days
    before its first day («12 марта состоится регистрация участников, расстановка на
    площадке» before «13-14 марта … состоятся соревнования», «Комиссия по допуску участников
    будет работать с 7 по 11 февраля»): the event's preparation, never a rival start offered
    beside it."""
    if (
        day is None
        or first_day is None
        or not (first_day - timedelta(days=FORMALITY_REACH) <= day < first_day)
    ):
        return False
    if _FORMALITY_SUBJECT.match(text, begin):
        return True
    lead = kept[0]  # «12 марта состоится регистрация …»: the subject after the opening day
    return lead.start() - begin <= 2 and _FORMALITY_SUBJECT.match(text, lead.end()) is not None


def whole_events_of_part(
    text: str,
    candidates: list[tuple[int, int, int, list[re.Match[str]]]],
    best: tuple[int, int, int, list[re.Match[str]]],
    first_day: date | None,
    facts: PostFacts,
    now: datetime,
) -> list[date]:
    """The first days of the other dated sentences naming the event the pick's sentence
    names only a part of (names_part_of: «Торжественное закрытие выставки пройдёт 10 января
    в 15:00» beside «С 7 по 20 декабря … работает выставка»): the event's own days, offered
    beside the part's (`several_dates`) whatever their sentences' scores — a post about an
    exhibition whose closing carries the cue was saved as the closing's day, silently."""
    out: list[date] = []
    for _, begin, end, kept in candidates:
        if (begin, end) == (best[1], best[2]):
            continue
        run = _run_begun_on(text, begin, end, kept[0], now)  # «С 9 декабря … началась неделя»
        if run is None and just_passed(kept[0], now):
            continue
        day = run or first_day_of(kept[0].group(0), now)
        if day is None or day == first_day or day in facts.rivals or day in out:
            continue
        if run is not None:  # «… итогов недели»: the closing names the run's subject
            if _run_named(text, begin, end, best[1], best[2]):
                out.append(day)
                facts.run_day = day
            continue
        first, last = span_of(text, kept, now)
        if first is None or last is None or last <= first:
            continue  # only an event of several days has a closing or opening of its own
        kinds = {kind_key(m.group(0)) for m in finditer_span(KIND, text, begin, end)}
        if kinds and names_part_of(text, best[1], best[2], kinds):
            out.append(day)
    return out


def _run_begun_on(text: str, begin: int, end: int, m: re.Match[str], now: datetime) -> date | None:
    """The first day of a run its sentence (`begin`..`end`) tells begun on a day gone by or
    today and going on: the date phrase `m` opened by «с» and a verb of beginning in the
    sentence («С 9 декабря в школе началась предметная неделя», «с понедельника стартовал
    месячник»: ONSET); that day (the nearest reading, never a year ahead), else None. Such
    a day just passed is no report: the run is still held (doubt60)."""
    opened = RANGE_OPENING.search(text, max(begin, m.start() - 4), m.start())
    if not opened and not m.group(0).lower().startswith(("с ", "со ")):
        return None
    if not ONSET.search(text, begin, end):
        return None
    day = date_of(m.group(0), now, nearest=True)
    return day if day is not None and day <= now.date() else None


_RUN_SUBJECT_WORDS = 4  # the run's noun stands this near after its verb of beginning


def _run_named(text: str, begin: int, end: int, part_begin: int, part_end: int) -> bool:
    """Whether the sentence `part_begin`..`part_end` names, in any case, a noun (pymorphy3
    lemma) of the nominative subject after the verb of beginning of the sentence
    `begin`..`end` («… началась предметная неделя» — «Подведение итогов недели …»)."""
    onset = ONSET.search(text, begin, end)
    if onset is None:
        return False
    subject = set()
    for word in KIND_WORD.findall(text, onset.end(), end)[:_RUN_SUBJECT_WORDS]:
        found = parses(word)
        if found and found[0].tag.POS == "NOUN" and found[0].tag.case == "nomn":
            subject.add(found[0].normal_form)
    if not subject:
        return False
    for word in KIND_WORD.findall(text, part_begin, part_end):
        found = parses(word)
        if found and found[0].tag.POS == "NOUN" and found[0].normal_form in subject:
            return True
    return False


def other_days_ahead(
    text: str,
    facts: PostFacts,
    candidates: list[tuple[int, int, int, list[re.Match[str]]]],
    first_day: date | None,
    now: datetime,
) -> list[date]:
    """The first days of the dated sentences (`candidates`, facts.weighed's) other than the
    event's that lie ahead of `now` (today included) and are neither the pick's day nor
    already a rival, in the post's order, each once. A reported day (reports_gone_day: «13 апреля
    направлено письмо» on 20 April, a dateline «… - 28 августа.», «Сегодня состоялось
    открытие …») is none, as the rivals' own loop reads it. `text`: the normalised post."""
    out: list[date] = []
    for _, begin, end, kept in candidates:
        if (begin, end) == facts.event_sentence or reports_gone_day(text, kept, now):
            continue
        day = first_day_of(kept[0].group(0), now)
        if day is None or day < now.date():
            continue
        if day != first_day and day not in facts.rivals and day not in out:
            out.append(day)
    return out


def reported_dates(
    text: str,
    facts: PostFacts,
    candidates: list[tuple[int, int, int, list[re.Match[str]]]],
    cased: str | None = None,
) -> list[re.Match[str]]:
    """The date phrases the body tells in the past tense alone (told_in_past): those hidden
    as a report's (facts.told) and the dates of the candidates after the first. `cased`:
    `text` in its own case (its abbreviations in capitals tell no tense)."""
    kept = [m for c in candidates[1:] for m in c[3]]
    return [
        m
        for m in [*(t[0] for t in facts.told), *kept]
        if told_in_past(text, m.start(), m.end(), cased=cased)
    ]


def report_day(
    sc: Scanner, facts: PostFacts, now: datetime
) -> tuple[int, int, int, list[re.Match[str]]] | None:
    """The dated sentence of a post that reports one event, as a candidate, when no other
    date was kept: the date phrases hidden as a past day (facts.told) whose sentences tell in
    the past tense alone (told_in_past: «18 февраля в школе прошёл урок мужества», «Ученики
    5 класса 20.02.2024 посетили музей») all name one day, at most RECENT_DAYS before today.
    That day is the report's event (read with the doubt `past`), never dropped; two days
    reported, a day long gone or one ahead («уже стартовала запись на 20 мая») stay hidden,
    and so does a day of a post whose other sentence announces an event (announces: «…
    Теперь приглашаем 9Б на новую встречу в библиотеке!»): the post is about that one.
    The first such phrase is given back to the scanner."""
    told = [
        t for t in facts.told if told_in_past(sc.text, t[0].start(), t[0].end(), cased=sc.original)
    ]
    closing = span_closings(sc.text, [m for m, _, _ in told])
    days = {date_of(m.group(0), now, nearest=True) for m, _, _ in told if m not in closing}
    day = days.pop() if len(days) == 1 else None
    ends = [d for d in (date_of(m.group(0), now, nearest=True) for m in closing) if d]
    last = max(ends, default=day)
    if day is None or last is None or not now.date() - timedelta(days=RECENT_DAYS) <= last:
        return None
    if not day <= last <= now.date():
        return None
    if announces(sc.text, facts.sentences, {(b, e) for _, b, e in told}):
        return None
    m, begin, end = told[0]
    sc.release(m.start(), m.end())
    for closed in closing:  # "в период с 03.09.2024 года по 10.10.2024 года": its last day too
        sc.release(closed.start(), closed.end())
    clause = date_clause(sc.text[begin:end], m.start() - begin, m.end() - begin)
    return (sentence_score(sc.text[begin:end], clause), begin, end, [m])


# what joins a span's two date phrases written apart: «с 03.09.2024 года по 10.10.2024 года»,
# «24 февраля 2025 г. — 6 марта 2025 г.»
_SPAN_JOINT = re.compile(r"\s*(?:года|г\.)?\s*(?:по|[-–—])\s*")


def span_closings(text: str, phrases: list[re.Match[str]]) -> list[re.Match[str]]:
    """The date phrases among `phrases` (in the post's order) that close a span the phrase
    right before them opens: only a «по» or a dash (a «года»/«г.» of the first allowed) stands
    between the two («в период с 03.09.2024 года по 10.10.2024 года»). Such a pair is one
    reported event, never two days reported. `text`: the normalised post."""
    return [
        second
        for first, second in pairwise(phrases)
        if _SPAN_JOINT.fullmatch(text, first.end(), second.start())
    ]


def announces(text: str, sentences: list[tuple[int, int]], told: set[tuple[int, int]]) -> bool:
    """Whether a sentence of `text` other than the `told` spans invites to an event: a verb
    of inviting (pymorphy3: «пригласить», «приглашать») not in the past tense («Теперь
    приглашаем 9Б на новую встречу», «Приглашаем всех!»; never «гости приглашались на
    экскурсию»). Other future verbs («уроки будут проходить весь месяц», «ждём вас в
    сентябре») are a report's outlook, not a new event. `text`: the normalised post."""
    for begin, end in sentences:
        if (begin, end) in told or "пригла" not in text[begin:end]:
            continue
        for word in _INVITING.findall(text, begin, end):
            found = parses(word)
            tag = found[0].tag if found else None
            if tag is not None and tag.POS == "VERB" and tag.tense != "past":
                return True
    return False


_INVITING = re.compile(r"пригла[сш][а-яё]*")  # «приглашаем», «пригласим»


def reports_gone_day(text: str, kept: list[re.Match[str]], now: datetime) -> bool:
    """Whether the dated sentence whose date phrases are `kept` reports a day gone, never a
    day to offer beside the event's: its first phrase, without a year, names a day that
    passed a few days ago (just_passed: «13 апреля направлено письмо» on 20 April), or names
    today in a sentence told in the past tense alone (told_in_past: «27 февраля состоялось
    открытие выставки», «В четверг, 4 апреля, мэр анонсировал фестиваль» posted that day).
    `text`: the normalised post."""
    lead = kept[0]
    if just_passed(lead, now):
        return True
    today = first_day_of(lead.group(0), now) == now.date()
    return today and told_in_past(text, lead.start(), lead.end())


# a news item's background, told after its lead: «Ранее сообщалось, что …», «Ранее мы
# писали …», «Ранее НЕВСКИЕ НОВОСТИ сообщали …» (never «Напомним, …»: often the lead's own
# event recalled)
_BACKGROUND = re.compile(
    r"ранее\b[^.!?\n]{0,40}?\b(?:сообщал\w*|писал\w*|рассказ\w*|публиковал\w*|информировал\w*)"
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _first_char(text: str, begin: int, end: int) -> int:
    """The offset of the first character of text[begin:end] that is not a blank."""
    while begin < end and text[begin].isspace():
        begin += 1
    return begin


def background_span(
    text: str,
    sentences: list[tuple[int, int]],
    candidates: list[tuple[int, int, int, list[re.Match[str]]]],
) -> tuple[int, int] | None:
    """The span (begin, end) of a news item's background — from a sentence opening with
    «Ранее сообщалось, что …» (_BACKGROUND) to the end of that sentence, or of the sentences
    after it that go on with what it brought in (within its paragraph) — when a sentence
    before it reads a day: the background tells earlier news, another story
    («Ранее сообщалось, что 27 августа в Москве пройдёт акция «Ночь в музее». Показы кинолент
    пройдут … с 12:00 27 августа …» under «Фестиваль … пройдёт … 27 и 28 августа»), never the
    lead's event, so its days are scored below zero and its clocks taken (starts44). None
    when there is no background or no dated sentence before it (walk45: a cue word is not
    needed — «Олимпиада 10 декабря в 10:00. Ранее сообщалось, что … 8 декабря»)."""
    if "ранее" not in text:  # the common case: no background, nothing to scan
        return None
    opening = next(
        (b for b, e in sentences if _BACKGROUND.match(text, _first_char(text, b, e), e)), None
    )
    if opening is None:
        return None
    if not any(c[1] < opening for c in candidates):  # no dated sentence before it (walk45:
        # a plain «Олимпиада 10 декабря в 10:00.» leads as well as one with a cue word)
        return None
    brk = _PARAGRAPH_BREAK.search(text, opening)
    stop = brk.start() if brk else len(text)
    spans = [(b, e) for b, e in sentences if opening <= b < stop]
    # fixparse45: the background is its own sentence, carried on only over the sentences
    # that go on with what it brought in (a noun it names and the lead does not: «… выступит
    # симфонический оркестр. Концерт оркестра начнётся в 19:00.»); the first other sentence
    # («Начало в 10:00», «Сам конкурс пройдёт 15 декабря») is back at the lead's event
    lead = _nouns(text, 0, opening)
    new = _nouns(text, *spans[0]) - lead if spans else frozenset()
    end = spans[0][1] if spans else stop
    for b, e in spans[1:]:
        if not new & _nouns(text, b, e):
            break
        end = e
    return opening, min(end, stop)


# nouns of time that any sentence may name: never what ties a sentence to the background
_TIME_NOUNS = frozenset(
    [
        *MONTH_NOMINATIVES,
        "год",
        "месяц",
        "неделя",
        "день",
        "час",
        "минута",
        "утро",
        "вечер",
        "ночь",
        "время",
        "число",
        "дата",
    ]
)


def _nouns(text: str, begin: int, end: int) -> frozenset[str]:
    """The lemmas of the nouns (by their likeliest reading) of text[begin:end], less the
    nouns of time (_TIME_NOUNS)."""
    out = set()
    for m in LOWER_WORD.finditer(text, begin, end):
        found = parses(m.group(0))
        if found and "NOUN" in found[0].tag:
            out.add(str(found[0].normal_form))
    return frozenset(out - _TIME_NOUNS)


# "начало соревнований", "старт фестиваля": the event's own onset, not a part of it
_OWN_ONSET = re.compile(r"(?<![а-яё])(?:начал[оа]|старт[аы]?)\s+$")


FORMALITY_REACH = 14  # days before a span within which its draw or meeting is held


# "в ходе фестиваля", "в рамках недели", "в программе декады": a frame for another event
_FRAME_OF = re.compile(
    r"(?<![а-яё])(?:в\s+ходе|в\s+рамках|в\s+программе|во\s+время|в\s+дни)\s+$", re.I
)


def names_part_of(text: str, begin: int, end: int, kinds: set[str]) -> bool:
    """Whether text[begin:end] names an event of one of `kinds` (kind_key of the span's kind
    words) in the genitive after another word: "Гала-концерт лауреатов фестиваля", "открытие
    выставки", "у выставки" — a part of that event (its gala, opening, a reading at it),
    never another event. A kind word opening the sentence is its subject, not a part's;
    "Начало соревнований …" gives the event's own start; "В ходе фестиваля … турнир" is
    another event within the frame (offered as a choice)."""
    for m in finditer_span(KIND, text, begin, end):
        word = m.group(0)
        if kind_key(word) not in kinds or not text[begin : m.start()].strip():
            continue
        if _OWN_ONSET.search(text, max(begin, m.start() - 12), m.start()):
            continue  # "Начало соревнований 12 мая в 16.00": the event's own start
        if _FRAME_OF.search(text, max(begin, m.start() - 16), m.start()):
            continue  # "В ходе фестиваля 3 декабря состоится турнир": an event in its frame
        if any("gent" in reading.tag for reading in parses(word.split()[0])):
            return True
    return False


RANGE_OPENING = compile_with_scan(r"\b(?:с|со|от)\s*$")  # compiled once, not looked up per call


ONSET = with_first_scan(with_trie(ONSET))
