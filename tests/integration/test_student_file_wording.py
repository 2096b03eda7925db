"""What a student is told about their plan file and calendar feed (newcomer walk
2026-12-01e, finding 18): the file holds no clashes column talk and no partners' totals
for them, so the message does not promise them; the feed of a student with no class set is
every student event of the school, not «вашего класса» — through the real planner and
templates."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, PARTNER, STUDENT, NO_CLASS = 100, 200, 400, 401


@dataclass
class School:
    store: SqliteStore
    planner: Planner
    renderer: Renderer

    async def text(self, vk_id: int, message: str) -> tuple[Reply, str]:
        [reply] = await self.planner.handle(vk_id, message)
        return reply, self.renderer.render(reply.template, reply.context)


@pytest.fixture
async def school(tmp_path: Path) -> AsyncIterator[School]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(datetime(2026, 12, 7, 10, 0, tzinfo=TZ))
    config = PlannerConfig(
        tz=TZ, admins=frozenset({CURATOR}), feed_base_url="https://bot.example/school"
    )
    planner = Planner(store, clock, config)
    await planner.identify(CURATOR, "Завуч")
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "КГТУ", org.id)
    await store.save_person(STUDENT, Role.STUDENT, "Петя", class_name="9Б")
    await store.save_person(NO_CLASS, Role.STUDENT, "Вася")
    start = datetime(2026, 12, 10, 15, 0, tzinfo=TZ)
    await store.add_events(
        [
            NewEvent(
                "Лекция",
                org.id,
                start,
                start.replace(hour=16),
                audience=Audience(grades=frozenset({9})),
            )
        ],
        None,
    )
    yield School(store, planner, Renderer())
    await store.close()


@pytest.mark.parametrize("student", [STUDENT, NO_CLASS])
async def test_a_students_excel_message_promises_no_curator_content(
    school: School, student: int
) -> None:
    reply, text = await school.text(student, "выгрузка")
    assert reply.template == "export_ready"
    assert reply.document is not None
    assert "Накладки" not in text
    assert "партнёр" not in text.lower()


async def test_the_curators_excel_message_still_describes_clashes_and_partners(
    school: School,
) -> None:
    reply, text = await school.text(CURATOR, "выгрузка")
    assert reply.template == "export_ready"
    assert "Накладки" in text
    assert "по партнёрам" in text


async def test_a_feed_link_for_a_student_without_a_class_does_not_say_your_class(
    school: School,
) -> None:
    reply, text = await school.text(NO_CLASS, "ссылка на календарь")
    assert reply.template == "calendar_link"
    assert "вашего класса" not in text
    assert "я из 9Б" in text  # how to narrow it to one's class
    reply, text = await school.text(STUDENT, "ссылка на календарь")
    assert "9Б" in text
