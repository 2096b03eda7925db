"""A post whose event sentence (the parser's pick) speaks of a side matter — awards, results,
registration, applications, a time limit, the past — while the post names another day ahead
is asked about (`several_dates`, the pick first, then the other days as buttons), not saved
silently (twelfth round, doubts12; measured leave-one-set-out by
benchmarks/doubt_transfer.py). The start itself is not changed. Sentences our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.start_doubts import side_matter

NOW = datetime.fromisoformat("2026-12-01T10:00")


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


@pytest.mark.parametrize(
    ("text", "start", "other"),
    [
        (  # the awards chosen; the works' own day is named in an uncued line
            "Торжественное награждение победителей конкурса рисунков состоится 11 декабря в "
            "15:00 в актовом зале школы №7.\nРаботы принимаем 5 декабря, кабинет 14.",
            "2026-12-11T15:00",
            "2026-12-05T15:00",
        ),
        (  # registration chosen; the relay itself is a bare line
            "Регистрация участников лыжной эстафеты пройдёт 9 декабря в 9:00 у главного входа "
            "стадиона.\nЭстафета для 5–8 классов — 12 декабря.",
            "2026-12-09T09:00",
            "2026-12-12T09:00",
        ),
    ],
)
def test_a_side_matter_pick_with_another_day_ahead_is_asked(
    text: str, start: str, other: str
) -> None:
    got = _parse(text)
    assert got["start"] == start  # the pick is kept (starts are chosen elsewhere)
    assert "several_dates" in got["doubts"]  # type: ignore[operator]
    assert got["choices"] == [start, other]  # the pick first, then the other day


@pytest.mark.parametrize(
    "text",
    [
        # a side matter, but no other day ahead: nothing to offer
        "Торжественное награждение победителей конкурса рисунков состоится 11 декабря в 15:00 "
        "в актовом зале школы №7. Приглашаем участников и родителей.",
        # another day ahead, but the pick announces the event itself
        "Концерт школьного хора состоится 12 декабря в 17:00 в Доме культуры. Генеральная "
        "репетиция — 10 декабря.",
        # the side matter (a past awards) is not the pick; the pick is the next olympiad
        "Награждение победителей олимпиады состоялось 20 ноября в актовом зале.\nНовая "
        "олимпиада по физике пройдёт 10 декабря в 10:00.",
        # the side sentence names the only other day, and it has passed
        "Вчера, 30 ноября, в гимназии прошёл турнир по шахматам среди 5–7 классов.\n"
        "Следующий турнир запланирован на 14 декабря в 12:00.",
    ],
)
def test_no_side_matter_doubt_without_its_two_conditions(text: str) -> None:
    got = _parse(text)
    assert got["start"] is not None
    assert got["doubts"] == []
    assert got["choices"] == []


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("подведение итогов конкурса состоится 15 декабря", True),
        ("приём документов продлится до 7 декабря", True),
        ("заявки принимаются до 3 декабря", True),
        ("в сроки с 5 по 9 декабря", True),
        ("вчера в школе прошёл концерт", True),
        ("концерт состоится 12 декабря в 17:00", False),
        ("лекция о космосе пройдёт в библиотеке", False),
    ],
)
def test_side_matter_words(sentence: str, side: bool) -> None:
    assert side_matter(sentence) is side
