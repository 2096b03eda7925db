"""The Excel export's «Партнёры» sheet has the chat's «итоги» figures (newcomer walk
2026-12-03z, Z17): «Ответили», «Были» and NPS per organiser, counted as «итоги» counts
them — students only, «Меня не было» neither among «Были» nor in the NPS — and blank for
organisers whose figures the reader may not see."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from openpyxl import load_workbook

from bot.core.models import Role
from bot.plan_files import document_maker
from tests.integration.test_export_figures_privacy import (
    BFU,
    CURATOR,
    OTHER_STUDENT,
    STUDENT,
    TZ,
    School,
    school,
)

__all__ = ["school"]


async def _partners_sheet(school: School, vk_id: int) -> dict[str, dict[str, Any]]:
    [reply] = await school.planner.handle(vk_id, "план на декабрь в excel")
    assert reply.document is not None, reply
    file = await document_maker(school.store, TZ, school.planner.clock, "Школа")(reply.document)
    rows = list(load_workbook(io.BytesIO(file.data))["Партнёры"].iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    return {str(row[0]): dict(zip(header, row, strict=True)) for row in rows[1:]}


async def _answer_more(school: School) -> None:
    """To the fixture's two students (ratings 5 and 2, no recommendation) add a third who
    recommends КГТУ's lecture with 10 but was not there, and recommendations 10 and 3."""
    store = school.store
    events = {
        e.title: e.id for e in await store.events_between(datetime(2026, 12, 1, tzinfo=TZ), None)
    }
    kgtu = events["Лекция КГТУ"]
    first, second = [await store.get_person_by_vk(vk) for vk in (STUDENT, OTHER_STUDENT)]
    assert first is not None
    assert second is not None
    await store.save_feedback(kgtu, first.id, "student", recommend=10)
    await store.save_feedback(kgtu, second.id, "student", recommend=3)
    absent = await store.save_person(402, Role.STUDENT, "Ученик", None, class_name="9Б")
    await store.sign_up(kgtu, absent.id)
    await store.save_feedback(kgtu, absent.id, "student", rating=5, recommend=10, attended=0)


async def test_the_curators_file_has_answered_attended_and_nps(school: School) -> None:
    await _answer_more(school)
    found = await _partners_sheet(school, CURATOR)
    assert found["КГТУ"]["Ответили"] == 3
    assert found["КГТУ"]["Были"] == 2
    assert found["КГТУ"]["NPS"] == 0  # 10 and 3 of those who were there: one each way
    assert found["БФУ"]["Ответили"] == 2
    assert found["БФУ"]["Были"] == 2
    assert found["БФУ"]["NPS"] is None  # nobody answered «would you recommend it?»


async def test_a_partner_sees_no_other_organisers_poll_figures(school: School) -> None:
    await _answer_more(school)
    found = await _partners_sheet(school, BFU)
    assert (found["КГТУ"]["Ответили"], found["КГТУ"]["Были"], found["КГТУ"]["NPS"]) == (
        None,
        None,
        None,
    )
    assert found["БФУ"]["Ответили"] == 2
