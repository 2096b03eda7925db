"""Whether a pasted message's dated lines are an announcement's prose paragraphs rather than
a plan's rows (route44): «С 7 по 20 декабря … пройдёт выставка … «Зимняя сказка».» /
«Торжественное закрытие выставки состоится 10 января в 15:00.» are one event told in full
sentences — its span and its closing — while a plan's rows open with their day («10 декабря
— Лекция …»), are numbered or bulleted («1. …»), are a table's cells (tabs, «|»), or name
events of their own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.language.post_other_events import names_part_of
from bot.core.language.title_heading import has_finite_verb
from bot.core.language.title_words import KIND, kind_key, word_parses
from bot.core.models import EventDraft

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
    long post's sentences, post_other_events.names_part_of, applied to the titles. Two titles
    of one kind («Лекция по физике», «Лекция по химии») are two events: a kind opening a title
    is its subject, not a part's."""
    for i, title in enumerate(titles):
        kinds = {
            kind_key(m.group(0))
            for other in [*titles[:i], *titles[i + 1 :]]
            if (m := KIND.search(_QUOTED.sub(" ", other))) is not None
        }
        if kinds and names_part_of(_QUOTED.sub(" ", title), 0, len(title), kinds):
            return True
    return False


PROGRAMME_DAYS = 3  # calendar days at most of one event's programme (a festival's, a contest's)


def names_one_event(heading: str) -> bool:
    """Whether a message's first line (with no day of its own) names one event: a kind word
    outside quotes that pymorphy3 reads as singular and never as a nominative or accusative
    plural («Фестиваль науки …», «День открытых дверей для …», «Турнир по самбо … пройдёт
    …»). A plan's heading names none («План на декабрь») or a plural («Мероприятия недели»,
    «Расписание занятий»; «Соревнования по плаванию» too, left a plan)."""
    found = KIND.search(_QUOTED.sub(" ", heading))
    if found is None:
        return False
    parsed = word_parses(found.group(0).split()[0])
    plural = any(
        {"plur", "nomn"} <= p.tag.grammemes or {"plur", "accs"} <= p.tag.grammemes for p in parsed
    )
    return not plural and any("sing" in p.tag.grammemes for p in parsed)


# a further step of a programme's line after a comma: «…, 11:00 — открытие»
_FURTHER_STEP = re.compile(r",\s*\d{1,2}[:.]\d{2}\s*[—–-]")


def one_events_programme(heading: str, dated: Sequence[tuple[str, EventDraft]]) -> bool:
    """Whether a message headed by `heading` (its first line, no day of its own) whose
    `dated` rows (two or more, each read with its own day) open their lines with a day and
    clocks is one event's programme over its days («Фестиваль науки …» / «12 декабря 10:00 —
    регистрация, 11:00 — открытие» / «13 декабря 10:00 — мастер-классы …»): the heading names
    one event (names_one_event), every row has its clock and names no classes of its own (a
    row naming its classes makes a timetable of class events), the rows' days lie within
    PROGRAMME_DAYS calendar days, and some day holds several steps — two rows of one day, or
    a row going on to a further clock after a comma. A plan's rows of different events under
    «План на …», spread over weeks, or one activity a day («14 декабря в 15:00 — лекция …» /
    «15 декабря в 15:00 — вебинар …», walk12) stay rows."""
    if len(dated) < 2 or not names_one_event(heading):
        return False
    drafts = [d for _, d in dated]
    starts = [d.start for d in drafts]
    if any(s is None for s in starts) or not all(d.time_known for d in drafts):
        return False
    if not all(d.audience.is_everyone for d in drafts):
        return False
    days = [s.date() for s in starts if s is not None]
    if (max(days) - min(days)).days >= PROGRAMME_DAYS:
        return False
    return len(set(days)) < len(days) or any(_FURTHER_STEP.search(line) for line, _ in dated)
