"""A report of a recent day whose only day ahead is when its results are announced (doubt77):
«5 декабря … прошёл смотр строя и песни … Итоги смотра будут объявлены 15 декабря». The card
may be the reported happening or the results' day, so the reported day is offered beside the
pick (`several_dates`). Sentences our own; the guards keep a ceremony (an event of its own),
a post with no report and a report of something else as they were."""

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
            "Смотр строя и песни\n"
            "5 декабря в спортивном зале школы №3 прошёл смотр строя и песни среди 5–7 классов. "
            "В смотре участвовали двенадцать команд.\n"
            "Итоги смотра будут объявлены 15 декабря на общешкольной линейке.",
            "2026-12-15",
            "2026-12-05",
        ),
        (
            "Турнир по шахматам\n"
            "В субботу, 5 декабря, в школе прошёл турнир по шахматам. Участвовали 40 ребят.\n"
            "Подведут итоги турнира 10 декабря.",
            "2026-12-10",
            "2026-12-05",
        ),
        (
            "Заметка о городском смотре-конкурсе\n\n"
            "6 декабря, 16.00 в спортивном зале Дворца творчества прошёл городской "
            "смотр-конкурс знамённых групп. В конкурсе приняли участие группы 26 школ.\n\n"
            "Итоги конкурса будут объявлены на фестивале 21 декабря во Дворце творчества.",
            "2026-12-21",
            "2026-12-06",
        ),
    ],
)
def test_the_reported_day_is_offered_beside_the_results(text: str, picked: str, told: str) -> None:
    draft = _draft(text)
    assert [c.date().isoformat() for c in draft.choices] == [picked, told]
    assert "several_dates" in draft.doubts


def test_a_ceremony_is_an_event_of_its_own() -> None:
    draft = _draft(
        "Конкурс чтецов\n"
        "5 декабря в библиотеке прошёл конкурс чтецов. "
        "Церемония награждения победителей конкурса состоится 15 декабря."
    )
    assert draft.start is not None
    assert draft.start.date().isoformat() == "2026-12-15"
    assert not draft.choices


def test_results_with_no_report_before_them_are_not_offered_a_day() -> None:
    draft = _draft(
        "Конкурс рисунков\n"
        "Рисунки принимаются до 12 декабря. Итоги конкурса будут объявлены 18 декабря."
    )
    assert not draft.choices


def test_a_report_of_something_else_is_not_offered() -> None:
    draft = _draft(
        "Новости школы\n"
        "5 декабря в спортзале прошли соревнования по волейболу.\n"
        "Итоги конкурса рисунков будут объявлены 15 декабря."
    )
    assert not draft.choices
