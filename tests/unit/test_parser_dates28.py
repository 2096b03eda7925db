"""Date readings left by broad9 (tests/data/broad9.md «Left alone»), each rule in other
words than the set's posts: numbered clauses of a regulation («1.1. Конкурс проводится…»,
«п. 3.2») are never dates; a contest that starts on a day and takes its works until a
later day runs until then; a length per grade group («7–8 классы — 3 часа») is never the
event's end. Each rule has a case it must leave as it was."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T10:00")


def parse(text: str, now: datetime = NOW) -> dict[str, Any]:
    return intent_to_json(parse_message(text, now))


# --- 1. clause numbers of a regulation -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (  # an outline: «1. Общие положения» heads «1.1.», «1.2.»
            "Положение о районном конкурсе рисунков «Зимняя сказка»\n\n"
            "1. Общие положения\n"
            "1.1. Конкурс проводится Домом детского творчества.\n"
            "1.2. Участники: учащиеся 1–4 классов.\n\n"
            "2. Сроки проведения: 15 декабря 2026 г. – 20 января 2027 г.\n",
            "2026-12-15",
            "2027-01-20",
        ),
        (  # no heading, but the clause's own line names the real day
            "Положение о фестивале детского творчества «Радуга»\n"
            "2.1. Фестиваль проводится 12 декабря 2026 г. в 11.00 в актовом зале.\n"
            "3.2. Работы оцениваются жюри.\n",
            "2026-12-12T11:00",
            None,
        ),
        (  # sub-clauses in sequence «3.1.», «3.2.», «3.3.»
            "Регламент турнира по шахматам\n"
            "3.1. Турнир проходит по швейцарской системе.\n"
            "3.2. Контроль времени устанавливает главный судья.\n"
            "3.3. Турнир состоится 19 декабря в 10:00 в спортзале школы № 4.\n",
            "2026-12-19T10:00",
            None,
        ),
    ],
)
def test_clause_numbers_of_a_regulation_are_not_dates(
    text: str, start: str, end: str | None
) -> None:
    got = parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Согласно п. 3.2 положения, финал пройдёт 12 декабря в 11:00 в актовом зале.",
        "Согласно пункту 4.1 положения, финал пройдёт 12 декабря в 11:00 в актовом зале.",
        "В соответствии с пп. 2.1 и 2.3 регламента финал пройдёт 12 декабря в 11:00.",
    ],
)
def test_a_number_after_punkt_is_a_clause(text: str) -> None:
    got = parse(text)
    assert got["start"] == "2026-12-12T11:00"
    assert "several_dates" not in got["doubts"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Встреча с ветеранами 1.12. в 10:00 в актовом зале.", "2026-12-01T10:00"),
        ("Встреча с ветеранами\n9.12. Встреча в актовом зале в 10:00.", "2026-12-09T10:00"),
        ("1.12. в 10:00 — встреча с ветеранами в актовом зале.", "2026-12-01T10:00"),
    ],
)
def test_a_real_numeric_date_stays(text: str, start: str) -> None:
    assert parse(text)["start"] == start


# --- 2. a started contest taking works until a later day --------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "deadline"),
    [
        (
            "Библиотека объявляет конкурс чтецов «Зимние стихи». Конкурс стартует 7 декабря "
            "2026 года. Работы (видеозаписи выступлений) принимаются до 25 января 2027 года "
            "на почту библиотеки.",
            "2026-12-07",
            "2027-01-25",
            "2027-01-25",
        ),
        (
            "Фотоконкурс «Моя семья» начинается 10 декабря! Конкурсные работы принимаются до "
            "20 декабря в кабинете 12.",
            "2026-12-10",
            "2026-12-20",
            "2026-12-20",
        ),
    ],
)
def test_a_started_contest_runs_until_its_works_deadline(
    text: str, start: str, end: str, deadline: str
) -> None:
    got = parse(text)
    assert (got["start"], got["end"], got["deadline"]) == (start, end, deadline)


def test_an_applications_deadline_before_a_timed_day_stays_a_deadline() -> None:
    got = parse(
        "Турнир по мини-футболу стартует 12 декабря в 10:00 в спортзале школы. "
        "Заявки принимаются до 8 декабря."
    )
    assert (got["start"], got["end"], got["deadline"]) == ("2026-12-12T10:00", None, "2026-12-08")


# --- 3. a length per grade group ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Олимпиада по физике пройдёт 10 декабря в школе № 5. Начало в 10.00.\n\n"
        "Продолжительность: 7–8 классы — 3 часа, 9–11 классы — 4 часа.",
        "Олимпиада по химии 10 декабря в 10:00, время выполнения: 5-6 кл. – 2 часа, "
        "7-11 кл. – 3 часа.",
    ],
)
def test_lengths_per_grade_group_are_not_the_events_end(text: str) -> None:
    got = parse(text)
    assert (got["start"], got["end"]) == ("2026-12-10T10:00", None)


def test_the_events_own_length_still_gives_its_end() -> None:
    got = parse(
        "Олимпиада по физике для 7–11 классов пройдёт 10 декабря в школе № 5. Начало в "
        "10.00.\n\nПродолжительность олимпиады — 3 часа."
    )
    assert (got["start"], got["end"]) == ("2026-12-10T10:00", "2026-12-10T13:00")


# a dated stage inside an untimed span of days, not on its first day: its clock is the
# stage's («3.2. Финал — 15 января в 12.00»), never the span's start
def test_a_stages_clock_inside_the_span_is_not_the_spans_start() -> None:
    got = parse(
        "Положение о районной олимпиаде «Юный эколог»\n\n"
        "1. Общие положения\n"
        "1.1. Олимпиада проводится Центром детского творчества.\n\n"
        "2. Сроки проведения: 10 декабря 2026 г. – 20 января 2027 г.\n\n"
        "3. Этапы\n"
        "3.1. Отборочный этап — до 25 декабря 2026 г.\n"
        "3.2. Финал — 15 января 2027 г. в 12.00 в Центре детского творчества.\n"
    )
    assert (got["start"], got["end"]) == ("2026-12-10", "2027-01-20")


# --- 4. a one-day pick inside a span an earlier sentence names: asked (span_cut) -----------


def test_a_day_inside_an_earlier_span_is_asked() -> None:
    got = parse(
        "В городе пройдут школьные спортивные игры.\n"
        "Соревнования пройдут с 14 по 18 декабря. Открытие игр — 14 декабря в 10:00 в "
        "спортзале школы № 7.\n"
        "В течение недели команды сыграют в баскетбол и волейбол. Тренеры команд готовят "
        "спортсменов уже месяц.\n"
        "18 декабря в 12:00 в школе № 3 состоится матч по мини-футболу между сборными "
        "районов."
    )
    assert got["start"] == "2026-12-18T12:00"  # the match's day: the span or the day is asked
    assert "span_cut" in got["doubts"]


def test_a_picked_day_inside_an_earlier_span_gets_span_cut() -> None:
    got = parse(
        "Управление образования сообщает: с 1 по 31 декабря в школах района проходит "
        "месячник безопасности дорожного движения.\n\n"
        "В рамках месячника 16 декабря в 11:00 в актовом зале школы № 2 пройдёт встреча "
        "учащихся с инспектором ГИБДД."
    )
    assert got["start"] == "2026-12-16T11:00"
    assert "span_cut" in got["doubts"]


def test_a_span_after_the_pick_or_on_its_first_day_is_not_asked() -> None:
    first_day = parse(
        "С 10 по 12 декабря в школе пройдёт фестиваль науки.\n\n"
        "Торжественное открытие фестиваля состоится 10 декабря в 12:00 в актовом зале."
    )
    assert "span_cut" not in first_day["doubts"]
    later_span = parse(
        "15 декабря в 15:00 в библиотеке пройдёт встреча с писателем.\n\n"
        "С 16 по 20 декабря в библиотеке будет работать книжная ярмарка."
    )
    assert later_span["start"] == "2026-12-15T15:00"
    assert "span_cut" not in later_span["doubts"]
