"""`python -m bot export` and `python -m bot import`: the plan as files, from scripts.

Both work on `BOT_DB` (or `--db`). Export writes an .xlsx, .ods, .ics or .pdf (cancelled
events only in .ics, or everywhere with --with-cancelled); import reads an .xlsx, .ods, .docx,
.csv or .tsv with columns like the export's (every sheet or table with a plan header), saves
the good rows and lists the bad ones (with --dry-run it lists what it would save and writes
nothing, not even a new database). Rows marked cancelled are never saved. Exit codes: 0 done,
1 some rows were refused (the others are saved; cancelled rows do not count), 2 bad
arguments, a missing or unusable database, or an unreadable file. Messages for people come
from locales/ru/cli/.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import sys
from collections.abc import Sequence
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.app_clock import app_clock, utc_readings
from bot.config import Settings, redact_url
from bot.core import drafts
from bot.core.features.files import has_events, printed_period, show_years
from bot.core.features.organisers import known_or_new, organisations_called
from bot.core.language.audience import parse_audience
from bot.core.language.post_draft import in_zone
from bot.core.models import Audience, Event, NewEvent, Organisation
from bot.core.planner import school_organisation
from bot.core.ports import Clock, all_or_nothing
from bot.core.replies import DocumentRequest
from bot.exports.files import ExportFormat
from bot.exports.importer import (
    FileProblem,
    ImportedRow,
    ImportFileError,
    RowError,
    RowProblem,
)
from bot.exports.limits import DEFAULT_LIMITS
from bot.plan_files import (
    ImportReport,
    export_plan,
    file_notes,
    import_rows,
    read_book_file,
    split_stored,
)
from bot.render import Renderer
from bot.storage import PlanStore, open_store


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `python -m bot export`: the format, --from/--to (days, YYYY-MM-DD, school
    local; default today to a year ahead), -o (a file, '-' for stdout), --partner and the rest shown
    by --help."""
    parser.add_argument("format", choices=[f.value for f in ExportFormat])
    parser.add_argument(
        "--from", dest="first", type=_day, help="first day, YYYY-MM-DD (default: today)"
    )
    parser.add_argument(
        "--to",
        dest="last",
        type=_day,
        help="last day, YYYY-MM-DD (default: a year ahead; pdf: always the week of --from)",
    )
    parser.add_argument(
        "-o", "--output", help="file to write ('-': standard output; default: the file's name)"
    )
    parser.add_argument("--partner", help="only this organisation's events")
    parser.add_argument("--class", dest="class_name", help="only events for this class, e.g. 9Б")
    parser.add_argument(
        "--with-cancelled",
        action="store_true",
        help="keep cancelled events (struck through, with a status column)",
    )
    parser.add_argument("--db", help="SQLite file or postgresql:// URL (default: BOT_DB)")


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `python -m bot import`: the plan file (.xlsx, .ods, .docx, .csv, .tsv),
    --partner (the organiser of rows naming none), --dry-run (list, save nothing), --db and the rest
    shown by --help."""
    parser.add_argument("file", type=Path, help="an .xlsx, .ods, .docx, .csv or .tsv plan")
    parser.add_argument("--partner", help="organiser of rows that name none (default: school)")
    parser.add_argument(
        "--dry-run", action="store_true", help="list what would be saved, save nothing"
    )
    parser.add_argument("--db", help="SQLite file or postgresql:// URL (default: BOT_DB)")


class Refused(Exception):
    """One clear line for the operator (template cli/<template>), exit code 2."""

    def __init__(self, template: str, **context: object) -> None:
        super().__init__(template)
        self.template = template
        self.context = context


async def main_export(args: argparse.Namespace, settings: Settings) -> int:
    """`python -m bot export`: write the plan for the period asked in the format asked. Returns the
    exit code: 0 written, non-zero when refused (the reason printed in Russian from locales/,
    nothing written)."""
    renderer = Renderer()
    try:
        return await _export(args, settings, renderer)
    except Refused as refused:
        return _fail(renderer, refused)


async def main_import(args: argparse.Namespace, settings: Settings) -> int:
    """`python -m bot import`: read a plan file and save its rows (or list them with --dry-run).
    Returns the exit code: 0 done, non-zero when refused (the reason printed in Russian from
    locales/, nothing saved)."""
    renderer = Renderer()
    try:
        return await _import(args, settings, renderer)
    except Refused as refused:
        return _fail(renderer, refused)


async def _export(args: argparse.Namespace, settings: Settings, renderer: Renderer) -> int:
    clock = app_clock(settings)  # BOT_CLOCK_START's, as the bot's (safety69 #2)
    now = clock.now().astimezone(settings.tz)
    first: date = args.first or now.date()
    if args.last is not None and args.last < first:
        raise Refused("bad_period", start=first, end=args.last)
    audience = _class_audience(args.class_name) if args.class_name else None
    if settings.db_url is None:
        check_database(settings.db_path, must_exist=True)
    store = await _open(settings, clock)
    try:
        organisation_id = None
        if args.partner:
            organisation_id = _one(await organisations_called(store, args.partner), args.partner)
        document = DocumentRequest(
            args.format, first, args.last, organisation_id, audience or Audience()
        )
        if not await has_events(store, settings.tz, document):  # exit 1, no file written
            shown_first, shown_last = printed_period(document)  # a PDF: its week
            years = show_years(shown_first, shown_last, now.date())
            context = {"start": shown_first, "end": shown_last, "years": years}
            print(renderer.render("cli/export_empty", context))
            return 1
        file = await export_plan(
            store,
            settings.tz,
            ExportFormat(args.format),
            first,
            args.last,
            now=now,
            school_name=settings.school_name,
            organisation_id=organisation_id,
            audience=audience,
            include_cancelled=args.with_cancelled,
        )
    finally:
        await store.close()
    if args.output == "-":
        _write_stdout(file.data)
        return 0
    target = Path(args.output or file.filename)
    try:
        await asyncio.to_thread(target.write_bytes, file.data)
    except OSError as error:
        raise Refused("cannot_write", path=str(target), reason=error.strerror or "") from error
    print(renderer.render("cli/exported", {"path": str(target), "size": len(file.data)}))
    return 0


async def _import(args: argparse.Namespace, settings: Settings, renderer: Renderer) -> int:
    path: Path = args.file
    data = await _read_upload(path)
    clock = app_clock(settings)  # BOT_CLOCK_START's, as the bot's (safety69 #2)
    now = clock.now().astimezone(settings.tz)
    try:
        book = await read_book_file(data, path.name, now)
    except ImportFileError as error:
        raise Refused("import_failed", path=str(path), problem=error.problem.value) from error
    rows = book.rows
    errors = [r for r in rows if isinstance(r, RowError)]
    refused = [e for e in errors if e.reason is not RowProblem.CANCELLED]
    if settings.db_url is None:
        check_database(settings.db_path, must_exist=False)
    context: dict[str, Any] = {"path": str(path), "dry_run": args.dry_run, "errors": []}
    context |= file_notes(book)
    if len(book.read) + len(book.skipped) > 1:
        context["sheets_read"] = [{"index": s.index, "name": s.name} for s in book.read]
        context["sheets_skipped"] = [{"index": s.index, "name": s.name} for s in book.skipped]
    incomplete = [r for r in rows if isinstance(r, ImportedRow) and not drafts.is_complete(r.draft)]
    context["incomplete"] = [_incomplete_row(r) for r in incomplete]
    if args.dry_run:
        context["items"] = await _dry_run(rows, settings, args.partner, clock)
    else:
        report = await _store_rows(rows, settings, args.partner, clock, now)
        errors = report.errors  # the file's, and rows whose organiser fits several partners
        refused = [e for e in errors if e.reason is not RowProblem.CANCELLED]
        context |= _report_context(report, settings.tz)
    context["errors"] = [
        {"row": e.row_number, "reason": str(e.reason), "value": e.value, "sheet": e.sheet}
        for e in errors
    ]
    print(renderer.render("cli/imported", context))
    return 1 if refused or incomplete else 0


def _incomplete_row(row: ImportedRow) -> dict[str, Any]:
    """A row `import` cannot save as it is, as «cli/imported» lists it: its row number, title,
    why (drafts.line_problem), its start when it has one, its choice of days and, for an
    all-day row, its last day."""
    return (
        {"row": row.row_number, "title": row.draft.title, "why": drafts.line_problem(row.draft)}
        | ({"start": row.draft.start} if row.draft.start else {})
        | {"choices": list(row.draft.choices), "last": row.draft.end if row.draft.all_day else None}
    )


async def _store_rows(
    rows: Sequence[ImportedRow | RowError],
    settings: Settings,
    partner: str | None,
    clock: Clock,
    now: datetime,
) -> ImportReport:
    """Save the file's `rows` under the default organisation (`partner`'s, else the school's)
    in one transaction: the new organisations, the events and their audit rows commit
    together; a failure or a kill before the commit leaves no organisation without its
    events (ops21), and a second run then saves the whole plan once. `now`: aware."""
    store = await _open(settings, clock)
    try:
        async with all_or_nothing(store):
            organiser = await _default_organisation(store, settings, partner)
            return await import_rows(
                store,
                settings.tz,
                rows,
                default_organisation_id=organiser,
                actor_id=None,
                at=now.astimezone(UTC),
            )
    finally:
        await store.close()


def _report_context(report: ImportReport, tz: ZoneInfo) -> dict[str, Any]:
    """What «cli/imported» says of a real import: how many rows were saved or stored already,
    the rows that moved a stored event (the row and the event now), those the chat
    cancelled since (the row and the cancelled event) and the number of clashes."""
    return {
        "saved": len(report.saved),
        "already": len(report.already),
        "moved": [
            {"row": _event_view(new, "", tz), "now": _event_view(now, "", tz)}
            for new, now in report.moved
        ],
        "cancelled_in_chat": [
            {"event": _event_view(new, "", tz), "now": _event_view(was, "", tz)}
            for new, was in report.cancelled
        ],
        "clash_count": len(report.clashes),
    }


async def _read_upload(path: Path) -> bytes:
    """The file's bytes; a file over the import size limit is refused before reading."""
    try:
        if (await asyncio.to_thread(path.stat)).st_size > DEFAULT_LIMITS.max_bytes:
            raise Refused("import_failed", path=str(path), problem=FileProblem.TOO_LARGE.value)
        return await asyncio.to_thread(path.read_bytes)
    except FileNotFoundError as error:
        raise Refused("no_file", path=str(path)) from error
    except OSError as error:
        raise Refused("cannot_read", path=str(path), reason=error.strerror or "") from error


