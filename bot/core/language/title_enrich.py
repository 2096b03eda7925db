"""A chosen title enriched with what a careful reader's title names besides the kind: the
event's own name, its occasion, and the public holiday its day is.

- The own name (when the title has no quoted or Latin-script name): a Latin-script name the
  verb that announces the event gives for the same kind written in English letters
  («состоится SCIENCE SLAM FESTIVAL» for «Фестиваль»: the last Latin word, transliterated,
  is the kind, as Russian borrows these words), a Latin name right after a mention of the
  kind («фестиваль Open Science»), or a short line right under a line that is the bare kind
  (a ticket site's layout «Концерт / 6 + / … / Имя») that the page repeats as a whole line
  further on (its schedule names the event again).
- The occasion: «ко Дню …», «посвящённый Дню …», «приуроченный к …», «в честь …» in the
  sentence of a mention of the title's kind or of its quoted name, or in a sentence whose
  subject is that kind («Викторина посвящена Дню …»), written as «к/ко + dative» (or «в честь
  + genitive» as written).
- The holiday: a generic title (every noun a kind of event, no name) on a Russian public
  holiday gets its name in the dative («… ко Дню народного единства»), from the `holidays`
  package (`holidays.country_holidays("RU", language="ru")`, read through
  bot.core.calendar_checks.day_off); a moved day off and the New Year days off name no feast.

- Choices made after the title (round 40, titledev40): what the next sentence says starts
  from the event's place («Оттуда стартует Эстафета Огня») is the event; a set of events the
  opening dedicates, when the time given is the set's («начало мероприятий»), is the event
  with the chosen one as its item; a programme an organiser prepared is the event when the
  title is its named item or the day the opening says is kept («мы отмечаем День …»); «В
  этот день» takes the previous sentence's subject as the occasion; a Latin name ending in
  the kind is not prefixed by the same kind («OPENDAY FESTIVAL»). A generic title of a post
  that says what its one feast is («Отметим, Сабантуй – ежегодный татарский праздник …») is
  that feast's name (round 48, fresh48).

Priority within 80 characters: kind + name, then the occasion. A word group the title holds
already is never added. Inflection uses pymorphy3 (morphology.py). Pure: text in, text out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from typing import Any

from bot.core.calendar_checks import day_off
from bot.core.language import whole_words
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.lowered import finditer_i, lower
from bot.core.language.morphology import agreed, parses, to_case
from bot.core.language.post_words import first_kind, post_words
from bot.core.language.quote_marks import with_guillemets
from bot.core.language.sentences import sentences
from bot.core.language.title_grammar import EVENT_LEMMAS
from bot.core.language.title_heading import has_finite_verb, is_chrome
from bot.core.language.title_kind_named import kind_named_elsewhere
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_words import (
    KIND,
    MAX_TITLE,
    inside_quotes,
    is_kind_word,
    kind_key,
    short_quote,
)

__all__ = ["enriched", "to_occasion"]

_SENTENCE_END = re.compile(r"[.!?\n](?=\s|$)|\n")
# Latin words of a name: capitalised or upper-case words, digits, joined by spaces
_LATIN_NAME = re.compile(
    r"[A-Z][A-Za-z0-9'&+.-]*(?:[^\S\n]+(?:[A-Z0-9][A-Za-z0-9'&+.-]*|of|and|the|for))*"
    r"(?<![.-])"
)
_ANNOUNCING = re.compile(
    r"(?<![а-яё])(?:состоится|состоятся|пройд[её]т|пройдут|стартует|стартуют|откро[ею]тся"
    r"|начн[её]тся|ждёт|ждет)[^\S\n]+",
    re.IGNORECASE,
)
# nouns of a time that is kept: a day, a week, a month, a year, a feast, an anniversary
_CALENDAR_LEMMAS = frozenset(
    {"день", "неделя", "месяц", "месячник", "год", "праздник", "юбилей", "годовщина", "декада"}
)
_LATIN_CAPITAL = re.compile(r"[A-Z]")
_LETTER = re.compile(r"[A-Za-zА-ЯЁа-яё]")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
# English letters read as Russian writes a borrowed word («festival» → «фестивал»)
_TRANSLIT = str.maketrans(
    {
        "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х",
        "i": "и", "j": "дж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п",
        "q": "к", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс",
        "y": "и", "z": "з",
    }
)  # fmt: skip
# what introduces an occasion: the participles of dedication and the prepositions
_OCCASION = compile_with_scan(
    r"(?<![А-ЯЁа-яё])(?:(?:[пП]освящ[её]нн?[а-яё]*|[пП]риурочен[а-яё]*)[^\S\n]+"
    r"(?:(?:к|ко)[^\S\n]+)?|[кК]о?[^\S\n]+(?=[А-ЯЁ0-9])|[вВ][^\S\n]+честь[^\S\n]+"
    r"|[вВ][^\S\n]+(?=День[^\S\n]))",
)
# a plural participle of dedication: a set of events («мероприятия, посвящённые …»)
_SET_PARTICIPLE = re.compile(r"(?i)(?:посвящ[её]нн|приуроченн)(?:ых|ые)(?![а-яё])")
# a verb keeping a feast: «мы отмечаем», «отмечается», «празднуем», «празднуют»
_KEPT = re.compile(r"(?<![А-ЯЁа-яё])(?:отмеча|праздну)(?:ем|ет|ют)(?:ся)?[^\S\n]+", re.I)
_DAY_HEAD = re.compile(r"(?:[А-ЯЁ][а-яё]+[^\S\n]+)?(?:[Дд]ень|[Нн]еделя)(?![а-яё])")
# an organiser's «приготовил / подготовила (для вас) …»: what it prepared is the event
_PREPARED = re.compile(r"(?<![А-ЯЁа-яё])(?:при|под)готови(?:л|ла|ли|ло)(?![а-яё])", re.I)
# one programme («программу»): «несколько программ» are the events themselves, each its own
_PROGRAMME = re.compile(r"(?<![А-ЯЁа-яё])программ[ау](?![а-яё])", re.I)
_ITEM_SENTENCES = 2  # sentences after the programme's own that list its items
# an occasion's adjective of scope before its day («к Международному дню …»)
_COMMON_DAY = re.compile(r"^ко?\s+(?:Международн|Всемирн|Всероссийск)[а-яё]+\s+(\w+)")
# the next sentence opening with what starts from the event's place: «Оттуда стартует …»
_FROM_THERE = re.compile(
    r"\s*(?:Оттуда|Отсюда)[^\S\n]+(?:стартуе?т|стартуют|начн[её]тся|начнутся|отправи?тся"
    r"|отправятся|двинется|двинутся)[^\S\n]+"
)
_KIND_REACH = 30  # characters between the verb and the kind («красочная Эстафета»)
_CAPITAL_PAIR = re.compile(r"(?<![А-ЯЁа-яё])([А-ЯЁ][а-яё]+)[^\S\n]+([А-ЯЁ][а-яё]+)(?![а-яё])")
# the time given for a set of events: «начало мероприятий в 11.00», «мероприятия начнутся»
_SET_START = re.compile(
    r"(?i)(?<![а-яё])(?:начал[оа]|старт)[^\S\n]+мероприятий|мероприятия[^\S\n]+"
    r"(?:начнутся|стартуют)"
)
_SET = "Мероприятия"  # the set's own word, as the opening writes it
_THIS_DAY = re.compile(r"\s*[Вв][^\S\n]+этот[^\S\n]+день(?![а-яё])")
_SUBJECT_WORDS = 4  # «последний школьный звонок»: adjectives and their noun
_OPENING_SENTENCES = 2  # «Друзья! Музей приглашает на мероприятия, посвящённые …»
_HAS_OCCASION = re.compile(r"(?i)(?<![а-яё])(?:ко?\s+[А-ЯЁа-яё0-9]|посвящ|приуроч|в\s+честь)")
# the occasion's words: a capitalised dative noun phrase and its genitive chain
_OCCASION_WORDS = re.compile(
    r"(?:\d{1,3}-?[а-яё]*[^\S\n]+)?[А-ЯЁ][А-ЯЁа-яё-]*(?:[^\S\n]+(?:[А-ЯЁа-яё-]+|и))*"
)
_TAIL = re.compile(r"[^\S\n]+(?:ко?|в\s+честь|посвящ[её]нн?[а-яё]*)[^\S\n]+\S.*$|,\s.*$")
_CALLED = re.compile(
    r"(?:под|с)[^\S\n]+(?:названием|наименованием)[^\S\n]*[:—–-]?[^\S\n]*(«[^«»\n]{3,70}»)"
)
_NAME_LINE = re.compile(r"[А-ЯЁA-Z][^\n]{2,58}")
_NAME_LINE_WORDS = 8
_AGE_MARK = re.compile(r"\d{1,2}\s?\+")  # a ticket site's age rating: «0+», «12 +»
_LINES_BELOW = 4  # lines a ticket page puts between the kind and the name (ages, category)


def enriched(text: str, title: str, day: date | None) -> str:
    """`title` (the parser's chosen concise title of the post `text`, in the nominative)
    with the event's own name, its occasion and, for a generic title, the public holiday of
    `day` (the event's school-local date; None: not known) added as the module says, at most
    80 characters; `title` itself when nothing is to be added or nothing fits."""
    text = with_guillemets(text)
    title = _started_there(text, title) or title
    if (whole := _dedicated_set(text, title)) is not None:
        return whole
    prepared = _prepared_programme(text, title)
    if prepared is not None:
        return _programme_title(text, *prepared, day)
    if (
        _bare_programme(title)
        and (feast := _defined_feast(text)) is not None
        and _occasion(text, title) is None
    ):
        return feast  # "…начнутся праздничные мероприятия. Напомним, Акатуй – праздник …"
    named = title
    if not _has_name(title):
        named = _with_name(title, _own_name(text, title))
    occasion = _occasion_for(text, named, day)
    if occasion is not None and not _repeats(named, occasion):
        joined = f"{named}{occasion}" if occasion.startswith(",") else f"{named} {occasion}"
        if len(joined) <= MAX_TITLE:
            return _without_doubled_kind(joined)
    return _without_doubled_kind(named)


def _occasion_for(text: str, title: str, day: date | None) -> str | None:
    """The occasion to add to `title` (see the module): the post's own for this event, else,
    for a generic title, the feast the post says is kept, else the public holiday of `day`."""
    occasion = None if _HAS_OCCASION.search(title) else _occasion(text, title)
    if occasion is None and not _HAS_OCCASION.search(title):
        occasion = _this_day_occasion(text, title)
    if occasion is None and _generic(title):
        occasion = _kept_feast(text)
        if occasion is None and day is not None:
            occasion = _holiday_occasion(day)
    return occasion


def _started_there(text: str, title: str) -> str | None:
    """What the sentence right after the title's event says starts from its place («…
    откроются торжества по поводу прибытия Огня возле собора. Оттуда стартует Эстафета
    Огня»): the ceremony opens it, and the relay, parade or procession that sets off is the
    event, as its kind phrase, a capitalised genitive completed from its first mention
    («Огонь Универсиады» → «Эстафета Огня Универсиады»); None when no such sentence
    follows, or what it names is no kind of event («Оттуда ребят отвезут домой»)."""
    found = first_kind(title)
    if found is None or ("ттуда" not in text and "тсюда" not in text):
        return None
    key = kind_key(found.group(0))
    inside = inside_quotes(text)
    for m in finditer_i(KIND, text):
        if kind_key(m.group(0)) != key or inside(m.start()):
            continue
        end = _sentence_end(text, m.end())
        start = _FROM_THERE.match(text, end + 1)
        if start is None:
            continue
        sentence_end = _sentence_end(text, start.end())
        kind = KIND.search(text, start.end(), min(sentence_end, start.end() + _KIND_REACH))
        if kind is None or inside(kind.start()) or kind_key(kind.group(0)) == key:
            continue
        phrase = _with_genitive_owner(text, kind_phrase(text, kind.start(), kind.end()))
        return phrase if len(phrase) <= MAX_TITLE else None
    return None


def _with_genitive_owner(text: str, phrase: str) -> str:
    """`phrase` with the capitalised genitive its first capitalised noun has at a mention
    in `text`, right after that noun («Эстафета Огня» after «прибудет Огонь Универсиады»
    → «Эстафета Огня Универсиады»); `phrase` when no such mention is."""
    words = phrase.split()
    for i, word in enumerate(words[1:], start=1):
        if not word[:1].isupper() or not word.isalpha():
            continue
        if i + 1 < len(words) and words[i + 1][:1].isupper():
            return phrase  # «Эстафета Огня Универсиады»: owned already
        lemmas = {p.normal_form for p in parses(word) if "NOUN" in p.tag}
        for pair in _CAPITAL_PAIR.finditer(text):
            first, owner = pair.group(1), pair.group(2)
            if owner in phrase or not any(p.normal_form in lemmas for p in parses(first)):
                continue
            if any("gent" in p.tag and "NOUN" in p.tag for p in parses(owner)[:1]):
                return " ".join([*words[: i + 1], owner, *words[i + 1 :]])
        return phrase  # the first capitalised noun only
    return phrase


def _dedicated_set(text: str, title: str) -> str | None:
    """«Мероприятия к Международному дню водных ресурсов: марафон «Океаномания»»: when the
    opening invites to a set of events dedicated to an occasion («приглашает на мероприятия,
    посвящённые …»: a plural participle) and the time the post gives is the set's («начало
    мероприятий в 11.00»), the set named by its occasion is the event, the chosen title's
    named event one of its items (its kind and name after a colon). None otherwise."""
    # both of _SET_START's branches need "мероприяти": the post's lower case tells (post_words)
    if (
        not post_words(text).may_hold("мероприяти")
        or _SET_START.search(text) is None
        or title.lower().startswith("мероприят")
    ):
        return None
    occasion = None
    for start, end in sentences(text)[:_OPENING_SENTENCES]:
        for m in _OCCASION.finditer(text, start, end):
            if not _SET_PARTICIPLE.match(m.group(0)):
                continue
            words = _OCCASION_WORDS.match(text, m.end(), end)
            occasion = occasion or (
                _occasion_phrase(m.group(0), words.group(0), _SET) if words else None
            )
    if occasion is None:
        return None
    head = f"{_SET}{occasion}" if occasion.startswith(",") else f"{_SET} {occasion}"
    tail = _TAIL.search(title)
    item = title[: tail.start()] if tail else title
    kind = first_kind(item.split("«")[0])
    if "«" not in item or kind is None:
        return head if len(head) <= MAX_TITLE else None
    short = f"{kind.group(0).lower()} {item[item.index('«') :]}"
    common = _COMMON_DAY.sub(_day_word, occasion)
    for candidate in (f"{head}: {short}", f"{_SET} {common}: {short}"):
        if len(candidate) <= MAX_TITLE:
            return candidate
    return None


def _this_day_occasion(text: str, title: str) -> str | None:
    """«В субботу прозвучит последний школьный звонок. В этот день состоятся линейки»: the
    subject the previous sentence ends with, after its verb, is the occasion of the event
    the next sentence holds «в этот день», as «, посвящённые + dative» agreeing with the
    title's kind («Линейки, посвящённые последнему школьному звонку»); None when the
    title's kind is not in such a sentence, or the previous one ends in no nominative noun
    phrase after a verb («В тот же день …» is another event the same day: no occasion)."""
    kind = first_kind(title)
    if kind is None or "этот день" not in lower(text):
        return None
    key = kind_key(kind.group(0))
    spans = [span for span in sentences(text) if text[span[0] : span[1]].strip()]
    for n, (start, end) in enumerate(spans[1:], start=1):
        opening = _THIS_DAY.match(text, start)
        if opening is None:
            continue
        if not any(kind_key(k.group(0)) == key for k in KIND.finditer(text, start, end)):
            continue
        phrase = _ending_subject(text[spans[n - 1][0] : spans[n - 1][1]])
        if phrase is None:
            return None
        participle = agreed("посвящённый", kind.group(0))
        return f", {participle} {' '.join(to_case(phrase.split(), 'datv'))}"
    return None


def _ending_subject(sentence: str) -> str | None:
    """The nominative noun phrase a sentence ends with right after its finite verb («…
    прозвучит последний школьный звонок.» → «последний школьный звонок»), lower-cased as
    written; None when it ends otherwise."""
    words = _CYRILLIC_WORD.findall(sentence)
    for i in range(len(words) - 1, 0, -1):
        found = parses(words[i - 1])
        if found and found[0].tag.POS == "VERB":
            tail = words[i:]
            if not 1 <= len(tail) <= _SUBJECT_WORDS:
                return None
            if _noun_in(parses(tail[-1]), "nomn") is None or parses(tail[-1])[0].tag.POS != "NOUN":
                return None
            if not all(
                any(r.tag.POS == "ADJF" and r.tag.case == "nomn" for r in parses(w))
                for w in tail[:-1]
            ):
                return None
            return " ".join(tail)
    return None


# a feast the post says what it is: «Сабантуй – ежегодный татарский праздник …», «Навруз —
# древний праздник весны» (a capitalised name, a dash, at most three words, «праздник»)
# (also after «а»/«и»: «Ёлка – главный праздник зимы, а Коляда – старинный праздник»)
_DEFINED_FEAST = re.compile(
    r"(?:^|(?<=[.!?,:;]\s)|(?<=\n)|(?<=\s[аи]\s))([А-ЯЁ][а-яё]{3,}(?:-[А-ЯЁа-яё][а-яё]+)?)"
    r"\s+[–—-]\s+(?:[а-яё]+\s+){0,3}праздник(?![а-яё])"
)
# a title that is nothing but a programme of festivities: its nouns' lemmas
_PROGRAMME_NOUNS = frozenset({"мероприятие", "программа"})


def _bare_programme(title: str) -> bool:
    """Whether the title is nothing but a programme of festivities («Праздничные
    мероприятия», «Программа праздничных мероприятий»): generic, and no noun of its own kind
    («Праздничный концерт», «Мастер-класс» keep their kind)."""
    if not _generic(title):
        return False
    nouns = [f[0] for w in _CYRILLIC_WORD.findall(title) if (f := parses(w)) and "NOUN" in f[0].tag]
    return all(n.normal_form in _PROGRAMME_NOUNS for n in nouns)


def _defined_feast(text: str) -> str | None:
    """The one feast the post defines as a feast («Отметим, Сабантуй – ежегодный татарский
    праздник …»), as written; None when it defines none, two different ones, or a kind of
    event («Ёлка – главный праздник зимы», «Дискотека – лучший праздник»: what is praised,
    not kept), or a person («Мама – главный праздник в жизни»)."""
    found = {m.group(1) for m in _DEFINED_FEAST.finditer(text)}
    if len(found) != 1:
        return None
    name = found.pop()
    reading = parses(name.lower())[0]
    if is_kind_word(name) or reading.normal_form in EVENT_LEMMAS or "anim" in reading.tag:
        return None
    return name


def _kept_feast(text: str) -> str | None:
    """The feast the post's opening says is kept («1 июня мы отмечаем Международный день
    защиты детей», «отмечается День …», «празднуем …») as an occasion («к Международному дню
    защиты детей»); None when the opening names none, or two different ones."""
    found = _kept_days(text)
    return to_occasion(found[0]) if len(set(found)) == 1 else None


def _kept_days(text: str) -> list[str]:
    """The days the opening (a greeting, then two sentences) says are kept, as written."""
    found: list[str] = []
    for start, end in sentences(text)[: _OPENING_SENTENCES + 1]:
        for m in _KEPT.finditer(text, start, end):
            words = _OCCASION_WORDS.match(text, m.end(), end)
            if words is not None and _DAY_HEAD.match(words.group(0)):
                found.append(words.group(0))
    return found


def _prepared_programme(text: str, title: str) -> tuple[tuple[int, int], str | None] | None:
    """A generic programme («праздничную программу») an organiser says it has prepared
    («театр приготовил праздничную программу», «подготовила для вас …»), as its span and
    its named item, when the programme is the event the title should name: the title's
    quoted name is listed in the next two sentences (the named performance is an item of
    the programme), or the title is the day the opening says is kept («мы отмечаем День …»:
    when the programme is held; its item the first kind with a quoted name listed in the
    next two sentences, or None). None otherwise, or when the programme has a quoted name of
    its own (its own title)."""
    quote = re.search(r"«[^«»]+»", title)
    kept = quote is None and title.lower() in {d.lower() for d in _kept_days(text)}
    if (quote is None and not kept) or title.lower().startswith("программ"):
        return None
    inside = inside_quotes(text)
    for verb in finditer_i(_PREPARED, text):
        end = _sentence_end(text, verb.end())
        kind = _PROGRAMME.search(text, verb.end(), end)
        if kind is None or inside(kind.start()) or text[kind.end() :].lstrip()[:1] == "«":
            continue
        reach = end
        for _ in range(_ITEM_SENTENCES):
            reach = _sentence_end(text, reach + 1)
        if quote is not None:
            if text.find(quote.group(0)[:-1], end, reach) >= 0:
                return kind.span(), title
            continue
        return kind.span(), _named_item(text, end, reach)
    return None


def _named_item(text: str, start: int, end: int) -> str | None:
    """The first kind word between `start` and `end` with its quoted name right after it,
    as its phrase («весёлая музыкальная сказка «Озорник Петрушка»» → «Весёлая музыкальная
    сказка «Озорник Петрушка»»); None when none is."""
    inside = inside_quotes(text)
    for m in finditer_i(KIND, text[:end]):
        if m.start() < start or inside(m.start()):
            continue
        if text[m.end() : m.end() + 3].lstrip()[:1] == "«":
            phrase = kind_phrase(text, m.start(), m.end())
            return phrase if "«" in phrase else None
    return None


def _programme_title(
    text: str, programme: tuple[int, int], item: str | None, day: date | None
) -> str:
    """«Праздничная программа ко Дню защиты детей: сказка «Озорник Петрушка»»: the prepared
    programme's phrase, its occasion, then its named item (shortened to its kind and name
    when the whole does not fit); the item alone when nothing fits."""
    phrase = kind_phrase(text, *programme)
    occasion = _occasion_for(text, phrase, day)
    head = f"{phrase} {occasion}" if occasion else phrase
    if occasion and (common := _COMMON_DAY.sub(_day_word, occasion)) != occasion:
        # «к Международному дню защиты детей» → «ко Дню защиты детей»: the day's short name
        short_head = f"{phrase} {common}"
    else:
        short_head = head
    if item is None:
        return head if len(head) <= MAX_TITLE else phrase
    kind = first_kind(item.split("«")[0])
    short = f"{kind.group(0).lower()} {item[item.index('«') :]}" if kind else item
    full = item[:1].lower() + item[1:] if item[1:2].islower() else item
    for candidate in (
        f"{head}: {full}",
        f"{head}: {short}",
        f"{short_head}: {full}",
        f"{short_head}: {short}",
        f"{phrase}: {short}",
    ):
        if len(candidate) <= MAX_TITLE:
            return candidate
    return item


def _day_word(found: re.Match[str]) -> str:
    """A _COMMON_DAY match (an occasion's «к/ко» and its adjective with the day word) put
    as the day word alone, capitalised, with its «к/ко»: «ко Всемирному дню водных ресурсов»
    → «ко Дню водных ресурсов» (the rest of the occasion is left by the substitution)."""
    word = found.group(1)[:1].upper() + found.group(1)[1:]
    return f"{_preposition(word)} {word}"


def _has_name(title: str) -> bool:
    """Whether `title` holds a name already: a quoted one («…», "…") or two Latin letters."""
    return "«" in title or '"' in title or re.search(r"[A-Za-z]{2}", title) is not None


def _with_name(title: str, name: str | None) -> str:
    """The title with `name` after its kind phrase and before an occasion tail; shortened to
    the kind and its adjectives when the whole does not fit; `title` when nothing fits."""
    if name is None or name.lower() in title.lower():
        return title
    tail = _TAIL.search(title)
    head, rest = (title[: tail.start()], title[tail.start() :]) if tail else (title, "")
    for candidate in (f"{head} {name}{rest}", f"{head} {name}", f"{_kind_only(head)} {name}"):
        if len(candidate) <= MAX_TITLE:
            return candidate
    return title


def _without_doubled_kind(title: str) -> str:
    """`title` without the Russian kind noun right before an unquoted Latin name whose own
    last word is that kind («Фестиваль OPENDAY FESTIVAL» → «OPENDAY FESTIVAL»; «Школьно-
    студенческий фестиваль OPENDAY FESTIVAL» → «Школьно-студенческий OPENDAY FESTIVAL», as
    Russian writes the adjectives before a borrowed name); `title` otherwise."""
    if _LATIN_CAPITAL.search(title) is None:
        return title
    for kind in KIND.finditer(title):
        gap = re.match(r"[^\S\n]+", title[kind.end() :])
        if gap is None:
            continue
        name = _LATIN_NAME.match(title, kind.end() + gap.end())
        if name is None or " " not in name.group(0):
            continue  # a one-word name («Фестиваль FESTIVAL») would lose its kind
        if not _names_kind(name.group(0), kind_key(kind.group(0))):
            continue
        head = title[: kind.start()]
        rest = title[name.start() :]
        return f"{head}{rest}" if head else rest
    return title


def _kind_only(phrase: str) -> str:
    """The kind noun and the words before it ("Областной конкурс исследовательских работ"
    -> "Областной конкурс")."""
    found = first_kind(phrase)
    return phrase[: found.end()] if found else phrase


def _own_name(text: str, title: str) -> str | None:
    """The event's own name the post gives for the title's kind (see the module), or None."""
    kind = first_kind(title)
    if kind is None:
        return None
    key = kind_key(kind.group(0))
    return (
        _called_name(text, key)
        or _named_next(text, key)
        or _latin_name(text, key)
        or _name_line(text, title)
        or _name_after_phrase(text, title, key)
        or kind_named_elsewhere(text, title, kind.group(0))
    )


_QUOTE_NEXT = re.compile(r"[^\S\n]+(«[^«»\n]{1,80}»)")
_LATIN_NEXT = re.compile(r"[^\S\n]+(?=[A-Z])")
_LAST_WORD = re.compile(r"[А-ЯЁа-яё-]{3,}$")
_PHRASE_KIND_REACH = 80  # characters: how far before the phrase's last word its kind may stand


def _name_after_phrase(text: str, title: str, key: str) -> str | None:
    """A quoted or Latin-script name right after the title's own last word where the post
    repeats the title's phrase in a sentence that mentions its kind `key` before it (a
    headline's «турнир по программированию» and the body's «турнир по программированию Code
    Battle»; «встреча с авторами … журнала «…»»): the phrase the post names in full. The title
    must hold words after its kind, all of them repeated between the mention of the kind and
    the last word (more may stand between): the name belongs to its complement («экскурсия в музей
    «…»» names the museum it holds) or to the whole phrase, never to a bare kind, whose quote
    title_phrase.py reads already."""
    last = _LAST_WORD.search(title)
    kind = first_kind(title)
    if last is None or kind is None or kind.end() >= last.start():
        return None
    word = last.group(0).lower()
    inner = re.findall(r"[а-яё-]{3,}", title[kind.end() : last.start()].lower())
    inside = inside_quotes(text)
    # the word's whole-word occurrences, found with str.find: a pattern compiled per word
    # thrashed `re`'s cache (whole_words.py)
    for start, end in whole_words.spans(text, word, whole_words.CYRILLIC_OR_HYPHEN):
        if inside(start):
            continue
        begin = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
        before = text[max(begin, start - _PHRASE_KIND_REACH) : start]
        kinds = [k for k in finditer_i(KIND, before) if kind_key(k.group(0)) == key]
        if not kinds:
            continue
        between = before[kinds[-1].end() :].lower()
        if not all(whole_words.occurs(between, w, whole_words.LOWER_CYRILLIC) for w in inner):
            continue  # «конкурс детских театров моды» is not «конкурса … моды «…»»
        quoted = _QUOTE_NEXT.match(text, end)
        if quoted is not None:
            return short_quote(quoted.group(1))
        gap = _LATIN_NEXT.match(text, end)
        name = _LATIN_NAME.match(text, gap.end()) if gap is not None else None
        found = _TRAILING_AGE.sub("", name.group(0)) if name is not None else ""
        if len(found) >= 3:  # «NAUKA 0+»: the age mark is no part of the name
            return found
    return None


_TRAILING_AGE = re.compile(r"[^\S\n]+\d{1,2}\+$")


def _called_name(text: str, key: str) -> str | None:
    """A quoted name the sentence of a mention of the kind `key` gives it after «под
    названием», «с названием» («конкурс рисунков ко Дню матери под названием «…»»), with no
    other kind of event between (whose name it would be). A quote right after the kind is
    the title phrase's own (title_phrase.py); one a few words further on is a place's, a
    platform's or an organiser's («субботник в роще «…»», «собрание в сети «…»»)."""
    if "назван" not in text:
        return None
    inside = inside_quotes(text)
    for m in finditer_i(KIND, text):
        if kind_key(m.group(0)) != key or inside(m.start()):
            continue
        called = _CALLED.search(text, m.end(), _sentence_end(text, m.end()))
        if called is None:
            continue
        between = text[m.end() : called.start()]
        if any(kind_key(k.group(0)) != key for k in KIND.finditer(between)):
            continue  # «… конкурс, а выставка под названием «…»»: the other event's name
        return short_quote(called.group(1))
    return None


# the next sentence opening with naming: «Программу назвали «…»», «Его назвали «…»»,
# «Мероприятие получило название «…»» (at most two words before the verb)
_NAMED_OPENING = re.compile(
    r"[^\S\n]*(?:[А-ЯЁа-яё]+[^\S\n]+){0,2}?(?:назвали|называется|получил[аои]?[^\S\n]+"
    r"название|носит[^\S\n]+название)[^\S\n]*[:—–-]?[^\S\n]*(«[^«»\n]{3,70}»)"
)


def _named_next(text: str, key: str) -> str | None:
    """A quoted name the sentence right after a mention of the kind `key` opens by giving
    («Концерт … пройдёт 15 февраля. Программу назвали «…»»): the writer names what they have
    just announced. A naming further on names something else («Позже её назвали «…»» after a
    sentence about the building)."""
    if "назва" not in text and "назыв" not in text:
        return None
    inside = inside_quotes(text)
    for m in finditer_i(KIND, text):
        if kind_key(m.group(0)) != key or inside(m.start()):
            continue
        end = _sentence_end(text, m.end())
        named = _NAMED_OPENING.match(text, end + 1) if end < len(text) else None
        if named is not None:
            return short_quote(named.group(1))
    return None


def _sentence_end(text: str, at: int) -> int:
    """The offset in `text` of the first sentence end (_SENTENCE_END: «.», «!», «?» before a
    space or the end, or a newline) from `at` on; len(text) when none follows."""
    found = _SENTENCE_END.search(text, at)
    return found.start() if found else len(text)


def _latin_name(text: str, key: str) -> str | None:
    """A Latin-script name the post gives the kind `key`: after an announcing verb, ending in
    the kind's English word («состоится SCIENCE SLAM FESTIVAL»), or right after a mention of
    the kind («фестиваль Open Science»)."""
    if _LATIN_CAPITAL.search(text) is None:
        return None
    for verb in finditer_i(_ANNOUNCING, text):
        name = _LATIN_NAME.match(text, verb.end())
        if name and _names_kind(name.group(0), key):
            return name.group(0)
    inside = inside_quotes(text)
    for m in finditer_i(KIND, text):
        if kind_key(m.group(0)) != key or inside(m.start()):
            continue
        name = _LATIN_NAME.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
        if name and len(name.group(0)) >= 3:
            return name.group(0)
    return None


def _names_kind(name: str, key: str) -> bool:
    """Whether the Latin name's last word, read in Russian letters, is the kind `key`
    («FESTIVAL» → «фестивал»: «фест»)."""
    last = name.split()[-1].lower()
    return len(last) >= 4 and last.translate(_TRANSLIT)[:4] == key


def _name_line(text: str, title: str) -> str | None:
    """The short line under a line that is the bare kind (a ticket site's card), past the
    lines with no word (an age «6 +») and the lines that open with the kind again (a
    category «Концерт в Краснодаре»), when the page repeats it as a whole line or marks the
    card with an age between (a ticket site's «0+», «12 +»); None otherwise."""
    lines = [line.strip() for line in text.splitlines()]
    bare = title.strip().lower()
    for i, line in enumerate(lines):
        if line.lower().rstrip(".:") != bare:
            continue
        aged = False
        for below in lines[i + 1 : i + 1 + _LINES_BELOW]:
            if not below or not _LETTER.search(below) or len(below) <= 3:
                aged = aged or _AGE_MARK.fullmatch(below) is not None
                continue  # «6 +», «12+»
            if below.lower().startswith(bare):
                continue  # «Концерт в Краснодаре»: the site's category line
            repeated = lines.count(below) >= 2
            if _is_name_line(below) and (repeated or (aged and not is_chrome(below))):
                return f"«{below}»"
            break
    return None


def _is_name_line(line: str) -> bool:
    """Whether a ticket page's line may be an event's name: capitalised, 3 to 59 characters
    on one line (_NAME_LINE), at most _NAME_LINE_WORDS words, no digit, no finite verb, not
    closing on «:» or «,»."""
    words = line.split()
    return (
        _NAME_LINE.fullmatch(line) is not None
        and len(words) <= _NAME_LINE_WORDS
        and not any(ch.isdigit() for ch in line)
        and not has_finite_verb(line)
        and not line.endswith((":", ","))
    )


def _occasion(text: str, title: str) -> str | None:
    """The occasion the post names for the title's event: «к/ко + dative» for a day, a year
    or an anniversary, «, посвящённый + dative» (agreeing with the title's kind) for another
    dedication, «в честь + genitive» as written; None when it names none, or names it only
    for another event, or names two. A post whose opening (two sentences) dedicates a set of events
    («мероприятия, посвящённые …»: a plural participle) and names no other occasion gives
    that occasion to each of its events."""
    openers = list(_OCCASION.finditer(text))
    if not openers:
        return None
    anchors = _anchors(text, title)
    if not anchors:
        return None
    spans = [span for span in sentences(text) if span[0] < span[1]]
    ends = [end for _, end in spans]
    found: list[str] = []
    every: list[str] = []
    opening: list[str] = []
    for m in openers:
        n = min(bisect_right(ends, m.start()), len(spans) - 1)
        start, end = spans[n]
        words = _OCCASION_WORDS.match(text, m.end(), end)
        phrase = _occasion_phrase(m.group(0), words.group(0), title) if words else None
        if phrase is None:
            continue
        every.append(phrase)
        if any(start <= a < end for a in anchors) and phrase not in found:
            found.append(phrase)
        if n < _OPENING_SENTENCES and _SET_PARTICIPLE.match(m.group(0)):
            opening.append(phrase)
    if not found and opening and len(set(every)) == 1:
        return opening[0]  # the set's occasion, the only one the post names
    return found[0] if len(found) == 1 else None


def _anchors(text: str, title: str) -> list[int]:
    """Where the post mentions the title's event: its quoted name and each kind noun of the
    title («Награждение конкурса «…»»: the award's and the contest's mentions)."""
    quote = re.search(r"«[^«»]+»", title)
    found = _positions(text, quote.group(0)[:-1]) if quote else []
    keys = {kind_key(k.group(0)) for k in KIND.finditer(re.sub(r"«[^«»]*»", " ", title))}
    inside = inside_quotes(text)
    return found + [
        m.start()
        for m in finditer_i(KIND, text)
        if kind_key(m.group(0)) in keys and not inside(m.start())
    ]


def _positions(text: str, part: str) -> list[int]:
    """Where `part` occurs in `text`."""
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def _occasion_phrase(opener: str, words: str, title: str) -> str | None:
    """The occasion `words` name after `opener` («посвящённый», «к», «ко», «в честь»): the
    noun phrase only — a capitalised noun in the dative (the genitive after «в честь»), its
    adjectives and ordinal figures before it, the genitive words after it — written as
    _occasion says; None when no such noun heads it («к участию», «к Эльбрусу»)."""
    genitive = "честь" in opener
    on_day = opener.strip().lower() == "в"  # «в День защиты детей»: the day it is held on
    wanted = "gent" if genitive else "nomn" if on_day else "datv"
    kept: list[str] = []
    head: object = None
    for token in words.split()[:8]:
        found = parses(token)
        if head is None:
            if token[:1].isdigit():
                kept.append(token)
                continue
            first = found[0] if found else None
            adjective = first is not None and "ADJF" in first.tag and first.tag.case == wanted
            noun = None if adjective else _noun_in(found, wanted)
            if noun is not None:
                if not _occasion_head(token, noun):
                    return None
                head = noun
            elif not any("ADJF" in p.tag and p.tag.case == wanted for p in found):
                return None
            kept.append(token)
            continue
        nominal = bool(found) and found[0].tag.POS in ("NOUN", "ADJF", "PRTF")
        if token == "и" or (
            nominal and any(p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "gent" for p in found)
        ):
            kept.append(token)
            continue
        break
    while kept and kept[-1] == "и":
        kept.pop()
    if any(_pronominal(token) for token in kept):
        return None  # «Дню рождения нашего города»: the writer's own, not the calendar's
    if head is None or not (kept[0][:1].isupper() or kept[0][:1].isdigit()):
        return None  # «к участию», «к сожалению»: no holiday's name
    phrase = " ".join(kept)
    if on_day:
        if KIND.match(phrase):
            return None  # «в День открытых дверей»: an event, not an occasion
        phrase = " ".join(to_case(kept, "datv"))
        return f"{_preposition(phrase)} {phrase}"
    if genitive:
        return f"в честь {phrase}"
    if opener.strip().lower() in ("к", "ко") or _calendar(head):
        return f"{_preposition(kept[0])} {phrase}"
    kind = first_kind(title)
    participle = opener.split()[0].lower()
    if kind is not None:
        participle = agreed(participle, kind.group(0))
    return f", {participle} {phrase}"


def _pronominal(token: str) -> bool:
    """Whether a word's likeliest reading is a pronoun («наш», «твой», «его»: pymorphy3's
    NPRO, or an adjective tagged Apro)."""
    found = parses(token)
    return bool(found) and (found[0].tag.POS == "NPRO" or "Apro" in found[0].tag)


def _noun_in(found: tuple[Any, ...], case: str) -> Any:
    """The first noun reading of `found` (a word's pymorphy3 parses) in the case `case` (a
    pymorphy3 case grammeme: "nomn", "datv" …); None when there is none."""
    return next((p for p in found if "NOUN" in p.tag and p.tag.case == case), None)


def _calendar(noun: Any) -> bool:
    """Whether a noun names a time one keeps (a day, a year, a week, a feast, an
    anniversary): the occasion is then written «к/ко + dative», the way Russian names what an
    event is held for («ко Дню Победы», «к 80-летию школы»); another dedication («посвящённый
    Сталинградской битве») keeps its participle."""
    lemma = str(noun.normal_form)
    return lemma in _CALENDAR_LEMMAS or lemma.endswith("летие")


def _occasion_head(word: str, reading: Any) -> bool:
    """Whether a capitalised noun can head an occasion: not a place's or a person's name
    («к Эльбрусу», «к Деду Морозу»), not an abbreviation («к ЕГЭ»), not a kind of event
    («ко Всероссийской акции»: the frame an event is part of, not what it is held for)."""
    tag = getattr(reading, "tag", None)
    if tag is None or any(g in tag for g in ("Geox", "Name", "Surn", "Patr", "Orgn", "Abbr")):
        return False
    return not (len(word) > 1 and word.isupper()) and KIND.fullmatch(word) is None


def _preposition(word: str) -> str:
    """«ко» before a word opening with «в», «д», «м», «с», «л» or «ф» and another consonant
    («ко Дню», «ко Всемирному»), else «к» (Russian orthography)."""
    low = word.lower()
    consonants = "бвгджзйклмнпрстфхцчшщ"
    return "ко" if len(low) > 1 and low[0] in "вдмслф" and low[1] in consonants else "к"


def _repeats(title: str, occasion: str) -> bool:
    """Whether the title holds the occasion's words already (compared by their first five
    letters: «День защиты детей» and «ко Дню защиты детей»)."""
    held = {w.lower()[:5] for w in _CYRILLIC_WORD.findall(title)}
    words = [w.lower()[:5] for w in _CYRILLIC_WORD.findall(occasion) if len(w) > 3]
    return bool(words) and all(w in held for w in words)


def _generic(title: str) -> bool:
    """Whether the title names no event of its own: no name, and every noun a kind of event
    («Праздничный концерт», «Программа праздничных мероприятий»)."""
    if _has_name(title) or "«" in title:
        return False
    words = _CYRILLIC_WORD.findall(title)
    if not words or len(words) > 5 or any(w[:1].isupper() for w in words[1:]):
        return False
    nouns = [w for w in words if (found := parses(w)) and "NOUN" in found[0].tag]
    return bool(nouns) and all(KIND.fullmatch(w) is not None for w in nouns)


def _holiday_occasion(day: date) -> str | None:
    """The public holiday of `day` as an occasion («ко Дню народного единства»); None on
    another day, a moved day off («Выходной (перенесено …)») or a plural name of days off
    («Новогодние каникулы»)."""
    name = day_off(day)
    if name is None or "(" in name:
        return None
    first = next((p for p in parses(name.split()[-1]) if "NOUN" in p.tag), None)
    head = next((w for w in name.split() if (found := parses(w)) and "NOUN" in found[0].tag), None)
    head_reading = parses(head)[0] if head else first
    if head_reading is None or head_reading.tag.number == "plur":
        return None
    return to_occasion(name)


def to_occasion(name: str) -> str:
    """A holiday's nominative name as an occasion: «к/ко» and the name in the dative, the
    head noun and its adjectives inflected, the rest kept («Международный женский день» ->
    «к Международному женскому дню», «День России» -> «ко Дню России»)."""
    words = to_case(name.split(), "datv")
    return f"{_preposition(words[0])} {' '.join(words)}"
