"""Who an event is for: "9-11 классы", "для 8–9 кл.", "11-х", "10А", "9а, 9б, 9в", "7А и 7Б"."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bot.core.language.calendar import MONTH
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses
from bot.core.language.numerals import ORDINAL_STEMS
from bot.core.language.tokens import Scanner, anchor, gate
from bot.core.models import Audience

GRADE = r"(?:1[01]|[1-9])"
CLASS_LETTERS = "абвгдежзиклмн"
# possessive runs of spaces in _FOR, _SUFFIX and the lists below (same matches: what follows
# each run never starts with a space): quadratic over a long run of spaces after «для» or a
# grade (H4, benchmarks/regex_growth.py)
# «для учеников 5-х классов»: «для» with the pupils' noun is one span, so a title keeps
# no stray «для» before a quoted name («Конкурс чтецов для «Зимние строки»»: newcomer75);
# so is «среди» («Турнир среди «Белая ладья»»), and the noun in the nominative names them
# too after a comma or a dash («…, учащиеся 5-х классов» left «учащиеся» in the title:
# newcomer75 L6, newcomer76) — a sentence's subject («Ученики 5Б выступят …») names performers
_FOR = (
    r"(?:(?:(?:(?:для|среди)\s++)?(?:учащихся|учеников|обучающихся|школьников)"
    r"|(?<=[,—–:]\s)(?:учащиеся|ученики|обучающиеся|школьники)|для|у)\s*+:?\s*+)?"
)
_SUFFIX = r"(?:\s*+-?\s*+(?:х|ых|е|ые|м|ым|й|ой))?"
# «класов», «класа»: the class word misspelt with one «с» (walk 2026-12-04ah, AH2); only its
# case endings, never «кластер»
_CLASS_WORD = r"(?:класс\w*|клас(?:а|ов|ы|ам|ами|ах|е|у|ом)\b|кл\b\.?|параллел\w*)"

# the number of «школа №5», «гимназии № 1»: a place's own number, never a grade or a class
_NOT_NUMBERED = r"(?<!№)(?<!№[^\S\n])"
_GRADE_RANGE = re.compile(
    rf"\b{_FOR}{_NOT_NUMBERED}({GRADE}){_SUFFIX}\s*-\s*({GRADE}){_SUFFIX}\s*{_CLASS_WORD}"
)
# "с 1 по 6 классы", "со 2-го по 4-й класс": a span in words, taken before the list rule reads
# its last number alone and leaves "с 1 по" to be read as a clock range; spans joined by commas
# or «и» share the class word at the end («с 1 по 4, с 5 по 7 и с 8 по 11 классы»)
_SPAN = rf"(?:с|со)\s+{GRADE}(?:-?(?:го|ого))?\s+по\s+{GRADE}{_SUFFIX}"
_SPAN_ITEM_RE = re.compile(rf"(?:с|со)\s+({GRADE})(?:-?(?:го|ого))?\s+по\s+({GRADE})")
_GRADE_SPAN_WORDS = re.compile(
    rf"\b{_FOR}({_SPAN}(?:\s*(?:,\s*(?:и\s+)?|\bи\s+){_SPAN})*)\s*{_CLASS_WORD}"
)
_GRADE_ITEM = rf"{GRADE}{_SUFFIX}(?:\s*+-\s*+{GRADE}{_SUFFIX})?"
_GRADE_LIST = re.compile(
    rf"\b{_FOR}{_NOT_NUMBERED}({_GRADE_ITEM}(?:\s*+(?:,|\bи\b)\s*+{_GRADE_ITEM})*)\s*{_CLASS_WORD}"
)
# «для 7 8 классов», «9 10 11 классы»: grades dictated without their commas (voice typing);
# a list only when each is the one after the number before it (`_spoken_grades`)
_SPOKEN_GRADES = re.compile(
    rf"\b{_FOR}{_NOT_NUMBERED}({GRADE}(?:[^\S\n]+{GRADE})+){_SUFFIX}[^\S\n]*{_CLASS_WORD}"
)
_GRADE_ITEM_RE = re.compile(rf"({GRADE})(?:{_SUFFIX})?(?:\s*-\s*({GRADE}))?")
# "класс 9", "параллель 7" — but not "мастер-класс 6 декабря" (a day of a month)
_WORD_FIRST = re.compile(
    rf"(?<![-\w])\b{_FOR}(?:параллел\w*|класс\w*)\s+({GRADE})(?![\d.:/а-я])(?!\s*{MONTH})"
)
_GRADE_PLURAL = re.compile(rf"\b{_FOR}{_NOT_NUMBERED}({GRADE})(?:\s*-\s*({GRADE}))?-(?:х|ых)\b")
_BARE_FOR_RANGE = re.compile(
    rf"\b(?:для|учеников|учащихся|обучающихся|школьников)\s*:?\s*({GRADE})\s*-\s*({GRADE})\b"
    rf"(?![.:,]?\d)(?!\s*[а-я]{{3}})"
)
# "3д печать", "3Д-моделирование": 3D, not class 3Д
_NOT_3D = r"(?!\s*-?\s*(?:печат|модел|ручк|принт|графи|скан|анимац|визуал|дизайн))"
_CLASS = rf"{GRADE}-?[{CLASS_LETTERS}](?![а-я0-9]){_NOT_3D}"
# «9а,б», «9а, б и в»: a letter alone after a class is another class of the same grade; one
# that is also a word («а», «в», «и», «к») only when the list ends there (punctuation, the
# end, a class word or a clock time follows), so «9а, в актовом зале» or «10б, а также»
# never read «в» or «а» as a class
_LETTER_END = (
    rf"(?=\s*(?:$|[,;.!?)»]|{_CLASS_WORD}|(?:в|с|к)\s+\d)"
    rf"|\s+и\s+[{CLASS_LETTERS}](?![а-я0-9]))"
)
_WORD_LETTERS = "авик"  # letters that are also words (prepositions, conjunctions)
_BARE_LETTER = (
    rf"(?:\s*(?:,|;)\s*|\s+и\s+)(?:[{_WORD_LETTERS}](?![а-я0-9]){_LETTER_END}"
    rf"|[{''.join(c for c in CLASS_LETTERS if c not in _WORD_LETTERS)}](?![а-я0-9]))"
)
_CLASS_LIST = re.compile(
    rf"\b{_FOR}{_NOT_NUMBERED}{_CLASS}(?:\s*(?:,|;|\bи\b)\s*{_CLASS}|{_BARE_LETTER})*"
)
# «5а-5в», «9А–9Г», «5а-в»: every class of the grade from the first letter to the last in the
# alphabet's order (5А, 5Б, 5В) — a range of classes as a range of grades «9-11» is; the
# second grade, when written, is the first one (walk p, #1); a letter alone after the dash
# only where the list ends («5а-в, к1»), never «5а-в актовом зале»
_CLASS_RANGE = re.compile(
    rf"(?<![\w.])({GRADE})-?([{CLASS_LETTERS}])\s*[-–—]\s*(?:"
    rf"({GRADE})-?([{CLASS_LETTERS}])(?![а-я0-9])"
    rf"|([{CLASS_LETTERS}])(?=\s*(?:$|[,;.)»\n]|{_CLASS_WORD})))"
)
# «кроме 11-х», «(кроме 10Б)»: the classes named after «кроме» are taken out of the audience
_EXCEPT = re.compile(r"(?<![а-яё])кроме\s+")
_ONE_CLASS = re.compile(rf"({GRADE})-?([{CLASS_LETTERS}])(?![а-я0-9]){_NOT_3D}")
_LIST_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+и\s+")
_ORDINAL_GRADES = {stem: n for stem, n in ORDINAL_STEMS.items() if n <= 11}  # "девятых"
_ORDINAL = "|".join(sorted(_ORDINAL_GRADES, key=len, reverse=True))
# the endings of an ordinal adjective («девятые», «пятых», «третьим»): «в пятницу классный
# час» has the stem «пят» before «класс…» but no ordinal (a weekday, then the class hour)
_ORDINAL_ENDING = (
    r"(?:ыми|ими|ого|ому|его|ему|ых|их|ым|им|ые|ие|ый|ий|ой|ая|яя|ое|ее|ую|юю|ом|ем"
    r"|ьими|ьего|ьему|ьих|ьим|ьи|ья|ье|ью|ей|ы|и)(?![а-яё])"
)
_ORDINAL_GRADE = re.compile(
    rf"\b{_FOR}((?:{_ORDINAL}){_ORDINAL_ENDING})"
    rf"(?:\s*(?:,|и|-)\s*((?:{_ORDINAL}){_ORDINAL_ENDING}))?\s+{_CLASS_WORD}"
    rf"|\b{_FOR}((?:{_ORDINAL})\w*)классник\w*"
)
# «всем 8-м: в среду …», «всем 9-м и 10-м», «всем восьмым!»: the dative plural «всем» (to
# all) before a number with the lower-case ordinal ending «-м»/«-ым» («восьмым»), or before an
# ordinal word in «-ым» that ends the phrase, names every class of that grade (as «для 8-х»,
# «8-м классам» do), not the class 8М; «всем 8М», «всем 8-М» (a capital) stay the class
_ALL_M_ITEM = rf"{GRADE}-(?:м|ым)"
_ALL_WORD_ITEM = rf"(?:{_ORDINAL})(?:ым|ьим)"
_ALL_GRADES = re.compile(
    rf"(?<![а-яё])всем\s+({_ALL_M_ITEM}(?:\s*(?:,|и)\s*{_ALL_M_ITEM})*)(?![а-яё0-9-])"
    rf"|(?<![а-яё])всем\s+({_ALL_WORD_ITEM}(?:\s*(?:,|и)\s*{_ALL_WORD_ITEM})*)(?=\s*(?:$|[:!.,;—–]))"
)
# «в» before a plural animate noun in the form of its nominative («посвящение в
# первоклассники», «принять в пятиклассники»): the old accusative of becoming one of them
# (Русская грамматика 1980, § 2245: «в люди», «в космонавты»); the words name what the event
# makes of its pupils, so they stay in its title, though they also say its grade
_BECOME_BEFORE = re.compile(r"(?<![а-яё])во?\s+$")


def _become(text: str, m: re.Match[str]) -> bool:
    """Whether the grade word of `m` («первоклассники») stands in «в» + a plural animate noun
    in its nominative form, the construction of becoming (see _BECOME_BEFORE)."""
    if m.group(3) is None or not _BECOME_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return False
    word = m.group(0).split()[-1]
    return any({"plur", "nomn", "anim"} in p.tag for p in parses(word))


_ALL_M_NUMBER = re.compile(rf"({GRADE})-(?:м|ым)")
_ALL_WORD = re.compile(rf"({_ORDINAL})(?:ым|ьим)")
_STAGES = (
    # старшая школа is grades 10–11 (среднее общее образование); «средняя школа» is left
    # alone: it is also the whole school («средняя общеобразовательная школа», СОШ)
    (
        re.compile(r"\bдля\s+(?:старшеклассник\w*|старших\s+классов|старш(?:ей|их)\s+школ\w*)"),
        range(10, 12),
    ),
    (re.compile(r"\bдля\s+(?:начальн\w+\s+(?:школы|классов)|младших\s+школьников)"), range(1, 5)),
    # «средние классы», «среднее звено» are grades 5–9 (основное общее образование)
    (
        re.compile(
            r"\bдля\s+(?:(?:учащихся|учеников|обучающихся|школьников)\s+)?"
            r"(?:средних\s+классов|среднего\s+звена)(?![а-я])"
        ),
        range(5, 10),
    ),
)
_EVERYONE = re.compile(
    r"\b(?:для\s+всех(?:\s+(?:классов|желающих|учащихся|параллелей))?|все\s+классы"
    r"|всей\s+школы|вся\s+школа|для\s+всей\s+школы)\b"
)


# the school's staff as an event's audience: «для учителей», «для педагогов», «для классных
# руководителей», «для педколлектива», «для учителей начальных классов» (the staff, not grades)
_STAFF_NOUN = (
    r"(?:учител\w*|педагог\w*|классн\w+\s+руководител\w*|кл\.?\s*руководител\w*"
    r"|педколлектив\w*|педагогическ\w+\s+коллектив\w*|сотрудник\w*\s+школы)"
)
_STAFF_FOR = re.compile(
    rf"\bдля\s+(?:всех\s+)?{_STAFF_NOUN}"
    r"(?:\s+(?:начальн\w+|старш\w+|средн\w+)\s+(?:школы|классов|звена))?"
)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
_STAFF_CELL = re.compile(rf"^(?:для\s+)?{_STAFF_NOUN}$")
# meetings of the staff alone: with no classes named their audience is the staff
_STAFF_MEETING = compile_with_scan(
    r"\b(?:педсовет\w*|педагогическ\w+\s+совет\w*|методобъединени\w*|методическ\w+\s+"
    r"(?:объединени|совет|совещани)\w*|планёрк\w*|планерк\w*|совещани\w+\s+(?:при\s+директоре"
    r"|педагогов|учителей|классных\s+руководителей))"
)


def staff_meeting_audience(audience: Audience, title: str) -> Audience:
    """`audience`, or the staff when it names nobody and `title` is a staff meeting
    («Педсовет», «Методобъединение учителей математики», «Совещание при директоре»)."""
    if audience.is_everyone and _STAFF_MEETING.search(title.lower()):
        return Audience(staff=True)
    return audience


# meetings held for the pupils' parents, not the pupils: «родительское собрание», «собрание
# для родителей», «родительский лекторий / всеобуч / комитет», «встреча с родителями»; and
# any event «для родителей» («Встреча с психологом для родителей 5А», walk 2026-12-02o #9)
# unless the children come too («для родителей и детей», «для детей и родителей»)
_PARENTS_MEETING = compile_with_scan(
    r"\b(?:родительск\w+\s+(?:собрани|лектори|всеобуч|комитет|конференци|университет|клуб)\w*"
    r"|(?:собрани\w*|встреч\w*|лектори\w*|консультаци\w*)\s+(?:для|с)\s+родител\w*"
    r"|для\s+родител\w*\b(?!\s+(?:и|с|вместе\s+с)\s+(?:дет|дочер|сынов|ребят|учени|школьни|обучающ)))"
)


def parents_meeting(title: str) -> bool:
    """True when `title` names a meeting held for the pupils' parents («Родительское
    собрание», «Собрание для родителей», «Родительский лекторий»): an event no student is in
    (newcomer walk 2026-12-02m, finding 10); «Экскурсия для 9Б с родителями» stays the
    students' (the students are its guests, the parents come along)."""
    return bool(_PARENTS_MEETING.search(title.lower()))


