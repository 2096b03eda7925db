"""Newcomer walk 2026-12-01k, #14: a student's calendar file («план на декабрь в ics», and the
live calendar feed) carried the planners' own notes — «CATEGORIES:Накладки», the other
organiser's clashing event, the school calendar's warnings and the partner's message as
pasted (a methodist's phone, «добавьте, пожалуйста»). A student's file keeps what a student
needs (title, time, place, classes, deadline, link) and none of that; the staff's files are
unchanged."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from bot.core.models import Audience, EventDetails, NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.plan_files import calendar_feed, document_maker
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, STUDENT = 100, 400
PASTED = "Лекция для 9Б. Ольга Петровна, внесите в план, пожалуйста; мой телефон 8-900-000-00-00"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.fixture
async def school(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, Planner]]:
    store = await open_store(tmp_path / "plan.db", TZ)
    planner = Planner(
        store, FixedClock(at("2026-12-01T10:00")), PlannerConfig(tz=TZ, admins=frozenset({CURATOR}))
    )
    await planner.identify(CURATOR, "Завуч")
    nine_b = Audience(classes=frozenset({"9Б"}))
    for name, title in (("Музей", "Лекция о янтаре"), ("Колледж", "Мастер-класс по пайке")):
        org = await store.create_organisation(name, OrgKind.PARTNER)
        details = EventDetails(description=PASTED, deadline=at("2026-12-10T00:00").date())
        await store.add_events(
            [
                NewEvent(
                    title,
                    org.id,
                    at("2026-12-15T15:00"),  # the same hour, the same class: a clash
                    at("2026-12-15T16:00"),
                    venue="актовый зал",
                    audience=nine_b,
                    details=details,
                )
            ],
            None,
        )
    await store.save_person(STUDENT, Role.STUDENT, "Аня", None, class_name="9Б")
    yield store, planner
    await store.close()


async def ics_of(store: SqliteStore, planner: Planner, vk_id: int) -> str:
    [reply] = await planner.handle(vk_id, "план на декабрь в ics")
    assert reply.document is not None, reply
    file = await document_maker(store, TZ, planner.clock, "Школа")(reply.document)
    return file.data.decode()


def unfolded(ics: str) -> str:
    """The calendar's text with RFC 5545 line folding undone (§3.1)."""
    return ics.replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


async def test_a_students_calendar_file_has_no_planning_notes(
    school: tuple[SqliteStore, Planner],
) -> None:
    store, planner = school
    raw = await ics_of(store, planner, STUDENT)
    text = unfolded(raw)
    events = list(Calendar.from_ical(raw.encode()).walk("VEVENT"))
    assert sorted(str(e["SUMMARY"]) for e in events) == ["Лекция о янтаре", "Мастер-класс по пайке"]
    for event in events:
        assert "CATEGORIES" not in event
        description = str(event.get("DESCRIPTION", ""))
        for note in ("телефон", "Ольга Петровна", "Накладк"):
            assert note not in description
        assert str(event["LOCATION"]) == "актовый зал"
    for note in ("телефон", "Накладк"):
        assert note not in text


async def test_a_students_live_feed_has_no_planning_notes(
    school: tuple[SqliteStore, Planner],
) -> None:
    store, _ = school
    student = await store.get_person_by_vk(STUDENT)
    assert student is not None
    feed = await calendar_feed(store, TZ, student, now=at("2026-12-01T10:00"), school_name="Школа")
    text = unfolded(feed.data.decode())
    assert "Лекция о янтаре" in text
    for note in ("CATEGORIES", "Накладк", "телефон"):
        assert note not in text


async def test_the_curators_calendar_file_keeps_them(school: tuple[SqliteStore, Planner]) -> None:
    store, planner = school
    text = unfolded(await ics_of(store, planner, CURATOR))
    assert "CATEGORIES:Накладки" in text
    assert "телефон" in text
