"""Readings behind the misses of tests/data/real_posts_broad36.jsonl at first sight
(tests/data/fresh75.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.stamps import HEAD_LINES, take_stamps
from bot.core.language.tokens import Scanner
from tests.title_probe import parsed as _parse

# a long report's span written as two date phrases — the first with its own month or year,
# or both numeric — is one reported event: the last day (with its year) closes the span, never
# a report's day alone to be hidden, and two days told in the past this way are not two days
_REPORT_TAIL = (
    " Ребята из пяти школ района показали свои проекты жюри, а лучшие работы отправлены на "
    "областной этап. Благодарим педагогов за подготовку участников."
)


@pytest.mark.parametrize(
    ("span", "first", "last"),
    [
        (
            "С 24 февраля по 6 марта 2026 года в доме творчества проходил конкурс моделей.",
            "2026-02-24",
            "2026-03-06",
        ),
        (
            "С 28 октября по 2 ноября 2025 г. в библиотеке прошла неделя краеведения.",
            "2025-10-28",
            "2025-11-02",
        ),
        (
            "Фестиваль роботов проходил с 30 ноября – 4 декабря 2024 года в технопарке.",
            "2024-11-30",
            "2024-12-04",
        ),
        (
            "Олимпиада проведена в период с 03.09.2024 года по 10.10.2024 года.",
            "2024-09-03",
            "2024-10-10",
        ),
        (
            "Конкурс чтецов прошёл с 5 сентября 2024 года по 12 октября 2024 года.",
            "2024-09-05",
            "2024-10-12",
        ),
        (
            "18.09.2025 – 22.09.2025 команда гимназии приняла участие в турнире по мини-футболу.",
            "2025-09-18",
            "2025-09-22",
        ),
        (
            "Ученики 7 класса 01.10.2025 г. – 03.10.2025 г. побывали на сборах в лагере.",
            "2025-10-01",
            "2025-10-03",
        ),
    ],
)
def test_a_reported_span_written_apart_is_one_event(span: str, first: str, last: str) -> None:
    got = _parse(span + _REPORT_TAIL, last[:8] + "25T12:00")
    assert (got["start"], got["end"]) == (first, last)
    assert "past" in got["doubts"]


# two days reported apart, with no «по» or dash between them, stay two (no event day given)
def test_two_days_reported_apart_stay_two() -> None:
    text = "Олимпиада проведена 03.09.2024 года, а 10.10.2024 года подведены итоги." + _REPORT_TAIL
    assert _parse(text, "2024-10-25T12:00")["end"] is None


# a run begun on a written day that «продлится до конца <month>» is told as its start, never a
# report's day gone: the run goes on (its end is the month's last day)
@pytest.mark.parametrize(
    ("text", "now", "first", "last"),
    [
        (
            "Тренировки стартовали с 10 марта и продлятся до конца апреля на стадионе.",
            "2025-03-20T12:00",
            "2025-03-10",
            "2025-04-30",
        ),
        (
            "Встречи для родителей стартовали с 14 ноября и будут длиться до конца декабря.",
            "2024-11-25T12:00",
            "2024-11-14",
            "2024-12-31",
        ),
        (
            "Акция «Чистый двор» стартовала с 1 апреля и продлится до конца мая в городе.",
            "2023-04-10T12:00",
            "2023-04-01",
            "2023-05-31",
        ),
        (
            "Консультации стартовали 10 октября и будут длиться до конца ноября в гимназии.",
            "2023-10-30T12:00",
            "2023-10-10",
            "2023-11-30",
        ),
    ],
)
def test_a_run_begun_lasting_to_a_months_end_keeps_its_start(
    text: str, now: str, first: str, last: str
) -> None:
    got = _parse("Проект работает в городе третий год подряд. " + text, now)
    assert (got["start"], got["end"]) == (first, last)


# a site's «Дата: <day> в <clock>» line below its menu (past the head) is the item's stamp,
# never the event's moment; a labelled line of a moment still ahead is no stamp
_MENU = (
    "Главная\nО школе\nНовости проекта\nОбновленные функции сайта\nГолосование\n"
    "Пользуетесь ли вы мобильным приложением сайта?\nВсего 0 человек\n\n"
    "Разъяснение ситуации с рекламой на страницах сайта\n\nЭкологический квест\n\n"
)


@pytest.mark.parametrize(
    ("line", "now", "taken"),
    [
        ("Дата: 3 апреля 2024 в 09:15", "2024-04-03T09:15", True),
        ("Дата: 12.10.2023 в 17:40", "2023-10-12T18:00", True),
        ("Date: 5 мая 2022, 08:05", "2022-05-06T10:00", True),
        ("Дата: 20 мая 2024 в 15:00", "2024-05-10T12:00", False),
    ],
)
def test_a_labelled_date_line_below_the_menu_is_the_items_stamp(
    line: str, now: str, taken: bool
) -> None:
    text = _MENU + line + "\n57 просмотров\n\nПриглашаем ребят на квест в парке у школы."
    assert text.index(line) > HEAD_LINES
    sc = Scanner(text)
    take_stamps(sc, datetime.fromisoformat(now))
    at = text.index(line)
    assert sc.is_free(at, at + len(line)) is not taken


# a day alone in brackets inside a span a report told («стендовой (12 апреля) … сессии») is a
# part of that span, never a rival of the report's event; «сегодня», «завтра» inside a name in
# quotes tell no day (the report is not one told relative to today)
@pytest.mark.parametrize(
    ("text", "now", "first", "last"),
    [
        (
            "С 20 по 24 ноября в школе прошла неделя математики. Её программа включала "
            "олимпиаду (21 ноября) и турнир смекалистых (23 ноября) для всех классов.",
            "2023-11-28T12:00",
            "2023-11-20",
            "2023-11-24",
        ),
        (
            "5–9 февраля в районе прошли лыжные соревнования школьников. Эстафета (7 февраля) "
            "собрала двенадцать команд. Лучшей стала работа «Сегодня и завтра нашего края».",
            "2024-02-12T12:00",
            "2024-02-05",
            "2024-02-09",
        ),
    ],
)
def test_a_bracketed_day_inside_a_told_span_is_part_of_it(
    text: str, now: str, first: str, last: str
) -> None:
    got = _parse(text, now)
    assert (got["start"], got["end"]) == (first, last)


def test_today_inside_quotes_tells_no_day() -> None:
    text = (
        "14 марта в доме культуры прошёл конкурс чтецов среди учеников района. Первое место "
        "заняла композиция «Вчера. Сегодня. Завтра» ученицы 7 класса."
    )
    assert _parse(text, "2024-03-18T12:00")["start"] == "2024-03-14"