def parents_meeting_audience(audience: Audience, title: str) -> Audience:
    """`audience` marked as its classes' parents (Audience.parents) when `title` is a
    parents' meeting (see parents_meeting); unchanged otherwise and for the staff's own."""
    if audience.staff or not parents_meeting(title):
        return audience
    return replace(audience, parents=True)


def staff_cell(text: str) -> bool:
    """True when a plan file's audience cell names the staff alone («педагоги», «учителя»)."""
    return bool(_STAFF_CELL.match(" ".join(text.lower().split())))


def extract_audience(sc: Scanner) -> Audience:
    """Find and take every audience phrase in the scanner; an empty result means everyone
    (the staff — «для учителей» — are an audience too, see Audience.staff)."""
    excepted = _take_excepted(sc)
    found = _extract(sc)
    return found if excepted is None else _without(found, excepted)


def _extract(sc: Scanner) -> Audience:
    grades: set[int] = set()
    classes: set[str] = set()
    staff = False
    for m in sc.find(_STAFF_FOR):
        staff = True
        if _CLAUSE_END.match(sc.text, m.end()):  # «…, для учителей»: the audience alone
            sc.take_match(m)  # «Семинар для учителей физики» keeps its words in the title
    for m in sc.find(_EVERYONE):
        sc.take_match(m)
    for m in sc.find(_GRADE_SPAN_WORDS):
        for first, last in _SPAN_ITEM_RE.findall(m.group(1)):
            grades.update(_grade_span(int(first), int(last)))
        sc.take_match(m)
    for m in sc.find(_SPOKEN_GRADES):
        said = _spoken_grades(sc, m)
        if said:
            grades.update(said)
            sc.take_match(m)
    for m in sc.find(_GRADE_LIST):
        for first, last in _GRADE_ITEM_RE.findall(m.group(1)):
            grades.update(_grade_span(int(first), int(last or first)))
        sc.take_match(m)
    for m in sc.find(_GRADE_RANGE):
        grades.update(_grade_span(int(m.group(1)), int(m.group(2))))
        sc.take_match(m)
    for pattern in (_WORD_FIRST, _GRADE_PLURAL, _BARE_FOR_RANGE):
        for m in sc.find(pattern):
            last = m.group(2) if pattern.groups >= 2 and m.group(2) else m.group(1)
            grades.update(_grade_span(int(m.group(1)), int(last)))
            sc.take_match(m)
    for m in sc.find(_ORDINAL_GRADE):
        words = [w for w in m.groups() if w]
        found = [_ordinal_grade(w) for w in words]
        grades.update(_grade_span(found[0], found[-1]) if "-" in m.group(0) else found)
        if not _become(sc.text, m):
            sc.take_match(m)
    grades.update(_take_all_grades(sc))
    for pattern, span in _STAGES:
        for m in sc.find(pattern):
            grades.update(span)
            sc.take_match(m)
    for m in sc.find(_CLASS_RANGE):
        if house_number(sc, m.start(), m.end()):
            continue
        classes.update(_class_range(m))
        sc.take_match(m)
    grades.update(_take_grade_ordinals(sc))
    joined, loose = _joined_classes(sc)
    if not loose:
        for m in sc.find(_CLASS_LIST):
            if _day_ordinal(sc, m) or _ordinal_of_noun(sc, m):
                continue
            if house_number(sc, m.start(), m.end()):
                continue
            classes.update(_listed_classes(m.group(0)))
            sc.take_match(m)
            _take_class_noun(sc, m.end())
            _take_address(sc, m.start())
    else:  # a class written apart, quoted or in Latin letters, read from the rewritten text
        for m in _CLASS_LIST.finditer(joined):
            if (
                sc.is_free(m.start(), m.end())
                and not _day_ordinal(sc, m)
                and not _ordinal_of_noun(sc, m)
                and not house_number(sc, m.start(), m.end())
            ):
                classes.update(_listed_classes(m.group(0)))
                sc.take_match(m)
                last = m.end()
                for start, end in loose:
                    if start < m.end() and m.start() < end:
                        sc.take(start, end)
                        last = max(last, end)
                _take_class_noun(sc, last)
    return Audience(grades=frozenset(grades), classes=frozenset(classes), staff=staff)


