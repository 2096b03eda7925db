"""The earlier event a dated sentence's subject points back to: a pronoun ("Состоится она 10
сентября"), a bare weak kind ("Встреча состоится 19 февраля") or a bare generic noun
("Мероприятие проходит с 11 по 17 декабря") means the kind the post named just before it, and
the title is that kind's phrase (with the person a meeting is with). Used by title.py
(concise_title) and title_heading_body.py."""

from __future__ import annotations

import re
from typing import Any

from bot.core.language.lowered import finditer_i
from bot.core.language.title_equated import GENERIC
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_score import WEAK
from bot.core.language.title_words import (
    KIND,
    MAX_TITLE,
    inside_quotes,
    is_animate,
    is_person,
    kind_key,
    word_parses,
)

_CUE_FORMS = r"(?i:состоится|состоятся|пройд[её]т|пройдут|начн[её]тся|начнутся)"

# a dated sentence opening with its subject a pronoun ("Состоится она …", "Она пройдёт …") or
# one bare word ("Встреча состоится …") and the verb announcing the event
_OPENS_WITH_SUBJECT = re.compile(
    rf"[\s«\"(-]*(?:{_CUE_FORMS}\s+(?P<after>он[аио]?)|(?P<before>[Оо]н[аио]?|[А-ЯЁ][а-яё]+)"
    rf"\s+{_CUE_FORMS})(?![а-яё])"
)

_PRONOUN = {"он": ("masc", "sing"), "она": ("femn", "sing"), "оно": ("neut", "sing")}


def pointed_back(text: str, event_sentence: tuple[int, int]) -> re.Match[str] | None:
    """The kind of an earlier sentence the dated sentence's subject points back to: a
    pronoun ("Состоится она 10 сентября") takes the last kind before it that agrees with it
    in gender and number (pymorphy3), within the two sentences before; a bare weak kind
    ("Встреча состоится 19 февраля", which alone names nothing) takes the last earlier
    mention of the same kind that says more ("встречу с писательницей …"). None otherwise."""
    if GENERIC_BACK and (generic := _GENERIC_SUBJECT.match(text, *event_sentence)) is not None:
        return named_before(text, generic.start(1))
    opening = _OPENS_WITH_SUBJECT.match(text, *event_sentence)
    if opening is None:
        return None
    word = (opening.group("after") or opening.group("before")).lower()
    low = max(0, event_sentence[0] - 400)
    inside = inside_quotes(text)
    found = None
    if word in _PRONOUN or word == "они":
        gender, number = _PRONOUN.get(word, (None, "plur"))
        for m in finditer_i(KIND, text[: event_sentence[0]]):
            if m.start() >= low and not inside(m.start()) and _agrees(m.group(0), gender, number):
                found = m
        return found
    kind = KIND.fullmatch(opening.group("before"))
    if kind is None or not WEAK.match(kind.group(0)):
        return None
    key = kind_key(kind.group(0))
    for m in finditer_i(KIND, text[: event_sentence[0]]):
        if (
            m.start() >= low
            and not inside(m.start())
            and kind_key(m.group(0)) == key
            and " " in kind_phrase(text, m.start(), m.end())
        ):
            found = m
    return found


GENERIC_BACK = True  # title56: a bare generic subject of the dated sentence points back

# a dated sentence whose subject is a bare generic noun, after at most a time adverbial
# ("Мероприятие проходит с 11 по 17 декабря", "В этом году акция проходит …"): it names no
# event of its own, so it means the one the post has just named
_GENERIC_SUBJECT = re.compile(
    r"[\s«\"(-]*(?:(?:В\s+этом\s+году|Сегодня|Ныне|Теперь)\s*,?\s+)?"
    r"((?:[Мм]ероприятие|[Аа]кция|[Сс]обытие|[Ии]нициатива))\s+"
    r"(?:(?:будет\s+)?проходи(?:т|ть)|пройд[её]т|состоится|продлится|стартует|начн[её]тся"
    r"|откроется)(?![а-яё])"
)

# a named period, an event though no kind word: "неделя научных чудес", "декада науки"
_PERIOD = re.compile(r"(?i)(?<![а-яё])(?:недел[яиюе]|декад[аыуе]|месячник[аеу]?)(?=\s+[а-яё])")


