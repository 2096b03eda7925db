"""Verbs of taking place: one vocabulary for every reader that asks whether an event takes
place somewhere ("состоится", "пройдёт", "проводится", "откроется", "стартует", …).

Each row: the verb's pymorphy3 lemma, a regular expression of its forms (small letters) and
whether its subject is the event itself ("концерт состоится") or someone holding it ("музей
проведёт", "выставка будет открыта" read as one predicate). Three readers use it:
- place_phrases.py: a place phrase counts when any of these verbs stands in its clause
  (IN_CLAUSE: every form of every row);
- places.py: a place-like noun right before a verb whose subject is the event is the event
  itself, not its place ("Летняя школа пройдёт в Пушкино": RIGHT_AFTER);
- title_announced.py: the subject after such a verb names the event (LEMMAS, the lemmas whose
  subject is the event; FORM_STARTS, how their forms begin, a prefilter);
- place_hosts.py: an organisation opening a clause is the host only with a verb not in LEMMAS.
tests/unit/test_place_verbs.py checks that every row's forms are forms of its lemma.
"""

from __future__ import annotations

import re
from typing import Any

from bot.core.language.morphology import parses

# (lemma, forms, the event is its subject); a lemma without forms is read by its lemma only
_TABLE: tuple[tuple[str, str, bool], ...] = (
    ("состояться", r"состо(?:и|я)тся|состоял[аои]?сь", True),
    ("пройти", r"пройд(?:[её]т|ут)|прош[её]л|прошл[аои]", True),
    ("проходить", r"проход(?:ит|ят)|проходил[аои]?|буд(?:ет|ут)\s+проходить", True),
    ("проводиться", r"проводится|проводятся|проводил[аои]?сь", True),
    ("провестись", "", True),
    ("открыться", r"откро[ею]тся|открыл[аи]?сь|открылся", True),
    ("открываться", r"открывается", True),
    ("начаться", r"начн[её]тся", True),
    ("начинаться", "", True),
    ("стартовать", r"стартует|стартуют|стартовал[аои]?", True),
    ("объявляться", "", True),
    ("заработать", "", True),
    ("продлиться", r"продлится", True),
    ("развернуться", r"развернётся", True),
    ("провести", r"пров[её]д[её]т|проведут", False),  # the organiser's: "проведут в музее"
    ("открыть", r"буд(?:ет|ут)\s+открыт[аоы]?", False),  # "выставка будет открыта"
    ("работать", r"буд(?:ет|ут)\s+работать", False),  # "выставка будет работать"
)


_ALL_FORMS = "|".join(forms for _, forms, _ in _TABLE if forms)
_EVENT_FORMS = "|".join(forms for _, forms, event in _TABLE if forms and event)
# a verb of taking place anywhere in a lower-cased clause (place_phrases.py)
IN_CLAUSE = re.compile(rf"(?<![а-яё])(?:{_ALL_FORMS})(?![а-яё])")
# a verb whose subject is the event, right after that subject (places.py)
RIGHT_AFTER = re.compile(rf"\s+(?:{_EVENT_FORMS})(?![а-яё])")
# the lemmas whose subject is the event taking place (title_announced.py, place_hosts.py)
LEMMAS = frozenset(lemma for lemma, _, event in _TABLE if event)
# how those lemmas' forms begin: only such words are parsed (title_announced.py)
FORM_STARTS = ("состо", "пройд", "пройт", "проход", "провод", "провес", "откр", "нач", "старт",
               "объявл", "заработа", "продл", "разверн")  # fmt: skip


_WORD = re.compile(r"[а-яёА-ЯЁ]+")
# parts of speech that only ever stand as a clause's predicate (pymorphy3 tags): a finite
# verb, a short participle, a short adjective
_PREDICATES = frozenset({"VERB", "PRTS", "ADJS"})
# how likely (pymorphy3's score) a lower-case word's short-adjective reading must be to end a
# place even when a noun reading comes first: «рады» (0.29 beside «рада», a council's genitive)
_SHORT_FORM_SCORE = 0.25


def verb_free_end(text: str, begin: int, end: int) -> int:
    """Where the place phrase text[begin:end] ends before a predicate: the start of its first
    word after the first that pymorphy3 reads first as a finite verb («в школе состоится»,
    «в гимназии начнётся»), or as a participle of a verb of taking place (LEMMAS: «в музее
    прошедшая …»), or as a short participle or adjective (PRTS, ADJS: «в музее открыта
    выставка», «в школе открыты курсы»: a short form is only ever a predicate, never an
    attribute inside a noun phrase); `end` when there is none. A verb is never part of a
    place's name (the twenty-second round, «в школе состоится посвящение» gave the venue
    «школа состоится»; parse75, «музей открыта»)."""
    for m in _WORD.finditer(text, begin, end):
        if m.start() == begin:
            continue
        found = parses(m.group(0).lower())
        if not found:
            continue
        tag = found[0].tag
        if (
            tag.POS in _PREDICATES
            or (tag.POS == "PRTF" and any(p.normal_form in LEMMAS for p in found))
            or _short_form_too(m.group(0), found)
        ):
            return len(text[: m.start()].rstrip())
    return end


def _short_form_too(word: str, found: tuple[Any, ...]) -> bool:
    """Whether `word`, written in lower case and whole (no hyphen joins it to the next word),
    has a short adjective reading of `_SHORT_FORM_SCORE` or more beside a likelier noun
    («в парке рады гостям»: «рады» is «рад», never the council «рада» a school place is
    named after; a council's name is written with a capital, «Верховной Рады»)."""
    return word.islower() and any(
        p.tag.POS == "ADJS" and p.score >= _SHORT_FORM_SCORE for p in found
    )
