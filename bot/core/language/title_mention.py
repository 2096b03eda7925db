"""Two corrections of a chosen concise title that read the rest of the post (round 41).

- The name a later mention gives: a title with no quoted name whose words the post repeats
  (same order, each word's stem) with only a genitive chain after them and then a quoted
  name («Фестиваль подростковых клубов» … «Фестиваль подростковых клубов Первомайского
  района «А у нас во дворе…» состоится …») takes that name: the chain is the event's owner,
  the quote is what the event is called. A quote after a preposition, after a noun of an
  organisation or a place («центра «Полис»», «в сквере «Юность»») or in another sentence is
  not the event's. A double name (Russian «X, или Y», the convention of a title with a
  subtitle) that does not fit the card keeps its first part, «X».
- A title that is one kind noun alone («Урок», «Мероприятие») names nothing: a noun a dash
  sets beside it («урок – зоошкола») or the post's heading line makes it the event's own.
- A bare kind title set in one named event («выходят на «Гонку …»», «в рамках акции «…»»)
  takes its name or its frame (framed_title).
- The organiser is not the event: a title that names no kind of event and is the subject of
  «приглашает/приглашают/зовёт/зовут (кого) на …» in its sentence is replaced by what the
  verb invites to («Клуб «Отчий край» приглашает на видеолекторий об …» →
  «Видеолекторий об …»): the object of «на» + accusative, its head noun and adjectives put
  back in the nominative (pymorphy3, morphology.py), a quoted name through accusative_named.

Pure: text in, text out; titles at most 80 characters (MAX_TITLE). Used by post_draft.py
before title_enrich.enriched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses, to_nominative
from bot.core.language.post_words import first_kind, first_pos
from bot.core.language.quote_marks import with_guillemets
from bot.core.language.sentences import dot_ends_sentence
from bot.core.language.stem_runs import stems_end
from bot.core.language.title_dated_days import another_days_kind
from bot.core.language.title_finish import fit
from bot.core.language.title_heading import is_chrome
from bot.core.language.title_quotes import accusative_named
from bot.core.language.title_words import (
    KIND,
    MAX_TITLE,
    adjective_of_noun_after,
    is_genitive,
    scare_quoted,
    short_quote,
)

__all__ = ["bare_kind_named", "framed_title", "invited_event", "mentioned_name", "with_mention"]

_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
# up to six words of a genitive chain (no sentence or clause mark), a dash, then a quote
_CHAIN_TO_QUOTE = re.compile(
    r"((?:[^\S\n]+[^\s«»\"“.!?:;,()]+){0,6}?)[^\S\n]*[–—-]?[^\S\n]*(«[^«»\n]{2,120}»|\"[^\"\n]{2,120}\"|“[^“”\n]{2,120}”)"
)
_QUOTED = re.compile(r"[«\"“]")  # a title with a quote mark has a name already
_NUMBER_TOKEN = re.compile(r"№?\d+[а-яё]?")
# lemmas of nouns naming an organisation or a place: a quote after one is its name
_OWNER_LEMMAS = frozenset(
    {
        "театр", "ансамбль", "клуб", "центр", "студия", "школа", "гимназия", "лицей",
        "колледж", "университет", "институт", "академия", "музей", "библиотека", "парк",
        "сквер", "дворец", "дом", "компания", "фонд", "коллектив", "кинотеатр", "лагерь",
        "отряд", "кафе", "издательство", "журнал", "газета", "сайт", "канал", "портал",
        "группа", "сеть", "площадка", "зал", "стадион", "объединение", "движение",
        "организация", "отделение", "учреждение", "филиал", "кинозал", "сад", "усадьба",
    }
)  # fmt: skip
_SENTENCE_END = compile_with_scan(r"[.!?](?=\s|$)|\n")  # "«Мусора.Больше.Нет»": no end
_INVITES = re.compile(
    r"(?<![а-яё])(?:приглаша(?:ет|ют)|зов(?:[её]т|ут))(?![а-яё])"
    r"((?:[^\S\n]+(?!на[^\S\n])[а-яё-]+){0,3})[^\S\n]+на[^\S\n]+",
    re.IGNORECASE,
)
# the object of «на»: a quoted name, or words up to a clause mark, a digit (its date) or
# a word that starts the rest of the sentence
_OBJECT_END = re.compile(r"[.,!?:;()\n\d«»\"]|[^\S\n](?:и|в|во|с|со|где|который|которая)[^\S\n]")
_OPEN_QUOTE = re.compile(r"«[^«»\n]{2,120}»|\"[^\"\n]{2,120}\"|“[^“”\n]{2,120}”")


def with_mention(text: str, title: str, elsewhere: tuple[tuple[int, int], ...] = ()) -> str:
    """`title` corrected as the module says: the event the organiser of the title invites
    to, else the title with the quoted name a later mention gives it (never a mention in a
    clause of `elsewhere`, dated with another day than the event's: title_dated_days.py);
    `title` itself when neither applies."""
    text = with_guillemets(text)
    if (fuller := bare_kind_named(text, title)) is not None:
        return fuller
    invited = invited_event(text, title)
    if invited is not None:
        return invited
    found = _mention(text, title, elsewhere)
    if found is not None:
        return f"{title} {found[0]}"
    if (named := _named_head(text, title, elsewhere)) is not None:
        return named
    return framed_title(text, title) or title


def _named_head(text: str, title: str, elsewhere: tuple[tuple[int, int], ...] = ()) -> str | None:
    """A title whose kind has a complement after it («Всероссийская акция для родителей
    выпускников»), named by a mention of its adjectives and kind alone («всероссийскую
    акцию «Единый день сдачи ЕГЭ родителями»»): the whole title with the name, or the
    adjectives, kind and name when that is too long. None when the kind has no adjective
    before it (a bare «выставка «…»» of a round-up may be another one) or no mention names
    it."""
    kind = first_kind(title)
    if kind is None or kind.end() >= len(title.rstrip()) or _QUOTED.search(title):
        return None
    head = title[: kind.end()]
    if len(_WORD.findall(head)) < 2:
        return None
    found = _mention(text, head, elsewhere)
    if found is None or _other_topic(text, found[1], title[kind.end() :]):
        return None
    name = found[0]
    whole = f"{title} {name}"
    return whole if len(whole) <= MAX_TITLE else f"{head} {name}"


def _stem(word: str) -> str:
    low = word.lower().replace("ё", "е")
    return low[: max(2, min(5, len(low) - 1))]


def mentioned_name(text: str, title: str) -> str | None:
    """The name _mention finds for `title` in `text` (None: none)."""
    found = _mention(text, title)
    return found[0] if found is not None else None


def _mention(
    text: str, title: str, elsewhere: tuple[tuple[int, int], ...] = ()
) -> tuple[str, int] | None:
    """The quoted name («…») a mention of the title's words in `text` gives them (see the
    module), shortened to a double name's first part when the title with it would exceed
    80 characters, and the offset after the quote; None when the title has a name, no
    mention gives one, or none fits."""
    if _QUOTED.search(title):
        return None
    words = _WORD.findall(title)
    if not words or len(words) > 8:
        return None
    low = text.lower().replace("ё", "е")
    for start, end in _stem_runs(low, [_stem(w) for w in words]):
        if start and low[start - 1].isalpha() and not text[start].isupper():
            continue  # inside a word; a capital after a letter starts a glued headline's body
        first_word = _WORD.match(text, start)
        if first_word and another_days_kind(text, start, first_word.group(0), elsewhere):
            continue  # "19 декабря состоится концерт «…»": another day's concert
        found = _CHAIN_TO_QUOTE.match(text, end)
        if (
            found is None
            or not _same_words(words, text[start:end].split())
            or not _chain(found.group(1).split())
        ):
            continue
        quote = found.group(2)
        if scare_quoted(quote) or adjective_of_noun_after(text, found.start(2), found.end(2)):
            continue
        name = _fitting(title, short_quote(f"«{quote[1:-1].strip()}»"))
        if name is not None and name[1:-1].lower() not in title.lower():
            return name, found.end(2)
    return None


_LETTERS = re.compile(r"[а-яё-]*")
_LINE_GAP = re.compile(r"[^\S\n]+")


def _stem_runs(low: str, stems: list[str]) -> Iterator[tuple[int, int]]:
    """Spans (start, end offsets) of `low` (lower case, ё as е) where words beginning with
    `stems` follow each other, each stem followed by the rest of its word (letters and
    hyphens) and separated by spaces within one line; left to right, not overlapping — what
    `re.finditer` of the pattern «stem[а-яё-]*» joined by «[^\\S\\n]+» finds, without
    compiling a pattern per title (a new title is a miss of `re`'s cache, and compiling the
    Cyrillic class cost more than the search)."""
    first = stems[0]
    at = low.find(first)
    while at >= 0:
        end = stems_end(low, at, stems, _LETTERS, _LINE_GAP)
        if end is None:
            at = low.find(first, at + 1)
        else:
            yield at, end
            at = low.find(first, end)


def _other_topic(text: str, after: int, complement: str) -> bool:
    """Whether the mention's own words after its quote give the same preposition as the
    title's complement another noun («конкурс «…» о городе» for «конкурс … о природе»):
    another event of the kind."""
    words = complement.split()
    at = next((i for i, w in enumerate(words) if (p := parses(w)) and p[0].tag.POS == "PREP"), -1)
    words = words[at:] if at >= 0 else []
    if len(words) < 2:
        return False
    said = re.match(
        rf"[^\S\n]*{re.escape(words[0].lower())}[^\S\n]+([а-яё-]+)", text[after:].lower()
    )
    if said is None:
        return False
    own = {p.normal_form for p in parses(words[1])[:3]}
    return not own & {p.normal_form for p in parses(said.group(1))[:3]}


def _same_words(words: list[str], mention: list[str]) -> bool:
    """Whether the mention's words are the title's words, each of one lemma with its own
    among their three likeliest readings (pymorphy3): «выставочного» shares the stem of
    «выставка», not its lemma."""
    if len(words) != len(mention):
        return False
    for word, token in zip(words, mention, strict=True):
        said = _WORD.search(token)
        if said is None:
            return False
        own = {p.normal_form for p in parses(word)[:3]}
        if own and not own & {p.normal_form for p in parses(said.group(0))[:3]}:
            return False
    return True


def _chain(tokens: list[str]) -> bool:
    """Whether the words between a mention and a quote are a genitive chain (numbers such
    as «№5» allowed) whose last noun names no organisation or place."""
    for token in tokens:
        if _NUMBER_TOKEN.fullmatch(token.lower()):
            continue
        if _WORD.fullmatch(token) is None or not is_genitive(token):
            return False
    last = next((t for t in reversed(tokens) if _WORD.fullmatch(t)), None)
    if last is None:
        return True
    if tokens and _NUMBER_TOKEN.fullmatch(tokens[-1].lower()):
        return True  # «гимназии №5 «…»»: the number, not the quote, names the school
    found = parses(last)
    return not (found and found[0].normal_form in _OWNER_LEMMAS)


_OR = re.compile(r",?[^\S\n]+или[^\S\n]+", re.IGNORECASE)


def _fitting(title: str, name: str) -> str | None:
    """`name` when the title with it fits a card, else a double name's first part, else
    None."""
    if len(title) + 1 + len(name) <= MAX_TITLE:
        return name
    first = _OR.split(name[1:-1], maxsplit=1)[0].strip()
    if first and len(first) < len(name) - 2 and len(title) + 3 + len(first) <= MAX_TITLE:
        return f"«{first}»"
    return None


def invited_event(text: str, title: str) -> str | None:
    """What the subject `title` (no kind of event in it) invites to in its sentence (see the
    module), capitalised, in the nominative, at most 80 characters; None when the title is
    an event kind, is not found before such a verb in one sentence, or no object follows."""
    if first_kind(title) is not None:
        return None
    core = title.strip('«»" ').lower().replace("ё", "е")
    if len(core) < 3:
        return None
    low = text.lower().replace("ё", "е")
    at = low.find(core)
    while at >= 0:
        end = at + len(core)
        limit = _sentence_stop(text, end)
        verb = _INVITES.search(text, end, limit)
        if verb is not None and verb.start() - end <= 120:
            event = _object_at(text, verb.end(), limit)
            if event is not None:
                return event
        at = low.find(core, end)
    return None


def _sentence_stop(text: str, pos: int) -> int:
    """The offset where the sentence holding `pos` ends (len(text) when none does): the dot
    of «ул.», «им.» or an initial ends none (sentences.dot_ends_sentence)."""
    for m in _SENTENCE_END.finditer(text, pos):
        if m.group(0) != "." or dot_ends_sentence(text, m.start()):
            return m.start()
    return len(text)


def _object_at(text: str, start: int, limit: int) -> str | None:
    """The accusative object of «на» at text[start:], in the nominative (None: none)."""
    quote = _OPEN_QUOTE.match(text, start)
    if quote is not None:
        return accusative_named(short_quote(f"«{quote.group(0)[1:-1].strip()}»"))
    stop = _OBJECT_END.search(text, start, limit)
    words = text[start : stop.start() if stop else limit].split()
    head = next((i for i, w in enumerate(words) if _accusative_noun(w)), None)
    if head is None or head > 3:
        return None
    nominative = to_nominative(words[: head + 1], case="accs") + words[head + 1 :]
    phrase = " ".join(nominative)
    return fit(phrase[:1].upper() + phrase[1:])


def _accusative_noun(word: str) -> bool:
    """Whether one of the word's three likeliest readings is a noun in the accusative."""
    return _WORD.fullmatch(word) is not None and any(
        "NOUN" in p.tag and p.tag.case == "accs" for p in parses(word)[:3]
    )


