"""fiximport55 (review54 #3, #11): a merged row whose title opens with a heading's word is
an event when it has a clock or classes; «Место» stays the venue beside «Кабинет». Sentences
written for the test."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.exports.importer import _merged_event, match_columns
from bot.exports.texts import load_labels

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time


@pytest.mark.parametrize(
    "line",
    [
        "Мероприятия для 6-х классов 15 декабря в 11:00",
        "Мероприятия по безопасности на льду 16 декабря в 12:30, 7В",
        "Рассмотрение заявок на олимпиаду 17 декабря в 14:00, 11А",
        "Согласование графика дежурств 18 декабря в 16:00",
        "Блок-семинар по биологии 14 декабря в 13:00, 8А",
        "Часть класса едет на экскурсию 15 декабря в 9:00",
        "План эвакуации: учебная тревога 16 декабря в 11:30",
        "Утверждение программы кружка 17 декабря в 15:00",
        "Глава района: встреча с учениками 18 декабря в 12:00, 10Б",
    ],
)
def test_a_line_with_a_heading_word_and_a_clock_or_classes_is_an_event(line: str) -> None:
    assert _merged_event(5, [line] * 4, NOW, None, True) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Рассмотрение заявок на олимпиаду 17 декабря в 14:00",
        "Согласование графика дежурств 18 декабря в 16:00",
        "Утверждение программы кружка 17 декабря в 15:00",
        "Принятие в юнармейцы 19 декабря в 10:00",
        "Принятый порядок дежурств: инструктаж 16 декабря в 9:00",
        "Блок-семинар по биологии 14 декабря в 13:00",
        "Главаня проверка 15 декабря в 12:00",
    ],
)
def test_a_heading_word_is_a_whole_word(line: str) -> None:
    """An approval's word opens a heading only whole («Рассмотрено», never «Рассмотрение»):
    a line that merely starts with its letters and has a clock is an event."""
    assert _merged_event(5, [line] * 4, NOW, None, False) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Часть 2. Работа с учителями 15 декабря",
        "Блок 3: внеурочная деятельность 16 декабря",
        "Мероприятия к Дню героев 9 декабря",
        "Утверждаю: директор Сидоров П.П., 01.12.2026",
        "Утверждено на педсовете 28.11.2026 в 15:00",
        "Рассмотрено на заседании МО 27.11.2026",
    ],
)
def test_headings_and_approvals_without_clock_or_classes_stay_headings(line: str) -> None:
    assert _merged_event(5, [line] * 4, NOW, None, True) is None


@pytest.mark.parametrize(
    ("header", "venue"),
    [
        (["Дата", "Мероприятие", "Кабинет", "Место"], 3),
        (["Дата", "Мероприятие", "Место", "Кабинет"], 2),
        (["Дата", "Мероприятие", "Каб.", "Место проведения"], 3),
        (["Дата", "Мероприятие", "Помещение", "Площадка"], 3),
        (["Дата", "Мероприятие", "Кабинет"], 2),
    ],
)
def test_a_place_column_stays_the_venue_beside_a_room_column(header: list[str], venue: int) -> None:
    assert match_columns(header, load_labels()).get("venue") == venue
