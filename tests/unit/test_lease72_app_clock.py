"""lease72: the test-only BOT_CLOCK_START clock resumes across processes with
BOT_CLOCK_SINCE (bot.app_clock). Before, each process began at BOT_CLOCK_START again, so a
restarted fault-test worker lived before the stamps its killed predecessor wrote (an
outbox batch's in-flight lease claimed t s after the start waited t + lease s)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.app_clock import app_clock
from bot.config import ConfigError, Settings

KGD = ZoneInfo("Europe/Kaliningrad")
START = datetime(2026, 12, 16, 12, 0, tzinfo=KGD)
SINCE = 1_800_000_000.0  # the Unix time at which the clock read START


def _settings(**env: str) -> Settings:
    return Settings.from_env({"BOT_TZ": "Europe/Kaliningrad", **env}, load_dotenv=False)


def test_a_process_started_later_resumes_the_clock() -> None:
    settings = _settings(BOT_CLOCK_START="2026-12-16T12:00", BOT_CLOCK_SINCE=str(SINCE))
    assert settings.clock_since == SINCE
    first = app_clock(settings, wall=lambda: SINCE)
    restarted = app_clock(settings, wall=lambda: SINCE + 42.5)
    assert abs(first.now() - START) < timedelta(seconds=1)
    assert abs(restarted.now() - (START + timedelta(seconds=42.5))) < timedelta(seconds=1)


def test_without_since_each_process_starts_over() -> None:
    settings = _settings(BOT_CLOCK_START="2026-12-16T12:00")
    assert settings.clock_since is None
    later = app_clock(settings, wall=lambda: SINCE + 42.5)
    assert abs(later.now() - START) < timedelta(seconds=1)


def test_since_must_be_a_number() -> None:
    with pytest.raises(ConfigError, match="BOT_CLOCK_SINCE"):
        _settings(BOT_CLOCK_START="2026-12-16T12:00", BOT_CLOCK_SINCE="вчера")