# «на «Гонку чемпионов»»: a quoted name right after «на»
_ON_NAME = re.compile(r"(?<![а-яё])на[^\S\n]+(«[^«»\n]{2,120}»)", re.IGNORECASE)
# «в рамках окружной акции «…»», «участие в окружной акции «…»»: the event the title is a
# part of; group 1 says which, group 2 the words of its kind phrase, group 3 its name
_FRAME = re.compile(
    r"(?<![а-яё])(в[^\S\n]+рамках|участи[еия][^\S\n]+во?)((?:[^\S\n]+[а-яё-]+){1,4})"
    r"[^\S\n]+(«[^«»\n]{2,120}»)",
    re.IGNORECASE,
)
# combining forms before a kind in a compound («кинофестиваль», «видеоконкурс»)
_COMBINED = re.compile(r"^(?:кино|видео|медиа|фото|эко|арт|вело|авто|мото|теле|радио)-?")


def framed_title(text: str, title: str) -> str | None:
    """A bare kind title (no name) given the one named event the post sets it in: the
    name of a goal in the accusative after «на» («выходят на «Гонку чемпионов»») is the
    event's own ("Соревнования юных лыжников «Гонка чемпионов»"); the named event «в рамках»
    of which, or in which participants take part, frames it ("Окружная акция «Читаем
    вместе»: бесплатные кинопоказы", the frame's kind phrase in the nominative), unless the
    title has a topic of its own after a preposition («лекция о вулканах» in the frame of a
    festival is that lecture, the festival no part of its name). None when
    the title has a name, names no kind, the post names no such event or two different
    ones, or the result exceeds 80 characters."""
    if _QUOTED.search(title) or re.search(r"[A-Za-z]{2}", title):
        return None
    if first_kind(title) is None:
        return None
    found: dict[str, str] = {}
    for m in _ON_NAME.finditer(text):
        quote = short_quote(m.group(1))
        named = accusative_named(quote)
        if named != quote and not scare_quoted(quote):  # only an accusative: a goal
            found.setdefault(named[1:-1].lower(), f"{title} {named}")
    topical = any(first_pos(w) == "PREP" for w in title.split())  # once per form
    for m in _FRAME.finditer(text) if not topical else ():
        words = m.group(2).split()
        if not _frame_kind(words[-1]) or scare_quoted(m.group(3)):
            continue
        if _POLICY.match(words[-1].lower()) or not all(_adjective(w) for w in words[:-1]):
            continue  # «в рамках цикла встреч «…»»: the name is the cycle's, no event's
        within = m.group(1).lower().startswith("в")
        if within and not all(is_genitive(w) for w in words):
            continue
        nominative = (
            to_nominative(words, governed=True) if within else to_nominative(words, case="loct")
        )
        kind = " ".join(nominative)
        name = short_quote(m.group(3))
        frame = f"{kind[:1].upper()}{kind[1:]} {name}: {title[:1].lower()}{title[1:]}"
        found.setdefault(name[1:-1].lower(), frame)
    if len(found) != 1:
        return None
    ((name, whole),) = found.items()
    if name in title.lower() or len(whole) > MAX_TITLE:
        return None
    return whole


