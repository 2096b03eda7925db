"""`python -m bot import` of a file whose row was moved in the chat since (newcomer walk
2026-12-03z, Z7): the row is the event already saved — same partner, title and the slot
the file gave it — so it is not saved a second time beside the moved one; `--dry-run` says
the same, and names where the event is now.

Each test runs on both stores, BOT_DB a SQLite file or a postgresql:// URL of the test
server: the dry run opens a SQLite file only when it exists but a PostgreSQL URL always, so
the tests.pg_everywhere swap (a SQLite path that opens PostgreSQL) cannot stand in for it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from bot.core.models import EventStatus
from bot.storage import open_store
from tests.integration.conftest import create_database, drop_database
from tests.integration.test_cli_plan import TZ, arun, at
from tests.pg_server import PgCluster

PLAN = (
    "Дата;Время;Название;Классы;Место;Организатор\n"
    "16.12.2099;15:00-16:00;Кондитер;9Б;каб. 21;Колледж сервиса\n"
    "17.12.2099;12:00-13:00;Лекция о космосе;10А;актовый зал;Колледж сервиса\n"
)


@pytest.fixture(params=["sqlite", "postgres"])
async def db(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[str | Path]:
    """BOT_DB for the CLI, migrated and empty: a SQLite file, or a fresh database of the
    test PostgreSQL server."""
    monkeypatch.setenv("BOT_TZ", "Europe/Kaliningrad")
    monkeypatch.chdir(tmp_path)
    if request.param == "sqlite":
        target: str | Path = tmp_path / "plan.db"
        name = None
    else:
        cluster: PgCluster = request.getfixturevalue("pg_cluster")
        name = await create_database(cluster)
        target = cluster.url(name)
    monkeypatch.setenv("BOT_DB", str(target))
    await (await open_store(target, TZ)).close()
    yield target
    if name is not None:
        await drop_database(request.getfixturevalue("pg_cluster"), name)


async def titles_in(db: str | Path) -> list[str]:
    """The titles of the events stored from 2099 on, sorted."""
    store = await open_store(db, TZ)
    try:
        return sorted(e.title for e in await store.events_between(at("2099-01-01T00:00"), None))
    finally:
        await store.close()


async def _move(db: str | Path, title: str, days: int, new_title: str | None = None) -> None:
    """What «перенеси …» in the chat writes: the stored event's new start and end."""
    store = await open_store(db, TZ)
    try:
        [event] = [
            e for e in await store.events_between(at("2099-01-01T00:00"), None) if e.title == title
        ]
        moved = replace(
            event,
            start=event.start + timedelta(days=days),
            end=event.end + timedelta(days=days),
            title=new_title or event.title,
        )
        await store.update_event(moved, None)
    finally:
        await store.close()


async def _cancel(db: str | Path, title: str) -> None:
    """What «отмени …» in the chat writes: the stored event's status."""
    store = await open_store(db, TZ)
    try:
        [event] = [
            e for e in await store.events_between(at("2099-01-01T00:00"), None) if e.title == title
        ]
        await store.update_event(replace(event, status=EventStatus.CANCELLED), None)
    finally:
        await store.close()


