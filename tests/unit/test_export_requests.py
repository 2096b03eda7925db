"""Export requests in the chat: format, period, audience and organiser."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.exports import parse_export
from bot.core.models import Audience

NOW = datetime.fromisoformat("2026-11-23T10:00")  # a Monday, school wall-clock time
YEAR = (date(2026, 9, 1), date(2027, 8, 31))


@pytest.mark.parametrize(
    ("text", "fmt", "start", "end", "classes", "organiser"),
    [
        ("выгрузка", "xlsx", *YEAR, set(), None),
        ("Выгрузка!", "xlsx", *YEAR, set(), None),
        ("план на декабрь в excel", "xlsx", date(2026, 12, 1), date(2026, 12, 31), set(), None),
        ("план на неделю в pdf", "pdf", date(2026, 11, 23), date(2026, 11, 29), set(), None),
        (
            "план на следующую неделю в PDF",
            "pdf",
            date(2026, 11, 30),
            date(2026, 12, 6),
            set(),
            None,
        ),
        ("календарь для 9Б", "ics", *YEAR, {"9Б"}, None),
        ("Календарь КГТУ", "ics", *YEAR, set(), "КГТУ"),
        (
            "выгрузи план КГТУ на декабрь в ics",
            "ics",
            date(2026, 12, 1),
            date(2026, 12, 31),
            set(),
            "КГТУ",
        ),
        (
            "экспорт в таблицу с 1 по 10 декабря",
            "xlsx",
            date(2026, 12, 1),
            date(2026, 12, 10),
            set(),
            None,
        ),
        (
            "расписание для 10А на декабрь в ics",
            "ics",
            date(2026, 12, 1),
            date(2026, 12, 31),
            {"10А"},
            None,
        ),
    ],
)
def test_export_requests(
    text: str, fmt: str, start: date, end: date, classes: set[str], organiser: str | None
) -> None:
    request = parse_export(text, NOW)
    assert request is not None
    assert (request.fmt, request.start, request.end) == (fmt, start, end)
    assert request.audience == Audience(classes=frozenset(classes))
    assert request.organiser == organiser


def test_pdf_at_the_weekend_prints_the_coming_week() -> None:
    request = parse_export("план в pdf", datetime.fromisoformat("2026-11-28T12:00"))
    assert request is not None
    assert (request.start, request.end) == (date(2026, 11, 30), date(2026, 12, 6))


@pytest.mark.parametrize(
    "text",
    [
        "Мастер-класс по Excel 15 декабря в 15:00, 9 классы",
        "план на декабрь",  # a question, not a file
        "Календарь событий 5 декабря в 15:00",
        "что на следующей неделе?",
        "",
    ],
)
def test_other_messages_are_not_exports(text: str) -> None:
    assert parse_export(text, NOW) is None


@pytest.mark.parametrize(
    ("text", "fmt", "start", "end"),
    [
        # newcomer walk 2026-12-01e, #8: the week named by its days, the format first
        ("план на неделю 14-20 декабря в pdf", "pdf", date(2026, 12, 14), date(2026, 12, 20)),
        ("расписание на неделю 14-20.12 в пдф", "pdf", date(2026, 12, 14), date(2026, 12, 20)),
        ("pdf на следующую неделю", "pdf", date(2026, 11, 30), date(2026, 12, 6)),
        ("Excel на декабрь", "xlsx", date(2026, 12, 1), date(2026, 12, 31)),
        ("пдф на неделю с 7 декабря", "pdf", date(2026, 12, 7), date(2026, 12, 13)),
        ("план с 14.12 по 20.12 в pdf", "pdf", date(2026, 12, 14), date(2026, 12, 20)),
    ],
)
def test_a_period_named_by_its_days_and_a_format_first(
    text: str, fmt: str, start: date, end: date
) -> None:
    request = parse_export(text, NOW)
    assert request is not None, text
    assert (request.fmt, request.start, request.end) == (fmt, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Excel для начинающих: мастер-класс 15 декабря в 15:00, 9 классы",
        "PDF-редактор: лекция 3 декабря в 15.00",
        "на следующей неделе 15 декабря лекция",
    ],
)
def test_an_event_opening_with_a_format_word_is_no_export(text: str) -> None:
    assert parse_export(text, NOW) is None
