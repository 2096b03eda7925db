"""A pasted plan's contact lines and "no events" notices are not events (adversarial walk
2026-12-02m, finding 1): they are never read as rows and are listed as not understood."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents_many import parse_many
from bot.core.language.plan_notices import is_notice_line
from bot.core.language.plan_text import skipped_lines
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-02T10:00")  # a Wednesday

PLAN = (
    "Мероприятия центра «Кванториум» на декабрь\n"
    "1) 08.12 в 14:00 — квиз «Роботы», 7А\n"
    "2) 15.12 в 14:00 — лекция о дронах, 8Б\n"
    "3) 28.12–08.01 — новогодние каникулы, занятий нет\n"
    "4) 12.01 в 14:00 — хакатон, 9В\n"
    "Контакты: Сидоров И.П., тел. 8-4012-11-22-33, звонить после 14:00"
)


def test_contact_and_no_events_lines_are_not_rows_and_are_listed_as_skipped() -> None:
    intents = parse_many(PLAN, NOW)
    titles = [i.draft.title for i in intents if isinstance(i, EventIntent)]
    assert len(titles) == 3
    assert not any("каникул" in t.lower() or "контакт" in t.lower() for t in titles)
    skipped = skipped_lines(PLAN, len(intents), NOW)
    assert any(line.startswith("3)") for line in skipped)
    assert any(line.startswith("Контакты") for line in skipped)


@pytest.mark.parametrize(
    "line",
    [
        "Контактное лицо: Иванова М.С., тел. 55-10-20",
        "Контакты: Сидоров, звонить после 14:00",
        "Справки по телефону 8-911-222-33-44 с 10:00",
        "Тел. для справок: 55-10-20 (с 9 до 17)",
        "• 28.12–08.01 — каникулы, мероприятий нет",
        "С 1 по 10 января мероприятия не проводятся",
        "4 ноября — выходной, занятий нет",
    ],
)
def test_notice_lines(line: str) -> None:
    assert is_notice_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "• 09.12 в 15:00 — лекция о телефонах будущего, 8А",
        "12.01 в 14:00 — встреча с контактным жонглёром, 5Б",
        "Экскурсия 15.12 в 11:00, 6А, нет ограничений по росту",
    ],
)
def test_event_lines_are_no_notices(line: str) -> None:
    assert not is_notice_line(line)
