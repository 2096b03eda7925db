"""A pasted post keeps its text, deadline, ages and online link from the parser through the
planner into the store (migration 0009), and on into the ICS feed and the Excel export.
Real planner, real SQLite store, frozen clock."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from bot.core.models import EventDetails, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.exports.ics import plan_to_ics
from bot.exports.model import build_rows
from bot.exports.xlsx import plan_to_xlsx
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
PARTNER = 200
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)  # Monday

POST = (
    "Добрый день! Приглашаем учащихся 9-11 классов на онлайн-лекцию «Искусственный интеллект "
    "в медицине». Лекция состоится 3 декабря в 15:00 по ссылке https://vk.com/kgtu_live. "
    "Регистрация до 1 декабря. Участники от 14 до 17 лет."
)


@dataclass
class World:
    store: SqliteStore
    planner: Planner
    org_id: int


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await open_store(tmp_path / "plan.db", TZ)
    planner = Planner(store, FixedClock(NOW), PlannerConfig(tz=TZ, admins=frozenset()))
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", kgtu.id)
    yield World(store, planner, kgtu.id)
    await store.close()


async def _saved_from_post(world: World) -> None:
    [card] = await world.planner.handle(PARTNER, POST)
    assert card.template == "event_card"
    [saved] = await world.planner.handle(PARTNER, "да")
    assert saved.template == "saved"


async def test_the_post_and_its_details_are_stored(world: World) -> None:
    await _saved_from_post(world)
    [event] = await world.store.events_between(NOW, None)
    assert event.start == datetime(2026, 12, 3, 15, 0, tzinfo=TZ)
    assert event.details == EventDetails(
        description=POST,
        deadline=date(2026, 12, 1),
        ages=(14, 17),
        online_url="https://vk.com/kgtu_live",
        text_zone=TZ.key,  # the zone its clock times were read in (migration 0027)
    )
    again = await world.store.get_event(event.id)
    assert again is not None
    assert again.details == event.details


async def test_a_move_keeps_the_details(world: World) -> None:
    await _saved_from_post(world)
    [event] = await world.store.events_between(NOW, None)
    moved = await world.store.update_event(replace(event, title="Лекция об ИИ"), None)
    assert moved.title == "Лекция об ИИ"
    assert moved.details == event.details


async def test_details_reach_the_ics_description_and_url(world: World) -> None:
    await _saved_from_post(world)
    events = await world.store.events_between(NOW, None)
    orgs = {o.id: o for o in await world.store.list_organisations()}
    feed = plan_to_ics(build_rows(events, orgs), TZ, "План", generated_at=NOW)
    [vevent] = Calendar.from_ical(feed).walk("VEVENT")
    description = str(vevent["DESCRIPTION"])
    assert "Заявки до: 01.12.2026" in description
    assert "Возраст: 14–17 лет" in description
    assert "Ссылка: https://vk.com/kgtu_live" in description
    assert POST in description
    assert str(vevent["URL"]) == "https://vk.com/kgtu_live"


async def test_the_post_is_the_description_column_of_the_xlsx(world: World) -> None:
    await _saved_from_post(world)
    events = await world.store.events_between(NOW, None)
    orgs = {o.id: o for o in await world.store.list_organisations()}
    book = load_workbook(io.BytesIO(plan_to_xlsx(build_rows(events, orgs), TZ)))
    sheet = book["План"]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert row["Исходный текст"] == POST


async def test_a_short_message_stores_no_deadline_ages_or_link(world: World) -> None:
    [card] = await world.planner.handle(PARTNER, "Лекция по химии 3 декабря в 15:00, 9 классы")
    assert card.template == "event_card"
    await world.planner.handle(PARTNER, "да")
    [event] = await world.store.events_between(NOW, None)
    assert event.details.deadline is None
    assert event.details.ages is None
    assert event.details.online_url is None
    assert event.details.description == "Лекция по химии 3 декабря в 15:00, 9 классы"
