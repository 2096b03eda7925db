"""BOT_DB=postgresql://… end to end: the console conversation and `migrate` on a real server."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import asyncpg

from tests.integration.test_console import run_console

ROOT = Path(__file__).resolve().parents[2]


def test_console_conversation_on_postgresql(pg_database: str) -> None:
    db = pg_database  # run_console puts str(db) into BOT_DB: a URL passes through intact
    first = run_console(
        db,
        "partner",
        "Мастер-класс по робототехнике 15 декабря 2099 с 15:00 до 16:30, 9–11 классы, ауд. 204",
        "1",
    )
    assert "Накладок нет" in first
    assert "Сохранено ✅" in first
    second = run_console(db, "curator", "Лекция 15 декабря 2099 в 16:00, 10А, ауд. 204", "да")
    assert "Накладки (1)" in second
    assert "те же ученики, то же место" in second
    assert asyncio.run(_titles(pg_database)) == ["Лекция", "Мастер-класс по робототехнике"]


async def _titles(url: str) -> list[str]:
    conn = await asyncpg.connect(url)
    try:
        return [str(r[0]) for r in await conn.fetch("SELECT title FROM events ORDER BY title")]
    finally:
        await conn.close()


def _migrate(url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "migrate"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "BOT_DB": url},
        timeout=60,
        check=False,
    )


async def test_migrate_command_and_newer_schema_refusal(pg_database: str) -> None:
    url = pg_database.replace("postgres@", "postgres:secret@")  # trust auth ignores it
    done = _migrate(url)
    assert done.returncode == 0, done.stderr
    assert "схема базы обновлена" in done.stdout
    assert "secret" not in done.stdout
    conn = await asyncpg.connect(pg_database)
    try:
        await conn.execute(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'x')"
        )
    finally:
        await conn.close()
    refused = _migrate(url)
    assert refused.returncode == 2
    assert "база на версии схемы 999" in refused.stderr
    assert "secret" not in refused.stderr
