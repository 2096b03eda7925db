"""The dated sentence's own named event under a heading that names no event of its own.

A news heading often says where, when or on what occasion something happens rather than
what: "Ко Дню народного единства", "Театр для школы", "Неделя детской книги в библиотеке",
"Осенние каникулы в Доме творчества", "Промышленный туризм: экскурсия на хлебокомбинат".
The sentence that holds the event's date then names it by its kind and a quoted name of its
own ("… 31 октября в 14:00 музей проводит … историческую игру «Смутное время»"): that kind
and name is the event's title, not the heading. A heading that is a series' name with the
event's quoted name ("Университетские субботы: «Почему светятся звезды»") takes the kind
the body gives that same name ("… на лекцию «Почему светятся звезды»").

A heading with a quoted name of its own, or whose kind differs from the dated one (unless the
heading's kind is an occasion's day, week or month), is the event's name and is kept. The
kind phrase is built by title_phrase.kind_phrase (pymorphy3 nominative).

Without a heading (named_in_dated), the title found by the scores is named from the same
dated sentence when it repeats the title's words with a quoted name after a short subject;
an occasion's day gives way to the named kind of the next sentence when that sentence says
it is held on the day ("В этот день …"); a bare "День открытых дверей" is the inviting
institute's, faculty's or college's. Rules written for round 41 (tests/data/titlefresh41.md).
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.lowered import finditer_i
from bot.core.language.morphology import to_genitive
from bot.core.language.post_words import first_kind
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_repeated import repeats_words
from bot.core.language.title_words import KIND, MAX_TITLE, QUOTE, inside_quotes, kind_key

__all__ = ["dated_named_kind", "named_in_dated"]

# a heading's kind that is an occasion's span: "день", "неделя", "месячник", "декада", "ночь"
_OCCASION = re.compile(r"(?i)^(?:д(?:ень|ня|ню|н[её]м|не)|недел|месячник|декад|ноч[ьи])")
# "в рамках проекта «…»", "цикла «…»": the named thing the event belongs to, not the event
_PART_OF = re.compile(r"(?i)(?:рамках|рамки|участие\s+в|част[ьи]ю?)\s+(?:[а-яё]+\s+){0,2}$")
# a short subject between a kind and its quoted name ("турнир по хоккею с шайбой «…»"): "по",
# "с", "для" or "среди" and at most three lower-case words, none of them a preposition of
# place (the quote would name a place: "… с выездом на каток «Звёздный»")
_GAP = re.compile(r"(\s+(?:по|с|со|для|среди)(?:\s+[а-яё]+){1,3})\s+(«[А-ЯЁA-Z0-9][^«»]{1,60}»)")
_PLACE_WORD = re.compile(r"(?<![а-яё])(?:в|во|на|у|при|около|из|до|от|к)(?![а-яё])")
_CAPITAL = re.compile(r"[«\"“][А-ЯЁA-Z0-9]")  # a name begins with a capital or a digit
# a room named by a kind's adjective ("в концертном зале"): no event
_ROOM_AFTER = re.compile(r"\s+(?:зал|холл|аудитори|площадк|комнат|класс)")


def dated_named_kind(
    text: str, heading: str, heading_end: int, event_sentence: tuple[int, int] | None
) -> str | None:
    """The kind and quoted name of the event below a heading that names no event of its own
    (see the module docstring), in the nominative, at most 80 characters; None when the
    heading names the event or the body gives no such phrase. `heading_end` is the offset
    after the heading; `event_sentence` the (start, end) of the sentence with the event's
    date (None: no rule applies)."""
    heading_quote = QUOTE.search(heading)
    if heading_quote is not None:
        return _series_heading(text, heading, heading_quote.group(0), heading_end)
    if event_sentence is None:
        return None
    own = [m.group(0) for m in KIND.finditer(heading)]
    own_keys = {kind_key(word) for word in own}
    # the heading's own event unless it names none, an occasion or the dated kind itself
    free = not own or _OCCASION.match(heading) or any(_OCCASION.match(word) for word in own)
    dated_keys: list[str] = []
    kinds = _kinds(text, *event_sentence)
    if free and _programme_of(text, kinds):
        return None  # "День города\n… можно будет послушать лекцию «…», поиграть в игры,
        # пройти квест …": the day's programme; one named item of it is not the event
    for m in kinds:
        key = kind_key(m.group(0))
        dated_keys.append(key)
        if not free and key not in own_keys:
            continue
        if (phrase := _named_phrase(text, m)) is not None:
            return phrase
    # "Мастер-класс пройдёт 29 октября …": a bare kind in the dated sentence, named above
    for key in dated_keys:
        if not free and key not in own_keys:
            continue
        named = [
            phrase
            for m in _kinds(text, heading_end, len(text))
            if kind_key(m.group(0)) == key and (phrase := _named_phrase(text, m)) is not None
        ]
        if len({p.lower() for p in named}) == 1:
            return named[0]
    within = _ON_THAT_DAY.match(text, event_sentence[0]) is not None
    if within and (_OCCASION.match(heading) or any(_OCCASION.match(word) for word in own)):
        # "Месячник безопасности\n… В его рамках 10 сентября … на экскурсию в пожарную
        # часть": under an occasion's heading, a dated sentence that says it is held within
        # the occasion gives the event by its kind and complement, even unnamed
        for m in _kinds(text, *event_sentence):
            phrase = kind_phrase(text, m.start(), m.end())
            other = kind_key(m.group(0)) not in own_keys and not _OCCASION.match(m.group(0))
            if other and len(phrase.split()) >= 3 and len(phrase) <= MAX_TITLE:
                return phrase
    return None


def named_in_dated(text: str, title: str, event_sentence: tuple[int, int] | None) -> str:
    """`title` (a post's title found without a heading) named from the dated sentence: an
    unnamed kind phrase whose words the dated sentence repeats with a quoted name after a
    short subject ("Городской турнир по хоккею" of "… городской турнир по хоккею с шайбой
    «Золотая шайба» … пройдёт с 4 по 7 января"), or an occasion's day whose next sentence
    says what is held on it ("… проходит Единый день профориентации. В этот день …
    пройдёт проектная сессия «Город будущего»"); `title` itself otherwise."""
    if event_sentence is None or QUOTE.search(title) is not None:
        return title
    if _BARE_OPEN_DAY.fullmatch(title):
        return _open_day_of_inviter(text, title)
    if _OCCASION_TITLE.match(title):
        start = event_sentence[1]
        after = _ON_THAT_DAY.match(text, start)
        if after is None:
            return title
        stop = text.find("\n", after.end(), after.end() + 300)  # the paragraph
        for m in _kinds(text, after.end(), stop if stop >= 0 else after.end() + 300):
            if (phrase := _named_phrase(text, m)) is not None:
                return phrase
        return title
    kind = first_kind(title)
    if kind is None:
        return title
    key = kind_key(kind.group(0))
    for m in _kinds(text, *event_sentence):
        if kind_key(m.group(0)) != key:
            continue
        phrase = _named_phrase(text, m)
        if phrase is not None and repeats_words(title, phrase):
            return phrase
    return title


def _open_day_of_inviter(text: str, title: str) -> str:
    """A bare "День открытых дверей" is the inviting school's or faculty's ("Институт
    филологии и журналистики приглашает … на день открытых дверей" gives "День открытых
    дверей Института филологии и журналистики", the head put in the genitive by pymorphy3);
    `title` itself when no such inviter is written or the result is over 80 characters."""
    inviter = _INVITER.search(text)
    if inviter is None:
        return title
    owner = " ".join(to_genitive(inviter.group(1).split()))
    fuller = f"{title} {owner}"
    return fuller if len(fuller) <= MAX_TITLE else title


_BARE_OPEN_DAY = re.compile(r"(?i)(?:день|дни)\s+открытых\s+дверей")
# "Химический факультет приглашает", "Институт физики и технологий приглашает": a school
# of higher or further education that invites, named by its noun and what follows it
_INVITER = compile_with_scan(
    r"(?<![а-яёА-ЯЁ-])((?:[А-ЯЁ][а-яё]+(?:ый|ий|ой)\s+)?(?:[Ии]нститут|[Фф]акультет|[Кк]олледж"
    r"|[Уу]ниверситет|[Аа]кадемия|[Тт]ехникум|[Уу]чилище)(?:\s+(?:[а-яё]+|№\s*\d+)){0,4}?)"
    r"\s+приглаша"
)


# the sentence after an occasion's: what is held on that day ("В этот день …", "В его рамках")
_ON_THAT_DAY = re.compile(
    r"[.!]?\s*(?:В\s+этот\s+день|В\s+(?:его|её|ее)\s+рамках|В\s+рамках\s+(?:дня|недели|месячника))"
)
# a title that is an occasion's day, week or month ("Единый день профориентации"); a day of
# open doors is an event of its own
_OCCASION_TITLE = re.compile(
    r"^(?:[А-ЯЁа-яё-]+\s+){0,2}(?:[Дд]ень|[Нн]еделя|[Мм]есячник|[Дд]екада)\b(?!\s+открыт)"
)


def _series_heading(text: str, heading: str, quote: str, heading_end: int) -> str | None:
    """The body's kind phrase for a heading's quoted name when the heading gives no kind of
    its own ("Университетские субботы: «Почему светятся звезды»" over "… на лекцию «Почему
    светятся звезды»"); None otherwise."""
    if first_kind(heading) is not None:
        return None
    for m in _kinds(text, heading_end, len(text)):
        phrase = _named_phrase(text, m)
        if phrase is not None and quote.lower() in phrase.lower():
            return phrase
    return None


def _programme_of(text: str, kinds: list[re.Match[str]]) -> bool:
    """Whether the kinds of a sentence are a list of activities: three kinds or more of
    different keys, two commas at least between one and the next ("послушать лекцию,
    поиграть в уличные игры, пройти квест на выставке"): the items of a programme."""
    keys = {kind_key(m.group(0)) for m in kinds}
    if len(keys) < 3:
        return False
    listed = sum("," in text[before.end() : m.start()] for before, m in pairwise(kinds))
    return listed >= 2


def _kinds(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The kind words in text[start:end] outside quoted names, rooms and "в рамках …"."""
    inside = inside_quotes(text)
    found = []
    for m in finditer_i(KIND, text):
        if m.start() < start or m.start() >= end or inside(m.start()):
            continue
        if _ROOM_AFTER.match(text, m.end()) or _PART_OF.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue
        found.append(m)
    return found


def _named_phrase(text: str, m: re.Match[str]) -> str | None:
    """The kind phrase at `m` when it carries a quoted name, directly or after a short
    complement ("турнир по хоккею с шайбой «Золотая шайба»"); None otherwise."""
    phrase = kind_phrase(text, m.start(), m.end())
    quote = QUOTE.search(phrase)
    if quote is not None and not _CAPITAL.match(quote.group(0)):
        return None  # "участниками мероприятия, «лаборантами»": a word in quotes, no name
    if quote is None:
        gap = _GAP.match(text, m.end())
        if gap is None or _PLACE_WORD.search(gap.group(1)):
            return None
        phrase = f"{phrase} {gap.group(2)}"
    return phrase if len(phrase) <= MAX_TITLE else None
