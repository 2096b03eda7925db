"""Schools sharing pooled PostgreSQL connections without a round trip of their own for the
schema switch, and the city's notification passes run several schools at once (issue 14).

A unit of work puts its connection on the school's schema in the same simple query as its
BEGIN; a ROLLBACK undoes that SET, so the connection's schema must then be re-set before the
next read. A pinned block (the city's per-school notification pass) keeps one connection for
a school's whole run of calls. The tests squeeze several schools through ONE connection and
try to make one school read another's data: rolled-back switches, sibling tasks sharing a
pin, passes of several schools queued on a one-connection pool.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import Role
from bot.storage.postgres import open_postgres_store
from bot.transports.vk.city import tick_schools, unpinned_send

KGD = ZoneInfo("Europe/Kaliningrad")


async def _schools(url: str, keys: str, max_size: int = 1) -> list[Any]:
    return [await open_postgres_store(url, KGD, school=k, max_size=max_size) for k in keys]


async def _rolled_back(store: Any, key: str, value: str) -> None:
    """A unit that writes `key` and fails: nothing of it may stay."""
    async with store.unit(None):
        await store.set_setting(key, value)
        raise RuntimeError("rolled back")


async def _close(stores: list[Any]) -> None:
    for store in stores:
        await store.close()


def _log_schema_queries(store: Any, into: list[str]) -> None:
    """Record every statement naming search_path sent on `store`'s pool's connections."""
    for holder in store.pool._holders:
        if holder._con is not None:
            holder._con.add_query_logger(
                lambda r: into.append(r.query) if "search_path" in r.query else None
            )


async def test_a_unit_switches_school_in_the_round_trip_of_its_begin(pg_database: str) -> None:
    stores = await _schools(pg_database, "ab")
    a, b = stores
    sent: list[str] = []
    try:
        _log_schema_queries(a, sent)
        for store, value in ((a, "a1"), (b, "b1"), (a, "a2"), (a, "a3"), (b, "b2")):
            async with store.unit(None):
                await store.set_setting("note", value)
        assert await b.get_setting("note") == "b2"
        assert await a.get_setting("note") == "a3"
        # no SET of its own: each switch travelled with a BEGIN; a unit on the schema the
        # connection is already on sends no SET at all
        switches = [q for q in sent if q.endswith("; BEGIN")]
        assert switches == [
            "SET search_path TO school_a; BEGIN",
            "SET search_path TO school_b; BEGIN",
            "SET search_path TO school_a; BEGIN",
            "SET search_path TO school_b; BEGIN",
        ]
        # the committed switch is remembered: b's read after b's unit sent no SET, a's did
        assert [q for q in sent if not q.endswith("; BEGIN")] == ["SET search_path TO school_a"]
    finally:
        await _close(stores)


async def test_a_rolled_back_switch_is_set_again_before_the_next_read(pg_database: str) -> None:
    """ROLLBACK undoes a SET sent before BEGIN in the same query: the connection is back on
    school A while B's unit had switched it. The next read of either school must still see
    its own data."""
    stores = await _schools(pg_database, "ab")
    a, b = stores
    try:
        await a.set_setting("note", "A")
        await b.set_setting("note", "B")
        assert await a.get_setting("note") == "A"  # the connection is on A
        with pytest.raises(RuntimeError):
            await _rolled_back(b, "note", "lost")
        assert await b.get_setting("note") == "B"
        assert await a.get_setting("note") == "A"
        with pytest.raises(RuntimeError):
            await _rolled_back(b, "note", "lost")
        assert await a.get_setting("note") == "A"
        assert await b.get_setting("note") == "B"
    finally:
        await _close(stores)


async def test_sibling_tasks_share_a_pin_one_call_at_a_time(pg_database: str) -> None:
    stores = await _schools(pg_database, "ab", max_size=2)
    a, b = stores
    try:
        for n in range(20):
            await b.save_person(2000 + n, Role.STUDENT, f"B {n}")

        async def write(n: int) -> None:
            await a.save_person(1000 + n, Role.STUDENT, f"A {n}")
            async with a.unit(None):
                await a.set_setting(f"k{n}", str(n))
                assert await a.get_setting(f"k{n}") == str(n)

        async def read_b() -> None:  # another school on the pool's other connection
            for _ in range(10):
                assert len(await b.people_with_role(Role.STUDENT)) == 20

        async with a.pinned():
            await asyncio.gather(*(write(n) for n in range(20)), read_b())
            assert len(await a.people_with_role(Role.STUDENT)) == 20
        assert {p.vk_id for p in await a.people_with_role(Role.STUDENT)} == {
            1000 + n for n in range(20)
        }
    finally:
        await _close(stores)


async def test_school_passes_queue_on_a_one_connection_pool_without_mixing(
    pg_database: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Four schools' passes, all allowed at once, on a pool of ONE connection: each pass
    holds the connection it pinned (reads, units and a rolled-back unit) while it works,
    the others wait for it (no pass ever needs a second one, so none can deadlock); a
    failing school is logged and the others finish."""
    stores = await _schools(pg_database, "abcd")

    def school_pass(store: Any, key: str) -> Any:
        async def run() -> int:
            for n in range(5):
                await store.save_person(n, Role.STUDENT, f"{key} {n}")
                await asyncio.sleep(0)
                assert await store.get_setting("school") in (None, key)
                async with store.unit(None):
                    await store.set_setting("school", key)
            with pytest.raises(RuntimeError):
                await _rolled_back(store, "school", "lost")
            if key == "c":
                raise ValueError("this school's pass fails")
            return len(await store.people_with_role(Role.STUDENT))

        return run

    try:
        pairs = enumerate(zip(stores, "abcd", strict=True))
        passes = [(i, s, school_pass(s, k)) for i, (s, k) in pairs]
        with caplog.at_level(logging.ERROR):
            reached = await asyncio.wait_for(tick_schools(passes, concurrency=4), 60)
        assert reached == 15  # a, b and d: five people each; c failed
        assert "the notification tick of community 2 failed" in caplog.text
        for store, key in zip(stores, "abcd", strict=True):
            assert await store.get_setting("school") == key
            assert {p.name for p in await store.people_with_role(Role.STUDENT)} == {
                f"{key} {n}" for n in range(5)
            }
    finally:
        await _close(stores)


