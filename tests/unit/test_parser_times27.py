"""Wrong readings of times left from earlier rounds (branch times27), each found by a reviewer:
a range of LENGTHS read as clocks, one range's bounds in different halves of the day, «№ 5»
swallowing the date after it, a Latin «c» before a range, a night time written in words."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.scripts import mend_scripts
from bot.exports.importer import ImportedRow, read_plan_book

NOW = datetime.fromisoformat("2026-12-04T10:00")  # a Friday; school-local wall clock


def parsed(text: str) -> dict[str, Any]:
    return intent_to_json(parse_message(text, NOW))


# 1. «длится 2-3 часа»: a range of lengths; the end is the start plus the longer one (a room
# or a class is booked for the longest the event may last; a shorter guess would hide clashes)
@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Экскурсия 10 декабря в 15:00, длится 2-3 часа", "2026-12-10T18:00"),
        ("Экскурсия 10 декабря в 15:00. Длится 2–3 часа", "2026-12-10T18:00"),
        ("Экскурсия 10 декабря в 15:00, продлится от 2 до 3 часов", "2026-12-10T18:00"),
        ("Экскурсия 10 декабря в 15:00, продолжительность: 1,5-2 часа", "2026-12-10T17:00"),
        ("Экскурсия 10 декабря в 15:00, длительность 1-1,5 часа", "2026-12-10T16:30"),
        ("Лекция 10 декабря в 15:00, займёт 1–2 ч.", "2026-12-10T17:00"),
    ],
)
def test_a_range_of_lengths_ends_after_the_longer(text: str, end: str) -> None:
    got = parsed(text)
    assert (got["start"], got["end"]) == ("2026-12-10T15:00", end)
    assert got["title"] in ("Экскурсия", "Лекция")
    assert got["doubts"] == []


def test_a_range_of_lengths_alone_is_no_clock() -> None:
    """With no clock written the range of lengths gives none (it gave 14:00–15:00)."""
    got = parsed("Экскурсия 10 декабря, длится 2-3 часа")
    assert got["start"] is not None
    assert got["start"].startswith("2026-12-10")
    assert got["time_known"] is False
    assert got["title"] == "Экскурсия"


# 2. one range's bounds share the half of the day: the end written as an afternoon hour in
# 12-hour form («до 4 ч.», «до 4 дня») pulls a start that would precede a school day there too
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Соревнования 12 декабря с 2 ч. 30 мин. до 4 ч.", "14:30", "16:00"),
        ("Соревнования 12 декабря с 2 ч. 30 мин. до 4 ч. дня", "14:30", "16:00"),
        ("Соревнования 12 декабря с 2:30 до 4", "14:30", "16:00"),
        ("Соревнования 12 декабря с 5.30 до 7 вечера", "17:30", "19:00"),
        ("Соревнования 12 декабря с 1 ч. 15 мин. до 3 ч.", "13:15", "15:00"),
    ],
)
def test_a_ranges_start_takes_the_half_of_its_end(text: str, start: str, end: str) -> None:
    got = parsed(text)
    assert (got["start"], got["end"]) == ("2026-12-12T" + start, "2026-12-12T" + end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Поход 12 декабря с 5:30 до 16:00", "05:30", "16:00"),  # the end in 24-hour form
        ("Дежурство 12 декабря с 1 ч. 30 мин. до 3 ч. ночи", "01:30", "03:00"),
        ("Зарядка 12 декабря с 7 ч. 30 мин. до 9 ч.", "07:30", "09:00"),
        ("Лекция 12 декабря с 11:30 до 1", "11:30", "13:00"),
        ("Турнир 12 декабря с 2 ч. 30 мин. до 4 ч. 30 мин.", "02:30", "04:30"),  # both 24-hour
    ],
)
def test_a_start_stays_when_its_end_is_no_afternoon_hour(text: str, start: str, end: str) -> None:
    got = parsed(text)
    assert (got["start"], got["end"]) == ("2026-12-12T" + start, "2026-12-12T" + end)


# 3. «№ 5» names the event; it never starts a date with the number after it
@pytest.mark.parametrize(
    "text",
    [
        "Турнир № 5 5 декабря в 12:00",
        "Турнир №5 5 декабря в 12:00",
        "Турнир № 1 5 декабря в 12:00",
    ],
)
def test_a_numbered_title_keeps_the_date_after_it(text: str) -> None:
    got = parsed(text)
    assert got["start"] == "2026-12-05T12:00"
    assert "date_typo" not in got["doubts"]
    assert got["title"].startswith("Турнир №")


def test_a_stray_space_in_a_date_is_still_asked() -> None:
    got = parsed("Турнир 1 5 декабря в 12:00")
    assert got["start"] is None
    assert "date_typo" in got["doubts"]


# 4. a Latin «c» typed on an English layout is the preposition «с»
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Концерт 12 декабря c десяти до двенадцати", "10:00", "12:00"),
        ("Концерт 12 декабря c 10 до 12 часов", "10:00", "12:00"),
        ("Концерт 12 декабря c 15:00 до 17:00", "15:00", "17:00"),
    ],
)
def test_a_latin_c_before_a_range_reads_as_cyrillic(text: str, start: str, end: str) -> None:
    got = parsed(text)
    assert (got["start"], got["end"]) == ("2026-12-12T" + start, "2026-12-12T" + end)
    assert got["title"] == "Концерт"


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("c десяти до двенадцати", "с десяти до двенадцати"),
        ("Встреча k 10 утра", "Встреча к 10 утра"),
        ("Курс C++ для 9А", "Курс C++ для 9А"),  # a language's name
        ("Кружок по C# 12 декабря", "Кружок по C# 12 декабря"),
        ("Zoom c", "Zoom c"),  # no Russian text: unchanged
        ("C 10 до 12 — концерт", "С 10 до 12 — концерт"),  # a capital opening a sentence
        ("Встреча. B 15:00 в зале", "Встреча. В 15:00 в зале"),
        ("Площадка C 12 декабря", "Площадка C 12 декабря"),  # a capital inside: a label
        ("Проект «Plan c» 12 декабря", "Проект «Plan c» 12 декабря"),
    ],
)
def test_only_a_lone_latin_preposition_in_russian_text_is_mended(text: str, mended: str) -> None:
    assert mend_scripts(text) == mended


# 5. a night time written in words is the same night time as written in digits
def test_a_night_time_in_words_reads_as_in_digits() -> None:
    words, digits = parsed("Концерт 12 декабря в 1 ч. 30 мин."), parsed("Концерт 12 декабря в 1:30")
    assert words["start"] == digits["start"] == "2026-12-12T01:30"
    assert words["doubts"] == digits["doubts"]


def _cell(cell: str) -> tuple[datetime | None, datetime | None, tuple[str, ...]]:
    data = f"Дата;Время;Мероприятие\n14.12.2026;{cell};Кружок\n".encode("cp1251")
    [row] = read_plan_book(data, "plan.csv", NOW).rows
    assert isinstance(row, ImportedRow), row
    return row.draft.start, row.draft.end, row.draft.doubts


def test_a_night_time_cell_in_words_reads_as_in_digits() -> None:
    assert _cell("1 ч. 30 мин.") == _cell("1:30")
    assert _cell("1 ч. 30 мин.")[0] == datetime(2026, 12, 14, 1, 30)  # noqa: DTZ001


def test_a_range_cell_shares_the_half_of_the_day_as_the_chat_does() -> None:
    start, end, _ = _cell("с 2 ч. 30 мин. до 4 ч.")
    assert (start, end) == (datetime(2026, 12, 14, 14, 30), datetime(2026, 12, 14, 16, 0))  # noqa: DTZ001


# also checked (branch times27): these were read right on main and must stay so
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Концерт 12 декабря с 9 до 17 ч. по МСК", "08:00", "16:00"),  # Kaliningrad = МСК−1
        ("Концерт 12 декабря в 15 ч 00 мин", "15:00", None),
        ("Концерт 12 декабря 15ч-17ч", "15:00", "17:00"),
        ("Концерт 12 декабря с 15-00 до 17-00", "15:00", "17:00"),
    ],
)
def test_other_written_clocks(text: str, start: str, end: str | None) -> None:
    got = parsed(text)
    assert got["start"] == "2026-12-12T" + start
    assert got["end"] == (None if end is None else "2026-12-12T" + end)
