"""Sentences in a reply are never glued together («План: декабрь.Накладки…», newcomer walk
2026-12-02m, finding 17): jinja's trim_blocks eats the newline after a line that ends with a
block tag, so a sentence on the next template line ran into the previous one. The replies
are produced by the real planner (exports) and notification code (polls) and rendered with
the real templates; a letter or digit, a period and an upper-case letter with nothing between
is a glued join (no initials or abbreviations occur in these replies)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.feedback import notification_reply
from bot.core.models import Audience, Event, NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, PARTNER, STUDENT = 100, 200, 400
GLUED = re.compile(r"[а-яёА-ЯЁ0-9]\.[А-ЯЁ]")  # «…11А.В таблице» too


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
    clock = FixedClock(datetime(2026, 12, 2, 10, 0, tzinfo=TZ))
    config = PlannerConfig(
        tz=TZ, admins=frozenset({CURATOR}), feed_base_url="https://bot.example/school"
    )
    planner = Planner(store, clock, config)
    await planner.identify(CURATOR, "Завуч")
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "КГТУ", org.id)
    await store.save_person(STUDENT, Role.STUDENT, "Петя", class_name="11А")
    start = datetime(2026, 12, 10, 15, 0, tzinfo=TZ)
    await store.add_events(
        [NewEvent("Лекция", org.id, start, start.replace(hour=16), audience=Audience())], None
    )
    yield School(store, planner, Renderer())
    await store.close()


@pytest.mark.parametrize(
    ("person", "message"),
    [
        (CURATOR, "план на декабрь в excel"),
        (CURATOR, "выгрузка"),
        (CURATOR, "календарь"),
        (STUDENT, "выгрузка"),
        (STUDENT, "календарь"),
    ],
)
async def test_export_messages_keep_sentences_apart(
    school: School, person: int, message: str
) -> None:
    reply, text = await school.text(person, message)
    assert reply.template == "export_ready"
    assert reply.document is not None
    assert not GLUED.search(text), text


@pytest.mark.parametrize("series", [None, 7])
def test_an_organisers_poll_keeps_its_sentences_apart(series: int | None) -> None:
    start = datetime(2026, 12, 10, 15, 0, tzinfo=TZ)
    event = Event(
        5, "Лекция", 2, start, start.replace(hour=16), audience=Audience(), series_id=series
    )
    reply = notification_reply("poll", event, True, (PARTNER,), {})
    text = Renderer().render(reply.template, reply.context)
    assert "Оцените от 1 до 5" in text
    assert not GLUED.search(text), text


async def test_a_pasted_plans_moscow_time_note_is_a_line_of_its_own(school: School) -> None:
    reply, text = await school.text(
        CURATOR,
        "План вебинаров:\n"
        "1) 15 декабря в 15:00 МСК — вебинар по профориентации, 9 кл.\n"
        "2) 16 декабря в 11:00 МСК — вебинар о финансах, 10 кл.",
    )
    assert reply.template == "plan_summary"
    notes = [line for line in text.splitlines() if "по Москве" in line]
    assert len(notes) == 2, text
    assert all(line.startswith("🕒") for line in notes), text
