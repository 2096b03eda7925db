"""The PlanFileStore port's contract (migration 0023): which plan file stored events were
saved from. A corrected plan sent again is compared with the earlier file through it
(bot.core.features.plan_updates)."""

from __future__ import annotations

from typing import Protocol

from bot.core.models import OrgKind
from bot.core.ports import Directory, EventStore, PlanFileStore
from tests.contracts.backends import new_event


class PlanFilePorts(Directory, EventStore, PlanFileStore, Protocol):
    """Organisations (owners of events), events and the plan-file port."""


async def _events(store: PlanFilePorts, count: int) -> list[int]:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    stored = await store.add_events(
        [
            new_event(org.id, f"2026-12-{10 + i}T15:00", f"2026-12-{10 + i}T16:00")
            for i in range(count)
        ],
        actor_id=None,
    )
    return [e.id for e in stored]


async def test_a_files_events_are_found_from_any_of_them(store: PlanFilePorts) -> None:
    a, b, c, d, e = await _events(store, 5)
    assert isinstance(store, PlanFileStore)
    assert await store.plan_file_events([a]) == []  # nothing recorded yet
    assert await store.record_plan_file([c, b, a], "plan.xlsx") == a  # the smallest id
    assert await store.record_plan_file([d], "other.xlsx") == d
    assert await store.plan_file_events([b]) == [a, b, c]
    assert await store.plan_file_events([d, e]) == [d]  # e was never recorded
    assert await store.plan_file_events([b, d]) == [a, b, c, d]
    assert await store.plan_file_events([]) == []
    assert await store.record_plan_file([], "empty.xlsx") == 0


async def test_an_event_recorded_again_moves_to_the_newer_file(store: PlanFilePorts) -> None:
    """A corrected file's rows are recorded again: an event belongs to one file only, the
    earlier file keeps the events the corrected one did not name."""
    a, b, c, d = await _events(store, 4)
    await store.record_plan_file([a, b, c], "plan.xlsx")
    assert await store.record_plan_file([b, d], "plan (2).xlsx") == b
    assert await store.plan_file_events([d]) == [b, d]
    assert await store.plan_file_events([a]) == [a, c]
    assert await store.record_plan_file([a, b], "plan (3).xlsx") == a  # a's file id again
    assert await store.plan_file_events([a]) == [a, b, c]  # c still carries file id a
    assert await store.plan_file_events([d]) == [d]
