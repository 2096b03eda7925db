"""Whether a pasted message's dated lines are an announcement's prose paragraphs rather than
a plan's rows (route44): «С 7 по 20 декабря … пройдёт выставка … «Зимняя сказка».» /
«Торжественное закрытие выставки состоится 10 января в 15:00.» are one event told in full
sentences — its span and its closing — while a plan's rows open with their day («10 декабря
— Лекция …»), are numbered or bulleted («1. …»), are a table's cells (tabs, «|»), or name
events of their own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.language.post import names_part_of
from bot.core.language.title_heading import has_finite_verb
from bot.core.language.title_words import KIND, kind_key

# a row's opening that makes it a list item or a table row: a digit (its day, its number,
# its clock), a bullet or a dash
_LISTED = re.compile(r"^\s*(?:\d|[•·*▪►✅🔹🔸—–-])")
_CELLS = re.compile(r"\t|\s\|\s|;\s*\S.*;")
_SENTENCE_END = re.compile(r"[.!…]\s*$")
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^”]*”")


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


def parts_of_one_event(titles: Sequence[str]) -> bool:
    """Whether one title names another's event as a part of it: a kind word after another
    word of one title, in the genitive («закрытие выставки», «финал конкурса»), is the kind
    that opens another («Выставка детского рисунка …», «Конкурс чтецов») — the reading of a
    long post's sentences, post.names_part_of, applied to the titles. Two titles of one kind
    («Лекция по физике», «Лекция по химии») are two events: a kind opening a title is its
    subject, not a part's."""
    for i, title in enumerate(titles):
        kinds = {
            kind_key(m.group(0))
            for other in [*titles[:i], *titles[i + 1 :]]
            if (m := KIND.search(_QUOTED.sub(" ", other))) is not None
        }
        if kinds and names_part_of(_QUOTED.sub(" ", title), 0, len(title), kinds):
            return True
    return False