async def test_a_row_moved_in_the_chat_is_not_saved_again(
    db: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plan.csv").write_text(PLAN, encoding="utf-8")
    assert await arun("import", "plan.csv") == 0
    capsys.readouterr()
    await _move(db, "Кондитер", 1)
    before = await titles_in(db)

    assert await arun("import", "plan.csv", "--dry-run") == 0
    dry = capsys.readouterr().out
    assert "к сохранению 0 мероприятий" in dry
    assert "уже в плане: 2" in dry
    assert "Кондитер — 16 декабря" in dry
    assert "в плане теперь: Кондитер — 17 декабря" in dry

    assert await arun("import", "plan.csv") == 0
    out = capsys.readouterr().out
    assert "сохранено 0 мероприятий" in out
    assert "уже в плане: 2" in out
    assert "в плане теперь: Кондитер — 17 декабря" in out
    assert await titles_in(db) == before


async def test_a_row_renamed_and_moved_in_the_chat_is_not_saved_again(
    db: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plan.csv").write_text(PLAN, encoding="utf-8")
    assert await arun("import", "plan.csv") == 0
    await _move(db, "Кондитер", 2, new_title="Мастер-класс «Кондитер»")
    before = await titles_in(db)
    capsys.readouterr()
    assert await arun("import", "plan.csv") == 0
    assert "сохранено 0 мероприятий" in capsys.readouterr().out
    assert await titles_in(db) == before


async def test_a_row_the_file_moves_is_still_a_new_event(
    db: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Guard: only a slot the stored event once had is its own; another is a new event."""
    (tmp_path / "plan.csv").write_text(PLAN, encoding="utf-8")
    assert await arun("import", "plan.csv") == 0
    await _move(db, "Кондитер", 1)
    (tmp_path / "plan.csv").write_text(PLAN.replace("16.12.2099", "20.12.2099"), encoding="utf-8")
    capsys.readouterr()
    assert await arun("import", "plan.csv", "--dry-run") == 0
    assert "к сохранению 1 мероприятие" in capsys.readouterr().out
    assert await arun("import", "plan.csv") == 0
    assert "сохранено 1 мероприятие" in capsys.readouterr().out
    assert (await titles_in(db)).count("Кондитер") == 2


async def test_a_row_moved_and_then_cancelled_in_the_chat_is_not_saved_again(
    db: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Attack 2026-12-03aa, #3: the old file run again does not bring back an event the
    chat cancelled; the summary names it «отменено в чате»."""
    (tmp_path / "plan.csv").write_text(PLAN, encoding="utf-8")
    assert await arun("import", "plan.csv") == 0
    await _move(db, "Лекция о космосе", 1)
    await _cancel(db, "Лекция о космосе")
    capsys.readouterr()

    assert await arun("import", "plan.csv", "--dry-run") == 0
    dry = capsys.readouterr().out
    assert "к сохранению 0 мероприятий" in dry
    assert "отменено в чате: 1" in dry
    assert "строка 3: Лекция о космосе — 17 декабря" in dry
    assert "отменено в чате (перед отменой — 18 декабря" in dry

    assert await arun("import", "plan.csv") == 0
    out = capsys.readouterr().out
    assert "сохранено 0 мероприятий" in out
    assert "отменено в чате: 1" in out
    assert "Лекция о космосе — 17 декабря" in out
    assert await titles_in(db) == ["Кондитер"]


async def test_a_row_cancelled_in_the_chat_is_not_saved_again(
    db: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same for an event cancelled where the file put it, and the other rows are saved."""
    (tmp_path / "plan.csv").write_text(PLAN, encoding="utf-8")
    assert await arun("import", "plan.csv") == 0
    await _cancel(db, "Кондитер")
    extra = "20.12.2099;10:00-11:00;Квиз;9Б;каб. 21;Колледж сервиса\n"
    (tmp_path / "plan.csv").write_text(PLAN + extra, encoding="utf-8")
    capsys.readouterr()
    assert await arun("import", "plan.csv") == 0
    out = capsys.readouterr().out
    assert "сохранено 1 мероприятие" in out
    assert "отменено в чате: 1" in out
    assert await titles_in(db) == ["Квиз", "Лекция о космосе"]


async def test_another_partners_row_like_a_cancelled_event_is_saved(
    db: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Guard: a cancel is its organisation's; another organiser's row is its own event."""
    (tmp_path / "plan.csv").write_text(PLAN, encoding="utf-8")
    assert await arun("import", "plan.csv") == 0
    await _cancel(db, "Кондитер")
    (tmp_path / "plan.csv").write_text(PLAN.replace("Колледж сервиса", "КГТУ"), encoding="utf-8")
    capsys.readouterr()
    assert await arun("import", "plan.csv") == 0
    assert "сохранено 2 мероприятия" in capsys.readouterr().out
    assert await titles_in(db) == ["Кондитер", "Лекция о космосе", "Лекция о космосе"]


async def test_the_same_lecture_for_another_class_as_a_cancelled_one_is_saved(
    db: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Attack 2026-12-03af #1: the chat cancelled «Кондитер» for 9Б; the plan's new row of
    the same partner's «Кондитер» at the same time for 10А in another room is another event
    (same_event: «the same lecture at the same time for other classes … is another event and
    must still be saved»), not a row «отменено в чате» — it was silently dropped."""
    (tmp_path / "plan.csv").write_text(PLAN, encoding="utf-8")
    assert await arun("import", "plan.csv") == 0
    await _cancel(db, "Кондитер")
    extra = "16.12.2099;15:00-16:00;Кондитер;10А;каб. 30;Колледж сервиса\n"
    (tmp_path / "plan.csv").write_text(PLAN + extra, encoding="utf-8")
    capsys.readouterr()
    assert await arun("import", "plan.csv", "--dry-run") == 0
    dry = capsys.readouterr().out
    assert "к сохранению 1 мероприятие" in dry
    assert "отменено в чате: 1" in dry  # 9Б's row, the one the chat cancelled
    assert await arun("import", "plan.csv") == 0
    out = capsys.readouterr().out
    assert "сохранено 1 мероприятие" in out
    assert "отменено в чате: 1" in out
    assert await titles_in(db) == ["Кондитер", "Лекция о космосе"]
