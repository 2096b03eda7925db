"""Whose event a staff member's message is: the outside organiser its text names (a partner's
post pasted by the deputy head: «Музей янтаря приглашает …», «Организатор: КГТУ»), or the
school (tests/data/organiser76.md, newcomer74 L1).

The organiser a pending row names is kept under ORGANISER_KEY — the key a plan file's
«Организатор» column fills (bot.core.features.plans) — as written; it is matched to a known
organisation when the card is shown and when the row is saved (`organisation_for`). A name
no organisation has becomes a partner only when the row is saved, after the card said so
(«такого партнёра ещё нет …»): never invented silently. "" under the key: the staff member
said «организатор — школа». Only staff (a teacher, the curator) name another organiser: a
partner's post is its own organisation's whatever it names; a student adds no events.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, MutableMapping, Sequence
from typing import Any

from rapidfuzz import fuzz

from bot.core.features.context import Context, name_lemmas
from bot.core.language.organiser_named import named_organiser
from bot.core.models import Event, Organisation, OrgKind, Person, Role
from bot.core.ports import Directory

ORGANISER_KEY = "organiser"  # a pending row's organiser as written ("" — the school)
NAMERS = frozenset({Role.CURATOR, Role.STAFF})  # who may file an event in another's name
TYPO_SCORE = 88.0  # rapidfuzz token_set_ratio (0–100) of two names' dictionary forms


def names_organisers(person: Person) -> bool:
    """Whether `person` may say an event is another organisation's: the school's staff (its
    curator, its teachers); never a partner (its events are its own) nor a student."""
    return person.role in NAMERS


def attach(person: Person, rows: Iterable[MutableMapping[str, Any]]) -> None:
    """Each pending row (draft JSON) of a staff member's message that names no organiser yet
    gets the outside organiser its text names (organiser_named.named_organiser over the
    row's description: the message or post as written); nothing for anyone else."""
    if not names_organisers(person):
        return
    for row in rows:
        if row.get(ORGANISER_KEY) is not None:
            continue
        named = named_organiser(str(row.get("description") or ""))
        if named:
            row[ORGANISER_KEY] = named


def organisation_named(name: str, orgs: Iterable[Organisation]) -> Organisation | None:
    """The known organisation `name` (as a post writes it) means, or None for a new one: the
    organisation of that very name; else the school when `name`'s words stand in its name
    («МАОУ СОШ №5» of «МАОУ СОШ № 5 г. Калининграда»); else the one partner whose name's
    words hold `name`'s, or the other way round («КГТУ», «КГТУ им. Петра Великого»), as
    whole words: «Океан» is not inside «Музей Мирового океана» (attack76); else the one
    partner whose dictionary forms hold all of a name of two words or more («Музея
    янтаря»); else the one partner within TYPO_SCORE of it (a typo: «Музей янтяря»). No
    guess between two that hold the name («Музей»): «Детская школа искусств» is not the
    school «Школа»; past the first step, never one whose numbers differ («Лицей № 23» is not
    «Лицей № 28», «ДЮСШ «Янтарь-2»» not «ДЮСШ «Янтарь»»; attack76)."""
    orgs = list(orgs)
    wanted = _key(name)
    same = [org for org in orgs if _key(org.name) == wanted]
    if same:
        return same[0]
    words = _words(name)
    orgs = [org for org in orgs if _numbers(org.name) == _numbers(name)]  # «Лицей № 23», «… 28»
    for org in orgs:
        if org.kind is OrgKind.SCHOOL and _inside(words, _words(org.name)):
            return org
    partners = [org for org in orgs if org.kind is not OrgKind.SCHOOL]
    inside = [
        org
        for org in partners
        if _inside(words, _words(org.name)) or _inside(_words(org.name), words)
    ]
    if inside:  # «Музей» with two museums: none guessed
        return inside[0] if len(inside) == 1 else None
    lemmas = name_lemmas(name)
    held = [org for org in partners if len(lemmas) > 1 and lemmas <= name_lemmas(org.name)]
    if held:
        return held[0] if len(held) == 1 else None
    close = [org for org in partners if _likeness(name, org.name) >= TYPO_SCORE]
    return close[0] if len(close) == 1 else None


def _key(name: str) -> str:
    """A name compared: lower-cased, spaces collapsed."""
    return " ".join(name.casefold().split())


def _words(name: str) -> tuple[str, ...]:
    """A name's words and numbers, lower-cased, «ё» as «е», without signs («№5» → «5»)."""
    return tuple(re.findall(r"[a-zа-я]+|\d+", name.casefold().replace("ё", "е")))


def _numbers(name: str) -> list[str]:
    """The numbers a name holds, in order («Гимназия № 7» → ["7"]): two organisations whose
    numbers differ are never one, however alike the rest («Школа № 12», «Школа № 13»)."""
    return re.findall(r"\d+", name)


def _inside(part: Sequence[str], whole: Sequence[str]) -> bool:
    """Whether the words `part` stand together, in order, in `whole` (neither empty)."""
    size = len(part)
    return 0 < size <= len(whole) and any(
        tuple(whole[at : at + size]) == tuple(part) for at in range(len(whole) - size + 1)
    )


def _likeness(typed: str, known: str) -> float:
    """How alike two organisations' names are (rapidfuzz, 0–100): the better of their
    dictionary forms' token_sort_ratio (another case, another order; not token_set_ratio,
    which gives 100 to one name's words among the other's: «Океан», «Музей Мирового
    океана») and their lower-cased letters' ratio (a typo the dictionary reads as another
    word: «янтяря»)."""
    lemmas = fuzz.token_sort_ratio(" ".join(name_lemmas(typed)), " ".join(name_lemmas(known)))
    return max(lemmas, fuzz.ratio(" ".join(typed.casefold().split()), known.casefold()))


async def organisation_for(
    ctx: Context[Directory], person: Person, raw: Mapping[str, Any], *, create: bool = True
) -> int:
    """Whose event a pending row is (its id): for staff the organiser the row names (a plan
    file's column, a post's host, a correction on the card) matched by `organisation_named`
    — a new name becomes a partner organisation when `create` (the row is saved; until
    then the school stands in for it) — else the author's own organisation."""
    name = raw.get(ORGANISER_KEY)
    if names_organisers(person) and name:
        found = organisation_named(str(name), (await ctx.orgs()).values())
        if found is not None:
            return found.id
        if create:
            return (await ctx.store.create_organisation(str(name), OrgKind.PARTNER)).id
    return await ctx.organisation_of(person)


async def organiser_note(
    ctx: Context[Directory], person: Person, raw: Mapping[str, Any] | None
) -> dict[str, Any] | None:
    """The card's organiser line for a staff member's row naming an outside organiser:
    {"name": the known organisation's name or the name as written, "new": True when no
    organisation has it (the card asks whether to add it as a partner)}; None when the row
    is the author's own organisation's (no organiser named, «организатор — школа», or the
    school named) or `person` may not name one."""
    name = (raw or {}).get(ORGANISER_KEY)
    if not names_organisers(person) or not name:
        return None
    found = organisation_named(str(name), (await ctx.orgs()).values())
    if found is not None and found.kind is OrgKind.SCHOOL:
        return None
    return {"name": found.name if found else str(name), "new": found is None}


async def saved_partner(
    ctx: Context[Directory],
    person: Person,
    rows: Sequence[Mapping[str, Any]],
    saved: Sequence[Event],
    known: Collection[int],
) -> dict[str, Any] | None:
    """«Сохранено»'s note on whose event a staff member saved: {"name": the partner
    organisation of the first saved event, "new": True when the save added it (its id not
    among the organisations `known` before)}; None when no row named an organiser or the
    event is the school's."""
    if not names_organisers(person) or not saved or not any(r.get(ORGANISER_KEY) for r in rows):
        return None
    org = (await ctx.orgs()).get(saved[0].organisation_id)
    if org is None or org.kind is OrgKind.SCHOOL:
        return None
    return {"name": org.name, "new": org.id not in known}