# «Всем 8М: …», «всем 9А и 9Б, …»: the «всем» (to all) that addresses the classes named
_ADDRESS = re.compile(r"(?<![а-яё])всем[^\S\n]+$")


# the class word in the locative, instrumental or genitive («классах», «классами», «классов»,
# «класса»), misspelt with one «с» too
_OBLIQUE_CLASS_WORD = re.compile(r"клас(?:с)?(?:ах|ами|ов|а)$")


def _spoken_grades(sc: Scanner, m: re.Match[str]) -> list[int]:
    """The grades of a `_SPOKEN_GRADES` match when each number is the one after the number
    before it («7 8», «9 10 11») and no preposition of time stands before the first («в 10
    11 классы»: «в 10» is the clock), unless the class word is in a case only the grades can
    govern: locative, instrumental or genitive («в 7 8 классах», «с 9 10 классами», «для 7 8
    классов»: no clock puts a class word so); [] otherwise (the list rule reads the last alone)."""
    numbers = [int(n) for n in m.group(1).split()]
    if any(b != a + 1 for a, b in pairwise(numbers)):
        return []
    if (
        _TIME_PREPOSITION.search(sc.text, max(0, m.start(1) - 12), m.start(1))
        and not _OBLIQUE_CLASS_WORD.search(m.group(0))
        and not _clock_beside(sc.text, m.start(), m.end())
    ):
        return []  # «в 10 11 классы» alone: the clock is read, with a doubt (times.py)
    return numbers


