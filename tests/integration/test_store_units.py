"""Units of work, concurrent writers and stored text, tried against the real SQLite store.

Two stores on one file stand for two worker processes (each has its own connection, as
two processes would); a raw sqlite3 connection holding the write lock stands for a busy
neighbour.
"""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.access import EventChangedError
from bot.core.models import Event, EventStatus, NewEvent, OrgKind, Role
from bot.storage.database import available_migrations, connect, migrate
from bot.storage.postgres import DuplicateKeyError
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.fixture
async def pair(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, SqliteStore]]:
    first = await open_store(tmp_path / "plan.db", TZ)
    second = await open_store(tmp_path / "plan.db", TZ)
    yield first, second
    await first.close()
    await second.close()


async def one_event(store: SqliteStore) -> Event:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    [event] = await store.add_events(
        [NewEvent("Лекция", org.id, at("2026-12-15T15:00"), at("2026-12-15T16:00"))], None
    )
    return event


async def test_a_unit_commits_effects_and_mark_together(
    pair: tuple[SqliteStore, SqliteStore],
) -> None:
    store, other = pair
    sent: list[int] = []

    async def reply() -> None:  # runs after the commit: the other worker sees the effects
        sent.append(await other.count_events())

    async with store.unit("ev1"):
        await one_event(store)
        assert store.after_commit(reply)
        assert await other.count_events() == 0  # nothing visible before the commit
        assert not await other.update_handled("ev1")
    assert sent == [1]
    assert await other.update_handled("ev1")


async def test_a_failed_unit_leaves_neither_effects_nor_mark(
    pair: tuple[SqliteStore, SqliteStore],
) -> None:
    store, other = pair
    sent: list[str] = []

    async def reply() -> None:
        sent.append("sent")

    async def crash() -> None:
        async with store.unit("ev1"):
            await one_event(store)
            store.after_commit(reply)
            raise RuntimeError("crash before commit")

    with pytest.raises(RuntimeError, match="crash"):
        await crash()
    assert await other.count_events() == 0
    assert not await other.update_handled("ev1")
    assert sent == []
    async with store.unit("ev1"):  # the redelivery is handled, once
        await one_event(store)
    assert await other.count_events() == 1


async def test_the_same_update_on_two_workers_commits_once(
    pair: tuple[SqliteStore, SqliteStore],
) -> None:
    first, second = pair
    await first.create_organisation("КГТУ", OrgKind.PARTNER)
    sent: list[str] = []
    started = asyncio.Event()

    async def handle(store: SqliteStore, name: str) -> bool:
        async with store.unit("ev7") as unit:
            org = await store.find_organisation("КГТУ")
            assert org is not None
            await store.add_events(
                [NewEvent("Лекция", org.id, at("2026-12-15T15:00"), at("2026-12-15T16:00"))],
                None,
            )

            async def reply() -> None:
                sent.append(name)

            store.after_commit(reply)
            started.set()
            await asyncio.sleep(0.05)
        return not unit.duplicate

    results = await asyncio.gather(handle(first, "a"), handle(second, "b"))
    assert sorted(results) == [False, True]
    assert await first.count_events() == 1
    assert len(sent) == 1  # the loser's replies are dropped with its effects


async def test_a_failing_store_call_inside_a_unit_undoes_only_itself(
    pair: tuple[SqliteStore, SqliteStore],
) -> None:
    store, other = pair
    async with store.unit("ev2"):
        await store.create_organisation("КГТУ", OrgKind.PARTNER)
        with pytest.raises((sqlite3.IntegrityError, DuplicateKeyError)):  # SQLite, PostgreSQL
            await store.create_organisation("кгту", OrgKind.PARTNER)
        await store.create_organisation("БФУ", OrgKind.PARTNER)
    assert [o.name for o in await other.list_organisations()] == ["БФУ", "КГТУ"]


