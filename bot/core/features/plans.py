"""Several events at once (a pasted plan or a plan file): one summary with every clash,
also between the new lines; saving and discarding what is pending.

Drafts are never silently lost: a new event while drafts are pending asks whether to add it
to them, replace them, or keep both (the pending ones are put aside and shown again once
the new ones are saved or dropped). Lines are numbered (a file's by its row) so that
bot.core.features.plan_lines can edit them: «исправь 7: …», «убери 6», «сохрани без 6».
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from bot.core import agreement, draft_json, drafts
from bot.core.calendar_checks import warning_view
from bot.core.clashes import check_calendar, find_clashes
from bot.core.dialog import STALE_DRAFT_AGE, Dialog, DraftChoice, EditableField, line_numbers
from bot.core.features import agreement_notices, organisers, readding, resending, school_cards
from bot.core.features.adding import (
    JOIN_SERIES_KEY,
    ask_edit,
    clashes_of,
    continue_draft,
    last_venue,
    own_class_default,
    series_still_joined,
    set_single_draft,
    span_asked_again,
)
from bot.core.features.chat_cancelled import cancelled_holders
from bot.core.features.context import Commands, Context, Routes
from bot.core.features.draft_choice import (
    TITLES_NAMED,
    ask_add_or_replace,
    choice_question,
    numbered,
)
from bot.core.features.file_series import one_club_rows
from bot.core.features.move_by_text import looks_like_move
from bot.core.features.named_lines import retime_line, retimes_a_line
from bot.core.features.notices import (
    SAVER_CLASH_LIMIT,
    NoticeStore,
    clash_notices,
    clashed_events,
)
from bot.core.features.organisation_names import organisation_named
from bot.core.features.organisers import ORGANISER_KEY, names_organisers, organisation_for
from bot.core.features.partner_plan_rows import (
    BESIDE_DAY_KEY,
    PLAN_OWNER_KEY,
    linked_to_partner_events,
)
from bot.core.features.queries import answer_query
from bot.core.language.actions import ButtonAction, payload
from bot.core.language.answers import year_confirmed
from bot.core.language.commands import Command, CommandKind
from bot.core.language.meaning import AddEvents, ChooseDraft, DraftChoiceKind, RepeatQuestion
from bot.core.language.post_draft import in_zone
from bot.core.language.post_events import POST_KEY
from bot.core.language.questions import asked_period, asks_what_is_on
from bot.core.language.same_venue import (
    mentions_same_place,
    names_same_place,
    without_same_place,
)
from bot.core.models import (
    Event,
    EventDraft,
    EventStatus,
    NewEvent,
    Organisation,
    OrgKind,
    Person,
    Role,
)
from bot.core.permissions import can_add_events
from bot.core.ports import PlanFileStore
from bot.core.replies import Button, Reply
from bot.core.school_calendar import SchoolCalendar
from bot.core.school_settings import load_school_calendar
from bot.core.term_columns import column_note, in_term_column, term_period
from bot.core.views import clash_view, confirm_row, event_view

log = logging.getLogger(__name__)

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


def _shortened(line: str) -> str:
    """`line` cut to UNREAD_SHOWN characters at a word, with «…» when cut."""
    text = " ".join(line.split())
    if len(text) <= UNREAD_SHOWN:
        return text
    return text[:UNREAD_SHOWN].rsplit(" ", 1)[0].rstrip(" ,;:—-") + "…"


# a pasted plan's line problems «исправь N: 15 декабря» settles: the line lacks only its day;
# or «исправь N: 16:00»: it lacks only its time (walk v, F3: a weekly plan of dated rows with
# no clock times kept, each row's time asked, instead of «пришлите их отдельно»)
DAY_TO_WRITE = frozenset({"no_date", "no_day", "partner_plan", "no_time"})


def _held_period(draft: EventDraft, ctx: Context[PlanStore]) -> dict[str, Any]:
    """A held line's period (models.DayPeriod: the month or term its cell named) and the
    day its «исправь N: …» example names: a near school day within it, never past
    (hint_day), else its first or last day; {} for a line with none."""
    period = draft.period
    if period is None:
        return {"period": None}
    near = hint_day(ctx.wall_now().date())
    return {"period": period, "period_example": min(max(near, period.first), period.last)}


def _column(note: dict[str, Any]) -> dict[str, Any]:
    """A pending row's column note (term_columns.column_note) with its days as dates, for
    the line's «не в своей колонке «I полугодие» (… с 1 сентября по 10 января)»."""
    days = {k: date.fromisoformat(note[k]) if note.get(k) else None for k in ("first", "last")}
    return {**note, **days}


def _other_year(draft: EventDraft, ctx: Context[PlanStore]) -> bool:
    """Whether a held line's day is before the school year under way (from 1 September, by
    the school's wall clock), so that its «уже прошло» names the year: «20 января 2026 года
    (вт) уже прошло» said on 1 December 2026, not a January still ahead to its reader
    (files60: last year's plan sent by mistake)."""
    today = ctx.wall_now()
    began = date(today.year if today.month >= 9 else today.year - 1, 9, 1)
    return draft.start is not None and draft.start.date() < began


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


