"""The school a plan's caption names («План мероприятий МБОУ «СОШ № 5» на 2026-2027 учебный
год», «Гимназия №32»), so that a plan of another school sent to this school's bot (a city
serves several) is named before its events are saved into this school's plan (files65).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.exports.cells import cell_text

# a kind of school, then its number within a few words («СОШ № 5», «школы №12», «гимназии
# № 3», «лицей № 1», «МБОУ «Средняя общеобразовательная школа № 7»»)
_SCHOOL = re.compile(
    r"(?<![а-яё])(?:сош|оош|нош|школ[аыуеой]{0,2}|гимнази[яиюей]{0,2}|лице[йяюем]{0,2})"
    r"[^№\n]{0,40}?№\s*(\d{1,4})(?!\d)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"№\s*(\d{1,4})(?!\d)")


@dataclass(frozen=True, slots=True)
class NamedSchool:
    """A school as a caption writes it («СОШ № 5») and its number ("5")."""

    written: str
    number: str


def caption_school(rows: Iterable[Iterable[object]]) -> NamedSchool | None:
    """The first school with a number the rows above a sheet's header name; None when
    they name none."""
    for row in rows:
        for cell in row:
            found = _SCHOOL.search(cell_text(cell))
            if found is not None:
                return NamedSchool(found.group(0).strip(" «»\"'"), found.group(1))
    return None


def other_school(named: NamedSchool | None, school_name: str) -> bool:
    """Whether `named` (a plan's caption) is a school other than `school_name` (this
    deployment's school, «Гимназия №32»): both carry a number and they differ. A name
    without a number («Школа») tells nothing, so nothing is said."""
    own = _NUMBER.search(school_name)
    return named is not None and own is not None and own.group(1) != named.number
