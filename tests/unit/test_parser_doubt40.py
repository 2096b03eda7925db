"""Never silently wrong on a long post (issue 10 point 4), round 40: signals a careful reader
uses to be unsure of the start the parser chose, each in sentences of our own.

1. A headline range «С 18 ноября 2024 г. по 5 января 2025» (a year on each end, «г.» after the
   first only) and a later sentence giving the opening of the same thing on the range's first
   day («Открытие выставки — 18 ноября в 15.00»): the event is the range, not its opening.
2. An open-ended all-day start while another sentence names a span of days beginning that day
   («стартует 4 декабря … Заявки принимаются с 4 по 22 декабря»): the whole span is offered.
3. A timed start whose event «продлится до 7 декабря» (another day): the span is offered.
Each rule has a case it must leave as it was."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-11-20T10:00")


def parse(text: str, now: datetime = NOW) -> dict[str, Any]:
    return intent_to_json(parse_message(text, now))


def span(text: str, now: datetime = NOW) -> tuple[str, str] | None:
    """The span of days a `span_cut` doubt offers (not in the JSON: the bot's question)."""
    intent = parse_message(text, now)
    found = intent.draft.span if isinstance(intent, EventIntent) else None
    return None if found is None else (found[0].isoformat(), found[1].isoformat())


def asked(got: dict[str, Any]) -> set[str]:
    return set(got.get("doubts") or []) & ASKED


# --- 1. a headline range and its opening on the first day ------------------------------


@pytest.mark.parametrize(
    ("text", "now", "start", "end"),
    [
        (  # «г.» after the first year only, the second year bare
            "Выставка «Новогодняя игрушка» в городском музее\n"
            "С 18 ноября 2024 г. по 5 января 2025 в выставочном зале музея будет работать "
            "выставка «Новогодняя игрушка. Как наряжали ёлку в СССР».\n"
            "Торжественное открытие выставки состоится 18 ноября в 15.00. Для школьных групп "
            "— экскурсия по заявкам.",
            "2024-11-10T10:00",
            "2024-11-18",
            "2025-01-05",
        ),
        (  # the same shape in a library's words, the opening after a dash
            "Книжная выставка в городской библиотеке\n"
            "С 1 декабря 2026 г. по 15 января 2027 в читальном зале работает книжная выставка "
            "«Зимние сказки».\n"
            "Открытие выставки — 1 декабря в 12:00, приглашаем читателей всех возрастов.",
            "2026-11-20T10:00",
            "2026-12-01",
            "2027-01-15",
        ),
        (  # «г.» after the second year only
            "Фотовыставка «Мой край» в доме культуры\n"
            "С 18 ноября 2024 по 5 января 2025 г. в фойе дома культуры открыта фотовыставка "
            "«Мой край».\n"
            "Выставка откроется 18 ноября в 16:00 встречей с авторами снимков.",
            "2024-11-10T10:00",
            "2024-11-18",
            "2025-01-05",
        ),
    ],
)
def test_headline_range_with_its_opening_is_the_range(
    text: str, now: str, start: str, end: str
) -> None:
    got = parse(text, datetime.fromisoformat(now))
    assert (got["start"], got["end"]) == (start, end)


def test_a_lecture_on_the_first_day_of_a_week_is_not_the_week() -> None:
    """Not an opening: the lecture on the week's first day is its own event (as before)."""
    got = parse(
        "Неделя науки в гимназии\n"
        "Неделя науки пройдёт с 7 по 11 декабря. 7 декабря в 15:00 в актовом зале лекция "
        "«Как устроены звёзды»."
    )
    assert got["start"] == "2026-12-07T15:00"


def test_a_rallys_opening_on_its_first_day_keeps_its_clock() -> None:
    """A rally held («пройдёт») over its days is not open to visit: its opening's clock stays
    the start (tests/unit/test_post_start_choice11.py), the same range shape notwithstanding."""
    got = parse(
        "Слёт юных туристов пройдёт с 10 декабря 2026 г. по 12 декабря 2026 на базе отдыха "
        "«Сосновый бор».\n"
        "Торжественное открытие слёта состоится 10 декабря в 11:00 у главного корпуса."
    )
    assert got["start"] == "2026-12-10T11:00"


def test_the_range_alone_is_read_as_before() -> None:
    got = parse(
        "С 18 ноября 2024 г. по 5 января 2025 в музее работает выставка «Зимы».",
        datetime.fromisoformat("2024-11-10T10:00"),
    )
    assert (got["start"], got["end"]) == ("2024-11-18", "2025-01-05")


# --- 2. an open-ended start and a span beginning that day -------------------------------


def test_contest_start_with_a_window_from_that_day_offers_the_span() -> None:
    text = (
        "Областной конкурс чтецов стартует 4 декабря!\n"
        "На конкурс принимаются видеозаписи стихотворений.\n"
        "Заявки на участие принимаются с 4 декабря по 22 декабря 2026 года.\n"
        "Итоги будут опубликованы 28 декабря."
    )
    got = parse(text)
    assert got["start"] == "2026-12-04"
    assert "span_cut" in got["doubts"], got["doubts"]
    assert span(text) == ("2026-12-04", "2026-12-22")


def test_one_day_contest_with_an_earlier_window_is_not_asked() -> None:
    """The window ends before the event's day: no span begins on it."""
    got = parse(
        "Олимпиада по математике пройдёт 15 декабря в 10:00 в гимназии №1.\n"
        "Заявки принимаются с 1 по 10 декабря."
    )
    assert got["start"] == "2026-12-15T10:00"
    assert "span_cut" not in (got["doubts"] or [])


# --- 3. a timed start whose event lasts until a later day -------------------------------


def test_timed_opening_of_an_event_lasting_until_a_later_day_offers_the_span() -> None:
    text = (
        "В городе пройдёт первенство области по боксу.\n"
        "Турнир откроют 2 декабря в 17:30 в спорткомплексе «Олимп». Соревнования продлятся "
        "до 7 декабря."
    )
    got = parse(text)
    assert got["start"] == "2026-12-02T17:30"
    # parse70: «откроют … в 17:30» names the run's opening: one run to the end of 7 December,
    # no longer asked against the span
    assert got["end"] == "2026-12-07"
    assert "span_cut" not in got["doubts"], got["doubts"]


# --- 4. a programme laid out under day headings -----------------------------------------


def test_programme_under_two_day_headings_offers_both_days() -> None:
    text = (
        "Районный туристский слёт школьников стартует 11 декабря\n\n"
        "Программа слёта\n\n"
        "11 декабря (пятница)\n"
        "до 10.00 – заезд команд\n"
        "11.00 - 13.00 - ориентирование на местности\n"
        "14.00 - 16.00 - полоса препятствий\n"
        "18.00 - торжественное открытие слёта\n\n"
        "12 декабря (суббота)\n"
        "9.00 - 10.00 - завтрак\n"
        "10.00 - 13.00 - туристская эстафета\n"
        "14.00 - награждение и отъезд команд\n"
    )
    got = parse(text)
    assert got["start"] is not None
    assert got["start"].startswith("2026-12-11")
    assert "span_cut" in got["doubts"], got["doubts"]
    assert span(text) == ("2026-12-11", "2026-12-12")


def test_one_day_heading_is_not_a_programme_of_days() -> None:
    got = parse(
        "Новогодний концерт в школе искусств\n\n"
        "Программа концерта\n\n"
        "18 декабря (пятница)\n"
        "17.00 - сбор гостей\n"
        "17.30 - концерт хора\n"
        "18.30 - выступление оркестра\n"
    )
    assert "span_cut" not in (got["doubts"] or [])


# --- 5. the headline's stage dated elsewhere than the pick ------------------------------

_STAGES = (
    "Приглашаем школьников 7–11 классов принять участие в {stage} этапе олимпиады по "
    "краеведению!\n"
    "Олимпиада проводится в три этапа:\n"
    "Школьный этап — в образовательных организациях района с 7 по 18 декабря;\n"
    "Муниципальный этап — в Доме детского творчества с 12 по 16 января;\n"
    "Региональный этап — с 2 по 4 марта в областном центре.\n"
    "К участию допускаются победители и призёры предыдущего этапа."
)


def test_headline_stage_dated_elsewhere_is_offered() -> None:
    got = parse(_STAGES.format(stage="муниципальном"))
    assert asked(got), got["doubts"]
    assert any(c.startswith("2027-01-12") for c in got["choices"] + [got["start"]]), got


def test_headline_stage_that_is_the_pick_is_not_asked() -> None:
    """The headline names the school stage, the pick's own: nothing to ask for it."""
    got = parse(_STAGES.format(stage="школьном"))
    assert got["start"] == "2026-12-07"
    assert "several_dates" not in (got["doubts"] or [])


# --- 6. the start's clock a later slot of a programme ---------------------------------


def test_start_from_a_later_programme_slot_is_asked() -> None:
    """The day's programme opens at 10.00; the pick, 11.30, is the clock of a later slot
    (orienteering), not written anywhere else: which clock is the event's is asked."""
    got = parse(
        "Районный туристский слёт школьников стартует 12 декабря\n\n"
        "Распорядок слёта\n\n"
        "до 10.00 – прибытие команд на поляну\n"
        "10.00 - 10.30 - совещание руководителей команд\n"
        "11.30 - 14.00 - ориентирование на местности\n"
        "14.00 - 16.00 - полоса препятствий\n"
        "17.00 - торжественное открытие слёта"
    )
    assert got["start"] is not None
    assert got["start"].startswith("2026-12-12")
    assert "several_times" in got["doubts"], got["doubts"]


def test_start_at_the_programme_opening_is_not_asked() -> None:
    """The clock closes the first slot (registration) and opens the next: the common right
    reading, left unasked."""
    got = parse(
        "Городской фестиваль робототехники пройдёт 12 декабря в технопарке.\n\n"
        "Программа фестиваля:\n"
        "9.30 - 10.00 - регистрация команд\n"
        "10.00 - 10.20 - открытие фестиваля\n"
        "10.30 - 13.00 - соревнования роботов\n"
        "14.00 - награждение победителей"
    )
    assert got["start"] == "2026-12-12T10:00"
    assert not asked(got), got["doubts"]
