"""A report of one happening that dates only «ещё один / одна / одно» of its kind (doubt77,
report_next.py): «5 декабря … прошёл открытый урок … 14 декабря пройдёт ещё один урок». The
card may be the reported one or the other, so the reported day is offered beside the pick
(`several_dates`). Sentences our own; the guards keep the next meeting of a series
(«Следующий …», as test_side_matter_doubt.py does), one more item of another kind and a
report with no day written as they were."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import EventDraft, EventIntent

NOW = datetime.fromisoformat("2026-12-07T10:00")  # a Monday


def _draft(text: str) -> EventDraft:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


@pytest.mark.parametrize(
    ("text", "picked", "told"),
    [
        (
            "Открытый урок\n"
            "5 декабря в школе прошёл открытый урок по финансовой грамотности. Его провели "
            "специалисты банка.\n14 декабря пройдёт ещё один урок, на нём обсудят налоги.",
            "2026-12-14",
            "2026-12-05",
        ),
        (
            "Встреча с писателем\n"
            "Вчера, 6 декабря, в библиотеке состоялась встреча с писателем. Ребята задавали "
            "вопросы.\nЕщё одна встреча пройдёт 20 декабря.",
            "2026-12-20",
            "2026-12-06",
        ),
        (
            "Занятие по робототехнике\n"
            "4 декабря в кабинете информатики прошло занятие по робототехнике для 6 классов. "
            "Ещё одно занятие состоится 18 декабря в 15:00.",
            "2026-12-18",
            "2026-12-04",
        ),
    ],
)
def test_the_reported_day_is_offered_beside_the_next(text: str, picked: str, told: str) -> None:
    draft = _draft(text)
    assert [c.date().isoformat() for c in draft.choices] == [picked, told]
    assert "several_dates" in draft.doubts


def test_the_next_meeting_of_a_series_is_not_offered() -> None:
    draft = _draft(
        "Архивный четверг\n"
        "3 декабря прошёл первый архивный четверг. Школьники побывали в хранилище.\n"
        "Следующий архивный четверг (10 декабря) будет посвящён истории школы."
    )
    assert draft.start is not None
    assert draft.start.date().isoformat() == "2026-12-10"
    assert not draft.choices


def test_one_more_of_another_kind_is_not_offered() -> None:
    draft = _draft(
        "Мастер-класс\n"
        "5 декабря в школе прошёл мастер-класс по рисованию. "
        "Ещё одно занятие кружка состоится 12 декабря."
    )
    assert draft.start is not None
    assert draft.start.date().isoformat() == "2026-12-12"
    assert not draft.choices


def test_a_report_with_no_day_written_is_not_offered() -> None:
    draft = _draft(
        "Турнир\nВ ноябре прошёл турнир по шахматам. Ещё один турнир пройдёт 20 декабря."
    )
    assert not draft.choices
