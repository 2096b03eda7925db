"""Rows under a header naming a span of days (adversarial walk 2026-12-02n, #8): each row is
its own event whose day within the span is asked, never one event repeated every day.
Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from bot.core.language.intents_many import parse_many
from bot.core.language.plan_rows import range_rows
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-02T10:00")  # a Wednesday


def _rows(text: str) -> list[tuple[str, str, bool, bool]]:
    return [
        (
            i.draft.title,
            i.draft.start.strftime("%H:%M") if i.draft.start else "-",
            "no_date" in i.draft.doubts,
            i.draft.recurrence is None,
        )
        for i in parse_many(text, NOW)
        if isinstance(i, EventIntent)
    ]


def test_rows_under_a_span_of_days_are_separate_events_with_the_day_asked() -> None:
    text = "21–25 декабря:\nКонкурс чтецов 11:30, 5А\nСпартакиада 14:00, 6Б"
    assert _rows(text) == [
        ("Конкурс чтецов", "11:30", True, True),
        ("Спартакиада", "14:00", True, True),
    ]


def test_a_span_written_with_s_po_or_digits_heads_rows_too() -> None:
    for header in ("С 21 по 25 декабря:", "21.12–25.12"):
        text = f"{header}\nКонкурс чтецов 11:30, 5А\nСпартакиада 14:00, 6Б"
        assert [r[2] for r in _rows(text)] == [True, True], header


def test_a_day_header_after_the_span_gives_its_rows_their_day() -> None:
    text = (
        "21–25 декабря:\n"
        "Конкурс чтецов 11:30, 5А\n"
        "Спартакиада 14:00, 6Б\n"
        "26 декабря:\n"
        "Ёлка 12:00, 1А"
    )
    drafts = [i.draft for i in parse_many(text, NOW) if isinstance(i, EventIntent)]
    assert [("no_date" in d.doubts, d.start.day if d.start else 0) for d in drafts][2] == (
        False,
        26,
    )
    assert len(drafts) == 3


def test_range_rows_leaves_a_message_without_a_span_header_alone() -> None:
    lines = ["12 декабря:", "Лекция 15:00, 9А"]
    assert range_rows(lines) == (lines, frozenset())
