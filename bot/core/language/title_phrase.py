"""The phrase around a kind noun, in the nominative: "регионального этапа олимпиады
школьников по математике" gives "Региональный этап олимпиады школьников по математике".

Agreeing adjectives on the left, then on the right a quoted name, "посвящённый …" or a subject
(a genitive chain, "по …", "о …", "ко Дню …", "встреча с …"); the head and its adjectives are
put in the nominative with pymorphy3 (morphology.to_nominative).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import (
    agreed,
    agrees,
    is_known,
    lemma,
    parses,
    to_nominative,
)
from bot.core.language.place_nouns import PLACE
from bot.core.language.tails import last_words_start
from bot.core.language.title_complements import (
    audience_and_name,
    case_run,
    in_case,
    only_grades,
    opens_with_kind,
    purpose,
)
from bot.core.language.title_equated import GENERIC
from bot.core.language.title_finish import kind_and_name
from bot.core.language.title_grammar import directed_noun, plural_animate_accusative
from bot.core.language.title_words import (
    KIND,
    MAX_TITLE,
    has_noun_reading,
    is_abbreviation,
    is_animate,
    is_genitive,
    is_noun,
    is_person,
    short_quote,
    word_parses,
)

# a noun naming a stage of an event: the stage heads the title ("региональный этап олимпиады")
_STAGE = re.compile(
    r"(?i)^(?:этап|тур|финал|полуфинал|четвертьфинал)(?:а|у|ом|е|ы|ов)?$"
    r"|^(?:открыти|закрыти)(?:е|я|ю|ем|и)$"
)
# adjectives that place an event among others ("следующая встреча"), never part of its name
_RELATIVE = re.compile(r"(?i)(?:следующ|ближайш|очередн|предстоящ|данн|прошедш|прошл)")
# adjectives that praise or size an event ("небольшое торжество", "необычная лекция",
# "увлекательная экскурсия"): what the post says of it, no part of
# the kind and name a card shows; the words a name is made of are quoted and never read here
EVALUATIVE = re.compile(
    r"(?i)(?:небольш|интересн|увлекательн|долгожданн|замечательн|незабываем|ярк[иоа]"
    r"|чудесн|удивительн|необычн|грандиозн|захватывающ|потрясающ|уникальн|прекрасн"
    r"|красочн|зажигательн)"
)
_LOCATIVE_PREPS = frozenset({"на", "в", "во", "при"})
_GENITIVE_PREPS = frozenset({"для", "до", "из", "от", "у", "около", "после", "без", "кроме"})
# "«Тёплый дом» – это добрая акция", "«Тёплый дом» это большая, социально-значимая акция":
# the name equated with the kind (group 2: by «это», which then wins over a genitive's name)
_NAME_BEFORE = re.compile(
    r"(«[^«»]{2,60}»)\s*(?:[–—-]\s*(это\s+)?|(это\s+))(?:[а-яё]+(?:-[а-яё]+)?,?\s+){0,3}$"
)
# a news dateline before an agency's quoted name: "МОСКВА, 16 сентября, «…» –"
_DATELINE = re.compile(r"[А-ЯЁ]{3,}(?:[ -][А-ЯЁ]{2,})*,\s+\d{1,2}\s+[а-яё]+(?:\s+\d{4})?,\s*$")
# "([А-ЯЁа-яё-]+)\s*$" tried only where a word starts and never backed into: linear, not quadratic
_LAST_WORD = re.compile(r"(?<![А-ЯЁа-яё-])([А-ЯЁа-яё-]++)\s*$")
_NEXT_WORD = re.compile(r"\s+([А-ЯЁа-яё-]+)")
# a name quoting another, its two closing marks written as one: «Планета «Смоленский планетарий»
_NESTED = "«[^«»]{2,60}«[^«»]{2,60}»(?:[^«»\n]{0,40}»)?"
# a name the clause gives its kind further on, past a verb and a place, within one sentence
_CALLED_LATER = re.compile(
    r"[^.!?;«»\"\n]{0,80}?\s(?:под\s+(?:[а-яё]+\s+)?названием|с\s+названием"
    r"|носящ[а-яё]+\s+название)\s*:?\s*(«[^«»]{2,120}»|\"[^\"\n]{2,120}\")"
)
_CLOSING_NAME = re.compile(r"«[^«»]+»$")
# "Телемост пройдёт в формате открытого урока": the verb between a kind and its format
_FORMAT_VERB = re.compile(
    r"^\s+(?:пройд[её]т|пройдут|состоится|состоятся|проходит|проходят|будет\s+проходить)"
    r"(?=\s+в\s+формате\s)"
)
_DOTTED_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:\.[А-ЯЁ][а-яё]+)+")  # "Знание.Лектор", "Яндекс.Учебник"
# "PRO.NRG", "Знание.Лектор": a name with a point inside is one word (no space follows the
# point, a capital opens each part)
_WORD = re.compile(
    r"[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+"
    r"|[А-ЯЁ][а-яё]+(?:\.[А-ЯЁ][а-яё]+)+(?![А-ЯЁа-яё])"
    r"|[А-ЯЁA-Z]{2,6}-\d{2,4}(?!\d)"
    r"|[А-ЯЁ]\.[ \t]?(?:[А-ЯЁ]\.[ \t]?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"  # "Т.Г. Шевченко": one
    r"|[А-ЯЁа-яё]+-(?:19|20)\d\d(?!\d)"  # "науки-2015": a word and its edition's year, one token
    r"|[А-ЯЁа-яёA-Za-z-]+|\d+|№\s*\d+|«[^«»]*»|\"[^\"\n]*\"|“[^“”]*”|\S"
)


def _read_to_close(text: str, end: int, reach: int) -> str:
    """text[end : end + reach], read on to the closing «»» (at most 120 characters more) when
    a name opens inside it and closes past it: a long holders' chain before the kind's name
    («концерт … коллективов … края «Дети – детям»») leaves the name whole, never its half."""
    tail = text[end : end + reach]
    if tail.count("«") <= tail.count("»"):
        return tail
    close = text.find("»", end + reach, end + reach + 120)
    return text[end : close + 1] if close >= 0 else tail


def _before_closing_mark(text: str, end: int, line: str) -> str:
    """`line` (the text after `end`) up to its first straight mark when that mark closes the
    name the kind is a word of: 'ко "Дню Европарков". В программе … "Живая планета"' — a
    mark right after a word closes, and what lies between it and the next name's opening
    mark is no name (a careful reader pairs the marks, not one mark with the next)."""
    at = line.find('"')
    if at < 0:
        return line
    before = line[at - 1] if at else text[end - 1 : end]
    return line[:at] if before.isalnum() else line


def _straight_pair(text: str, end: int, tail: str, span: tuple[int, int]) -> bool:
    """Whether the straight marks at `span` of `tail` (the text after `end`) open and close a
    name as a careful reader pairs them: the opening mark after a space, a bracket or a dash
    (never right after a word, where a mark closes the name before it), the closing one before
    a space, punctuation or the line's end (never before a word, where a mark opens the next
    name)."""
    before = tail[span[0] - 1] if span[0] else text[end - 1 : end]
    after = tail[span[1] : span[1] + 1]
    return not (before.isalnum() or before in '»"') and not (after.isalnum() or after in "«")


def _last_word(window: str) -> re.Match[str] | None:
    """`_LAST_WORD.search(window)`, searched from the window's last word (tails.py)."""
    return _LAST_WORD.search(window, last_words_start(window, 0, len(window), 1))


_NUMBER_SIGN = re.compile(r"№\s*\d+")  # "школы №20": the institution's number, one token
_SKIP_AFTER = frozenset({"для", "с", "в", "на", "во", "от", "до", "к", "у", "и", "из"})


_SENTENCE_MARK = re.compile(r"[.!?\n]")  # compiled once, not looked up per call


# the phrases of the last few kind nouns read: the title reads one post's kind noun more than
# once (its candidates, the fuller title, the named days: ~one read in seven repeats one); a
# phrase depends on nothing but (text, start, end, stage). Cleared when full, so it holds the
# phrases of the post being read and never grows.
_PHRASES: dict[tuple[str, int, int, bool], str] = {}
_KEEP_PHRASES = 32


def kind_phrase(text: str, start: int, end: int, *, stage: bool = True) -> str:
    """The title phrase around the kind noun at text[start:end], in the nominative and
    capitalised ("этапа олимпиады" -> "Этап олимпиады"; `stage`: a stage noun before the kind
    may head the phrase)."""
    key = (text, start, end, stage)
    phrase = _PHRASES.get(key)
    if phrase is None:
        if len(_PHRASES) >= _KEEP_PHRASES:
            _PHRASES.clear()
        phrase = _PHRASES[key] = _kind_phrase(text, start, end, stage)
    return phrase


