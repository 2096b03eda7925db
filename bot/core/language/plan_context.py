"""What the lines of a pasted plan without a day of their own say about all its rows.

A plan pasted from a letter or a post is often a heading, dated rows and closing lines:
«КГТУ приглашает учащихся 9–11 классов на серию мероприятий:» / «5 декабря в 14:00 —
лекция …» / … / «Место проведения: КГТУ, ауд. 301» / «Просим подтвердить участие до 3
декабря». The heading's audience (and its kind, «Приглашаем 8-е классы на экскурсии в …»)
is every row's that names none of its own; a labelled place or a gathering point closing
the plan is the venue of rows without one; «подтвердить участие до …» is the rows' deadline,
never a row. A row's own words always win.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from bot.core.language.audience import extract_audience
from bot.core.language.calendar import MONTH
from bot.core.language.chat_deadline import take_deadline
from bot.core.language.leftovers import LABELS, tidy_title
from bot.core.language.place_display import fit_venue
from bot.core.language.places import find_venue
from bot.core.language.title import concise_title
from bot.core.language.tokens import Scanner
from bot.core.models import Audience, EventDraft

# labels that name a place; any other label («Дата:», «Время:», «Для:») makes a card
_PLACE_LABEL = re.compile(r"(?i)^\W*(?:место(?:\s+(?:проведения|встречи|сбора))?|адрес|где)\b")
# a closing line naming where everyone gathers ("Сбор у главного входа, наб. …, 1.")
_PLACE_LINE = re.compile(
    r"(?i)^\W*(?:место(?:\s+(?:проведения|встречи|сбора))?|адрес|где)\s*[:—–-]|^\W*(?:сбор|встреча)\s+(?:у|в|во|на|возле|около)\s"
)


# a day and its clock, then the place of that meeting in brackets: "8 декабря в 15:00
# (Институт рыболовства, ул. Малая Лесная, 2)"
_DATED_PLACE = re.compile(
    rf"(?i)(?<!\d)(\d{{1,2}}\s+{MONTH}\s*,?\s*(?:в|с)\s+\d{{1,2}}[:.]\d\d)\s*\(([^()\n]{{3,100}})\)"
)
_LIST_GAP = re.compile(r"\s*(?:,|;|и|,\s*и|а\s+также)\s*")


def meetings_by_place(text: str) -> list[tuple[str, str]] | None:
    """A message listing dated meetings each with its own place in brackets («Дни открытых
    дверей: 8 декабря в 15:00 (Институт …, ул. …, 2) и 15 декабря в 15:00 (главный корпус,
    Советский пр., 1). Для 11 классов.»): one (text, venue) per meeting, the words around
    the list shared by all; None unless two or more such meetings follow each other and each
    bracket names a place."""
    found = list(_DATED_PLACE.finditer(text))
    if len(found) < 2:
        return None
    for a, b in itertools.pairwise(found):
        if _LIST_GAP.fullmatch(text, a.end(), b.start()) is None:
            return None
    if any(find_venue(m.group(2), None) is None for m in found):
        return None  # "(вход свободный)", "(для 9–11 классов)": no place
    head, tail = text[: found[0].start()], text[found[-1].end() :]
    return [(f"{head}{m.group(1)}{tail}", fit_venue(m.group(2))) for m in found]


def labels_a_card(text: str) -> bool:
    """Whether the text labels its date, time or audience («Дата: …», «Время: …», «Для: …»):
    one event's card, never a plan. A place label alone («Место проведения: …») may close
    a plan, its rows sharing it."""
    return any(
        not _PLACE_LABEL.match(text[m.start() :].lstrip(" \t,.;\n")) for m in LABELS.finditer(text)
    )


@dataclass(frozen=True, slots=True)
class SharedFacts:
    """What a plan's undated lines give its rows: the heading's audience and kind, a place,
    a deadline (each None or empty when no line gives it)."""

    audience: Audience
    title: str
    venue: str | None
    deadline: date | None


def shared_facts(heading: str | None, others: list[str], now: datetime) -> SharedFacts:
    """The facts of a plan's heading (its first line, when it is not an event) and of its
    other lines without a day of their own."""
    audience, title = Audience(), ""
    if heading is not None:
        sc = Scanner(heading)
        audience = extract_audience(sc)
        title = concise_title(heading, None, fallback=False) or tidy_title(sc.remainder())
    venue = next((v for line in others if (v := place_of(line)) is not None), None)
    deadline = next((d for line in others if (d := deadline_of(line, now)) is not None), None)
    return SharedFacts(audience, title, venue, deadline)


def place_of(line: str) -> str | None:
    """The venue a plan's closing line names («Место проведения: КГТУ, ауд. 301», «Сбор у
    главного входа, наб. Петра Великого, 1.»); None for any other line."""
    return find_venue(line, None) if _PLACE_LINE.match(line) else None


def deadline_of(line: str, now: datetime) -> date | None:
    """The deadline a line names with its cue («Просим подтвердить участие до 3 декабря»)."""
    return take_deadline(Scanner(line), now)


def is_logistics(line: str, now: datetime) -> bool:
    """Whether a plan's line is about getting there or replying, not an event: a place or
    meeting-point line («Место проведения: …», «Сбор у главного входа в 9:45.») or one that
    names a deadline with its cue («Просим подтвердить участие до 3 декабря в 12:00»)."""
    return _PLACE_LINE.match(line) is not None or deadline_of(line, now) is not None


def lends_facts(line: str, now: datetime, *, first: bool) -> bool:
    """Whether a plan's undated line gives its rows something: the heading's audience (the
    first line), a place, a deadline — read, so never shown as a line not understood."""
    if first and not extract_audience(Scanner(line)).is_everyone:
        return True
    return place_of(line) is not None or deadline_of(line, now) is not None


def with_shared(draft: EventDraft, facts: SharedFacts, *, own_title: bool) -> EventDraft:
    """A row's draft with what it leaves out taken from the plan's shared facts; `own_title`
    False gives it the heading's kind («8А — 9 декабря в 10:00» under «Приглашаем 8-е
    классы на экскурсии в музей»)."""
    return replace(
        draft,
        title=draft.title if own_title or not facts.title else facts.title,
        audience=facts.audience if draft.audience.is_everyone else draft.audience,
        venue=draft.venue or facts.venue,
        deadline=draft.deadline or facts.deadline,
    )
