"""What the school calendar costs: warnings for a plan, blocked times for free slots, and the
per-message load of the calendar setting.

Run: `.venv/bin/python benchmarks/bench_school_calendar.py`. A school calendar with its own
vacation and lesson hours for every grade; 2,000 events over a school year (random days,
08:00–18:00, random grades, some all-day events of several days) are checked with
`warnings_of_all` (the first run pays for the `holidays` package's years, later runs are
cached), the 14-day blocked intervals for free slots are built 1,000 times, and
`load_school_calendar` reads and parses the stored row 1,000 times from SQLite (the extra
work every incoming message does). Figures: milliseconds; ratio = warm / cold.
"""

from __future__ import annotations

import asyncio
import random
import sys
import tempfile
import time as clock
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.calendar_checks import blocked_intervals, warnings_of_all
from bot.core.models import Audience, NewEvent
from bot.core.school_calendar import LessonHours, SchoolCalendar, Vacation
from bot.core.school_settings import load_school_calendar, save_school_calendar
from bot.storage.sqlite_store import open_store

TZ = ZoneInfo("Europe/Kaliningrad")
EVENTS = 2_000
REPEATS = 1_000
CALENDAR = SchoolCalendar(
    vacations=(Vacation(date(2026, 12, 29), date(2027, 1, 11), by_school=True),),
    lesson_hours=(
        LessonHours(frozenset(range(1, 5)), time(12, 40)),
        LessonHours(frozenset(range(5, 10)), time(14, 30)),
        LessonHours(frozenset({10, 11}), time(15, 20)),
    ),
    no_lessons=frozenset({5, 6}),
)


def plan(rng: random.Random) -> list[NewEvent]:
    events = []
    for _ in range(EVENTS):
        day = datetime(2026, 9, 1, tzinfo=TZ) + timedelta(days=rng.randrange(300))
        grade = rng.randint(1, 11)
        audience = Audience(grades=frozenset(range(grade, min(11, grade + 2) + 1)))
        if rng.random() < 0.05:
            start, end = day, day + timedelta(days=rng.randint(1, 5))
        else:
            start = day.replace(hour=rng.randint(8, 17))
            end = start + timedelta(minutes=90)
        events.append(NewEvent("Событие", 1, start, end, audience=audience))
    return events


async def load_cost() -> float:
    with tempfile.TemporaryDirectory() as folder:
        store = await open_store(Path(folder) / "bench.db", TZ)
        try:
            await save_school_calendar(store, CALENDAR)
            started = clock.perf_counter()
            for _ in range(REPEATS):
                await load_school_calendar(store)
            return (clock.perf_counter() - started) * 1000 / REPEATS
        finally:
            await store.close()


def main() -> None:
    events = plan(random.Random(12))
    started = clock.perf_counter()
    cold = warnings_of_all(events, CALENDAR, TZ)
    cold_ms = (clock.perf_counter() - started) * 1000
    started = clock.perf_counter()
    warm = warnings_of_all(events, CALENDAR, TZ)
    warm_ms = (clock.perf_counter() - started) * 1000
    assert warm == cold
    audience = Audience(grades=frozenset({9, 10, 11}))
    started = clock.perf_counter()
    for n in range(REPEATS):
        blocked_intervals(audience, date(2026, 9, 1) + timedelta(days=n % 270), 14, CALENDAR, TZ)
    blocked_ms = (clock.perf_counter() - started) * 1000 / REPEATS
    load_ms = asyncio.run(load_cost())
    print(
        f"warnings for {EVENTS:,} events: cold {cold_ms:.1f} ms, warm {warm_ms:.1f} ms "
        f"(ratio {warm_ms / cold_ms:.2f}), {len(cold)} distinct warnings"
    )
    print(f"blocked times for a 14-day free-slot search: {blocked_ms:.3f} ms")
    print(f"load_school_calendar per message (SQLite row + JSON): {load_ms:.3f} ms")


if __name__ == "__main__":
    main()
