"""The app's clock, one for every entry point: the bot (VK wiring) and the operator's
commands (`import`, `export`, `school-year`, `migrate`). Before, the commands read the
machine's clock while the bot honoured BOT_CLOCK_START, so a fault test's bot and its CLI
read "today" and stamped the store on two clocks (safety66's leftover; safety69 #2)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.config import Settings
from bot.core.ports import Clock, OffsetClock, SystemClock


def app_clock(settings: Settings, wall: Callable[[], float] = time.time) -> Clock:
    """The clock `settings` give: from BOT_CLOCK_START (test-only; a school wall-clock time,
    then real speed) when set, else the system's in the school zone.

    With BOT_CLOCK_SINCE (test-only: the Unix time `wall` gave when that clock read its
    start) the clock resumes: a process started s seconds later reads start + s, as every
    process reads the wall clock in production — so a restarted or second worker and the
    stamps the first one left (an outbox batch's in-flight lease, lease72) are on one
    clock. Without it each process starts over at BOT_CLOCK_START."""
    if settings.clock_start is None:
        return SystemClock(settings.tz)
    start = settings.clock_start
    if settings.clock_since is not None:
        start += timedelta(seconds=wall() - settings.clock_since)
    return OffsetClock(start)


def utc_readings(clock: Clock) -> Callable[[], datetime]:
    """`clock`'s readings in UTC: a store's clock (its stamps are UTC epoch seconds)."""
    return lambda: clock.now().astimezone(UTC)
