"""An event typed again by its organiser updates the saved one (newcomer walk 2026-12-01e,
#11): «День открытых дверей … ауд. 310» sent after the same open day was saved in ауд. 100
showed «похоже на то же мероприятие» and free time on another day, and «да» saved a second
copy (the signed-up stayed on the first). Now, when a single new event is a likely duplicate
(bot.core.clashes.is_duplicate) of exactly one live single event of the same organisation
that the person may change, its card says so and shows what would change (time, place,
classes, title); «да» updates that event (same id, sign-ups kept, everyone concerned told as
for an edit: bot.core.features.changing.apply_change), and a second copy is saved only by
the explicit «Сохранить как новое» (button, or typed «сохранить как новое»). The card
remembers the saved event's version: when someone changed it before «да», nothing is
written and the card is shown again as things are now.

A re-send with a corrected time or date (newcomer walk 2026-12-01g, #3) overlaps nothing,
so it is no duplicate clash: «Лекция о роботах 10 декабря с 16:00 до 17:00, 9Б» after the
same lecture was saved at 15:00–16:00 showed a plain new card and «да» saved a second
lecture. Correcting a time is the most common re-send, so `corrected` also offers the
update for one live single event of the same author with the same title (compared without
case, quotes and punctuation) and the same classes starting within CORRECTION_DAYS of it.
That may also be a real second session, so its card says both and its buttons are
«Обновить прежнее» (what «да» does, as the card says) and «Добавить ещё одно» (typed too);
neither happens unseen. Two or more such events (sessions already saved) make no guess.

Newcomer walk 2026-12-01i: the offer's answers are understood in words too («ещё одно
занятие», «добавь», «это исправление», «ничего не меняй»: bot.core.language
.resend_answers), a text not understood under it says that «да» updates (#1), the copy
button has one label, «Добавить ещё одно», whatever the re-send changes, and the event
being updated is never listed among the card's clashes (#9).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from bot.core.clashes import venue_key
from bot.core.dialog import RESENDS_KEY, ChangeKind, ChangeScope, Dialog, PlannedChange
from bot.core.features.changing import ChangingStore, apply_change
from bot.core.features.context import Context
from bot.core.language.replacements import replaced_reference
from bot.core.models import Clash, ClashReason, Event, EventStatus, NewEvent, Person
from bot.core.permissions import can_edit
from bot.core.replies import Reply
from bot.core.views import event_view

CORRECTION_DAYS = 3  # a re-send starting this many days from one's own event may correct it


def original(
    ctx: Context[ChangingStore],
    person: Person,
    events: Sequence[NewEvent],
    clashes: Sequence[Clash],
) -> Event | None:
    """The saved event that `events` (one new event) is the organiser's own copy of, or None:
    exactly one duplicate clash with a live single event of the same organisation that
    `person` may change."""
    if len(events) != 1:
        return None
    new = events[0]
    now = ctx.clock.now()
    found = [
        c.other
        for c in clashes
        if ClashReason.DUPLICATE in c.reasons
        and c.other.organisation_id == new.organisation_id
        and c.other.series_id is None
        and c.other.status is not EventStatus.CANCELLED
        and c.other.end > now
        and can_edit(person, c.other)
    ]
    return found[0] if len(found) == 1 else None


async def corrected(
    ctx: Context[ChangingStore], person: Person, events: Sequence[NewEvent]
) -> Event | None:
    """The saved event that `events` (one new event, no duplicate of it) may correct, or
    None: exactly one live single event of the same organisation, written by `person`
    (who may still change it), with the same title (`title_key`) and the same classes,
    starting at most CORRECTION_DAYS days before or after the new one."""
    if len(events) != 1:
        return None
    new = events[0]
    window = timedelta(days=CORRECTION_DAYS)
    near = await ctx.store.events_between(
        new.start - window, new.end + window, organisation_id=new.organisation_id
    )
    now = ctx.clock.now()
    found = [
        e
        for e in near
        if e.created_by == person.id
        and e.series_id is None
        and e.status is not EventStatus.CANCELLED
        and e.end > now
        and abs(e.start - new.start) <= window
        and e.audience == new.audience
        and title_key(e.title) == title_key(new.title)
        and can_edit(person, e)
    ]
    return found[0] if len(found) == 1 else None


async def replaced(
    ctx: Context[ChangingStore], person: Person, events: Sequence[NewEvent], text: str
) -> Event | None:
    """The saved event a post announcing `events` (one new event; `text`, the post) calls
    off in a sentence of its own («… Концерт «Щелкунчик» отменён, будет концерт «Зима».»:
    attack w, #4), or None: no such sentence (language.replacements), or not exactly one
    live single event of the same organisation that `person` may change has every word it
    names. «Да» then replaces it by the new one (`update`: same id, sign-ups kept, everyone
    concerned told) instead of cancelling it and losing the new event."""
    from bot.core.features.cancel_by_text import matching_events  # it imports the planner's

    reference = replaced_reference(text, ctx.wall_now()) if len(events) == 1 else None
    if reference is None:
        return None
    found = [
        e
        for e in await matching_events(ctx, person, reference, every_word=True)
        if e.series_id is None and e.organisation_id == events[0].organisation_id
    ]
    return found[0] if len(found) == 1 else None


def differences(old: Event, new: NewEvent) -> tuple[str, ...]:
    """What `new` would change in `old`: "when", "venue", "audience", "title" (in the
    order of the card's edits); venues compared as rooms (bot.core.clashes.venue_key),
    titles without case, quotes and punctuation. A place the re-send leaves out is kept,
    not removed (newcomer walk 2026-12-01g, #5)."""
    fields = []
    if (old.start, old.end, old.all_day) != (new.start, new.end, new.all_day):
        fields.append("when")
    if new.venue and venue_key(old.venue) != venue_key(new.venue):
        fields.append("venue")
    if old.audience != new.audience:
        fields.append("audience")
    if title_key(old.title) != title_key(new.title):
        fields.append("title")
    return tuple(fields)


def title_key(title: str) -> str:
    """A title (or a venue) as a stored event and a row typed or sent again are compared:
    case, spaces, quotes, «.,!» and «ё» ignored. Shared by resends, plan updates and the
    check for rows already stored (plan_copies.stored_copies)."""
    return " ".join(re.sub(r"[«»\"„“”'.,!]", " ", title.casefold().replace("ё", "е")).split())


def card_note(
    old: Event,
    new: NewEvent,
    orgs: Mapping[int, Any],
    session: bool = False,
    replaces: bool = False,
) -> dict[str, Any]:
    """The card's note: the saved event, what would change (the shape of
    bot.core.features.changing.edits_view), its id and version for «да»; `session`: the
    re-send overlaps nothing (`corrected`), so it may be a second session too; `replaces`:
    the post called `old` off for the new one (`replaced`)."""
    old_view, new_view = event_view(old, orgs), event_view(new, orgs)
    values = {
        "when": (old_view, new_view),
        "venue": (old.venue, new.venue),
        "audience": (old.audience, new.audience),
        "title": (old.title, new.title),
    }
    edits = [{"field": f, "old": values[f][0], "new": values[f][1]} for f in differences(old, new)]
    return {
        "event": old_view,
        "edits": edits,
        "id": old.id,
        "version": old.version,
        "session": session,
        "replaces": replaces,
    }


def remember(dialog: Dialog, note: Mapping[str, Any] | None) -> None:
    """Keep on the single pending draft which saved event «да» updates (or forget it)."""
    if len(dialog.pending) != 1:
        return
    raw = {k: v for k, v in dialog.pending[0].items() if k != RESENDS_KEY}
    if note is not None:
        raw[RESENDS_KEY] = [int(note["id"]), int(note["version"])]
    dialog.pending[0] = raw


def resends(dialog: Dialog) -> tuple[int, int] | None:
    """(event id, version) the single pending draft would update, or None."""
    if len(dialog.pending) != 1:
        return None
    value = dialog.pending[0].get(RESENDS_KEY)
    if not isinstance(value, list) or len(value) != 2:
        return None
    return int(value[0]), int(value[1])


def as_new(dialog: Dialog) -> None:
    """«Добавить ещё одно»: the pending draft is saved as a second event."""
    remember(dialog, None)


async def update(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, new: NewEvent
) -> list[Reply] | None:
    """«да» on a resent event's card: the saved event takes the new event's time, place,
    classes and title (one change card's worth, applied at once: the card showed it). None
    when it was changed by someone since the card (the caller shows the card again); the
    reply «nothing to change» when the copy is exact."""
    target = resends(dialog)
    assert target is not None
    event_id, version = target
    old = await ctx.store.get_event(event_id)
    if old is None or old.version != version or old.status is EventStatus.CANCELLED:
        remember(dialog, None)
        return None
    fields = differences(old, new)
    if not fields:
        dialog.clear_pending()
        dialog.last_event = old.id
        return [Reply("update_nothing", {"event": event_view(old, await ctx.orgs())})]
    change = PlannedChange(
        ChangeKind.EDIT,
        old.id,
        scope=ChangeScope.ONE,
        start=new.start.isoformat(),
        end=new.end.isoformat(),
        all_day=new.all_day,
        end_given=new.end_given,
        seen=((old.id, old.version),),
        fields=fields,
        venue=new.venue,
        title=new.title,
        audience=new.audience,
    )
    pending, stashed = dialog.pending, dialog.stashed
    replies = await apply_change(ctx, person, dialog, change)
    if replies and replies[0].template == "updated":
        dialog.clear_pending()
        return replies
    dialog.pending, dialog.stashed = pending, stashed
    remember(dialog, None)
    return None


def without_original(clashes: Sequence[Clash], old: Event | None) -> list[Clash]:
    """The card's clashes without the saved event it would update."""
    return [c for c in clashes if old is None or c.other.id != old.id]