async def _dry_run(
    rows: Sequence[ImportedRow | RowError], settings: Settings, partner: str | None, clock: Clock
) -> list[dict[str, Any]]:
    """What import would save, row by row, without writing anything (a missing database
    stays missing: every organiser is then new): each row's events as import_rows makes
    them, those already stored (bot.plan_files.split_stored) marked "already", with the
    stored event as it is now when the chat moved or renamed it ("now"), and those the chat
    cancelled with the cancelled event ("cancelled": not to be saved)."""
    default = partner or settings.school_name
    known: dict[str, int | None] = {}
    store = None
    if settings.db_url or settings.db_path.exists():
        store = await _open(settings, clock)
    try:
        planned: list[tuple[int, str, NewEvent]] = []
        for row in rows:
            if not isinstance(row, ImportedRow) or not drafts.is_complete(row.draft):
                continue
            organiser = row.organiser or default
            if organiser not in known:
                found = await organisations_called(store, organiser) if store else []
                known[organiser] = found[0].id if len(found) == 1 else None
            draft = in_zone(row.draft, settings.tz)  # as import_rows saves it
            org_id = known[organiser] or 0  # 0: a new organisation, nothing of it stored
            for event in drafts.to_new_events(
                draft, organisation_id=org_id, tz=settings.tz, created_by=None
            ):
                planned.append((row.row_number, organiser, event))
        already: set[int] = set()  # id() of the planned events already stored
        moved: dict[int, Event] = {}
        cancelled: dict[int, Event] = {}  # id() of a planned event: cancelled in the chat
        if store is not None:
            split = await split_stored(store, [event for _, _, event in planned])
            _, stored, pairs, gone = split
            already = {id(event) for event in stored}
            moved = {id(new): now for new, now in pairs}
            cancelled = {id(new): was for new, was in gone}
        items = []
        for number, organiser, event in planned:
            item = {
                "row": number,
                "event": _event_view(event, organiser, settings.tz),
                "new_organiser": known[organiser] is None,
                "already": id(event) in already,
            }
            if id(event) in moved:
                item["now"] = _event_view(moved[id(event)], organiser, settings.tz)
            if id(event) in cancelled:
                item["cancelled"] = _event_view(cancelled[id(event)], organiser, settings.tz)
            items.append(item)
        return items
    finally:
        if store is not None:
            await store.close()