# a clock written with its minutes or its hour word: «14:00», «9.30», «в 15 часов»
_CLOCK_WRITTEN = re.compile(r"(?<![\d.:])\d{1,2}[:.][0-5]\d(?![\d.:])|\b\d{1,2}\s*час")
_SENTENCE_END = re.compile(r"[!?\n]|\.(?!\d)")


def _clock_beside(text: str, start: int, end: int) -> bool:
    """Whether the sentence of `text[start:end]` writes a clock outside it («Экскурсия в 10
    11 классы 12 декабря в 14:00»: the event has its time, so «в 10 11 классы» are grades)."""
    begin = max(
        (b.end() for b in _SENTENCE_END.finditer(text, max(0, start - 200), start)),
        default=max(0, start - 200),
    )
    after = _SENTENCE_END.search(text, end)
    stop = min(after.start() if after is not None else len(text), end + 200)
    return any(
        c.start() < start or c.start() >= end for c in _CLOCK_WRITTEN.finditer(text, begin, stop)
    )


def _take_address(sc: Scanner, start: int) -> None:
    """Take the «всем» right before the classes read at `start` («Всем 8М: в среду …»), so
    that it is no word of the title («Всем: экскурсия …»)."""
    address = _ADDRESS.search(sc.text, max(0, start - 12), start)
    if address is not None:
        sc.take(address.start(), start)


def _take_all_grades(sc: Scanner) -> set[int]:
    """The grades of «всем 8-м», «всем 9-м и 10-м», «всем восьмым!» (_ALL_GRADES), taken from
    the scanner. The ending is the lower-case «м» as written (a capital, «всем 8-М», is the class
    letter М); a number whose «-м» agrees with the noun after it («всем 4-м участникам») is
    that noun's ordinal and is left alone."""
    found: set[int] = set()
    same_length = len(sc.original) == len(sc.text)
    for m in sc.find(_ALL_GRADES):
        if m.group(1):
            items = list(_ALL_M_NUMBER.finditer(sc.text, m.start(1), m.end(1)))
            if not same_length or any(sc.original[i.end() - 1] != "м" for i in items):
                continue  # «всем 8-М»: the class 8М
            after = _WORD_AFTER.match(sc.text, m.end())
            if (
                after is not None
                and not _CLASS_WORD_AFTER.match(sc.text, m.end())
                and any("NOUN" in p.tag for p in parses(after.group(1)))
            ):
                continue  # «всем 4-м участникам»
            found.update(int(i.group(1)) for i in items)
        else:
            words = _ALL_WORD.finditer(sc.text, m.start(2), m.end(2))
            found.update(_ORDINAL_GRADES[w.group(1)] for w in words)
        sc.take_match(m)
    return found


def _class_range(m: re.Match[str]) -> set[str]:
    """The classes of a `_CLASS_RANGE` match («5а-5в» -> 5А, 5Б, 5В); the two ends only when
    the grades differ or the letters run backwards («5а-6в», «5в-5а»: no range of one grade)."""
    grade, first = int(m[1]), m[2]
    last = m[4] or m[5]
    ends = {f"{grade}{first.upper()}", f"{int(m[3] or grade)}{last.upper()}"}
    lo, hi = CLASS_LETTERS.find(first), CLASS_LETTERS.find(last)
    if (m[3] and int(m[3]) != grade) or lo > hi:
        return ends
    return {f"{grade}{letter.upper()}" for letter in CLASS_LETTERS[lo : hi + 1]}


def _take_excepted(sc: Scanner) -> Audience | None:
    """The audience named right after «кроме» («все, кроме 11-х», «8 классы (кроме 8В)»),
    taken out of the scanner so it is not read as the audience itself; None without one."""
    excepted: Audience | None = None
    for m in sc.find(_EXCEPT):
        end = len(sc.text)
        for stop in (")", "\n", ";"):
            at = sc.text.find(stop, m.end())
            end = min(end, at) if at >= 0 else end
        part = Scanner(sc.text[m.end() : end])
        named = _extract(part)
        if named.is_everyone or named.staff or part.is_free(0, 1):
            continue  # «кроме 5 декабря, 9а»: what follows «кроме» is no class
        sc.take(m.start(), m.end() + _taken_end(part))
        excepted = named if excepted is None else _union(excepted, named)
    return excepted