def _kind_phrase(text: str, start: int, end: int, stage: bool) -> str:
    """kind_phrase, read afresh."""
    start, end, left = _head(text, start, end)
    first = text.rfind(left[0], 0, start) if left else start
    before = _last_word(text[max(0, first - 40) : first])
    prev = before.group(1) if before else ""
    if before and _SENTENCE_MARK.search(before.group(0)[len(prev) :]):
        prev = ""  # "… сыграют в шашки\n\nСоревнования пройдут": another sentence's word
    if stage and _STAGE.match(prev) and is_genitive(left[0] if left else text[start:end]):
        at = first - len(text[max(0, first - 40) : first]) + before.start(1)  # type: ignore[union-attr]
        return kind_phrase(text, at, at + len(prev), stage=False)  # "этапа олимпиады" -> "Этап …"
    governed = prev.lower() in _GENITIVE_PREPS or (bool(prev) and prev.islower() and is_noun(prev))
    head = text[start:end]
    right = _right(text, end)
    qualified: list[str] = []
    if not right.startswith(" «") and " " not in head and not has_noun_reading(head):
        # "юбилейного летнего сезона": the adjective brings the noun it qualifies
        qualified = _qualified_noun(head, right)
        right = ""  # "на выпускной родителей не приглашают": an adjective takes no genitive
    if right and _OPENING.match(head) and is_animate(right.split()[0]):
        right = ""  # "в день открытия детей будут возить …": people are never what is opened
    named = _NAME_BEFORE.search(text, max(0, start - 120), start)
    if named and _DATELINE.search(text, max(0, named.start() - 60), named.start()):
        named = None  # "БИРОБИДЖАН, 16 сентября, «Город на Бире» - …": the news agency
    if named and _verb_between(text[named.end(1) : start]):
        named = None  # "… проекта «Профессионалитет» - состоится Единый день …": not equated
    equated = named is not None and bool(named.group(2) or named.group(3))
    if named and ("«" not in right or equated):
        # "«Библиосумерки» – это настоящий праздник"; by «это» over the genitive's name:
        # "«Тёплый дом» это акция фонда «Вместе»" (fresh61)
        right = " " + named.group(1)
    words = [*(w for w in left if not EVALUATIVE.match(w)), head, *qualified]
    # "На лекции проекта …": one lecture, in the locative, not "лекции" in the plural
    case = "loct" if prev.lower() in _LOCATIVE_PREPS and not left else None
    if prev.lower() in ("к", "ко"):
        case = "datv"  # "присоединилось к акции «…»": one action, not "акции" in the plural
    nominative = to_nominative(words, governed=governed, case=case)
    phrase = " ".join(nominative)
    if right.startswith(", ") and (part := right.split()[1]) and not part.startswith("«"):
        # "программу, посвященную Масленице" -> "программа, посвящённая Масленице"
        right = right.replace(part, agreed(part, nominative[-1]), 1)
    if right.startswith(", ") and (day := _occasion_of_set(right, head, _headline(text))):
        return day  # "мероприятия, посвящённые Дню знаний": the occasion names the set
    if right:
        phrase = f"{phrase}{right}"
    if "«" not in phrase and (short := _short_form(text, (first, end), words, right)):
        phrase = f"{phrase} ({short})"  # "военно-спортивные игры (ВСИ)": the post's short name
    name = _CLOSING_NAME.search(phrase)
    if len(phrase) > MAX_TITLE and name:  # the kind and its quoted name, the chain cut short
        phrase = kind_and_name(phrase) or f"{' '.join(nominative)} {name.group(0)}"
    phrase = " ".join(phrase.split())
    return phrase[:1].upper() + phrase[1:]


def _qualified_noun(adjective: str, right: str) -> list[str]:
    """The words after an adjective up to the noun it qualifies, when that noun comes within
    three words and every word before it agrees too ("юбилейного" + " летнего сезона" ->
    ["летнего", "сезона"]); [] when the adjective qualifies nothing there (pymorphy3)."""
    words = re.match(r"(?:\s+[а-яё-]+){1,3}", right)
    likeliest = parses(adjective)
    if words is None or not likeliest or likeliest[0].tag.case == "nomn":
        return []  # "пройдёт новогодний выпускной начальной школы": the adjective as a noun
    found: list[str] = []
    for word in words.group(0).split():
        found.append(word)
        if is_noun(word):
            return found if agrees(adjective, word) else []
        if not any({"ADJF", "PRTF"} & p.tag.grammemes for p in parses(word)[:2]):
            return []  # neither an adjective of the noun nor the noun itself
    return []


def _verb_between(words: str) -> bool:
    """Whether the words between a quoted name's dash and a kind hold a verb (pymorphy3's
    likeliest reading): "«X» – это праздник" equates the name with the kind, "«X» - состоится
    день …" closes an inserted phrase with the dash and announces another subject."""
    return any(
        (found := parses(word)) and found[0].tag.POS in ("VERB", "INFN")
        for word in re.findall(r"[а-яё]+", words.lower())
    )


def _headline(text: str) -> str:
    """The post's first line when more follows it and it is short enough to be a headline
    (at most 100 characters), else ""."""
    end = text.find("\n")
    return text[:end] if 0 < end <= 100 else ""


def _announces(headline: str, words: list[str]) -> bool:
    """Whether `headline` holds every word of `words` by its lemma (pymorphy3's likeliest
    reading, any case and number): «Как пройдут последние звонки» holds «последнему
    звонку»."""
    held = {lemma(w) for w in re.findall(r"[А-ЯЁа-яё-]+", headline)}
    return bool(words) and all(lemma(w) in held for w in words)


def _occasion_of_set(right: str, head: str = "мероприятия", headline: str = "") -> str | None:
    """The occasion, in the nominative, of a set of events a generic kind names with a
    plural participle after it (`right`: ", посвящённые Дню знаний", ", приуроченные ко Дню
    памяти и скорби"): "День знаний". A plural participle tells several events, of one
    occasion; a capital tells the occasion is a holiday's name (Russian capitalises its first
    word), which names them better than "Мероприятия". The dative noun and its adjectives
    are put in the nominative (pymorphy3), the words after them kept. None for one event
    (a singular participle), an occasion written small, or no dative noun."""
    words = right[2:].split()
    found = word_parses(words[0]) if words else ()
    if not found or "PRTF" not in found[0].tag or found[0].tag.number != "plur":
        return None
    rest = words[2:] if words[1:2] in (["к"], ["ко"]) else words[1:]
    if not rest:
        return None
    for n, word in enumerate(rest[:4]):
        readings = word_parses(word)
        if not readings or not any(p.tag.case == "datv" for p in readings[:3]):
            return None
        if any("NOUN" in p.tag and p.tag.case == "datv" for p in readings[:3]):
            if _announces(headline, rest[: n + 1]):
                rest = rest[: n + 1]  # the headline's occasion: its own words, nothing after
            elif not (GENERIC.match(head) and rest[0][:1].isupper()):
                return None
            named = to_nominative(rest[: n + 1], case="datv")
            day = " ".join([*named, *rest[n + 1 :]])
            return day[:1].upper() + day[1:]
    return None


_BRACKETED = re.compile(r"\s*\(([А-ЯЁ][А-ЯЁа-яё]{1,6})\)")


def _short_form(text: str, span: tuple[int, int], words: list[str], right: str) -> str | None:
    """The abbreviation the post gives for the phrase (`words`, its adjectives and kind
    noun as written from span[0] to span[1], then `right` as read after them): in brackets
    right after it ("Всероссийские военно-спортивные игры (ВСИ)") or before it and a dash
    ("пройдут ВСИ — Всероссийские военно-спортивные игры"). Kept when its capitals are, in
    order, initials of the phrase's words and of their hyphenated parts (Russian abbreviates
    a name by its initials), so a holder's abbreviation ("олимпиада по физике (МФТИ)") stays
    out. None when the post gives none."""
    after = right.split()
    at = words_end(text, span[1], after) if after else span[1]
    if at is None:
        return None
    found = _BRACKETED.match(text, at) or _DASHED.search(text, max(0, span[0] - 12), span[0])
    if found is None or not _ACRONYM.fullmatch(found.group(1)):
        return None
    initials = [part[:1].upper() for w in [*words, *after] for part in w.split("-") if part]
    capitals = [c for c in found.group(1) if c.isupper()]
    it = iter(initials)
    return found.group(1) if len(capitals) >= 2 and all(c in it for c in capitals) else None


