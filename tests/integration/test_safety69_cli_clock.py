"""`python -m bot import`, `school-year` and `migrate` on the app's clock (safety69 #2;
safety66's leftover). The bot process honours BOT_CLOCK_START (a test-only setting: its
clock starts at that school wall-clock time), but these commands read the machine's clock:
a plan row without a year, a calendar line («каникулы с 29 декабря по 11 января») and every
stamp the store wrote (an event's `timed_at`, a migration's `applied_at`) came from the
machine's today, so a fault test's bot and its CLI stamped on two clocks. The clock here is
set 73 years from the machine's. Both backends (as is and under -p tests.pg_everywhere:
the CLI opens its store by `open_store`, which that plugin moves to PostgreSQL)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

import bot.storage
from bot.core.school_settings import load_school_calendar
from bot.storage.sqlite_store import open_store
from tests.integration.conftest import create_database, pg_cluster
from tests.integration.test_cli_plan import TZ, arun, at, db
from tests.pg_server import PgCluster

__all__ = ["db", "pg_cluster"]

START = "2099-12-20T10:00"  # school wall-clock time (Kaliningrad)
PLAN = "Дата;Время;Название;Классы;Место\n15.01;15:00-16:00;Кружок робототехники;9Б;каб. 21\n"


@pytest.fixture
def far_clock(db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BOT_CLOCK_START", START)
    return db


async def test_a_row_without_a_year_is_read_on_the_apps_clock(
    far_clock: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plan.csv").write_text(PLAN, encoding="utf-8")
    assert await arun("import", "plan.csv") == 0, capsys.readouterr()
    store = await open_store(far_clock, TZ)
    try:
        [event] = [
            e
            for e in await store.events_between(at("2000-01-01T00:00"), None)
            if e.title == "Кружок робототехники"
        ]
    finally:
        await store.close()
    assert event.start.astimezone(TZ).date() == date(2100, 1, 15)  # the next 15 January
    assert event.timed_at is not None
    assert event.timed_at.astimezone(TZ).date() == date(2099, 12, 20)  # stamped then


async def test_the_calendar_file_is_read_on_the_apps_clock(
    far_clock: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "year.txt").write_text("каникулы с 29 декабря по 11 января\n", encoding="utf-8")
    assert await arun("school-year", "year.txt") == 0, capsys.readouterr()
    out = capsys.readouterr().out
    assert "Учебный год 2099/" in out, out  # the year in force is the app's
    store = await open_store(far_clock, TZ)
    try:
        calendar = await load_school_calendar(store)
    finally:
        await store.close()
    [vacation] = calendar.vacations
    assert (vacation.start, vacation.end) == (date(2099, 12, 29), date(2100, 1, 11))


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
async def test_migrate_stamps_its_migrations_on_the_apps_clock(
    backend: str,
    pg_cluster: PgCluster,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Both backends here (an empty database each: pg_everywhere's are copies of a migrated
    template, and with `pg_cluster` asked for it leaves the test alone)."""
    target = str(tmp_path / "fresh.db")
    if backend == "postgres":
        target = pg_cluster.url(await create_database(pg_cluster, migrated=False))
    monkeypatch.setenv("BOT_DB", target)
    monkeypatch.setenv("BOT_TZ", "Europe/Kaliningrad")
    monkeypatch.setenv("BOT_CLOCK_START", START)
    monkeypatch.chdir(tmp_path)
    assert await arun("migrate") == 0, capsys.readouterr()
    store = await bot.storage.open_store(target, TZ)
    try:
        rows = await store._all("SELECT applied_at FROM schema_version")
    finally:
        await store.close()
    stamps = {datetime.fromisoformat(str(r["applied_at"])).date() for r in rows}
    assert stamps == {date(2099, 12, 20)}, stamps
