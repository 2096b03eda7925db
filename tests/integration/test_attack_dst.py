"""A move into the spring DST gap (Europe/Berlin, 28.03.2027: 02:00 → 03:00), tried through
the planner over a real SQLite store: the skipped wall-clock time moves forward and the
event keeps its length (issue 9.8); it never becomes a 0-minute event."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.storage.sqlite_store import open_store

BERLIN = ZoneInfo("Europe/Berlin")
PARTNER = 200


async def test_a_move_into_the_dst_gap_keeps_the_length(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "plan.db", BERLIN)
    try:
        clock = FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))
        planner = Planner(store, clock, PlannerConfig(tz=BERLIN))
        org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
        await store.save_person(PARTNER, Role.PARTNER, "Анна", org.id)
        for text in ("Лекция 27 марта 2027 с 15:00 до 16:00, 9 классы", "да"):
            await planner.handle(PARTNER, text)
        await planner.handle(PARTNER, "что 27 марта 2027?")
        [card] = await planner.handle(PARTNER, "перенеси 1 на 28 марта 2027 в 2:15")
        assert card.template == "change_card"
        replies = await planner.handle(PARTNER, "да")
        assert replies[0].template == "moved"
        [event] = await store.events_between(datetime(2027, 3, 1, tzinfo=UTC), None)
        assert event.end.astimezone(UTC) - event.start.astimezone(UTC) == timedelta(hours=1)
        assert event.start.astimezone(UTC) == datetime(2027, 3, 28, 1, 15, tzinfo=UTC)  # 03:15
    finally:
        await store.close()
