"""A span of days with daily hours (starts42): «с 3 по 8 января … Расписание: ежедневно с
10:00 до 15:00», «Начало игр ежедневно в 11:00», «по будням, в 10:00 и в 13:00» — the event
is the span of days, read all day (its first to its last day, inclusive), not one clock on
its first day asked about (`span_cut`) or a daily series that runs on days the post skips.
A clock written for one day only stays that day's (the doubt `span_cut` still asks), and a
span written with its own hours in one sentence on no daily word is left as it was.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.sentences import sentences
from bot.core.language.start_doubts import daily_clock, foreign_clock

NOW = datetime.fromisoformat("2026-12-01T09:00")  # a Tuesday

FIXED = [
    ("real_posts_broad10.jsonl", 15),  # «ежедневно с 10:00 до 15:00» in the next sentence
    ("real_posts_broad10.jsonl", 29),  # «Начало игр ежедневно в 11:00»
    ("real_posts_broad10.jsonl", 32),  # «Расписание показов: ежедневно с 14:00»
    ("real_posts_broad10.jsonl", 9),  # «по будням, в 10:00 и в 13:00»
    ("real_posts_broad9.jsonl", 38),  # «по будням с 10 …»
]


@pytest.mark.parametrize(("name", "line"), FIXED)
def test_real_posts_read_as_the_span(name: str, line: int) -> None:
    case = load(name)[line - 1]
    got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
    assert real_post_results(case, got)["start_end"], (got["start"], got["end"])


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


SPANS = [
    (
        "Творческая мастерская «Зимние узоры»\n\nДом детского творчества приглашает школьников "
        "на каникулярную мастерскую, которая пройдёт с 5 по 9 января 2027 года. Занятия "
        "проходят ежедневно с 11:00 до 14:00 в кабинете 12. Запись по телефону.",
        ("2027-01-05", "2027-01-09"),
    ),
    (
        "Турнир по мини-футболу\n\nСпортивный клуб проводит турнир среди школьных команд, "
        "который состоится с 14 по 18 декабря 2026 года в спортзале лицея. Матчи каждый день "
        "в 15:30. Заявки принимаются у тренеров.",
        ("2026-12-14", "2026-12-18"),
    ),
    (
        "Экскурсии по выставке\n\nМузей проводит экскурсии для школьных групп с 7 по 25 "
        "декабря 2026 года в будние дни в 10:00 и в 12:00, по предварительной записи. Группа "
        "до 20 человек.",
        ("2026-12-07", "2026-12-25"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_span_with_daily_hours_is_the_span(text: str, expected: tuple[str, str]) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == expected
    assert got["all_day"] is True
    assert got["recurrence"] is None
    assert "span_cut" not in (got["doubts"] or [])


def test_one_days_clock_is_still_asked() -> None:
    # the clock belongs to the first day's opening, not to every day: still asked
    got = _parse(
        "Фестиваль детского кино\n\nС 14 по 18 декабря 2026 года в кинотеатре «Родина» "
        "пройдёт фестиваль детского кино. Торжественное открытие 14 декабря в 12:00. Вход "
        "свободный."
    )
    assert got["all_day"] is False


@pytest.mark.parametrize(
    ("text", "clock", "expected"),
    [
        ("занятия ежедневно с 10:00 до 15:00.", (10, 0), True),
        ("начало игр ежедневно в 11:00.", (11, 0), True),
        ("по будням, в 10:00 и в 13:00, по записи.", (13, 0), True),
        ("работает с 10 до 18 ежедневно.", (10, 0), True),
        ("ежедневно с 10 до 15 ч.", (10, 0), True),
        ("ежедневно с 10:00. 27 марта в 17:00 — закрытие.", (17, 0), False),
        ("открытие 14 декабря в 12:00.", (12, 0), False),
        ("ежедневно в сообществе будет вопрос. начало в 10:00.", (10, 0), False),
    ],
)
def test_daily_clock(text: str, clock: tuple[int, int], expected: bool) -> None:
    assert daily_clock(text, clock) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clock is written only in a sentence about another day
        ("акция пройдёт с 24 апреля по 9 мая. 9 мая шествие, сбор колонны в 10:00.", True),
        # the clock's sentence names the day itself, or names no day
        ("акция пройдёт 24 апреля в 10:00. 9 мая шествие.", False),
        ("акция пройдёт с 24 апреля по 9 мая. начало в 10:00.", False),
        # a span holding the day
        ("с 20 по 30 апреля в 10:00 работает штаб.", False),
    ],
)
def test_foreign_clock(text: str, expected: bool) -> None:
    day = date(2027, 4, 24)
    now = datetime.fromisoformat("2027-04-01T09:00")
    assert foreign_clock(text, sentences(text), (10, 0), day, now) is expected


def test_span_whose_clock_is_another_days_is_the_span() -> None:
    got = _parse(
        "О проведении акции «Покормите птиц зимой»\n\nЭкологический центр сообщает, что с 7 "
        "по 20 декабря 2026 г. в городе проводится акция «Покормите птиц зимой». Кормушки "
        "развешивают волонтёры в парках и скверах.\n\nТакже напоминаем о проведении 19 "
        "декабря экологического квеста, сбор команд — в 11:00 у входа в парк."
    )
    assert (got["start"], got["end"]) == ("2026-12-07", "2026-12-20")
    assert got["recurrence"] is None


def test_rival_days_inside_the_span_are_its_programme() -> None:
    case = load("real_posts_broad10.jsonl")[36]  # «по будням в 10:00 и 12:00», «открытие …»
    got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
    assert real_post_results(case, got)["start_end"], (got["start"], got["end"])
    got = _parse(
        "Выставка «Зимняя сказка»\n\nС 7 декабря 2026 года по 31 января 2027 года в городском "
        "музее работает выставка «Зимняя сказка». Торжественное открытие — 7 декабря в 15:00. "
        "Для школьных групп проводятся экскурсии по будням в 11:00 и 14:00. 19 декабря в 12:00 — "
        "мастер-класс по росписи игрушек."
    )
    assert (got["start"], got["end"]) == ("2026-12-07", "2027-01-31")
    assert got["choices"] == []
