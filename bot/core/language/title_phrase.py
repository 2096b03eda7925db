"""The phrase around a kind noun, in the nominative: "регионального этапа олимпиады
школьников по математике" gives "Региональный этап олимпиады школьников по математике".

Agreeing adjectives on the left, then on the right a quoted name, "посвящённый …" or a subject
(a genitive chain, "по …", "о …", "ко Дню …", "встреча с …"); the head and its adjectives are
put in the nominative with pymorphy3 (morphology.to_nominative). The subject is read by
title_kind_subject.kind_subject; the word tests both ask are in title_kind_subject_words.py.
"""

from __future__ import annotations

import re

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import (
    agreed,
    agrees,
    lemma,
    parses,
    to_nominative,
)
from bot.core.language.tails import last_words_start
from bot.core.language.title_clause_name import name_past_clause
from bot.core.language.title_complements import opens_with_kind
from bot.core.language.title_equated import GENERIC
from bot.core.language.title_finish import kind_and_name
from bot.core.language.title_kind_subject import kind_subject
from bot.core.language.title_kind_subject_words import (
    ACRONYM,
    INITIALS_NAME,
    TROPHY,
    is_name_adjective,
    russian,
)
from bot.core.language.title_such_name import name_called_next, name_pointed_back
from bot.core.language.title_words import (
    MAX_TITLE,
    has_noun_reading,
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
    if "«" not in right and (past := name_past_clause(text, end, right)) is not None:
        right = past  # "праздник, посвящённый открытию сезона, — «…»": the kind's name
    if "«" not in right and (back := name_pointed_back(text, start, end)) is not None:
        right = f"{right} {back}"  # "«Зимняя вахта». Игра под таким названием пройдёт …"
    elif "«" not in right and (called := name_called_next(text, start, end)) is not None:
        right = f"{right} {called}"  # "… прошёл концерт. В этом году он назывался «…»"
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
    if found is None or not ACRONYM.fullmatch(found.group(1)):
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
        if not is_name_adjective(clean) or _RELATIVE.match(clean):
            break  # not an adjective first; "этот", "наш", "весь", "следующий": no name's
        words.insert(0, clean)
    return words


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
        if (other := _TRANSLATED.match(tail, quote.end())) and russian(other.group(1)) > russian(
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
    if head and _AUTHORED.match(head.group(0)) and (author := _authored_by(tail)) is not None:
        return author  # "фильм режиссёра Андрея Петрова «Дом у реки»": the work's own name
    if head and TROPHY.match(head.group(0)) and (namesake := INITIALS_NAME.match(tail.lstrip())):
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
    out = kind_subject(tokens, meeting=meeting, trip=trip, part=part, oblique=oblique)
    if aside is not None and len(out) > aside[0] and out[: aside[0]] == tokens[: aside[0]]:
        out.insert(aside[0], aside[1])  # "по спортивной (вольной) борьбе"
    if not out and (unquoted := _quoted_elsewhere(text, line)) is not None:
        return " " + unquoted  # "субботник Зеленая Россия" under "… «Зеленая Россия»"
    return (" " + " ".join(out)) if out else ""


def _without_aside(tokens: list[str]) -> tuple[list[str], tuple[int, str] | None]:
    """`tokens` without the first bracketed aside of one or two adjectives between two
    lower-case words («по спортивной ( вольной ) борьбе», «юных ( начинающих ) чтецов»:
    pymorphy3's likeliest reading of each an adjective or participle), and where it stood
    with its text ("(вольной)"); (tokens, None) when there is none. The aside qualifies the
    noun after it, so the subject's chain reads past it (kind_subject) and keeps it."""
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


# works a named person makes (their author in the genitive after them: "фильм режиссёра …")
_AUTHORED = re.compile(
    r"(?i)^(?:фильм|кинофильм|мультфильм|спектакл|постановк|мюзикл|выставк|концерт|балет)"
)
# an animate noun in the genitive, the person's name (first names, surnames, initials,
# joined by «и»), then the work's quoted name when one follows the name
_NAME_WORD = r"(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]\.)"
_AUTHOR = re.compile(
    rf"[ \t]+([а-яё]{{3,}})[ \t]+({_NAME_WORD}(?:[ \t]*(?:и[ \t]+)?{_NAME_WORD})*)"
    r"(?:[ \t]*[,—–-]?[ \t]*(«[^«»]{2,120}»))?"
)


def _authored_by(tail: str) -> str | None:
    """The rest of a work's title when its author follows the work's noun on its line: the
    quoted name after the author's name (" «Дом у реки»" of "… режиссёра Андрея Петрова «Дом
    у реки»"), else the author with his name (" режиссёра Андрея Петрова"), so that the
    phrase never ends on the author's bare noun; None unless an animate genitive noun is
    followed by a person's name (a first name, surname or initials: pymorphy3)."""
    found = _AUTHOR.match(tail)
    if found is None or not (is_animate(found.group(1)) and is_genitive(found.group(1))):
        return None
    names = found.group(2).replace(" и ", " ").split()
    if not any(n.endswith(".") or is_person(n) for n in names):
        return None
    if found.group(3):
        return " " + short_quote(found.group(3))
    return f" {found.group(1)} {found.group(2)}"


def _oblique(word: str) -> bool:
    """Whether none of the kind word's readings is nominative or accusative ("празднике",
    "фестиваля", "конкурсом"; not "праздник", "выставку") (pymorphy3)."""
    found = word_parses(word)
    return bool(found) and all(p.tag.case not in ("nomn", "accs") for p in found)


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
