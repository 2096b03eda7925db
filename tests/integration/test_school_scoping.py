"""One store per school (issue 14): no school reads another school's data, on both backends.

SQLite keeps each school in its own file, PostgreSQL in its own schema of one database over
one shared pool. The tests write two schools' plans, people, sign-ups, feedback, settings and
dialogs, then try to read each school's data through the other school's store — by listing,
by id, by VK id — and check that every school still finds exactly its own. On PostgreSQL they
also force both schools through ONE pooled connection (every call switches its search_path),
interleave them, roll back in between, and count the SET statements the switching costs.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
import pytest

from bot.core.models import NewEvent, OrgKind, Role
from bot.storage import open_store
from bot.storage.postgres import open_postgres_store
from bot.storage.postgres.shared import _REGISTRY
from bot.storage.scoping import BadSchoolKey, check_school_key, sqlite_school_path
from tests.contracts.backends import at
from tests.integration.conftest import Backend

KGD = ZoneInfo("Europe/Kaliningrad")
OMSK = ZoneInfo("Asia/Omsk")


def _target(backend: Backend) -> str | Path:
    """Where a deployment's schools live: a directory of files, or the database's URL."""
    if backend.name == "sqlite":
        return Path(backend.target).parent / "schools"
    return backend.target


@pytest.fixture
async def schools(backend: Backend) -> AsyncIterator[tuple[Any, Any]]:
    """Stores of two schools, "a" (Kaliningrad) and "b" (Omsk), in one deployment."""
    target = _target(backend)
    a = await open_store(target, KGD, school="a")
    b = await open_store(target, OMSK, school="b")
    yield a, b
    await a.close()
    await b.close()


def _event(org_id: int, title: str, day: str, tz: ZoneInfo = KGD) -> NewEvent:
    return NewEvent(
        title=title,
        organisation_id=org_id,
        start=at(f"{day}T15:00", tz),
        end=at(f"{day}T16:00", tz),
    )


async def _fill(store: Any, name: str, titles: list[str], student_vk: int) -> dict[str, Any]:
    """A school's organisation, events, a student signed up to each, feedback, a setting."""
    org = await store.create_organisation(name, OrgKind.SCHOOL)
    events = await store.add_events(
        [_event(org.id, t, f"2026-12-0{i + 1}", store.tz) for i, t in enumerate(titles)], None
    )
    student = await store.save_person(student_vk, Role.STUDENT, f"Ученик {name}", None, "9А")
    for event in events:
        assert await store.sign_up(event.id, student.id) == "going"
        await store.save_feedback(event.id, student.id, "student", rating=5, comment=name)
    await store.set_setting("school_note", name)
    await store.set_dialog(student.id, {"step": name})
    return {"org": org, "events": events, "student": student}


async def test_each_school_sees_only_its_own_data(schools: tuple[Any, Any]) -> None:
    a, b = schools
    mine = await _fill(a, "Гимназия №32", ["Лекция А"], student_vk=1001)
    theirs = await _fill(b, "Лицей №23", ["Театр Б", "Музей Б", "Завод Б"], student_vk=2002)
    wide = (at("2026-01-01T00:00"), at("2027-12-31T00:00"))

    assert [e.title for e in await a.events_between(*wide)] == ["Лекция А"]
    assert [e.title for e in await b.events_between(*wide)] == ["Театр Б", "Музей Б", "Завод Б"]
    assert [e.title for e in await a.events_overlapping(*wide)] == ["Лекция А"]
    # B's third event has an id school A never gave out: A does not find it
    forged = theirs["events"][2].id
    assert forged not in {e.id for e in mine["events"]}
    assert await a.get_event(forged) is None
    assert await a.signup_counts([forged]) == {}
    assert await a.feedback_of([forged]) == []
    # people, organisations, settings and dialogs stay home
    assert await a.get_person_by_vk(2002) is None
    assert await b.get_person_by_vk(1001) is None
    assert [o.name for o in await a.list_organisations()] == ["Гимназия №32"]
    assert await a.find_organisation("Лицей №23") is None
    assert [p.vk_id for p in await a.people_with_role(Role.STUDENT)] == [1001]
    assert await a.get_setting("school_note") == "Гимназия №32"
    assert await b.get_setting("school_note") == "Лицей №23"
    assert await a.get_dialog(mine["student"].id) == {"step": "Гимназия №32"}
    assert [c["comment"] for c in await b.feedback_of([e.id for e in theirs["events"]])] == [
        "Лицей №23"
    ] * 3
    # each school's times come back in its own zone
    assert (await b.events_between(*wide))[0].start.tzinfo == OMSK


async def test_one_person_has_a_role_per_school(schools: tuple[Any, Any]) -> None:
    """A teacher who is a curator in one school and a partner's guest in another."""
    a, b = schools
    await a.save_person(3003, Role.CURATOR, "Завуч")
    await b.save_person(3003, Role.PARTNER, "Гость")
    assert (await a.get_person_by_vk(3003)).role is Role.CURATOR  # type: ignore[union-attr]
    assert (await b.get_person_by_vk(3003)).role is Role.PARTNER  # type: ignore[union-attr]
    assert [p.vk_id for p in await b.people_with_role(Role.CURATOR)] == []


