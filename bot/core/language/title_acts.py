"""A news headline that tells an act, not an event's name: "Городским отличникам торжественно
вручат золотые медали" is about "Вручение золотых медалей", "В районе откроют детскую Доску
почёта" about "Открытие детской Доски почёта", "Первый кадетский класс откроется в Пушкино"
about "Открытие первого кадетского класса". Only the acts a ceremony consists of are read so
(an opening, a closing, a handing over, an award). The act is the verb's own noun (its verbal noun,
"вручить" -> "вручение", "открыть" -> "открытие"), built from the verb's pymorphy3 lemma by the
regular Russian suffixes and kept only when pymorphy3 knows the noun; what is handed over or
opened follows it in the genitive (morphology.to_genitive). Used by title.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.language.morphology import inflect, is_known, parses
from bot.core.language.place_verbs import LEMMAS
from bot.core.language.title_words import is_kind_word

# the acts a ceremony consists of: only these are events of their own; other verbal nouns
# name an act no one comes to ("перекроют движение" -> "перекрытие движения", "получат
# возможность", "представят исследования")
_CEREMONIAL = frozenset({"открытие", "закрытие", "вручение", "награждение", "чествование"})
_TOKEN = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*|\d+|\S")

# consonant alternations before "-ение" ("наградить" -> "награждение", "посетить" ->
# "посещение", "объявить" -> "объявление"); the plain stem is tried first
_ALTERNATIONS = (("д", "жд"), ("т", "щ"), ("з", "ж"), ("с", "ш"), ("ст", "щ"))
_LABIAL = ("б", "в", "м", "п", "ф")


def _verbal_noun_guesses(lemma: str) -> list[str]:
    """The verbal nouns Russian's regular suffixes make of an infinitive (without "-ся"):
    "открыть" -> "открытие", "вручить" -> "вручение", "наградить" -> "награждение",
    "собрать" -> "собрание"; unchecked guesses, most regular first."""
    if lemma.endswith("ыть"):
        return [lemma[:-2] + "тие"]
    if lemma.endswith("ить"):
        stem = lemma[:-3]
        out = [stem + "ение"]
        out += [stem[: -len(a)] + b + "ение" for a, b in _ALTERNATIONS if stem.endswith(a)]
        if stem.endswith(_LABIAL):
            out.append(stem + "ление")
        return out
    if lemma.endswith(("ать", "ять")):
        return [lemma[:-2] + "ние"]
    if lemma.endswith("еть"):
        return [lemma[:-3] + "ение"]
    return []


@lru_cache(maxsize=4096)
def verbal_noun(verb: str) -> str | None:
    """The noun of the act a finite verb tells ("вручат" -> "вручение", "откроется" ->
    "открытие", "откроют" -> "открытие"), in lower case; None when `verb` is not likeliest a
    verb, or pymorphy3's dictionary holds no inanimate neuter noun of that shape. Reflexive
    verbs name the act of their active pair ("откроется" -> "открыть" -> "открытие")."""
    found = parses(verb)
    if not found or found[0].tag.POS != "VERB":
        return None
    lemma = found[0].normal_form
    for ending in ("ться", "тись"):
        if lemma.endswith(ending):
            lemma = lemma[: -len(ending)] + ("ть" if ending == "ться" else "ти")
    for guess in _verbal_noun_guesses(lemma):
        if is_known(guess) and any(
            p.tag.POS == "NOUN" and p.normal_form == guess and "neut" in p.tag and "inan" in p.tag
            for p in parses(guess)
        ):
            return guess
    return None


@lru_cache(maxsize=8192)  # per word form: a headline's words are read by several rules
def _finite_future(word: str) -> bool:
    """Whether the likeliest reading of `word` is a third-person verb of the perfective
    future ("вручат", "откроется"): what a headline announces will be done."""
    found = parses(word)
    if not found:
        return False
    tag = found[0].tag
    return bool(tag.POS == "VERB" and tag.person == "3per" and tag.tense == "futr")


def _noun_phrase(words: list[str], case: str) -> tuple[int, int]:
    """How many words from the start of `words` make a noun phrase in `case`, up to its head
    and in all: adjectives, one inanimate noun agreeing with them (pymorphy3), then the
    genitive words after it ("Доску почёта": 1, 2); (0, 0) when no noun in that case comes
    first after the adjectives."""
    n = 0
    while n < len(words) and words[n].isalpha():
        if words[n] == "и" and n:
            n += 1  # "золотые и серебряные медали"
            continue
        found = parses(words[n])[:3]
        if any(p.tag.POS == "NOUN" and p.tag.case == case and "inan" in p.tag for p in found):
            if any(p.tag.POS in ("ADJF", "PRTF") for p in found[:1]) and n + 1 < len(words):
                n += 1  # "детскую": an adjective first, though a noun reads so too
                continue
            head = n = n + 1
            while n < len(words) and (words[n].isupper() or _genitive_noun(words[n])):
                n += 1  # "почёта", "МЧС"
            return head, n
        if not any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == case for p in found):
            return 0, 0
        n += 1
    return 0, 0


def _genitive_noun(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].tag.POS == "NOUN" and found[0].tag.case == "gent"


def headline_act(line: str) -> str | None:
    """The act a headline tells, as a title: a finite verb of the future with its object
    after it ("вручат золотые медали" -> "Вручение золотых медалей"; adverbs between are
    skipped), or a reflexive one with its subject before it ("Первый кадетский класс МЧС
    откроется" -> "Открытие первого кадетского класса МЧС"). None when the headline has no
    such verb, the verb's act has no noun (verbal_noun) or is no ceremony (an opening, a
    closing, a handing over, an award, an honouring: "перекроют движение" is none), its
    subject is an event itself ("Конкурс откроется": the contest is the title) or the verb is
    one of taking place ("пройдёт", "состоится": their subject is the event,
    place_verbs.LEMMAS)."""
    words = _TOKEN.findall(line)
    for i, word in enumerate(words):
        if not word.isalpha() or not _finite_future(word):
            continue
        lemma = parses(word)[0].normal_form
        noun = verbal_noun(word)
        if noun not in _CEREMONIAL:
            continue
        if lemma.endswith(("ся", "сь")):
            title = _with_subject(noun, words[:i], open_event=lemma in LEMMAS)
        elif lemma in LEMMAS:
            continue
        else:
            title = _with_object(noun, words[i + 1 :])
        if title is not None:
            return title
    return None


def _with_object(noun: str, after: list[str]) -> str | None:
    """ "Вручение золотых медалей" of "вручение" and "[сегодня] золотые медали"."""
    k = 0
    while k < len(after) and (found := parses(after[k])) and found[0].tag.POS == "ADVB":
        k += 1  # "получат сегодня аттестаты"
    head, n = _noun_phrase(after[k:], "accs")
    if not n:
        return None
    phrase = after[k : k + n]
    if any(is_kind_word(w) for w in phrase):
        return None  # "откроют выставку": the exhibition itself is the title
    return _joined(noun, phrase, head, "accs")


def _with_subject(noun: str, before: list[str], *, open_event: bool) -> str | None:
    """ "Открытие первого кадетского класса МЧС" of "открытие" and the subject that opens
    the headline, when that subject names no kind of event."""
    if not open_event or not before:
        return None
    head, n = _noun_phrase(before, "nomn")
    if n != len(before) or any(is_kind_word(w) for w in before):
        return None
    return _joined(noun, before, head, "nomn")


def _joined(noun: str, phrase: list[str], head: int, case: str) -> str:
    """The act's noun, capitalised, with `phrase` (in `case`, its head noun at head - 1) put
    in the genitive: its adjectives and head noun inflected (pymorphy3), the genitive words
    after the head as written; common words in lower case, names as written."""
    number = next(
        (
            p.tag.number
            for p in parses(phrase[head - 1])
            if p.tag.POS == "NOUN" and p.tag.case == case
        ),
        "sing",
    )
    out = []
    for i, word in enumerate(phrase):
        new = word
        if i < head and word != "и":
            pos = ("NOUN",) if i == head - 1 else ("ADJF", "PRTF")
            reading = next(
                (p for p in parses(word) if p.tag.POS in pos and p.tag.case == case), None
            )
            changed = inflect(reading, {"gent", number or "sing"}) if reading else None
            new = _as_written(word, changed.word) if changed is not None else word
        if i == 0 and not word.isupper() and is_known(word.lower()):
            new = new[:1].lower() + new[1:]
        out.append(new)
    return f"{noun.capitalize()} {' '.join(out)}"


def _as_written(original: str, new: str) -> str:
    """`new` with the capitals and the "е" for "ё" of `original`."""
    if "ё" in new and "ё" not in original.lower():
        new = new.replace("ё", "е")
    if original.isupper() and len(original) > 1:
        return new.upper()
    return new[:1].upper() + new[1:] if original[:1].isupper() else new
