"""What may follow a kind noun and its subject in a title: whom it is for with the name
after ("для 10–11 кл «Как устроен ИИ»"), its cause or named frame ("в поддержку последнего
звонка", "в рамках гонки «Лыжня России»"), and runs of words in one case (pymorphy3). Used by
title_phrase.py.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Any

from bot.core.language.audience import extract_audience
from bot.core.language.morphology import is_known
from bot.core.language.title_words import (
    KIND,
    has_noun_reading,
    is_genitive,
    short_quote,
    verb_first,
    word_parses,
)
from bot.core.language.tokens import Scanner

# "кл", "уч-ся": a clipped word the dictionary lacks
_CLIPPED = re.compile(r"[а-яё]{1,4}(?:-[а-яё]{1,3})?")


def audience_and_name(tokens: list[str], at: int) -> list[str]:
    """ "среди школьников «Белая ладья»": whom a kind is for, when a quoted name (or a name in
    Latin letters, "для подростков TeensQuiz") follows within seven tokens, all genitive words
    or numbers ("3–4 классов"); else nothing."""
    j = at + 1
    while j < min(at + 10, len(tokens)):
        token = tokens[j]
        if j > at + 1 and token.lower() in ("по", "из") and (run := _complement(tokens, j)):
            j += (
                1 + run
            )  # "среди школьников по интеллектуальным играм", "для детей из детских домов"
            continue
        if (
            j > at + 1
            and token == "и"
            and is_genitive(tokens[j + 1] if j + 1 < len(tokens) else "")
        ):
            j += 1  # "из детских домов и школ-интернатов"
            continue
        if token.startswith(("«", '"', "“")):
            if len(token) < 5:
                return []  # "для учащихся 6 «А»": a class letter, not a name
            return [glued(tokens[at:j]), short_quote(token)] if j > at + 1 else []
        if _LATIN_NAME.fullmatch(token) and j > at + 1:
            end = j + 1
            while end < len(tokens) and end < j + 4 and _LATIN_WORD.fullmatch(tokens[end]):
                end += 1
            return [glued(tokens[at:j]), *tokens[j:end]]
        clipped = _CLIPPED.fullmatch(token) is not None and not is_known(token)
        if token[:1].isalpha() and not clipped and not is_genitive(token):
            return []  # "для молодого поколения проведут в …": a clause, not an audience
        if not (token[:1].isalnum() or token[:1] in ("-", "–") or token == "."):
            return []  # "." only closes a clipped word: "для 10–11 кл. «…»"
        j += 1
    return []


def only_grades(words: str) -> bool:
    """Whether the audience words before a name («для учащихся 7–11 классов», «среди
    учеников 5-х классов») name grades or classes by number and nothing else: the card's 👥
    line shows them, so a title need not repeat them («Олимпиада по истории «Знатоки
    Кёнигсберга»», newcomer75 L2); «среди школьников», «для старшеклассников», «для детей из
    детских домов» say more in words and stay."""
    if not any(char.isdigit() for char in words):
        return False
    sc = Scanner(words)
    found = extract_audience(sc)
    rest = sc.remainder().split()
    return bool(found.grades or found.classes) and rest in ([], ["среди"])


def _complement(tokens: list[str], at: int) -> int:
    """How many words after the preposition at `at` are its complement: adjectives and a noun
    in the dative after "по", in the genitive after "из" (pymorphy3); 0 when none are."""
    return case_run(tokens, at + 1, "datv" if tokens[at].lower() == "по" else "gent")


_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9-]+")
_LATIN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")


def opens_with_kind(name: str) -> bool:
    """Whether the first noun of a quoted name is a kind ("Всероссийский экологический
    субботник «…»"), not "Песни из фильма «…»"."""
    for word in name.split("«")[0].split()[:4]:
        if has_noun_reading(word.strip(",.")):
            return KIND.fullmatch(word.strip(",.")) is not None
    return False


# compound prepositions after "в" that give an event's cause or frame, with the case their
# complement takes: the genitive ("в поддержку выпускников"), the dative after "в помощь"
# ("акция в помощь бездомным животным", "ярмарка в помощь детскому дому")
_PURPOSE = {"поддержку": "gent", "защиту": "gent", "рамках": "gent", "помощь": "datv"}


def purpose(tokens: list[str], at: int, *, bare: bool, part: bool = False) -> list[str]:
    """ "в поддержку последнего звонка", "в рамках гонки «Лыжня России»", "в помощь бездомным
    животным": "в", the compound preposition and its complement's words (genitive; dative
    after "помощь") (to a quoted name, when one follows within seven
    tokens); "в рамках" only after a `bare` kind (no subject of its own) and with a name,
    the frame's name being what it adds, or after a `part` of an event with a subject (a
    stage, days given to something: "этап соревнований по плаванию в рамках спартакиады
    «…»"), whose frame is the event it is part of; not after a kind that is an event of its
    own ("турнир по волейболу в рамках проекта «…»"); else nothing."""
    if tokens[at + 1 : at + 2] == [] or tokens[at + 1].lower() not in _PURPOSE:
        return []
    frame = tokens[at + 1].lower() == "рамках"
    named = audience_and_name(tokens, at + 1)
    if frame and not bare:
        return _named_frame(tokens, at, named) if part else []
    if named:
        return [tokens[at], *named]
    end = at + 2 + (0 if frame else case_run(tokens, at + 2, _PURPOSE[tokens[at + 1].lower()]))
    while end > at + 2 and end < min(at + 8, len(tokens)) and genitive_noun(tokens[end]):
        end += 1  # "в поддержку последнего звонка выпускников"
    return tokens[at:end] if end > at + 2 else []


def _named_frame(tokens: list[str], at: int, named: list[str]) -> list[str]:
    """ "в рамках проекта «Урок цифры»" after a kind with a subject of its own ("дни изучения
    искусственного интеллекта в рамках всероссийского образовательного проекта «Урок
    цифры»"): the frame's name tells which event the part belongs to, so "в рамках", the
    frame's head noun (its adjectives left out: the kind has its own) and the name; nothing
    when no quoted name follows, or the words before it hold no noun (pymorphy3)."""
    if len(named) != 2 or not named[1].startswith("«"):
        return []
    words = named[0].split()[1:]  # the words between "рамках" and the name
    head = next((w for w in words if w.isalpha() and _noun_first(w)), None)
    return [tokens[at], tokens[at + 1], head, named[1]] if head else []


def _noun_first(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of a lower-case `word` is a noun."""
    found = word_parses(word)
    return word.islower() and bool(found) and found[0].tag.POS == "NOUN"


def genitive_noun(token: str) -> bool:
    """A lower-case word read as a genitive noun, adjective or participle (pymorphy3)."""
    return token[:1].islower() and token[:1].isalpha() and is_genitive(token)


def glued(tokens: list[str]) -> str:
    """Tokens joined by spaces, but "3", "–", "4" and "7", "-х" written together."""
    out = tokens[0]
    for prev, token in itertools.pairwise(tokens):
        tight = (
            (token[:1] in "-–" and prev[-1:].isdigit())
            or (prev in ("-", "–") and token[:1].isdigit())
            or token == "."  # "кл", "." -> "кл."
        )
        out += token if tight else f" {token}"
    return out


def case_run(tokens: list[str], at: int, case: str) -> int:
    """How many words from `at` are adjectives and one noun in `case` ("мирном атоме")."""
    n = 0
    for i, token in enumerate(tokens[at : at + 4]):
        if token.endswith(".") and len(token) > 2:
            if not in_case(tokens[at + i + 1 : at + i + 2], case, 4):
                break
            n += 1  # "по фин. грамотности": a clipped adjective before a word in the case
            continue
        # "по экспозиции": a noun after "по" whose dative pymorphy3 ranks fifth of its readings
        found = in_case(token, case, 8 if case == "datv" and i == 0 and token.islower() else 4)
        if not found:
            break
        n += 1
        if any("NOUN" in p.tag for p in found) and not (
            any("ADJF" in p.tag for p in in_case(token, case, 8))
            and any("NOUN" in p.tag for p in in_case(tokens[at + i + 1 : at + i + 2], case, 4))
        ):
            break  # "сборной командой": an adjective the dictionary also reads as a noun
    return n


def in_case(token: str | list[str], case: str, likeliest: int) -> list[Any]:
    """The word's `likeliest` readings that stand in `case` (a one-word list or none)."""
    if isinstance(token, list):
        if not token:
            return []
        token = token[0]
    return list(_in_case(token, case, likeliest))


@lru_cache(maxsize=8192)  # per word form and question: a post's words are asked again
def _in_case(token: str, case: str, likeliest: int) -> tuple[Any, ...]:
    """in_case of one word, remembered."""
    if verb_first(token):
        return ()  # "чтецов стали проводить": a verb ends the phrase
    return tuple(
        p
        for p in word_parses(token)[:likeliest]
        if p.tag.case == case or (case == "loct" and p.tag.case == "loc2")
    )
