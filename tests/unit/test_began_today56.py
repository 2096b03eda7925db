"""doubt56: «сегодня» with a past verb of beginning tells of an event running from today
(«Сегодня в школе начались предметные недели»): the post's own event, over a later dated part
of it; a sign-up that began today is no such event. fixdoubt58: beside a later sentence
holding a dated event of its own the dated event leads and the run's day is offered
(several_dates); a school holiday period never «began» as an event."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.told_past import began

NOW = "2024-02-05T16:00"


def _start(text: str) -> str | None:
    got = intent_to_json(parse_message(text, datetime.fromisoformat(NOW)))
    return got.get("start")


def _offered(text: str) -> set[str]:
    """The days offered (several_dates), the pick's first."""
    got = intent_to_json(parse_message(text, datetime.fromisoformat(NOW)))
    assert "several_dates" in got["doubts"]
    return {str(c)[:10] for c in got["choices"]}


def test_a_run_that_began_today_is_the_event() -> None:
    text = (
        "Неделя науки открылась\n"
        "Сегодня в гимназии открылась неделя науки для учеников пятых классов. Ребята "
        "посмотрели опыты в кабинете химии. Завершит неделю научная конференция, которая "
        "состоится 10 февраля."
    )
    assert _offered(text) == {"2024-02-05", "2024-02-10"}  # fixdoubt58: asked, both offered


def test_beginning_told_with_a_noun_subject() -> None:
    text = (
        "Концертом хора в актовом зале началась сегодня в школе декада музыки. "
        "Главный концерт пройдёт 14 февраля."
    )
    assert _offered(text) == {"2024-02-05", "2024-02-14"}  # fixdoubt58: asked, both offered


def test_a_sign_up_begun_today_leaves_the_event_its_day() -> None:
    text = (
        "Сегодня началась регистрация участников турнира по шахматам. "
        "Турнир пройдёт 17 февраля в спортзале школы."
    )
    assert _start(text) == "2024-02-17"


def test_began_reads_the_verb_not_a_word_list() -> None:
    assert began("Сегодня в лицее стартовала неделя математики.")
    assert began("Сегодня открылся музей школы.")
    assert not began("Сегодня откроется выставка рисунков.")  # future: not a report of onset
    assert not began("Сегодня началась запись в кружки.")  # a sign-up
    assert not began("Сегодня ребята посетили музей.")


def _parsed(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


def test_holidays_begun_today_are_no_event_of_today() -> None:
    # fixdoubt58: holidays never «began» as an event; the post names no event, so whatever
    # day is read is asked about, never today's onset kept unsaid
    text = (
        "Сегодня в лицее начались осенние каникулы.\nОтдых продлится до 4 ноября. Первый "
        "учебный день после каникул наступит 5 ноября."
    )
    got = _parsed(text, "2025-10-27T08:00")
    assert not str(got["start"]).startswith("2025-10-27")
    assert got["doubts"]


def test_a_timed_today_keeps_its_day_over_the_first_school_day() -> None:
    text = (
        "Сегодня в 11:00 в гимназии начнётся праздник осени. Первый учебный день после "
        "каникул будет 10 ноября."
    )
    assert _parsed(text, "2025-10-27T08:00")["start"] == "2025-10-27T11:00"


def test_a_run_begun_from_today_is_the_event_too() -> None:
    text = (
        "С сегодняшнего дня в гимназии началась неделя науки. Ребята посмотрели опыты. "
        "Завершит неделю конференция, которая состоится 10 февраля."
    )
    assert _offered(text) == {"2024-02-05", "2024-02-10"}  # fixdoubt58: asked, both offered
