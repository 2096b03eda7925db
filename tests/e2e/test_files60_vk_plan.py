"""files60: a deputy head's Word plan sent as a VK document through the real bot and the
local VK server — a table row carried over a page keeps its whole title, and a row of last
year's plan is named with its year. State is read through the app's store, so the test runs
on SQLite and on PostgreSQL (tests/pg_everywhere.py)."""

from __future__ import annotations

from datetime import datetime

from bot.core.models import OrgKind, Role
from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.plan_makers import docx

PARTNER = 2002
HEADER = ["№", "Дата", "Время", "Мероприятие", "Классы", "Ответственный"]


async def test_a_word_plan_with_a_row_carried_over_a_page(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot
    store = running.app.store
    museum = await store.create_organisation("Музей", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", museum.id)
    plan = docx(
        [
            [
                HEADER,
                ["1", "16.12", "15.00-16.00", "Концерт хора «Зимние", "5-7", "Петрова"],
                ["", "", "", "мотивы»", "", ""],
                HEADER,
                ["2", "17.12", "11.00", "Экскурсия в музей", "8б", "Сидоров"],
                ["3", "18.12.2025", "12.00", "Ярмарка", "все параллели", "Орлова"],
            ]
        ]
    )
    running.vk.push_document(PARTNER, "План на декабрь.docx", plan)
    summary = await running.vk.wait_text(PARTNER, "Файл «План на декабрь.docx»")
    assert "Концерт хора «Зимние мотивы»" in summary, summary
    assert "18 декабря 2025 года (чт) уже прошло" in summary, summary
    assert "2 мероприятия готовы" in summary, summary
    running.vk.push_message(PARTNER, "да")
    await running.vk.wait_text(PARTNER, "Сохранено")
    start = datetime(2026, 12, 1, tzinfo=running.settings.tz)
    events = await store.events_between(start, None)
    assert sorted(e.title for e in events) == ["Концерт хора «Зимние мотивы»", "Экскурсия в музей"]
