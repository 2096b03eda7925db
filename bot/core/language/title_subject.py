"""The grammatical subject of an event's sentence, for a title when no kind of event is named.

"Коллеги, в четверг 17.12 с 9 до 14 выездная медкомиссия для 1-х кл в каб. 105" names its
event by the first noun that stands in the nominative outside a prepositional phrase and is
neither a person (the addressee "Коллеги", the organiser "учитель", the participants
"школьники" are animate, pymorphy3) nor a word of the calendar ("четверг", "декабря"). The
phrase around it (its adjectives, a genitive chain) is built as for a kind (title_phrase.py).
Used by title.py when nothing better is found.
"""

from __future__ import annotations

import re
from typing import Any

from bot.core.language.morphology import is_known
from bot.core.language.place_nouns import PLACE
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_words import negated, word_parses

_TOKEN = re.compile(r"[^\s,;:!?()«»\"“”]+")
_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)?")
# nouns of the calendar and the clock: when, never what
_CALENDAR = re.compile(
    r"(?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|январ|феврал|март|апрел"
    r"|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр|час|минут|утр"
    r"|год|месяц|сутк|врем|сегодня|завтра)"
)
_CALENDAR_SHORT = re.compile(
    r"янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек|пн|вт|ср|чт|пт|сб|вс|вск|пятн"
)
_GOAL_PREPS = frozenset({"на", "в", "во"})
_PERSONAL = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "anim"})
_BREAK = re.compile(r"[,;!?()—–]|:\s|\s-\s")  # punctuation between two words ends a phrase
_REACH = 12  # words of the sentence read: the subject of a title-worthy clause comes early


def subject_of(text: str, event_sentence: tuple[int, int] | None) -> str | None:
    """The subject phrase of the event's sentence, else of the post's first 300 characters
    (see subject_phrase), when it has one."""
    return subject_phrase(text, event_sentence or (0, min(len(text), 300)))


def subject_phrase(text: str, span: tuple[int, int]) -> str | None:
    """The title phrase of the first inanimate nominative noun of text[span] that no
    preposition or noun before it governs ("выездная медкомиссия" -> "Выездная
    медкомиссия"); a clause "как сообщает …," is passed over. None when the sentence has
    none within its first twelve words (numbers and that clause not counted)."""
    governed = False  # after a preposition or a noun: its object or genitive chain
    goal = verb_before = False  # "на"/"в" right after a verb: the event one goes to
    last = skip = span[0]
    n = 0
    for m in _TOKEN.finditer(text, *span):
        if _BREAK.search(text, last, m.start()):
            governed = goal = verb_before = False  # "в каб. 105, график": a new phrase
        last = m.end()
        word = m.group(0).lower().rstrip(".")
        if any(c.isdigit() for c in word) or not _WORD.fullmatch(word):
            governed = False  # "с 9ч", "в 105": a number closes the phrase
            continue
        if m.start() < skip:
            continue
        n += 1
        if n > _REACH:
            return None
        if n == 1 and word == "как":
            comma = text.find(",", m.end(), span[1])  # "Как сообщает пресс-служба …,"
            skip = comma if comma > 0 else span[1]
            continue
        parses = word_parses(word)
        pos = parses[0].tag.POS if parses else None
        if pos != "NOUN":
            # a preposition or a transitive verb or infinitive governs the noun after it
            # ("принять участие"); an intransitive one's subject may follow ("пройдёт сбор",
            # "будут работать пункты приёма": the infinitive of the future, intransitive)
            transitive = pos in ("VERB", "INFN") and "tran" in parses[0].tag
            adjective = governed and pos in ("ADJF", "PRTF", "NUMR")
            goal = pos == "PREP" and word in _GOAL_PREPS and verb_before
            governed = pos == "PREP" or transitive or adjective
            verb_before = verb_before or pos in ("VERB", "INFN")  # till the clause ends
            continue
        if m.group(0).endswith(".") or not _can_be_event(word, parses, "accs" if goal else "nomn"):
            governed, goal = True, False  # a governed noun and its genitive chain
            continue
        if negated(text, m.start()):
            governed, goal = True, False  # "идите не на выставку": what the event is not
            continue
        if goal or not governed:  # "пройдёт сбор"; "хочет на ночь астрономии": where one goes
            return kind_phrase(text, m.start(), m.end())
        governed = True
    return None