def named_before(text: str, at: int) -> re.Match[str] | None:
    """The last event noun within 400 characters before `at` that a bare generic subject
    there can point back to: a kind of event or a named period, outside quotes, no generic
    or weak noun itself, singular as the subject is and a subject or an object (a nominative
    or accusative reading, pymorphy3), not governed by a preposition right before it unless
    it is the goal of an invitation («Приглашаем всех на лекцию»). None when there is none,
    or when it is coordinated with another such noun in its sentence («Конкурс чтецов … и
    выставка рисунков …»: two events, no one to point back to)."""
    low = max(0, at - 400)
    inside = inside_quotes(text)
    named = []
    for m in [*finditer_i(KIND, text[:at]), *_PERIOD.finditer(text, low, at)]:
        word = m.group(0)
        if m.start() < low or inside(m.start()) or GENERIC.match(word) or WEAK.match(word):
            continue
        if not any(_subject_or_object(p.tag) for p in word_parses(word)):
            continue  # "в рамках фестиваля": a genitive another word governs
        ruled = _PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if ruled and not (ruled.group(1).lower() in ("на", "в") and _invited_to(text, m.start())):
            continue  # "в рамках фестиваля", "на концерт": another's frame or a goal
        named.append(m)
    if not named:
        return None
    named.sort(key=lambda m: m.start())
    if len(named) > 1 and _AND_BETWEEN.fullmatch(text, named[-2].end(), named[-1].start()):
        return None
    return named[-1]


# what joins two coordinated event nouns of one sentence: «… «Родное слово» и выставка …»
_AND_BETWEEN = re.compile(r"[^.!?\n]*(?<![а-яё])и\s+(?:[а-яё-]+\s+){0,2}", re.IGNORECASE)

# the lemmas of the verbs of inviting (pymorphy3 normal forms): the goal they name is the event
_INVITING = frozenset({"приглашать", "пригласить", "звать", "позвать", "ждать"})

_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)


def _invited_to(text: str, start: int) -> bool:
    """Whether a verb of inviting (pymorphy3 lemma: «приглашаем», «зовём», «ждём») stands
    before `start` in its sentence, within 60 characters («Приглашаем всех на лекцию»)."""
    head = max(0, start - 60)
    for end in _SENTENCE_END.finditer(text, head, start):
        head = end.end()
    return any(
        found[0].tag.POS == "VERB" and found[0].normal_form in _INVITING
        for w in _WORD.finditer(text, head, start)
        if (found := word_parses(w.group(0).lower())[:1])
    )


_SENTENCE_END = re.compile(r"[.!?\n]")


def _subject_or_object(tag: Any) -> bool:
    """Whether a pymorphy3 tag reads a singular noun in the nominative or accusative."""
    return tag.POS == "NOUN" and tag.number == "sing" and tag.case in ("nomn", "accs")


_PREPOSITION_BEFORE = re.compile(r"(?i)(?<![а-яё])(в|во|на|к|ко|для|о|об|после|до|с|со|за)\s+$")

# a person's name after the noun naming them: one to three capitalised words or initials
_NAME_AFTER = re.compile(r"[ \t]+((?:[А-ЯЁ]\.[ \t]?|[А-ЯЁ][а-яё]+[ \t]?){1,3})")


def met_phrase(text: str, start: int, end: int) -> str:
    """The kind phrase at text[start:end] with the name of the person it ends on, as
    written ("встречу с детской писательницей Анной Ивановой" -> "Встреча с детской
    писательницей Анной Ивановой"): a meeting is told apart by whom it is with. One of the
    name's words is a first name, surname or patronymic (pymorphy3); the phrase alone when there
    is none or the whole does not fit a card."""
    phrase = kind_phrase(text, start, end)
    words = phrase.split()
    if len(words) < 2 or not is_animate(words[-1]):
        return phrase
    at = text.find(words[-1], start, start + 200)
    name = _NAME_AFTER.match(text, at + len(words[-1])) if at >= 0 else None
    if name is None:
        return phrase
    parts = name.group(1).split()
    if not any(is_person(w) for w in parts):
        return phrase  # "с поэтом Ильёй Сомовым": a first name known, a rare surname not
    whole = f"{phrase} {' '.join(parts)}"
    return whole if len(whole) <= MAX_TITLE else phrase


def hyphen_prefixed(text: str, start: int) -> int:
    """Where the word of a kind at `start` begins when a short prefix and a hyphen are
    written before it ("блиц-турнир", "онлайн-лекция"), else `start`."""
    if text[start - 1 : start] != "-":
        return start
    prefix = re.search(r"(?<![\w-])[А-ЯЁа-яёA-Za-z]{2,10}-$", text[max(0, start - 12) : start])
    return start - len(prefix.group(0)) if prefix else start


def _agrees(word: str, gender: str | None, number: str) -> bool:
    """Whether a noun reading of `word` has `number` and, in the singular, `gender`."""
    return any(
        p.tag.POS == "NOUN"
        and p.tag.number == number
        and (number == "plur" or p.tag.gender == gender)
        for p in word_parses(word)
    )
