"""`python -m bot copy-db`: a school's SQLite data moves to PostgreSQL with its ids, intact.

The command runs as a real subprocess against the session's PostgreSQL server; the copy is
then read back through the PostgreSQL store and compared object by object with the SQLite
store, and new writes must get fresh ids (sequences advanced past the copied ones).
"""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core.models import Audience, EventStatus, NewEvent, OrgKind, Role
from bot.storage.postgres import PostgresStore, open_postgres_store
from bot.storage.sqlite_store import SqliteStore, open_store
from tests.integration.conftest import create_database, drop_database
from tests.pg_server import PgCluster

TZ = ZoneInfo("Europe/Kaliningrad")
ROOT = Path(__file__).resolve().parents[2]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


async def fill(store: SqliteStore) -> dict[str, object]:
    """A small school touching every table; returns the ids the checks need."""
    school = await store.create_organisation("Гимназия №1", OrgKind.SCHOOL)
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    curator = await store.save_person(1, Role.CURATOR, "Ольга", school.id)
    partner = await store.save_person(2, Role.PARTNER, "Анна", kgtu.id)
    students = [
        await store.save_person(100 + i, Role.STUDENT, f"У{i}", None, "9Б") for i in range(4)
    ]
    series = await store.next_series_id()
    events = await store.add_events(
        [
            NewEvent(
                "Экскурсия",
                kgtu.id,
                at("2026-12-15T15:00"),
                at("2026-12-15T16:30"),
                venue="музей",
                audience=Audience(grades=frozenset({9}), classes=frozenset({"10А"})),
                capacity=2,
                created_by=partner.id,
            ),
            NewEvent(
                "Лекция",
                kgtu.id,
                at("2026-12-01T00:00"),
                at("2026-12-02T00:00"),
                all_day=True,
                series_id=series,
            ),
            NewEvent(
                "Лекция",
                kgtu.id,
                at("2026-12-08T00:00"),
                at("2026-12-09T00:00"),
                all_day=True,
                series_id=series,
            ),
        ],
        partner.id,
    )
    await store.set_event_status(events[2].id, EventStatus.CANCELLED, curator.id)
    for student in students:
        await store.sign_up(events[0].id, student.id)
    await store.cancel_signup(events[0].id, students[0].id)  # students[2] is promoted
    await store.save_feedback(events[0].id, students[1].id, "student", rating=5, attended=True)
    await store.save_feedback(events[0].id, partner.id, "organiser", comment="ок", attended=False)
    await store.set_reminder_prefs(students[1].id, False, [60, 1440])
    await store.set_reminder_prefs(students[3].id, True, None)
    await store.set_setting("reminder_offsets", "1440")
    await store.set_dialog(partner.id, {"step": "ask_time", "draft": {"title": "Лекция"}})
    used = await store.create_invitation(kgtu.id, Role.PARTNER, curator.id)
    await store.redeem_invitation(used, 3, "Пётр")
    fresh = await store.create_invitation(kgtu.id, Role.STAFF, curator.id)
    token = await store.calendar_token(students[1].id)
    await store.claim_notifications([("reminder:1:101", 101), ("poll:1:102", 102)])
    await store.claim_update("evt-1")
    return {
        "events": [e.id for e in events],
        "students": [s.id for s in students],
        "partner": partner.id,
        "fresh": fresh,
        "used": used,
        "token": token,
    }


async def snapshot(store: SqliteStore | PostgresStore, ids: dict[str, object]) -> dict[str, object]:
    """Everything the store's read methods say about the filled school."""
    event_ids: list[int] = ids["events"]  # type: ignore[assignment]
    student_ids: list[int] = ids["students"]  # type: ignore[assignment]
    people = [await store.get_person_by_vk(v) for v in (1, 2, 3, 100, 101, 102, 103)]
    return {
        "organisations": await store.list_organisations(),
        "people": people,
        "events": [await store.get_event(i) for i in event_ids],
        "series": await store.events_of_series((await store.get_event(event_ids[1])).series_id),  # type: ignore[union-attr]
        "audit": [await store.audit_entries(i) for i in event_ids],
        "going": await store.signed_up(event_ids[0]),
        "waiting": await store.signed_up(event_ids[0], "waiting"),
        "counts": await store.signup_counts(event_ids),
        "mine": await store.events_of_person(student_ids[2], at("2026-11-01T00:00")),
        "feedback": sorted(await store.feedback_of(event_ids), key=lambda f: str(f["role"])),
        "answered": await store.answered_by(event_ids[0]),
        "prefs": await store.all_reminder_prefs(),
        "settings": await store.get_setting("reminder_offsets"),
        "dialog": await store.get_dialog(ids["partner"]),  # type: ignore[arg-type]
        "feed": await store.person_by_calendar_token(ids["token"]),  # type: ignore[arg-type]
        "sent": await store.sent_keys(["reminder:1:101", "poll:1:102", "other"]),
    }