def _can_be_event(word: str, parses: tuple[Any, ...], case: str) -> bool:
    """Whether the noun can be the event itself: read in `case`, inanimate, no name of a
    person, place or organisation, no place ("школу"), no word of the calendar, no short
    guess ("пятн")."""
    if (len(word) < 6 and not is_known(word)) or _CALENDAR_SHORT.fullmatch(word):
        return False
    if case == "accs" and PLACE.match(word):
        return False  # "пойдут в школу": where, not what
    first = parses[0]
    lemma = first.normal_form
    if _CALENDAR.match(lemma) or _PERSONAL & first.tag.grammemes:
        return False
    return any(p.tag.case == case and p.normal_form == lemma for p in parses)


# verbs (pymorphy3 lemmas) whose object is a feast kept ("отметят Масленицу")
_CELEBRATING = frozenset(
    {"отметить", "отмечать", "отпраздновать", "праздновать", "встретить", "встречать"}
)


_CELEBRATING_STEMS = ("отмет", "отмеч", "праздн", "встрет", "встреча")
# lemmas of an anniversary: what is honoured, while the event held for it is named elsewhere
_ANNIVERSARY = re.compile(r"^(?:юбилей|годовщина)$|летие$")


def celebrated(text: str, span: tuple[int, int]) -> re.Match[str] | None:
    """The feast a news headline text[span] says is kept: the first inanimate noun read in
    the accusative that no preposition governs, in a headline with a verb of celebrating
    ("В музее отметят Масленицу" -> "Масленицу"); None when there is none, or when it is an
    anniversary ("юбилей", "годовщину", "…летие": an occasion, see title_jubilee.py)."""
    if not any(stem in text[span[0] : span[1]] for stem in _CELEBRATING_STEMS):
        return None  # no verb of celebrating: nothing to parse
    verb = noun = None
    governed = False
    for m in _TOKEN.finditer(text, *span):
        word = m.group(0).lower()
        parses = word_parses(word) if _WORD.fullmatch(word) else ()
        if not parses:
            continue
        pos = parses[0].tag.POS
        if pos in ("VERB", "INFN") and parses[0].normal_form in _CELEBRATING:
            verb = m
        elif (
            pos == "NOUN" and not governed and noun is None and _can_be_event(word, parses, "accs")
        ):
            if _ANNIVERSARY.search(parses[0].normal_form):
                return None  # "Органный зал отмечает юбилей": an occasion (title_jubilee.py)
            noun = m
        # a preposition governs what follows, a noun its genitive ("Музея Победы")
        governed = pos in ("PREP", "NOUN") or (governed and pos in ("ADJF", "PRTF", "NUMR"))
    return noun if verb is not None else None


# verbs (pymorphy3 lemmas) of playing a game: "сыграют в шахматы", "сразятся в мини-футбол"
_PLAYING = frozenset(
    {"сыграть", "играть", "сразиться", "сражаться", "соревноваться", "посоревноваться",
     "состязаться", "потягаться"}
)  # fmt: skip


def played_game(text: str, span: tuple[int, int]) -> str | None:
    """The game a verb of playing names in text[span] (a news headline), in the dative
    after "по" ("школьники сыграют в шахматы" -> "по шахматам", "сразятся в настольный
    теннис" -> "по настольному теннису"); None when there is none."""
    tokens = list(_TOKEN.finditer(text, *span))
    for i, m in enumerate(tokens[:-2]):
        found = word_parses(m.group(0).lower())
        if not found or found[0].normal_form not in _PLAYING:
            continue
        if tokens[i + 1].group(0).lower() not in ("в", "во"):
            continue
        words = []
        for t in tokens[i + 2 : i + 5]:
            dative = _dative(t.group(0))
            if dative is None:
                break
            words.append(dative[0])
            if dative[1]:  # the noun closes the game's name
                return "по " + " ".join(words)
    return None


def _dative(word: str) -> tuple[str, bool] | None:
    """An accusative adjective or noun put in the dative, and whether it is the noun."""
    for p in word_parses(word.lower())[:3]:
        if p.tag.case == "accs" and p.tag.POS in ("ADJF", "NOUN"):
            found = p.inflect({"datv"})
            if found is not None:
                return found.word, p.tag.POS == "NOUN"
    return None
