"""The event's start and end, and expressions of time (ninth round, starts12). Every case is
written for this file (none is copied from a real-post set); each rule has cases it must not
change:

- a year word after each date of a numeric span ("с 01.02.2027 г. по 21.03.2027 г.") keeps
  the span's end;
- a weekday counted within a month ("в последнюю пятницу декабря", "в первую субботу
  марта", "во второй вторник месяца") is that day of that month, not the nearest weekday;
- a span whose two ends each carry a day and a clock ("с 10:00 5 марта до 18:00 7 марта")
  runs from the first moment to the second; one pair of clocks after a span of days stays
  each day's hours;
- a thing begun or beginning on a day whose lasting to a later day is said right after
  ("стартовала 1 декабря … Она продлится до 14 декабря", "начнутся 9 декабря, завершатся
  они 18 декабря", "откроется 5 декабря и продлится до 20 декабря") is a span from the one
  to the other, even in the past tense or in a reported sentence;
- the plan a move or a change replaced is no date of the event: "должен был пройти 5
  декабря" before "перенесли на 12 декабря", "намечена на 12 декабря, но … проведут 19
  декабря", "отменили и перенесли на …" (a move, not a cancellation); a date after "но" that
  is a deadline ("записывайтесь до 8 декабря") changes nothing;
- a clock alone on its line above a view count ("15:30 / 412") is a footer, no time;
- a page header's date and clock above a temperature reading ("-3 °С, снег") are the
  visitor's today, never the event's;
- a dotted "16.10" after "в" among clocks written alike ("в 15.30, … в 16.10, … в 17.50")
  is a clock, never 16 October; a dotted number of three groups ("44.02.01", "44.00.00": a
  specialty's code) holds no date and no clock;
- upper ages listed ("до 14 и до 17 лет") are ages, never an end "до 14:00"; a game's time
  control ("контроль времени – 10 минут + 5 секунд") is no length of the event;
- a clause with a verb in the future tense ("22 августа вуз встретит гостей") beside a
  reporting verb ("…, сообщает пресс-служба") keeps its date: it is no date of reporting;
- an event said to last N days ("стартует двухдневный турнир") ends on its N-th day.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T09:00")  # a Tuesday


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Конкурс проводится с 01.02.2027 г. по 21.03.2027 г.", "2027-02-01", "2027-03-21"),
        ("С 10.12.2026г. по 15.12.2026г. работает выставка.", "2026-12-10", "2026-12-15"),
        ("Выставка с 22.03.2027 г. по 09.04.2027 года в фойе.", "2027-03-22", "2027-04-09"),
        # unchanged: no year word
        ("Выставка 10.12.2026 - 15.12.2026 в фойе.", "2026-12-10", "2026-12-15"),
    ],
)
def test_a_numeric_span_with_year_words_keeps_its_end(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Конкурс пройдёт в последнюю пятницу декабря.", "2026-12-25"),
        ("Сбор отряда в первую субботу марта.", "2027-03-06"),
        ("Встреча родителей во второй вторник месяца.", "2026-12-08"),
        ("Встреча в первый вторник месяца в 15:00.", "2026-12-01T15:00"),
        ("В третье воскресенье следующего месяца пройдёт ярмарка.", "2027-01-17"),
        ("Собрание в последнее воскресенье ноября.", "2027-11-28"),  # November 2026 is past
        ("Турнир в четвёртую среду января 2027 года.", "2027-01-27"),
        # unchanged: a weekday with no month after it
        ("Встреча во вторник в 15:00.", "2026-12-01T15:00"),
    ],
)
def test_a_weekday_counted_in_a_month(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


def test_a_fifth_weekday_the_month_lacks_is_impossible() -> None:
    got = _parse("Концерт в пятый понедельник февраля 2027 года.")
    assert got["start"] is None
    assert "impossible_date" in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("year", "month", "weekday", "count", "day"),
    [
        (2026, 12, 4, -1, 25),  # last Friday
        (2027, 2, 0, -1, 22),  # last Monday of a 28-day February
        (2027, 3, 5, 1, 6),
        (2026, 12, 1, 1, 1),  # the month opens on that weekday
        (2027, 2, 0, 5, None),
    ],
)
def test_nth_weekday(year: int, month: int, weekday: int, count: int, day: int | None) -> None:
    from bot.core.language.month_weekdays import nth_weekday

    found = nth_weekday(year, month, weekday, count)
    assert (found.day if found else None) == day


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Выставка с 10:00 5 марта до 18:00 7 марта.", "2027-03-05T10:00", "2027-03-07T18:00"),
        (
            "Соревнования с 12 часов 18 декабря до 12 часов 20 декабря.",
            "2026-12-18T12:00",
            "2026-12-20T12:00",
        ),
        ("Ярмарка с 5 марта 10:00 по 7 марта 18:00.", "2027-03-05T10:00", "2027-03-07T18:00"),
        ("Хакатон: 5 марта в 18:00 — 7 марта в 12:00.", "2027-03-05T18:00", "2027-03-07T12:00"),
        (
            "Марафон пройдёт с 19:00 30 декабря до 10:00 2 января.",
            "2026-12-30T19:00",
            "2027-01-02T10:00",
        ),
        ("Сбор с 05.03.2027 10:00 по 07.03.2027 18:00.", "2027-03-05T10:00", "2027-03-07T18:00"),
        ("Смена с 10:00 5 марта до 18:00 5 марта.", "2027-03-05T10:00", "2027-03-05T18:00"),
        # unchanged: one pair of clocks after a span of days is each day's hours
        ("Выставка с 5 по 7 марта с 10:00 до 18:00.", "2027-03-05T10:00", "2027-03-05T18:00"),
    ],
)
def test_a_span_with_a_day_and_a_clock_at_each_end(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


def test_when_reads_a_span_with_a_day_and_a_clock_at_each_end() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "when",
            "--now",
            NOW.isoformat(),
            "с 10:00 5 марта до 18:00 7 марта",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    got = json.loads(out.stdout)
    assert (got["start"], got["end"]) == ("2027-03-05T10:00", "2027-03-07T18:00")


_ONGOING = (
    "Как сообщили в городском управлении образования, 1 декабря стартовала акция «Чистый "
    "двор». Она продлится до 14 декабря. Школьники вместе с родителями убирают дворы, а "
    "лучшие отряды получат грамоты от администрации района."
)
_ENDS_ON = (
    "Городские соревнования по волейболу среди школьных команд начнутся 9 декабря, "
    "завершатся они 18 декабря. В этот день состоится награждение победителей в спортивном "
    "зале гимназии."
)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (_ONGOING, "2026-12-01", "2026-12-14"),
        (_ENDS_ON, "2026-12-09", "2026-12-18"),
        ("Выставка откроется 5 декабря и продлится до 20 декабря.", "2026-12-05", "2026-12-20"),
        ("Акция стартует 2 декабря и будет длиться до 12 декабря.", "2026-12-02", "2026-12-12"),
        ("Выставка откроется 25 декабря и продлится до 10 января.", "2026-12-25", "2027-01-10"),
        # unchanged: a clock's end
        ("Концерт 5 декабря в 18:00 продлится до 20:00.", "2026-12-05T18:00", "2026-12-05T20:00"),
    ],
)
def test_an_onset_and_its_lasting_make_a_span(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


def test_a_finished_event_is_still_past() -> None:
    text = (
        "Вчера, 30 ноября, в гимназии завершилась неделя математики. Ребята решали задачи, "
        "а победители получили грамоты. Следующая неделя науки пройдёт 14 декабря."
    )
    assert _parse(text)["start"] == "2026-12-14"


_MOVED = (
    "Концерт хора должен был пройти 5 декабря в актовом зале.\n\nИз-за болезни солиста "
    "выступление перенесли на 12 декабря. Начало в 18:00, вход свободный для всех желающих."
)
_CALLED_OFF_AND_MOVED = (
    "В прошлую субботу, 28 ноября, должны были состояться соревнования по лыжным гонкам.\n\n"
    "Из-за оттепели соревнования отменили и перенесли на 12 декабря. Старт в 11:00 у лыжной "
    "базы, заявки принимают тренеры школ."
)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (_MOVED, "2026-12-12T18:00"),
        (_CALLED_OFF_AND_MOVED, "2026-12-12T11:00"),
        ("Ярмарка намечена на 12 декабря, но из-за морозов её проведут 19 декабря.", "2026-12-19"),
        # unchanged: a plan with no move keeps its day; a deadline after "но" is no change
        ("Концерт должен был пройти 5 декабря.", "2026-12-05"),
        (
            "Экскурсия запланирована на 12 декабря, но мест мало, записывайтесь до 8 декабря.",
            "2026-12-12",
        ),
        ("Концерт 5 декабря отменили.", "2026-12-05"),
    ],
)
def test_the_plan_a_change_replaced_is_not_the_day(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


def test_a_page_header_with_the_weather_is_no_date() -> None:
    text = (
        "пн, 30 ноября\n09:12\n-3 °С, снег\n\nВ школе №5 пройдёт ярмарка\n\nЯрмарка пройдёт "
        "5 декабря в 12:00 в школьном дворе. Приглашаются ученики и родители, вход свободный."
    )
    got = _parse(text)
    assert got["start"] == "2026-12-05T12:00"
    assert got["doubts"] == []


@pytest.mark.parametrize(
    "code",
    ["44.02.01 Преподавание в начальных классах", "44.00.00 Образование и педагогические науки"],
)
def test_a_specialty_code_is_no_date_or_clock(code: str) -> None:
    text = (
        f"Олимпиада для студентов по специальности {code} пройдёт 5 декабря в колледже. "
        "Заявки принимаются от всех желающих студентов."
    )
    got = _parse(text)
    assert got["start"] == "2026-12-05"
    assert got["doubts"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Турнир пройдёт 15 декабря. Играют две группы – до 14 и до 17 лет. Начало в 11.00.",
        "Турнир пройдёт 15 декабря в 11.00, возрастные группы: до 9, 11 лет.",
    ],
)
def test_listed_upper_ages_are_no_end(text: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == ("2026-12-15T11:00", None)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Блиц-турнир по шахматам 12 декабря в 15:00, контроль времени – 5 минут.", None),
        ("Турнир по шашкам 12 декабря в 15:00 с контролем времени 10 минут + 5 секунд.", None),
        # unchanged: the event's own length
        ("Мастер-класс 12 декабря в 15:00, продолжительность 40 минут.", "2026-12-12T15:40"),
    ],
)
def test_a_games_time_control_is_no_length(text: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == ("2026-12-12T15:00", end)


def test_a_future_clause_is_no_date_of_reporting() -> None:
    text = (
        "5 декабря гимназия встретит гостей из соседних школ на фестивале науки, сообщает "
        "пресс-служба управления образования. Ребята покажут свои проекты."
    )
    assert _parse(text)["start"] == "2026-12-05"


def test_a_dotted_clock_among_clocks_is_no_date() -> None:
    text = (
        "Вчера, 28 ноября, в гимназии прошла олимпиада. Разбор заданий состоится 18 декабря в "
        "гимназии. Начало разбора: 2 класс в 15.30, 3 класс в 16.10, 4 класс в 17.50."
    )
    assert _parse(text)["start"] == "2026-12-18T15:30"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "5 декабря в гимназии пройдёт трёхдневный слёт волонтёров. Приглашаются все "
            "желающие старшеклассники, запись у классных руководителей.",
            "2026-12-05",
            "2026-12-07",
        ),
        (
            "Сегодня в гимназии стартует двухдневный турнир по шахматам «Белая ладья». В нём "
            "примут участие команды школ района и гости из области.",
            "2026-12-01",
            "2026-12-02",
        ),
        # unchanged: one day
        (
            "5 декабря в гимназии пройдёт однодневный семинар для учителей. Приглашаются все "
            "желающие педагоги района.",
            "2026-12-05",
            None,
        ),
    ],
)
def test_an_event_of_n_days_ends_on_its_last(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


def test_a_footer_clock_above_a_view_count_is_no_time() -> None:
    text = (
        "С 7 по 20 декабря по всей области пройдёт акция «Чистый снег». Принять участие "
        "могут все желающие школьники и их родители.\n\n15:30\n412\nНет комментариев."
    )
    got = _parse(text)
    assert (got["start"], got["end"]) == ("2026-12-07", "2026-12-20")
