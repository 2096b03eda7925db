"""Newcomer walk 2026-12-01b, finding 1: a plan file shows sign-up counts and ratings only to
those «итоги» shows them to — every organiser's to a curator, one's own events' to a partner,
none to a student. Before the fix a student's or another partner's «выгрузка» carried every
partner's «Записались», «Оценка» and the «Партнёры» totals."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.plan_files import document_maker
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, KGTU, BFU, STUDENT, OTHER_STUDENT = 100, 200, 300, 400, 401


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@dataclass
class School:
    store: SqliteStore
    planner: Planner


@pytest.fixture
async def school(tmp_path: Path) -> AsyncIterator[School]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(at("2026-11-23T10:00"))
    planner = Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    await planner.identify(CURATOR, "Завуч")
    ids = {}
    for vk_id, name in ((KGTU, "КГТУ"), (BFU, "БФУ")):
        org = await store.create_organisation(name, OrgKind.PARTNER)
        await store.save_person(vk_id, Role.PARTNER, name, org.id)
        [event] = await store.add_events(
            [
                NewEvent(
                    f"Лекция {name}",
                    org.id,
                    at("2026-12-15T15:00") if name == "КГТУ" else at("2026-12-16T15:00"),
                    at("2026-12-15T16:00") if name == "КГТУ" else at("2026-12-16T16:00"),
                    audience=Audience(grades=frozenset({9})),
                )
            ],
            None,
        )
        ids[name] = event.id
    for vk_id, rating in ((STUDENT, 5), (OTHER_STUDENT, 2)):
        student = await store.save_person(vk_id, Role.STUDENT, "Ученик", None, class_name="9Б")
        for event_id in ids.values():
            await store.sign_up(event_id, student.id)
            await store.save_feedback(event_id, student.id, "student", rating=rating)
    yield School(store, planner)
    await store.close()


async def figures_in_file(school: School, vk_id: int) -> dict[str, tuple[Any, Any]]:
    """{title: (Записались, Оценка)} of the «План» sheet, plus the «Партнёры» sheet's rows."""
    [reply] = await school.planner.handle(vk_id, "план на декабрь в excel")
    assert reply.document is not None, reply
    file = await document_maker(school.store, TZ, school.planner.clock, "Школа")(reply.document)
    book = load_workbook(io.BytesIO(file.data))
    found: dict[str, tuple[Any, Any]] = {}
    for name in ("План", "Партнёры"):
        rows = list(book[name].iter_rows(values_only=True))
        header = [str(h) for h in rows[0]]
        signups = header.index("Записались")
        rating = next(i for i, h in enumerate(header) if "ценка" in h)
        first = header.index("Название") if "Название" in header else 0
        for row in rows[1:]:
            if row[first]:
                found[f"{name}: {row[first]}"] = (row[signups], row[rating])
    return found


async def test_a_curator_sees_every_organisers_figures(school: School) -> None:
    found = await figures_in_file(school, CURATOR)
    assert found["План: Лекция КГТУ"] == (2, 3.5)
    assert found["План: Лекция БФУ"] == (2, 3.5)
    assert found["Партнёры: КГТУ"][0] == 2


async def test_a_partner_sees_only_its_own_events_figures(school: School) -> None:
    found = await figures_in_file(school, BFU)
    assert found["План: Лекция БФУ"] == (2, 3.5)
    assert found["План: Лекция КГТУ"] == (None, None)  # the other partner's, still listed
    assert found["Партнёры: КГТУ"] == (None, None)
    assert found["Партнёры: БФУ"][0] == 2


async def test_a_student_sees_nobodys_figures(school: School) -> None:
    found = await figures_in_file(school, STUDENT)
    assert {"План: Лекция КГТУ", "План: Лекция БФУ"} <= found.keys()  # the plan itself
    assert set(found.values()) == {(None, None)}
