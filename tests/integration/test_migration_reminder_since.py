"""Migration 0026 fills events.timed_at and signups.going_since for rows stored before it,
from what the database already recorded (both backends): the latest audit row that set the
start or brought the event back from «cancelled» (else created_at), and a going sign-up's
updated_at."""

from __future__ import annotations

import json
from pathlib import Path

import asyncpg

from bot.storage.database import MIGRATIONS_DIR, connect, migrate
from bot.storage.postgres.schema import PG_MIGRATIONS_DIR
from bot.storage.postgres.schema import migrate as pg_migrate
from tests.integration.conftest import add_migration, migrations_before

NUMBER = "0026"
ADDED, RENAMED, MOVED, CANCELLED, RESTORED = 1000, 2000, 3000, 4000, 5000

# (event id, created_at, [(audit at, action, details)])
EVENTS = [
    (
        1,
        ADDED,
        [
            (ADDED, "add", {"start": "2026-12-15T15:00+02:00", "title": "Лекция"}),
            (RENAMED, "update", {"title": {"from": "Лекция", "to": "Лекция о мостах"}}),
            (MOVED, "update", {"start": {"from": "a", "to": "b"}, "end": {"from": "c", "to": "d"}}),
            (CANCELLED + 1, "update", {"venue": {"from": None, "to": "ауд. 204"}}),
        ],
    ),
    (
        2,
        ADDED,
        [
            (ADDED, "add", {"start": "2026-12-16T15:00+02:00"}),
            (CANCELLED, "update", {"status": {"from": "confirmed", "to": "cancelled"}}),
            (RESTORED, "update", {"status": {"from": "cancelled", "to": "confirmed"}}),
        ],
    ),
    (3, RENAMED, []),  # no audit rows (inserted by hand): its created_at
]
WANTED_EVENTS = {1: MOVED, 2: RESTORED, 3: RENAMED}
# (event id, person id, status, created_at, updated_at)
SIGNUPS = [
    (1, 1, "going", ADDED, MOVED),
    (1, 2, "waiting", ADDED, ADDED),
    (2, 1, "cancelled", 1, 9),
]
WANTED_SIGNUPS = {(1, 1): MOVED, (1, 2): None, (2, 1): None}


SEED = [
    "INSERT INTO organisations (id, name, name_key, kind, created_at)"
    " VALUES (1, 'КГТУ', 'кгту', 'partner', 0)",
    "INSERT INTO people (id, vk_id, role, created_at, updated_at)"
    " VALUES (1, 301, 'student', 0, 0), (2, 302, 'student', 0, 0)",
]


async def test_sqlite_backfill(tmp_path: Path) -> None:
    files = migrations_before(MIGRATIONS_DIR, tmp_path / "migrations", NUMBER)
    conn = await connect(tmp_path / "m.db")
    try:
        await migrate(conn, files)
        for statement in SEED:
            await conn.execute(statement)
        for event_id, created, audit in EVENTS:
            await conn.execute(
                "INSERT INTO events (id, title, organisation_id, starts_at, ends_at, duration,"
                " created_at, updated_at) VALUES (?, 'Лекция', 1, 0, 3600, 3600, ?, ?)",
                (event_id, created, created),
            )
            for stamp, action, details in audit:
                await conn.execute(
                    "INSERT INTO audit_log (at, entity, entity_id, action, details)"
                    " VALUES (?, 'event', ?, ?, ?)",
                    (stamp, event_id, action, json.dumps(details, ensure_ascii=False)),
                )
        await conn.executemany(
            "INSERT INTO signups (event_id, person_id, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            SIGNUPS,
        )
        await conn.commit()
        add_migration(MIGRATIONS_DIR, files, NUMBER)
        assert await migrate(conn, files) == [int(NUMBER)]
        async with conn.execute("SELECT id, timed_at FROM events") as cur:
            assert {r[0]: r[1] for r in await cur.fetchall()} == WANTED_EVENTS
        async with conn.execute("SELECT event_id, person_id, going_since FROM signups") as cur:
            assert {(r[0], r[1]): r[2] for r in await cur.fetchall()} == WANTED_SIGNUPS
    finally:
        await conn.close()


async def test_postgres_backfill(empty_pg: asyncpg.Connection, tmp_path: Path) -> None:
    files = migrations_before(PG_MIGRATIONS_DIR, tmp_path / "migrations", NUMBER)
    await pg_migrate(empty_pg, files)
    for statement in SEED:
        await empty_pg.execute(statement)
    for event_id, created, audit in EVENTS:
        await empty_pg.execute(
            "INSERT INTO events (id, title, organisation_id, starts_at, ends_at, duration,"
            " created_at, updated_at) VALUES ($1, 'Лекция', 1, 0, 3600, 3600, $2, $2)",
            event_id,
            created,
        )
        for stamp, action, details in audit:
            await empty_pg.execute(
                "INSERT INTO audit_log (at, entity, entity_id, action, details)"
                " VALUES ($1, 'event', $2, $3, $4::jsonb)",
                stamp,
                event_id,
                action,
                json.dumps(details, ensure_ascii=False),
            )
    await empty_pg.executemany(
        "INSERT INTO signups (event_id, person_id, status, created_at, updated_at)"
        " VALUES ($1, $2, $3, $4, $5)",
        SIGNUPS,
    )
    add_migration(PG_MIGRATIONS_DIR, files, NUMBER)
    assert await pg_migrate(empty_pg, files) == [int(NUMBER)]
    rows = await empty_pg.fetch("SELECT id, timed_at FROM events")
    assert {r["id"]: r["timed_at"] for r in rows} == WANTED_EVENTS
    rows = await empty_pg.fetch("SELECT event_id, person_id, going_since FROM signups")
    assert {(r["event_id"], r["person_id"]): r["going_since"] for r in rows} == WANTED_SIGNUPS
