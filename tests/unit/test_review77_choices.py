"""review77: the add / replace / keep-both answer (language.choices.draft_choice) is a
short reply; a message that only opens with «добавь» or «новый» and goes on to a day is
a request or an event of its own, never «добавь» / «замени» (it added the held draft to a
plan, or replaced the open one, and dropped what was typed). Sentences mine."""

from __future__ import annotations

import pytest

from bot.core.language.choices import draft_choice
from bot.core.language.meaning import DraftChoiceKind


@pytest.mark.parametrize(
    "text",
    [
        "добавь ещё занятие 20 декабря",
        "добавь занятие «Кружок робототехники» 20 декабря",
        "добавьте консультацию по ОГЭ 18 декабря в 14:00",
        "Новый год в школе 29 декабря в 12:00",
        "Новое занятие кружка 22 декабря в 15:00",
        "замени лекцию на 17:00",
    ],
)
def test_a_message_naming_a_day_or_time_is_no_choice(text: str) -> None:
    assert draft_choice(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("добавь", DraftChoiceKind.ADD),
        ("Добавить в план", DraftChoiceKind.ADD),
        ("добавьте, пожалуйста", DraftChoiceKind.ADD),
        ("добавь его тоже", DraftChoiceKind.ADD),
        ("к плану", DraftChoiceKind.ADD),
        ("замени", DraftChoiceKind.REPLACE),
        ("заменить черновик", DraftChoiceKind.REPLACE),
        ("новое", DraftChoiceKind.REPLACE),
        ("вместо прежнего", DraftChoiceKind.REPLACE),
        ("оставь оба", DraftChoiceKind.BOTH),
    ],
)
def test_the_short_answers_stay(text: str, kind: DraftChoiceKind) -> None:
    assert draft_choice(text) is kind