# a project or a programme frames policy, not an event: «национальный проект «Образование»»
_POLICY = re.compile(r"проект|программ")


def _adjective(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is an adjective or a participle."""
    found = parses(word)
    return bool(found) and found[0].tag.POS in {"ADJF", "PRTF"}


def _frame_kind(word: str) -> bool:
    """Whether `word` names a kind of event, alone or after a combining form."""
    low = word.lower()
    return bool(KIND.fullmatch(low) or KIND.fullmatch(_COMBINED.sub("", low)))


_FINITE = frozenset({"VERB", "PRTS", "INFN"})


@lru_cache(maxsize=256)  # one pattern a kind noun's stem, compiled once
def _dash_apposed(stem: str) -> re.Pattern[str]:
    """A word beginning with `stem` (any case), spaces, a dash, spaces and a noun in lower
    case (group 1): «урок – зоошкола»."""
    return re.compile(
        rf"(?<![а-яё]){re.escape(stem)}[а-яё]*[^\S\n]+[–—][^\S\n]+([а-яё]+(?:-[а-яё]+)?)",
        re.IGNORECASE,
    )


def bare_kind_named(text: str, title: str) -> str | None:
    """A title that is one kind noun alone («Урок», «Фестиваль», «Мероприятие»: the kind
    of every event of its sort, no name) made the event's own: the noun a dash sets beside
    that kind in the post («урок – зоошкола» → «Урок – зоошкола»), else the post's first
    line when it is a heading (a whole line, no chrome, no finite verb: «1914 год: история
    в стихах и фактах»), at most 80 characters.
    None when the title is more than one word or the post gives neither."""
    if " " in title.strip() or KIND.fullmatch(title.strip()) is None:
        return None
    stem = _stem(title)
    # no dash, no pattern to search
    apposed = _dash_apposed(stem).search(text) if "–" in text or "—" in text else None
    if apposed is not None:
        found = parses(apposed.group(1))
        if found and "NOUN" in found[0].tag and found[0].tag.case == "nomn":
            return f"{title} – {apposed.group(1)}"
    line = _first_line(text)
    if line is None or _stem(title) in line.lower().replace("ё", "е"):
        return None
    return fit(line.rstrip(" .!"))


def _first_line(text: str) -> str | None:
    """The post's first line when it is a heading: a whole line (a newline after it), no
    page chrome, no finite verb (a news sentence), opening with no preposition ("В
    субботу, …"); None otherwise."""
    first = text.lstrip().split("\n", 1)
    if len(first) < 2:
        return None
    line = first[0].strip()
    words = line.split()
    if len(words) < 2 or len(line) > MAX_TITLE or is_chrome(line):
        return None
    if any(_finite(w) for w in words):
        return None
    opening = parses(words[0].strip('«»"“'))
    if not opening or opening[0].tag.POS in {"PREP", "CONJ", "PRCL"} or "Apro" in opening[0].tag:
        return None
    return line


def _finite(word: str) -> bool:
    found = parses(word.strip('«»"“”,:;!?()'))
    return bool(found) and found[0].tag.POS in _FINITE
