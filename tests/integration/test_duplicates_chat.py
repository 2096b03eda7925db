"""Issue 11 point 5 through the planner: an event the school entered and the partner enters
again is flagged «похоже на то же мероприятие» with both organisers; «Консультация по ОГЭ»
for 9th and «по ЕГЭ» for 11th grades, or «Классный час» 9А and 9Б, are not; a plan summary
counts each clash pair once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, KGTU_REP = 100, 200


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, Planner]]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=TZ))
    planner = Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(KGTU_REP, Role.PARTNER, "Анна", kgtu.id)
    await planner.identify(CURATOR, "Завуч")
    yield store, planner
    await store.close()


async def test_reentered_event_is_flagged_with_both_organisers(env: tuple) -> None:
    planner = env[1]
    await planner.handle(
        CURATOR, "День открытых дверей КГТУ 15 декабря с 15:00 до 17:00, 11 классы"
    )
    await planner.handle(CURATOR, "да")
    [card] = await planner.handle(KGTU_REP, "День открытых дверей 15 декабря в 15:00, 11А")
    assert [c["reasons"] for c in card.context["clashes"]] == [["audience", "duplicate"]]
    text = Renderer().render(card.template, card.context)
    school = (await planner.own_organisation()).name
    assert f"похоже на то же мероприятие (организаторы: {school} и КГТУ)" in text
    replies = await planner.handle(KGTU_REP, "да")
    [notice] = [r for r in replies if r.template == "clash_added"]
    assert notice.recipients == (CURATOR,)
    notice_text = Renderer().render(notice.template, notice.context)
    assert "(КГТУ)" in notice_text  # both organisers
    assert "(Школа" in notice_text
    assert "похоже на то же мероприятие" in notice_text


async def test_other_subjects_and_classes_are_not_duplicates(env: tuple) -> None:
    planner = env[1]
    for text in (
        "Консультация по ОГЭ 16 декабря в 15:00, 9 классы",
        "Классный час 17 декабря в 14:00, 9А",
        "Лекция 18 декабря в 10:00, 10 классы",
    ):
        await planner.handle(CURATOR, text)
        await planner.handle(CURATOR, "да")
    for text in (
        "Консультация по ЕГЭ 16 декабря в 15:00, 11 классы",
        "Классный час 17 декабря в 14:00, 9Б",
        "Лекция 18 декабря в 14:00, 10 классы",
    ):
        [card] = await planner.handle(KGTU_REP, text)
        assert card.context["clashes"] == [], text
        await planner.handle(KGTU_REP, "нет")


async def test_plan_summary_counts_each_pair_once(env: tuple) -> None:
    planner = env[1]
    plan = (
        "1. Лекция 15 декабря с 15:00 до 16:00, 9 классы\n"
        "2. Экскурсия 15 декабря с 15:30 до 17:00, 9А\n"
        "3. Концерт 15 декабря с 15:45 до 16:30, 9Б"
    )
    [summary] = await planner.handle(KGTU_REP, plan)
    # pairs: 1–2, 1–3 (9 classes include 9А and 9Б), 2–3 do not share pupils
    assert summary.context["clash_count"] == 2
    assert "Всего накладок: 2." in Renderer().render(summary.template, summary.context)
