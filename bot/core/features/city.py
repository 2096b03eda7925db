"""The city role (the education department, VK ids in PlannerConfig.city_viewers): «итоги по
городу» in any school's community gives per-school and per-partner figures across every
school of the deployment, read-only.

Figures are bot.core.reports' (events, sign-ups, average rating, NPS), computed from each
school's own store; no student is named. A city viewer may ask about the plan and read
figures, nothing else: every other intent, typed or a button's payload (even a forged one
naming another school's event), is answered «только просмотр» and changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from bot.core import school_calendar
from bot.core.dialog import Dialog
from bot.core.features.context import Commands, Context
from bot.core.language.commands import Command, CommandKind
from bot.core.language.exports import ExportRequest
from bot.core.language.meaning import Ask, Intent, SmallTalk
from bot.core.models import Event, OrgKind, Person
from bot.core.ports import SchoolCore, SchoolRef, Store
from bot.core.replies import Reply
from bot.core.reports import Figures, figures

_ALLOWED_COMMANDS = frozenset(
    {
        CommandKind.CITY_REPORT,
        CommandKind.HELP,
        CommandKind.JOIN,
        CommandKind.INVITE_CODES,  # how to join, for anyone but a curator
        CommandKind.SCHOOL_SETUP,
    }
)


def read_only(ctx: Context[Store], person: Person, intent: Intent) -> list[Reply] | None:
    """None when `intent` may go on; for a city viewer anything but a question about the
    plan, a file of it (reading, not changing: newcomer walk 2026-12-01f, #16), small talk,
    help or the city's figures is refused here (no handler runs)."""
    if person.vk_id not in ctx.config.city_viewers:
        return None
    if isinstance(intent, Ask | SmallTalk | ExportRequest):
        return None
    if isinstance(intent, Command) and intent.kind in _ALLOWED_COMMANDS:
        return None
    return [Reply("city_read_only")]


@dataclass(frozen=True, slots=True)
class _SchoolData:
    """One school's events (ids made unique across schools), sign-ups and answers."""

    ref: SchoolRef
    events: list[Event]
    partner_of: dict[int, str]  # event id -> partner organisation's name ("" for the school)
    signups: dict[int, int]
    answers: list[dict[str, Any]]


async def on_city_report(
    ctx: Context[Store], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """«итоги по городу»: the school year so far (1 September to today, each school's own
    zone), per school and per partner (partners matched by name across schools)."""
    if ctx.schools is None:
        return [Reply("schools_single", {"school": ctx.config.school_name})]
    if person.vk_id not in ctx.config.city_viewers:
        return [Reply("city_not_allowed")]
    today = ctx.wall_now().date()
    first = school_calendar.school_year_first_day(today)
    data: list[_SchoolData] = []
    next_id = 1
    for ref in ctx.schools.refs():
        school = await _school_data(ref, ctx.schools.planner(ref.key), first, today, next_id)
        next_id += len(school.events)
        data.append(school)
    signups = {k: v for d in data for k, v in d.signups.items()}
    answers = [a for d in data for a in d.answers]
    context = {
        "first": first,
        "last": today,
        "total": figures([e for d in data for e in d.events], signups, answers),
        "schools": [(d.ref.name, figures(d.events, signups, answers)) for d in data],
        "partners": _per_partner(data, signups, answers),
    }
    return [Reply("city_report", context)]


async def _school_data(
    ref: SchoolRef, core: SchoolCore, first: date, last: date, first_id: int
) -> _SchoolData:
    """One school's events of [first, last] in its zone, re-numbered from `first_id`, with
    their sign-up counts and students' answers (comments dropped: figures only)."""
    tz = core.config.tz
    start = datetime.combine(first, time(), tzinfo=tz)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=tz)
    stored = [e for e in await core.store.events_between(start, end) if e.start < end]
    orgs = {o.id: o for o in await core.store.list_organisations()}
    ids = [e.id for e in stored]
    new_id = {old: first_id + i for i, old in enumerate(ids)}
    counts = await core.store.signup_counts(ids)
    answers = [
        {k: v for k, v in a.items() if k != "comment"} | {"event_id": new_id[a["event_id"]]}
        for a in await core.store.feedback_of(ids)
        if a["event_id"] in new_id
    ]
    partner_of = {}
    for event in stored:
        org = orgs.get(event.organisation_id)
        partner_of[new_id[event.id]] = org.name if org and org.kind is OrgKind.PARTNER else ""
    return _SchoolData(
        ref=ref,
        events=[replace(e, id=new_id[e.id]) for e in stored],
        partner_of=partner_of,
        signups={new_id[k]: v for k, v in counts.items() if k in new_id},
        answers=answers,
    )


def _per_partner(
    data: list[_SchoolData], signups: dict[int, int], answers: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Figures per partner across schools (the same name, any case, is one partner), with
    the schools it worked with; most events first."""
    events: dict[str, list[Event]] = defaultdict(list)
    names: dict[str, str] = {}
    schools: dict[str, list[str]] = defaultdict(list)
    for school in data:
        for event in school.events:
            name = school.partner_of[event.id]
            if not name:
                continue
            key = " ".join(name.casefold().split())
            names.setdefault(key, name)
            events[key].append(event)
            if school.ref.name not in schools[key]:
                schools[key].append(school.ref.name)
    rows: list[tuple[str, Figures, list[str]]] = [
        (names[k], figures(v, signups, answers), schools[k]) for k, v in events.items()
    ]
    rows.sort(key=lambda r: (-r[1].events, r[0]))
    return [{"name": n, "figures": f, "schools": s} for n, f, s in rows]


COMMANDS: Commands = {CommandKind.CITY_REPORT: on_city_report}
