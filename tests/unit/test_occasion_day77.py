"""A long post's day read only from the date of the occasion its event comes before (doubt77,
`occasion_day`): «В преддверии выборов, которые пройдут 20 декабря, в школе проводится неделя
правовых знаний». «В преддверии», «накануне», «в канун» say the event is held before that day,
so the day is asked instead of saved silently. Sentences our own, in several shapes; the
guards keep an event dated on its own and an event held «ко Дню …» as they were."""

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
    ("text", "day"),
    [
        (
            "Неделя правовых знаний\n"
            "В преддверии выборов, которые пройдут 20 декабря, в школе проводится неделя "
            "правовых знаний. Учащиеся подготовили выступления.",
            "2026-12-20",
        ),
        (
            "Спортивная эстафета\n"
            "Накануне городской спартакиады, которая состоится 19 декабря, в школе №5 пройдёт "
            "эстафета для пятиклассников. Приглашаем болельщиков.",
            "2026-12-19",
        ),
        (
            "Новогодний утренник\n"
            "В канун Нового года, что наступит 31 декабря, для учеников начальной школы "
            "устроят утренник. Ребят ждут игры и подарки.",
            "2026-12-31",
        ),
        (
            "Выставка поделок\n"
            "В преддверии новогоднего бала, который будет проходить 25 декабря в актовом зале, "
            "ученики оформят выставку поделок. Работы принимаются в кабинете 12.",
            "2026-12-25",
        ),
    ],
)
def test_the_occasions_day_is_asked(text: str, day: str) -> None:
    draft = _draft(text)
    assert draft.start is not None
    assert draft.start.date().isoformat() == day
    assert "occasion_day" in draft.doubts


def test_an_event_dated_on_its_own_beside_the_occasion_is_not_asked() -> None:
    draft = _draft(
        "Урок мужества\n"
        "В преддверии Дня героев Отечества, который отмечается 9 декабря, в школе пройдёт урок "
        "мужества. Начало 8 декабря в 12:00 в актовом зале."
    )
    assert draft.start == datetime.fromisoformat("2026-12-08T12:00")
    assert "occasion_day" not in draft.doubts


def test_the_events_own_relative_clause_is_not_an_occasion() -> None:
    draft = _draft(
        "Олимпиада\n"
        "Олимпиада по математике, которая состоится 15 декабря, пройдёт в кабинете 21. "
        "Приглашаем учеников 7–9 классов."
    )
    assert draft.start is not None
    assert draft.start.date().isoformat() == "2026-12-15"
    assert not draft.doubts


def test_an_event_for_a_feast_is_not_an_occasion_before_it() -> None:
    draft = _draft(
        "Концерт\n"
        "Ко Дню матери, который состоится 13 декабря, в школе пройдёт концерт. "
        "Приглашаем родителей."
    )
    assert "occasion_day" not in draft.doubts