async def test_reopening_finds_each_school_where_it_was(backend: Backend) -> None:
    target = _target(backend)
    a = await open_store(target, KGD, school="a")
    b = await open_store(target, KGD, school="b")
    await _fill(a, "Гимназия №32", ["Лекция А"], 1001)
    await _fill(b, "Лицей №23", ["Театр Б"], 2002)
    await a.close()
    await b.close()
    b = await open_store(target, KGD, school="b")
    a = await open_store(target, KGD, school="a")
    try:
        wide = (at("2026-01-01T00:00"), at("2027-12-31T00:00"))
        assert [e.title for e in await a.events_between(*wide)] == ["Лекция А"]
        assert [e.title for e in await b.events_between(*wide)] == ["Театр Б"]
    finally:
        await a.close()
        await b.close()


@pytest.mark.parametrize("key", ["G32", "32", "g-32", "g32; DROP TABLE events", "", "x" * 41])
async def test_a_key_that_is_not_a_slug_opens_nothing(backend: Backend, key: str) -> None:
    with pytest.raises(BadSchoolKey):
        await open_store(_target(backend), KGD, school=key)
    with pytest.raises(BadSchoolKey):
        check_school_key(key)


async def test_sqlite_keeps_one_file_per_school(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "city", KGD, school="lyceum23")
    await store.close()
    assert sqlite_school_path(tmp_path / "city", "lyceum23").is_file()
    assert sorted(p.name for p in (tmp_path / "city").glob("*.sqlite3")) == ["lyceum23.sqlite3"]


# PostgreSQL only: the shared pool and the per-connection schema


async def test_schools_share_one_pool_closed_by_the_last(pg_database: str) -> None:
    a = await open_postgres_store(pg_database, KGD, school="a")
    b = await open_postgres_store(pg_database, KGD, school="b")
    assert a.pool is b.pool
    await a.close()
    await b.save_person(1, Role.STUDENT)  # still open for B
    assert await b.get_person_by_vk(1) is not None
    await b.close()
    assert not any(e.pool is b.pool for e in _REGISTRY.pools.values())
    schemas = await _schemas(pg_database)
    assert {"school_a", "school_b"} <= schemas


async def test_interleaved_schools_on_one_connection_never_mix(pg_database: str) -> None:
    """max_size=1: every call of one school follows a call of the other on the same
    connection; units, savepoints and rollbacks are interleaved too."""
    a = await open_postgres_store(pg_database, KGD, school="a", max_size=1)
    b = await open_postgres_store(pg_database, KGD, school="b", max_size=1)
    try:
        org_a = await a.create_organisation("A", OrgKind.SCHOOL)
        org_b = await b.create_organisation("B", OrgKind.SCHOOL)

        async def add(store: Any, org_id: int, title: str, n: int) -> None:
            for i in range(n):
                await store.add_events([_event(org_id, f"{title} {i}", "2026-12-01")], None)

        async def rolled_back(store: Any) -> None:
            async with store.unit(None):
                await store.set_setting("lost", "yes")
                raise RuntimeError("rolled back")

        async def fail_in_a_unit(store: Any) -> None:
            with pytest.raises(RuntimeError):
                await rolled_back(store)

        await asyncio.gather(
            add(a, org_a.id, "A", 6), add(b, org_b.id, "B", 4), fail_in_a_unit(a), fail_in_a_unit(b)
        )
        wide = (at("2026-01-01T00:00"), at("2027-12-31T00:00"))
        titles_a = {e.title for e in await a.events_between(*wide)}
        titles_b = {e.title for e in await b.events_between(*wide)}
        assert titles_a == {f"A {i}" for i in range(6)}
        assert titles_b == {f"B {i}" for i in range(4)}
        assert await a.get_setting("lost") is None
        assert await b.get_setting("lost") is None
    finally:
        await a.close()
        await b.close()


async def test_the_schema_is_set_only_when_the_connection_changes_school(
    pg_database: str,
) -> None:
    a = await open_postgres_store(pg_database, KGD, school="a", max_size=1)
    b = await open_postgres_store(pg_database, KGD, school="b", max_size=1)
    sets: list[str] = []
    try:
        async with a.pool.acquire() as conn:
            conn.add_query_logger(
                lambda record: sets.append(record.query) if "search_path" in record.query else None
            )
        for store in (a, a, a, b, b, a, b):
            await store.get_setting("x")
        # opening b left the connection on b: a switches, a, a reuse; b switches, b reuses…
        assert sets == [
            "SET search_path TO school_a",
            "SET search_path TO school_b",
            "SET search_path TO school_a",
            "SET search_path TO school_b",
        ]
    finally:
        await a.close()
        await b.close()


async def test_a_school_schema_has_no_way_into_public(pg_database: str) -> None:
    """The template database has the single-school tables in `public`; a school store must
    never read them (its search_path is its schema alone)."""
    conn = await asyncpg.connect(pg_database)
    try:
        await conn.execute("INSERT INTO settings (key, value) VALUES ('school_note', 'public')")
    finally:
        await conn.close()
    a = await open_postgres_store(pg_database, KGD, school="a")
    try:
        assert await a.get_setting("school_note") is None
    finally:
        await a.close()


async def _schemas(url: str) -> set[str]:
    conn = await asyncpg.connect(url)
    try:
        return {r["nspname"] for r in await conn.fetch("SELECT nspname FROM pg_namespace")}
    finally:
        await conn.close()
