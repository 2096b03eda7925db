"""A clash that appeared between the card and «да» is named in the saver's reply (newcomer
walk 2026-12-01e, #10: two partners pressed «да» on cards that both said «Накладок нет ✅»;
the second was told only «О накладке я предупредил…», never with what). Real planner, real
SQLite store, real templates."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import open_store

TZ = ZoneInfo("Europe/Kaliningrad")
KGTU, COLLEGE = 201, 205


async def test_the_second_saver_is_told_what_their_event_clashes_with(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        clock = FixedClock(datetime(2026, 12, 1, 10, 0, tzinfo=TZ))
        planner = Planner(store, clock, PlannerConfig(tz=TZ))
        for vk_id, name in ((KGTU, "КГТУ"), (COLLEGE, "Колледж сервиса")):
            org = await store.create_organisation(name, OrgKind.PARTNER)
            await store.save_person(vk_id, Role.PARTNER, "Анна", org.id)
        [first] = await planner.handle(KGTU, "Лекция о мостах 17 декабря с 15:00 до 16:00, 9А")
        [second] = await planner.handle(COLLEGE, "Профпроба 17 декабря с 15:30 до 16:30, 9А")
        renderer = Renderer()
        for card in (first, second):
            assert "Накладок нет" in renderer.render(card.template, card.context)
        await planner.handle(KGTU, "да")
        replies = await planner.handle(COLLEGE, "да")
        own = [r for r in replies if not r.recipients]
        text = "\n".join(renderer.render(r.template, r.context) for r in own)
        assert "Сохранено" in text
        assert "Лекция о мостах" in text, text
        assert "15:00" in text
    finally:
        await store.close()
