"""Verbs of taking place: one vocabulary for every reader that asks whether an event takes
place somewhere ("состоится", "пройдёт", "проводится", "откроется", "стартует", …).

Three readers use it, each with the part it needs:
- place_phrases.py: a place phrase counts when such a verb stands in its clause (IN_CLAUSE:
  every form in the table, the organiser's "проведут" and the past tense included);
- places.py: a place-like noun right before such a verb is the event itself, not its place
  ("Летняя школа пройдёт в Пушкино": RIGHT_AFTER, the present and future forms);
- title_announced.py: the subject after such a verb names the event (LEMMAS, the pymorphy3
  dictionary forms of the verbs whose subject is the event, and FORM_STARTS, how their forms
  begin, a prefilter).

Each row: the pymorphy3 lemma, a regular expression of the forms the readers match (in small
letters), and which readers use it: "c" in-clause, "r" right after a subject, "t" the
title's subject. tests/unit/test_place_verbs.py checks that every form is one of its lemma.
"""

from __future__ import annotations

import re

_TABLE: tuple[tuple[str, str, str], ...] = (
    ("состояться", r"состо(?:и|я)тся", "crt"),
    ("состояться", r"состоял[аои]?сь", "c"),
    ("пройти", r"пройд[её]т", "crt"),
    ("пройти", r"пройдут", "ct"),
    ("пройти", r"прош[её]л|прошл[аои]", "c"),
    ("проходить", r"проходит", "crt"),
    ("проходить", r"проходят|проходил[аои]?", "ct"),
    ("проходить", r"будет\s+проходить", "crt"),
    ("проходить", r"будут\s+проходить", "ct"),
    ("проводиться", r"проводится|проводятся|проводил[аои]?сь", "ct"),
    ("провестись", "", "t"),
    ("провести", r"пров[её]д[её]т|проведут", "c"),  # the organiser's: "проведут в музее"
    ("открыться", r"откро[ею]тся|открыл[аи]?сь|открылся", "ct"),
    ("открываться", r"открывается", "ct"),
    ("начаться", r"начн[её]тся", "crt"),
    ("начинаться", "", "t"),
    ("стартовать", r"стартует", "crt"),
    ("стартовать", r"стартуют|стартовал[аои]?", "ct"),
    ("открыть", r"буд(?:ет|ут)\s+открыт[аоы]?", "c"),  # "выставка будет открыта"
    ("работать", r"буд(?:ет|ут)\s+работать", "c"),  # "выставка будет работать"
    ("развернуться", r"развернётся", "c"),
    ("продлиться", r"продлится", "r"),
    ("объявляться", "", "t"),
    ("заработать", "", "t"),
)


def _forms(reader: str) -> str:
    return "|".join(form for _, form, readers in _TABLE if form and reader in readers)


# a verb of taking place anywhere in a lower-cased clause (place_phrases.py)
IN_CLAUSE = re.compile(rf"(?<![а-яё])(?:{_forms('c')})(?![а-яё])")
# a verb of taking place right after its subject (places.py)
RIGHT_AFTER = re.compile(rf"\s+(?:{_forms('r')})(?![а-яё])")
# the lemmas whose subject is the event taking place (title_announced.py)
LEMMAS = frozenset(lemma for lemma, _, readers in _TABLE if "t" in readers)
# how those lemmas' forms begin: only such words are parsed (title_announced.py)
FORM_STARTS = ("состо", "пройд", "пройт", "проход", "провод", "провес", "откр", "нач", "старт",
               "объявл", "заработа")  # fmt: skip
