"""review80 on PostgreSQL: a code that links a person to another organisation releases
their authorship of the old organisation's events in the code's own transaction (the
SQLite side: tests/contracts/test_directory.py)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.core.models import OrgKind, Role
from bot.storage.postgres import open_postgres_store
from tests.contracts.backends import new_event

TZ = ZoneInfo("Europe/Kaliningrad")


async def test_a_code_of_another_organisation_releases_authorship(pg_database: str) -> None:
    store = await open_postgres_store(pg_database, TZ)
    try:
        school = await store.create_organisation("Гимназия №1", OrgKind.SCHOOL)
        kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
        anna = await store.save_person(101, Role.PARTNER, "Анна", kgtu.id)
        added = await store.add_events(
            [
                new_event(kgtu.id, "2026-12-15T15:00", "2026-12-15T16:00", created_by=anna.id),
                new_event(school.id, "2026-12-17T15:00", "2026-12-17T16:00", created_by=anna.id),
            ],
            None,
        )
        again = await store.create_invitation(kgtu.id, Role.PARTNER, None)
        assert await store.redeem_invitation(again, 101) is not None
        stored = [await store.get_event(e.id) for e in added]
        assert [e.created_by if e else -1 for e in stored] == [anna.id, anna.id]
        code = await store.create_invitation(school.id, Role.STAFF, None)
        teacher = await store.redeem_invitation(code, 101)
        assert teacher is not None
        assert teacher.organisation_id == school.id
        stored = [await store.get_event(e.id) for e in added]
        assert [e.created_by if e else -1 for e in stored] == [None, anna.id]
    finally:
        await store.close()
