"""A day told in the past tense: «12 марта в библиотеке состоялась встреча», «3 ноября ученики
побывали в музее». A report posted a few days after its event names the event's day without a
year; read by the rule for announcements (a day already past means next year's), it became a
day a year ahead. When the sentence holding the day says only what was done (every finite
verb past, one at least) and this year's day passed recently, the day is this year's: the
report's event (the draft then carries the doubt `past`). A sentence with a verb in the
present or future («а 3 ноября команды встретятся в финале») keeps the rule of the year
ahead. So does a sentence whose past verb plans the day rather than reports it: a past verb
followed by an infinitive («решили провести 20 июня»), a day after «на» in a sentence with a
verb of setting or moving a day («назначили на 27 июня», «перенесли на 1 сентября»), a
sentence opening sign-ups («Открылась запись на смену 15 июня»), a short participle of setting
a day («В пятницу была назначена встреча», «был перенесён концерт на 15:00»: the coming
event as scheduled) — unless a clause about the event's course is past («В пятницу была
назначена встреча, на которой обсудили итоги»: how a held meeting had been set). Only the
main clause tells the tense: a subordinate clause («…, кто не сдал зачёт», «…, на которую
записались 5 классов», «…, где прошла выставка», an indirect question «узнали, как пекут
хлеб») tells of its noun or what was learnt, so a nominal
announcement with a past verb only there («В пятницу в 15:00 пересдача для тех, кто не сдал
зачёт») is not told in the past."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import is_known, parses
from bot.core.language.sentences import sentence_across_wraps, sentence_at
from bot.core.language.told_custom import CUSTOM_DAYS, told_as_custom

# verbs and nouns of moving or setting a day (relative_days reads them too)
SETTING_LEMMAS = frozenset(
    {
        "перенести",
        "переносить",
        "перенос",
        "назначить",
        "назначать",
        "назначение",
        "запланировать",
        "планировать",
        "отложить",
        "откладывать",
        "сдвинуть",
        "передвинуть",
        "поставить",
    }
)
RECENT_DAYS = 183  # a report tells of the last half year; an older day is history, not an event
_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*")
# a past verb of achieving with an infinitive reports («смогли посетить музей»); any other
# («решили провести», «договорились собрать») plans
_ACHIEVING = frozenset({"смочь", "суметь", "успеть", "удаться", "получиться"})
# the possibility told in the past with «было» and an infinitive reports the same way
_POSSIBLE = frozenset({"можно"})
# sign-ups opened: «открылась запись», «началась регистрация», «стартовал приём заявок»
_SIGN_UPS = frozenset({"запись", "регистрация", "приём", "прием"})
_OPENING = frozenset({"открыться", "открыть", "начаться", "начать", "стартовать", "объявить"})
# verbs of the writer's address («Напомним, что …», «Сообщаем, что …») tell nothing of the
# day's tense: the clause after them does
_ADDRESS = frozenset({"напомнить", "напоминать", "сообщить", "сообщать", "уведомить", "уведомлять"})
_DIGIT = re.compile(r"\d")
# ", <up to three words> котор… …" up to the next comma (the clause's end), no digit inside:
# a relative clause («, среди экспонатов которой есть …», «, сев на который каждый станет …»)
_RELATIVE_CLAUSE = re.compile(r",(?:\s+[а-яё-]+){0,3}\s+котор[а-яё]*[^,\d.!?]*(?=,)")
# a subordinate clause: a comma, up to three words (a preposition: «на которую», «для тех, кто»)
# and its word (кто, что, где, когда, котор…, чей; an indirect question's как, почему, зачем,
# сколько: «узнали, как пекут хлеб», fresh82), up to the next comma or the sentence's end
_SUBORDINATE = re.compile(
    r",(?:\s+[а-яё-]+){0,3}?\s+(?:кто|что|где|когда|куда|откуда|как|почему|зачем|сколько"
    r"|котор[а-яё]*|ч(?:ей|ья|ь[её]|ьи|ьих|ьим|ьей|ьего|ьему))(?![а-яё])[^,.!?\n]*"
)
_AFTER_NA = re.compile(r"\bна\s+$", re.IGNORECASE)
# a clause about the event's own course: where or at which it took place («, на которой
# обсудили …», «, в ходе которой …», «, где ребята увидели …»), up to the next comma or the end
_EVENT_CLAUSE = re.compile(
    r",\s+(?:(?:на|в|во|в\s+ходе|во\s+время|после)\s+котор(?:ой|ом|ых)|где)(?![а-яё-])"
    r"[^,.!?\n]*"
)


# «, а» / «; а» joining two clauses of a sentence, each with its own tense («Сегодня прошёл
# концерт, а 12 декабря будет ярмарка»); not the additive «а также», «а именно», «а то и»
_BUT_CLAUSE = re.compile(r"[,;]\s*а\s+(?!(?:также|так\s+же|именно|то|ещ[её])(?![а-яё]))", re.I)


def clause_at(pos: int, text: str) -> tuple[int, int]:
    """The (start, end) of the clause of `text` holding `pos`: its sentence (sentence_at)
    cut at each «, а» / «; а» joining two clauses; the whole sentence when it has none."""
    begin, stop = sentence_at(pos, text)
    for m in _BUT_CLAUSE.finditer(text, begin, stop):
        if m.start() >= pos:
            return begin, m.start()
        begin = m.end()
    return begin, stop


def told_in_past(
    text: str, start: int, end: int, clause: bool = False, cased: str | None = None
) -> bool:
    """Whether the sentence of `text` holding `start`..`end` tells in the past tense alone:
    its finite verbs (pymorphy3's first reading) are all past, one at least, and none of them
    plans the day (a past verb with an infinitive, a verb of setting a day before «на» and
    the day, a sentence opening sign-ups). `clause`: read only the clause holding `start`
    (clause_at), a sentence joining a report and an announcement by «, а». `cased`: `text`
    in its own case when `text` is a lower-cased copy, to join a sentence a hard line wrap
    split (sentences.sentence_across_wraps)."""
    if clause:
        begin, stop = clause_at(start, text)
    else:
        begin, stop = sentence_across_wraps(start, text, cased)
    if _CLOSING_MARK.search(text, start, end):
        end -= 1  # «… с 7 по 11 апреля.»: a match that took its sentence's full stop is in it
    if stop < end:  # the match runs past its sentence's end: read on to the end's sentence
        stop = sentence_at(max(start, end - 1), text)[1]
    sentence = text[begin:stop].lower()
    whole = sentence
    own = cased if cased is not None and len(cased) == len(text) else text
    abbreviations = _abbreviations(own[begin:stop])
    if any(mark in sentence for mark in _OPENING_QUOTES):  # a name in quotes tells no tense
        sentence = _QUOTED_NAME.sub(_blank_name, sentence)
    if "#" in sentence:  # a hashtag is a label, never a clause: «под девизом #Поможем_другу»
        sentence = _HASHTAG.sub(_blank_name, sentence)
    # a relative clause between commas («…, в которой есть …,») tells of its noun, not of the
    # sentence's event: its verbs say nothing of the sentence's tense. Blanked to its own
    # length, so the day's offsets still point at the day for `_main_clause`
    sentence = _RELATIVE_CLAUSE.sub(_blank_clause, sentence)
    sentence = _main_clause(sentence, max(0, start - begin), max(0, end - begin))
    digit = _DIGIT.search(text, start, end)  # a match may hold its preposition: «на 1 сентября»
    day = digit.start() if digit else start
    after_na = _AFTER_NA.search(text, max(0, day - 5), day) is not None
    past = False
    lemmas: set[str] = set()
    last_past = ""  # the lemma of a past verb just before, for a following infinitive
    previous = ""  # the word before, for «можно было»
    for word in _WORD.findall(sentence):
        before, previous = previous, word
        if word in abbreviations:
            continue  # «в ДДЮТ прошёл концерт»: «ддют» is no verb «-ют» of the present
        found = past_before_imperative(parses(word))
        lemma = found[0].normal_form if found else ""
        lemmas.add(lemma)
        pos = found[0].tag.POS if found and lemma not in _ADDRESS else None
        if pos == "PRTS" and lemma in SETTING_LEMMAS and not _course_told_past(whole):
            return False  # «была назначена», «был перенесён»: the event as scheduled
        if pos == "INFN" and last_past and last_past not in _ACHIEVING:
            return False
        last_past = ""
        if pos == "PRTS" and lemma == "провести":
            past = True  # «проведены мероприятия»: the holding told done, as «прошли» tells it
            continue
        if pos != "VERB":
            continue
        if found[0].tag.tense != "past":
            return False
        past = True
        # «можно было увидеть»: what one could see there, told done as «смогли посетить» is
        # (never «должны были состояться», a plan: only after «можно»)
        last_past = "" if lemma == "быть" and before in _POSSIBLE else lemma
    if not past:
        return False
    settled = {lemma.removesuffix("ся").removesuffix("сь") for lemma in lemmas}
    if after_na and settled & SETTING_LEMMAS:
        return False
    return not (lemmas & _SIGN_UPS and lemmas & _OPENING)


# a word in capitals («ДДЮТ», «ЦДЮТ», «МАОУ»)
_CAPITALS = compile_with_scan(r"(?<![А-ЯЁа-яё])[А-ЯЁ]{2,}(?![А-ЯЁа-яё])")


def _abbreviations(sentence: str) -> frozenset[str]:
    """The lower-cased words `sentence` (in its own case) writes in capitals that no
    dictionary holds («ДДЮТ», «ЦДЮТ»): abbreviations, whose lower-cased letters pymorphy3
    guesses a verb by their ending («ддют» as a present «-ют»). None when the sentence is in
    capitals throughout (a shouted post's words are its verbs) or holds no capital word."""
    if not any(ch.islower() for ch in sentence):
        return frozenset()
    return frozenset(
        low for m in _CAPITALS.finditer(sentence) if not is_known(low := m.group().lower())
    )


def past_before_imperative(found: tuple[Any, ...]) -> tuple[Any, ...]:
    """pymorphy3's readings of a word (`found`, likeliest first) with a past-tense verb
    reading put first when the likeliest is an imperative no likelier than it («пришли»:
    прислать's imperative and прийти's past at 0.5 each, «зашли», «нашли»): a sentence
    telling a day reports what was done far more often than it orders sending. Unchanged
    otherwise."""
    if len(found) < 2 or found[1].score < found[0].score or found[0].tag.mood != "impr":
        return found  # readings come likeliest first: only a tie can put the past first
    for parse in found[1:]:
        if parse.score < found[0].score:
            break
        if parse.tag.POS == "VERB" and parse.tag.tense == "past":
            return (parse, *(p for p in found if p is not parse))
    return found


def _course_told_past(sentence: str) -> bool:
    """Whether a clause of `sentence` (lower-cased) about the event's own course («, на
    которой обсудили итоги», «, где ребята увидели карты») tells in the past tense alone:
    then a short participle of setting a day («была назначена встреча, на которой обсудили
    …») tells how the event had been set, and the sentence reports it. A clause of what is
    to happen («на которой обсудим») or of signing up for it («на которую записались») does
    not."""
    for m in _EVENT_CLAUSE.finditer(sentence):
        tenses = set()
        for word in _WORD.findall(m.group()):
            found = parses(word)
            if found and found[0].tag.POS == "VERB":
                tenses.add(found[0].tag.tense)
        if tenses == {"past"}:
            return True
    return False


# a relative clause: a comma, up to three words and «который»/«кто» («…, которые не смогли
# зарегистрироваться накануне», «для тех, кто выступал накануне»), up to the next comma or the end
_RELATIVE = re.compile(
    r",(?:\s+[а-яё-]+){0,3}?\s+(?:котор[а-яё]*|кто)(?![а-яё])[^,.!?\n]*", re.IGNORECASE
)


def relative_clause_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The (start, end) of the relative clause of its sentence holding `text[start:end]`
    («…, которые не смогли зарегистрироваться накануне»), None when it lies in none: a word of
    time there tells of the clause's noun, whose time the main clause sets."""
    begin, stop = sentence_at(start, text)
    for m in _RELATIVE.finditer(text, begin, stop):
        if m.start() < start and end <= m.end():
            return m.start(), m.end()
    return None


def main_told_in_past(text: str, clause: tuple[int, int]) -> bool:
    """Whether the sentence holding the relative `clause` tells in the past without it
    («Концерт, который прошёл накануне, собрал много зрителей»: yes; «Только для тех
    участников, которые не смогли зарегистрироваться накануне»: no verb of its own, no)."""
    begin, end = clause
    blanked = text[:begin] + "," + " " * (end - begin - 1) + text[end:]
    head = sentence_at(begin, text)[0]
    return told_in_past(blanked, head, head)


# a name in quotes («И помнит мир», "Весна зовёт", and the English and German typographic
# quotes pasted from word processors and sites: “Весна идёт”, „Весна идёт“): its verbs are the
# name's words, never the sentence's; blanked to its own length (offsets kept). fresh72 took
# «» and ""; fresh80 the curly ones, whose name's present verb put a report a year ahead
_QUOTED_NAME = re.compile(r"«[^«»\n]{1,80}»|\"[^\"\n]{1,80}\"|“[^“”\n]{1,80}”|„[^„“”\n]{1,80}[“”]")
_OPENING_QUOTES = ("«", '"', "“", "„")


# a sentence's closing mark a date match took after a month's name («с 7 по 11 апреля.»);
# never a date's own dot («24.05.») nor an abbreviation's («2025 г.»)
_CLOSING_MARK = re.compile(r"[а-яё]{3}[.!?]$")
# a hashtag («#Поможем_четвероногому_другу», «#ДобрыеДела», «#МыВместе»): a label glued into
# one word, whose verbs («поможем», «сделаем») tell no tense of the sentence holding it
_HASHTAG = re.compile(r"#[\w-]+")


def _blank_name(found: re.Match[str]) -> str:
    """A quoted name (or a hashtag) as spaces of its length."""
    return " " * len(found.group())


def _blank_clause(found: re.Match[str]) -> str:
    """A removed clause as its comma and spaces of the clause's length (offsets kept)."""
    return "," + " " * (len(found.group()) - 1)


def _main_clause(sentence: str, start: int, end: int) -> str:
    """`sentence` (lower-cased) without its subordinate clauses («, кто …», «, что …»,
    «, где …», «, когда …», «, на которой …», each up to the next comma or the sentence's
    end), save the one holding the day at `start`..`end` («Напомним, что в субботу прошла
    ярмарка»: the clause after the writer's address is what is told)."""
    kept: list[str] = []
    at = 0
    for m in _SUBORDINATE.finditer(sentence):
        if m.start() <= start < m.end() or m.start() < end <= m.end():
            continue
        kept.append(sentence[at : m.start()])
        at = m.end()
    return "".join(kept) + sentence[at:] if kept else sentence


def day_gone(
    resolved: date,
    today: date,
    text: str,
    start: int,
    end: int,
    cased: str | None = None,
    back: date | None = None,
) -> date | None:
    """This year's day for `resolved`, a day written without a year that the rule of the year
    ahead put in a later year, when it passed at most RECENT_DAYS ago and its sentence tells
    in the past tense (told_in_past; `cased`: `text` in its own case, for hard line wraps);
    None otherwise. `back`: that day a year before when it is not the same date (a weekday
    counted within a month, «в последнюю субботу октября»); else `resolved`'s date a year
    back."""
    if resolved <= today:
        return None
    if back is None:
        try:
            back = resolved.replace(year=resolved.year - 1)
        except ValueError:  # 29 February
            return None
    if not today - timedelta(days=RECENT_DAYS) <= back < today:
        return None
    if today - back <= timedelta(days=CUSTOM_DAYS) and told_as_custom(text, start):
        return back  # «Традиционно 1 сентября проводится линейка» the day after: this year's
    if told_in_past(text, start, end, cased=cased) or running_since(text, start, end):
        return back
    if began_and_lasts(text, start, end) or _told_past_in_its_clause(text, start, end):
        return back
    return None


def _told_past_in_its_clause(text: str, start: int, end: int) -> bool:
    """Whether the day at `start`..`end` lies in a relative clause told in the past tense
    («Выставка, которая 16 декабря открылась в музее, работает …»): the day is that clause's
    verb's, whatever the main clause's tense (which tells of the clause's noun now)."""
    clause = relative_clause_at(text, start, end)
    if clause is None:
        return False
    own = text[clause[0] + 1 : clause[1]]  # without its comma: one clause, one sentence
    return told_in_past(own, 0, len(own))


_SINCE = re.compile(r"(?<![а-яё])(?:с|со)\s+$", re.IGNORECASE)


def running_since(text: str, start: int, end: int) -> bool:
    """Whether the day at `start`..`end` opens a run still going on: «с»/«со» before it and
    its sentence's main clause telling in the present tense alone (its finite verbs, by
    pymorphy3's first reading, all present and imperfective, one at least: «С 20 марта в
    библиотеке проходит викторина», «С 1 октября работает выставка»). A report of such a
    run posted after its first day names that day gone, never the one a year ahead."""
    digit = _DIGIT.search(text, start, end)  # a match may hold its preposition: «с 20 марта»
    day = digit.start() if digit else start
    if not _SINCE.search(text, max(0, day - 4), day):
        return False
    begin, stop = sentence_at(start, text)
    sentence = _RELATIVE_CLAUSE.sub(_blank_clause, text[begin:stop].lower())
    sentence = _main_clause(sentence, max(0, start - begin), max(0, end - begin))
    present = False
    for word in _WORD.findall(sentence):
        found = parses(word)
        if not found or found[0].tag.POS != "VERB":
            continue
        if found[0].tag.tense != "pres" or found[0].tag.aspect != "impf":
            return False
        present = True
    return present


# a verb of beginning: «началась неделя», «открылся музей», «стартовала акция»
_BEGINNING = frozenset({"начаться", "открыться", "стартовать"})
_SIGN_UP_NOUNS = frozenset(
    {"запись", "регистрация", "приём", "прием", "заявка", "продажа", "набор", "голосование"}
    | {"подача", "отбор"}
)
# a school's calendar period: its onset is the calendar's, never an event («начались
# каникулы», «началась четверть», «начался учебный год») (fixdoubt58)
_SCHOOL_PERIODS = frozenset({"каникулы", "четверть", "триместр", "семестр", "полугодие"})


def began(sentence: str) -> bool:
    """Whether `sentence` tells that something began: a finite verb of beginning in the past
    tense (pymorphy3's first reading: «началась», «открылся», «стартовала»), and no sign-up
    among its words («началась регистрация», «открылась запись»: a window, not an event), nor
    a school's calendar period («начались каникулы», «начался учебный год»: no event).
    With «сегодня», an event running from today («Сегодня открылась неделя науки»)."""
    lemmas: set[str] = set()
    onset = False
    for word in _WORD.findall(sentence.lower()):
        found = parses(word)
        if not found:
            continue
        lemmas.add(found[0].normal_form)
        tag = found[0].tag
        onset |= tag.POS == "VERB" and tag.tense == "past" and found[0].normal_form in _BEGINNING
    school_year = {"учебный", "год"} <= lemmas
    return onset and not lemmas & (_SIGN_UP_NOUNS | _SCHOOL_PERIODS) and not school_year


# a verb of lasting on: «продлится до 25 апреля», «продолжится до пятницы»
_LASTING = frozenset(
    {"продлиться", "продолжиться", "продолжаться", "длиться", "завершиться", "закончиться"}
)


def began_and_lasts(text: str, start: int, end: int) -> bool:
    """Whether the sentence of `text` holding the day at `start`..`end` tells a run begun
    and lasting on: its main clause's finite verbs (pymorphy3's first reading) are a past
    verb of beginning (_BEGINNING: «стартовал», «началась») and, besides past ones, only
    verbs of lasting (_LASTING: «и продлится до 25 апреля»). A post of it after that day
    names the day gone, never the one a year ahead (fresh61)."""
    begin, stop = sentence_at(start, text)
    sentence = _RELATIVE_CLAUSE.sub(_blank_clause, text[begin:stop].lower())
    sentence = _main_clause(sentence, max(0, start - begin), max(0, end - begin))
    onset = lasting = False
    for word in _WORD.findall(sentence):
        found = parses(word)
        if not found or found[0].tag.POS != "VERB":
            continue
        lemma = found[0].normal_form
        if found[0].tag.tense == "past":
            onset |= lemma in _BEGINNING
        elif lemma in _LASTING:
            lasting = True
        else:
            return False
    return onset and lasting
