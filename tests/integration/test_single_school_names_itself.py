"""A single-school deployment (no schools config) whose own school is named in an event:
«Экскурсия в музей для школы №5 …» written to «Школа №5». The school phrase of issue 14
must not turn the school's own event into «this deployment has one school»."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core.models import Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR = 1


async def test_naming_ones_own_school_adds_the_event(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "one.db", TZ)
    config = PlannerConfig(tz=TZ, admins=frozenset({CURATOR}), school_name="МАОУ СОШ №5")
    planner = Planner(store, FixedClock(datetime(2026, 11, 30, 10, tzinfo=TZ)), config)
    try:
        text = "Экскурсия в музей для учеников школы №5 15 декабря в 15:00, 10 классы"
        card = await planner.handle(CURATOR, text)
        assert [r.template for r in card] == ["event_card"]
        Renderer().render(card[0].template, card[0].context)
        saved = await planner.handle(CURATOR, "да")
        assert saved[0].template != "error"
        [event] = await store.events_between(datetime(2026, 12, 1, tzinfo=TZ), None)
        assert event.title == "Экскурсия в музей"
        assert (event.start.day, event.start.hour) == (15, 15)
        # another school named is still answered as before
        other = await planner.handle(CURATOR, "Лекция 16 декабря в 15:00 для лицея №23")
        assert [r.template for r in other] == ["schools_single"]
        person = await store.get_person_by_vk(CURATOR)
        assert person is not None
        assert person.role is Role.CURATOR
    finally:
        await store.close()
