"""`python -m bot export` and `python -m bot import`: the plan as files, from scripts.

Both work on `BOT_DB` (or `--db`). Export writes an .xlsx, .ics or .pdf; import reads an .xlsx
or .csv with columns like the export's, saves the good rows and lists the bad ones. Exit
codes: 0 done, 1 some rows were refused (the others are saved), 2 bad arguments or an
unreadable file. Messages for people come from locales/ru/cli/.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import date
from pathlib import Path

from bot.config import Settings
from bot.core.models import Audience, OrgKind
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import SystemClock
from bot.exports.files import ExportFormat
from bot.exports.importer import ImportFileError, RowError
from bot.plan_files import export_plan, import_rows, read_plan_file
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("format", choices=[f.value for f in ExportFormat])
    parser.add_argument("--from", dest="first", type=_day, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="last", type=_day, help="last day, YYYY-MM-DD")
    parser.add_argument("-o", "--output", help="file to write ('-': standard output)")
    parser.add_argument("--partner", help="only this organisation's events")
    parser.add_argument("--class", dest="class_name", help="only events for this class, e.g. 9Б")
    parser.add_argument("--db", type=Path, help="SQLite file (default: BOT_DB)")


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="an .xlsx or .csv plan")
    parser.add_argument("--partner", help="organiser of rows that name none (default: school)")
    parser.add_argument("--dry-run", action="store_true", help="check the file, save nothing")
    parser.add_argument("--db", type=Path, help="SQLite file (default: BOT_DB)")


async def main_export(args: argparse.Namespace, settings: Settings) -> int:
    renderer = Renderer()
    store = await open_store(settings.db_path, settings.tz)
    try:
        organisation_id = None
        if args.partner:
            org = await store.find_organisation(args.partner)
            if org is None:
                return _fail(renderer, "unknown_partner", name=args.partner)
            organisation_id = org.id
        audience = None
        if args.class_name:
            audience = Audience(classes=frozenset({args.class_name.replace(" ", "").upper()}))
        now = SystemClock(settings.tz).now()
        file = await export_plan(
            store,
            settings.tz,
            ExportFormat(args.format),
            args.first or now.date(),
            args.last,
            now=now,
            school_name=settings.school_name,
            organisation_id=organisation_id,
            audience=audience,
        )
    finally:
        await store.close()
    if args.output == "-":
        sys.stdout.buffer.write(file.data)
        sys.stdout.flush()
        return 0
    target = Path(args.output or file.filename)
    try:
        await asyncio.to_thread(target.write_bytes, file.data)
    except OSError as error:
        return _fail(renderer, "cannot_write", path=str(target), reason=error.strerror or "")
    print(renderer.render("cli/exported", {"path": str(target), "size": len(file.data)}))
    return 0


async def main_import(args: argparse.Namespace, settings: Settings) -> int:
    renderer = Renderer()
    try:
        data = await asyncio.to_thread(args.file.read_bytes)
    except OSError:
        return _fail(renderer, "no_file", path=str(args.file))
    now = SystemClock(settings.tz).now()
    try:
        rows = await read_plan_file(data, args.file.name, now)
    except ImportFileError as error:
        return _fail(renderer, "import_failed", problem=error.problem.value, path=str(args.file))
    store = await open_store(settings.db_path, settings.tz)
    try:
        organiser = await _default_organisation(store, settings, args.partner)
        if args.dry_run:
            report_saved = []
            errors = [r for r in rows if isinstance(r, RowError)]
            ready = len(rows) - len(errors)
        else:
            report = await import_rows(
                store, settings.tz, rows, default_organisation_id=organiser, actor_id=None
            )
            report_saved, errors, ready = report.saved, report.errors, len(report.saved)
    finally:
        await store.close()
    context = {
        "path": str(args.file),
        "dry_run": args.dry_run,
        "ready": ready,
        "saved": len(report_saved),
        "errors": [
            {"row": e.row_number, "reason": str(e.reason), "value": e.value} for e in errors
        ],
    }
    print(renderer.render("cli/imported", context))
    return 1 if errors else 0


async def _default_organisation(store: SqliteStore, settings: Settings, name: str | None) -> int:
    if name:
        found = await store.find_organisation(name)
        return found.id if found else (await store.create_organisation(name, OrgKind.PARTNER)).id
    planner = Planner(
        store,
        SystemClock(settings.tz),
        PlannerConfig(tz=settings.tz, school_name=settings.school_name),
    )
    return (await planner.school()).id


def _fail(renderer: Renderer, template: str, **context: object) -> int:
    print(renderer.render(f"cli/{template}", context), file=sys.stderr)
    return 2


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {text!r}") from error
