"""The event's start and end among several dates and clocks (twelfth round, starts15). Every
case is written for this file (none is copied from a real-post set); each rule has cases it
must not change:

- a daily repeat («ежедневно», «каждый день») over a span of days says the days the event
  runs on: the span's first day is a day written, so a post naming it is never read as giving
  no day, whatever the hours said with it;
- a daily repeat with no hour over a span of days written with their years («с 20 декабря
  2026 года по 10 января 2027 года») is the span itself, all day, as the same span written
  without years already was;
- a line holding nothing but a date with its year and a clock, a full stop between them
  («3 декабря 2026 года. 12:00»), not after the post's own moment, is the news item's
  stamp, as with a comma or a dash: the clock is not the event's.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.when import resolve_when

NOW = datetime.fromisoformat("2026-12-01T09:00")  # a Tuesday


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a long post: the daily hours of a span of days are the span's, which is read all
        # day (starts42: the real posts' labels; it was the first day's hours, asked)
        (
            "С 14 по 20 декабря в спортивной школе проведут открытое первенство города по "
            "плаванию среди юношей. Заплывы будут проходить ежедневно в большом бассейне с "
            "9:00 до 18:00.",
            "2026-12-14",
            "2026-12-20",
        ),
        (
            "В городском парке с 21 по 27 декабря пройдёт зимняя ярмарка ремёсел. Павильоны "
            "мастеров будут работать каждый день на главной аллее с 11:00 до 19:00.",
            "2026-12-21",
            "2026-12-27",
        ),
        # unchanged: the same said in a chat line
        (
            "С 14 по 20 декабря первенство по плаванию, заплывы ежедневно с 9:00 до 18:00.",
            "2026-12-14T09:00",
            "2026-12-14T18:00",
        ),
    ],
)
def test_daily_hours_over_a_span_keep_its_first_day(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Объявляем зимний конкурс кормушек для птиц. Синица ежедневно съедает столько "
            "корма, сколько весит сама. Конкурс проводится с 20 декабря 2026 года по 10 "
            "января 2027 года.",
            "2026-12-20",
            "2027-01-10",
        ),
        (
            "Выставка детских рисунков открыта ежедневно с 15 декабря 2026 г. по 15 января "
            "2027 г. в холле библиотеки, вход свободный для всех желающих.",
            "2026-12-15",
            "2027-01-15",
        ),
        # unchanged: the span without years, and the span without a daily word
        (
            "Выставка детских рисунков открыта ежедневно с 15 декабря по 15 января в холле "
            "библиотеки, вход свободный для всех желающих.",
            "2026-12-15",
            "2027-01-15",
        ),
        (
            "Объявляем зимний конкурс кормушек для птиц. Конкурс проводится с 20 декабря 2026 "
            "года по 10 января 2027 года.",
            "2026-12-20",
            "2027-01-10",
        ),
    ],
)
def test_daily_span_with_years_is_the_span(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "1 декабря 2026 года. 08:00\n\nЮные музыканты выступят сегодня в филармонии\n\n"
            "Сегодня в концертном зале филармонии состоится отчётный концерт учеников "
            "музыкальной школы. Прозвучат произведения русских композиторов.",
            "2026-12-01T09:00",
            "2026-12-01",
        ),
        (
            "01.12.2026. 08:30\n\nВ библиотеке пройдёт встреча с писателем\n\nСегодня в "
            "городской библиотеке состоится встреча читателей с детским писателем. Гости "
            "узнают, как пишутся книги о приключениях.",
            "2026-12-01T09:00",
            "2026-12-01",
        ),
        # unchanged: a date and clock line ahead of the post's own moment is the event's
        (
            "5 декабря 2026 года. 18:00\n\nОтчётный концерт учеников музыкальной школы\n\n"
            "В концертном зале филармонии состоится отчётный концерт учеников музыкальной "
            "школы. Прозвучат произведения русских композиторов.",
            "2026-12-01T09:00",
            "2026-12-05T18:00",
        ),
    ],
)
def test_date_full_stop_clock_line_is_a_stamp(text: str, now: str, start: str) -> None:
    got = _parse(text, datetime.fromisoformat(now))
    assert got["start"] == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("каждый день с 5 по 9 декабря в 10:00", "2026-12-05T10:00"),
        ("ежедневно с 5 декабря 2026 г. по 9 января 2027 г. в 10:00", "2026-12-05T10:00"),
        # unchanged: no span, the next 10:00; a weekly repeat, its next weekday
        ("каждый день в 10:00", "2026-12-01T10:00"),
        ("по средам в 10:00", "2026-12-02T10:00"),
    ],
)
def test_when_daily_span_starts_on_its_first_day(text: str, start: str) -> None:
    found = resolve_when(text, NOW)
    assert found is not None
    assert found.start.isoformat(timespec="minutes") == start