_DASHED = compile_with_scan(r"(?<![А-ЯЁа-яё])([А-ЯЁ][А-ЯЁа-яё]{1,6})\s*[—–-]\s*$")


def words_end(text: str, pos: int, words: list[str]) -> int | None:
    """The end of `words` (each non-empty, without whitespace) read from `pos` on: spaces,
    then the words as written with spaces between them; None when the text differs. What
    `re.compile(r"\\s*" + r"\\s+".join(map(re.escape, words))).match(text, pos)` reads (`\\s`
    is str.isspace; each word opens with no space, so no space run can give back a
    character), without compiling a pattern for each list of words."""
    size = len(text)
    for n, word in enumerate(words):
        start = pos
        while pos < size and text[pos].isspace():
            pos += 1
        if n and pos == start:
            return None  # the words stand apart
        if not text.startswith(word, pos):
            return None
        pos += len(word)
    return pos


def _head(text: str, start: int, end: int) -> tuple[int, int, list[str]]:
    """The head noun's span and its adjectives; a kind word that is an adjective
    ("конкурсного отбора") gives its noun as the head and joins the adjectives."""
    left = _left_adjectives(text, start)
    word = text[start:end]
    if " " in word or has_noun_reading(word):
        return start, end, left
    nxt = _NEXT_WORD.match(text, end, end + 40)
    if nxt and has_noun_reading(nxt.group(1)) and agrees(word, nxt.group(1)):
        return nxt.start(1), nxt.end(1), [*left, word]
    return start, end, left  # "на выпускной родителей": an adjective standing for its noun


def _left_adjectives(text: str, start: int) -> list[str]:
    words: list[str] = []
    before = text[max(0, start - 80) : start]
    before = before[before.rfind("\n") + 1 :]  # "… на Верхоянской\nЛитературный вечер": a line ends
    for token in reversed(before.split()):
        clean = token.strip(',.;:!?()«»"“”')
        if clean != token or not clean or len(words) >= 3:
            break
        if not _name_adjective(clean) or _RELATIVE.match(clean):
            break  # not an adjective first; "этот", "наш", "весь", "следующий": no name's
        words.insert(0, clean)
    return words


@lru_cache(maxsize=16384)
def _name_adjective(word: str) -> bool:
    """Whether the word's likeliest reading is an adjective or a participle (a surname's
    reading, "Рождественский", set aside) and none of its readings a pronoun-like adjective
    ("этот", "наш"); cached per word."""
    parses = word_parses(word)
    if parses and {"Surn", "Name"} & parses[0].tag.grammemes:
        parses = tuple(p for p in parses[:3] if "NOUN" not in p.tag)  # "Рождественский"
    if not parses or not ("ADJF" in parses[0].tag or "PRTF" in parses[0].tag):
        return False
    return not any("Apro" in p.tag for p in parses)


_DEDICATED_TAIL = re.compile(
    r"\s*,\s*(посвящ[её]нн\w+\s+[^.,;!?()\n]{3,70}"
    # "занятие, приуроченное ко дню славянской письменности": the occasion, as "посвящённое"
    # gives it; a clause of its own, no name inside (the occasion of another named event)
    r"|приуроченн\w+\s+ко?\s+[^.,;!?()\n«\"“]{3,70}(?=[.,;!?()\n]|$))"
)  # compiled once, not looked up per call


# the name in quotes after a kind; compiled once (its f-string source was built and looked up
# in `re`'s cache on every call)
# an opening or a closing ("открытия", "Закрытие"): it opens a season, a show or a place
_OPENING = re.compile(r"(?i)(?:от|за)крыти[еяюи]")
# "по адресу …", "по телефону …", "по ссылке", "по электронной почте": how to reach the
# organisers, never what a kind before it is about
_CONTACT = re.compile(
    r"(?i)(?<![а-яё])по\s+(?:адрес|телефон|ссылк|электронн|почт|e-?mail|номер[уа]?\s+тел)"
)
_QUOTED_AFTER = re.compile(
    r"\s*(?:из\s+(?:цикла|серии)\s+«[^«»]{2,60}»\s*[,—–-]?\s*)?"  # "из цикла «…» — «…»"
    r"(?:для\s+[а-яё]+(?:\s+[а-яё]+)?(?:\s+и\s+[а-яё]+(?:\s+[а-яё]+)?)?\s*)?[,—-]?\s*(?:(?:для\s+[а-яё]+\s+)?под\s+названием\s+"
    r"|(?:называ\w+|носит\s+название|с\s+названием|на\s+тему)\s*:?\s*)?"
    rf"({_NESTED}|«[^«»]{{2,120}}»|\"[^\"\n]{{2,120}}\"|“[^“”]{{2,120}}”|'[^'\n]{{2,120}}'(?!\w))"
)


def _right(text: str, end: int) -> str:
    tail = _FORMAT_VERB.sub("", _read_to_close(text, end, 160), count=1)
    quote = _QUOTED_AFTER.match(tail)
    if quote and quote.group(1).count("«") > 1 and opens_with_kind(quote.group(1)[1:]):
        quote = None  # «Всероссийский субботник «Зелёная Россия»: the inner kind names it
    if quote and quote.group(1)[0] == '"' and not _straight_pair(text, end, tail, quote.span(1)):
        quote = None  # 'ко "Дню Европарков". В программе … "Живая': between two names
    if quote is None:  # "мероприятие пройдёт в парке под кодовым названием «Снег»"
        quote = _CALLED_LATER.match(tail)
    if quote:
        name = quote.group(1)
        if (other := _TRANSLATED.match(tail, quote.end())) and _russian(other.group(1)) > _russian(
            name
        ):
            name = other.group(1)  # «Таза ауа – біздің болашағымыз!» / «Чистый воздух – …»
        closed = name + "»" * (name.count("«") - name.count("»"))  # «Планета «Смоленский …»»
        return " " + short_quote(closed)
    dedicated = _DEDICATED_TAIL.match(tail)
    if dedicated:
        return ", " + dedicated.group(1).strip()
    head = _last_word(text[max(0, end - 20) : end])
    person = _LECTURER.match(tail) if head and _TAUGHT.match(head.group(0)) else None
    if person and is_animate(person.group(1)) and is_genitive(person.group(1)):
        # "лекцию профессора кафедры физики Петрова И. И. «Квантовый мир»": the lecturer is
        # left out, the name after him kept
        return f" {short_quote(person.group(2))}" if person.group(2) else ""
    if head and _TROPHY.match(head.group(0)) and (namesake := _INITIALS_NAME.match(tail.lstrip())):
        return " " + namesake.group(0)  # "Кубок В.П.Чкалова": the person the cup is named after
    meeting = bool(head and _MEETING.match(head.group(0)))
    trip = bool(head and _TRIP.match(head.group(0)))
    part = bool(head and _PART.match(head.group(0)))
    # "… о символах республики\n\nЕё целью …": a line ends; the whole tail, so that a long
    # name after a chain ("конкурс детского рисунка «Звёздный мост: рисунки по …»") is closed
    line = _before_closing_mark(text, end, tail.split("\n", 1)[0])
    if contact := _CONTACT.search(line):
        line = line[: contact.start()]  # "конкурса по адресу …": where to send, not a subject
    if organiser := _ORGANISER_AFTER.match(line):
        # "первенство МАУ ДО "Спортшкола № 5" по стрельбе": the holder's legal form and name
        # stand between the kind and its subject
        line = line[organiser.end() :]
    tokens, aside = _without_aside(_abbreviations_joined(_WORD.findall(line)))
    oblique = bool(head) and _oblique(head.group(0))  # type: ignore[union-attr]
    out = _subject(tokens, meeting=meeting, trip=trip, part=part, oblique=oblique)
    if aside is not None and len(out) > aside[0] and out[: aside[0]] == tokens[: aside[0]]:
        out.insert(aside[0], aside[1])  # "по спортивной (вольной) борьбе"
    if not out and (unquoted := _quoted_elsewhere(text, line)) is not None:
        return " " + unquoted  # "субботник Зеленая Россия" under "… «Зеленая Россия»"
    return (" " + " ".join(out)) if out else ""


def _joined_group(tokens: list[str], at: int) -> int:
    """How many tokens from `at` name a group of people one joins after "в": a plural
    animate noun in its nominative form ("в кадеты"), after at most two adjectives in the
    plural nominative form as well ("в юные пешеходы", "в юные инспекторы"; pymorphy3); 0
    when none does."""
    for k in range(3):
        if at + k >= len(tokens):
            return 0
        if plural_animate_accusative(tokens[at + k]):
            return k + 1
        if not _plural_nominative_adjective(tokens[at + k]):
            return 0
    return 0


