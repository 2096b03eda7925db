"""Export speed and memory: 5,000 events to xlsx and ics, a week to pdf, the xlsx back in.

Run: `.venv/bin/python benchmarks/bench_exports.py [--events N]`. Prints, per step, the
wall time (an untraced run), the peak Python memory of a second run under tracemalloc
(native buffers of WeasyPrint's pango/cairo are not seen by it) and the output size.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.exports.ics import plan_to_ics
from bot.exports.importer import read_plan
from bot.exports.pdf import week_to_pdf
from bot.exports.samples import random_plan
from bot.exports.xlsx import plan_to_xlsx

TZ = ZoneInfo("Europe/Kaliningrad")
FIRST_DAY = date(2026, 9, 1)
NOW = datetime(2026, 8, 25, 9, 0, tzinfo=UTC)


def measure(name: str, step: Callable[[], object]) -> object:
    """Run the step twice: timed without tracing, then under tracemalloc for the peak."""
    started = time.perf_counter()
    result = step()
    elapsed = time.perf_counter() - started
    del result
    tracemalloc.start()
    result = step()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    if isinstance(result, list):
        size = f"{len(result):8d} rows"
    else:
        size = f"{len(result) / 1024:8.0f} KiB" if isinstance(result, bytes) else ""
    print(f"{name:<14} {elapsed:6.2f} s   peak {peak / 2**20:6.1f} MiB   {size}", flush=True)
    return result


WEEK = date(2026, 10, 5)
WEEK_EVENTS = 40  # a busy school week, Monday to Friday


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=5000)
    args = parser.parse_args()
    plan = random_plan(TZ, args.events, FIRST_DAY)
    rows = plan.rows()
    week = random_plan(TZ, WEEK_EVENTS, WEEK, days=5).rows()
    print(f"{args.events} events, {sum(r.has_clash for r in rows)} clashing; week: {len(week)}")
    xlsx = measure("xlsx export", lambda: plan_to_xlsx(rows, TZ))
    measure("ics export", lambda: plan_to_ics(rows, TZ, "План", generated_at=NOW))
    measure("pdf week", lambda: week_to_pdf(week, WEEK, TZ, "Школа"))
    assert isinstance(xlsx, bytes)
    now = NOW.astimezone(TZ).replace(tzinfo=None)
    measure("xlsx import", lambda: read_plan(xlsx, "plan.xlsx", now, max_rows=args.events))


if __name__ == "__main__":
    main()
