"""A headline's day, written again in the body, beside another pick (doubt75,
headline_day.py): the post heads its event with a day and repeats it, yet a later sentence's day
(a trial run, rehearsals, workshops before it) was taken. The headline's day is offered beside
the pick (`several_dates`) instead of the pick kept silently. Sentences our own."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-11-25T10:00")  # a Wednesday


def _draft(text: str, now: datetime = NOW):  # type: ignore[no-untyped-def]
    intent = parse_message(text, now)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


# a headline's day (with an event cue) written again in the body, another day picked: the
# headline's day is offered beside the pick
ASKED = [
    (
        "Открытие нового катка в парке «Дружба» состоится 12 декабря\n"
        "На 12 декабря намечено торжественное открытие катка в парке «Дружба». "
        "Со второго декабря каток будет работать в тестовом режиме, в нём будут проходить "
        "тренировки школьных хоккейных команд. "
        "Парк приглашает гостей на открытие с 17:00, в 17:30 начнётся концерт.",
        date(2026, 12, 12),
    ),
    (
        "Новая библиотека откроется 14 декабря\n"
        "Открытие новой библиотеки назначено на 14 декабря. "
        "С 7 декабря библиотека будет работать в пробном режиме, в ней будут проходить "
        "занятия для первоклассников. Гостей ждут на открытие с 12:00.",
        date(2026, 12, 14),
    ),
    (
        "Фестиваль «Зимние узоры» состоится 18 декабря\n"
        "18 декабря в доме культуры пройдёт фестиваль «Зимние узоры». "
        "С 10 декабря в доме культуры будут проходить мастер-классы для участников. "
        "Начало фестиваля в 15:00.",
        date(2026, 12, 18),
    ),
]


@pytest.mark.parametrize(("post", "headed"), ASKED)
def test_the_headline_day_is_offered(post: str, headed: date) -> None:
    draft = _draft(post)
    assert "several_dates" in draft.doubts, draft.doubts
    assert headed in [c.date() for c in draft.choices]


def test_a_headline_day_inside_the_span_picked_is_no_rival() -> None:
    draft = _draft(
        "Выставка рисунков откроется 12 декабря\n"
        "12 декабря в библиотеке откроется выставка рисунков. "
        "Выставка будет работать до 28 декабря."
    )
    assert draft.start == datetime.fromisoformat("2026-12-12T00:00")
    assert "several_dates" not in draft.doubts


def test_a_headline_day_gone_by_is_not_offered() -> None:
    draft = _draft(
        "Открытие катка состоялось 20 ноября\n"
        "20 ноября в парке открыли каток, на открытии выступили фигуристы. "
        "Со 2 декабря на катке будут проходить тренировки школьных команд, начало в 16:00."
    )
    assert date(2026, 11, 20) not in [c.date() for c in draft.choices]
