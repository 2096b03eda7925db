"""The event's start and end among several dates and clocks (fourteenth round, starts17).
Every case is written for this file (none is copied from a real-post set); each rule has
cases it must not change:

- a line holding nothing but a clock written with seconds and a weekday or a day
  («16:20:59 Пятница, 29 марта», «Среда, 2 декабря 08:41:17») is a page's clock (its header,
  a feed's stamp): people give an event's hour and minutes, machines print seconds; the line's
  day is no rival of the event's;
- «завершится (ровно) в полночь» ends the event at midnight, as «завершится в 22:00» does: it
  is never the event's start;
- clocks listed with «и» / «или» right after a day of their own («19 декабря — в 10.30, 20
  декабря — в 12.00 и 14.00») are that day's sessions, never the first day's;
- a preparatory step's span («Регистрация участников состоится с 9.00 до 11.00») is the desk's,
  both its clocks, once the post says when the event starts, which «церемонии открытия,
  намеченной на 11.30» does; a clock naming the closing after it («В 14.00 – награждение и
  закрытие соревнований») ends the event, as «закрытие в 14.00» does;
- a deadline's label is in the nominative («Срок подачи заявок — 11 декабря»): «перенос сроков
  подачи заявок обсудим на встрече 11 декабря» is the meeting's day;
- «средние классы», «среднее звено» are grades 5–9; «средняя школа» names no grades.
"""

from __future__ import annotations

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
        (
            "16:20:59 Среда, 16 декабря\nНовости района\n\nКонкурс чтецов пройдёт в "
            "районной библиотеке с 14 по 16 декабря. Участвуют ученики 5–9 классов.",
            "2026-12-14",
            "2026-12-16",
        ),
        (
            "Пятница, 25 декабря 08:41:17\n\nВыставка рисунков откроется 10 декабря в "
            "школьном музее и продлится до 25 декабря. Вход свободный для всех.",
            "2026-12-10",
            "2026-12-25",
        ),
        # unchanged: a clock without seconds on the event's own line stays its time
        (
            "Новости района\n\nКонкурс чтецов пройдёт в районной библиотеке 14 декабря, "
            "начало в 14:30. Участвуют ученики 5–9 классов.",
            "2026-12-14T14:30",
            None,
        ),
        (
            "В школе впервые пройдёт новогодний бал. Около трёхсот учеников соберутся в "
            "актовом зале 26 декабря. Праздник завершится ровно в полночь фейерверком.",
            "2026-12-26",
            None,
        ),
        (
            "В школе пройдёт новогодний бал. Ученики соберутся в актовом зале 26 декабря в "
            "20:00. Праздник завершится в полночь.",
            "2026-12-26T20:00",
            "2026-12-27T00:00",
        ),
        # unchanged: «в полночь» with no closing verb is the start (asked: which night)
        (
            "Ночь кино в школьной библиотеке начнётся 26 декабря в полночь. Приглашаем "
            "старшеклассников и их родителей.",
            "2026-12-26T00:00",
            None,
        ),
        (
            "Музей приглашает на праздник зимы. Посетителям покажут программу «Зимние "
            "забавы». 19 декабря её проведут в 10.30, 20 декабря — в 12.00 и 14.00. "
            "Программа рассчитана на детей.",
            "2026-12-19T10:30",
            None,
        ),
        # unchanged: clocks listed after the first day are its sessions
        (
            "Музей приглашает на праздник зимы. Программу «Зимние забавы» проведут 19 "
            "декабря в 12.00 и 14.00. Программа рассчитана на детей.",
            "2026-12-19T12:00",
            None,
        ),
        # a registration's own span is the desk's; the opening planned for a clock starts
        # the event; a clock naming the closing after it ends the event
        (
            "Лыжная гонка «Школьная лыжня» пройдёт 13 декабря в парке. Регистрация участников "
            "состоится с 9.00 до 11.00. После церемонии открытия, намеченной на 11.30, "
            "стартует массовый забег. В 14.00 – награждение и закрытие соревнований.",
            "2026-12-13T11:30",
            "2026-12-13T14:00",
        ),
        (
            "Фестиваль пройдёт 13 декабря в актовом зале. Программа: 12:00 – открытие; 13:00 "
            "– концерт; 15:30 – торжественное закрытие фестиваля.",
            "2026-12-13T12:00",
            "2026-12-13T15:30",
        ),
        # unchanged: a programme's closing line sent alone keeps its clock as the start
        ("17:00 — закрытие соревнований 13 декабря, награждение", "2026-12-13T17:00", None),
        # unchanged: with no start said, the registration's clock is not read as the event's
        (
            "Турнир по шахматам пройдёт 13 декабря в спортзале школы. Регистрация участников "
            "с 9.00 до 10.00. Приглашаем всех желающих.",
            "2026-12-13",
            None,
        ),
    ],
)
def test_start_and_end(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "deadline"),
    [
        # «сроков» governed by «перенос»: the deadline is the meeting's subject, its day the
        # meeting's, never a deadline (a label is «Срок подачи …» / «Сроки …» in the nominative)
        (
            "Перенос сроков подачи заявок обсудим на встрече 11 декабря в 16:00.",
            "2026-12-11T16:00",
            None,
        ),
        (
            "Уважаемые коллеги! Изменение сроков приёма работ на конкурс рассмотрим на "
            "совещании 10 декабря в 15:00 в кабинете директора.",
            "2026-12-10T15:00",
            None,
        ),
        # unchanged: the nominative label names the deadline
        (
            "Срок подачи заявок — 11 декабря. Конкурс чтецов пройдёт 18 декабря в 15:00 в "
            "актовом зале.",
            "2026-12-18T15:00",
            "2026-12-11",
        ),
        (
            "Сроки приёма работ 10 декабря. Выставка откроется 15 декабря в 12:00 в "
            "школьном музее.",
            "2026-12-15T12:00",
            "2026-12-10",
        ),
    ],
)
def test_deadline_label_in_the_nominative(text: str, start: str, deadline: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["deadline"]) == (start, deadline)


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        # «средние классы», «среднее звено»: grades 5–9 (основное общее образование)
        ("Лекция о профессиях для средних классов 15 декабря в 15:00", [5, 6, 7, 8, 9]),
        ("Викторина для учащихся среднего звена 15 декабря в 14:00", [5, 6, 7, 8, 9]),
        # unchanged: «средняя школа» is also the whole school (СОШ), so it names no grades
        ("Лекция для учащихся средней школы 15 декабря в 15:00", []),
        ("Концерт в средней школе №5 15 декабря в 15:00", []),
        # unchanged: «старшая школа» is grades 10–11
        ("Дебаты для старшей школы 15 декабря в 14:00", [10, 11]),
    ],
)
def test_school_stage_as_grades(text: str, grades: list[int]) -> None:
    assert _parse(text)["grades"] == grades
