"""A report of the post's own day that dates only something ahead (doubt76, report_today.py):
a sentence before the event's tells that a happening took place, a sentence before it writes
«сегодня» (told in the past, or with no verb), and the only date is a later stage's. Which day
the card is for cannot be read from the grammar, so the post's day is offered beside the day
ahead (`several_dates`) instead of the day ahead kept silently. Sentences our own, in several
shapes."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-07T10:00")  # a Monday


def _draft(text: str):  # type: ignore[no-untyped-def]
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


# told today, a later stage dated: the post's day is offered beside the pick
ASKED = [
    (  # a verbless «сегодня» sentence, the next stage by a pronoun
        "Первенство школы по шахматам\n\n"
        "Очередной шахматный турнир состоялся в школе №4. "
        "Сегодня сорок участников из пяти школ района. "
        "Победители поедут на городские соревнования. Они состоятся двенадцатого января.",
        [date(2027, 1, 12), date(2026, 12, 7)],
    ),
    (  # «сегодня» in the report's own past sentence, the next session ahead
        "Занятие клуба «Юный химик»\n\n"
        "Сегодня в библиотеке прошло очередное занятие клуба «Юный химик». "
        "Ребята узнали, из чего делают мыло, и сварили своё. "
        "Следующее занятие состоится 21 декабря в 15:00.",
        [date(2026, 12, 21), date(2026, 12, 7)],
    ),
    (  # a concert told, the next one dated
        "Сегодня в актовом зале гимназии состоялся концерт хора. "
        "Хористы исполнили песни военных лет. "
        "Следующий концерт пройдёт 18 декабря в доме культуры.",
        [date(2026, 12, 18), date(2026, 12, 7)],
    ),
]


@pytest.mark.parametrize(("post", "offered"), ASKED)
def test_a_report_of_today_with_a_day_ahead_is_asked(post: str, offered: list[date]) -> None:
    draft = _draft(post)
    assert "several_dates" in draft.doubts, draft.doubts
    assert [c.date() for c in draft.choices] == offered


SILENT = [
    (  # an announcement: «сегодня» cites the news, nothing told as done
        "Городской музей приглашает школьников на праздник 19 декабря. "
        "Об этом сегодня сообщили в пресс-службе музея. "
        "Праздник пройдёт 19 декабря в 12:00."
    ),
    (  # «сегодня» set against the event's own day
        "В парке поставили ёлку. "
        "И хотя открытие катка лишь завтра, уже сегодня на лёд вышли первые посетители. "
        "Каток откроется 8 декабря в 10:00."
    ),
    (  # «сегодня» in the present tense: what goes on now, not a happening told
        "В прошлом году в центре «Созвездие» отдохнули триста школьников. "
        "Сегодня в лагере проходят зимние смены. "
        "Следующая смена состоится 20 декабря."
    ),
    (  # no sentence told in the past before the event's
        "Сегодня открыта запись на мастер-класс по лепке. "
        "Мастер-класс пройдёт 14 декабря в 16:00 в доме творчества."
    ),
]


@pytest.mark.parametrize("post", SILENT)
def test_no_report_of_today_is_not_asked(post: str) -> None:
    draft = _draft(post)
    assert draft.start is not None
    assert draft.start.date() > NOW.date()
    assert "several_dates" not in draft.doubts, draft.doubts