def _plural_nominative_adjective(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is a plural nominative adjective
    ("юные", "младшие")."""
    found = word_parses(word)
    return bool(found) and {"ADJF", "plur", "nomn"} <= found[0].tag.grammemes


def _without_aside(tokens: list[str]) -> tuple[list[str], tuple[int, str] | None]:
    """`tokens` without the first bracketed aside of one or two adjectives between two
    lower-case words («по спортивной ( вольной ) борьбе», «юных ( начинающих ) чтецов»:
    pymorphy3's likeliest reading of each an adjective or participle), and where it stood
    with its text ("(вольной)"); (tokens, None) when there is none. The aside qualifies the
    noun after it, so the subject's chain reads past it (_subject) and keeps it."""
    if "(" not in tokens:
        return tokens, None
    at = tokens.index("(")
    close = next((i for i in range(at + 2, min(at + 4, len(tokens))) if tokens[i] == ")"), None)
    if close is None or at == 0 or close + 1 >= len(tokens):
        return tokens, None
    words = tokens[at + 1 : close]
    outside = (tokens[at - 1], tokens[close + 1])
    if not all(w.isalpha() and w.islower() for w in (*words, *outside)):
        return tokens, None
    if not all((p := parses(w)) and p[0].tag.POS in ("ADJF", "PRTF") for w in words):
        return tokens, None
    return tokens[:at] + tokens[close + 1 :], (at, f"({' '.join(words)})")


_CAPITALISED_RUN = re.compile(r"\s*([А-ЯЁ][а-яё]+(?:[ -][А-ЯЁа-яё][а-яё]+){0,3})")


def _quoted_elsewhere(text: str, line: str) -> str | None:
    """The name a kind is followed by without quote marks when the post writes the same words
    quoted elsewhere ("пройдёт Всероссийский экологический субботник Зеленая Россия" under a
    headline's "… в экосубботнике «Зеленая Россия»"): the page forgot the marks once, the
    name is the same; quoted as the post quotes it. None when no capitalised words follow
    the kind or the post never quotes them."""
    if "«" not in text:
        return None
    run = _CAPITALISED_RUN.match(line)
    if run is None:
        return None
    words = run.group(1).split()
    for end in range(len(words), 0, -1):  # the longest run the post quotes
        name = f"«{' '.join(words[:end])}»"
        if len(name) > 4 and name in text:
            return name
    return None


# an organisation's legal form and quoted name right after a kind: the form's abbreviation
# ends in "У" (учреждение: МАУ, МБОУ, ГБУ) or "О" (общество, организация: ООО, АНО), a
# second one may follow ("МАУ ДО" — дополнительного образования)
_ORGANISER_AFTER = re.compile(
    r"\s+[А-ЯЁ]{1,5}[УО]\s+(?:[А-ЯЁ]{2,6}\s+){0,2}"
    r"(?:«[^«»\n]{2,60}»|\"[^\"\n]{2,60}\"|“[^“”\n]{2,60}”)"
)
# a preposition opening the subject of a kind, and the case of the words that follow it
_SUBJECT_PREPS = {
    "по": "datv",
    "о": "loct",
    "об": "loct",
    "про": "accs",
    "ко": "datv",
    "на": "accs",  # "конкурс на лучшее оформление класса", "турнир на кубок главы"
}
_MEETING = re.compile(r"(?i)^встреч")
# a part of an event, not an event of its own: a stage, or days given to something
_PART = re.compile(r"(?i)^(?:(?:этап|тур|финал|полуфинал)(?:а|у|ом|е|ы|ов|ами)?|дни|дней)$")
_TRIP = re.compile(r"(?i)^(?:экскурси|поездк|поход|выезд)")
# kinds someone gives ("лекция профессора …"), and the giver with the name after him
_TAUGHT = re.compile(
    r"(?i)^(?:лекци|мастер-класс|семинар|вебинар|бесед|тренинг|урок|экскурси|консультаци)"
)
_LECTURER = re.compile(
    r"\s+([а-яё]{3,}(?:-[а-яё]{3,})?)(?=[\s,])(?:(?:[^«».!?\n]|(?<=[А-ЯЁ])\.){0,80}?(«[^«»]{2,120}»))?"
)


# "на английском языке", "на иностранных языках": the language an event is held in
_LANGUAGE = re.compile(r"(?i)[а-яё]+(?:ом|ем|ых|их)\s+язык(?:е|ах)$")


def _subject(
    tokens: list[str],
    *,
    meeting: bool = False,
    trip: bool = False,
    part: bool = False,
    oblique: bool = False,
) -> list[str]:
    """What follows a kind and names its subject: a genitive chain ("олимпиады школьников"),
    "по робототехнике", "о космосе", "ко Дню матери", another kind joined by "и" ("экскурсии
    и мастер-классы") and a quoted name; at most eight words, never a person's name. A meeting
    names whom it is with ("встреча с писателем"). An unquoted name in the nominative after a
    kind in an `oblique` case, or closing its genitive chain, is taken (_apposed_name)."""
    out: list[str] = []
    if meeting and tokens[:1] in (["—"], ["–"], ["-"]) and tokens[1:2] in (["с"], ["со"]):
        tokens = tokens[1:]  # "встреча — с поэтом"
    if meeting and tokens[:1] in (["с"], ["со"]) and (run := case_run(tokens, 1, "ablt")):
        out = tokens[: 1 + run]  # "с представителями колледжа"
        for token in tokens[1 + run : 5 + run]:
            if not token[:1].isalpha() or token.lower() in _SKIP_AFTER or not is_genitive(token):
                break
            out.append(token)
        return out
    w = _SubjectWalk(tokens, meeting=meeting, trip=trip, part=part, oblique=oblique)
    while w.i < len(w.tokens) and (len(w.out) < 8 or _chain_goes_on_to_name(w.tokens, w.i)):
        took = None
        for step in _SUBJECT_STEPS:
            took = step(w)
            if took is not None:
                break
        if not took:
            break
    return w.out if w.done is None else w.done


@dataclass(slots=True)
class _SubjectWalk:
    """Where the walk of _subject stands: the tokens after the kind, the kind's reading
    (`meeting`, `trip`, `part`, `oblique`), the token `i`, the subject's words so far `out`,
    where a "по"/"о" complement ended and its case (`joined`), and an answer that replaces
    `out` (`done`, set by answer)."""

    tokens: list[str]
    meeting: bool
    trip: bool
    part: bool
    oblique: bool
    i: int = 0
    out: list[str] = field(default_factory=list)
    joined: tuple[int, str] | None = None
    done: list[str] | None = None

    def answer(self, words: list[str]) -> bool:
        """End the walk with `words` as the subject instead of `out`; False (stop)."""
        self.done = words
        return False


# each step of _subject reads the token at w.i: True when it took words (the walk goes on),
# False when the subject ends there, None when the token is not that step's


def _name_at(w: _SubjectWalk) -> bool | None:
    """A name written at the token: a dash before a quoted name, a Latin name, a quoted name
    (which ends the subject), or the audience and the name after it."""
    token, low = w.tokens[w.i], w.tokens[w.i].lower()
    if (
        token in ("-", "–", "—")
        and w.out
        and w.tokens[w.i + 1 : w.i + 2][:1] != []
        and (w.tokens[w.i + 1].startswith("«"))
    ):
        w.i += 1  # "конкурса творческих проектов – «Самара – территория будущего»"
        return True
    if _LATIN_NAME.match(token):  # "соревнование First Tech Challenge по робототехнике"
        run = 1
        while w.i + run < len(w.tokens) and _LATIN_WORD.match(w.tokens[w.i + run]):
            run += 1
        w.out += w.tokens[w.i : w.i + run]
        w.i += run
        if w.out[-1].isdigit() and w.tokens[w.i : w.i + 1] == ["+"]:
            w.out[-1] += "+"  # "фестиваль науки NAUKA 0+": the name's own sign, not cut off
            w.i += 1
        return True
    if token.startswith(("«", '"', "“")):
        if len(token) < 4 or not token.endswith(("»", '"', "”")):
            return False  # a lone opening mark of a name left unclosed
        following = w.tokens[w.i + 1] if w.i + 1 < len(w.tokens) else ""
        if following.startswith(("«", '"', "“")) and w.out:
            return w.answer([short_quote(following)])  # "лекции проекта «Знание» «Физики и лирики»"
        if w.out and (own := _name_after_holders(w.tokens, w.i)) is not None:
            return w.answer([own])  # "концерт ансамбля «Грёзы» и студии «Задоринки» «Танцующая …»"
        other = (
            w.tokens[w.i + 2]
            if w.tokens[w.i + 1 : w.i + 2] == ["/"] and w.i + 2 < len(w.tokens)
            else ""
        )
        if other.startswith("«") and other.endswith("»") and _russian(other) > _russian(token):
            token = other  # «Жасыл қала» / «Зелёный город»: the Russian one of two
        w.out.append(short_quote(token))
        bracket = w.tokens[w.i + 1 : w.i + 4]
        if bracket[:1] == ["("] and bracket[2:] == [")"] and _ACRONYM.fullmatch(bracket[1]):
            w.out.append(f"({bracket[1]})")  # "«Готов к труду и обороне» (ГТО)": its short form
        return False
    if low in _AUDIENCE_PREPS and (named := audience_and_name(w.tokens, w.i)):
        # "по шахматам среди школьников «Белая ладья»"; grades alone are the card's 👥 line
        w.out += named[1:] if only_grades(named[0]) else named
        return False
    return None


def _goal_at(w: _SubjectWalk) -> bool | None:
    """A group joined ("посвящение в суворовцы"), a purpose ("в поддержку …") or an
    anniversary ("к 145-летию …") after "в" or "к"."""
    token, low = w.tokens[w.i], w.tokens[w.i].lower()
    if low in ("в", "во") and (group := _joined_group(w.tokens, w.i + 1)):
        w.out += w.tokens[w.i : w.i + 1 + group]  # "посвящение в (юные) суворовцы": joining a group
        w.i += 1 + group
        return True
    if low in ("в", "во") and (cause := purpose(w.tokens, w.i, bare=not w.out, part=w.part)):
        w.out += cause  # "акция в поддержку выпускников", "старты в рамках гонки «…»"
        return False
    if low in ("к", "ко") and (jubilee := _anniversary(w.tokens, w.i + 1)):
        w.out += [token, jubilee[0]]  # "лекция к 145-летию Максимилиана Волошина"
        w.i += 1 + jubilee[1]
        return True
    return None


def _complement_at(w: _SubjectWalk) -> bool | None:
    """A prepositional complement in its case ("по робототехнике", "о космосе", "ко Дню
    матери", a meeting's "с …", a trip's "в …"), or the member "и" joins to it; "по"
    before a weekday, "на" before a place and a purpose cut short end the subject."""
    low = w.tokens[w.i].lower()
    case = _SUBJECT_PREPS.get("ко" if low == "к" else low)
    if low == "по" and _WHEN_AFTER_PO.match(w.tokens[w.i + 1] if w.i + 1 < len(w.tokens) else ""):
        return False  # "занятия по вт и чт", "по средам": when, not what
    if w.meeting and low in ("с", "со"):
        case = "ablt"  # "встреча школьников с ветеранами"
    if (
        ((w.trip and not w.out) or (bool(w.out) and directed_noun(w.out[-1])))
        and low in ("в", "во")
        and not in_case(w.tokens[w.i + 1 : w.i + 2], "loct", 4)
    ):
        case = "accs"  # "экскурсия в Музей янтаря": where a trip goes is its subject
        # ("церемония вступления в Юнармию": what one joins, title_grammar.directed_noun)
    if low == "на" and _LANGUAGE.match(" ".join(w.tokens[w.i + 1 : w.i + 3])):
        w.out += w.tokens[w.i : w.i + 3]  # "фестиваль ораторского мастерства на английском языке
        w.i += 3  # «…»": the language it is held in, no place
        return True
    if low == "на" and in_case(w.tokens[w.i + 1 : w.i + 2], "loct", 4):
        return False  # "субботник на территории кампуса": where, not what for
    if case is not None:
        run = case_run(w.tokens, w.i + 1, case) or _acronym_after(w.tokens, w.i, low)
        if low == "на" and w.tokens[w.i + 1 + run : w.i + 2 + run] in (["в"], ["во"]):
            return False  # "отбора на участие в …": a purpose cut short, not a subject
        if not run or (
            low in ("к", "ко")
            and not w.tokens[w.i + 1].lower().startswith("дн")
            and not (w.out and w.out[-1].lower().startswith("подготовк"))
        ):
            return False  # "ко Дню матери", "по подготовке к собеседованию"; not "к 9:30"
        w.out += w.tokens[w.i : w.i + 1 + run]
        w.i += 1 + run
        w.joined = (w.i, case) if low in _COORDINATED_PREPS else None
        if w.i < len(w.tokens) and manner_of_action(w.out[-1], w.tokens[w.i]):
            w.out.append(w.tokens[w.i])  # "соревнования по чтению вслух": how one reads
            w.i += 1
        return True
    if (
        low == "и"
        and w.joined is not None
        and w.joined[0] == w.i
        and (run := _coordinated_in_case(w.tokens, w.i + 1, w.joined[1]))
    ):
        w.out += w.tokens[w.i : w.i + 1 + run]  # "по русскому языку и литературе"
        w.i += 1 + run
        w.joined = None
        return True
    return None


def _frame_at(w: _SubjectWalk) -> bool | None:
    """ "в честь Дня …" (the day honoured) or "в формате …"."""
    low = w.tokens[w.i].lower()
    if (
        low == "в"
        and w.tokens[w.i + 1 : w.i + 2] == ["честь"]
        and w.tokens[w.i + 2 : w.i + 3][:1]
        and w.tokens[w.i + 2][:2] in ("Дн", "дн")
        and is_genitive(w.tokens[w.i + 2])
    ):
        # "концерт в честь Дня учителя": the day honoured, as "ко Дню учителя" names it
        w.out += w.tokens[w.i : w.i + 3]
        w.i += 3
        return True
    if (
        low == "в"
        and w.tokens[w.i + 1 : w.i + 2] == ["формате"]
        and case_run(w.tokens, w.i + 2, "gent")
    ):
        w.out += w.tokens[w.i : w.i + 2]  # "в формате открытого урока"
        w.i += 2
        return True
    return None


def _coordinated_at(w: _SubjectWalk) -> bool | None:
    """Another kind, genitive or adjective joined by "и" or a comma, or an edition's
    ordinal before a genitive."""
    low = w.tokens[w.i].lower()
    if (
        low == "и"
        and len(w.out) == 0
        and w.i + 1 < len(w.tokens)
        and KIND.fullmatch(w.tokens[w.i + 1])
    ):
        w.out += w.tokens[w.i : w.i + 2]  # "экскурсии и мастер-классы"
        w.i += 2
        return True
    if low == "и" and w.out and (run := _genitive_run_to_name(w.tokens, w.i + 1)):
        w.out += w.tokens[w.i : w.i + 1 + run]  # "СМИ и творческих коллективов «Пою моё Отечество»"
        w.i += 1 + run
        return True
    if low in ("и", ",") and w.out and (run := _coordinated_genitive(w.out[-1], w.tokens, w.i + 1)):
        if low == ",":
            w.out[-1] += ","  # "неделя биологии, химии и экологии"
        w.out += w.tokens[w.i + (low == ",") : w.i + 1 + run]  # "смотр строя и песни"
        w.i += 1 + run
        return True
    if (ordinal := _ordinal_before_genitive(w.tokens, w.i)) is not None:
        w.out.append(ordinal)  # "этап 47-й Всероссийской олимпиады": the edition's number
        w.i += 2
        return True
    if low in ("и", ",") and w.out and _joins_adjectives(w.out[-1], w.tokens[w.i + 1 : w.i + 7]):
        w.out += w.tokens[w.i : w.i + 2] if low == "и" else [w.out.pop() + ",", w.tokens[w.i + 1]]
        w.i += 2  # "фестиваль детских и семейных фильмов"
        return True
    return None


def _written_forms_at(w: _SubjectWalk) -> bool | None:
    """A clipped word, a legal form (which ends the subject), an acronym, a number sign,
    a namesake's initials or an abbreviation with the name it leads."""
    token, low = w.tokens[w.i], w.tokens[w.i].lower()
    if (
        token.endswith(".")
        and len(token) > 2
        and w.out
        and w.i + 1 < len(w.tokens)
        and is_genitive(w.tokens[w.i + 1])
    ):
        w.out.append(token)  # "олимпиада по матем. и информатике"
        w.i += 1
        return True
    if _LEGAL_FORM.fullmatch(token):
        if len(w.out) >= 2 and w.out[-2].lower() in ("на", "при", "от"):
            del w.out[-2:]  # "на призы", "при поддержке" the company: left out with it
        return False  # "фестиваль на призы ООО «…»": a company's name, not the event's
    if _ACRONYM.fullmatch(token) and not is_known(low):
        w.out.append(token)  # "этап ВсОШ по биологии", "норм ГТО": an acronym, indeclinable
        w.i += 1
        return True
    if w.out and _NUMBER_SIGN.fullmatch(token):
        w.out.append(token)  # "концерт учащихся школы №20": its number
        w.i += 1
        return True
    if w.out and w.out[-1].lower() == "имени" and _INITIALS_NAME.fullmatch(token):
        w.out.append(token)  # "конкурс имени Т.Г. Шевченко": the namesake, as written
        w.i += 1
        return True
    if w.out and w.tokens[w.i + 1 : w.i + 2] == ["."] and is_abbreviation(token):
        # "им. Дж. К. Максвелла", "г. Челябинска": an abbreviation and the name it leads
        name = _name_after(w.tokens, w.i + 2)
        if not name:
            return False  # "… района г.": no clipped word left dangling at the end
        w.out += [f"{token}.", *name[0]]
        w.i += 2 + name[1]
        return True
    return None


def _names_after_at(w: _SubjectWalk) -> bool | None:
    """A name after the words it completes: an unquoted work's title, a republic's name,
    an age group, a namesake, an edition's year, a trophy, a dotted name, an apposed or
    unread name (each but the age group and the republic ends the subject)."""
    token, low = w.tokens[w.i], w.tokens[w.i].lower()
    if w.out and _WORK.match(w.out[-1]) and (title := _unquoted_title(w.tokens, w.i)):
        w.out.append(title)  # "премьера спектакля Женитьба Бальзаминова по пьесе …"
        return False
    if w.out and _REPUBLIC.fullmatch(w.out[-1]) and (run := _republic_name(w.tokens, w.i)):
        w.out += [w.tokens[w.i], *(["".join(w.tokens[w.i + 1 : w.i + 4])] if run > 1 else [])]
        # "первенство Республики Татарстан по дзюдо", "Республики Саха (Якутия)"
        w.i += run
        return True
    if w.out and low == "до" and _AGE_LIMIT.fullmatch(" ".join(w.tokens[w.i + 1 : w.i + 3])):
        w.out += w.tokens[w.i : w.i + 3]  # "первенство по дзюдо до 23 лет": its age group
        w.i += 3
        return True
    if w.out and _DEDICATED.search(" ".join(w.out[-3:])) and _namesake(token):
        w.out.append(token)  # "премии имени Александра Дубко": an indeclinable surname
        w.i += 1
        return True
    if (edition := _EDITION.fullmatch(token)) and is_genitive(edition.group(1)):
        w.out.append(token)  # "фестиваль науки-2015": the subject and the edition's year
        return False
    if (
        token[:1].isupper()
        and _TROPHY.match(token)
        and w.i + 1 < len(w.tokens)
        and _INITIALS_NAME.fullmatch(w.tokens[w.i + 1])
    ):
        w.out += w.tokens[w.i : w.i + 2]  # "турнир по борьбе Мемориал Б. Г. Иванова": its name
        return False
    if _DOTTED_NAME.fullmatch(token):
        w.out.append(f"«{token}»")  # "конкурса Знание.Лектор": a name, its point inside
        return False
    if _may_name_kind(w.tokens, w.i, w.out, w.oblique) and (
        apposed := _apposed_name(w.tokens, w.i)
    ):
        w.out.append(apposed)  # "в фестивале Радуга", "праздник народов Севера Хейро,"
        return False
    if not w.out and _unread_name(token):
        w.out.append(token)  # "праздник Эколят": a proper name the dictionary lacks
        return False
    return None


def _genitive_word_at(w: _SubjectWalk) -> bool | None:
    """A genitive word of the chain, never a person's name after a kind; anything else
    ends the subject."""
    token, low = w.tokens[w.i], w.tokens[w.i].lower()
    if not token[:1].isalpha() or low in _SKIP_AFTER or not is_genitive(token):
        return False
    if (
        token[:1].isupper()
        and is_person(token)
        and (not w.out or (is_animate(w.out[-1]) and not w.out[-1][:1].isupper()))
        and not _DEDICATED.match(" ".join(w.out[-3:]))
    ):
        return False  # "лекция профессора Иванова": the lecturer, not "конкурс имени Ивана Шмелёва"
        # nor the second word of a capitalised name ("на Кубок Деда Мороза")
    w.out.append(token)
    w.i += 1
    return True


_SUBJECT_STEPS = (
    _name_at,
    _goal_at,
    _complement_at,
    _frame_at,
    _coordinated_at,
    _written_forms_at,
    _names_after_at,
    _genitive_word_at,
)


def _unread_name(word: str) -> bool:
    """Whether `word` is a capitalised Cyrillic word pymorphy3 has no reading for at all
    (UNKN: "Эколят"): right after a kind noun such a word can only be a proper name's
    genitive, whose event it is ("праздник Эколят"), as a known one would be read
    ("первенство Барнаула")."""
    if not _CYRILLIC_NAME.fullmatch(word):
        return False
    found = word_parses(word)
    return bool(found) and all(p.tag.POS is None and "UNKN" in p.tag for p in found)


_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё]{2,}")


# adverbs of time and repetition: they tell when the event is held ("конкурс по чтению
# впервые пройдёт"), never how its action is done, so they never end a subject phrase
# adverbs of time, repetition and place: they tell when or where the verb happens, never
# which event (leftovers.py drops one a chat line's verb left at its title's end)
WHEN_ADVERBS = _WHEN_ADVERBS = frozenset(
    {
        "сегодня",
        "завтра",
        "вчера",
        "послезавтра",
        "сейчас",
        "теперь",
        "впервые",
        "вновь",
        "снова",
        "опять",
        "вместе",
        "всегда",
        "уже",
        "ещё",
        "еще",
        "скоро",
        "вскоре",
        "затем",
        "потом",
        "сначала",
        "тогда",
        "здесь",
        "там",
        "тут",
        "также",
        "тоже",
        "ежегодно",
    }
)
# the suffixes of a verbal noun's lemma ("чтение", "пение", "развитие"): the noun names an
# action, which an adverb may follow as it follows the verb ("читать вслух")
_VERBAL_NOUN = re.compile(r"(?:[ая]ние|ение|тие)$")


def manner_of_action(noun: str, word: str) -> bool:
    """Whether `word` is an adverb of manner that completes the verbal noun `noun` ("по
    чтению вслух", "по чтению наизусть"): every pymorphy3 reading of `word` is an adverb (not
    a short adjective: "устно" may be a predicate, and stays out), none a pronoun or question
    adverb, it is no adverb of time or repetition, and `noun`'s likeliest reading is a noun
    whose lemma has a verbal noun's suffix (-ание, -ение, -тие). A verbal noun keeps the
    verb's manner adverb after it ("читать вслух" -> "чтение вслух")."""
    found = word_parses(word)
    if not found or not word.isalpha() or word.lower() in _WHEN_ADVERBS:
        return False
    if any(p.tag.POS != "ADVB" or "Prdx" in p.tag or "Ques" in p.tag for p in found):
        return False
    head = word_parses(noun)
    return (
        bool(head) and head[0].tag.POS == "NOUN" and bool(_VERBAL_NOUN.search(head[0].normal_form))
    )


# "Республики": a republic, whose own name stands after it in the nominative in any case
_REPUBLIC = re.compile(r"(?i)республики")
# "до 23 лет", "до 18 года": the age group of a contest, part of its name
_AGE_LIMIT = re.compile(r"\d{1,2} (?:лет|года)")


def _republic_name(tokens: list[str], at: int) -> int:
    """How many tokens from `at` are a republic's own name after "Республики": Russian keeps
    it in the nominative whatever case "Республика" takes ("первенство Республики Татарстан",
    "олимпиада школьников Республики Саха (Якутия)"), so a capitalised word that pymorphy3
    reads as a nominative place name, with a second name in brackets after it; 0 otherwise."""
    token = tokens[at] if at < len(tokens) else ""
    if not token[:1].isupper() or not token.isalpha():
        return 0
    found = word_parses(token)
    if not found or found[0].tag.case != "nomn" or "Geox" not in found[0].tag:
        return 0
    bracket = tokens[at + 1 : at + 4]
    if bracket[:1] == ["("] and bracket[2:] == [")"] and bracket[1][:1].isupper():
        return 4  # "Саха (Якутия)"
    return 1


# a work shown or staged in an oblique case ("спектакля", "фильме"), before its unquoted title
_WORK = re.compile(
    r"(?i)^(?:спектакл|фильм|мультфильм|кинофильм|постановк|опер[ыеуо]|балет|мюзикл|пьес)"
    r"[а-яё]*$"
)
_PERSON_OR_PLACE = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})
_TROUPE = re.compile(r"(?i)(?:ансамбл|оркестр|хор|студи|коллектив|трупп|капелл)")


