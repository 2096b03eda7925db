"""A city deployment on a FRESH PostgreSQL database, as production starts it: the schools
config names a postgresql:// URL (no test double swaps the store), two workers start on it,
and the deployment-wide coordination (the notification lease, each community's shared send
limiter — bot/workers.py) must work there: its tables exist, its connections are shared by
all communities (a pool per community would exhaust the server's connections at city scale),
and one worker at a time ticks.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import asyncpg
import pytest

from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.core.ports import FixedClock
from bot.schools_config import load_city_config
from bot.transports.vk.city import CityApp, create_city
from tests.e2e.conftest import FAST_RETRY, make_settings
from tests.e2e.vk_server import FakeVK
from tests.integration.conftest import create_database
from tests.pg_server import PgCluster

KGD = ZoneInfo("Europe/Kaliningrad")
SCHOOLS = 12
GROUP = 6100  # community of school i: GROUP + i
STUDENT = 8100
STORE_POOL, COORDINATION_POOL = 10, 4  # the most connections one worker may open


def config_text(url: str) -> str:
    schools = "".join(
        f"""
[[school]]
key = "s{i}"
name = "Школа №{i}"
group_id = {GROUP + i}
token_env = "TOKEN_{i}"
secret_env = "SECRET_{i}"
tz = "Europe/Kaliningrad"
curators = [{7000 + i}]
"""
        for i in range(SCHOOLS)
    )
    return f'db = "{url}"\n' + schools


ENV = {f"TOKEN_{i}": f"token-{i}" for i in range(SCHOOLS)} | {
    f"SECRET_{i}": f"secret-{i}" for i in range(SCHOOLS)
}


@pytest.fixture
async def url(pg_cluster: PgCluster) -> str:
    return pg_cluster.url(await create_database(pg_cluster, migrated=False))


@pytest.fixture
async def vk() -> AsyncIterator[FakeVK]:
    server = FakeVK(
        communities={f"token-{i}": GROUP + i for i in range(SCHOOLS)},
        managers_of={GROUP + i: () for i in range(SCHOOLS)},
    )
    await server.start()
    yield server
    await server.stop()


async def start_worker(tmp_path: Path, url: str, vk: FakeVK, clock: FixedClock) -> CityApp:
    path = tmp_path / "schools.toml"
    path.write_text(config_text(url), encoding="utf-8")
    config = load_city_config(path, ENV)
    base = make_settings(tmp_path, f"{vk.base_url}/method/")
    return await create_city(base, config, clock=clock, retry=FAST_RETRY)


async def connections(url: str) -> int:
    conn = await asyncpg.connect(url)
    try:
        count = await conn.fetchval(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
        )
        return int(count) - 1  # not this one
    finally:
        await conn.close()


async def test_two_workers_on_a_fresh_database_send_each_reminder_once(
    tmp_path: Path, url: str, vk: FakeVK
) -> None:
    clock = FixedClock(datetime(2099, 12, 10, 16, 0, tzinfo=KGD))
    first = await start_worker(tmp_path, url, vk, clock)
    second = await start_worker(tmp_path, url, vk, clock)
    try:
        app = first.apps[GROUP + 3]
        org = await app.store.create_organisation("КГТУ", OrgKind.PARTNER)
        start = datetime(2099, 12, 11, 15, 0, tzinfo=KGD)
        [event] = await app.store.add_events(
            [NewEvent("Лекция", org.id, start, start.replace(hour=16), audience=Audience())],
            None,
        )
        student = await app.store.save_person(STUDENT, Role.STUDENT, "Ученик", None, "10А")
        assert await app.store.sign_up(event.id, student.id) == "going"

        leases = [w.leased for w in (first, second)]
        assert leases[0] is not None
        assert leases[1] is not None
        held = [await leased.check_lease() for leased in leases]
        assert sorted(held) == [False, True]  # one worker runs the city's notifications
        # the holder catches up at once (a tick of its own); the other never ticks
        await vk.wait_for(lambda s: any("Лекция" in t for t in s.texts_from(GROUP + 3, STUDENT)))
        idle = leases[1] if held[0] else leases[0]
        assert await idle.tick() == 0
        assert await (leases[0] if held[0] else leases[1]).tick() == 0  # nothing due twice
        reminders = [t for t in vk.texts_from(GROUP + 3, STUDENT) if "Лекция" in t]
        assert len(reminders) == 1  # through school 3's community, once
        assert all(m.group_id == GROUP + 3 for m in vk.sent if STUDENT in m.peer_ids)
        assert await connections(url) <= 2 * (STORE_POOL + COORDINATION_POOL)
    finally:
        await first.close()
        await second.close()