async def test_readers_of_the_same_process_never_see_an_open_unit(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        seen: list[int] = []
        inside = asyncio.Event()

        async def failing_unit() -> None:
            async with store.unit("ev3"):
                await one_event(store)
                inside.set()
                await asyncio.sleep(0.1)
                raise RuntimeError("rolled back")

        async def writer() -> None:
            with pytest.raises(RuntimeError):
                await failing_unit()

        async def reader() -> None:
            await inside.wait()
            seen.append(await store.count_events())  # waits for the unit, sees no dirt

        await asyncio.gather(writer(), reader())
        assert seen == [0]
    finally:
        await store.close()


async def test_a_stale_write_conflicts_and_loses_nothing(
    pair: tuple[SqliteStore, SqliteStore],
) -> None:
    first, second = pair
    event = await one_event(first)
    seen_by_mover = await second.get_event(event.id)
    assert seen_by_mover is not None
    cancelled = await first.set_event_status(event.id, EventStatus.CANCELLED, None)
    assert cancelled.version == event.version + 1
    moved = replace(seen_by_mover, start=at("2026-12-15T17:00"), end=at("2026-12-15T18:00"))
    with pytest.raises(EventChangedError) as conflict:
        await second.update_event(moved, None)
    assert conflict.value.current is not None
    assert conflict.value.current.status is EventStatus.CANCELLED
    now = await first.get_event(event.id)
    assert now is not None
    assert (now.status, now.start) == (EventStatus.CANCELLED, event.start)
    assert [e["action"] for e in await first.audit_entries(event.id)] == ["add", "update"]


async def test_writers_wait_out_a_busy_database(tmp_path: Path) -> None:
    """Another process holds the write lock longer than busy_timeout: retried, not failed."""
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        await store.conn.execute("PRAGMA busy_timeout = 50")
        blocker = sqlite3.connect(tmp_path / "plan.db", isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        loop = asyncio.get_running_loop()
        loop.call_later(0.4, blocker.execute, "COMMIT")
        org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
        assert org.name == "КГТУ"
        blocker.close()
    finally:
        await store.close()


async def test_control_characters_never_reach_the_database(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        org = await store.create_organisation("КГ\x1bТУ", OrgKind.PARTNER)
        assert org.name == "КГТУ"
        person = await store.save_person(5, Role.STUDENT, "Пе\x00тя\x08", class_name="9Б")
        assert person.name == "Петя"
        [event] = await store.add_events(
            [
                NewEvent(
                    "Лек\x07ция\r\nо\tкосмосе\x0b",
                    org.id,
                    at("2026-12-15T15:00"),
                    at("2026-12-15T16:00"),
                    venue="ауд.\x0c 204",
                )
            ],
            None,
        )
        assert (event.title, event.venue) == ("Лекция\nо\tкосмосе", "ауд. 204")
        moved = await store.update_event(replace(event, title="Ново\x01е"), None)
        assert moved.title == "Новое"
        await store.save_feedback(event.id, person.id, "student", comment="Класс\x00но\x1f!")
        [answer] = await store.feedback_of([event.id])
        assert answer["comment"] == "Классно!"
    finally:
        await store.close()


async def test_migration_cleans_text_stored_before(tmp_path: Path) -> None:
    older = tmp_path / "older"
    older.mkdir()
    for migration in available_migrations():
        if migration.version < 8:
            shutil.copy(migration.path, older / migration.path.name)
    conn = await connect(tmp_path / "old.db")
    try:
        await migrate(conn, older)
        await conn.execute(
            "INSERT INTO organisations (name, name_key, kind, created_at)"
            " VALUES ('Муз\x07ей', 'муз\x07ей', 'partner', 0)"
        )
        await conn.execute(
            "INSERT INTO events (title, organisation_id, starts_at, ends_at, duration,"
            " venue, created_at, updated_at) VALUES ('Ле\x01к\x1fция\nдве', 1, 0, 60, 60,"
            " 'за\x7fл', 0, 0)"
        )
        await migrate(conn)
        async with conn.execute("SELECT title, venue, version FROM events") as cur:
            row = await cur.fetchone()
        assert row is not None
        assert tuple(row) == ("Лекция\nдве", "зал", 1)
        async with conn.execute("SELECT name FROM organisations") as cur:
            org = await cur.fetchone()
        assert org is not None
        assert org[0] == "Музей"
    finally:
        await conn.close()


async def test_plain_transactions_interleave_safely(tmp_path: Path) -> None:
    """Many coroutines writing through one connection: every write lands, none is lost."""
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        people = await asyncio.gather(
            *(
                store.save_person(1000 + i, Role.STUDENT, f"S{i}", class_name="9Б")
                for i in range(50)
            )
        )
        assert len({p.id for p in people}) == 50
        await asyncio.gather(*(store.set_setting(f"k{i}", str(i)) for i in range(50)))
        assert [await store.get_setting(f"k{i}") for i in range(50)] == [str(i) for i in range(50)]
    finally:
        await store.close()