def _unquoted_title(tokens: list[str], i: int) -> str | None:
    """A work's title written without quotes after its kind in an oblique case: a title keeps
    its nominative whatever case the kind takes ("премьера спектакля Женитьба Бальзаминова",
    "показ фильма Летучий корабль"), so a capitalised noun in the nominative that is no
    person's or place's name, and the capitalised words right after it (at most four), are
    the title, quoted ("«Женитьба Бальзаминова»"); None otherwise (pymorphy3's likeliest
    reading). An adjective first ("спектакля Алтайский театр покажет") is not taken: it may
    open the next clause's subject; nor a troupe or a place ("спектакля Театр юного зрителя").
    An author's name right after the title ("Ревизор Гоголя") is taken with it: a title may
    hold a name too ("Женитьба Бальзаминова")."""
    token = tokens[i]
    if not token[:1].isupper() or not token.isalpha() or token.isupper():
        return None
    found = word_parses(token)
    if not found or found[0].tag.POS != "NOUN" or found[0].tag.case != "nomn":
        return None
    if _PERSON_OR_PLACE & found[0].tag.grammemes or PLACE.fullmatch(token) or _TROUPE.match(token):
        return None  # "спектакля Театр юного зрителя покажет …": who shows it, not its title
    run = [token]
    for word in tokens[i + 1 : i + 4]:
        if not (word[:1].isupper() and word.isalpha()):
            break
        run.append(word)
    return f"«{' '.join(run)}»"


