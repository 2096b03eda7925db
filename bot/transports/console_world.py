"""The console's own commands: its clock (`/время`) and who is typing (`/я`).

The console runs the same notification loop as VK (bot.scheduling.NotificationLoop) on a
clock the person can move: `/время +2ч`, `/время +1д`, `/время +30мин` move it forward,
`/время 2026-12-15T17:00` (or `2026-12-15 17:00`) sets it — to the school's wall-clock time.
Moving the clock freezes it there (a demo must not drift), then the loop runs at once, so
reminders, polls, nudges and the Monday digest that fell due appear in the terminal.

`/я студент 9Б`, `/я партнёр КГТУ`, `/я куратор`, `/я педагог` switch the person typing:
each is a separate person of the plan (its own VK-like id), created on first use, so a
waiting list, a clash notice or a report can be tried between several people in one console.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.language.tokens import normalize
from bot.core.models import OrgKind, Person, Role
from bot.core.ports import Directory

CLOCK_COMMAND = re.compile(r"^/(?:время|time)\b\s*(.*)$", re.IGNORECASE)
PERSON_COMMAND = re.compile(r"^/(?:я|me)\b\s*(.*)$", re.IGNORECASE)
FIRST_EXTRA_ID = 1001  # ids of people added with /я (the starting person has 1–4)

_UNITS = {
    "мин": timedelta(minutes=1),
    "m": timedelta(minutes=1),
    "ч": timedelta(hours=1),
    "h": timedelta(hours=1),
    "д": timedelta(days=1),
    "d": timedelta(days=1),
    "сут": timedelta(days=1),
    "нед": timedelta(weeks=1),
    "w": timedelta(weeks=1),
}
_SHIFT = re.compile(r"^\+((?:\d{1,4}[a-zа-я]+\.?)+)$")
_SHIFT_PART = re.compile(r"(\d{1,4})([a-zа-я]+)\.?")
_ROLES = {
    "студент": Role.STUDENT,
    "ученик": Role.STUDENT,
    "ученица": Role.STUDENT,
    "партнер": Role.PARTNER,
    "куратор": Role.CURATOR,
    "завуч": Role.CURATOR,
    "педагог": Role.STAFF,
    "учитель": Role.STAFF,
}


class ConsoleClock:
    """The console's clock: the system's, or frozen at a moment (aware, school zone) once
    `--now` or `/время` sets it."""

    def __init__(self, tz: ZoneInfo, frozen: datetime | None = None) -> None:
        self.tz = tz
        self.frozen = frozen.astimezone(tz) if frozen is not None else None

    def now(self) -> datetime:
        return self.frozen if self.frozen is not None else datetime.now(self.tz)

    def set(self, moment: datetime) -> None:
        """Freeze at `moment` (aware)."""
        self.frozen = moment.astimezone(self.tz)


def clock_target(argument: str, now: datetime) -> datetime | None:
    """Where `/время <argument>` moves a clock showing `now` (aware): "+2ч", "+1 д",
    "+30мин", "+20м", "+1нед", compound "+3ч30мин" / "+1д 2ч" forward, or an ISO date-time in the
    school's zone; None when not understood or not in the future (time in the console only
    moves forward, as in VK)."""
    text = normalize(argument).strip()
    shift = _SHIFT.match(text.replace(" ", ""))
    if shift is not None:
        return _shifted(now, shift.group(1))
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T", 1).upper())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=now.tzinfo)
    return moment if moment > now else None


def _shifted(now: datetime, parts: str) -> datetime | None:
    """`now` moved by every "<number><unit>" in `parts` ("3ч30мин"); None on an unknown
    unit."""
    moved = now
    for number, word in _SHIFT_PART.findall(parts):
        if word == "м":  # «+20м»: the usual short «минут» (newcomer walk 2026-12-01h, #14)
            word = "мин"
        unit = next((u for p, u in _UNITS.items() if word.startswith(p)), None)
        if unit is None:
            return None
        moved += int(number) * unit
    return moved


@dataclass(frozen=True, slots=True)
class Persona:
    """Who `/я …` asks to be: a role and, for a student, a class; for a partner, its name."""

    role: Role
    detail: str = ""


def parse_persona(argument: str) -> Persona | None:
    """ "студент 9Б" -> Persona(STUDENT, "9Б"); "партнёр КГТУ" -> Persona(PARTNER, "КГТУ");
    "куратор", "педагог"; None when the role is not one of these."""
    words = argument.split(maxsplit=1)
    if not words:
        return None
    role = _ROLES.get(normalize(words[0]).strip(",.:"))
    if role is None:
        return None
    detail = words[1].strip() if len(words) > 1 else ""
    if role is Role.STUDENT:
        detail = re.sub(r"[\s-]", "", detail).upper()
    return Persona(role, detail)


async def become(
    store: Directory, persona: Persona, names: dict[Role, str], school_id: int
) -> Person:
    """The console person for `persona`: found among those made before, or created (a new
    partner organisation, the student's class set). `names` are the roles' display names."""
    org_id: int | None = None
    if persona.role is Role.PARTNER:
        org_name = persona.detail or names[Role.PARTNER]
        org = await store.find_organisation(org_name)
        org_id = (org or await store.create_organisation(org_name, OrgKind.PARTNER)).id
    elif persona.role in (Role.CURATOR, Role.STAFF):
        org_id = school_id
    class_name = persona.detail or None if persona.role is Role.STUDENT else None
    name = names[persona.role] + (f" {persona.detail}" if persona.detail else "")
    for person in await store.people_with_role(persona.role):
        if person.vk_id >= FIRST_EXTRA_ID and person.name == name:
            return person
    taken = [p.vk_id for role in Role for p in await store.people_with_role(role)]
    vk_id = max([FIRST_EXTRA_ID - 1, *taken]) + 1
    return await store.save_person(vk_id, persona.role, name, org_id, class_name)
