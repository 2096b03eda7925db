"""Who added an event, for the refusal of a change someone may not make and for the people
told of a change. The school's teachers and its curator share one organisation («Школа»),
so within it an event belongs to its author (bot.core.permissions.can_edit; newcomer walk
2026-12-02m, #9): a refusal names the author and the curator, a notice reaches the author,
not every teacher of the school."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.features.context import Context
from bot.core.models import Event, Organisation, OrgKind, Person, Role
from bot.core.ports import Directory
from bot.core.replies import Reply
from bot.core.views import event_view


async def not_yours(ctx: Context[Any], event: Event, template: str = "not_your_event") -> Reply:
    """The refusal of a change of `event` by someone who may not make it: another
    organisation's event names its organiser («… проводит КГТУ»); an event of the school's
    own organisation names who added it — `author` in the context: {"role": the author's
    role value or "" when no author is recorded, "name": their name} — and that its author
    or the curator may change it."""
    orgs: Mapping[int, Organisation] = await ctx.orgs()
    context: dict[str, Any] = {"event": event_view(event, orgs)}
    org = orgs.get(event.organisation_id)
    if org is not None and org.kind is OrgKind.SCHOOL:
        store: Directory = ctx.store
        author = await store.get_person(event.created_by) if event.created_by else None
        context["author"] = {
            "role": author.role.value if author else "",
            "name": author.name if author else "",
        }
    return Reply(template, context)


def organisers(members: list[Person], event: Event, org: Organisation | None) -> list[Person]:
    """The people told of a change of `event` as its organiser, among its organisation's
    `members`: every one but students; for the school's own organisation only the event's
    author when they are still a member, else (no author recorded: a plan imported from the
    command line, or the author left) its curators, as bot.core.permissions.runs_event
    reads it — never every teacher of the school (walk 2026-12-02r, #5); every member only
    when the school has no curator among them."""
    staff = [p for p in members if p.role is not Role.STUDENT]
    if org is None or org.kind is not OrgKind.SCHOOL:
        return staff
    authors = [p for p in staff if p.id == event.created_by]
    curators = [p for p in staff if p.role is Role.CURATOR]
    return authors or curators or staff
