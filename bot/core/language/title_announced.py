"""What a verb of taking place names after it: Russian puts the subject of "состоится",
"пройдёт", "будет проводиться", "объявляется" … after the verb when the sentence opens with
when or where ("В 12:15 во всей России объявляется минута молчания", "С 18 по 22 сентября
будет проводиться Всероссийская неделя безопасности дорожного движения", "20 апреля пройдёт
«День открытых дверей»"). That subject is the event even when its noun is no kind word: a
quoted name, or a noun phrase in the nominative (adjectives, then an inanimate noun agreeing
with the verb in number; pymorphy3), built into a title like a kind (title_phrase.py).
Used by title.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from bot.core.language.morphology import word_lemma
from bot.core.language.place_verbs import FORM_STARTS, LEMMAS
from bot.core.language.post_words import first_pos
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_words import KIND, is_genitive, short_quote, word_parses

# the lemmas (pymorphy3) of verbs whose subject is an event taking place, and how their forms
# begin: only such words are parsed, a span without any is skipped (place_verbs.py)
_TAKING_PLACE, _FORMS = LEMMAS, FORM_STARTS
_TOKEN = re.compile(r"«[^«»\n]{2,80}»|\"[^\"\n]{2,80}\"|[А-ЯЁа-яё][А-ЯЁа-яё-]*|[^\sА-ЯЁа-яё]")
# nouns of the calendar and the clock ("пройдёт неделя", "начнётся час"): when, not what,
# unless a genitive follows ("неделя безопасности", "минута молчания")
_CALENDAR = re.compile(r"(?:год|месяц|сутки|время|утро|вечер|день|неделя|час|минута)$")


# nouns of signing up: what opens is the sign-up, the event is what one signs up for
_SIGN_UP = frozenset({"набор", "запись", "регистрация", "приём", "прием"})
_INTO = frozenset({"в", "во", "на"})


def _signed_up_for(
    text: str, tokens: list[re.Match[str]], k: int
) -> tuple[re.Match[str], str] | None:
    """ "открылся набор в весеннюю Школу волонтера": the sign-up noun at tokens[k] is followed
    by "в"/"на" and what one joins (adjectives and an inanimate noun in the accusative,
    pymorphy3), which is the event; None when no such phrase follows ("набор в 1 класс":
    a number, not an event's name)."""
    if k + 1 >= len(tokens) or tokens[k + 1].group(0).lower() not in _INTO:
        return None
    for n in range(k + 2, min(k + 5, len(tokens))):
        word = tokens[n].group(0)
        if not word[:1].isalpha():
            return None
        found = word_parses(word)[:3]
        if any(p.tag.POS == "NOUN" and p.tag.case == "accs" and "inan" in p.tag for p in found):
            return tokens[n], kind_phrase(text, *tokens[n].span())
        if not any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "accs" for p in found):
            return None
    return None


def announced_after_verb(text: str, span: tuple[int, int]) -> Iterator[tuple[re.Match[str], str]]:
    """The subjects that follow a verb of taking place in text[span]: (the word's match,
    its title) of a quoted name right after the verb, or of a nominative noun (after its
    adjectives) that names no kind of event and agrees with the verb in number."""
    low = text[span[0] : span[1]].lower()
    if not any(stem in low for stem in _FORMS):
        return
    tokens = list(_TOKEN.finditer(text, *span))
    for i, m in enumerate(tokens):
        number = _taking_place(m.group(0))
        if number is None:
            continue
        found = _subject_after(text, tokens, i + 1, number)
        if found is not None:
            yield found


@lru_cache(maxsize=8192)  # per word form: every verb-led sentence's words are read
def _taking_place(word: str) -> str | None:
    """The grammatical number ("sing"/"plur", "" when the form has none) of a finite verb or
    an infinitive of taking place ("пройдёт" -> "sing"), else None."""
    if not word[:1].islower() or not word.startswith(_FORMS) or not word.isalpha():
        return None  # only words that begin like those verbs are parsed
    for p in word_parses(word)[:2]:
        if p.tag.POS in ("VERB", "INFN") and p.normal_form in _TAKING_PLACE:
            return p.tag.number or ""
    return None