def _incomplete_line(
    ctx: Context[PlanStore], number: int, draft: EventDraft, raw: Mapping[str, Any]
) -> dict[str, Any]:
    """A plan's line that cannot be saved as it is (no day, no time, a choice of days), for
    plan_summary's «plan_incomplete» list: its number as shown, title, why
    (drafts.line_problem), what it has of its days, and where a file put it."""
    d = draft
    return (
        {"number": number, "title": d.title, "why": drafts.line_problem(d), "start": d.start}
        | {"last": d.end if d.all_day else None, "year_shown": _other_year(d, ctx)}
        | {"row": raw.get("row"), "choices": list(d.choices), "apart": bool(raw.get("apart"))}
        | {"week": "week_days" in d.doubts}  # «2-я неделя»: its days are the choices
        | _held_period(d, ctx)  # «март», «в течение полугодия»: the days it names (files74)
        | ({"sheet": raw["sheet"]} if raw.get("sheet") else {})
        | ({"caption": raw["caption"]} if raw.get("caption") else {})
        | ({"column": _column(raw["column"])} if raw.get("column") else {})
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
    kept = [i for i, draft in enumerate(parsed) if _complete(draft) and i not in repeated]
    complete = [dialog.pending[i] for i in kept]
    incomplete = [d.title for d in parsed if not _complete(d)]
    incomplete_lines = [
        _incomplete_line(ctx, n, d, raw)
        for n, d, raw in zip(numbers, parsed, dialog.pending, strict=True)
        if not _complete(d)
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


HINT_DAYS_AHEAD = 7  # the example day of «исправь N: …»: a week from today


def hint_day(today: date) -> date:
    """The day the example of «исправь N: <day> в 16:00» names (`today` school-local): a
    week from today, or the Monday after when that falls on a Saturday or a Sunday — a near
    school day that is never in the past (newcomer walk 2026-12-02o: the example was always
    «8 декабря», past or a year off for most of the year)."""
    day = today + timedelta(days=HINT_DAYS_AHEAD)
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def year_lines(dialog: Dialog) -> list[dict[str, Any]]:
    """The pending plan's lines held only by the year question («15.10» sent in May:
    «…имеется в виду 2027 год?», bot.core.language.doubts `year_guessed`), each as
    {"number": the line's number for «исправь N», "row": its file row or None, "start": the
    guessed day and time (school wall clock)}, in the plan's order. Each is complete once
    the year is taken (`with_years_taken`); a line with something else missing (no time,
    say) is not one of them. Only for a plan of several lines: a single draft asks its own
    question."""
    if len(dialog.pending) < 2:
        return []
    found = []
    for number, raw, draft in zip(
        line_numbers(dialog.pending), dialog.pending, dialog.drafts(), strict=True
    ):
        taken = year_confirmed(draft) if drafts.line_problem(draft) == "year_guessed" else None
        if taken is not None and _complete(taken):
            found.append({"number": number, "row": raw.get("row"), "start": draft.start})
    return found


def with_years_taken(dialog: Dialog, pending: Sequence[EventDraft]) -> list[EventDraft]:
    """`pending` (the dialog's drafts) with the year question of `year_lines` answered «да».

    Why «да» takes the asked year: the summary ends with «Сохранить все N (строки 2, 3, 4 —
    в 2027 году)? Ответьте «да» или «нет»» under a «Сохранить всё» button, right after the
    rows' own question «…имеется в виду 2027 год?». A busy deputy head who sent next year's
    plan in May answers «да» to both at once and expects the whole plan saved; saving only the
    ready rows dropped most of such a plan without a word (newcomer walk 2026-12-01i, #2).
    The rows' clashes are then named by «Сохранено» and sent to whoever they touch, as for
    any saved event; «нет» keeps the plan for «исправь N: …» (`on_no`)."""
    if not year_lines(dialog):
        return list(pending)
    return [
        (year_confirmed(d) or d) if drafts.line_problem(d) == "year_guessed" else d for d in pending
    ]


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
        if _complete(draft) or len(draft.choices) < 2:
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


def _complete(draft: EventDraft) -> bool:
    """A line that can be saved as it is (a day and a time, nothing doubtful left)."""
    return drafts.is_complete(draft)


async def show_pending(ctx: Context[PlanStore], person: Person, dialog: Dialog) -> list[Reply]:
    """The pending drafts again: the single draft's card (or its question), else the plan's
    summary."""
    if not dialog.pending:
        return [Reply("nothing_pending", {"role": person.role.value})]
    if len(dialog.pending) == 1:
        return await continue_draft(ctx, person, dialog)
    return await plan_summary(ctx, person, dialog)


async def repeat_question(ctx: Context[PlanStore], person: Person, dialog: Dialog) -> list[Reply]:
    """The open question about the pending drafts, asked again in full: the add / replace /
    keep-both question, the single draft's missing part, or its card (newcomer walk
    2026-12-02m, #15)."""
    if isinstance(dialog.waiting, DraftChoice) and dialog.incoming and dialog.pending:
        return [choice_question(dialog, "draft_choice")]
    return await show_pending(ctx, person, dialog)


async def on_repeat_question(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, intent: RepeatQuestion
) -> list[Reply]:
    """Route handler: «назад» at a draft's question, or a text that answers nothing at the
    add / replace question («Не понял ответ.» and the question)."""
    unclear = intent.unclear and isinstance(dialog.waiting, DraftChoice) and dialog.incoming
    if unclear and dialog.pending:
        return [choice_question(dialog, "draft_choice_unclear")]
    return await repeat_question(ctx, person, dialog)


async def restore_stashed(ctx: Context[PlanStore], person: Person, dialog: Dialog) -> list[Reply]:
    """Drafts put aside by "keep both" come back once nothing else is pending."""
    if dialog.pending or not dialog.stashed:
        return []
    dialog.pending, dialog.stashed = dialog.stashed, []
    restored = [Reply("draft_restored", {"count": len(dialog.pending)})]
    asks_where = [bool(raw.pop(ASK_WHERE_KEY, False)) for raw in dialog.pending]
    if asks_where == [True] and not _open_question(person, dialog):  # _post_places_held
        return restored + ask_edit(dialog, EditableField.VENUE, person.role.value)
    return restored + await show_pending(ctx, person, dialog)


async def club_series(
    ctx: Context[PlanStore], rows: Sequence[tuple[Mapping[str, Any], EventDraft]]
) -> dict[int, int]:
    """A new series id for each group of a file's rows that are one club's meetings
    (file_series.one_club_rows), by row index; {} when there are none (files76)."""
    clubs: dict[int, int] = {}
    for group in one_club_rows(rows):
        clubs |= dict.fromkeys(group, await ctx.store.next_series_id())
    return clubs


async def new_events_of(
    ctx: Context[PlanStore],
    person: Person,
    rows: Sequence[tuple[Mapping[str, Any], EventDraft]],
    club: int | None = None,
) -> list[NewEvent]:
    """The events `person` stores for pending rows (their JSON, their draft): each in its
    organisation (see `organisation_for`), a recurring draft under a new series id; `club`:
    the series id a single meeting's rows share (a file's rows of one club, files76)."""
    new_events: list[NewEvent] = []
    for raw, draft in rows:
        joined = raw.get(JOIN_SERIES_KEY)
        if isinstance(joined, dict):  # one more meeting of a saved series (chat76)
            new_events += drafts.to_new_events(
                draft,
                organisation_id=int(joined["organisation"]),
                tz=ctx.config.tz,
                created_by=person.id,
                series_id=int(joined["series"]),
            )
            continue
        series = club
        if series is None and drafts.is_series(draft):
            series = await ctx.store.next_series_id()
        new_events += drafts.to_new_events(
            draft,
            organisation_id=await organisation_for(ctx, person, raw),
            tz=ctx.config.tz,
            created_by=person.id,
            series_id=series,
        )
    return new_events


async def record_files(ctx: Context[PlanStore], event_ids: Sequence[int], filename: str) -> None:
    """Remember that `event_ids` were saved from the plan file `filename` ("" for a pasted
    table), so that a corrected file sent again is compared with it
    (bot.core.features.plan_updates); nothing where the store cannot keep it."""
    if isinstance(ctx.store, PlanFileStore):
        await ctx.store.record_plan_file(event_ids, filename)


async def save(ctx: Context[PlanStore], person: Person, dialog: Dialog) -> list[Reply]:
    """Store what is pending (one event per recurring occurrence), tell whoever the new
    events clash with; a single incomplete draft asks for what is missing instead.

    A plan's lines asked only about their year are saved in that year (`with_years_taken`);
    its other held-back lines are not saved, as the summary said, and «Сохранено» names them
    (`left`: number, row, title, why) with how to send them again. The steps, in order:
    `_save_refused` (another store, no right, a question first), `_post_held` (a pasted
    post's missing classes, places, years), `_single_elsewhere` (one event restored or
    updated instead), `_chosen_rows` (which lines are saved), `_store_rows` (the write)
    and `_saved_replies`."""
    pending = dialog.drafts()
    if not pending:
        return [Reply("nothing_pending", {"role": person.role.value})]
    refused = await _save_refused(ctx, person, dialog)
    if refused is not None:
        return refused
    if len(pending) > 1 and all(raw.get(POST_KEY) for raw in dialog.pending):
        held = await _post_held(ctx, person, dialog)
        if held is not None:
            return held
        pending = dialog.drafts()
    if len(pending) == 1:
        instead = await _single_elsewhere(ctx, person, dialog, pending[0])
        if instead is not None:
            return instead
    chosen = await _chosen_rows(ctx, person, dialog, pending)
    if chosen.copies and not chosen.rows:
        dialog.clear_pending()
        return [Reply("plan_all_stored", {"count": len(chosen.copies | chosen.repeats)})]
    if not chosen.rows:  # every line still held back (`plan_summary` kept them for «исправь N»)
        return await plan_summary(ctx, person, dialog)
    unread = [_shortened(line) for line in unread_lines(dialog)] if len(pending) > 1 else []
    known = set(await ctx.orgs())  # a partner the save adds is named by «Сохранено»
    saved = await _store_rows(ctx, person, chosen.rows)
    dialog.clear_pending()
    dialog.last_event = saved[0].id if saved else None
    return await _saved_replies(
        ctx, person, dialog, _Saved(chosen, saved, len(pending), unread, known)
    )


async def _save_refused(
    ctx: Context[PlanStore], person: Person, dialog: Dialog
) -> list[Reply] | None:
    """The replies `save` gives instead of storing here, None when it may go on: drafts for
    other schools (each school's own store: school_cards), a person who may not add events
    (the drafts dropped), an organiser to choose first («Музей» with two museums:
    organiser77), a series joined that was cancelled or is no longer theirs (attack78)."""
    if school_cards.is_for_schools(dialog) and ctx.schools is not None:
        if _open_question(person, dialog):
            return await continue_draft(ctx, person, dialog)
        replies = await school_cards.save(ctx, person, dialog)  # each school its own store
        return replies + await restore_stashed(ctx, person, dialog)
    if not can_add_events(person):
        dialog.clear_pending()
        return [Reply("not_allowed_add", {"role": person.role.value})]
    unclear = await organisers.unclear_organiser(ctx, person, dialog.pending)
    if unclear is not None:  # «Музей» with two museums: which one? (organiser77)
        return [Reply("organiser_which", {**unclear, "saving": True})]
    gone = await series_still_joined(ctx, person, dialog)
    if gone is not None:  # the series cancelled or no longer theirs under the card (attack78)
        return [gone]
    return None


async def _post_held(ctx: Context[PlanStore], person: Person, dialog: Dialog) -> list[Reply] | None:
    """A pasted post's several events (every pending row from one post): the question still
    owed before saving — classes when none of them names any, a past day's year, the one
    place left to ask about (attack w, #8) — or None to save them (`dialog.pending` may
    have changed: places and years taken in)."""
    if _post_classes_held(person, dialog):  # none of the post's events names classes
        return await continue_draft(ctx, person, dialog)
    _post_places_held(dialog)
    if _post_years_held(dialog):  # every event of the post on a day already past
        return await continue_draft(ctx, person, dialog)
    if len(dialog.pending) == 1 and dialog.pending[0].pop(ASK_WHERE_KEY, False):
        return ask_edit(dialog, EditableField.VENUE, person.role.value)  # attack w, #8
    return None


async def _single_elsewhere(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, draft: EventDraft
) -> list[Reply] | None:
    """For the one pending draft `draft`: its open question asked again, or — a single
    event, no series — a cancelled copy brought back (readding) or the organiser's own
    event updated (resending); None when it is saved as new."""
    if _open_question(person, dialog):
        return await continue_draft(ctx, person, dialog)
    if drafts.is_series(draft):
        return None
    [single] = drafts.to_new_events(
        draft,
        organisation_id=await organisation_for(ctx, person, dialog.pending[0], create=False),
        tz=ctx.config.tz,
        created_by=person.id,
    )
    copy = await readding.cancelled_copy(ctx, person, [single])
    if copy is not None:  # the event cancelled and typed again: bring it back
        replies = await readding.restore(ctx, person, dialog, copy, single)
        return replies + await restore_stashed(ctx, person, dialog)
    if resending.resends(dialog) is not None:  # the organiser's own event typed again
        updated = await resending.update(ctx, person, dialog, single)
        if updated is None:  # changed meanwhile: the card again, as things are now
            return await continue_draft(ctx, person, dialog)
        return updated + await restore_stashed(ctx, person, dialog)
    return None


@dataclass(frozen=True)
class _Chosen:
    """What `save` stores of the pending lines: `rows` (JSON, draft with its year taken),
    the indices of lines already stored (`copies`) or repeating an earlier line
    (`repeats`), and the lines held back (`left`, as «Сохранено» names them)."""

    rows: list[tuple[dict[str, Any], EventDraft]]
    copies: set[int]
    repeats: set[int]
    left: list[dict[str, Any]]


async def _chosen_rows(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, pending: Sequence[EventDraft]
) -> _Chosen:
    """The lines `save` stores: a single draft as it is; of a plan, the complete lines not
    stored already (a plan sent again) nor repeating an earlier line, years asked about
    taken (`with_years_taken`); the incomplete lines held back («send it again with a
    time»)."""
    taken = with_years_taken(dialog, pending)
    copies: set[int] = set()
    repeats: set[int] = set()  # rows repeating an earlier row of the same plan
    if len(pending) > 1:  # a plan sent again: its rows already stored are not saved twice
        copies = set(await stored_copy_ids(ctx, person, dialog.pending))
        repeats = await repeated_rows(ctx, person, dialog.pending, copies)
    rows = [
        (raw, draft)
        for index, (raw, draft) in enumerate(zip(dialog.pending, taken, strict=True))
        if (len(pending) == 1 or _complete(draft))  # the rest: «send it again with a time»
        and index not in copies | repeats
    ]
    left = _held_lines(ctx, dialog, taken) if len(pending) > 1 else []
    return _Chosen(rows, copies, repeats, left)


def _held_lines(
    ctx: Context[PlanStore], dialog: Dialog, taken: Sequence[EventDraft]
) -> list[dict[str, Any]]:
    """The plan's lines the summary held back (not complete), named by «Сохранено» so none
    vanishes without a word: number, row, title, why, start, last day, choices, whether
    the year is shown, week days asked, the held period."""
    return [
        {"number": n, "row": raw.get("row"), "title": d.title, "why": drafts.line_problem(d)}
        | {"start": d.start, "last": d.end if d.all_day else None, "choices": list(d.choices)}
        | {"year_shown": _other_year(d, ctx), "week": "week_days" in d.doubts}
        | _held_period(d, ctx)
        for n, raw, d in zip(line_numbers(dialog.pending), dialog.pending, taken, strict=True)
        if not _complete(d)
    ]


async def _store_rows(
    ctx: Context[PlanStore], person: Person, rows: Sequence[tuple[Mapping[str, Any], EventDraft]]
) -> list[Event]:
    """Store the events of `rows` in one `add_events` call (a partner's wait for the
    curator set: agreement.as_added), a file's club rows as one series (club_series), and
    remember each plan file's events (record_files). Returns the stored events in order."""
    new_events: list[NewEvent] = []
    files: list[str | None] = []  # the plan file each new event's row came from
    clubs = await club_series(ctx, rows)
    for index, (raw, draft) in enumerate(rows):
        events = await new_events_of(ctx, person, [(raw, draft)], clubs.get(index))
        new_events += events
        files += [raw.get("file")] * len(events)
    now = ctx.clock.now()
    new_events = agreement.as_added(new_events, person, now)  # a partner's wait (walk t, #16)
    saved = await ctx.store.add_events(new_events, person.id, at=now)
    for name in {f for f in files if f is not None}:
        await record_files(
            ctx, [e.id for e, f in zip(saved, files, strict=True) if f == name], name
        )
    return saved


@dataclass(frozen=True)
class _Saved:
    """A save done: the lines `chosen`, the events `saved`, how many drafts were pending
    (`drafts`), the lines not read (`unread`) and the organisations known before the save
    (`known`: a partner the save added is named)."""

    chosen: _Chosen
    saved: list[Event]
    drafts: int
    unread: list[str]
    known: set[int]


async def _saved_replies(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, done: _Saved
) -> list[Reply]:
    """«Сохранено» with the clash notices of the new events, the curator's agreement
    notices and the drafts put aside coming back."""
    notices = await clash_notices(ctx, person, done.saved, "clash_added")
    context = await _saved_context(ctx, person, done, notices)
    waiting = await agreement_notices.waiting_notices(
        ctx, person, done.saved
    )  # the curator agrees them
    return [
        Reply("saved", context),
        *notices,
        *waiting,
        *await restore_stashed(ctx, person, dialog),
    ]


async def _saved_context(
    ctx: Context[PlanStore], person: Person, done: _Saved, notices: Sequence[Reply]
) -> dict[str, Any]:
    """The «saved» template's context."""
    saved, chosen = done.saved, done.chosen
    clashed = clashed_events(notices)
    return {
        "count": len(saved),
        "drafts": done.drafts,
        # the plan's lines saved, counted as its summary counted them (a row over two days
        # is one line and two meetings: «Сохранено ✅ 6 мероприятий (7 встреч)»)
        "lines": len(chosen.rows),
        "event": event_view(saved[0], await ctx.orgs()),
        # «…: 13 встреч, первая — 13 февраля (пн), последняя — 25 февраля (сб)»: what a
        # series saved by «да» holds is plain (newcomer walk 2026-12-02v, F1)
        "last": saved[-1].start.astimezone(ctx.config.tz).date() if len(saved) > 1 else None,
        # sessions of one day («Сеансы в 11:00 и 13:00»): the last one named by its time,
        # not by the same day again (newcomer walk 2026-12-03y, Y9)
        "last_event": event_view(saved[-1], await ctx.orgs()) if len(saved) > 1 else None,
        # «Сохранено ✅ …, 15 января 2027 года»: a year that is not this calendar year's or
        # this school year's is named
        "show_year": bool(saved)
        and drafts.year_named(saved[0].start.astimezone(ctx.config.tz), ctx.wall_now()),
        "notified": len(notices),
        "clashed": clashed[:SAVER_CLASH_LIMIT],  # named, even if the card showed none
        "clashed_more": max(0, len(clashed) - SAVER_CLASH_LIMIT),
        "left": chosen.left,
        "unread": done.unread,
        "copies": len(chosen.copies),  # rows already stored: not saved twice
        "repeats": len(chosen.repeats),  # rows repeating an earlier row: saved once (attack53 #2)
        # a partner's post pasted by the staff: whose event it now is (organiser76)
        "partner": await organisers.saved_partner(
            ctx, person, [raw for raw, _ in chosen.rows], saved, done.known
        ),
    }


async def stored_copies(
    ctx: Context[PlanStore], person: Person, pending: Sequence[dict[str, Any]]
) -> set[int]:
    """Indices of the complete rows of a plan that are exactly live stored events of the
    organisation they would be saved for (the same title and venue as `resending.title_key`
    compares them, start, end and classes): a file sent again, or a row repeated in it, is
    never saved a second time by «да» or «обнови прежние» (walk p, #11 and #15). A row of a
    series («20-22.01.2027», a repeat) is a copy when every one of its meetings is stored so
    (walk t, #4: the courses were saved twice and clashed with themselves)."""
    stored = set(await stored_copy_ids(ctx, person, pending))
    return stored | await repeated_rows(ctx, person, pending, stored)


async def repeated_rows(
    ctx: Context[PlanStore], person: Person, pending: Sequence[dict[str, Any]], skip: set[int]
) -> set[int]:
    """Indices of the complete rows of a plan whose every meeting an earlier row of the same
    plan (not in `skip`) already makes, as `copy_key` compares them with the row's notes
    (its other columns, `EventDraft.description`): a row copied twice in
    Excel is saved once, as it would be were it sent again in a second file (attack53 #2:
    «да» saved two identical events for the same classes)."""
    return set(await repeated_of(ctx, person, pending, skip))


async def repeated_of(
    ctx: Context[PlanStore], person: Person, pending: Sequence[dict[str, Any]], skip: set[int]
) -> dict[int, int]:
    """`repeated_rows` as {repeating row's index: the index of the first row it repeats}: the
    plan's summary says them before «да» (review53 #7: «Сохранить все 4», «да» saved 2)."""
    first: dict[tuple[Any, ...], int] = {}
    found: dict[int, int] = {}
    for index, raw in enumerate(pending):
        draft = draft_json.draft_from_json(raw)
        if index in skip or not drafts.is_complete(draft):
            continue
        org = await organisation_for(ctx, person, raw, create=False)
        meetings = drafts.to_new_events(
            draft, organisation_id=org, tz=ctx.config.tz, created_by=person.id
        )
        # rows differing only in a column kept as a note («Кабинет» beside «Место»,
        # «Примечание») are two rows, not one typed twice (review53 #7)
        note = resending.title_key(draft.description or "")
        keys = {(org, note, *copy_key(new)) for new in meetings}
        if keys and keys <= first.keys():
            found[index] = min(first[key] for key in keys)
        for key in keys:
            first.setdefault(key, index)
    return found


async def stored_copy_ids(
    ctx: Context[PlanStore], person: Person, pending: Sequence[dict[str, Any]]
) -> dict[int, set[int]]:
    """`stored_copies` with the ids of the stored events each such row is: {row index in
    `pending`: event ids}."""
    now = ctx.clock.now()
    stored: dict[int, dict[tuple[Any, ...], set[int]]] = {}
    found: dict[int, set[int]] = {}
    for index, raw in enumerate(pending):
        draft = draft_json.draft_from_json(raw)
        if not drafts.is_complete(draft):
            continue
        org = await organisation_for(ctx, person, raw, create=False)
        if org not in stored:
            live = await ctx.store.events_between(now, None, organisation_id=org)
            keys: dict[tuple[Any, ...], set[int]] = {}
            for event in live:
                if event.status is not EventStatus.CANCELLED:
                    keys.setdefault(copy_key(event), set()).add(event.id)
            stored[org] = keys
        meetings = drafts.to_new_events(
            draft, organisation_id=org, tz=ctx.config.tz, created_by=person.id
        )
        if meetings and all(copy_key(new) in stored[org] for new in meetings):
            found[index] = {i for new in meetings for i in stored[org][copy_key(new)]}
    return found


def copy_key(event: Event | NewEvent) -> tuple[Any, ...]:
    """What makes two events the same stored row: title and venue (as
    `resending.title_key` reads them), start, end, all-day flag and classes."""
    return (
        resending.title_key(event.title),
        event.start,
        event.end,
        event.all_day,
        resending.title_key(event.venue or ""),
        event.audience,
    )


def _post_classes_held(person: Person, dialog: Dialog) -> bool:
    """One post's events (POST_KEY) naming no classes are put aside (`dialog.stashed`), to
    come back one by one after the others are saved and be asked their classes as a post
    of one event is: «да» to «Сохранить оба?» saved them for «все классы» (attack v, #8).
    True when none names classes: the first stays pending alone, its question to ask."""
    lines = [{k: v for k, v in raw.items() if k != POST_KEY} for raw in dialog.pending]
    open_ = [
        drafts.missing_field(
            own_class_default(person, d, dialog.audience_asked) or d,
            audience_asked=dialog.audience_asked,
        )
        == "audience"
        for d in dialog.drafts()
    ]
    if not any(open_):
        return False
    kept = [raw for raw, held in zip(dialog.pending, open_, strict=True) if not held]
    held = [line for line, held in zip(lines, open_, strict=True) if held]
    if not kept:
        kept, held = held[:1], held[1:]
    dialog.pending, dialog.stashed = kept, held + dialog.stashed
    return len(kept) == 1 and not kept[0].get(POST_KEY)


def _post_years_held(dialog: Dialog) -> bool:
    """One post's events on a day already past this school year («… Также 5 декабря в
    15:00 лекция для 9Б.» sent on 7 December) are put aside (`dialog.stashed`), to come back
    one by one after the others are saved and be asked «…уже прошёл — имеется в виду 5
    декабря 2027 года? Если нет — на какой день …?» as a post of one event is: in a post
    such a day is more likely a slip than an event a year ahead, and «да» to the summary
    saved it in next year unasked, a plan's rule (attack w, #12; the summary says so:
    plan_summary.j2). True when every event was such: the first stays pending alone."""
    held_at = {
        n
        for n, draft in enumerate(dialog.drafts())
        if drafts.line_problem(draft) == "year_guessed"
        and (taken := year_confirmed(draft)) is not None
        and _complete(taken)
    }
    if not held_at:
        return False
    lines = [{k: v for k, v in raw.items() if k != POST_KEY} for raw in dialog.pending]
    kept = [raw for n, raw in enumerate(dialog.pending) if n not in held_at]
    held = [line for n, line in enumerate(lines) if n in held_at]
    if not kept:
        kept, held = held[:1], held[1:]
    dialog.pending, dialog.stashed = kept, held + dialog.stashed
    return len(kept) == 1 and not kept[0].get(POST_KEY)


# a line put aside by _post_places_held: «Где пройдёт …?» is asked when it comes back
ASK_WHERE_KEY = "ask_where"


def _post_places_held(dialog: Dialog) -> None:
    """One post's later events with no place of their own while the first has one are put
    aside (`dialog.stashed`), to come back alone after the others are saved and be asked
    «Где пройдёт …?»: the post may mean the first's place or none, and «оба» saved them with
    no place unasked (attack v, #21). A line already put aside for its classes is left."""
    found = dialog.drafts()
    if found[0].venue is None:
        if names_same_place(found[0].description or ""):  # «там же» with no place known
            _post_first_unplaced(dialog)
        return
    held = {n for n, draft in enumerate(found) if n > 0 and draft.venue is None}
    if not held:
        return
    lines = [
        {**{k: v for k, v in raw.items() if k != POST_KEY}, ASK_WHERE_KEY: True}
        for n, raw in enumerate(dialog.pending)
        if n in held
    ]
    kept = [raw for n, raw in enumerate(dialog.pending) if n not in held]
    dialog.pending, dialog.stashed = kept, lines + dialog.stashed


async def _post_same_place(
    ctx: Context[PlanStore], person: Person, events: Sequence[EventDraft]
) -> tuple[EventDraft, ...]:
    """One post's events when it says «там же» / «адрес тот же» and its first event names
    no place: those with no place take the writer's last one, as a single post does (attack
    w, #8: «Лекция … для 9А. Также … лекция … для 9Б, там же» after an event in ауд. 310);
    with none known they stay without, asked on «да» (_post_first_unplaced)."""
    venue = await last_venue(ctx, person)
    return tuple(replace(e, venue=e.venue or venue) for e in events)


def _post_first_unplaced(dialog: Dialog) -> None:
    """One post whose first event names no place: it stays pending alone, marked to be
    asked «Где пройдёт …?» (as the same event sent alone is), and the others are put aside
    (`dialog.stashed`), those with no place marked too; «да» saved them all with no place,
    never asked (attack w, #8)."""
    found = dialog.drafts()
    lines = [
        {k: v for k, v in raw.items() if k != POST_KEY}
        | ({ASK_WHERE_KEY: True} if draft.venue is None else {})
        for raw, draft in zip(dialog.pending, found, strict=True)
    ]
    dialog.pending, dialog.stashed = lines[:1], lines[1:] + dialog.stashed


def _open_question(person: Person, dialog: Dialog) -> bool:
    """Whether the single pending draft still lacks a part the bot asks for (its day, time
    or classes, as `continue_draft` sees it: a class teacher's own class stands in for
    classes not named). Such a draft is never saved on «да»: its question is asked again,
    since no card showed what «да» would save (newcomer walk 2026-12-02m, #3: a lecture
    whose classes were never given was saved for «все классы»)."""
    draft = dialog.drafts()[0]
    draft = own_class_default(person, draft, dialog.audience_asked) or draft
    return drafts.missing_field(draft, audience_asked=dialog.audience_asked) is not None


def discard(dialog: Dialog) -> list[Reply]:
    """Forget what is pending."""
    dialog.clear_pending()
    return [Reply("discarded")]


async def discard_and_restore(
    ctx: Context[PlanStore], person: Person, dialog: Dialog
) -> list[Reply]:
    """Forget what is pending; drafts put aside come back."""
    return discard(dialog) + await restore_stashed(ctx, person, dialog)


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


async def import_rows(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, filename: str, rows: Sequence[Any]
) -> list[Reply]:
    """A plan file's rows (bot.exports.importer results: ImportedRow with `.draft` or
    RowError with `.reason`) become the pending drafts, summarised with the bad rows; when
    drafts are pending already, the add / replace / keep-both question comes first."""
    good = [r for r in rows if hasattr(r, "draft")]
    now, tz = ctx.wall_now(), ctx.config.tz
    calendar = await load_school_calendar(ctx.store)  # «после уроков»: the lessons' end
    # rows of several sheets repeat row numbers: lines are then numbered 1..n and shown
    # with their sheet and row, so the number shown is always the number edited
    several_sheets = any(getattr(r, "sheet", None) for r in good)
    # a month grid gives several events per row: they are numbered 1..n (and their row shown)
    repeated = len({r.row_number for r in good}) != len(good)
    read = [(r, _by_calendar(r, calendar, now)) for r in good]
    new = numbered(
        [
            {
                **draft_json.draft_to_json(drafts.with_timing_doubts(in_zone(d, tz), now)),
                "organiser": r.organiser,
                "row": r.row_number,
                "file": filename,
            }
            | ({"apart": True} if repeated else {})  # shown as «N (строка R)»
            | ({"sheet": r.sheet} if getattr(r, "sheet", None) else {})
            | ({"caption": r.caption} if getattr(r, "caption", None) else {})  # «январь 2027»
            | ({PLAN_OWNER_KEY: r.plan_owner} if getattr(r, "plan_owner", None) else {})
            | ({BESIDE_DAY_KEY: True} if getattr(r, "beside_day", False) else {})
            | column_note(d, getattr(r, "period", None), calendar)  # «I полугодие»: its days
            for r, d in read
        ],
        None if several_sheets or repeated else [r.row_number for r in good],
    )
    new = await linked_to_partner_events(ctx, person, new)  # «по плану партнёра» (fix77)
    new, gone = await without_chat_cancelled(ctx, person, new)  # attack 2026-12-03aa, #3
    dropped = drop_stale(ctx, dialog) if new else []
    errors = [
        {"row": r.row_number, "reason": str(r.reason), "value": r.value}
        | ({"sheet": r.sheet} if getattr(r, "sheet", None) else {})
        for r in rows
        if not hasattr(r, "draft")
    ]
    if new and _same_plan_pending(dialog, new):  # sent again while it waits for «да»
        again = await plan_summary(
            ctx, person, dialog, row_errors=errors, filename=filename, chat_cancelled=gone
        )
        return [*dropped, Reply("plan_already_pending", {"count": len(new)}), *again]
    if dialog.pending and new:
        return ask_add_or_replace(dialog, new)
    dialog.clear_pending()
    dialog.pending = new
    summary = await plan_summary(
        ctx, person, dialog, row_errors=errors, filename=filename, chat_cancelled=gone
    )
    return [*dropped, *summary]


def _by_calendar(row: Any, calendar: SchoolCalendar, now: datetime) -> EventDraft:
    """A plan file's row's draft read by the school calendar: timed when its time cell
    gives the time by lessons («после уроков» at its grades' lessons' end, «после 6 урока»
    by the bell schedule), a period grid's day checked by the school's own terms (files66),
    a row naming a whole term given the term's days (files74; `now`: the school's naive
    wall clock); as it is otherwise."""
    draft = drafts.at_lessons_end(row.draft, calendar)
    draft = drafts.at_bells(draft, getattr(row, "lesson", None), calendar)
    period = getattr(row, "period", None)
    draft = term_period(draft, period, getattr(row, "held", None), calendar, now)
    return in_term_column(draft, period, calendar)


async def without_chat_cancelled(
    ctx: Context[PlanStore], person: Person, rows: Sequence[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A plan file's pending rows (JSON drafts) without those that are events the chat
    cancelled since — every meeting of the row a cancelled event of the organisation it
    would be saved for, at that slot now or before (bot.core.features.chat_cancelled) — so
    that «да» does not bring them back as new live events (attack 2026-12-03aa, #3); and
    those as the summary names them: {"number", "row", "sheet", "event": the row's first
    meeting, "was": the cancelled event} (event_view shapes, school-zone times)."""
    orgs = await ctx.orgs()
    meetings: list[list[NewEvent]] = []
    for raw in rows:
        draft = draft_json.draft_from_json(raw)
        meetings.append(
            drafts.to_new_events(
                draft,
                organisation_id=await organisation_for(ctx, person, raw, create=False),
                tz=ctx.config.tz,
                created_by=person.id,
            )
            if drafts.is_complete(draft)
            else []
        )
    holders = iter(await cancelled_holders(ctx.store, [e for row in meetings for e in row]))
    kept: list[dict[str, Any]] = []
    gone: list[dict[str, Any]] = []
    for raw, events in zip(rows, meetings, strict=True):
        found = [next(holders) for _ in events]
        if not events or any(e is None for e in found):
            kept.append(raw)
            continue
        was = found[0]
        assert was is not None
        line = {"number": raw.get("line"), "row": raw.get("row"), "sheet": raw.get("sheet")}
        gone.append(line | {"event": event_view(events[0], orgs), "was": event_view(was, orgs)})
    return kept, gone


def _same_plan_pending(dialog: Dialog, new: Sequence[Mapping[str, Any]]) -> bool:
    """Whether the pending plan is `new` as it came (the same rows, their numbers, whatever
    the file's name: a methodist re-sending the file after no answer, walk t #4), with no
    add / replace / keep-both question open. A plan whose lines were fixed or dropped since
    is another plan: that question is asked."""
    if isinstance(dialog.waiting, DraftChoice) and dialog.incoming:
        return False

    def bare(rows: Sequence[Mapping[str, Any]]) -> list[str]:
        return sorted(
            json.dumps({k: v for k, v in r.items() if k != "file"}, sort_keys=True, default=str)
            for r in rows
        )

    return len(dialog.pending) == len(new) and bare(dialog.pending) == bare(new)


async def _refused_or_asked(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, intent: AddEvents
) -> list[Reply]:
    """What someone who may not add events gets for a message read as an event: a student's
    message that asks what is on («… на следующей неделе … что там есть») gets the plan of
    the period it names, or «не понял» with the student's examples when it names none —
    never the refusal meant for someone pasting an event (walk r, 2026-12-02, #15)."""
    text = " ".join(d.description or "" for d in intent.drafts)
    if person.role is Role.STUDENT and asks_what_is_on(text):
        query = asked_period(text, ctx.wall_now())
        if query is None:
            return [Reply("not_understood", {"role": person.role.value})]
        return await answer_query(ctx, person, dialog, query)
    return [Reply("not_allowed_add", {"role": person.role.value})]


async def add_events(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, intent: AddEvents
) -> list[Reply]:
    """A new event (ask what is missing, or show its card) or a pasted plan (a summary,
    naming its lines marked cancelled, which are never saved: walk 2026-12-01k, #7)."""
    events = intent.drafts
    if not can_add_events(person):
        return await _refused_or_asked(ctx, person, dialog, intent)
    if any({"lesson_time", "lesson_clock"} & set(d.doubts) for d in events):  # by the bells
        calendar = await load_school_calendar(ctx.store)
        single_event = len(events) == 1  # «НА БОЛЬШОЙ ПЕРЕМЕНЕ» asked of one event only
        events = tuple(
            drafts.at_bells(d, None, calendar, capitals_asked=single_event) for d in events
        )
    if not events:  # every event line of the pasted plan is marked cancelled
        left_out = {"incomplete": [], "incomplete_lines": [], "skipped": list(intent.skipped)}
        nothing: dict[str, Any] = {"errors": [], "year_lines": [], "filename": None}
        context = {**left_out, **nothing, "cancelled": list(intent.cancelled)}
        return [Reply("plan_incomplete", context)]
    single = len(events) == 1 and not intent.cancelled
    moved = await looks_like_move(ctx, person, dialog, events[0]) if single else None
    if moved is not None:  # «Лекция переносим на 11.12» is no new event
        return moved
    asks_where = False
    said = events[0].description or ""
    if single and events[0].venue is None and names_same_place(said):
        venue = await last_venue(ctx, person)  # «Адрес тот же» (walk t, #22)
        title = without_same_place(events[0].title)  # not «…, Адрес тот же» (attack v, #13)
        events = (replace(events[0], venue=venue, title=title),)
        asks_where = venue is None
    elif single and events[0].venue is None and mentions_same_place(said):
        asks_where = True  # «Сбор у проходной, там же выдадим пропуска» (attack v, #12)
    elif intent.one_post and events[0].venue is None and names_same_place(said):
        events = await _post_same_place(ctx, person, events)
    new = numbered([draft_json.draft_to_json(d) for d in events])
    if intent.skipped and len(new) > 1:  # named again by «Сохранено» (walk 2026-12-02n)
        new[0][SKIPPED_KEY] = list(intent.skipped)
    if intent.one_post:
        new = [{**line, POST_KEY: True} for line in new]
    if single or intent.one_post:  # a partner's post pasted by the staff: its host's
        organisers.attach(person, new)
    if school_cards.is_for_schools(dialog):  # an event for several schools is open (issue 14)
        if not _corrects(dialog, events):
            return [Reply("schools_pending_first", {"title": dialog.drafts()[0].title})]
        new[0][school_cards.SCHOOLS_KEY] = dialog.pending[0][school_cards.SCHOOLS_KEY]
    dropped = drop_stale(ctx, dialog)
    held_line = _held_line_resent(dialog, events)
    if held_line is not None:  # «пришлите их отдельно»: the held line sent again, corrected
        kept = {k: v for k, v in dialog.pending[held_line].items() if k in LINE_KEYS}
        dialog.pending[held_line] = {**new[0], **kept}
        return [*dropped, *await plan_summary(ctx, person, dialog)]
    retimed = retimes_a_line(dialog, events)
    if retimed is not None:  # «экскурсия в 12:30» under a plan: that line's time (newcomer77)
        fixed = retime_line(dialog, retimed, said, ctx.wall_now())
        if fixed is not None:
            return [*dropped, *await line_retimed(ctx, person, dialog, fixed)]
    if dialog.pending and not _corrects(dialog, events):
        return ask_add_or_replace(dialog, new)
    dropped += _replaced_note(dialog, events)
    dialog.clear_pending()
    dialog.pending = new
    if asks_where:  # «Адрес тот же» with no earlier place: «Где пройдёт …?»
        return [*dropped, *ask_edit(dialog, EditableField.VENUE, person.role.value)]
    if single:
        return [*dropped, *await continue_draft(ctx, person, dialog)]
    summary = await plan_summary(ctx, person, dialog, intent.skipped, cancelled=intent.cancelled)
    return [*dropped, *summary]


def drop_stale(ctx: Context[PlanStore], dialog: Dialog) -> list[Reply]:
    """Forget pending drafts too old to stand in a new event's way (Dialog.stale_drafts: the
    day passed, or left unsaved longer than STALE_DRAFT_AGE) before a new event or plan is
    taken: [«draft_stale_dropped»] naming the first (`title`, `count`; an untitled one by its
    school-local `start` and `all_day`, newcomer walk 2026-12-04ai AI2: it was «»), or [] when
    nothing was dropped (newcomer walk 2026-12-01h #12)."""
    if not dialog.stale_drafts(ctx.clock.now(), ctx.wall_now().date()):
        return []
    old = dialog.drafts()
    context = {
        "title": old[0].title,
        "start": old[0].start,
        "all_day": old[0].all_day,
        "count": len(old),
        "days": STALE_DRAFT_AGE.days,
    }
    dialog.clear_pending()
    return [Reply("draft_stale_dropped", context)]


def _replaced_note(dialog: Dialog, events: Sequence[EventDraft]) -> list[Reply]:
    """[«draft_replaced»] naming the pending draft a new one with its title replaces
    (`_corrects`) when the two are on different days (another day may be another event:
    a weekly «Лекция»), so the card it replaces is named, never dropped unseen (newcomer
    walk 2026-12-02m, #8: an open card of a 6 December «Лекция» vanished under a 12
    December one); [] otherwise."""
    if not dialog.pending or not _corrects(dialog, events):
        return []
    old, new = dialog.drafts()[0], events[0]
    if old.start is None or new.start is None or old.start.date() == new.start.date():
        return []  # the same day at another hour, or no day yet: the correction the card asks for
    context = {
        "title": old.title,
        "start": old.start,
        "end": old.end,
        "all_day": old.all_day,
        "venue": old.venue,
    }
    return [Reply("draft_replaced", context)]


LINE_KEYS = ("organiser", "row", "sheet", "line", "file", "apart", SKIPPED_KEY, POST_KEY)


def _held_line_resent(dialog: Dialog, events: Sequence[EventDraft]) -> int | None:
    """The index of the pending plan's held-back line (one `_complete` refuses) that a
    single new event with its title corrects («Конкурс чтецов 22 декабря в 11:30, 5А» for
    a line under «21–25 декабря:» kept pending for its day); None when there is none, the
    pending drafts are no plan, or a question about new drafts is open."""
    if len(events) != 1 or len(dialog.pending) < 2 or dialog.incoming:
        return None
    title = events[0].title.casefold().strip()
    for index, draft in enumerate(dialog.drafts()):
        if not _complete(draft) and draft.title.casefold().strip() == title:
            return index
    return None


async def line_retimed(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, fixed: tuple[int, str]
) -> list[Reply]:
    """The reply to a plan line retimed by its name (named_lines.retime_line: its number and
    title `fixed`): «✏️ Исправил строку N («…»)» and the plan again, as «исправь N: …»."""
    number, title = fixed
    note = Reply("plan_line_fixed", {"number": number, "title": title})
    return [note, *await show_pending(ctx, person, dialog)]


def _corrects(dialog: Dialog, events: Sequence[EventDraft]) -> bool:
    """A single new event with the single pending draft's title is the corrected version
    the card asks for ("или пришлите исправленный вариант"), not another event."""
    if len(events) != 1 or len(dialog.pending) != 1:
        return False
    return events[0].title.casefold().strip() == dialog.drafts()[0].title.casefold().strip()


async def on_choose_draft(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, answer: ChooseDraft
) -> list[Reply]:
    """Add the new drafts to the pending plan, replace it, keep both (the pending ones are
    put aside until the new ones are done), or («нет») forget the new ones; «да» picks
    none of them, so the question is asked again and nothing is saved."""
    if answer.corrected is not None and len(dialog.incoming) == 1 and dialog.pending:
        # a correction typed at the question is the new draft's: shown, asked again, nothing
        # saved (newcomer walk 2026-12-04ag, AG9)
        dialog.incoming = [{**dialog.incoming[0], **draft_json.draft_to_json(answer.corrected)}]
        dialog.waiting = DraftChoice()
        shown = await _draft_view(ctx, person, answer.corrected)
        return [choice_question(dialog, "draft_choice_corrected", shown=shown)]
    if answer.choice is DraftChoiceKind.AGAIN and dialog.incoming and dialog.pending:
        dialog.waiting = DraftChoice()
        return [choice_question(dialog, "draft_choice_again", answer.fragment)]
    incoming, dialog.incoming = dialog.incoming, []
    if not incoming or not dialog.pending:
        dialog.settle()
        return [Reply("nothing_pending", {"role": person.role.value})]
    choice = answer.choice
    if choice is DraftChoiceKind.DROP:  # each dropped event named (walk m, #8)
        titles = [draft_json.draft_from_json(raw).title for raw in incoming]
        context = {"titles": titles[:TITLES_NAMED], "more": max(0, len(titles) - TITLES_NAMED)}
        return [Reply("draft_choice_dropped", context), *await show_pending(ctx, person, dialog)]
    if choice is DraftChoiceKind.ADD and dialog.open_field() is not None:
        # the kept draft's own question stays open: the new ones wait, named, and come back
        # once it is saved or dropped (newcomer walk 2026-12-02n, #7: «добавь» made it a
        # plan row «все классы» that «да» saved)
        dialog.stashed = incoming + dialog.stashed
        titles = [draft_json.draft_from_json(raw).title for raw in incoming]
        context = {"titles": titles[:TITLES_NAMED], "more": max(0, len(titles) - TITLES_NAMED)}
        return [Reply("draft_choice_later", context), *await show_pending(ctx, person, dialog)]
    if choice is DraftChoiceKind.ADD:
        last = max(line_numbers(dialog.pending), default=0)
        added = [_for_own_class(person, raw) for raw in incoming]
        dialog.pending = dialog.pending + numbered(added, after=last)
    elif choice is DraftChoiceKind.BOTH:
        dialog.stashed = dialog.stashed + dialog.pending
        dialog.pending, dialog.pending_since = incoming, None  # new drafts: their own age
    else:
        dialog.pending, dialog.pending_since = incoming, None
    dialog.audience_asked = False
    return await show_pending(ctx, person, dialog)


def _for_own_class(person: Person, raw: dict[str, Any]) -> dict[str, Any]:
    """A new draft (`raw`, its JSON) added to the open one by «добавь», for a class
    teacher's own class when it names no audience, as its own card would have it
    (adding.own_class_default; chat60: the plan line said «все классы» and was so saved)."""
    own = own_class_default(person, draft_json.draft_from_json(raw), asked=False)
    return raw if own is None else {**raw, **draft_json.draft_to_json(own)}


async def _draft_view(
    ctx: Context[PlanStore], person: Person, draft: EventDraft
) -> dict[str, Any] | None:
    """The event `draft` would store first, as a card shows it (event_view); None for a
    draft with no day yet."""
    if draft.start is None:
        return None
    org_id = await ctx.organisation_of(person)
    events = drafts.to_new_events(
        draft, organisation_id=org_id, tz=ctx.config.tz, created_by=person.id
    )
    return event_view(events[0], await ctx.orgs()) if events else None


async def on_yes(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "да" or the save button: store what is pending. While the bot waits for a missing
    part of the draft («Для каких классов?»), «да» is no answer: the question is asked again
    instead of saving a guess (the whole school, for one) unseen."""
    if not dialog.pending:
        return [Reply("nothing_pending", {"role": person.role.value})]
    asked = dialog.asked_field()
    if asked is not None:  # «да» to «…с 15 по 17 декабря… Как правильно?»: its words, buttons
        again = span_asked_again(dialog, ctx.wall_now())
        return [again or Reply(f"ask_{asked}_again", {})]
    return await save(ctx, person, dialog)


async def on_no(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "нет": drop what is pending. A single draft asked «…имеется в виду 15 октября 2027
    года?» is kept and its day asked for («ask_date_year_no»); one whose day answered lies
    outside the period it named is kept and asked for another day within it. A plan whose lines ask
    «…имеется в виду 2027 год?» (`year_lines`) is kept too: «нет» may answer that question
    as well as «Сохранить все?», so nothing is saved or dropped, and the reply
    («plan_year_kept») names those lines and how to give one its year («исправь 2:
    15.10.2027»), save the rest («сохрани без …») or drop the plan («Не сохранять»)."""
    if not dialog.pending:
        return [Reply("nothing_pending", {"role": person.role.value})]
    asked_field = dialog.asked_field()
    single = dialog.drafts()[0] if len(dialog.pending) == 1 else None
    if single is not None and drafts.year_asked(single, asked_field and asked_field.value):
        # «нет» to «…имеется в виду 15 октября 2027 года?»: the day is asked again, the draft
        # kept (its «Не сохранять» button drops it); year_asked: a start is there
        context = {"title": single.title, "start": single.start}
        buttons = ((Button("discard", payload(ButtonAction.DISCARD), style="negative"),),)
        return [Reply("ask_date_year_no", context, buttons=buttons)]
    if single is not None and asked_field is not None and "outside_period" in single.doubts:
        return [_another_day_in_period(dialog, single, ctx.wall_now())]
    asked = year_lines(dialog)
    if asked:
        dialog.settle()
        kept: dict[str, Any] = {"lines": asked, "count": len(dialog.pending)}
        return [Reply("plan_year_kept", kept, buttons=(confirm_row(several=True),))]
    return await discard_and_restore(ctx, person, dialog)


def _another_day_in_period(dialog: Dialog, single: EventDraft, now: datetime) -> Reply:
    """«нет» to «15 января — это не в декабре. Если всё же 15 января — ответьте «да»»: not
    that day (newcomer walk 2026-12-01l, #9: the draft was deleted): the day answered is
    dropped and asked again within the period; the draft, its time and its place stay."""
    doubts = tuple(d for d in single.doubts if d != "outside_period")
    again = replace(single, start=None, end=None, doubts=doubts)
    set_single_draft(dialog, again)
    return drafts.ask_reply(again, "date", now)


async def on_save_copy(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """«Добавить ещё одно» (a resent event's card): a second event, not an update of the
    saved one; with no such card, the same as «да»."""
    resending.as_new(dialog)
    return await on_yes(ctx, person, dialog, Command(CommandKind.YES))


async def on_discard(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """The discard button."""
    return await discard_and_restore(ctx, person, dialog)


ROUTES: Routes = {
    AddEvents: add_events,
    ChooseDraft: on_choose_draft,
    RepeatQuestion: on_repeat_question,
}
COMMANDS: Commands = {
    CommandKind.YES: on_yes,
    CommandKind.NO: on_no,
    CommandKind.DISCARD: on_discard,
    CommandKind.SAVE_COPY: on_save_copy,
}