def names_exception(text: str) -> bool:
    """True when `text` takes classes out of its audience («все, кроме 11-х»): a cell that
    says so is read whole, never item by item."""
    return _EXCEPT.search(text.lower()) is not None


def _taken_end(part: Scanner) -> int:
    """Where the last phrase taken from `part` ends (its text blanked by the scanner)."""
    free = part.free_text()
    ends = [i + 1 for i, (a, b) in enumerate(zip(part.text, free, strict=True)) if a != b]
    return max(ends, default=0)


def _union(one: Audience, other: Audience) -> Audience:
    return Audience(grades=one.grades | other.grades, classes=one.classes | other.classes)


def _without(found: Audience, excepted: Audience) -> Audience:
    """`found` less the classes named after «кроме»: whole grades are taken out of the named
    grades (everyone: grades 1 to 11); a class of a grade named whole cannot be taken out
    without the school's list of classes, so the audience is then left unread (everyone:
    the chat asks, a plan file's row is «не понял, для каких классов»)."""
    grades = set(found.grades) if found.grades or found.classes else set(range(1, 12))
    grades -= excepted.grades
    classes = {c for c in found.classes if c not in excepted.classes}
    classes = {c for c in classes if int(c[:-1]) not in excepted.grades}
    if any(int(c[:-1]) in grades for c in excepted.classes) or not (grades or classes):
        return Audience(staff=found.staff)
    return replace(found, grades=frozenset(grades), classes=frozenset(classes))


# «для 9Б класса», «10 «А» класс»: the noun after a lettered class is that class's, not a word
# of the title (walk 2026-12-02o, #16); «9Б классный час» keeps its «классный»
_CLASS_NOUN_AFTER = re.compile(r"[^\S\n]*класс(?:а|у|е|ом|ы|ов|ам|ами|ах)?(?![а-яё])")


# A house number is no class: «ул. Новоивановская, 4а», «д. 5Б», «дом 7а», «корпус 2А»,
# «Невский пр., 9б» (walk u, F1). Russian writes a house's letter joined to its number as a
# class's, so «4а» after a street or a building's word is read as the address it is: after
# «д.», «дом», «корпус», «строение», «литера» (the building's own words), or after a street
# word and the street's name (a capital or a number opening it: «ул. 30 лет Победы, 3а»), or
# after a street's name and its word («Новоивановская ул., 4а», «Невский проспект, 4а»). A
# class word right after («ул. Ленина, 4а класс») keeps the class: the writer says so.
_STREET_WORD = (
    r"(?:ул|просп|пр|пр-т|пер|наб|пл|б-р|ш|пр-д|мкр)\."
    r"|мкр|улиц[аеуы]|проспект[аеу]?|переул(?:ок|ка|ке)|бульвар[аеу]?|набережн(?:ая|ой|ую)"
    r"|площад[ьи]|шоссе|проезд[аеу]?|алле[яиюе]|микрорайон[аеу]?|тракт[аеу]?"
)
_BUILDING_WORD = r"(?:д\.|дом[аеу]?|корп\.|корпус[аеу]?|стр\.|строени[еяю]|лит\.|литер[аы]?)"
# a word of a street's name: capitalised or a number («Карла Маркса», «30 лет Победы», «им.»)
_NAME_WORD = r"(?:[А-ЯЁ0-9][\w.-]*|лет|им\.|имени)"
_HOUSE_BEFORE = re.compile(
    rf"(?:(?<![а-яёА-ЯЁ])(?i:{_BUILDING_WORD})"
    rf"|(?<![а-яёА-ЯЁ-])(?i:{_STREET_WORD})[^\S\n]*{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{0,3}}"
    rf"[^\S\n]*,?[^\S\n]*(?:(?i:{_BUILDING_WORD}))?"
    rf"|(?<![а-яёА-ЯЁ-])[А-ЯЁ][\w-]*[^\S\n]+(?i:{_STREET_WORD})[^\S\n]*,?)"
    r"[^\S\n]*$"
)
_DIGIT = re.compile(r"\d")
_CLASS_WORD_AFTER = re.compile(rf"[^\S\n]*+-?[^\S\n]*+{_CLASS_WORD}")


def house_number(sc: Scanner, start: int, end: int) -> bool:
    """Whether the class-like number at `start`..`end` of the scanner's text («4а», «5Б») is a
    house's number in an address (comment above `_STREET_WORD`); read on the text as written,
    whose capitals show a street's name, when it is as long as the normalised one."""
    written = sc.original if len(sc.original) == len(sc.text) else sc.text
    if _CLASS_WORD_AFTER.match(sc.text, end):
        return False
    digit = _DIGIT.search(sc.text, start, end)
    if digit is None or digit.start() > start:
        return False  # «для 4а»: a class named for whom, no address
    return _HOUSE_BEFORE.search(written, max(0, start - 60), start) is not None


def _take_class_noun(sc: Scanner, end: int) -> None:
    """Take the class noun right after a class list that ends at `end`, when it is free."""
    found = _CLASS_NOUN_AFTER.match(sc.text, end)
    if found is not None and sc.is_free(found.start(), found.end()):
        sc.take_match(found)


