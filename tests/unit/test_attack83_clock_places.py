"""attack83: the minutes of a clock are never a number of places. «Время: 18:25» on one line
and «Место: …» on the next read as «25 мест» — capacity 25 was saved, the clock was lost and
the chat asked «Во сколько …?» of a post that said it; «в 16:30 Место проведения — …» and
«до 16:30\\nМеста ограничены» lost their start or end the same way. A count of places is a
number of its own on the same line as «мест…», and a «Места: 20» label below a clock leaves
that clock's line break to it. Sentences written for this test."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import EventDraft, EventIntent

NOW = datetime.fromisoformat("2026-12-07T10:00")


def draft(text: str) -> EventDraft:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Концерт хора\nДата: 19 декабря\nВремя: 17:25\nМесто: актовый зал", "2026-12-19T17:25"),
        ("Собрание\nДата: 11 декабря\nВремя: 18:30\nМесто проведения: каб. 12", "2026-12-11T18:30"),
        ("Спектакль 21 декабря\nВремя: 12:40\nМесто: спортзал", "2026-12-21T12:40"),
        ("Викторина 15 декабря в 14:30 Место проведения — библиотека", "2026-12-15T14:30"),
        ("Турнир по шашкам 16 декабря в 15.45 места ограничены", "2026-12-16T15:45"),
        ("Лекция о вулканах 17 декабря в 16:40\nМеста: 20", "2026-12-17T16:40"),
    ],
)
def test_a_clocks_minutes_before_a_places_word_stay_the_clock(text: str, start: str) -> None:
    got = draft(text)
    assert got.start == datetime.fromisoformat(start), got
    assert got.time_known, got


def test_an_end_before_a_line_on_places_stays_the_end() -> None:
    got = draft("Мастер-класс 18 декабря с 15:00 до 16:30\nМеста ограничены, запись обязательна")
    assert got.end == datetime.fromisoformat("2026-12-18T16:30"), got
    assert got.capacity != 30, got


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Лекция о вулканах 17 декабря в 16:40\nМеста: 20", 20),
        ("Экскурсия 14 декабря в 11:00, всего 25 мест", 25),
        ("Экскурсия 14 декабря в 11:00, 12 мест", 12),
        ("Экскурсия 14 декабря в 11:00, количество мест: 15", 15),
    ],
)
def test_a_number_of_places_of_its_own_is_still_read(text: str, places: int) -> None:
    assert draft(text).capacity == places
