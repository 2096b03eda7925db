"""A chat message's opening clause that names who holds the event, not the event.

"у нас профориентационная встреча …", "мы проводим мастер-класс …", "наша библиотека
проводит квиз …", "у нас будет экскурсия …": the words before the event are the writer (a
first- or second-person pronoun, or a possessive with the noun it qualifies) and the verb
that holds or announces the event. They are no part of the event's name, so the title starts
at what follows. Parts of speech come from pymorphy3 (OpenCorpora dictionary): NPRO for the
personal pronouns, ADJF with the Apro grammeme for the possessives, VERB/INFN for the verbs.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import parses

# a cheap gate before any morphology: the message opens with a pronoun or a possessive
_GATE = re.compile(
    r"(?i)^(?:(?:у|к|для|от|в|во)\s+)?(?:нас|нам|мы|я|меня|мне|вас|вам|вы|наш|ваш|мо[йяеи])"
)
_WORD = re.compile(r"[А-ЯЁа-яё-]+")
# prepositions of a place or a possessor before the pronoun ("у нас", "в нашей школе")
_PREPOSITIONS = frozenset({"у", "к", "для", "от", "в", "во"})
_ADVERBS_BETWEEN = 2  # "мы снова проводим", "у нас тоже будет"


def without_organiser_opener(title: str) -> str:
    """`title` without its opening clause naming the writer who holds the event (see the
    module docstring); `title` itself when it opens otherwise or nothing would be left.

    A nominative pronoun ("мы") or a possessive with its noun ("наша библиотека") is the
    subject of a verb that must follow ("мы проводим …"); "у нас", "нам" need none ("у нас
    концерт"). A "на" left before the kind stays for the invitation rule ("мы приглашаем на
    лекцию …" gives "на лекцию …", which becomes "Лекция …")."""
    if _GATE.match(title) is None:
        return title
    words = list(_WORD.finditer(title))
    at = 0
    if words and words[0].group(0).lower() in _PREPOSITIONS:
        at = 1
    if at >= len(words):
        return title
    first = words[at].group(0).lower()
    pronoun = _personal(first)
    if pronoun is None and not _possessive(first):
        return title
    needs_verb = pronoun == "nomn" or pronoun is None
    at += 1
    if pronoun is None:  # "наша библиотека": the possessive's noun is the subject
        if at >= len(words):
            return title
        word = words[at].group(0).lower()
        if _noun(word):
            at += 1
        elif not _verb(word):  # "наша … проводит": its noun already read as the venue
            return title
    verbs = 0
    adverbs = 0
    while at < len(words):
        word = words[at].group(0).lower()
        if _verb(word):
            verbs += 1
        elif _adverb(word) and adverbs < _ADVERBS_BETWEEN:
            adverbs += 1
        else:
            break
        at += 1
    if (needs_verb and not verbs) or at >= len(words):
        return title
    rest = title[words[at].start() :]
    return rest if any(ch.isalpha() for ch in rest) else title


def _personal(word: str) -> str | None:
    """The case of a first- or second-person pronoun ("мы" nomn, "нас" gent), else None."""
    for p in parses(word)[:2]:
        if p.tag.POS == "NPRO" and p.tag.person in ("1per", "2per"):
            return str(p.tag.case)
    return None


def _possessive(word: str) -> bool:
    """Whether `word` is a first- or second-person possessive ("наша", "ваш", "мой")."""
    return any(
        p.tag.POS == "ADJF" and "Apro" in p.tag and p.normal_form in _OWNERS
        for p in parses(word)[:3]
    )


_OWNERS = frozenset({"наш", "ваш", "мой", "твой"})


def _noun(word: str) -> bool:
    return any(p.tag.POS == "NOUN" for p in parses(word)[:2])


def _verb(word: str) -> bool:
    return any(p.tag.POS in ("VERB", "INFN") for p in parses(word)[:1])


def _adverb(word: str) -> bool:
    return any(p.tag.POS in ("ADVB", "PRCL") for p in parses(word)[:1])