def _oblique(word: str) -> bool:
    """Whether none of the kind word's readings is nominative or accusative ("празднике",
    "фестиваля", "конкурсом"; not "праздник", "выставку") (pymorphy3)."""
    found = word_parses(word)
    return bool(found) and all(p.tag.case not in ("nomn", "accs") for p in found)


def _closes_clause(tokens: list[str], i: int) -> bool:
    """Whether the capitalised word at tokens[i] (and the capitalised words right after it)
    ends the clause: a comma, a bracket, a point or the line's end follows."""
    j = i + 1
    while j < len(tokens) and j < i + 4 and tokens[j][:1].isupper() and tokens[j].isalpha():
        j += 1
    return j >= len(tokens) or tokens[j] in (",", "(", ".", ";", ":", "!", "?", "—", "–")


def _may_name_kind(tokens: list[str], i: int, out: list[str], oblique: bool) -> bool:
    """Whether an unquoted name at tokens[i] may be the kind's: right after a kind in an
    oblique case, or closing its genitive chain `out` after a word that does not take the
    name itself (_names_itself)."""
    if not out:
        return oblique
    return _closes_clause(tokens, i) and not _names_itself(out[-1])


def _names_itself(word: str) -> bool:
    """Whether a name right after `word`, a word of the kind's genitive chain, is that word's
    own: a common inanimate singular noun that is no kind takes its name in apposition ("реки
    Сейм", "города Курск"); a kind ("конкурса Родник"), a plural ("чтецов Родник") or a
    capitalised name ("народов Севера Хейро") leaves it to the kind (pymorphy3's likeliest
    reading)."""
    if not word[:1].islower() or KIND.fullmatch(word):
        return False
    found = word_parses(word)
    return (
        bool(found)
        and found[0].tag.POS == "NOUN"
        and found[0].tag.number == "sing"
        and "anim" not in found[0].tag.grammemes
    )


