"""A quoted name and the noun it stands beside, when a verb that holds or shows an event
governs them: "проведут экологический интерактив «Увидел скворца»", "будет демонстрироваться
семейная комедия «Дневник мамы первоклассника»", "представит книгу «…»".

The noun need not be a kind of event (title_words.KIND): the verb's object (accusative) or
its subject (nominative) tells that it is the event. A noun a preposition governs ("в центре
«Доброволец»", "по выставке «…»"), a person or a place (place_nouns.PLACE) is never one.
Used by title.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bot.core.language.lowered import finditer_span
from bot.core.language.morphology import is_known
from bot.core.language.place_nouns import PLACE
from bot.core.language.title_words import KIND, QUOTE, inside_quotes, word_parses

# verbs (pymorphy3 lemmas) that hold or open an event (their subject or object is it), and
# verbs that show something (what they show may be one item of an event's programme)
HOLDING = frozenset(
    {
        "провести", "проводить", "состояться", "пройти", "проходить", "организовать",
        "организовывать", "устроить", "устраивать", "открыться", "стартовать", "начаться",
        "запустить", "проводиться", "организоваться",  # the passives: "проводится акция «…»"
    }
)  # fmt: skip
_SHOWING = frozenset(
    {
        "представить", "представлять", "показать", "показывать", "демонстрировать",
        "демонстрироваться", "подготовить",
    }
)  # fmt: skip
_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")
_CLAUSE_MARKS = '.!?;:(\n«»"“”'  # a clause ends at these (a note in brackets opens one)
# the word right before a quote, with only a space, a comma or a dash between
_LAST_WORD = re.compile(r"(?<![А-ЯЁа-яё-])([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?)[\s,—–-]*$")
# the word right before a quote, with only spaces between
_BARE_WORD = re.compile(r"(?<![А-ЯЁа-яё-])([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?) +$")
_REACH = 6  # words between the verb and the noun at most ("проведут здесь для всех …")
# conjunctions joining two adjectives of one noun ("детской и юношеской книги")
_JOINING = frozenset({"и", "или"})


def held_names(text: str, limit: int = 2000) -> Iterator[tuple[re.Match[str], bool]]:
    """Each noun (its match) that stands before a quoted name in the first `limit`
    characters and that a verb holding or showing an event governs in the same clause, with
    whether the verb holds it (True) or shows it (False)."""
    inside = inside_quotes(text)
    for q in QUOTE.finditer(text, 0, limit):
        if inside(q.start()):
            continue
        found = _noun_before(text, q.start())
        if found is not None:
            yield found


def _noun_before(text: str, at: int) -> tuple[re.Match[str], bool] | None:
    """The noun right before the quote at `at`, when a verb holding or showing an event
    governs it, and whether that verb holds it."""
    last = _LAST_WORD.search(text, max(0, at - 40), at)
    if last is None or not _event_noun(last.group(1)):
        return None  # the quote does not follow a word that can be the event (cheap first)
    window = text[max(0, at - 160) : at]
    cut = max(window.rfind(mark) for mark in _CLAUSE_MARKS) + 1
    words = list(_WORD.finditer(text, at - len(window) + cut, at))
    if not words or words[-1].start() != last.start(1):
        return None
    noun = words[-1]
    leading = True  # still among the noun's adjectives
    for k, m in enumerate(reversed(words[:-1])):
        if k > _REACH:
            return None
        found = word_parses(m.group(0))
        if not found:
            continue
        pos = found[0].tag.POS
        if leading and pos in ("ADJF", "PRTF"):
            continue
        if leading and k > 0 and m.group(0).lower() in _JOINING:
            continue  # "детской и юношеской книги": adjectives joined, still the noun's own
        if leading and pos == "PREP":
            return None  # "в центре «Доброволец»", "по выставке «…»": governed, a place
        if leading and (pos == "NOUN" or KIND.fullmatch(m.group(0))) and _genitive(noun.group(0)):
            return None  # "урок-форум профессиональной навигации «…»": a genitive chain
        leading = False
        lemma = found[0].normal_form
        if pos in ("VERB", "INFN", "PRTS") and (lemma in HOLDING or lemma in _SHOWING):
            before = words[-3 - k].group(0) if len(words) >= 3 + k else ""
            if lemma in _TRANSITIVE and _object_before(before):
                return None  # "Его проведёт отряд «…»": the object stands first, the noun holds
            return noun, lemma in HOLDING
    return None


# holding verbs whose object is the event ("провести митинг"), so a noun after them may be the
# subject when the object came first
_TRANSITIVE = frozenset(
    {"провести", "проводить", "организовать", "организовывать", "устроить", "устраивать"}
)
_OBJECT_PRONOUNS = frozenset({"его", "её", "ее", "их"})


def _object_before(word: str) -> bool:
    """Whether `word`, right before a transitive holding verb, is its object — an accusative
    pronoun ("Его проведёт …") or a kind of event ("Митинг проведёт …"): Russian puts the
    object first and the subject after the verb, so the noun after it is who holds the event."""
    if word.lower() in _OBJECT_PRONOUNS:
        return True
    if not KIND.fullmatch(word):
        return False
    return any(p.tag.case == "accs" for p in word_parses(word)[:3])


def dated_apposition(text: str, span: tuple[int, int]) -> re.Match[str] | None:
    """The noun a quoted name stands beside in the event's own sentence text[span], when
    that sentence holds no kind word ("Обратите внимание на постановку «Медной горы
    хозяйка» 8 февраля в 16:00": "постановку"): the dated sentence's named thing is the
    event, whatever verb or preposition leads to it. The noun is read in the nominative or
    the accusative (not "в центре «…»", a place) and is no kind, place or name (pymorphy3);
    None when there is none."""
    inside = inside_quotes(text)
    if any(not inside(k.start()) for k in finditer_span(KIND, text, *span)):
        return None  # a kind in the sentence: the kind rules read it
    quote = QUOTE.search(text, *span)
    if quote is None:
        return None
    last = _BARE_WORD.search(text, max(span[0], quote.start() - 40), quote.start())
    if last is None or not _event_noun(last.group(1)):
        return None
    if _TROPHY.match(last.group(1)) and _FOR_PRIZE.search(text, span[0], last.start()):
        return None  # "гонки … на призы «Пионерская правда»": what the event is played for
    return last if word_parses(last.group(1))[0].tag.case in ("nomn", "accs") else None


# a prize or a cup, and "на" right before it: "гонки на призы «…»", "турнир на кубок «…»"
_TROPHY = re.compile(r"(?i)(?:приз|кубок|кубк)[а-яё]*$")
_FOR_PRIZE = re.compile(r"(?i)(?<![а-яё])на\s+(?:[а-яё]+\s+)?$")


def _genitive(word: str) -> bool:
    """Whether one of the word's three likeliest readings is genitive ("навигации", not
    "прогулку"); of a word the dictionary lacks, only the likeliest ("челлендж")."""
    found = word_parses(word)[: 3 if is_known(word.lower()) else 1]
    return any(p.tag.case == "gent" for p in found)


# a medium that reports the news or takes the forms ("передаёт телеканал «…»", "через портал
# «Госуслуги»"): the source or the channel, never the event
_MEDIA = frozenset(
    {
        "телеканал", "канал", "телекомпания", "радио", "радиостанция", "портал", "сайт",
        "газета", "журнал", "агентство", "издание", "паблик", "телеграм-канал",
    }
)  # fmt: skip


@lru_cache(maxsize=4096)
def _event_noun(word: str) -> bool:
    """A common inanimate noun read in the nominative or the accusative, neither a kind (the
    kind rules read those), a place, a name nor a medium (_MEDIA) (pymorphy3)."""
    if KIND.fullmatch(word) or PLACE.match(word):
        return False
    if len(word) > 1 and word.isupper():
        return False  # "МАОУ «Лицей 121»", "ООО «…»": an organisation's acronym, no event
    found = word_parses(word)
    if not found or found[0].tag.POS != "NOUN" or found[0].normal_form in _MEDIA:
        return False
    first = found[0]
    names = {"Name", "Surn", "Geox", "Orgn", "Abbr"} if is_known(word.lower()) else set()
    if ({"anim"} | names) & first.tag.grammemes:
        return False  # a guessed word's name readings ("челлендж": Geox) mean nothing
    return any(p.tag.case in ("nomn", "accs") and p.normal_form == first.normal_form for p in found)