def _event_view(event: NewEvent | Event, organiser: str, tz: ZoneInfo) -> dict[str, Any]:
    """A NewEvent (or a stored Event) as the shape _macros.j2's event_line reads, in school
    wall-clock time."""
    return {
        "title": event.title,
        "start": event.start.astimezone(tz),
        "end": event.end.astimezone(tz),
        "all_day": event.all_day,
        "end_given": event.end_given,
        "venue": event.venue,
        "audience": event.audience,
        "organiser": organiser,
    }


async def _default_organisation(store: PlanStore, settings: Settings, name: str | None) -> int:
    """The organisation `--partner NAME` names (organisers.known_or_new: the chat's matcher,
    a new partner for a new name), the school without it. Refused when the name fits
    several partners alike."""
    if name:
        return _one(await known_or_new(store, name), name)
    return (await school_organisation(store, settings.school_name)).id


def _one(found: Sequence[Organisation], name: str) -> int:
    """The id of the one organisation `--partner NAME` means; refused when it means none
    («Нет организации …») or several (which ones, never one picked)."""
    if not found:
        raise Refused("unknown_partner", name=name)
    if len(found) > 1:
        raise Refused("unclear_partner", name=name, choices=[org.name for org in found])
    return found[0].id


def check_database(path: Path, *, must_exist: bool) -> None:
    """Refuse early, with one line, a database that cannot be used: missing (for export:
    exporting would only create an empty one), in a missing folder, or not SQLite."""
    if not path.exists():
        if must_exist:
            raise Refused("bad_db", path=str(path), problem="missing")
        if not path.parent.is_dir():
            raise Refused("bad_db", path=str(path), problem="no_folder")
        return
    if not path.is_file():
        raise Refused("bad_db", path=str(path), problem="not_sqlite")
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        raise Refused("bad_db", path=str(path), problem="not_sqlite") from error