def _apposed_name(tokens: list[str], i: int) -> str | None:
    """An event's name written without quotes beside its kind: a name keeps the nominative
    whatever case the kind takes, so a capitalised noun whose likeliest reading is a singular
    nominative, after a kind in an oblique case ("на фестивале Радуга", "в празднике Навруз")
    or closing the kind's genitive chain ("праздник народов Севера Хейро,"), cannot be
    governed by the word before it; it and the capitalised words after it are the name, quoted
    (_unquoted_title's reading, which also keeps out persons, places and troupes). A plural
    ("на празднике Дети …") may open the next clause's subject: not taken."""
    found = word_parses(tokens[i])
    if not found or found[0].tag.number != "sing" or "anim" in found[0].tag.grammemes:
        return None
    return _unquoted_title(tokens, i)


# the dative of an anniversary: "столетию", "-летию" (after its number), "юбилею", "годовщине"
_ANNIVERSARY = re.compile(r"(?i)-?[а-яё]*летию|юбилею|годовщине")


def _anniversary(tokens: list[str], at: int) -> tuple[str, int] | None:
    """The anniversary an event is timed to after "к" ("к 145-летию", "к юбилею", "к 80-й
    годовщине"), as one word, and how many tokens it took; None when there is none."""
    number = tokens[at] if at < len(tokens) and tokens[at].isdigit() else ""
    word = tokens[at + 1 : at + 2] if number else tokens[at : at + 1]
    if word and number and word[0].startswith("-") and _ANNIVERSARY.fullmatch(word[0]):
        return number + word[0], 2  # "145", "-летию"
    if word and not word[0].startswith("-") and _ANNIVERSARY.fullmatch(word[0]):
        return (f"{number} {word[0]}" if number else word[0]), 2 if number else 1
    return None


def _name_after(tokens: list[str], at: int) -> tuple[list[str], int] | None:
    """The capitalised name from tokens[at] on, its initials with their points ("Дж", ".",
    "К", ".", "Максвелла" -> ["Дж.", "К.", "Максвелла"]), and how many tokens it took; None
    when no capitalised word stands at `at`. At most three words besides the initials."""
    words: list[str] = []
    j, full = at, 0
    while j < len(tokens) and full < 3 and tokens[j][:1].isupper() and tokens[j][:1].isalpha():
        if tokens[j + 1 : j + 2] == ["."] and len(tokens[j]) <= 3:
            words.append(f"{tokens[j]}.")  # an initial
            j += 2
            continue
        words.append(tokens[j])
        full += 1
        j += 1
    return (words, j - at) if full else None


def _acronym_after(tokens: list[str], i: int, preposition: str) -> int:
    """1 when an indeclinable acronym follows the preposition at `i` ("урок по ОБЖ",
    "кружок по ИЗО"): the subject in whatever case the preposition asks; else 0 (and for a
    company's legal form, "экскурсия по ОАО «…»", which names no subject)."""
    if preposition in ("к", "ко") or i + 1 >= len(tokens):
        return 0
    token = tokens[i + 1]
    return int(_ACRONYM.fullmatch(token) is not None and _LEGAL_FORM.fullmatch(token) is None)


# "по вт и чт", "по средам", "по выходным": days a class meets on, not its subject
# the legal form before a company's quoted name
_LEGAL_FORM = re.compile(r"ООО|ОАО|ЗАО|ПАО|АО|АНО|ИП|ФГУП|ГУП|МУП|НКО")
# a name written in Latin letters: capitalised words (or digits) after the kind
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9.-]*$")
_LATIN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]*$")
# "имени Ивана Сергеевича": the name of the person an event is named after is part of its name
_DEDICATED = re.compile(r"(?i)(?:^|\s)им(?:\.|ени)(?:\s+[А-ЯЁ][а-яё.]*){0,2}$")
# a word with its edition's year joined by a hyphen ("науки-2015")
_EDITION = re.compile(r"([А-ЯЁа-яё]+)-(?:19|20)\d\d")


def _namesake(word: str) -> bool:
    """Whether a capitalised word can be a person's name in the genitive ("Дубко", an
    indeclinable surname, reads as every case): a namesake after "имени" (pymorphy3's Name,
    Surn and Patr readings)."""
    return word[:1].isupper() and any(
        p.tag.case == "gent" and {"Name", "Surn", "Patr"} & p.tag.grammemes
        for p in word_parses(word)
    )


_WHEN_AFTER_PO = re.compile(
    r"(?i)(?:пн|вт|ср|чт|пт|сб|вс|понедельникам|вторникам|средам|четвергам|пятницам|субботам"
    r"|воскресеньям|выходным|будням|вечерам|утрам)\.?$"
)
_AUDIENCE_PREPS = frozenset({"среди", "для"})
# "ГТО", "ВсОШ", "КВН", "ЧМ-2018" (an acronym and its year)
_ACRONYM = re.compile(r"[А-ЯЁ](?=[а-яё]?[А-ЯЁ])[А-ЯЁа-яё]{1,5}(?:-\d{2,4})?")
_ABBREVIATION = re.compile(r"[а-яё]{2,6}")


