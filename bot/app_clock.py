"""The app's clock, one for every entry point: the bot (VK wiring) and the operator's
commands (`import`, `export`, `school-year`, `migrate`). Before, the commands read the
machine's clock while the bot honoured BOT_CLOCK_START, so a fault test's bot and its CLI
read "today" and stamped the store on two clocks (safety66's leftover; safety69 #2)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from bot.config import Settings
from bot.core.ports import Clock, OffsetClock, SystemClock


def app_clock(settings: Settings) -> Clock:
    """The clock `settings` give: from BOT_CLOCK_START (test-only; a school wall-clock time,
    then real speed) when set, else the system's in the school zone."""
    if settings.clock_start is not None:
        return OffsetClock(settings.clock_start)
    return SystemClock(settings.tz)


def utc_readings(clock: Clock) -> Callable[[], datetime]:
    """`clock`'s readings in UTC: a store's clock (its stamps are UTC epoch seconds)."""
    return lambda: clock.now().astimezone(UTC)