# A class written apart from its grade or in the Latin alphabet: «10 А», «9 А и 9 Б», «10 «А»»,
# «5 "Б"», «9A» (newcomer walk 2026-12-01k, findings 2 and 10). Russian writes a class letter
# after its grade joined («9А», «9-А») or apart («9 А»), sometimes in quotes; a Latin letter
# that looks like a Cyrillic one (A, B, E, K, M, H) is the Cyrillic class letter typed in the
# other keyboard layout. A letter standing apart is also a word of the sentence («в 10 а
# потом», «к 5 в», «10 и 11»), so it is a class only where a class list may stand: quoted, or
# right before the end of the list (punctuation, the line's end, a class word, «и» and
# another class) — and, when it is a lower-case word letter («а», «в», «и», «к») or a unit
# («г», «л», «м»), not after a preposition of time («в 10 а, …»).
_LATIN_TWINS = {"a": "а", "b": "в", "e": "е", "k": "к", "m": "м", "h": "н"}
_LATIN_LOWER_TWINS = "ae"  # in lower case only these look like their Cyrillic twins
_ANY_LETTER = f"[{CLASS_LETTERS}{''.join(_LATIN_TWINS)}]"
_OPEN_QUOTE = "[«\"“„']"
_CLOSE_QUOTE = "[»\"”“']"
_NOT_AFTER = r"(?![а-яa-z0-9])"
_LOOSE_CLASS = compile_with_scan(
    rf"(?<![\w.:/])({GRADE})(?:"
    rf"[^\S\n]*+-?[^\S\n]*+{_OPEN_QUOTE}[^\S\n]*+(?P<quoted>{_ANY_LETTER})[^\S\n]*+{_CLOSE_QUOTE}"
    rf"|[^\S\n]+(?P<apart>{_ANY_LETTER}){_NOT_AFTER}"
    rf"|-?(?P<latin>[{''.join(_LATIN_TWINS)}]){_NOT_AFTER}{_NOT_3D})"
)
_LIST_GOES_ON = re.compile(
    rf"[^\S\n]*(?:$|\n|[,;.!?:)»(]|-\s|{_CLASS_WORD}"
    rf"|и[^\S\n]+{GRADE}[^\S\n]*+-?[^\S\n]*+{_OPEN_QUOTE}?{_ANY_LETTER}{_NOT_AFTER})"
)
_WORD_OR_UNIT = "авикглм"
_TIME_PREPOSITION = re.compile(r"(?:^|\s)(?:в|во|к|ко|с|со|до|после|около|от|на|по)\s+$")
# a room's own words before its number: «кабинет 10 А» is room 10А, no class
_ROOM_BEFORE = re.compile(
    r"(?:кабинет[а-я]*|каб\.?|ауд\.?|аудитори[а-я]*|комнат[а-я]*|корпус[а-я]*|помещени[а-я]*|№)"
    r"[^\S\n]*$"
)
# possessive runs of spaces here and below (same matches: what follows each never starts with
# a space): a digit and a long run of spaces was quadratic (H4, regex_growth.py)
_LOOSE_GATE = re.compile(rf"\d[^\S\n]*+-?[^\S\n]*+{_OPEN_QUOTE}|\d[^\S\n]+[а-яa-z]|\d-?[abekmh]")


def cyrillic_letter(letter: str) -> str:
    """The Cyrillic class letter, in lower case, a written letter stands for: a Latin
    look-alike its Cyrillic twin («a», «A» -> «а»; «B» -> «в», «H» -> «н»), but in lower case
    only «a» and «e», the letters that look the same there («b» is no «в»: returned as
    written, which no class letter is); any other letter lower-cased as it is."""
    if letter in _LATIN_TWINS and letter not in _LATIN_LOWER_TWINS:
        return letter  # «b», «k», «m», «h» in lower case
    return _LATIN_TWINS.get(letter.lower(), letter.lower())


def _joined_classes(sc: Scanner) -> tuple[str, list[tuple[int, int]]]:
    """The scanner's text with every class written apart, quoted or in Latin letters that
    `_loose_class` accepts rewritten as a joined Cyrillic class of the same length («10 А» ->
    «10а »), so the class-list rule reads it, and the spans rewritten (a list that reads one
    takes all of it); quotes around an accepted letter are freed."""
    text = sc.text
    spans: list[tuple[int, int]] = []
    if _LOOSE_GATE.search(text) is None:
        return text, spans
    found = list(_LOOSE_CLASS.finditer(text))
    # «для 5 а также 6 б»: one letter apart is a word of the sentence, so the others apart
    # may be too, and reading only «6 б» would drop the 5th grades unseen (walk 12-01l, #1):
    # none apart is read, and the bot asks for the classes as it did before
    doubtful = any(m.group("apart") and _word_not_class(sc, m) for m in found)
    chars: list[str] | None = None
    for m in found:
        if doubtful and m.group("apart"):
            continue
        letter = _loose_class(sc, m)
        if letter is None or not sc.is_free(m.start(), m.start(1) + len(m.group(1))):
            continue
        if chars is None:
            chars = list(text)
        joined = m.group(1) + letter
        chars[m.start() : m.end()] = list(joined.ljust(m.end() - m.start()))
        sc.protected[m.start() : m.end()] = bytes(m.end() - m.start())
        spans.append(m.span())
    return (text if chars is None else "".join(chars)), spans


def _loose_class(sc: Scanner, m: re.Match[str]) -> str | None:
    """The Cyrillic class letter of a `_LOOSE_CLASS` match, or None when the letter is
    not a class there (module comment above `_LATIN_TWINS`)."""
    key = "quoted" if m.group("quoted") else "apart" if m.group("apart") else "latin"
    written = sc.original[m.start(key)]
    letter = cyrillic_letter(written)
    if letter not in CLASS_LETTERS:
        return None  # «9b», «5k»: a Latin lower-case letter that is no Cyrillic look-alike
    if _ROOM_BEFORE.search(sc.text, max(0, m.start() - 16), m.start()):
        return None  # «в кабинете 10 А», «каб. 9A»: a room's number (walk 12-01l, #2)
    if house_number(sc, m.start(), m.end()):
        return None  # «д. 5 Б»: a house's number
    if key == "apart" and _word_not_class(sc, m):
        return None
    return letter


