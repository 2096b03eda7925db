"""Whether a pasted message's dated lines are an announcement's prose paragraphs rather than
a plan's rows (route44): «С 7 по 20 декабря … пройдёт выставка … «Зимняя сказка».» /
«Торжественное закрытие выставки состоится 10 января в 15:00.» are one event told in full
sentences — its span and its closing — while a plan's rows open with their day («10 декабря
— Лекция …»), are numbered or bulleted («1. …»), are a table's cells (tabs, «|»), or name
events of their own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.language.morphology import parses
from bot.core.language.title_heading import has_finite_verb

# a row's opening that makes it a list item or a table row: a digit (its day, its number,
# its clock), a bullet or a dash
_LISTED = re.compile(r"^\s*(?:\d|[•·*▪►✅🔹🔸—–-])")
_CELLS = re.compile(r"\t|\s\|\s|;\s*\S.*;")
_SENTENCE_END = re.compile(r"[.!…]\s*$")
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^”]*”")
_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")


def is_prose_row(line: str) -> bool:
    """Whether a dated line reads as a sentence of prose: it opens with no day, number or
    bullet, has no table cells, has a finite verb («пройдёт», «состоится») and ends as a
    sentence does."""
    return (
        _LISTED.match(line) is None
        and _CELLS.search(line) is None
        and _SENTENCE_END.search(line) is not None
        and has_finite_verb(line)
    )


def _nouns(title: str) -> list[str]:
    """The lemmas of a title's nouns outside quotes, in their order."""
    bare = _QUOTED.sub(" ", title)
    found = []
    for m in _WORD.finditer(bare):
        readings = parses(m.group(0))
        if readings and readings[0].tag.POS == "NOUN":
            found.append(str(readings[0].normal_form))
    return found


def parts_of_one_event(titles: Sequence[str]) -> bool:
    """Whether one title names another's event as a part of it: a later noun of one title
    (its dependent, «закрытие выставки», «финал конкурса») is the head noun of another
    («Выставка детского рисунка …», «Конкурс чтецов»). Two titles of one kind («Лекция по
    физике», «Лекция по химии») are two events: their heads match, no dependent does."""
    nouns = [_nouns(title) for title in titles]
    heads = {found[0] for found in nouns if found}
    return any(noun in heads and noun != found[0] for found in nouns if found for noun in found[1:])
