"""How many days a message says its event lasts: «2 дня по 3 часа», «три дня подряд», «в
течение двух дней» (newcomer walk 2026-12-02t, #17: «2 дня по 3 часа, с 11:00 до 14:00»
under a period and no day — the second day was lost without a word).

Only a count said of the event itself: «за 2 дня до начала», «через 3 дня», «2 дня назад»
are times around it, and «дня открытых дверей», «дней рождения» are names.
"""

from __future__ import annotations

import re

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses
from bot.core.language.prefilter import may_match
from bot.core.language.title_grammar import EVENT_LEMMAS
from bot.core.titles import KIND_WORDS

_NUMBERS = {"два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "четыре": 4, "четырех": 4}
_NUMBERS |= {"пять": 5, "пяти": 5}
_COUNT = re.compile(
    r"(?<![а-я\d])(?P<before>за|через)?\s*(?P<n>[2-9]|два|две|двух|три|тр[её]х|четыре"
    r"|четыр[её]х|пять|пяти)\s+(?:дня|дней)(?![а-я])(?P<after>\s*(?:до|назад|после)(?![а-я]))?"
    r"(?=\s*(?:по|подряд|,|\.|;|:|—|–|-|\(|\)|$|с\s|в\s|с\d))"
)
_FOR = re.compile(r"(?<![а-я])в\s+течение\s*$")


def stated_days(text: str) -> int:
    """The number of days `text` says the event lasts (2–9), or 1 when it says none."""
    lowered = text.lower().replace("ё", "е")
    for found in _COUNT.finditer(lowered):
        if found.group("before") or found.group("after"):
            continue
        word = found.group("n")
        count = int(word) if word.isdigit() else _NUMBERS.get(word, 0)
        if word in ("двух", "трех", "четырех", "пяти") and not _FOR.search(
            lowered[: found.start()]
        ):
            continue  # «двух дней» counts only after «в течение»
        if count >= 2:
            return count
    return 1


# a verb of lasting or taking place, then the count of days («продлится два дня», «будет
# проходить в течение трёх дней», «пройдут три дня»): how long the event runs
_LASTS = compile_with_scan(
    r"(?<![а-я])(?:продлит(?:ся|ь)|продлятся|(?:будет|будут)\s+(?:проходить|длиться|работать)"
    r"|пройд[её]т|пройдут|проходит|проходят|длится|длятся)"
    # a few words of the same clause between («будет проходить на этой неделе всего два дня»),
    # never a word that makes the count a time around the event («через два дня», «за два
    # дня до …»)
    r"(?:\s+(?:«[^»\n]{1,40}»|(?!(?:через|за|назад|до|после|раз|каждые)(?![а-я]))[а-я]+)){0,5}?"
    r"\s+(?:в\s+течение\s+)?(?:(?:всего|лишь|только)\s+)?"
    r"(?P<n>[2-5]|два|двух|три|тр[её]х|четыре|четыр[её]х|пять|пяти)\s+(?:дня|дней)(?![а-я])"
)

# the count put first, the verb after it in the same clause («В течение трёх дней в школе будет
# проходить слёт»): the adverbial of duration fronted, as Russian word order allows
_LASTS_FRONTED = compile_with_scan(
    r"(?<![а-я])в\s+течение\s+(?P<n>[2-5]|двух|тр[её]х|четыр[её]х|пяти)\s+дней(?![а-я])"
    r"[^.!?;\n]{0,80}?(?<![а-я])(?:(?:будет|будут)\s+(?:проходить|длиться|работать)"
    r"|пройд[её]т|пройдут|проходит|проходят|продлится|продлятся)(?![а-я])"
)


# a clause ends at these; a quoted name is skipped when looking for the verb's subject
_CLAUSE_END = re.compile(r"[.!?;:,\n—–]")
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"")
_SUBJECT_WORD = re.compile(r"[а-яё]+")
# subjects that stand for the event itself: its kind, a pronoun, «мероприятие»
_THE_EVENT = KIND_WORDS | EVENT_LEMMAS | {"он", "она", "оно", "мероприятие", "событие"}


def _someone_elses(text: str, at: int) -> bool:
    """Whether the clause of `text` before `at` (a verb of lasting) holds a subject other than
    the event: a noun in the nominative (pymorphy3's first reading) that is no kind of event
    and no pronoun for it («Регистрация продлится два дня», «приём заявок продлится …»)."""
    begin = 0
    for mark in _CLAUSE_END.finditer(text, max(0, at - 120), at):
        begin = mark.end()
    clause = _QUOTED.sub(" ", text[begin:at])
    for word in _SUBJECT_WORD.findall(clause):
        found = parses(word)
        if not found or found[0].tag.case != "nomn":
            continue
        if found[0].tag.POS in ("NOUN", "NPRO") and found[0].normal_form not in _THE_EVENT:
            return True
    return False


def _subject_after(text: str, at: int) -> str | None:
    """The first noun in the nominative (pymorphy3's first reading) of the clause of `text`
    from `at` (right after a verb that comes before its subject: «…будет проходить слёт»),
    its normal form; None when the clause holds none."""
    end = _CLAUSE_END.search(text, at)
    clause = _QUOTED.sub(" ", text[at : end.start() if end else len(text)])
    for word in _SUBJECT_WORD.findall(clause):
        found = parses(word)
        if found and found[0].tag.case == "nomn" and found[0].tag.POS in ("NOUN", "NPRO"):
            return str(found[0].normal_form)
    return None


def lasting_days(text: str) -> int:
    """The number of days (2–5) one clause of `text` says the event lasts with a verb of
    lasting («продлится два дня», «будет проходить в течение трёх дней», or the count first:
    «в течение трёх дней … будет проходить слёт»), or 1 when none does or two clauses say
    different counts. A count whose clause has another subject than the event («Регистрация
    продлится два дня», «в течение двух дней будет проходить регистрация») is not the
    event's."""
    counts = set()
    lowered = text.lower().replace("ё", "е")
    if may_match(_LASTS, lowered):  # most posts name no lasting verb
        for found in _LASTS.finditer(lowered):
            if _someone_elses(lowered, found.start()):
                continue
            word = found.group("n")
            counts.add(int(word) if word.isdigit() else _NUMBERS.get(word, 0))
    if may_match(_LASTS_FRONTED, lowered):  # «в течение трёх дней … будет проходить слёт»
        for found in _LASTS_FRONTED.finditer(lowered):
            subject = _subject_after(lowered, found.end())
            if subject is not None and subject not in _THE_EVENT:
                continue  # «…будет проходить регистрация»: not the event's days
            word = found.group("n")
            counts.add(int(word) if word.isdigit() else _NUMBERS.get(word, 0))
    return counts.pop() if len(counts) == 1 and 2 <= min(counts) <= 5 else 1
