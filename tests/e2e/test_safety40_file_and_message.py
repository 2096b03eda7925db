"""Safety40 #1, through real Callback API workers and the local VK server: a plan file and a
typed event of ONE person handled by two workers at the same moment. Each update reads the
person's dialog at its start and writes it at its end; unless the two run one after the
other, the later write silently drops the other's drafts — the person was shown both
summaries, «да» saves only one of them (or the wrong one), and the other plan is lost.

On PostgreSQL the test holds the `dialogs` table in SHARE mode from its own connection while
the two updates arrive (reads pass, writes wait): the two workers then surely overlap as
they would on a slow database. On SQLite BEGIN IMMEDIATE already serialises them."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import asyncpg
import pytest

from bot.storage import open_store
from tests.e2e.conftest import CURATOR, TZ, make_settings
from tests.e2e.test_attack_26 import _post, workers
from tests.e2e.vk_server import FakeVK
from tests.integration.conftest import create_database, drop_database, pg_cluster
from tests.pg_server import PgCluster
from tests.plan_makers import xlsx

__all__ = ["pg_cluster"]  # the session's PostgreSQL server (tests/integration/conftest.py)

FILE_TITLES = ["Лекция о космосе", "Мастер-класс по робототехнике"]
TYPED_TITLE = "Экскурсия в порт"
PLAN = xlsx(
    {
        "План": [
            ["Мероприятие", "Дата", "Время", "Классы", "Место"],
            [FILE_TITLES[0], "16.12.2026", "15:00", "9А", "актовый зал"],
            [FILE_TITLES[1], "17.12.2026", "15:00", "9А", "кабинет 12"],
        ]
    }
)


@contextlib.asynccontextmanager
async def dialogs_held(url: str | None) -> AsyncIterator[asyncpg.Connection | None]:
    """The `dialogs` table held in SHARE mode (reads pass, writes wait) until the block
    ends; nothing on SQLite (`url` None)."""
    if url is None:
        yield None
        return
    conn = await asyncpg.connect(url)
    try:
        tx = conn.transaction()
        await tx.start()
        await conn.execute("LOCK TABLE dialogs IN SHARE MODE")
        try:
            yield conn
        finally:
            await tx.commit()
    finally:
        await conn.close()


async def _both_waiting(conn: asyncpg.Connection) -> None:
    """Until two other sessions wait for a lock (each worker at its first blocked step)."""
    for _ in range(400):
        waiting = await conn.fetchval(
            "SELECT count(DISTINCT pid) FROM pg_locks WHERE NOT granted AND pid <> pg_backend_pid()"
        )
        if waiting >= 2:
            return
        await asyncio.sleep(0.025)
    raise AssertionError("the two workers never reached the database together")


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
async def test_a_plan_file_and_a_typed_event_at_two_workers_keep_both(
    vk: FakeVK, tmp_path: Path, request: pytest.FixtureRequest, backend: str
) -> None:
    """The curator sends a plan file (two rows) to one worker and types an event to another
    at the same moment. Whichever is handled second finds the other's drafts pending and
    asks «добавь / замени / оставь оба»; «добавь» then «да» saves all three, each once.
    Before safety40 (PostgreSQL) both read an empty dialog, no question was asked, and
    «да» saved only the one whose dialog was written last."""
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    cluster: PgCluster | None = None
    name = ""
    if backend == "postgres":
        cluster = request.getfixturevalue("pg_cluster")
        name = await create_database(cluster)
        settings = replace(settings, db_url=cluster.url(name))
    try:
        async with workers(vk, settings) as urls, aiohttp.ClientSession() as http:
            typed = vk.push_message(
                CURATOR, "привет"
            )  # the curator known, the dialog's row written, before the race
            await _post(http, urls[0], typed)
            await vk.wait_for(lambda s: len(s.texts_to(CURATOR)) >= 1, within=30)
            seen = len(vk.texts_to(CURATOR))
            url = cluster.url(name) if cluster is not None else None
            async with dialogs_held(url) as conn:
                sent = vk.push_document(CURATOR, "план.xlsx", PLAN)
                said = vk.push_message(
                    CURATOR, f"{TYPED_TITLE} 18 декабря в 15:00, 9А, сбор у школы"
                )
                posts = [
                    asyncio.create_task(_post(http, urls[0], sent)),
                    asyncio.create_task(_post(http, urls[1], said)),
                ]
                if conn is not None:
                    await _both_waiting(conn)
            await asyncio.gather(*posts)
            await vk.wait_for(lambda s: len(s.texts_to(CURATOR)) >= seen + 2, within=30)
            answers = vk.texts_to(CURATOR)[seen:]
            assert any("Что сделать с" in t for t in answers), answers  # the second asks
            for text in ("добавь", "да"):
                seen = len(vk.texts_to(CURATOR))
                await _post(http, urls[1], vk.push_message(CURATOR, text))
                await vk.wait_for(lambda s, n=seen: len(s.texts_to(CURATOR)) > n, within=30)
            store = await open_store(settings.db_target, TZ)
            try:
                events = await store.events_between(datetime(2026, 1, 1, tzinfo=UTC), None)
            finally:
                await store.close()
    finally:
        if cluster is not None:
            await drop_database(cluster, name)
    saved = Counter(e.title for e in events)
    assert saved == Counter([*FILE_TITLES, TYPED_TITLE]), (saved, vk.texts_to(CURATOR)[-3:])
