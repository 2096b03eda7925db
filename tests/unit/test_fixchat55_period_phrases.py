"""A period phrase («до конца месяца», «в конце недели») is the plan's deadline, never the
end of an event whose title would be the period's noun (fixchat55: after «план до конца
четверти», «что до конца месяца?» answered «Не нашёл … по словам «месяца»»)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.dialog import Dialog
from bot.core.language.card_questions import CardAsked, card_question
from bot.core.language.understand import understand
from bot.core.models import QueryIntent

NOW = datetime.fromisoformat("2026-12-19T12:00")  # a Saturday (school-local, naive)


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("что до конца месяца?", date(2026, 12, 31)),
        ("а до конца месяца?", date(2026, 12, 31)),
        ("до конца месяца?", date(2026, 12, 31)),
        ("а что до конца месяца?", date(2026, 12, 31)),
        ("что до конца недели?", date(2026, 12, 20)),
        ("план до конца года", date(2026, 12, 31)),
        ("а до конца года?", date(2026, 12, 31)),
        ("что в конце месяца?", date(2026, 12, 31)),
    ],
)
def test_a_period_phrase_asks_the_plan_with_no_title(text: str, last: date) -> None:
    asked = understand(text, Dialog(), NOW)
    query = getattr(asked, "query", None)
    assert isinstance(query, QueryIntent), asked
    assert query.title is None
    assert query.end == last


@pytest.mark.parametrize(
    "text",
    ["что до конца месяца?", "а до конца года?", "что до конца недели?", "что в конце месяца?"],
)
def test_the_end_of_a_period_is_no_question_on_a_card(text: str) -> None:
    assert card_question(text) is None


@pytest.mark.parametrize(
    "text", ["до скольки будет экскурсия?", "когда закончится ярмарка?", "а конец во сколько?"]
)
def test_an_events_end_is_still_asked(text: str) -> None:
    assert card_question(text) is CardAsked.END


def test_a_month_word_is_no_event_title() -> None:
    asked = understand("что к концу месяца?", Dialog(), NOW)
    assert getattr(asked, "query", None) is not None, asked
    assert asked.query.title is None  # type: ignore[attr-defined]
