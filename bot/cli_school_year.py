"""`python -m bot school-year [FILE] [--reset]`: the school calendar from a script or a file.

Without FILE it prints the school year in force (the curator's dates over the ministry's
standard year). FILE is UTF-8 text with one setting per line, in the words a curator would
write in chat («каникулы с 29 декабря по 11 января», «4 четверть до 26 мая», «уроки у 5–9 до
14:30», «по субботам не учимся»); blank lines, lines starting with "#" and headings ending in
":" are skipped. Nothing is saved unless every line is understood. Exit codes: 0 done, 1 some
lines not understood (nothing saved), 2 an unreadable file or database. Messages come from
locales/ru/.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from itertools import takewhile
from pathlib import Path

from bot.app_clock import app_clock, utc_readings
from bot.cli_plan import Refused, refuse_city_without_school
from bot.config import Settings
from bot.core.language.school_year import (
    BellsSetting,
    LessonsSetting,
    SchoolSetting,
    StudyDays,
    TermSetting,
    VacationSetting,
    parse_school_year,
)
from bot.core.school_calendar import SchoolCalendar
from bot.core.school_settings import (
    apply_request,
    info_context,
    load_school_calendar,
    save_school_calendar,
)
from bot.render import Renderer
from bot.storage import open_store

SETTINGS = (VacationSetting, TermSetting, LessonsSetting, StudyDays, BellsSetting)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """FILE (optional), --reset and --db for `python -m bot school-year`."""
    parser.add_argument("file", type=Path, nargs="?", help="text file, one setting per line")
    parser.add_argument("--reset", action="store_true", help="back to the ministry's standard")
    parser.add_argument("--db", help="SQLite file or postgresql:// URL (default: BOT_DB)")


def read_settings(text: str, today: date) -> tuple[list[SchoolSetting], list[str]]:
    """The settings of a file's lines and the lines not understood (as written). A heading
    naming the bells («Расписание звонков:») reads the lines under it, to a blank line or
    the next heading, as one bell schedule («1 урок 8:00-8:45» a line; files66)."""
    settings: list[SchoolSetting] = []
    refused: list[str] = []
    lines = [raw.strip() for raw in text.splitlines()]
    at = 0
    while at < len(lines):
        line = lines[at]
        at += 1
        if line.endswith(":") and "звонк" in line.casefold():
            block = list(takewhile(lambda x: bool(x) and not x.endswith(":"), lines[at:]))
            at += len(block)
            found = parse_school_year("\n".join([line, *block]), today)
            if isinstance(found, BellsSetting):
                settings.append(found)
            else:
                refused += block
            continue
        if not line or line.startswith("#") or line.endswith(":"):
            continue
        found = parse_school_year(line, today)
        if isinstance(found, SETTINGS):
            settings.append(found)
        else:
            refused.append(line)
    return settings, refused


async def main(args: argparse.Namespace, settings: Settings) -> int:
    """Print, change or reset the school calendar in `settings.db_path`."""
    renderer = Renderer()
    clock = app_clock(settings)  # BOT_CLOCK_START's, as the bot's (safety69 #2)
    today = clock.now().astimezone(settings.tz).date()
    text = ""
    if args.file is not None:
        try:
            text = args.file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            print(renderer.render("cli/cannot_read", {"path": args.file, "reason": exc}))
            return 2
    try:
        await refuse_city_without_school(settings)
    except Refused as city:
        print(renderer.render(f"cli/{city.template}", city.context), file=sys.stderr)
        return 2
    store = await open_store(
        settings.db_target, settings.tz, utc_readings(clock), school=settings.school
    )
    try:
        calendar = await load_school_calendar(store)
        changes: list[dict[str, object]] = []
        if args.reset:
            calendar = SchoolCalendar()
            changes.append({"change": "reset"})
        lines, refused = read_settings(text, today)
        if refused:
            print(renderer.render("cli/school_year_refused", {"lines": refused}))
            return 1
        for setting in lines:
            calendar, context = apply_request(calendar, setting)
            changes.append(context)
        if changes:
            await save_school_calendar(store, calendar)
            print(renderer.render("school_year_set", {"changes": changes}))
        print(renderer.render("school_year_info", info_context(calendar, "overview", today)))
        return 0
    finally:
        await store.close()
