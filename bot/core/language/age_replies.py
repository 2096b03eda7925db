"""A reply that sets or removes a card's age range (newcomer walk 2026-12-02v, F2: «возраст
17+» read from «от 17 лет и младше» could be neither corrected nor removed).

Russian chat forms, on an open card or as the answer to its «✏️ Классы» button:

- the field's name and its value: «возраст: до 17 лет», «возраст 7–10», «возраст 12+»,
  «исправь возраст на 17 лет и младше»;
- an age phrase alone, with its «лет»: «до 17 лет», «17 лет и младше», «от 7 до 10 лет»
  (a bare «до 17» without «лет» is a time, and «7–11» is classes);
- no age: «без возраста», «возраст любой», «возраст не важен», «убери возраст», «без
  ограничений по возрасту»;

each alone or beside the classes, after a comma: «7–11 классы, до 17 лет», «9–11 классы, без
возраста». The ages themselves are read as in a post (bot.core.language.post_ages).

Pure: no store, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.language.post_ages import take_ages
from bot.core.language.tokens import Scanner

MAX_AGE_REPLY = 120  # characters: a longer text is a message of its own

_NO_AGE = re.compile(
    r"^(?:без\s+(?:возраста|возрастных\s+ограничений|ограничени[йя](?:\s+по\s+возрасту)?)"
    r"|(?:(?:убер|удал)(?:и|ите)|не\s+(?:нужно\s+)?указыва(?:й|йте|ть))\s+возраст"
    r"|возраст\s*[:—–-]?\s*(?:любой|не\s+важен|не\s+нужен|не\s+указывать|нет|убрать))$",
    re.IGNORECASE,
)
_LABELLED = re.compile(
    r"^(?:(?:исправ(?:ь|ьте)|измени(?:те)?|поменя(?:й|йте)|поставь(?:те)?|укажи(?:те)?)\s+)?"
    r"возраст(?:\s+участников)?\s*(?:[:—–]|\s-\s|\s+на\s+|\s+)\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
# what an age phrase alone needs: its unit («до 17 лет») or a plus («12+»)
_AGE_UNIT = re.compile(r"\d\s*\+|(?:лет|года?)(?![а-я])", re.IGNORECASE)
_BARE_VALUE = re.compile(r"^(?:(?:от|с|до)\s+)?\d{1,2}(?:\s*[-–—]\s*\d{1,2})?$")


@dataclass(frozen=True, slots=True)
class AgeReply:
    """The age range a reply gives (`ages`, inclusive years as the parser keeps them: an open
    upper bound is 99, an open lower 0; None when the reply removes the age) and the rest of
    the reply (`rest`: its other comma-separated parts, such as the classes; "" when none)."""

    ages: tuple[int, int] | None
    rest: str


def age_reply(text: str) -> AgeReply | None:
    """The age a short reply sets or removes, with the rest of the reply; None when no part
    of it is about the age (or it is longer than a chat reply)."""
    written = " ".join(text.split())
    if not written or len(written) > MAX_AGE_REPLY or "\n" in text.strip():
        return None
    parts = [part.strip(" .!") for part in re.split(r"[,;]", written)]
    found: tuple[tuple[int, int] | None] | None = None
    rest: list[str] = []
    for part in parts:
        read = _part_ages(part) if found is None else None
        if read is None:
            rest.append(part)
        else:
            found = read
    if found is None:
        return None
    return AgeReply(found[0], ", ".join(p for p in rest if p))


def _part_ages(part: str) -> tuple[tuple[int, int] | None] | None:
    """(ages,) for one part of a reply about the age — (None,) when it removes it — or None
    when the part says something else."""
    if _NO_AGE.match(part):
        return (None,)
    labelled = _LABELLED.match(part)
    if labelled is not None:
        value = labelled.group("value").strip()
        if _NO_AGE.match(f"возраст {value}"):
            return (None,)
        if _BARE_VALUE.match(value):
            value += " лет"  # «возраст 7–10», «возраст до 17»: the field names the unit
    elif _AGE_UNIT.search(part):
        value = part
    else:
        return None
    return _whole_ages(value)


def _whole_ages(value: str) -> tuple[tuple[int, int] | None] | None:
    """(ages,) when `value` is an age phrase and nothing else; read as a post's «в возрасте
    …» so that «до 17 лет» is the upper bound it is there."""
    head = "в возрасте "
    scanner = Scanner(head + re.sub(r"^в\s+возрасте\s+", "", value.lower()))
    ages = take_ages(scanner)
    if ages is None:
        return None
    left = re.findall(r"[^\W_]+", scanner.remainder())
    if any(word.lower() not in ("в", "возрасте", "включительно", "лет", "года") for word in left):
        return None
    return (ages,)