def _abbreviations_joined(tokens: list[str]) -> list[str]:
    """Tokens with a clipped word and its point as one ("фин", ".", "грамотности" ->
    "фин.", "грамотности"): a point before a lower-case word ends no sentence."""
    clipped = [
        i
        for i, token in enumerate(tokens[1:-1], 1)
        if token == "." and tokens[i + 1][:1].islower() and _ABBREVIATION.fullmatch(tokens[i - 1])
    ]
    if not clipped:
        return tokens
    out = list(tokens)
    for i in reversed(clipped):
        out[i - 1 : i + 1] = [tokens[i - 1] + "."]
    return out


# a second quoted name after a slash: the same name in another language
_TRANSLATED = re.compile(r"\s*/\s*(«[^«»\n]{2,120}»)")
_NAME_WORD = re.compile(r"[А-ЯЁа-яёA-Za-zІіЇїЄєҒғҚқҢңӨөҰұҮүҺһӘәЎў]+")


def _russian(name: str) -> float:
    """The share of a name's words pymorphy3 knows as Russian (0.0 for none): of «Таза ауа –
    біздің болашағымыз!» / «Чистый воздух – наше будущее!» a Russian card shows the second."""
    words = _NAME_WORD.findall(name)
    return sum(is_known(w.lower()) for w in words) / len(words) if words else 0.0


# a person's initials and surname, written with or without spaces: "Т.Г. Шевченко", "В.П.Чкалова"
_INITIALS_NAME = re.compile(r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
# a prize named after a person: "Кубок В.П.Чкалова", "мемориал А.И. Иванова"
_TROPHY = re.compile(r"(?i)^(?:кубок|кубка|мемориал[а-яё]*|приз[а-яё]*)$")


def _chain_goes_on_to_name(tokens: list[str], at: int) -> bool:
    """Whether a genitive chain past its eighth word still leads straight to a quoted name
    ("этап конкурса исследовательских работ и творческих проектов дошкольников и младших
    школьников «Я – исследователь»"): the name is the kind's own, so the chain is read on to
    it (and cut short around the name when the title is too long, kind_and_name)."""
    if at < len(tokens) and tokens[at].startswith(("«", '"', "“")):
        return True
    if _namesake_within(tokens, at):
        return True  # "… конкурса ученической и студенческой молодёжи имени Т.Г. Шевченко"
    skip = int(at < len(tokens) and tokens[at].lower() == "и")
    return _genitive_run_to_name(tokens, at + skip) > 0


def _namesake_within(tokens: list[str], at: int) -> bool:
    """Whether genitive words from `at` (at most four, "и" between them) lead to "имени" and a
    person's initials and surname: the event's namesake, part of its name (or `at` is that
    name, right after "имени")."""
    if at and tokens[at - 1].lower() == "имени" and at < len(tokens):
        return _INITIALS_NAME.fullmatch(tokens[at]) is not None
    for j in range(at, min(at + 6, len(tokens) - 1)):
        if tokens[j].lower() == "имени":
            return _INITIALS_NAME.fullmatch(tokens[j + 1]) is not None
        if tokens[j] != "и" and (not tokens[j][:1].isalpha() or not is_genitive(tokens[j])):
            return False
    return False


def _genitive_run_to_name(tokens: list[str], at: int) -> int:
    """How many genitive words from `at` lead straight to a quoted name (0 when none do); a
    number after "№" is one of them ("преподавателей музыкальной школы № 20 «Звуки весны»"),
    and so is "и" joining two genitives ("учащихся музыкальных школ и школ искусств «…»":
    coordinated holders, up to sixteen words, still the kind's own chain)."""
    for j in range(at, min(at + 16, len(tokens))):
        if tokens[j].startswith(("«", '"', "“")):
            return j - at
        if j > at and _NUMBER_SIGN.fullmatch(tokens[j]):
            continue
        if j > at and tokens[j].lower() == "и" and tokens[j - 1].lower() != "и":
            continue
        if not tokens[j][:1].isalpha() or not is_genitive(tokens[j]):
            return 0
    return 0


def _joins_adjectives(last: str, after: list[str]) -> bool:
    """Whether "и"/"," joins two genitive adjectives of one noun ("детских и семейных
    фильмов"): `last` and the first word `after` are adjectives, a genitive noun follows
    (after more adjectives joined the same way, "детского, юношеского и молодёжного …")."""
    if len(after) < 2 or not _name_adjective(last) or not _name_adjective(after[0]):
        return False
    if not (is_genitive(last) and is_genitive(after[0])):
        return False
    if is_genitive(after[1]):
        return True
    # more adjectives joined first: "детского, юношеского и молодёжного вокального творчества"
    rest, k = after[1:], 0
    while k + 1 < len(rest) and rest[k].lower() in (",", "и") and _name_adjective(rest[k + 1]):
        if not is_genitive(rest[k + 1]):
            return False
        k += 2
    return 0 < k < len(rest) and is_genitive(rest[k])


# prepositions whose complement "и" may continue with a second noun in the same case
_COORDINATED_PREPS = frozenset({"по", "о", "об"})


def _coordinated_in_case(tokens: list[str], at: int, case: str) -> int:
    """How many words from `at` (after "и") are adjectives and a noun in `case`: a second
    complement of the preposition before the first ("олимпиада по физике и математике",
    "конкурс по русскому языку и литературе"): "и" joins two words in one case under one
    preposition (pymorphy3 readings). 0 when the words after "и" are no such noun (another
    kind, a number, a person's name)."""
    run = case_run(tokens, at, case)
    if not run:
        return 0
    last = tokens[at + run - 1]
    if not last.isalpha() or last[:1].isupper() or last.lower() in _SKIP_AFTER:
        return 0
    found = in_case(last, case, 4)
    return run if any("NOUN" in p.tag for p in found) else 0


def _coordinated_genitive(last: str, tokens: list[str], at: int) -> int:
    """How many words from `at` (after "и" or a comma) are a genitive noun, with at most two
    genitive adjectives before it, coordinated with the genitive noun `last` that ends the
    chain so far ("смотр строя и песни", "неделя биологии, химии и экологии"): both nouns read as
    genitives of the same number by pymorphy3, so "и" joins two complements of one kind, not
    the kind and another subject ("конкурс чтецов и выставка"). 0 otherwise."""
    number = _genitive_noun_number(last)
    if number is None:
        return 0
    for j in range(at, min(at + 3, len(tokens))):
        token = tokens[j]
        if not token[:1].isalpha() or token.lower() in _SKIP_AFTER:
            return 0
        if _genitive_noun_number(token) == number:
            return j - at + 1
        if not (_name_adjective(token) and is_genitive(token)):
            return 0
    return 0


def _genitive_noun_number(word: str) -> str | None:
    """ "sing" or "plur" when the likeliest reading of `word` is a genitive noun, else None."""
    found = word_parses(word)
    if not found or "NOUN" not in found[0].tag or found[0].tag.case != "gent":
        return None
    return str(found[0].tag.number)


# the case ending of an ordinal written in digits before a genitive ("47-й олимпиады", "5-го
# фестиваля", "XX-го"): the number of the event's edition
_ORDINAL_ENDING = re.compile(r"-(?:й|го|ого|его|ой|ей)")


def _ordinal_before_genitive(tokens: list[str], i: int) -> str | None:
    """ "47-й" when tokens[i] is a number, tokens[i + 1] an ordinal's genitive ending and a
    genitive adjective or noun follows ("этап 47-й Всероссийской олимпиады"); else None."""
    if not tokens[i].isdigit() or i + 2 >= len(tokens):
        return None
    if not _ORDINAL_ENDING.fullmatch(tokens[i + 1]) or not tokens[i + 2][:1].isalpha():
        return None
    return tokens[i] + tokens[i + 1] if is_genitive(tokens[i + 2]) else None


def _name_after_holders(tokens: list[str], at: int) -> str | None:
    """The quoted name right after a second holder's name: tokens[at] is a quote that names
    the genitive noun before it (an ensemble, a studio), "и", another genitive noun phrase
    and its quote follow, then one more quote, which no noun stands before ("концерт
    ансамбля «Грёзы» и студии «Задоринки» «Танцующая мелодия»"): that last quote is the
    kind's own name, as when two quotes stand side by side. None otherwise."""
    if tokens[at + 1 : at + 2] != ["и"]:
        return None
    run = _genitive_run_to_name(tokens, at + 2)
    second = at + 2 + run
    if not run or second + 1 >= len(tokens):
        return None
    last = tokens[second + 1]
    if not last.startswith(("«", '"', "“")) or not last.endswith(("»", '"', "”")) or len(last) < 4:
        return None
    return short_quote(last)
