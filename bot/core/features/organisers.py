"""Whose event a staff member's message is: the outside organiser its text names (a partner's
post pasted by the deputy head: «Музей янтаря приглашает …», «Организатор: КГТУ»), or the
school (tests/data/organiser76.md, newcomer74 L1).

The organiser a pending row names is kept under ORGANISER_KEY — the key a plan file's
«Организатор» column fills (bot.core.features.plan_imports) — as written; it is matched to a known
organisation when the card is shown and when the row is saved (`organisation_for`). A name
no organisation has becomes a partner only when the row is saved, after the card said so
(«такого партнёра ещё нет …»): never invented silently. "" under the key: the staff member
said «организатор — школа». Only staff (a teacher, the curator) name another organiser: a
partner's post is its own organisation's whatever it names; a student adds no events.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, MutableMapping, Sequence
from typing import Any, TypeGuard

from bot.core.features.context import Context, organisation_once
from bot.core.features.organisation_names import (
    fold_lookalikes,
    organisations_matching,
    organisations_within,
)
from bot.core.language.organiser_named import named_organiser
from bot.core.models import Event, Organisation, OrgKind, Person, Role
from bot.core.ports import Directory
from bot.core.replies import Reply

ORGANISER_KEY = "organiser"  # a pending row's organiser as written ("" — the school)
NAMERS = frozenset({Role.CURATOR, Role.STAFF})  # who may file an event in another's name


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


async def organisation_for(
    ctx: Context[Directory], person: Person, raw: Mapping[str, Any], *, create: bool = True
) -> int:
    """Whose event a pending row is (its id): for staff the organiser the row names (a plan
    file's column, a post's host, a correction on the card) matched by
    organisation_names.organisations_matching — a new name becomes a partner organisation
    when `create` (the row is saved; until then the school stands in for it) — else the
    author's own organisation. A name that fits several partners («Музей» with two
    museums) is none of them and no new one either: the author's own organisation stands
    in (`save` asks which first: `unclear_organiser`). Two people saving the same new name
    at once get one partner: the one whose insert lost the race (the store's unique name)
    takes the winner's (`new_partner`)."""
    name = raw.get(ORGANISER_KEY)
    if names_organisers(person) and name:
        found = organisations_matching(str(name), (await ctx.orgs()).values())
        if len(found) == 1:
            return found[0].id
        if create and not found:
            return (await new_partner(ctx, str(name))).id
    return await ctx.organisation_of(person)


async def new_partner(ctx: Context[Directory], name: str) -> Organisation:
    """A new partner organisation named `name` (Latin look-alike letters written in
    Cyrillic: «KГТУ» is stored «КГТУ»); when another message created that name meanwhile,
    that one (context.organisation_once)."""
    return await organisation_once(ctx.store, fold_lookalikes(name), OrgKind.PARTNER)


async def organisations_called(store: Directory, name: str) -> list[Organisation]:
    """The stored organisations `name` (typed by an operator: the offline plan tools'
    «Организатор» column and `--partner`, the console's «/я партнёр …») may mean, by the
    chat's own matcher (organisation_names.organisations_matching: «музея янтаря», «KГТУ»
    with a Latin K, «политеха» are the known partner): [] for none, several when it fits
    several alike («Музей» with two museums — the caller refuses or asks, never picks)."""
    return organisations_matching(name, await store.list_organisations())


async def known_or_new(store: Directory, name: str) -> list[Organisation]:
    """`organisations_called(store, name)`; when the name means none, a new partner of that
    name made now (look-alike letters folded; organisation_once: two runs at once make
    one). Never empty (organiser79)."""
    found = await organisations_called(store, name)
    if found:
        return found
    return [await organisation_once(store, fold_lookalikes(name), OrgKind.PARTNER)]


async def organiser_note(
    ctx: Context[Directory], person: Person, raw: Mapping[str, Any] | None
) -> dict[str, Any] | None:
    """The card's organiser line for a staff member's row naming an outside organiser:
    {"name": the known organisation's name or the name as written, "new": True when no
    organisation has it (the card asks whether to add it as a partner), "choices": the
    names of the partners it fits when it fits several (the card asks which; [] else),
    "like": for a new name, the known partner whose whole name stands in it («Вектор» of
    «Центр «Вектор»»: the card says to write «организатор: Вектор» if it is that one;
    organisation_names.organisations_within), or []};
    None when the row is the author's own organisation's (no organiser named,
    «организатор — школа», or the school named) or `person` may not name one."""
    name = (raw or {}).get(ORGANISER_KEY)
    if not names_organisers(person) or not name:
        return None
    orgs = await ctx.orgs()
    found = organisations_matching(str(name), orgs.values())
    if len(found) > 1:
        return {"name": str(name), "new": False, "choices": [org.name for org in found]}
    if found and found[0].kind is OrgKind.SCHOOL:
        return None
    if found:
        return {"name": found[0].name, "new": False, "choices": []}
    like = [org.name for org in organisations_within(str(name), orgs.values())]
    return {"name": str(name), "new": True, "choices": [], "like": like[:1]}


async def unclear_organiser(
    ctx: Context[Directory], person: Person, rows: Iterable[Mapping[str, Any]]
) -> dict[str, Any] | None:
    """The first pending row's organiser that fits several known partners, as
    {"name": as written, "choices": their names} — «да» asks which instead of saving
    (never one picked, never a third added) — or None when every row's organiser is
    clear or `person` names none."""
    if not names_organisers(person):
        return None
    orgs = (await ctx.orgs()).values()
    for row in rows:
        name = row.get(ORGANISER_KEY)
        found = organisations_matching(str(name), orgs) if name else []
        if len(found) > 1:
            return {"name": str(name), "choices": [org.name for org in found]}
    return None


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


def which_one(name: str, found: Iterable[Organisation]) -> Reply:
    """The reply asking which of the organisations `found` a name fitting them all meant
    («organiser_which»: the name as written and their names); nothing is picked or added."""
    return Reply("organiser_which", {"name": name, "choices": [org.name for org in found]})


def asks_which(reply: object) -> TypeGuard[Reply]:
    """Whether `reply` (`organiser_asked`'s answer) asks which of several organisations a
    name meant («organiser_which»)."""
    return isinstance(reply, Reply) and reply.template == "organiser_which"


def may_name(person: Person, organiser: Organisation) -> bool:
    """Whether a reply (a question's answer, a plan file's) may name `organiser` to `person`
    whatever the plan shows them: the school's staff know its partners (names_organisers);
    anyone knows the school, and a partner its own organisation. A student or another
    partner learns a partner's name only from an event of it the plan shows them
    (which_seen; attack78: «что у технопарка?» named «Детский технопарк Кванториум», which
    had none, while an unknown word got «Не нашёл организатора»; perms79: «план КГТУ на
    декабрь в excel» answered «нет мероприятий у КГТУ» while «план БФУ …» got «Не нашёл
    организатора» — an exact name told which partners the school has)."""
    if names_organisers(person) or organiser.kind is OrgKind.SCHOOL:
        return True
    return organiser.id == person.organisation_id


def which_seen(
    asked: Reply, seen: Iterable[Event], orgs: Iterable[Organisation]
) -> Organisation | Reply:
    """For someone who may not learn the partners' list (a student, a partner), the
    «which one?» reply `asked` (`organiser_asked`'s «organiser_which») narrowed to the
    partners it offered that organise one of the events `seen` — those the person's own
    answer or file would show: one is then meant; none gives «Не нашёл организатора …» as
    an unknown name would; several are asked among. So a name such as «музей» names no
    partner the plan does not already show them (attack77; queries and exports)."""
    ids = {event.organisation_id for event in seen}
    offered = asked.context["choices"]
    shown = [org for org in orgs if org.id in ids and org.name in offered]
    if len(shown) == 1:
        return shown[0]
    if not shown:
        return Reply("unknown_organiser", {"name": asked.context["name"]})
    return which_one(asked.context["name"], shown)


def organiser_asked(name: str | None, orgs: Iterable[Organisation]) -> Organisation | Reply | None:
    """The organisation a query or command names («что у музея в декабре?», «план КГТУ»,
    «итоги по колледжу»; organisation_names.organisations_matching): None when `name` is
    empty, the organisation when it means one, else the reply to give instead — which one
    («organiser_which»: the name and the partners it fits) or «Не нашёл организатора …»
    («unknown_organiser»)."""
    if not name:
        return None
    found = organisations_matching(name, orgs)
    if len(found) == 1:
        return found[0]
    if found:
        return which_one(name, found)
    return Reply("unknown_organiser", {"name": name})
