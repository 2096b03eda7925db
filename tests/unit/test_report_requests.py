"""Report requests: periods look back, organisers keep the capitals typed."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.language.reports import ReportRequest, parse_report, school_year

TODAY = date(2026, 11, 23)  # a Monday


@pytest.mark.parametrize(
    ("text", "start", "end", "organiser"),
    [
        ("итоги ноября", date(2026, 11, 1), TODAY, None),
        ("Итоги за октябрь", date(2026, 10, 1), date(2026, 10, 31), None),
        ("итоги декабря", date(2025, 12, 1), date(2025, 12, 31), None),
        ("итоги за сентябрь 2025 года", date(2025, 9, 1), date(2025, 9, 30), None),
        ("отзывы по КГТУ", date(2026, 9, 1), TODAY, "КГТУ"),
        ("итоги КГТУ за прошлую неделю", date(2026, 11, 16), date(2026, 11, 22), "КГТУ"),
        (
            "статистика «Музей Янтаря» за октябрь",
            date(2026, 10, 1),
            date(2026, 10, 31),
            "Музей Янтаря",
        ),
        ("отчёт за прошлый месяц", date(2026, 10, 1), date(2026, 10, 31), None),
        ("итоги месяца", date(2026, 11, 1), TODAY, None),
        ("итоги по партнёрам", date(2026, 9, 1), TODAY, None),
        ("отчет", date(2026, 9, 1), TODAY, None),
    ],
)
def test_report_requests(text: str, start: date, end: date, organiser: str | None) -> None:
    assert parse_report(text, TODAY) == ReportRequest(start, end, organiser)


@pytest.mark.parametrize(
    "text",
    [
        "итоговая контрольная 5 декабря в 10:00",
        "что на следующей неделе?",
        "Отчётный концерт 20 декабря в 18:00, актовый зал",
        "Итоги конкурса чтецов 5 декабря в 15:00, 7 классы",
        "Отчёт волонтёров 12.12 в 14.00",
        "",
    ],
)
def test_other_messages_are_not_reports(text: str) -> None:
    assert parse_report(text, TODAY) is None


def test_school_year_begins_in_september() -> None:
    assert school_year(date(2027, 3, 1)) == (date(2026, 9, 1), date(2027, 8, 31))
    assert school_year(date(2026, 9, 1)) == (date(2026, 9, 1), date(2027, 8, 31))
