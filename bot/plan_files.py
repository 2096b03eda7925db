"""The stored plan as files and files into the plan: the glue between the store and
bot.exports, shared by the CLI (`python -m bot export|import`) and the VK transport."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core import drafts
from bot.core.clashes import clashes_among, find_clashes, flagged_events
from bot.core.features.chat_cancelled import cancelled_holders
from bot.core.features.files import agreements_scope
from bot.core.features.organisers import known_or_new
from bot.core.features.resending import title_key
from bot.core.features.same_event import STORED_KEY, past_slots
from bot.core.language.post_draft import in_zone
from bot.core.models import (
    ALL_STUDENTS,
    Audience,
    Clash,
    Event,
    EventStatus,
    NewEvent,
    Person,
    Role,
)
from bot.core.planner import Planner
from bot.core.ports import Clock
from bot.core.replies import ALL_FIGURES, DocumentRequest, FiguresScope, Reply
from bot.core.reports import event_ratings
from bot.exports.caption_school import other_school
from bot.exports.files import ExportFile, ExportFormat, export_file
from bot.exports.importer import (
    ImportedRow,
    ImportFileError,
    PlanBook,
    RowError,
    RowProblem,
    pasted_plan,
    read_plan_book,
)
from bot.exports.model import (
    PlanRow,
    build_rows,
    for_audience,
    for_organisation,
    with_agreements_of,
    with_figures_of,
    with_texts_of,
    without_planning_notes,
)
from bot.exports.names import scoped
from bot.storage import PlanStore

DEFAULT_SPAN = timedelta(days=365)
FEED_PAST = timedelta(days=60)  # a subscribed calendar keeps the recent past
PARALLEL_PARSES = 2  # plan files parsed at once (each peaks at ~100 MB at the limits)
_PARSING = threading.BoundedSemaphore(PARALLEL_PARSES)


async def collect_rows(
    store: PlanStore,
    tz: ZoneInfo,
    first: date,
    last: date | None,
    *,
    organisation_id: int | None = None,
    audience: Audience | None = None,
) -> list[PlanRow]:
    """Plan rows for [first, last] (inclusive) with clashes, sign-ups and ratings.

    Cancelled events are kept here; export_file leaves them out of xlsx/ods/pdf unless
    asked (ics keeps them as STATUS:CANCELLED).
    """
    start = datetime.combine(first, time(), tzinfo=tz)
    end = datetime.combine((last or first + DEFAULT_SPAN) + timedelta(days=1), time(), tzinfo=tz)
    events = await store.events_overlapping(start, end, include_cancelled=True)
    pool = await store.events_overlapping(start - timedelta(days=1), end + timedelta(days=1))
    live = [e for e in events if e.status.value != "cancelled"]
    clashes: dict[int, list[Clash]] = {e.id: [] for e in events}
    for event, clash in clashes_among(live, pool):
        clashes[event.id].append(clash)
    ids = [e.id for e in events]
    orgs = {o.id: o for o in await store.list_organisations()}
    feedback = await store.feedback_of(ids)
    rows = build_rows(
        events,
        orgs,
        clashes,
        signups=await store.signup_counts(ids),
        ratings=event_ratings(feedback),
        answers=_by_event(feedback),
        calendar={e.id: found for e, found in await flagged_events(store, live, tz)},
        moved=await moved_since_written(store, events),
    )
    if organisation_id is not None:
        rows = for_organisation(rows, organisation_id)
    if audience is not None and not audience.is_everyone:
        rows = for_audience(rows, audience)
    return rows


async def moved_since_written(store: PlanStore, events: Sequence[Event]) -> set[int]:
    """Ids of the events with a text (details.description) whose start or end is no longer
    the one they were added with (the audit log's "add" row): the text names the old day or
    time. Only events changed since added (version > 1) are read, one audit query each."""
    moved = set()
    for event in events:
        if not event.details.description or event.version <= 1:
            continue
        added = next((a for a in await store.audit_entries(event.id) if a["action"] == "add"), None)
        if added is None:
            continue
        first = added["details"]
        try:
            start = datetime.fromisoformat(first["start"])
            end = datetime.fromisoformat(first["end"])
        except (KeyError, TypeError, ValueError):  # an older or foreign audit row
            continue
        if start != event.start or end != event.end:
            moved.add(event.id)
    return moved


def _by_event(answers: Sequence[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    """Poll answers (`feedback_of` rows) grouped by event id."""
    found: dict[int, list[dict[str, Any]]] = {}
    for answer in answers:
        found.setdefault(int(answer["event_id"]), []).append(answer)
    return found


async def export_plan(
    store: PlanStore,
    tz: ZoneInfo,
    fmt: ExportFormat,
    first: date,
    last: date | None,
    *,
    now: datetime,
    school_name: str,
    organisation_id: int | None = None,
    audience: Audience | None = None,
    include_cancelled: bool = False,
    figures: FiguresScope = ALL_FIGURES,
    school: str | None = None,
    planning_notes: bool = True,
    texts: FiguresScope = ALL_FIGURES,
    agreements: FiguresScope = ALL_FIGURES,
) -> ExportFile:
    """The plan as an xlsx/ods/ics/pdf file (PDF: the week of `first`); cancelled events
    only in ics, or everywhere with `include_cancelled`; sign-ups and ratings only of the
    events `figures` lets the reader see; `school`: the school's key in a city deployment
    (scopes the calendar's UIDs); without `planning_notes` (a student's file) no clashes,
    school-calendar warnings or pasted messages (model.without_planning_notes); pasted
    messages only of the events `texts` shows (a partner: its own, model.with_texts_of); the
    curator's agreement only of the events `agreements` shows (model.with_agreements_of)."""
    if fmt is ExportFormat.PDF:
        monday = first - timedelta(days=first.weekday())
        first, last = monday, monday + timedelta(days=6)
    rows = await collect_rows(
        store, tz, first, last, organisation_id=organisation_id, audience=audience
    )
    rows = with_texts_of(with_figures_of(rows, figures.shows), texts.shows)
    rows = await _class_counts(store, rows, figures)
    rows = with_agreements_of(rows, agreements.shows)
    if not planning_notes:
        rows = without_planning_notes(rows)
    file = await asyncio.to_thread(
        export_file,
        fmt,
        rows,
        tz,
        first_day=first,
        last_day=last,
        generated_at=now,
        school_name=school_name,
        include_cancelled=include_cancelled,
        school=school,
    )
    return scoped(file, fmt, first, last, await _scope(store, organisation_id, audience))


async def _class_counts(
    store: PlanStore, rows: Sequence[PlanRow], figures: FiguresScope
) -> list[PlanRow]:
    """`rows` with «Записались» counting one class's sign-ups (going, not waiting) where
    `figures` counts only that class's (FiguresScope.counted_class: a class teacher's class
    on an event they may not change, as «кто записался» answers them: newcomer walk
    2026-12-03ad, AD1 — the 9Б teacher's file counted a 10А student)."""
    counted = []
    for row in rows:
        own = figures.counted_class(row.event) if row.signups is not None else None
        if own is not None:
            going = await store.signed_up(row.event.id, "going")
            ours = sum(1 for p in going if p.class_name == own)
            row = replace(row, signups=ours, counted_class=own)
        counted.append(row)
    return counted


async def _scope(store: PlanStore, organisation_id: int | None, audience: Audience | None) -> str:
    """What a narrowed export is for, for its file name: the partner and/or the classes."""
    parts = []
    if organisation_id is not None:
        org = await store.get_organisation(organisation_id)
        parts.append(org.name if org else str(organisation_id))
    if audience is not None and not audience.is_everyone:
        parts += [str(g) for g in sorted(audience.grades)] + sorted(audience.classes)
    return " ".join(parts)


async def make_document(
    store: PlanStore,
    tz: ZoneInfo,
    request: DocumentRequest,
    *,
    now: datetime,
    school_name: str,
    school: str | None = None,
) -> ExportFile:
    """The file a reply asks to attach (see bot.core.replies.DocumentRequest); `school` as
    in `export_plan`."""
    return await export_plan(
        store,
        tz,
        ExportFormat(request.fmt),
        request.start,
        request.end,
        now=now,
        school_name=school_name,
        organisation_id=request.organisation_id,
        audience=request.audience,
        figures=request.figures,
        school=school,
        planning_notes=request.planning_notes,
        texts=request.texts,
        agreements=request.agreements,
    )


async def calendar_feed(
    store: PlanStore,
    tz: ZoneInfo,
    person: Person,
    *,
    now: datetime,
    school_name: str,
    school: str | None = None,
) -> ExportFile:
    """A person's live calendar: the whole plan for the school's staff, one's own
    organisation's events for a partner, one's class for a student (all if unknown) and
    the events they signed up for, whatever their classes; the curator's agreement only
    where their plan file shows it (files.agreements_scope: review57, #1 — a student's feed
    showed «⏳ Ждёт согласования куратора»); `school` as in `export_plan`."""
    organisation_id, audience, name = None, None, school_name
    if person.role is Role.PARTNER and person.organisation_id is not None:
        organisation_id = person.organisation_id
        org = await store.get_organisation(organisation_id)
        name = org.name if org else name
    elif person.role is Role.STUDENT and person.class_name:
        audience = Audience(classes=frozenset({person.class_name}))
        name = f"{school_name}, {person.class_name}"
    elif person.role is Role.STUDENT:
        audience = ALL_STUDENTS  # every student event, never the staff's own
    first = (now - FEED_PAST).astimezone(tz).date()
    if person.role is Role.STUDENT and audience is not None:
        # one's own sign-ups too, whatever their classes (a class changed since, a sign-up
        # made before naming the class: newcomer walk 2026-12-01h, #15 of its report)
        since = datetime.combine(first, time(), tzinfo=tz)
        own = {e.id for e, _ in await store.events_of_person(person.id, since)}
        everything = await collect_rows(store, tz, first, None)
        shown = own | {r.event.id for r in for_audience(everything, audience)}
        rows = without_planning_notes([r for r in everything if r.event.id in shown])
    else:
        rows = await collect_rows(
            store, tz, first, None, organisation_id=organisation_id, audience=audience
        )
    rows = with_agreements_of(rows, agreements_scope(person).shows)
    return await asyncio.to_thread(
        export_file,
        ExportFormat.ICS,
        rows,
        tz,
        first_day=first,
        last_day=None,
        generated_at=now,
        school_name=school_name,
        calendar_name=name,
        school=school,
    )


def document_maker(
    store: PlanStore, tz: ZoneInfo, clock: Clock, school_name: str, school: str | None = None
) -> Callable[[DocumentRequest], Awaitable[ExportFile]]:
    """What a transport calls to build the file a reply asks for, at the bot's clock;
    `school` as in `export_plan`."""

    async def make(request: DocumentRequest) -> ExportFile:
        return await make_document(
            store, tz, request, now=clock.now(), school_name=school_name, school=school
        )

    return make


async def import_plan_file(planner: Planner, vk_id: int, filename: str, data: bytes) -> list[Reply]:
    """A plan file someone sent (a VK document, the console's /file): read it, and let the
    planner summarise its rows, or word why the whole file is unusable. When the file has
    several sheets or tables, a first reply names the ones read and skipped."""
    now = planner.clock.now().astimezone(planner.config.tz)
    try:
        book = await read_book_file(data, filename, now)
    except ImportFileError as error:
        return await planner.handle_import(vk_id, filename, [], error.problem.value)
    replies = await planner.handle_import(vk_id, filename, book.rows)
    return [
        *school_reply(book, filename, planner.config.school_name, replies),
        *sheets_reply(book, filename, replies),
        *notes_reply(book, replies),
        *replies,
    ]


def school_reply(
    book: PlanBook, filename: str, school_name: str, replies: Sequence[Reply]
) -> list[Reply]:
    """Reply "import_other_school" when the file's caption names a school other than this
    one (caption_school.other_school: «СОШ № 5» sent to «Гимназия №32»'s bot), unless the
    planner refused the file outright; the summary below still waits for «да»."""
    if not other_school(book.school, school_name) or not replies or book.school is None:
        return []
    if replies[0].template in ("not_allowed_add", "import_failed", "error"):
        return []
    context = {"filename": filename, "written": book.school.written, "school": school_name}
    return [Reply("import_other_school", context)]


def sheets_reply(book: PlanBook, filename: str, replies: Sequence[Reply]) -> list[Reply]:
    """Reply "import_sheets" (sheets/tables read and skipped) when there was a choice,
    unless the planner refused the file outright."""
    if len(book.read) + len(book.skipped) + len(book.hidden) < 2 or not replies:
        return []
    if replies[0].template in ("not_allowed_add", "import_failed", "error"):
        return []
    context = {
        "filename": filename,
        "read": [{"index": s.index, "name": s.name} for s in book.read],
        "skipped": [{"index": s.index, "name": s.name} for s in book.skipped],
        "hidden": [{"index": s.index, "name": s.name} for s in book.hidden],
    }
    return [Reply("import_sheets", context)]


def notes_reply(book: PlanBook, replies: Sequence[Reply]) -> list[Reply]:
    """Reply "import_notes" naming the rows not read because hidden and the rows read with a
    cell that looks like a formula (bot.exports.importer.PlanBook), when there are any,
    unless the planner refused the file outright."""
    if not (book.hidden_rows or book.formula_rows) or not replies:
        return []
    if replies[0].template in ("not_allowed_add", "import_failed", "error"):
        return []
    return [Reply("import_notes", file_notes(book))]


def file_notes(book: PlanBook) -> dict[str, list[dict[str, object]]]:
    """The context of locales' import_notes: hidden rows and formula-like rows as dicts
    (row, sheet, value), shared by the chat and the command line."""
    return {
        "hidden_rows": [asdict(r) for r in book.hidden_rows],
        "formula_rows": [asdict(r) for r in book.formula_rows],
    }


@dataclass
class ImportReport:
    """What `import_rows` did: events saved, rows refused (`errors`), rows read but not
    complete enough to save (`incomplete`: a day without a time, a doubtful date — the
    chat lists the same lines as «нет времени» …), and the saved events' clashes by id."""

    saved: list[Event] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    incomplete: list[ImportedRow] = field(default_factory=list)
    clashes: dict[int, list[Clash]] = field(default_factory=dict)
    # events of the file already stored (same_event.STORED_KEY, same organisation, not
    # cancelled), not saved again: the same file imported twice (attack y, #4)
    already: list[NewEvent] = field(default_factory=list)
    # those of `already` stored under another slot: moved or renamed in the chat since the
    # file was imported (walk z, Z7), as (the row, the stored event as it is now)
    moved: list[tuple[NewEvent, Event]] = field(default_factory=list)
    # rows that are events cancelled in the chat since (moved first or not), not saved:
    # the old file run again does not bring them back (attack 2026-12-03aa, #3), as (the
    # row, the cancelled event as it is now)
    cancelled: list[tuple[NewEvent, Event]] = field(default_factory=list)


async def read_book_file(data: bytes, filename: str, now: datetime) -> PlanBook:
    """Parse an uploaded plan (blocking work off the event loop) under the default Limits;
    raises ImportFileError. At most PARALLEL_PARSES files are parsed at once, so memory
    stays bounded however many people send files at the same moment."""
    return await asyncio.to_thread(_parse_in_turn, data, filename, now.replace(tzinfo=None))


def _parse_in_turn(data: bytes, filename: str, now: datetime) -> PlanBook:
    with _PARSING:
        return read_plan_book(data, filename, now)


async def read_plan_file(data: bytes, filename: str, now: datetime) -> list[ImportedRow | RowError]:
    """The rows of read_book_file."""
    return (await read_book_file(data, filename, now)).rows


async def import_rows(
    store: PlanStore,
    tz: ZoneInfo,
    rows: Sequence[ImportedRow | RowError],
    *,
    default_organisation_id: int,
    actor_id: int | None,
    at: datetime | None = None,
) -> ImportReport:
    """Store the good rows (bad ones are reported by number, never block the good ones);
    rows that the chat would ask about (`drafts.is_complete` false) are not saved but
    reported in `incomplete`, as the chat's plan summary lists them.

    The organiser column names the organisation (created as a partner when new); `at` (now,
    aware) is the saved events' timed_at (bot.core.reminders.reminder_plan).
    """
    report = ImportReport(errors=[r for r in rows if isinstance(r, RowError)])
    events: list[NewEvent] = []
    for row in rows:
        if not isinstance(row, ImportedRow):
            continue
        if row.draft.start is None or not drafts.is_complete(row.draft):
            report.incomplete.append(row)
            continue
        org_id = await _organisation_id(store, row.organiser, default_organisation_id)
        if org_id is None:  # «Музей» with two museums: the row is refused, none is picked
            report.errors.append(
                RowError(row.row_number, RowProblem.UNCLEAR_ORGANISER, row.organiser, row.sheet)
            )
            continue
        draft = in_zone(row.draft, tz)  # a time in Moscow time, moved to this school's zone
        events += drafts.to_new_events(draft, organisation_id=org_id, tz=tz, created_by=actor_id)
    split = await split_stored(store, events)
    events, report.already, report.moved, report.cancelled = split
    if events:  # the command line's plan is the curator's: agreed as stored (walk t, #16)
        agreed_at = at if at is not None else datetime.now(UTC)
        events = [replace(e, agreed_at=agreed_at, agreed_by=actor_id) for e in events]
        report.saved = await store.add_events(events, actor_id, at=at)
    for event in report.saved:
        others = await store.events_overlapping(event.start - timedelta(days=1), event.end)
        found = find_clashes(event, others)
        if found:
            report.clashes[event.id] = found
    return report


async def split_stored(
    store: PlanStore, events: Sequence[NewEvent]
) -> tuple[
    list[NewEvent], list[NewEvent], list[tuple[NewEvent, Event]], list[tuple[NewEvent, Event]]
]:
    """`events` split into those not stored yet and those already stored, and of the
    latter those stored under another slot, and those cancelled in the chat: (fresh,
    already, moved as (row, stored event), cancelled as (row, cancelled event)); `fresh`
    and `already` hold every event once, `cancelled` holds those in neither.

    Stored: a live event of the same organisation equal on
    bot.core.features.same_event.STORED_KEY (title, start, end, place, classes); an import
    run again — after a kill that hid its answer, or by mistake — saves nothing twice
    (attack y, #4). Stored under another slot: a live event of the same organisation that
    once had the row's title (case, quotes, «ё» ignored), start and end — the file's row,
    moved or renamed in the chat since (newcomer walk 2026-12-03z, Z7); each stored event
    answers one row at most. A row moved in the file itself is a new event. Cancelled: a row
    neither, whose organisation's cancelled event has or once had its title, start and end
    (bot.core.features.chat_cancelled): not to be saved again (attack 2026-12-03aa, #3)."""
    fresh: list[NewEvent] = []
    already: list[NewEvent] = []
    moved: list[tuple[NewEvent, Event]] = []
    earlier = _EarlierSlots(store, min((e.start for e in events), default=None))
    for event in events:
        around = await store.events_between(
            event.start, event.start + timedelta(minutes=1), organisation_id=event.organisation_id
        )
        stored = any(
            e.status is not EventStatus.CANCELLED
            and all(getattr(e, name) == getattr(event, name) for name in STORED_KEY)
            for e in around
        )
        found = None if stored else await earlier.holder(event)
        (already if stored or found else fresh).append(event)
        if found is not None:
            moved.append((event, found))
    gone = await cancelled_holders(store, fresh)
    cancelled = [(new, old) for new, old in zip(fresh, gone, strict=True) if old is not None]
    fresh = [new for new, old in zip(fresh, gone, strict=True) if old is None]
    return fresh, already, moved, cancelled


class _EarlierSlots:
    """Which live event of an organisation once had a given title, start and end, for
    `split_stored`: the organisation's events from a year before `since` on, read once,
    and the slots (same_event.past_slots) of those changed since added (version > 1: an
    event never changed has had no slot but its own), one audit query each."""

    def __init__(self, store: PlanStore, since: datetime | None) -> None:
        self.store = store
        self.since = since
        self.index: dict[int, dict[tuple[str, datetime, datetime], list[Event]]] = {}
        self.taken: set[int] = set()

    async def holder(self, row: NewEvent) -> Event | None:
        """The stored event that once had `row`'s title, start and end, not at that slot
        now and not yet given to another row; None when there is none."""
        if self.since is None:
            return None
        org = row.organisation_id
        if org not in self.index:
            self.index[org] = await self._slots_of(org)
        for event in self.index[org].get((title_key(row.title), row.start, row.end), []):
            if event.id not in self.taken and (event.start, event.end) != (row.start, row.end):
                self.taken.add(event.id)
                return event
        return None

    async def _slots_of(self, org: int) -> dict[tuple[str, datetime, datetime], list[Event]]:
        assert self.since is not None  # holder reads nothing without it (no machine clock)
        since = self.since - timedelta(days=366)
        found: dict[tuple[str, datetime, datetime], list[Event]] = {}
        for event in await self.store.events_between(since, None, organisation_id=org):
            if event.version <= 1:
                continue
            for title, start, end in past_slots(await self.store.audit_entries(event.id)):
                found.setdefault((title_key(title), start, end), []).append(event)
        return found


async def _organisation_id(store: PlanStore, name: str | None, default: int) -> int | None:
    """The organisation a row's «Организатор» cell names (`default` for an empty cell), by
    the chat's matcher (organisers.known_or_new: «Музея янтаря» is the known «Музей
    янтаря», a new name a new partner); None when the name fits several partners alike."""
    if not name:
        return default
    found = await known_or_new(store, name)
    return found[0].id if len(found) == 1 else None


def pasted_table_rows(text: str, now: datetime) -> list[ImportedRow | RowError] | None:
    """The core's PastedTableReader: rows of a plan table pasted into the chat (tab-separated,
    its first line a plan header), read like a file; None for any other text. `now` is the
    school's wall-clock time (naive local)."""
    book = pasted_plan(text, now)
    return None if book is None else list(book.rows)
