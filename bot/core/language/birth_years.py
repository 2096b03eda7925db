"""Birth years named as an event's audience — «2010–2012 г.р.», «для детей 2011 года
рождения», «2013 г.р. и младше» — read as the grades those children are in (files74). Sports
and club posts name their audience so; the card asked «Для каких классов?» and the years stayed
in the title or were taken for the event's year.

The convention (a stated rule, not a fact of every child): a child born in year Y starts
grade 1 in September of Y + 7 (the usual Russian school start at 6½–8; a child born late in
the year may start a year later), so in the school year beginning in September of S the
child is in grade S − Y − 6. The school year is the event's day's (September to August):
«2011 г.р.» is the 9th grade on 12 December 2026 and the 10th on 10 September 2027. Grades
outside 1–11 (preschoolers, graduates) are left out; none left, no grade is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from bot.core.language.tokens import Scanner, gate
from bot.core.models import Audience, EventDraft

FIRST_GRADE_AGE = 7  # born in Y: grade 1 from September of Y + 7
LAST_GRADE = 11
_PEOPLE = (
    r"(?:дет(?:ей|и)|юнош(?:ей|и)|девуш(?:ек|ки)|девоч(?:ек|ки)|мальчик(?:ов|и)|участник(?:ов|и)"
    r"|обучающ(?:ихся|иеся)|учащ(?:ихся|иеся)|школьник(?:ов|и)|спортсмен(?:ов|ы))"
)
# «г.р.» whole: «2026 г. Рождественский концерт» is a date's year before a word (review74)
_BORN = re.compile(
    rf"(?:(?:для\s+)?{_PEOPLE}\s+(?:и\s+{_PEOPLE}\s+)?)?"
    r"(?P<first>(?:19|20)\d\d)(?:\s*[-–—]\s*(?P<last>(?:19|20)\d\d))?\s*"
    r"(?:г\.?\s*г\.?\s*р(?:\.|(?![а-яё]))|г\.?\s*р(?:\.|(?![а-яё]))|год(?:а|ов)\s+рождения)"
    r"(?:\s+и\s+(?P<side>младше|моложе|старше))?",
    re.IGNORECASE,
)
# its gate: a digit, then «г.р.», «г.г.р.» or «года/годов р…» (every match ends a year so).
# A gate is searched on the scanner's normalised text, which is lower case, so it is
# case-sensitive (`re` gives a case-insensitive pattern no first-character scan); «о», «д»
# and «в» come with `re`'s extra case partners (U+1C82, U+1C81, U+1C80), which the
# case-insensitive _BORN matches as those letters. It holds in a post with «2025 года р…»
# too: a gate may only let _BORN be searched where it finds nothing, never hide a match
gate(
    _BORN,
    re.compile(r"\d\s*г(?:\.?\s*(?:г\.?\s*)?р|[о\u1c82][д\u1c81](?:а|[о\u1c82][в\u1c80])\s+р)"),
)


@dataclass(frozen=True, slots=True)
class Born:
    """Birth years, inclusive: `first` None for «… и старше» (born that year or earlier),
    `last` None for «… и младше» (that year or later)."""

    first: int | None
    last: int | None


def born_span(text: str) -> Born | None:
    """The birth years a text names as its audience; None when it names none."""
    found = _BORN.search(text)
    return None if found is None else _born(found)


def take_birth_years(sc: Scanner) -> Born | None:
    """The first birth years `sc`'s free text names, taken from it (never a title's words nor
    the event's year); None when it names none."""
    for found in sc.find(_BORN):
        sc.take_match(found)
        return _born(found)
    return None


def _born(found: re.Match[str]) -> Born:
    first = int(found["first"])
    last = int(found["last"]) if found["last"] else first
    first, last = min(first, last), max(first, last)
    side = (found["side"] or "").casefold()
    if side == "старше":
        return Born(None, last)
    if side in ("младше", "моложе"):
        return Born(first, None)
    return Born(first, last)


def grades_born(first: int | None, last: int | None, day: date) -> frozenset[int]:
    """The grades (1–11) of children born from `first` to `last` (inclusive; None: open on
    that side) in the school year of the local `day`, by the module's convention."""
    school_year = day.year if day.month >= 9 else day.year - 1
    top = LAST_GRADE if first is None else school_year - first - FIRST_GRADE_AGE + 1
    bottom = 1 if last is None else school_year - last - FIRST_GRADE_AGE + 1
    return frozenset(range(max(bottom, 1), min(top, LAST_GRADE) + 1))


def with_born_grades(draft: EventDraft, born: Born | None) -> EventDraft:
    """`draft` for the grades `born` names on its day, when it names no class itself and
    has a day; as it is otherwise (no years, no day, no grade of school age)."""
    if born is None or draft.start is None or not draft.audience.is_everyone:
        return draft
    grades = grades_born(born.first, born.last, draft.start.date())
    if not grades:
        return draft
    audience = Audience(grades=grades, parents=draft.audience.parents)
    return replace(draft, audience=audience)