def _subject_after(
    text: str, tokens: list[re.Match[str]], j: int, number: str
) -> tuple[re.Match[str], str] | None:
    """The quoted name or the noun phrase that opens at tokens[j] (see the module)."""
    if j >= len(tokens):
        return None
    first = tokens[j].group(0)
    if first[:1] in '«"':
        return tokens[j], short_quote(f"«{first[1:-1]}»")
    for k in range(j, min(j + 4, len(tokens))):
        word = tokens[k].group(0)
        if not word[:1].isalpha():
            return None
        pos = first_pos(word)  # the word's facts, read once per form (post_words)
        if pos is None:
            return None
        noun = _nominative_noun(word, number)
        if noun is not None and pos == "NOUN":
            if "anim" in noun.tag or {"Name", "Surn", "Patr", "Geox", "Orgn"} & noun.tag.grammemes:
                return None  # "пройдут школьники": people, not an event
            if KIND.match(word):
                return None  # a kind word is offered as a kind
            if _CALENDAR.match(noun.normal_form) and not (
                k + 1 < len(tokens) and is_genitive(tokens[k + 1].group(0))
            ):
                return None  # "пройдёт неделя": when, not what
            if tokens[k].end() < len(text) and text[tokens[k].end()] == ".":
                return None  # "г.": an abbreviation
            if noun.normal_form in _SIGN_UP:
                return _signed_up_for(text, tokens, k)
            return tokens[k], kind_phrase(text, *tokens[k].span())
        if not _nominative_adjective(word):
            return None  # neither an adjective nor the noun: no subject here
    return None


@lru_cache(maxsize=8192)
def _nominative_noun(word: str, number: str) -> Any:
    """The first of the word's three likeliest readings that is a nominative noun (of
    `number`, any when ""), or None; remembered per form."""
    return next(
        (
            p
            for p in word_parses(word)[:3]
            if p.tag.POS == "NOUN"
            and p.tag.case == "nomn"
            and (not number or p.tag.number == number)
        ),
        None,
    )


@lru_cache(maxsize=8192)
def _nominative_adjective(word: str) -> bool:
    """Whether one of the word's two likeliest readings is a nominative adjective or
    participle; remembered per form."""
    found = word_parses(word)[:2]
    return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" for p in found)


_BODY_WORD = re.compile(r"(?<![А-ЯЁа-яё-])[А-ЯЁа-яё]+(?![А-ЯЁа-яё-])")


def repeated_below(text: str, title: str, end: int) -> Iterator[re.Match[str]]:
    """The body's mentions (after `end`, the headline's end) of the noun a headline
    announces (`title`, its adjectives and noun: "Последние звонки"), in any case and number,
    with the same adjective right before it ("Последний звонок прозвенит", "посвящённые
    последнему звонку"): matches of the body's head noun (the first noun of `title`).
    Lemmas are pymorphy3's; a headline in the plural may tell of the event held in several
    places, the body names it once. A mention right after a noun is that noun's genitive
    ("день открытых дверей"), not one."""
    words = title.split()
    if not 1 <= len(words) <= 3 or "«" in title:
        return
    lemmas = [word_lemma(w) for w in words]
    if any(lemma is None for lemma in lemmas):
        return
    head = next((k for k, w in enumerate(words) if _is_noun(w)), None)
    if head is None:
        return
    tokens = list(_BODY_WORD.finditer(text, end, min(len(text), end + 1500)))
    n = len(lemmas)
    for i in range(n - 1, len(tokens)):
        if not all(word_lemma(tokens[i - n + 1 + k].group(0)) == lemmas[k] for k in range(n)):
            continue
        before = word_parses(tokens[i - n].group(0)) if i >= n else ()
        if before and before[0].tag.POS == "NOUN":
            continue  # "Неделя финансовой грамотности": a genitive of another noun's phrase
        yield tokens[i - n + 1 + head]


def repeated_phrase(text: str, at: re.Match[str], title: str) -> str:
    """The title phrase of a mention repeated_below found (`at`, its head noun), from the
    headline `title`'s first word on: a participle before it ("посвящённые последнему
    звонку") governs the mention and is no adjective of it, so "Последний звонок"."""
    words = kind_phrase(text, at.start(), at.end()).split()
    first = word_lemma(title.split()[0])
    start = next((i for i, w in enumerate(words[:3]) if word_lemma(w) == first), 0)
    phrase = " ".join(words[start:])
    return phrase[:1].upper() + phrase[1:]


def _is_noun(word: str) -> bool:
    found = word_parses(word)
    return bool(found) and found[0].tag.POS == "NOUN"
