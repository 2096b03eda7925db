"""A saved run's last day changed in words (chat74; newcomer72 left 5, safety72 left):
«продли выставку до 10 января», «выставка продлится до 10 января», «перенеси окончание
выставки на 10 января» (bot.core.language.run_end_phrases).

Only the end moves: the change is a move whose start is the event's own, so the usual move
card (was → станет, clashes, who is told), its «да» and «верни» do the rest. The event is the
one the words name among those the person may change (its author, its organisation's
partners, or a curator: permissions.can_edit), else the one in context; anyone else is
refused politely («… проводит КГТУ — изменить может только организатор или куратор»). An
event of one day with hours is no run: it is told how to move it instead."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.core.dialog import ChangeKind, ChangeScope, Dialog, PlannedChange
from bot.core.features.cancel_by_text import matching_events, not_found
from bot.core.features.changing import ChangingStore, ask_change, editable
from bot.core.features.context import Context, Routes
from bot.core.language.meaning import ChangeRunEnd
from bot.core.models import Event, Person, Role
from bot.core.replies import Reply
from bot.core.run_ends import is_run, run_end
from bot.core.views import event_view, last_day
from bot.core.wallclock import resolve_local

WHICH_LIMIT = 5  # events listed when the words name several


async def on_change_run_end(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, asked: ChangeRunEnd
) -> list[Reply]:
    """The move card of the run's new last day `asked.last` (module docstring), or why not:
    not found or not the person's (`run_end_not_found`, the organiser's refusal), several
    named (`run_end_which`), no run (`run_end_not_run`), a last day before the first
    (`run_end_before_start`), the same last day (`run_end_same`) or one already past
    (`run_end_past`)."""
    if person.role is Role.STUDENT:  # students change no events
        return [Reply("not_understood", {"role": person.role.value})]
    found = await _the_event(ctx, person, dialog, asked)
    if isinstance(found, Reply):
        return [found]
    event = await editable(ctx, person, found.id, moving=dialog)
    if isinstance(event, Reply):
        return [event]
    view = event_view(event, await ctx.orgs(), today=ctx.wall_now().date())
    problem = _problem(event, asked.last, ctx)
    if problem is not None:
        return [Reply(problem, {"event": view, "last": asked.last})]
    dialog.last_event = event.id
    change = PlannedChange(
        ChangeKind.MOVE,
        event.id,
        start=event.start.isoformat(),
        end=run_end_instant(asked.last, ctx.config.tz).isoformat(),
        all_day=event.all_day,
        end_given=True,
        scope=ChangeScope.ONE,  # a series' other meetings would each take the new length
    )
    return await ask_change(ctx, person, dialog, change)


def run_end_instant(last: date, tz: ZoneInfo) -> datetime:
    """The end of a run whose last day is `last`: the midnight after it in the school's
    zone `tz`, as all-day events and timed runs both store it (run_ends.run_end)."""
    return resolve_local(run_end(last), tz)


async def _the_event(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, asked: ChangeRunEnd
) -> Event | Reply:
    """The one event the words name among the person's own, the one in context when no
    words are given, or the Reply saying why there is none."""
    if not asked.reference:
        event = await editable(ctx, person, asked.event_id or dialog.last_event)
        return event
    found = await matching_events(ctx, person, asked.reference, every_word=True)
    if len(found) == 1:
        return found[0]
    if not found:
        return await not_found(ctx, person, asked.reference, "run_end_not_found", every_word=True)
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    items = [event_view(e, orgs, n, today) for n, e in enumerate(found[:WHICH_LIMIT], 1)]
    return Reply("run_end_which", {"items": items, "last": asked.last})


def _problem(event: Event, last: date, ctx: Context[ChangingStore]) -> str | None:
    """Why `event`'s last day cannot become `last` (a template id), or None."""
    first = event.start.astimezone(ctx.config.tz).date()
    if not (event.all_day or is_run(event)):
        return "run_end_not_run"
    if last < first:
        return "run_end_before_start"
    if last == (last_day(event) or first):
        return "run_end_same"
    if last < ctx.wall_now().date():
        return "run_end_past"
    return None


ROUTES: Routes = {ChangeRunEnd: on_change_run_end}
