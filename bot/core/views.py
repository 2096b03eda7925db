"""Template data for events and clashes: plain dicts the renderer's filters understand."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, time, timedelta
from itertools import groupby
from typing import Any

from bot.core.language.actions import ButtonAction
from bot.core.models import Clash, Event, NewEvent, Organisation, Slot
from bot.core.replies import Button
from bot.core.run_ends import is_through_months, run_last_day
from bot.core.school_calendar import year_named


class EventView(dict[str, Any]):
    """An event as templates see it; attribute access keeps the filters simple."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError as exc:
            raise AttributeError(name) from exc


def event_view(
    event: Event | NewEvent,
    orgs: Mapping[int, Organisation],
    number: int | None = None,
    today: date | None = None,
) -> EventView:
    """`event` for a template; with `today` (school-local) it carries "show_year", whether a
    reply names its day with the year (bot.core.school_calendar.year_named: another calendar
    or school year than today's), for `event|when(event.show_year)`; without, it has none."""
    org = orgs.get(event.organisation_id)
    shown = {} if today is None else {"show_year": year_named(event.start.date(), today)}
    return EventView(
        **shown,
        id=getattr(event, "id", None),
        number=number,
        title=event.title,
        start=event.start,
        end=event.end,
        all_day=event.all_day,
        end_given=event.end_given,
        venue=event.venue,
        audience=event.audience,
        organiser=org.name if org else "",
        capacity=event.capacity,
        last_day=last_day(event),
        through_months=is_through_months(event),  # «весь декабрь» in a list (files75)
        ages=event.details.ages,  # (low, high) inclusive years, 99 open; None: no age
    )


def last_day(event: Event | NewEvent) -> date | None:
    """The last day (school-local) of an event held over several days — «1–9 ноября»: 9
    November, an all-day event's end being the midnight after it — or None for an event of
    one day; a list names it beside the event («весь день, до 9 ноября»; walk u, F7)."""
    end = event.end
    if event.all_day:
        end = end - timedelta(days=1)
    elif not event.end_given:
        return None
    elif (run := run_last_day(event.start, event.end)) is not None:
        return run  # «10:00 (до 7 декабря)»: a run's end names a day only (run_ends)
    last = end.date()
    return last if last > event.start.date() else None


def going_on(event: Event | NewEvent, day: date) -> str | None:
    """How a list line shown under `day` names a timed event of several days begun on an
    earlier day (run72: «идёт» rather than its first day's «10:00»): "until" when it goes
    on after `day` («идёт (до 7 декабря)»), "last_day" when `day` is its last and its end
    names no clock (a run, run_ends), "until_clock" when it ends at a clock on `day`
    («идёт (до 18:00)»); None for an all-day event (its «весь день (до …)» holds every
    day), one begun on `day` or one not going on then. `event` in the school's zone."""
    if event.all_day or event.start.date() >= day:
        return None
    last = last_day(event)
    if last is None or last < day:
        return None
    if last > day:
        return "until"
    return "last_day" if run_last_day(event.start, event.end) is not None else "until_clock"


def ongoing(event: Event | NewEvent, today: date) -> dict[str, Any] | None:
    """For a list of sign-ups rather than of a day («мои записи»): an event of several days
    (last_day) begun before `today` and not over names what a student expects — that it is
    on — not its first day («8 декабря, 10:00 — 10 декабря», staff74): `last` its last day
    and `last_today` whether that is `today`. None for any other event. `event` and `today`
    in the school's zone."""
    last = last_day(event)
    if last is None or event.start.date() >= today or last < today:
        return None
    return {"last": last, "last_today": last == today}


def clash_view(clash: Clash, orgs: Mapping[int, Organisation]) -> dict[str, Any]:
    """A clash for the templates: {"event": the other event's view (event_view, organiser
    named from `orgs`), "reasons": the clash's reasons' values, sorted}."""
    return {
        "event": event_view(clash.other, orgs),
        "reasons": sorted(r.value for r in clash.reasons),
    }


def slot_view(slot: Slot, all_day: bool = False) -> EventView:
    """A proposed free time for a template (`slot`: aware, half-open, in the zone of the
    event it is proposed for): shown as its days («3–4 апреля») when it is for an all-day
    event (`all_day`) and runs from midnight to midnight — never «3 апреля (сб), 00:00 — 5
    апреля (пн), 00:00» (newcomer walk 2026-12-03aa, Z11); else its clock times."""
    whole_days = (
        all_day
        and slot.end > slot.start
        and slot.start.time() == time(0)
        and slot.end.time() == time(0)
    )
    return EventView(start=slot.start, end=slot.end, all_day=whole_days, end_given=True)


def days_view(
    events: Iterable[Event],
    orgs: Mapping[int, Organisation],
    first_number: int = 1,
    today: date | None = None,
    first_day: date | None = None,
) -> list[dict[str, Any]]:
    """Events grouped by local day, numbered across the whole list: [{"day": date, "events":
    [event_view …], "year": bool}]. "year" is True for a day a reply should name with its
    year — not in the calendar year or the school year of `today` (school-local; a list
    reaching into next January or the next school year) — and always False without
    `today`. With `first_day` (the first day of the period listed) an event of several
    days that began before it and is still on is listed under that day — it is on then —
    ahead of those that begin on it, never under a day outside the period (walk u, F7: the
    week 3–9 November opened with «1 ноября (сб)»); a timed one is then "going_on"
    (`going_on`), not shown at its first day's clock."""

    def shown_on(event: Event) -> date:
        day = event.start.date()
        return first_day if first_day is not None and day < first_day else day

    days = []
    number = first_number
    ordered = sorted(events, key=shown_on)  # stable: the store's order within a day
    for day, group in groupby(ordered, key=shown_on):
        views = []
        for event in group:
            view = event_view(event, orgs, number)
            if (going := going_on(event, day)) is not None:
                view["going_on"] = going
            views.append(view)
            number += 1
        days.append(
            {"day": day, "events": views, "year": today is not None and year_named(day, today)}
        )
    return days


def day_of(view: Mapping[str, Any]) -> date:
    """The day of an event view's "start" (as stored in the view: an aware instant or a
    date-like value, its own date — the caller shows it in the school zone)."""
    start = view["start"]
    assert hasattr(start, "date")
    return start.date()  # type: ignore[no-any-return]


def button(label: str, action: str, style: str = "secondary", **data: Any) -> Button:
    """A keyboard button labelled `label` whose payload is {"a": `action`, **`data`}
    (bot.core.language.buttons reads it back); `style` is VK's button colour name."""
    return Button(label=label, payload={"a": action, **data}, style=style)


def confirm_row(several: bool = False) -> tuple[Button, ...]:
    """The «Сохранить» (or «Сохранить все» for `several` drafts) and «Не сохранять» buttons
    that answer a pending draft's question."""
    return (
        button("save_all" if several else "save", ButtonAction.SAVE, "positive"),
        button("discard", ButtonAction.DISCARD, "negative"),
    )