async def run_copy(*args: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "copy-db",
        *args,
        cwd=ROOT,
        env={**os.environ, "BOT_DB": "unused.db"},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_copy_db_keeps_everything_and_ids(pg_cluster: PgCluster, tmp_path: Path) -> None:
    path = tmp_path / "school.db"
    source = await open_store(path, TZ)
    ids = await fill(source)
    before = await snapshot(source, ids)
    await source.close()
    name = await create_database(pg_cluster, migrated=False)
    url = pg_cluster.url(name)
    try:
        code, out, err = await run_copy(str(path), url)
        assert code == 0, err
        lines = {line.split()[0]: line.split()[1:] for line in out.splitlines()[1:] if line}
        for table, rows in {"events": 3, "signups": 4, "audit_log": 4, "people": 7}.items():
            assert lines[table] == [str(rows), str(rows), "ok"]
        target = await open_postgres_store(url, TZ)
        try:
            assert await snapshot(target, ids) == before
            await _check_writes_continue(target, ids)
        finally:
            await target.close()
        again, _, err = await run_copy(str(path), url)
        assert again == 2
        assert "не пуста" in err
    finally:
        await drop_database(pg_cluster, name)


async def _check_writes_continue(store: PostgresStore, ids: dict[str, object]) -> None:
    """Sequences are past the copied ids; salt, claims and codes carried over."""
    event_ids: list[int] = ids["events"]  # type: ignore[assignment]
    student_ids: list[int] = ids["students"]  # type: ignore[assignment]
    org = await store.create_organisation("БФУ", OrgKind.PARTNER)
    assert org.id == 3
    [event] = await store.add_events(
        [NewEvent("Новое", org.id, at("2027-01-10T10:00"), at("2027-01-10T11:00"))], None
    )
    assert event.id == max(event_ids) + 1
    person = await store.save_person(555, Role.STUDENT)
    assert person.id == 8
    # the waiting list keeps its order: students[3] is next when someone going leaves
    assert await store.cancel_signup(event_ids[0], student_ids[1]) == student_ids[3]
    # the same respondent hash: answering again changes the row, adds none
    await store.save_feedback(event_ids[0], student_ids[1], "student", rating=4)
    ratings = [
        f["rating"] for f in await store.feedback_of([event_ids[0]]) if f["role"] == "student"
    ]
    assert ratings == [4]
    assert not await store.claim_notification("reminder:1:101", 101)
    assert not await store.claim_update("evt-1")
    assert await store.redeem_invitation(str(ids["used"]), 777) is None
    redeemed = await store.redeem_invitation(str(ids["fresh"]), 778, "Иван")
    assert redeemed is not None
    assert redeemed.role is Role.STAFF


async def test_copy_db_refuses_a_missing_file_and_a_non_postgres_target(tmp_path: Path) -> None:
    code, _, err = await run_copy(str(tmp_path / "none.db"), "postgresql://127.0.0.1:1/x")
    assert (code, "файла SQLite" in err) == (2, True)
    code, _, err = await run_copy(str(tmp_path / "none.db"), str(tmp_path / "other.db"))
    assert (code, "postgresql://" in err) == (2, True)


async def test_copy_db_school_puts_each_school_in_its_own_schema(
    pg_cluster: PgCluster, tmp_path: Path
) -> None:
    """Two schools' SQLite files copied into one PostgreSQL database with --school: each
    lands in its own schema, ids kept, and neither sees the other's rows."""
    first = await open_store(tmp_path / "g32.db", TZ)
    ids = await fill(first)
    before = await snapshot(first, ids)
    await first.close()
    second = await open_store(tmp_path / "l23.db", TZ)
    org = await second.create_organisation("Лицей №23", OrgKind.SCHOOL)
    await second.save_person(900, Role.CURATOR, "Завуч лицея", org.id)
    await second.close()
    name = await create_database(pg_cluster)
    url = pg_cluster.url(name)
    try:
        assert (await run_copy(str(tmp_path / "g32.db"), url, "--school", "g32"))[0] == 0
        code, out, err = await run_copy(str(tmp_path / "l23.db"), url, "--school", "l23")
        assert code == 0, err
        assert "organisations" in out
        g32 = await open_postgres_store(url, TZ, school="g32")
        l23 = await open_postgres_store(url, TZ, school="l23")
        try:
            assert await snapshot(g32, ids) == before
            assert [o.name for o in await l23.list_organisations()] == ["Лицей №23"]
            assert await l23.get_person_by_vk(1) is None
            assert await g32.get_person_by_vk(900) is None
        finally:
            await g32.close()
            await l23.close()
        again, _, err = await run_copy(str(tmp_path / "l23.db"), url, "--school", "l23")
        assert again == 2
        assert "не пуста" in err
        bad, _, err = await run_copy(str(tmp_path / "l23.db"), url, "--school", "L-23")
        assert bad == 2
        assert "ключ школы «L-23»" in err
    finally:
        await drop_database(pg_cluster, name)
