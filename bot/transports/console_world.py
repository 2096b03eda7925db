"""The console's own commands: its clock (`/время`) and who is typing (`/я`).

The console runs the same notification loop as VK (bot.scheduling.NotificationLoop) on a
clock the person can move: `/время +2ч`, `/время +1д`, `/время +30мин` move it forward,
`/время 2026-12-15T17:00` (or `2026-12-15 17:00`) sets it — to the school's wall-clock time.
Moving the clock freezes it there (a demo must not drift), then the loop runs at once, so
reminders, polls, nudges and the Monday digest that fell due appear in the terminal.

`/я студент 9Б`, `/я партнёр КГТУ`, `/я куратор`, `/я педагог` switch the person typing:
each is a separate person of the plan (its own VK-like id), created on first use, so a
waiting list, a clash notice or a report can be tried between several people in one console.
`/я студент 9Б Петя` is another student of the same class; a role with nothing after it is
the console's starting person of that role (`/я партнёр` goes back to the first partner).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.features.organisers import known_or_new
from bot.core.language.tokens import normalize
from bot.core.models import Organisation, Person, Role
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
# Units written as a whole word only: «м» is minutes («+20м»), but «мес» must not become one.
_WHOLE_WORD_UNITS = {"м": timedelta(minutes=1)}
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
    # the names `--as` takes (walk 2026-12-01k, #15: «/я staff» was refused)
    "student": Role.STUDENT,
    "partner": Role.PARTNER,
    "curator": Role.CURATOR,
    "staff": Role.STAFF,
}
# «9Б», «9 Б», «9-б» and then, optionally, a name telling two students of one class apart
_CLASS_THEN_NAME = re.compile(r"^(\d{1,2})\s*-?\s*([а-яёa-z])(?:\s+(.+))?$", re.IGNORECASE)


class ConsoleClock:
    """The console's clock: the system's, or frozen at a moment (aware, school zone) once
    `--now` or `/время` sets it."""

    def __init__(self, tz: ZoneInfo, frozen: datetime | None = None) -> None:
        self.tz = tz
        self.frozen = frozen.astimezone(tz) if frozen is not None else None

    def now(self) -> datetime:
        """The frozen instant when set (--now), else the real time in the school's zone; aware."""
        return self.frozen if self.frozen is not None else datetime.now(self.tz)

    def set(self, moment: datetime) -> None:
        """Freeze at `moment` (aware)."""
        self.frozen = moment.astimezone(self.tz)


def clock_target(argument: str, now: datetime) -> datetime | None:
    """Where `/время <argument>` moves a clock showing `now` (aware): "+2ч", "+1 д",
    "+30мин" or "+30м", "+1нед", compound "+3ч30мин" / "+1д 2ч" forward, or an ISO date-time in the
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
        unit = _WHOLE_WORD_UNITS.get(word) or next(
            (u for p, u in _UNITS.items() if word.startswith(p)), None
        )
        if unit is None:
            return None
        moved += int(number) * unit
    return moved


@dataclass(frozen=True, slots=True)
class Persona:
    """Who `/я …` asks to be: a role and, for a student, a class; for a partner, its name;
    `name` tells two students of one class apart («/я студент 9Б Петя»). With no detail
    and no name it is the console's starting person of that role."""

    role: Role
    detail: str = ""
    name: str = ""


def parse_persona(argument: str) -> Persona | None:
    """ "студент 9Б" -> Persona(STUDENT, "9Б"); "студент 9 б Петя" -> Persona(STUDENT, "9Б",
    "Петя"); "партнёр КГТУ" -> Persona(PARTNER, "КГТУ"); "куратор", "педагог" (or the
    `--as` names: "staff", "student" …); None when the role is not one of these."""
    words = argument.split(maxsplit=1)
    if not words:
        return None
    role = _ROLES.get(normalize(words[0]).strip(",.:"))
    if role is None:
        return None
    detail = words[1].strip() if len(words) > 1 else ""
    if role is Role.STUDENT:
        found = _CLASS_THEN_NAME.match(detail)
        if found is None:
            return Persona(role, re.sub(r"[\s-]", "", detail).upper())
        number, letter, name = found.groups()
        return Persona(role, f"{number}{letter.upper()}", (name or "").strip())
    return Persona(role, detail)


def persona_names(persona: Persona, role_name: str) -> tuple[str, ...]:
    """The stored name of the console person `persona` asks for, then the names earlier
    consoles stored for the same person. A teacher or curator who gives a name is that name
    alone («/я педагог Анна Петровна» -> «Анна Петровна»): notices put the role word before it
    themselves («перенесено педагогом Анна Петровна»), and the role word in the name read
    «педагогом Педагог Анна Петровна» (newcomer78 W4); earlier consoles stored
    «Педагог Анна Петровна», which is still the same person. A student or partner keeps the
    role word and the class («Ученик 9Б Петя»: the class tells two Петя apart), as does a
    teacher or curator with no name (`role_name`, «Педагог»)."""
    full = " ".join(part for part in (role_name, persona.detail, persona.name) if part)
    own = " ".join(part for part in (persona.detail, persona.name) if part)
    if persona.role in (Role.STAFF, Role.CURATOR) and own:
        return (own, full)
    return (full,)


async def become(
    store: Directory, persona: Persona, names: dict[Role, str], school_id: int
) -> Person | list[Organisation]:
    """The console person for `persona`: found among those made before (of its role, else
    of any role — one who joined with an invitation code), or created (the student's class
    set). A partner's name is matched as the chat matches it (organisers.known_or_new:
    «/я партнёр музей янтаря» is the known «Калининградский музей янтаря», a new name a
    new partner); when it fits several partners alike («/я партнёр Музей» with two
    museums), those organisations instead, for the console to ask which (organiser79).
    `names` are the roles' display names."""
    org_id: int | None = None
    if persona.role is Role.PARTNER:
        found = await known_or_new(store, persona.detail or names[Role.PARTNER])
        if len(found) > 1:
            return found
        org_id = found[0].id
    elif persona.role in (Role.CURATOR, Role.STAFF):
        org_id = school_id
    class_name = persona.detail or None if persona.role is Role.STUDENT else None
    name, *older = persona_names(persona, names[persona.role])
    known = (name, *older)
    for person in await store.people_with_role(persona.role):
        if person.vk_id >= FIRST_EXTRA_ID and person.name in known:
            return person
    # one who has since joined with an invitation code keeps the name but not the role
    # («/я ученик 5А Ольга», a teacher's code, then the same «/я …» in a later run:
    # newcomer walk 2026-12-03x, X9 — a new student was made and the teacher was lost)
    for role in Role:
        for person in await store.people_with_role(role):
            if person.vk_id >= FIRST_EXTRA_ID and person.name in known:
                return person
    taken = [p.vk_id for role in Role for p in await store.people_with_role(role)]
    vk_id = max([FIRST_EXTRA_ID - 1, *taken]) + 1
    return await store.save_person(vk_id, persona.role, name, org_id, class_name)
