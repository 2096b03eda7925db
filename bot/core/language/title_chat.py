"""What a chat line's leftover holds besides the event's name, by how messages are written.

Each rule is a fact of Russian or of how a short announcement is written (adversarial walks of
the thirteenth round; cases in tests/unit/test_title_chat16.py):

- a numbered group ("группа 1", "2 группа", "гр. 3") after a comma, a colon, a dash or a full
  stop is a division of the people who come (a seat, a session's group), not the event's name;
- a room abbreviation ("каб", "ауд.") with no number or letter after it names no place: its
  number was read as a date or time, or never written, and the word alone is a fragment;
- a length of time with a limit word ("максимум 2 часа", "не более 30 минут", "продолжительность
  до 1,5 часа") says how long it lasts, and a limit word left alone once its length was read
  elsewhere ("Экскурсия, минимум") is a fragment;
- a sentence saying that something will not take place ("Лекция не состоится", "Отмены не
  будет") is news about the event, not its name, when another sentence is left;
- a note that the time, the day or the place will be given later ("(время уточним)", ", дата
  уточняется") is about the event, not its name (walk 2026-12-02o, #15);
- a phrase naming the writer's own class ("мой класс", "для моего класса") says who comes,
  as a class does (walk 2026-12-02o, #16);
- a result measured in time after a separator ("лучший результат 28:40", "время победителя
  25:10", "результат прошлого года — 18:32") says how fast someone ran, never the event's name
  (title56): the noun «результат» in any form, or «время» with an adjective or a genitive of
  its own (a bare "время 18:00" is the start's label), pymorphy3 reading the words around it;
- "<host> приглашает на <kind>" names who holds the event and the event: the title is the
  kind in the nominative, with the host as its place when the kind is a bare generic noun
  ("Музей янтаря приглашает на занятие" gives "Занятие в Музее янтаря"; pymorphy3).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from bot.core.language.morphology import parses, to_nominative
from bot.core.language.sentences import mark_before_ends
from bot.core.language.title import KIND

_GROUP = re.compile(
    r"(?i)(?:^|(?<=[,;:.—–-])|(?<=[,;:.—–-]\s))\s*(?:(?:группа|гр\.)\s*№?\s*\d{1,2}[а-яё]?"
    r"|\d{1,2}(?:-?я)?\s+группа)(?![а-яё\w])"
    # what follows is its time or the end of the clause, not a complement ("1 группа здоровья")
    r"(?=\s*(?:[—–\-,;:.)]|$|в\s+\d|\d))\s*[—–-]?"
)
_ROOM_STUB = re.compile(r"(?i)(?:^|(?<=\s))(?:(?:в|во)\s+)?(?:каб|ауд)\.?(?=\s*(?:[,.;:!?)—–]|$))")
_LIMIT = r"(?:максимум|минимум|не\s+более|не\s+менее|не\s+дольше|не\s+больше|до|около|примерно)"
_AMOUNT = r"(?:\d{1,3}(?:[.,]\d)?|полтора|полутора|пол|один|одного|два|двух|три|трёх|трех)"
_LENGTH_WORDS = r"(?:продолжительность(?:ю)?|длительность(?:ю)?|длится|продлится)"
_UNIT = r"(?:час(?:а|ов)?|ч\.?|минут[аы]?|мин\.?)(?![а-яё])"
_DURATION = re.compile(
    rf"(?i)(?:(?<![а-яё]){_LENGTH_WORDS}\s*[:—–-]?\s*)?(?<![а-яё]){_LIMIT}\s+(?:на\s+)?"
    rf"{_AMOUNT}\s*{_UNIT}|(?<![а-яё]){_LENGTH_WORDS}\s*[:—–-]?\s*(?:{_LIMIT}\s+)?"
    rf"{_AMOUNT}\s*{_UNIT}"
)
# a limit word whose length the time rules took: alone at the title's end or before a comma
_BARE_LIMIT = re.compile(
    r"(?i)(?:^|(?<=[\s,]))(?:максимум|минимум|не\s+более|не\s+менее)(?=\s*(?:[,.;:!?)]|$))"
)
_NEGATED = re.compile(
    r"(?i)(?<![а-яё])не\s+(?:состоится|состоятся|пройд[её]т|пройдут|будет|будут|проводится"
    r"|планируется)(?![а-яё])"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# «(время уточним)», «, дата уточняется», «(место и время сообщим позже)»: a detail the writer
# will give later — a note about the event, never its name (walk 2026-12-02o, #15)
_DETAIL = r"(?:точное\s+)?(?:время|дата|день|место|час)"
_LATER = (
    r"(?:уточн\w*|будет\s+уточнен\w*|будут\s+уточнен\w*|сообщ\w+\s+(?:позже|дополнительно)"
    r"|позже|определя\w+|пока\s+не\s+известн\w*|не\s+известн\w*|неизвестн\w*)"
)
_PENDING_DETAIL = re.compile(
    rf"(?i)\(\s*{_DETAIL}(?:\s*(?:и|,)\s*{_DETAIL})*\s*[—–:-]?\s*{_LATER}[^()]*\)"
    rf"|,\s*{_DETAIL}(?:\s*(?:и|,)\s*{_DETAIL})*\s*[—–:-]?\s*{_LATER}[^,.;!?()\n]*"
)
# «мой класс», «для моего класса», «с нашим классом»: the writer's own class — who comes, as
# «9Б» is (a class teacher's event goes to their class), never the event's name
_OWN_CLASS = re.compile(
    r"(?i)(?:^|(?<=[\s,;:—–-]))(?:(?:для|у|с|со)\s+)?(?:мо(?:й|его|ему|им|[её]м)|наш(?:его|ему|им|ем)?"
    r"|сво(?:й|его|ему|им|[её]м))\s+класс(?:а|у|е|ом)?(?![а-яё])"
)
_INVITES = re.compile(
    r"(?i)^\s*(?P<host>[^.!?,:;\n]{2,60}?)\s+(?:приглаша(?:ет|ют)|зов[её]т|зовут)"
    r"(?:\s+(?:вас|всех|всех\s+желающих|ребят|детей|учащихся|школьников))?\s+на\s+"
    r"(?P<rest>[^\n]+)$"
)
_WORD = re.compile(r"[А-ЯЁа-яё-]+")
# hosts one is "на" rather than "в" (Russian takes "на" with these places: "на кафедре")
_ON_HOSTS = frozenset(
    {"кафедра", "факультет", "завод", "фабрика", "стадион", "каток", "станция", "предприятие"}
)


def without_group_marks(title: str) -> str:
    """`title` without a numbered group after a separator ("Экскурсия, группа 1" gives
    "Экскурсия"); `title` itself when it has none."""
    return _GROUP.sub(" ", title) if _GROUP.search(title) else title


def without_room_stub(title: str) -> str:
    """`title` without a room abbreviation that has no number after it ("Встреча каб" gives
    "Встреча"); `title` itself when it has none."""
    return _ROOM_STUB.sub(" ", title) if _ROOM_STUB.search(title) else title


def without_duration_limit(title: str) -> str:
    """`title` without a length of time with its limit word ("Лекция, максимум 2 часа" gives
    "Лекция") and without a limit word left alone ("Экскурсия, минимум"); unquoted words only
    (a quoted name such as «Не более 5 минут» is kept)."""
    if any(mark in title for mark in '«"“'):
        return title
    rest = _DURATION.sub(" ", title)
    return _BARE_LIMIT.sub(" ", rest)


# the head of a result's clause: «результат» in any case, «время»
_MEASURE_NOUN = re.compile(r"(?i)(?<![а-яё])(результат(?:ы|а|ом|у|е|ов)?|время|времени)(?![а-яё])")
# what may stand before the head after its separator: up to three words
_MEASURE_LEAD = re.compile(r"(?i)(?:[,;:.]|\s[—–-]|\s{2,}(?=[А-ЯЁ]))\s*((?:[а-яё-]+\s+){0,3})$")
# what may follow it to the clause's end: up to three words, then a clock-like value
_MEASURE_TAIL = re.compile(
    r"(?i)((?:\s+[а-яё-]+){0,3}?)\s*[:—–-]?\s*(?:\d{1,2}(?:[:.]\d{2}){1,2}(?:[.,]\d+)?)?"
    r"\s*[.]?\s*(?=[,;!?)]|$)"
)
_MEASURE_BEFORE = frozenset({"ADJF", "ADJS", "PRTF", "NUMR"})  # «лучший», «итоговое»
MEASURED_RESULT = True  # title56: a result measured in time is no part of a title


def without_measured_result(title: str) -> str:
    """`title` without a result measured in time after a comma, a colon, a full stop or a
    spaced dash ("Забег, лучший результат 28:40" and "Кросс: время победителя 21:15" give
    "Забег", "Кросс"): the clause's head is «результат» (any case), or «время» with an
    agreeing adjective before it or a genitive after it (pymorphy3) — a bare "время 18:00"
    is the start's label and stays for the time rules. Unquoted titles only; `title` itself
    when nothing else would be left."""
    low = title.lower()
    if not MEASURED_RESULT or ("результат" not in low and "врем" not in low):
        return title
    if any(mark in title for mark in '«"“'):
        return title
    for m in _MEASURE_NOUN.finditer(title):
        lead = _MEASURE_LEAD.search(title, 0, m.start())
        tail = _MEASURE_TAIL.match(title, m.end())
        if lead is None or tail is None:
            continue  # «Забег на результат»: no clause of its own
        before, after = lead.group(1).split(), tail.group(1).split()
        if not all(_reads_as(w, _MEASURE_BEFORE) for w in before):
            continue
        if not all(_reads_as(w, frozenset({"NOUN", "ADJF"}), case="gent") for w in after):
            continue  # «Турнир, результаты объявим позже»: a clause with its verb
        if m.group(1).lower() == "время" and not (before or after):
            continue  # «Кросс, время 18:00»: the start's time
        rest = (title[: lead.start()] + title[tail.end() :]).strip(" ,;:.—–-")
        if _WORD.search(rest):
            return rest
    return title


def _reads_as(word: str, kinds: frozenset[str], case: str | None = None) -> bool:
    """Whether one of pymorphy3's readings of `word` is of a part of speech in `kinds` (and in
    `case` when given)."""
    return any(p.tag.POS in kinds and (case is None or case in p.tag) for p in parses(word))


def without_pending_detail(title: str) -> str:
    """`title` without a note that a detail will be given later («Экскурсия (время
    уточним)», «Квест, дата уточняется» give «Экскурсия», «Квест»); `title` itself when it has
    none or nothing else."""
    if _PENDING_DETAIL.search(title) is None:
        return title
    rest = _PENDING_DETAIL.sub(" ", title)
    return rest if _WORD.search(rest) else title


def without_own_class(title: str) -> str:
    """`title` without a phrase naming the writer's own class («Экскурсия, мой класс» and
    «Экскурсия для моего класса» give «Экскурсия»); `title` itself when it has none, quotes
    (a name such as «Мой класс — лучший»), or nothing else."""
    if any(mark in title for mark in '«"“') or _OWN_CLASS.search(title) is None:
        return title
    rest = _OWN_CLASS.sub(" ", title)
    return rest if _WORD.search(rest) else title


def _sentences_of(line: str) -> Iterator[str]:
    """The sentences of `line`, each with its end mark: the dot of «ул.», «им.» or an
    initial ends none (sentences.mark_before_ends)."""
    start = 0
    for m in _SENTENCE.finditer(line):
        if mark_before_ends(line, m.start()):
            yield line[start : m.start()]
            start = m.end()
    yield line[start:]


def without_negated_sentences(text: str) -> str:
    """`text` without its sentences saying something will not take place ("Лекция не
    состоится. Концерт" gives "Концерт"), its lines kept; `text` itself when no other
    sentence would be left, but for the negated verb ("Лекция не состоится" gives "Лекция")."""
    if _NEGATED.search(text) is None:
        return text
    lines = [
        " ".join(s for s in _sentences_of(line) if _NEGATED.search(s) is None)
        for line in text.splitlines()
    ]
    if any(_WORD.search(line) for line in lines):
        return "\n".join(lines)
    return _NEGATED.sub(" ", text)


def from_host_invitation(line: str) -> str:
    """ "Музей янтаря приглашает на занятие" gives "Занятие в Музее янтаря": the host is the
    subject of the inviting verb (an inanimate noun in the nominative opens it, pymorphy3)
    and the kind after "на" is the event, put in the nominative; a bare kind of one word takes
    the host as its place. `line` itself when it is not such an invitation."""
    found = _INVITES.match(line)
    if found is None:
        return line
    host = found.group("host").strip()
    rest = found.group("rest").strip()
    host_words = host.split()
    head = _host_head(host_words)
    if head is None:
        return line
    kind = KIND.match(rest)
    if kind is None:
        return line
    after = rest[kind.end() :]
    named = to_nominative([kind.group(0)])[0]
    named = named[:1].upper() + named[1:]
    if _WORD.search(after) or after.strip(" ,.;:—–-"):
        return named + after
    preposition = "на" if head in _ON_HOSTS else "в"
    return f"{named} {preposition} {' '.join(_in_prepositional(host_words))}"


def _host_head(words: list[str]) -> str | None:
    """The normal form of the host's first noun when the host opens with adjectives and an
    inanimate common noun in the nominative ("Музей янтаря", "Городская библиотека"), else
    None (a person, a pronoun, a verb's object)."""
    for word in words:
        best = _best(word)
        if best is None:
            return None
        if "ADJF" in best.tag and best.tag.case == "nomn":
            continue
        if "NOUN" in best.tag and best.tag.case == "nomn" and "inan" in best.tag:
            if {"Name", "Surn", "Patr"} & best.tag.grammemes:
                return None
            return str(best.normal_form)
        return None
    return None


def _in_prepositional(words: list[str]) -> list[str]:
    """The host's adjectives and its first noun put in the prepositional, the rest (its
    genitive, a name) as written ("Детская студия" -> "Детской студии"; pymorphy3's likeliest
    readings, those `_host_head` accepted)."""
    out: list[str] = []
    for i, word in enumerate(words):
        best = _best(word)
        if best is None:
            return [*out, *words[i:]]
        changed = best.inflect({"loct", best.tag.number or "sing"})
        out.append(_as_written(word, changed.word) if changed is not None else word)
        if "NOUN" in best.tag:
            return [*out, *words[i + 1 :]]
    return out


def _best(word: str) -> Any:
    """pymorphy3's likeliest reading of an alphabetic word, else None."""
    found = parses(word) if word.isalpha() else ()
    return found[0] if found else None


def _as_written(original: str, new: str) -> str:
    """`new` with the capital of `original`'s first letter, "е" where `original` writes no "ё"."""
    if "ё" not in original.lower():
        new = new.replace("ё", "е")
    return new[:1].upper() + new[1:] if original[:1].isupper() else new


# «начало соревнований в 10:00»: the start of a named event, its noun in the genitive
_START_OF_EVENT = re.compile(
    r"(?i)(?<![а-яё])начало\s+([а-яё]+(?:\s+[а-яё]+)?)\s+в\s+\d{1,2}[:.]\d{2}(?!\d)"
)


def started_event(text: str) -> str:
    """The event a chat line names only by the start of it («Сбор … в 9:00, начало
    соревнований в 10:00» → «Соревнования»; chat57): the one or two words between «начало»
    and its clock in the nominative (pymorphy3, as governed by «начало»), when they hold a
    kind of event (title.KIND); "" otherwise. The clock reader takes «начало X в 10:00»
    whole (times.TIME_PREFIX), so the line's leftover has no name."""
    found = _START_OF_EVENT.search(text) if "начало" in text.lower() else None
    if found is None or KIND.search(found.group(1)) is None:
        return ""
    words = to_nominative(found.group(1).split(), governed=True)
    named = " ".join(words)
    return named[:1].upper() + named[1:]
