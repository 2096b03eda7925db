"""The summary of several pending events (a pasted plan, a plan file, one post's events):
every line numbered, each complete line with its clashes (also with the other new lines)
and calendar warnings, the lines held back and why («нет даты», «нет времени», a choice of
days, a year asked), the lines not read, and its buttons («Сохранить все», a held line's
days, «Только первое» for one post's events).

The lines it holds back are described by bot.core.features.held_plan_lines; the lines not
read are kept under SKIPPED_KEY (`unread_lines`). `PlanStore` is the store every plan module
works on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, time
from typing import Any

from bot.core import draft_json, drafts
from bot.core.calendar_checks import warning_view
from bot.core.clashes import check_calendar, find_clashes
from bot.core.dialog import Dialog, line_numbers
from bot.core.features.adding import clashes_of
from bot.core.features.context import Context
from bot.core.features.held_plan_lines import DAY_TO_WRITE, hint_day, incomplete_line, year_lines
from bot.core.features.notices import NoticeStore
from bot.core.features.organisation_names import organisation_named
from bot.core.features.organisers import ORGANISER_KEY, names_organisers, organisation_for
from bot.core.features.plan_copies import repeated_of
from bot.core.language.actions import ButtonAction, payload
from bot.core.language.post_events import POST_KEY
from bot.core.models import Event, NewEvent, Organisation, OrgKind, Person
from bot.core.replies import Button, Reply
from bot.core.views import clash_view, confirm_row, event_view

# the store every plan module works on (clashes and notices, series ids, plan files)
PlanStore = NoticeStore


# the key of a pasted plan's first pending line that keeps the plan's lines the bot could not
# read («Квиз для 8А» under no day), so that «Сохранено» names them (newcomer walk
# 2026-12-02n: they were listed by the summary and then lost without a word)
SKIPPED_KEY = "skipped"


UNREAD_SHOWN = 60  # characters of an unread line «Сохранено» shows


def unread_lines(dialog: Dialog) -> list[str]:
    """The lines of the pending plan the bot could not read, in order (SKIPPED_KEY of any
    pending line: a fixed or dropped first line hands them on), less those that title a
    pending line (`besides_titles`)."""
    found: list[str] = []
    for raw in dialog.pending:
        found += [str(line) for line in raw.get(SKIPPED_KEY) or () if str(line) not in found]
    return besides_titles(found, dialog)


def besides_titles(lines: Sequence[str], dialog: Dialog) -> list[str]:
    """`lines` (unread lines of a pasted plan) less those whose whole text (spaces and case
    aside) is the title of a pending line: such a line was read, as the heading that titles
    the line under it. Newcomer walk 2026-12-04ai AI1: «Новости школы» over a stamp
    «12:40 20 ноября» titled that row and was also listed «не понял», and after «да» the
    reply said «Не сохранено — … Новости школы» while an event «Новости школы» was saved."""
    titles = {" ".join(d.title.split()).casefold() for d in dialog.drafts() if d.title}
    return [line for line in lines if " ".join(line.split()).casefold() not in titles]


def shortened_line(line: str) -> str:
    """`line` cut to UNREAD_SHOWN characters at a word, with «…» when cut."""
    text = " ".join(line.split())
    if len(text) <= UNREAD_SHOWN:
        return text
    return text[:UNREAD_SHOWN].rsplit(" ", 1)[0].rstrip(" ,;:—-") + "…"


def _nothing_to_save(dialog: Dialog, left_out: dict[str, Any], filename: str | None) -> Reply:
    """«plan_incomplete» when no line of the plan can be saved (`left_out`: plan_summary's
    lists of what is left out; `filename`: the imported file's, None for a chat message).
    Lines of a chat message that lack only their day (under «14–18 декабря:») or their
    time stay pending, so that «исправь 1: 15 декабря» dates them (newcomer walk
    2026-12-02n, #8) and «исправь 1: 16:00» times them (walk v, F3); else nothing stays
    pending and no line offers «исправь N: …» (files74)."""
    lines = left_out["incomplete_lines"]
    if filename is None and any(line["why"] in DAY_TO_WRITE for line in lines):
        return Reply("plan_incomplete", {**left_out, "filename": None, "fixable": True})
    dialog.clear_pending()
    unfixable = [{**line, "fixable": False} for line in lines]
    return Reply(
        "plan_incomplete", {**left_out, "incomplete_lines": unfixable, "filename": filename}
    )


async def _summary_items(
    ctx: Context[PlanStore],
    person: Person,
    complete: Sequence[dict[str, Any]],
    numbers: Sequence[int],
    orgs: Mapping[int, Organisation],
) -> tuple[list[dict[str, Any]], int]:
    """plan_summary's items for the `complete` lines (pending JSON; `numbers`: theirs as
    shown), each with its clashes against the plan and the other new lines, and the number
    of clashes (a pair of two new lines counted once, at the earlier line)."""
    batch = [
        drafts.to_new_events(
            draft_json.draft_from_json(raw),
            organisation_id=await organisation_for(ctx, person, raw, create=False),
            tz=ctx.config.tz,
            created_by=person.id,
        )
        for raw in complete
    ]
    provisional = _provisional_events(batch)
    group_of = {e.id: i for i, group in enumerate(provisional) for e in group}
    items = []
    total = 0
    for index, events in enumerate(batch):
        clashes = await clashes_of(ctx, events)
        siblings = [e for i, group in enumerate(provisional) if i != index for e in group]
        clashes += [c for e in events for c in find_clashes(e, siblings)]
        # a clash between two new lines is one pair: counted at the earlier line only
        total += sum(1 for c in clashes if group_of.get(c.other.id, index) >= index)
        raw = complete[index]
        view = event_view(events[0], orgs)
        partner = _named_partner(person, raw, orgs)
        if partner:
            view["organiser"] = partner
        items.append(
            {
                "partner": partner,  # «Без накладок» names it (organiser79)
                "number": numbers[index],
                "row": raw.get("row"),
                "apart": bool(raw.get("apart")),
                "sheet": raw.get("sheet"),
                "event": view,
                "show_year": drafts.outside_school_year(
                    events[0].start.astimezone(ctx.config.tz), ctx.wall_now()
                ),
                "occurrences": len(events),
                "last_day": events[-1].start.astimezone(ctx.config.tz).date(),
                "moscow_shift_hours": raw.get("moscow_shift_hours", 0),
                "corrections": raw.get("corrections", []),
                "clashes": [clash_view(c, orgs) for c in clashes],
                "calendar": [
                    warning_view(w) for w in await check_calendar(ctx.store, events, ctx.config.tz)
                ],
            }
        )
    return items, total


async def plan_summary(
    ctx: Context[PlanStore],
    person: Person,
    dialog: Dialog,
    skipped: Sequence[str] = (),
    *,
    row_errors: Sequence[Mapping[str, Any]] = (),
    filename: str | None = None,
    cancelled: Sequence[str] = (),
    chat_cancelled: Sequence[Mapping[str, Any]] = (),
) -> list[Reply]:
    """Several events at once: one summary with every clash, also between the lines.

    Lines without a date or a time are listed for the author to resend, not saved; an
    imported file's bad rows are listed by number (`row_errors`), and its rows the chat
    cancelled since, not pending (`chat_cancelled`, see `without_chat_cancelled`).

    The summary numbers its own lines, so the last list's numbers stop being the last the
    person saw: `dialog.listed` is emptied, and a bare «1» or «отмени 1» later never means
    an item of a list shown before the plan (review28 #1).
    """
    dialog.listed = []
    orgs = await ctx.orgs()
    skipped = besides_titles(skipped, dialog) or unread_lines(dialog)  # again after «исправь N»
    parsed = dialog.drafts()
    numbers = line_numbers(dialog.pending)
    # a row repeating an earlier one is saved once: said here, before «да», and not counted
    # as a line to save (review53 #7)
    repeated = await repeated_of(ctx, person, dialog.pending, set()) if len(parsed) > 1 else {}
    repeats = [
        {"row": dialog.pending[i].get("row"), "number": numbers[i]}
        | {"of_row": dialog.pending[j].get("row"), "of_number": numbers[j]}
        for i, j in repeated.items()
    ]
    kept = [i for i, draft in enumerate(parsed) if drafts.is_complete(draft) and i not in repeated]
    complete = [dialog.pending[i] for i in kept]
    incomplete = [d.title for d in parsed if not drafts.is_complete(d)]
    incomplete_lines = [
        incomplete_line(ctx, n, d, raw)
        for n, d, raw in zip(numbers, parsed, dialog.pending, strict=True)
        if not drafts.is_complete(d)
    ]
    dialog.settle()  # the summary awaits «да» / «нет»
    asked = year_lines(dialog)
    left_out = {
        "incomplete": incomplete,
        "incomplete_lines": incomplete_lines,
        "skipped": list(skipped),
        "errors": row_errors,
        "year_lines": asked,
        "cancelled": list(cancelled),
        "chat_cancelled": list(chat_cancelled),
        "example_day": hint_day(ctx.wall_now().date()),
        "repeats": repeats,
    }
    if not complete and not asked:
        return [_nothing_to_save(dialog, left_out, filename)]
    items, total = await _summary_items(ctx, person, complete, [numbers[i] for i in kept], orgs)
    context = {**left_out, "items": items, "clash_count": total, "filename": filename}
    return [_summary_reply(ctx, dialog, context)]


def _summary_reply(ctx: Context[PlanStore], dialog: Dialog, context: dict[str, Any]) -> Reply:
    """The plan's summary (`context`: plan_summary's, with "items" and "filename") with its
    buttons: «Сохранить все» («Сохранить оба» for one post's events), the choices of days,
    a post's own rows; «import_summary» for a file."""
    items = context["items"]
    template = "import_summary" if context["filename"] else "plan_summary"
    one_post = all(raw.get(POST_KEY) for raw in dialog.pending)
    context["one_post"] = one_post  # «В сообщении два мероприятия: … Сохранить оба?»
    save_row = confirm_row(several=True)
    if one_post:  # «Сохранить оба»
        save_row = (replace(save_row[0], context={"count": len(items)}), *save_row[1:])
    buttons = (save_row, *choice_rows(dialog, ctx.wall_now()), *post_rows(one_post, items))
    return Reply(template, context, buttons=buttons)


def _named_partner(person: Person, raw: Mapping[str, Any], orgs: Mapping[int, Organisation]) -> str:
    """The outside organiser a staff member's pending row names (a plan file's «Организатор»
    column, a date cell's «12.12 — КГТУ», «организатор: …»): the known partner's name, or
    the name as written when it is new or fits several; "" for a row of the author's own
    organisation (none named, «организатор — школа», the school itself) or an author who
    names none (a partner's rows are its own)."""
    written = str(raw.get(ORGANISER_KEY) or "")
    if not names_organisers(person) or not written:
        return ""
    named = organisation_named(written, orgs.values())
    if named is None:
        return written
    return "" if named.kind is OrgKind.SCHOOL else named.name


def post_rows(one_post: bool, items: Sequence[Mapping[str, Any]]) -> tuple[tuple[Button, ...], ...]:
    """For the events of one post (2 or 3, none held back): one row of «Только первое»,
    «Только второе» … buttons, each saying «только N» (N: the event's number in the
    summary); () otherwise."""
    if not one_post or not 1 < len(items) <= MAX_CHOICE_LINES:
        return ()
    return (
        tuple(
            Button("keep_only", payload(ButtonAction.PICK, t=f"только {n}"), context={"place": i})
            for i, n in enumerate((item["number"] for item in items), 1)
        ),
    )


MAX_CHOICE_LINES = 3  # VK's inline keyboard: 10 buttons, 6 rows (with «Сохранить», update)


MAX_CHOICE_BUTTONS = 8  # of those 10, the lines' day buttons


WEEK_BUTTONS = 5  # a week's school days, one row (VK: at most 5 buttons a row)


def choice_rows(dialog: Dialog, now: datetime | None = None) -> tuple[tuple[Button, ...], ...]:
    """For the first held-back lines offering equally likely days (a «День недели» that
    contradicts the date: the date as written, or that weekday's day), one row each of two
    buttons answering «исправь N: <day and time>», so the line is settled in the chat. With
    `now` (school wall clock) a day outside its school year names its year."""
    rows: list[tuple[Button, ...]] = []
    for number, draft in zip(line_numbers(dialog.pending), dialog.drafts(), strict=True):
        if drafts.is_complete(draft) or len(draft.choices) < 2:
            continue
        week = "week_days" in draft.doubts  # «2-я неделя»: its days, labelled short
        offered = draft.choices[:WEEK_BUTTONS] if week else draft.choices[:2]
        if sum(map(len, rows)) + len(offered) > MAX_CHOICE_BUTTONS:
            break
        rows.append(
            tuple(
                Button(
                    "pick_line",
                    # «d»: an old press after this plan was closed changes nothing
                    # (span_presses.stale_day_press; attack 2026-12-04ag, #5)
                    payload(
                        ButtonAction.PICK,
                        t=f"исправь {number}: {_day_text(at)}",
                        d=at.isoformat(),
                    ),
                    context={
                        "number": number,
                        "at": at,
                        "show_year": now is not None and drafts.outside_school_year(at, now),
                        "short": week,
                    },
                )
                for at in offered
            )
        )
    return tuple(rows[:MAX_CHOICE_LINES])


def _day_text(at: datetime) -> str:
    """A day and time as «исправь N: …» reads it back: "18.12.2026 12:00"."""
    day = at.strftime("%d.%m.%Y")
    return day if at.time() == time() else f"{day} {at.strftime('%H:%M')}"


def _provisional_events(batch: Sequence[Sequence[NewEvent]]) -> list[list[Event]]:
    """Not-yet-stored events with temporary negative ids, to check a plan against itself."""
    provisional: list[list[Event]] = []
    next_id = -1
    for group in batch:
        events = []
        for new in group:
            events.append(Event(id=next_id, **{f: getattr(new, f) for f in _NEW_EVENT_FIELDS}))
            next_id -= 1
        provisional.append(events)
    return provisional


_NEW_EVENT_FIELDS = tuple(NewEvent.__dataclass_fields__)
