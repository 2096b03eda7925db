"""Attack 40 on safety40 #1 (a plan file takes the person's lock, bot/core/planner.py
`Planner._person_and_dialog`): the SAME plan file sent twice by the curator (two VK
updates: a double send) reaches two Callback API workers at once. Whichever is handled
second must find the first's drafts and say the same plan is waiting already (not added
twice); «да» then saves each row once — never both files' drafts, never one lost. On
PostgreSQL the `dialogs` table is held in SHARE mode until both workers wait (the overlap
is certain), as in tests/e2e/test_safety40_file_and_message.py."""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest

from bot.storage import open_store
from tests.e2e.conftest import CURATOR, TZ, make_settings
from tests.e2e.test_attack_26 import _post, workers
from tests.e2e.test_safety40_file_and_message import (
    FILE_TITLES,
    PLAN,
    _both_waiting,
    dialogs_held,
)
from tests.e2e.vk_server import FakeVK
from tests.integration.conftest import create_database, drop_database, pg_cluster
from tests.pg_server import PgCluster

__all__ = ["pg_cluster"]


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
async def test_one_plan_file_sent_twice_at_two_workers_is_saved_once(
    vk: FakeVK, tmp_path: Path, request: pytest.FixtureRequest, backend: str
) -> None:
    settings = make_settings(tmp_path, f"{vk.base_url}/method/")
    cluster: PgCluster | None = None
    name = ""
    if backend == "postgres":
        cluster = request.getfixturevalue("pg_cluster")
        name = await create_database(cluster)
        settings = replace(settings, db_url=cluster.url(name))
    try:
        async with workers(vk, settings) as urls, aiohttp.ClientSession() as http:
            await _post(http, urls[0], vk.push_message(CURATOR, "привет"))
            await vk.wait_for(lambda s: len(s.texts_to(CURATOR)) >= 1, within=30)
            seen = len(vk.texts_to(CURATOR))
            url = cluster.url(name) if cluster is not None else None
            async with dialogs_held(url) as conn:
                first = vk.push_document(CURATOR, "план.xlsx", PLAN)
                again = vk.push_document(CURATOR, "план.xlsx", PLAN)
                posts = [
                    asyncio.create_task(_post(http, urls[0], first)),
                    asyncio.create_task(_post(http, urls[1], again)),
                ]
                if conn is not None:
                    await _both_waiting(conn)
            await asyncio.gather(*posts)
            await vk.wait_for(lambda s: len(s.texts_to(CURATOR)) >= seen + 2, within=30)
            answers = vk.texts_to(CURATOR)[seen:]
            # the second sees the first's drafts: the same file is not added twice
            assert any("уже ждёт подтверждения" in t for t in answers), answers
            for text in ("да",):
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
    assert saved == Counter(FILE_TITLES), (saved, vk.texts_to(CURATOR)[-3:])
