"""Command line: console | run | webhook | export | import | school-year | parse | when |
migrate | copy-db. Loaded by bot.__main__ under an early stop handler (files77)."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from contextlib import nullcontext
from datetime import datetime
from pathlib import Path
from typing import Any

import asyncpg

from bot import cli_parse, cli_plan, cli_school_year
from bot.config import ConfigError, Settings
from bot.core.models import Role
from bot.schools_config import CityConfig, load_city_config
from bot.storage.database import SchemaTooNewError
from bot.transports.interrupts import Stopped, stopped_quietly

CITY_COMMANDS = ("run", "webhook", "migrate")  # the commands a schools config applies to


def build_parser() -> argparse.ArgumentParser:
    """The `python -m bot` argument parser: one sub-command each (console, run, webhook, parse,
    when, export, import, copy-db and the rest), with their options."""
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    console = _console_parser(sub)
    run, webhook = _server_parsers(sub)

    export = sub.add_parser("export", help="write the plan as an .xlsx, .ods, .ics or .pdf file")
    cli_plan.add_export_arguments(export)
    import_ = sub.add_parser(
        "import", help="read an .xlsx, .ods, .docx or .csv plan into the database"
    )
    cli_plan.add_import_arguments(import_)

    school_year = sub.add_parser(
        "school-year", help="show or set the school calendar (from a text file)"
    )
    cli_school_year.add_arguments(school_year)

    migrate = sub.add_parser("migrate", help="apply pending migrations to BOT_DB")
    migrate.add_argument("--db", help="SQLite file or postgresql:// URL (default: BOT_DB)")
    _add_school_options((run, webhook, migrate), (console, export, import_, school_year, migrate))
    _copy_db_parser(sub)

    cli_parse.add_arguments(sub.add_parser("parse", help="print what a message means, as JSON"))
    cli_parse.add_arguments(sub.add_parser("when", help="resolve a time expression, as JSON"))
    return parser


def _console_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """The `console` sub-command: who types first (--as), the database, a frozen clock."""
    console = sub.add_parser("console", help="chat with the bot in this terminal (no VK token)")
    console.add_argument(
        "--as",
        dest="role",
        choices=[r.value for r in Role],
        default="partner",
        help="who is typing at first (default: partner; «/я куратор» etc. switches later)",
    )
    console.add_argument("--db", help="SQLite file or postgresql:// URL (default: BOT_DB)")
    console.add_argument(
        "--now",
        type=datetime.fromisoformat,
        help="freeze the clock at this school wall-clock time, e.g. 2026-11-23T10:00 (demos)",
    )
    return console


def _server_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The `run` (Bot Long Poll) and `webhook` (Callback API: host and port) sub-commands."""
    run = sub.add_parser("run", help="run the VK community bot over Bot Long Poll")
    webhook = sub.add_parser("webhook", help="serve the VK Callback API")
    webhook.add_argument(
        "--host", default="0.0.0.0", help="address to listen on (default: 0.0.0.0, every one)"
    )
    webhook.add_argument(
        "--port",
        type=int,
        default=8080,
        help="port to listen on (default: 8080); VK posts updates to /vk, /health answers checks",
    )
    return run, webhook


def _add_school_options(
    city_wide: Sequence[argparse.ArgumentParser], one_school: Sequence[argparse.ArgumentParser]
) -> None:
    """--schools (a city's schools config) on the `city_wide` sub-commands and --school (one
    school of a city's BOT_DB) on the `one_school` ones."""
    for city in city_wide:
        city.add_argument(
            "--schools",
            type=Path,
            help="a city's schools config (TOML, see schools.example.toml; default: BOT_SCHOOLS)",
        )
    for school in one_school:
        school.add_argument(
            "--school",
            help="one school of a city's BOT_DB: its key in the schools config (PostgreSQL:"
            " the schema school_KEY; a SQLite folder: KEY.sqlite3 in it)",
        )