async def test_school_passes_overlap_up_to_the_concurrency(pg_database: str) -> None:
    stores = await _schools(pg_database, "abcdef", max_size=4)
    running = 0
    most = 0

    def school_pass(store: Any, key: str) -> Any:
        async def run() -> int:
            nonlocal running, most
            running += 1
            most = max(most, running)
            await store.set_setting("school", key)
            await asyncio.sleep(0.05)
            running -= 1
            return 1

        return run

    try:
        pairs = enumerate(zip(stores, "abcdef", strict=True))
        passes = [(i, s, school_pass(s, k)) for i, (s, k) in pairs]
        assert await tick_schools(passes, concurrency=3) == 6
        assert most == 3
        for store, key in zip(stores, "abcdef", strict=True):
            assert await store.get_setting("school") == key
    finally:
        await _close(stores)


async def test_a_pass_gives_its_connection_back_while_it_sends(pg_database: str) -> None:
    """Pool of ONE connection, two schools' passes at once: A's send waits until B has
    done its database work, which B can only do on the connection A gave back; A then
    finds its own schema again."""
    stores = await _schools(pg_database, "ab")
    a, b = stores
    b_done = asyncio.Event()

    async def send(reply: object) -> None:
        await asyncio.wait_for(b_done.wait(), 20)  # the limiter's wait, made long

    async def pass_a() -> int:
        await a.set_setting("school", "a")
        await unpinned_send(a, send)("reply")
        async with a.unit(None):
            await a.set_setting("after", "a")
        return 1 if await a.get_setting("school") == "a" else 0

    async def pass_b() -> int:
        await b.set_setting("school", "b")
        found = await b.get_setting("school")
        b_done.set()
        return 1 if found == "b" else 0

    try:
        passes = [(1, a, pass_a), (2, b, pass_b)]
        assert await asyncio.wait_for(tick_schools(passes, concurrency=2), 30) == 2
        assert await a.get_setting("after") == "a"
        assert await b.get_setting("after") is None
    finally:
        await _close(stores)


async def test_a_read_inside_a_send_keeps_no_connection_while_the_send_waits(
    pg_database: str,
) -> None:
    """Attack 60, #4: the send itself reads the store before its VK calls (the apps'
    abilities of a poll's recipients, clients.Clients.of; a batch's message made again
    between two groups of apps, STILL_MEANT). That read took the pass's pinned connection
    back and kept it while the send then waited on VK: on a pool of ONE connection, B's pass
    could not run until A's send was done (a city's pool held by slow VK answers)."""
    stores = await _schools(pg_database, "ab")
    a, b = stores
    b_done = asyncio.Event()

    async def send(reply: object) -> None:
        await a.get_setting("school")  # the send's own read, then VK's slow answer
        await asyncio.wait_for(b_done.wait(), 20)

    async def pass_a() -> int:
        await a.set_setting("school", "a")
        await unpinned_send(a, send)("reply")
        return 1 if await a.get_setting("school") == "a" else 0

    async def pass_b() -> int:
        await asyncio.sleep(0.2)  # A is inside its send by now
        await b.set_setting("school", "b")
        found = await b.get_setting("school")
        b_done.set()
        return 1 if found == "b" else 0

    try:
        passes = [(1, a, pass_a), (2, b, pass_b)]
        assert await asyncio.wait_for(tick_schools(passes, concurrency=2), 30) == 2
    finally:
        await _close(stores)
