"""A plan file through the planner: organisers per row for curators, never for partners;
bad rows listed by number, good rows kept; nothing stored before «да»."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.exports.importer import read_plan
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, PARTNER = 1, 10
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
PLAN = (
    "Дата;Время;Название;Организатор;Классы\n"
    "15.12.2026;15:00-16:00;Лекция о роботах;КГТУ;9\n"
    "15.12.2026;15:30-16:30;Экскурсия;Музей янтаря;9\n"
    ";10:00;Без даты;КГТУ;8\n"
).encode()


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, Planner]]:
    store = await open_store(tmp_path / "plan.db", TZ)
    planner = Planner(store, FixedClock(NOW), PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", kgtu.id)
    yield store, planner
    await store.close()


def rows() -> list:
    return read_plan(PLAN, "plan.csv", NOW.replace(tzinfo=None))


async def test_curator_import_keeps_each_rows_organiser(env: tuple) -> None:
    store, planner = env
    [summary] = await planner.handle_import(CURATOR, "plan.csv", rows())
    assert summary.template == "import_summary"
    assert [i["event"]["organiser"] for i in summary.context["items"]] == ["КГТУ", "Музей янтаря"]
    assert summary.context["errors"] == [{"row": 4, "reason": "no_date", "value": None}]
    assert summary.context["clash_count"] == 1  # the two rows clash: one pair
    text = Renderer().render(summary.template, summary.context)
    assert "строка 4: нет даты" in text
    assert await store.events_between(NOW, None) == []  # nothing before «да»
    assert await store.find_organisation("Музей янтаря") is None
    replies = await planner.handle(CURATOR, "да")
    assert replies[0].template == "saved"
    stored = await store.events_between(NOW, None)
    orgs = {o.id: o.name for o in await store.list_organisations()}
    assert sorted((e.title, orgs[e.organisation_id]) for e in stored) == [
        ("Лекция о роботах", "КГТУ"),
        ("Экскурсия", "Музей янтаря"),
    ]


async def test_a_partner_imports_only_its_own_events(env: tuple) -> None:
    store, planner = env
    await planner.handle_import(PARTNER, "plan.csv", rows())
    await planner.handle(PARTNER, "да")
    stored = await store.events_between(NOW, None)
    kgtu = await store.find_organisation("КГТУ")
    assert kgtu is not None
    assert {e.organisation_id for e in stored} == {kgtu.id}
    assert await store.find_organisation("Музей янтаря") is None


async def test_students_and_broken_files_are_refused_politely(env: tuple) -> None:
    store, planner = env
    [student] = await planner.handle_import(500, "plan.csv", rows())
    assert student.template == "not_allowed_add"
    [broken] = await planner.handle_import(PARTNER, "plan.xlsx", [], "unreadable")
    assert broken.template == "import_failed"
    assert "повреждён" in Renderer().render(broken.template, broken.context)
    assert await store.events_between(NOW, None) == []


async def test_calendar_links_need_the_webhook_server(env: tuple) -> None:
    store, planner = env
    [unavailable] = await planner.handle(PARTNER, "ссылка на календарь")
    assert unavailable.template == "calendar_link_unavailable"
    served = Planner(
        store, FixedClock(NOW), PlannerConfig(tz=TZ, feed_base_url="https://bot.school.ru/")
    )
    [link] = await served.handle(PARTNER, "ссылка на календарь")
    [again] = await served.handle(PARTNER, "подписка на календарь")
    assert link.context["url"] == again.context["url"]
    assert link.context["url"].startswith("https://bot.school.ru/ics/")
    [renewed] = await served.handle(PARTNER, "новая ссылка на календарь")
    assert renewed.context["url"] != link.context["url"]
    person = await store.get_person_by_vk(PARTNER)
    token = renewed.context["url"].rsplit("/", 1)[1].removesuffix(".ics")
    assert await store.person_by_calendar_token(token) == person
