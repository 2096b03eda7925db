"""Walk t (2026-12-02), finding 6: a partner's «выгрузка» carried other partners' messages as
pasted — their methodists' names, phones and e-mails — in the «Исходный текст» column (and the
ICS DESCRIPTION). A partner's file keeps the pasted text of its own events only; the school's
staff and curators keep every event's."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from bot.core.models import Audience, EventDetails, NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.plan_files import document_maker
from bot.storage.sqlite_store import open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, TEACHER, KGTU, MUSEUM = 100, 150, 200, 300
LETTERS = {
    "КГТУ": "Уважаемые коллеги! Контактное лицо: методист Иванова М. С., ivanova@kgtu.example",
    "Музей": "Добрый день! Ответственная — Анна Смирнова, +7 921 000-11-22.",
}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.fixture
async def planner(tmp_path: Path) -> AsyncIterator[Planner]:
    store = await open_store(tmp_path / "plan.db", TZ)
    planner = Planner(
        store, FixedClock(at("2026-12-07T10:00")), PlannerConfig(tz=TZ, admins=frozenset({CURATOR}))
    )
    await planner.identify(CURATOR, "Завуч")
    await store.save_person(TEACHER, Role.STAFF, "Педагог", None)
    for (vk_id, name), day in zip(((KGTU, "КГТУ"), (MUSEUM, "Музей")), (15, 16), strict=True):
        org = await store.create_organisation(name, OrgKind.PARTNER)
        await store.save_person(vk_id, Role.PARTNER, name, org.id)
        await store.add_events(
            [
                NewEvent(
                    f"Лекция {name}",
                    org.id,
                    at(f"2026-12-{day}T15:00"),
                    at(f"2026-12-{day}T16:00"),
                    audience=Audience(grades=frozenset({9})),
                    details=EventDetails(description=LETTERS[name]),
                )
            ],
            None,
        )
    yield planner
    await store.close()


async def file_text(planner: Planner, vk_id: int, asked: str) -> str:
    """The plan file a person asks for, as text (xlsx: the shared strings; ics: the file)."""
    [reply] = await planner.handle(vk_id, asked)
    assert reply.document is not None, reply
    maker = document_maker(planner.store, TZ, planner.clock, "Школа")  # type: ignore[arg-type]
    data = (await maker(reply.document)).data
    if asked.endswith("ics"):
        return data.decode("utf-8").replace("\r\n ", "").replace("\\,", ",")
    book = load_workbook(io.BytesIO(data))
    cells = (c for sheet in book for row in sheet.iter_rows(values_only=True) for c in row)
    return "\n".join(str(c) for c in cells if c is not None)


@pytest.mark.parametrize("asked", ["план на декабрь в excel", "план на декабрь в ics"])
async def test_a_partners_file_keeps_only_its_own_pasted_texts(
    planner: Planner, asked: str
) -> None:
    found = await file_text(planner, MUSEUM, asked)
    assert "Лекция КГТУ" in found  # the other partner's event is still in the plan
    assert "Анна Смирнова" in found  # its own letter stays
    assert "ivanova@kgtu.example" not in found
    assert "Иванова" not in found


@pytest.mark.parametrize("vk_id", [CURATOR, TEACHER])
async def test_the_schools_staff_keep_every_pasted_text(planner: Planner, vk_id: int) -> None:
    found = await file_text(planner, vk_id, "план на декабрь в excel")
    assert "ivanova@kgtu.example" in found
    assert "Анна Смирнова" in found
