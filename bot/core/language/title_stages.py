"""A stage and the event it is a stage of: a bare "Финал" or "Второй этап" takes the contest
named just before it or the event the post says is held in stages ("Олимпиаду проведут в два
этапа" -> "Второй этап олимпиады"), and a headline about a stage ("Информация о школьном
этапе") makes the title that stage of the event named below. A stage is always a stage of
something. Used by title.py (concise_title), title_offers.py and title_settled.py."""

from __future__ import annotations

import re

from bot.core.language.lowered import finditer_i
from bot.core.language.morphology import is_known, to_genitive, to_nominative
from bot.core.language.sentences import sentence_at
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_score import WEAK
from bot.core.language.title_words import KIND, MAX_TITLE

STAGE_WORD = re.compile(r"(?i)этап")  # a stage: an event with what it is a stage of

# a headline about a stage ("Информация о школьном этапе"): its adjectives, in the locative
_HEADLINE_STAGE = re.compile(
    r"(?i)(?<![а-яё])об?\s+((?:[а-яё]+(?:ом|ем)\s+){1,2})(этапе|туре)(?![а-яё])"
)


def stage_of_headline(text: str, headline: tuple[int, int], phrase: str) -> str:
    """ "Школьный этап Всероссийской олимпиады школьников" when a headline tells of a stage
    ("Информация о школьном этапе") and the body names the event it is a stage of: a stage is
    always a stage of something, the event named below (pymorphy3 for the cases). `phrase`
    itself when the headline names no stage, the phrase is a stage already or no kind."""
    start, end = headline
    if end <= start or "этап" in phrase.lower() or not KIND.search(phrase):
        return phrase
    found = _HEADLINE_STAGE.search(text, start, end)
    if found is None:
        return phrase
    stage = to_nominative([*found.group(1).split(), found.group(2)], case="loct")
    words = phrase.split()
    if not re.search(rf"[а-яё,][ \t]+{re.escape(words[0])}", text):
        words[0] = words[0].lower()  # capitalised only as the title's first word
    whole = to_genitive(words)
    title = " ".join([*stage, *whole])
    return title[:1].upper() + title[1:] if len(title) <= MAX_TITLE else phrase


# a stage of a kind named by nothing else: "Школьный этап конкурса", "Финал олимпиады"
BARE_STAGE = re.compile(r"(?i)^(?:[а-яё]+\s+)?(?:этап|тур|финал|полуфинал)\s+([а-яё]+)$")

# a stage noun alone, an adjective before it at most: "Финал", "Второй тур", "Суперфинал"
BARE_STAGE_NOUN = re.compile(r"(?i)^(?:[а-яё]+\s+)?(?:супер|полу|четверть)?(?:финал|этап|тур)$")
_STAGE_HEAD = re.compile(r"(?i)(?:супер|полу|четверть)?(?:финал|этап|тур)(?![а-яё])")
# the kinds held in stages (a contest of some sort), never a lecture or a visit
_CONTEST_KIND = re.compile(
    r"(?i)(?:конкурс|турнир|олимпиад|первенств|чемпионат|соревновани|состязани|кубо?к"
    r"|фестивал|лиг|спартакиад|викторин|марафон|эстафет|игр)"
)
# a stage's own word in any form («финальный», «финала», «туры»): never the contest
_STAGE_STEM = re.compile(
    r"(?i)(?:супер|полу|четверть)?финал|этап|тур(?:а|у|ом|е|ы|ов|ами)?(?![а-яё])"
)


def contest_before(text: str, phrase: str) -> str | None:
    """The genitive of the contest a bare stage («Финал», «Второй тур») is a stage of: the
    nearest contest kind word (_CONTEST_KIND; not a stage, not a weak word) written before
    the stage's first mention, in its sentence or the one before («…проходит турнир по
    шахматам. Завтра в 15:00 финал» -> "турнира по шахматам"; pymorphy3's genitive,
    morphology.to_genitive). A stage is always a stage of something, named just before."""
    head = _STAGE_HEAD.search(phrase)
    if head is None:
        return None
    # the phrase as written (its adjective too: «финальный этап»), else its stage noun
    stage = re.search(rf"(?i)(?<![а-яё]){re.escape(phrase)}(?![а-яё])", text) or re.search(
        rf"(?i)(?<![а-яё]){head.group(0)}(?![а-яё])", text
    )
    if stage is None:
        return None
    begin = sentence_at(stage.start(), text)[0]
    if begin > 0:
        begin = sentence_at(max(0, begin - 2), text)[0]
    last = None
    for m in finditer_i(KIND, text[begin : stage.start()]):
        word = m.group(0)
        if _CONTEST_KIND.match(word) and not (WEAK.match(word) or _STAGE_STEM.match(word)):
            last = m
    if last is None:
        return None
    window = text[begin : stage.start()]
    words = kind_phrase(window, last.start(), last.end(), stage=False).split()
    if not words or len(phrase) + len(" ".join(words)) >= MAX_TITLE:
        return None
    whole = " ".join(to_genitive(words))
    return whole[:1].lower() + whole[1:] if is_known(words[0].lower()) else whole


# a stage with at most an adjective and nothing of what it is a stage of: "Второй этап"
LONE_STAGE = re.compile(r"(?i)^(?:[а-яё]+\s+)?(?:этап|тур)$")
# "Олимпиаду проведут в два этапа", "Слёт проводится … в три этапа": an event held in stages
_STAGES_TOLD = r"\sв\s+(?:два|три|четыре|пять|\d)\s+(?:этапа|тура|этапов|туров)(?![а-яё])"
_IN_STAGES = re.compile(rf"(?i)[^.!?\n]*?{_STAGES_TOLD}")
# what every match of _IN_STAGES ends with: looked for first, as _IN_STAGES' lazy run from each
# position of a sentence to its end is quadratic in the sentence (a post with «этап» or «тур»)
_STAGES_CORE = re.compile(_STAGES_TOLD, re.IGNORECASE)


def held_in_stages(text: str) -> tuple[str, str] | None:
    """The genitive of the kind the post says is held in stages, with its phrase and alone
    ("Олимпиада по истории края пройдёт в три тура" -> "олимпиады по истории края",
    "олимпиады"): the first kind word, not itself a stage, of the sentence that says so
    (pymorphy3, morphology.to_genitive); None when no sentence does. A stage is always a
    stage of something, so a bare "Второй этап" is that event's."""
    if "этап" not in text and "тур" not in text:
        return None
    if _STAGES_CORE.search(text) is None:  # no match of _IN_STAGES can end anywhere
        return None
    for sentence in _IN_STAGES.finditer(text):
        for m in finditer_i(KIND, sentence.group(0)):
            if not STAGE_WORD.match(m.group(0)) and not WEAK.match(m.group(0)):
                words = kind_phrase(sentence.group(0), m.start(), m.end(), stage=False).split()
                whole, head = " ".join(to_genitive(words)), " ".join(to_genitive(words[:1]))
                return whole[:1].lower() + whole[1:], head.lower()
    return None