async def refuse_city_without_school(settings: Settings) -> None:
    """Raise Refused (cli/bad_db) when `settings` name a PostgreSQL database that holds
    schools' schemas (`school_<key>`) but no `--school` («city»), or a `--school` key none
    of them has («unknown_school»: a mistyped key made a schema of its own, an import saved
    where no worker reads; review64b). `migrate --school` still creates a new school."""
    if not settings.db_url:
        return
    from bot.storage.postgres.shared import school_keys

    keys = await school_keys(settings.db_url)
    if keys and settings.school is None:
        raise Refused("bad_db", path=settings.db_label, problem="city", schools=keys)
    if keys and settings.school not in keys:
        label = redact_url(settings.db_url)
        raise Refused(
            "bad_db", path=label, problem="unknown_school", school=settings.school, schools=keys
        )


async def _open(settings: Settings, clock: Clock) -> PlanStore:
    """The store of BOT_DB (of `--school`'s schema there when given), stamping on `clock`
    (the app's: bot.app_clock). A city's PostgreSQL database without `--school` is refused,
    naming its schools: its own tables belong to no school, so an export would be empty and
    an import unseen (newcomer61)."""
    await refuse_city_without_school(settings)
    try:
        return await open_store(
            settings.db_target, settings.tz, utc_readings(clock), school=settings.school
        )
    except sqlite3.Error as error:
        raise Refused(
            "bad_db", path=settings.db_label, problem="unusable", reason=str(error)
        ) from error


def _class_audience(text: str) -> Audience:
    """One class as the bot reads it from a student ("9Б", "9б", "9 б", "9-Б")."""
    audience = parse_audience(text.replace(" ", ""))
    if len(audience.classes) != 1 or audience.grades:
        raise Refused("bad_class", class_name=text)
    return Audience(classes=audience.classes)


def _write_stdout(data: bytes) -> None:
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader stopped early (`| head`); don't let the interpreter complain at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _fail(renderer: Renderer, refused: Refused) -> int:
    print(renderer.render(f"cli/{refused.template}", refused.context), file=sys.stderr)
    return 2


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {text!r}") from error