def _word_not_class(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether a letter written apart after a number (`m`, a `_LOOSE_CLASS` match) is a word
    of the sentence rather than a class: no class list may go on after it («в 10 а потом»,
    «10 а также»), or it is a lower-case word letter or unit after a preposition of time
    («в 10 а, …», «к 5 в.»)."""
    if _LIST_GOES_ON.match(sc.text, m.end()) is None:
        return not _owned_class(sc, m)
    written = sc.original[m.start("apart")]
    if written == "м" and not _class_beside(sc, m):
        return True  # «пистолет пневматический, 10 м, 40 выстрелов»: ten metres
    if written.isupper() or cyrillic_letter(written) not in _WORD_OR_UNIT:
        return False
    if _TIME_PREPOSITION.search(sc.text, max(0, m.start() - 12), m.start()) is None:
        return False
    # «Классный час в 5 а, 10 декабря в 15:00»: the message gives its clock time elsewhere,
    # so «в 5 а» is where, not when — class 5А (adversarial walk l, #6; times.hour_times_rule)
    clock = _CLOCK.search(sc.text)
    return clock is None or m.start() <= clock.start() < m.end()


_CLOCK = re.compile(r"(?<![\d.])\d{1,2}:[0-5]\d(?!\d)")
# «у 9 б на неделе», «для 10 а в декабре»: whose or for whom, right before the grade
_OWNER_BEFORE = re.compile(r"(?<![а-яё])(?:у|для)[^\S\n]+$")
_NEXT_WORD = re.compile(r"[^\S\n]+([а-яё]+|\d)")
# a day of the month right after: «9 декабря», «9-го декабря», «09.12»
_DATE_AFTER = re.compile(rf"[^\S\n]+\d{{1,2}}(?:(?:-?го)?[^\S\n]+{MONTH}|[./]\d{{1,2}}(?![\d:]))")


def _owned_class(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether a letter apart with more words after it (`m`, a `_LOOSE_CLASS` match) is a
    class all the same (chat57): «у» or «для» stands right before its grade («у 9 б на
    следующей неделе», «есть ли накладки у 10 а на неделе?»), no number follows («для 9 и 10
    классов» lists grades), and a word letter or unit («а», «и», «м») is followed by a
    preposition (pymorphy3: «у 10 а на неделе»; never «для 5 а также …», a conjunction).
    A number may follow when it opens a date («у 10 а 9 декабря», chat60) unless the letter
    is «и», which joins numbers into a list («у нас 10 и 11 декабря»: two days)."""
    if _OWNER_BEFORE.search(sc.text, max(0, m.start() - 5), m.start()) is None:
        return False
    after = _NEXT_WORD.match(sc.text, m.end())
    if after is None:
        return False
    written = sc.original[m.start("apart")]
    if after.group(1).isdigit():  # «у 10 а 9 декабря»: a date after the class, no grade list
        return written.lower() != "и" and _DATE_AFTER.match(sc.text, m.end()) is not None
    if written.isupper() or cyrillic_letter(written) not in _WORD_OR_UNIT:
        return True
    return any(p.tag.POS == "PREP" for p in parses(after.group(1))[:1])


# what shows a lower-case «м» written apart after a number is a class, not metres («10 м»):
# a class word after it, «для» before it, or another class next to it in a list
_A_CLASS = rf"{GRADE}[^\S\n]*-?[^\S\n]*[{CLASS_LETTERS}](?![а-яё0-9])"
_CLASS_NEXT = re.compile(rf"[^\S\n]*(?:,|;|и)[^\S\n]*{_A_CLASS}")
_CLASS_BEFORE = re.compile(rf"(?:(?<![а-яё])для|{_A_CLASS}[^\S\n]*(?:,|;|и))[^\S\n]*$")


def _class_beside(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether the number and letter written apart of `m` (a `_LOOSE_CLASS` match) stand
    where a class does: a class word follows («10 м класс»), «для» comes before («для 10 м»)
    or another class is listed next to it («10 а, 10 м», «10 м и 11 б»)."""
    if _CLASS_WORD_AFTER.match(sc.text, m.end()) or _CLASS_NEXT.match(sc.text, m.end()):
        return True
    return _CLASS_BEFORE.search(sc.text, max(0, m.start() - 12), m.start()) is not None


# «8-е», «10-е, 11-е», «5-е и 6-е»: grades with the ordinal ending «-е» («восьмые»)
_GRADE_ORDINAL = rf"{GRADE}-е(?![а-я0-9])"
_GRADE_ORDINALS = re.compile(
    rf"(?<![\w.:/-]){_GRADE_ORDINAL}(?:\s*(?:,|;|\bи\b)\s*{_GRADE_ORDINAL})*"
)
_ORDINAL_ITEM = re.compile(rf"({GRADE})-(е)")
# a day's ordinal: after a preposition of time («на 11-е») or before a month («11-е декабря»)
_DAY_ORDINAL_AFTER = re.compile(rf"\s*(?:{MONTH}|числ)")


def _take_grade_ordinals(sc: Scanner) -> set[int]:
    """The grades written with the ordinal ending «-е» after a hyphen («8-е», «10-е, 11-е»:
    «восьмые», the whole grade; newcomer walk 2026-12-02o, #2), taken from the scanner. The
    ending is the lower-case «е» as written: a capital («8-Е») is the class letter Е, as is
    one joined without a hyphen («8е»). A day's ordinal is left alone: after a preposition
    of time («на 11-е») or before a month or «число» («11-е декабря»)."""
    found: set[int] = set()
    same_length = len(sc.original) == len(sc.text)
    for m in sc.find(_GRADE_ORDINALS):
        if _TIME_PREPOSITION.search(sc.text[: m.start()]) or _DAY_ORDINAL_AFTER.match(
            sc.text, m.end()
        ):
            continue
        items = list(_ORDINAL_ITEM.finditer(sc.text, m.start(), m.end()))
        if not same_length or any(sc.original[i.start(2)] != "е" for i in items):
            continue  # «8-Е»: a class letter written as one
        found.update(int(i.group(1)) for i in items)
        sc.take_match(m)
    return found


def _day_ordinal(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether a class list `m` is only a number with the lower-case ordinal ending «-е»
    that _take_grade_ordinals left as a day's («на 11-е», «11-е декабря»): no class «11Е»."""
    item = _ORDINAL_ITEM.fullmatch(m.group(0).strip())
    return (
        item is not None
        and len(sc.original) == len(sc.text)
        and sc.original[m.start() + m.group(0).index("-") + 1] == "е"
    )


# «на 4-м этаже», «на 4-м, 5-м и 6-м этапах»: a number with the ordinal ending «-м» («четвёртом»)
# before the noun it agrees with is that noun's ordinal, no class 4М; «для 4-м класса»,
# «4м, в актовом зале» keep the class (a class word, or no noun, follows)
_ORDINAL_M_ITEM = re.compile(rf"{GRADE}-?м")
_WORD_AFTER = re.compile(r"[^\S\n]*([а-яё]+)(?![а-яё])")


def _ordinal_of_noun(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether a class list `m` is only numbers with the ordinal ending «-м» followed by the
    lower-case noun they agree with («на 4-м этаже»; pymorphy3 reads the word a noun), not
    a class word: ordinals of that noun, no classes."""
    items = [i for i in _LIST_SEPARATOR.split(m.group(0).strip()) if i]
    if not items or not all(_ORDINAL_M_ITEM.fullmatch(i) for i in items):
        return False
    after = _WORD_AFTER.match(sc.text, m.end())
    if after is None or _CLASS_WORD_AFTER.match(sc.text, m.end()):
        return False
    if len(sc.original) == len(sc.text) and not sc.original[after.start(1)].islower():
        return False  # «10М Петров»: a class and a name
    return any("NOUN" in p.tag for p in parses(after.group(1)))


def parse_audience(text: str) -> Audience:
    """The audience named in a short text, e.g. "я из 9Б" -> classes {"9Б"}."""
    return extract_audience(Scanner(text))


def _listed_classes(listed: str) -> set[str]:
    """The classes of a class list: «9а, 9б» -> 9А, 9Б; a letter alone takes the grade of
    the class before it («9а,б» -> 9А, 9Б; «7а, б и в» -> 7А, 7Б, 7В)."""
    found: set[str] = set()
    grade = 0
    for part in _LIST_SEPARATOR.split(listed):
        one = _ONE_CLASS.search(part)
        if one is not None:
            grade = int(one[1])
            found.add(f"{grade}{one[2].upper()}")
        elif grade and len(letter := part.strip()) == 1 and letter in CLASS_LETTERS:
            found.add(f"{grade}{letter.upper()}")
    return found


def _ordinal_grade(word: str) -> int:
    for stem in sorted(_ORDINAL_GRADES, key=len, reverse=True):
        if word.startswith(stem):
            return _ORDINAL_GRADES[stem]
    return 0


def _grade_span(first: int, last: int) -> range:
    if first > last:
        first, last = last, first
    return range(first, last + 1)


# a literal each of these patterns needs: a post without it skips the pattern's search
gate(_EVERYONE, re.compile("вс"))
gate(_ORDINAL_GRADE, re.compile("кл|параллел"))
gate(_WORD_FIRST, re.compile("класс|параллел"))
gate(_WORD_FIRST, re.compile(r"(?:параллел|класс)\w*\s+\d"))  # "класс 9"
gate(_ORDINAL_GRADE, re.compile(r"кл(?<=\sкл)|параллел(?<=\sпараллел)|классник"))
gate(_CLASS_LIST, re.compile(rf"\d-?[{CLASS_LETTERS}](?![а-я0-9])"))  # "9а", "10-б"
# a class, its letter and the dash after it ("5а-5в", "9а – г"), read from the dash (the
# Scanner's text has only "-": tokens.normalize; at most one space before it, two or more
# held): three posts in a thousand (speedgate41)
gate(
    _CLASS_RANGE,
    re.compile(
        rf"-(?:(?<=\d[{CLASS_LETTERS}]-)|(?<=\d-[{CLASS_LETTERS}]-)|(?<=\d[{CLASS_LETTERS}]\s-)"
        rf"|(?<=\d-[{CLASS_LETTERS}]\s-)|(?<=\s\s-))"
    ),
)
# a grade's ordinal «-е» after its digit ("10-е и 11-е"): one post in a hundred (speedgate41)
gate(_GRADE_ORDINALS, re.compile(r"\d-е(?![а-я0-9])"))
gate(_GRADE_PLURAL, re.compile(r"\d-(?:х|ых)\b"))  # "11-х"
gate(_ALL_GRADES, re.compile("всем"))  # «всем 8-м»
gate(_BARE_FOR_RANGE, re.compile(r"(?:для|ков|хся)\s*:?\s*\d\d?\s*-"))  # "для 5-7"
# the class word ends every match; a list of grades before it ("для 5, 6, 7-х и 8-х ") stays
# within 90 characters
_CLASS_ANCHOR = re.compile(r"клас|кл\b|параллел")
anchor(_GRADE_RANGE, _CLASS_ANCHOR, 90, 15)
anchor(_GRADE_LIST, _CLASS_ANCHOR, 90, 15)
anchor(_SPOKEN_GRADES, _CLASS_ANCHOR, 90, 15)
# and a grade's last digit (its ending, "-х", between) comes right before that class word
_GRADE_THEN_CLASS = re.compile(r"\d[\s\-хыемйо]*(?:клас|кл\b|параллел)")
gate(_GRADE_RANGE, _GRADE_THEN_CLASS)
gate(_GRADE_SPAN_WORDS, _GRADE_THEN_CLASS)
gate(_GRADE_SPAN_WORDS, re.compile(r"\bпо\s+\d"))
gate(_GRADE_LIST, _GRADE_THEN_CLASS)
gate(_SPOKEN_GRADES, _GRADE_THEN_CLASS)
gate(_SPOKEN_GRADES, re.compile(r"\d[^\S\n]+\d"))


# the whole school named as the audience: a quantifier over the school or all its classes
# («для всей школы», «вся школа», «все классы», «для всех классов», «всем параллелям», «для
# всех учащихся») or the adjective «общешкольный» (any form: «Общешкольная линейка»)
_WHOLE_SCHOOL = re.compile(
    r"\bвс(?:е|ех|ем|еми|ей|я|ю)\s+(?:нашей\s+|наши[мх]?\s+)?"
    r"(?:школ\w*|класс\w*|параллел\w*|учащ\w+|обучающ\w+|ученик\w*|школьник\w*)"
    r"|\bобщешкольн\w*"
)


def names_whole_school(text: str) -> bool:
    """True when `text` says its event is for the whole school («Линейка для всей школы»,
    «Общешкольная линейка», «…, все классы»): the audience is then everyone by the writer's
    word (an empty Audience, as every whole-school event), never a class teacher's own
    class, and the bot does not ask «Для каких классов?». Staff phrases («для всех
    учителей») are not the school's students and do not count."""
    return bool(_WHOLE_SCHOOL.search(text.lower().replace("ё", "е")))