def _copy_db_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `copy-db` sub-command: a school's SQLite file into an empty PostgreSQL database."""
    copy = sub.add_parser(
        "copy-db", help="copy a school's SQLite database into an empty PostgreSQL one"
    )
    copy.add_argument("sqlite_path", type=Path, help="the SQLite file (BOT_DB so far)")
    copy.add_argument("postgres_url", help="postgresql://user:password@host:5432/dbname")
    copy.add_argument("--school", help="into this school's schema (its key in the schools config)")


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m bot` with `argv` (None: sys.argv): run the sub-command and return the process's
    exit code — 0 done, 2 for a configuration or database problem (said in Russian to the operator,
    never a traceback); parse and when read no settings."""
    try:
        args = build_parser().parse_args(argv)
        quiet_libraries()
        if args.command == "parse":
            return cli_parse.main_parse(args)
        if args.command == "when":
            return cli_parse.main_when(args)
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
        settings = Settings.from_env()
        if getattr(args, "db", None):
            settings = settings.with_db(args.db)
        if args.command != "copy-db" and getattr(args, "school", None):
            settings = settings.for_school(args.school)
        args.city = _city(args)
        with stopped_quietly() if args.command == "console" else nullcontext():
            return asyncio.run(_run(args, settings))
    except ConfigError as exc:
        _say("operator", problem="config", reason=str(exc))
        return 2
    except (
        sqlite3.DatabaseError,
        SchemaTooNewError,
        asyncpg.PostgresError,
        asyncpg.InterfaceError,
        ConnectionError,
    ) as exc:
        city = getattr(args, "city", None)
        label = _db_label(city.db) if city is not None else settings.db_label
        if isinstance(exc, sqlite3.DatabaseError) and "not a database" in str(exc):
            _say("bad_db", problem="not_db", path=label)  # sqlite3's own words otherwise
        elif isinstance(exc, SchemaTooNewError):
            _say("operator", problem="too_new", db=label, current=exc.current, newest=exc.newest)
        else:
            _say("operator", problem="database", db=label, reason=str(exc))
        return 2
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except Stopped as stop:  # SIGTERM or Ctrl-C before the console took its signals (files77)
        print(file=sys.stderr)
        return 128 + stop.signum


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "console":
        logging.getLogger().setLevel(logging.WARNING)
        from bot.render import Renderer
        from bot.transports.console import run_console

        try:
            await cli_plan.refuse_city_without_school(settings)
        except cli_plan.Refused as city:
            print(Renderer().render(f"cli/{city.template}", city.context), file=sys.stderr)
            return 2
        return await run_console(settings, Role(args.role), now=args.now)
    if args.command == "export":
        return await cli_plan.main_export(args, settings)
    if args.command == "import":
        return await cli_plan.main_import(args, settings)
    if args.command == "school-year":
        return await cli_school_year.main(args, settings)
    if args.command == "migrate" and args.city is not None:
        return await _migrate_city(args.city, settings)
    if args.command == "migrate":
        from bot.app_clock import app_clock, utc_readings
        from bot.storage import open_store

        clock = utc_readings(app_clock(settings))  # BOT_CLOCK_START's (safety69 #2)
        store = await open_store(settings.db_target, settings.tz, clock, school=settings.school)
        await store.close()
        _say("operator", out=True, problem="migrated", db=settings.db_label)
        return 0
    if args.command == "copy-db":
        return await _copy_db(args.sqlite_path, args.postgres_url, args.school)
    return await _run_vk(args, settings)


def quiet_libraries() -> None:
    """Keep the libraries' chatter off the operator's stderr on every CLI run: WeasyPrint
    warns on every PDF about an optional font-subsetting library, fontTools narrates each
    font subset at INFO, and pymorphy3 logs «Loading dictionaries from …» at INFO whenever
    a command first reads Russian (chat64)."""
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    logging.getLogger("pymorphy3").setLevel(logging.WARNING)


def _say(template: str, *, out: bool = False, **context: Any) -> None:
    """The operator's line `cli/<template>` (locales/ru/cli) with `context`, on stderr
    (stdout when `out`: a result, not a complaint)."""
    from bot.render import Renderer

    print(Renderer().render(f"cli/{template}", context), file=sys.stdout if out else sys.stderr)


def _city(args: argparse.Namespace) -> CityConfig | None:
    """The schools config of `--schools FILE` or BOT_SCHOOLS (None: a single school).
    Raises ConfigError for a file that does not check out."""
    raw = getattr(args, "schools", None) or (
        os.environ.get("BOT_SCHOOLS") if args.command in CITY_COMMANDS else None
    )
    if not raw:
        return None
    return load_city_config(Path(raw), os.environ)


def _db_label(db: str | Path) -> str:
    """A schools config's `db` for messages, with any password left out."""
    from bot.config import redact_url

    return redact_url(db) if isinstance(db, str) else str(db)


async def _migrate_city(city: CityConfig, settings: Settings) -> int:
    """Apply pending migrations to every school's store (stamped on the app's clock)."""
    from bot.app_clock import app_clock, utc_readings
    from bot.storage import open_store

    clock = utc_readings(app_clock(settings))
    for school in city.schools:
        store = await open_store(city.db, school.tz, clock, school=school.key)
        await store.close()
    keys = ", ".join(s.key for s in city.schools)
    _say("operator", out=True, problem="migrated_city", db=_db_label(city.db), schools=keys)
    return 0


async def _copy_db(sqlite_path: Path, url: str, school: str | None = None) -> int:
    """Copy, print per-table counts; 0 when every count matches, 1 when one does not,
    2 when the copy was refused (nothing written)."""
    from bot.config import redact_url
    from bot.storage import is_postgres_url
    from bot.storage.copy_db import CopyRefused, copy_database, format_counts
    from bot.storage.scoping import BadSchoolKey, check_school_key

    if not is_postgres_url(url):
        _say("operator", problem="copy_not_url", url=url)
        return 2
    try:
        counts = await copy_database(sqlite_path, url, check_school_key(school) if school else None)
    except BadSchoolKey:
        _say("copy_refused", problem="school_key", key=school)
        return 2
    except CopyRefused as refused:
        _say("copy_refused", problem=refused.problem, **refused.context)
        return 2
    except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as error:
        _say("operator", problem="copy_failed", db=redact_url(url), reason=str(error))
        return 2
    print(format_counts(counts))
    if not all(c.ok for c in counts):
        _say("operator", problem="copy_mismatch")
        return 1
    rows = sum(c.target for c in counts)
    _say("operator", out=True, problem="copied", rows=rows, db=redact_url(url))
    return 0


async def _run_vk(args: argparse.Namespace, settings: Settings) -> int:
    """`run` and `webhook`: thin calls into the VK transport (bot.transports.vk.app)."""
    try:
        app = importlib.import_module("bot.transports.vk.app")
    except ModuleNotFoundError as exc:
        if exc.name is None or not exc.name.startswith("bot.transports.vk"):
            raise
        _say("operator", problem="no_vk")
        return 2
    if args.command == "run":
        result = await app.run_polling(settings, args.city)
    else:
        result = await app.run_webhook(settings, args.host, args.port, args.city)
    return int(result or 0)
