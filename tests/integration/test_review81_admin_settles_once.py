"""review81: a BOT_ADMINS id that was a partner's representative becomes the school's
curator and loses the authorship of the partner's events in ONE transaction
(people.settle_person). The curator's row was saved, then the release ran as a second
write: a store fault between the two left a curator still recorded as the author of
КГТУ's events — and, once dropped from BOT_ADMINS (change_role releases only the school's
events then), still their editor (review80's note 1).

Reached through `Planner.identify`, which runs outside any message's transaction (as
`handle_import`'s `_person_and_dialog` does), on the real store (PostgreSQL under
tests/pg_everywhere.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.storage.sqlite_store import open_store

ZONE = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=ZONE)
ADMIN = 100


class StoreFault(RuntimeError):
    """The failure the test puts between the two writes."""


async def test_the_curator_row_and_the_release_land_together_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = await open_store(tmp_path / "plan.db", ZONE)
    try:
        kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
        anna = await store.save_person(ADMIN, Role.PARTNER, "Анна", kgtu.id)
        start = datetime(2026, 12, 15, 15, 0, tzinfo=ZONE)
        [event] = await store.add_events(
            [NewEvent("Лекция", kgtu.id, start, start + timedelta(hours=1), created_by=anna.id)],
            None,
        )
        planner = Planner(store, FixedClock(NOW), PlannerConfig(tz=ZONE, admins=frozenset({ADMIN})))

        async def fault(person_id: int, organisation_id: int) -> int:
            raise StoreFault(f"release of {person_id} from {organisation_id}")

        monkeypatch.setattr(store, "release_authorship", fault)
        with pytest.raises(StoreFault):
            await planner.identify(ADMIN)
        kept = await store.get_person_by_vk(ADMIN)
        assert kept is not None
        assert (kept.role, kept.organisation_id) == (Role.PARTNER, kgtu.id)  # not a curator
        stored = await store.get_event(event.id)
        assert stored is not None
        assert stored.created_by == anna.id

        monkeypatch.undo()  # the store is well again: both writes land
        curator = await planner.identify(ADMIN)
        assert curator.role is Role.CURATOR
        assert curator.organisation_id != kgtu.id
        stored = await store.get_event(event.id)
        assert stored is not None
        assert stored.created_by is None
    finally:
        await store.close()
