"""Common ways of writing a time (issue 10, point 2): spoken hours, compound offsets, weeks
with a weekday, a year alone, Moscow time, ages and head-counts that are never times."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json, when_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-11-30T10:00")  # a Monday; school zone Kaliningrad


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("в час дня", "2026-11-30T13:00"),
        ("в час ночи", "2026-12-01T01:00"),
        ("без четверти 5", "2026-11-30T16:45"),
        ("без 10 шесть", "2026-11-30T17:50"),
        ("в половине шестого", "2026-11-30T17:30"),
        ("завтра в полдень", "2026-12-01T12:00"),
        ("через 1 час 30 минут", "2026-11-30T11:30"),
        ("на следующей неделе в среду", "2026-12-09T00:00"),
        ("в среду на следующей неделе", "2026-12-09T00:00"),
        ("в 2027 году", "2027-01-01T00:00"),
        ("в воскресение", "2026-12-06T00:00"),
        ("в вск в 10", "2026-12-06T10:00"),
        ("завтра в 15:00 по московскому времени", "2026-12-01T14:00"),
        ("в 17.30 мск", "2026-11-30T16:30"),
        # forms from other parsers' public Russian tests (Sugar, qddate, dateparser)
        ("2011", "2011-01-01T00:00"),
        ("02 февр. 2016 г.", "2016-02-02T00:00"),
        ("09.июля.2015", "2015-07-09T00:00"),
        ("пятница, июля 17, 2015", "2015-07-17T00:00"),
        ("Июль 16, 2015", "2015-07-16T00:00"),
        ("12-08-2015 - 09:00", "2015-08-12T09:00"),
        ("18 Июля 2021 [17:48]", "2021-07-18T17:48"),
        ("Вторник, 18 Август 2015 18:51", "2015-08-18T18:51"),
        ("одну неделю назад", "2026-11-23T00:00"),
    ],
)
def test_when(phrase: str, start: str) -> None:
    assert when_to_json(phrase, NOW)["start"] == start


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Лекция завтра в 15:00 на полчаса", "2026-12-01T15:00", "2026-12-01T15:30"),
        ("Лекция завтра в 15:00 на 1 час 30 минут", "2026-12-01T15:00", "2026-12-01T16:30"),
        ("Фестиваль 5 декабря с 12 по 17 часов", "2026-12-05T12:00", "2026-12-05T17:00"),
        ("Лекция 5 декабря в 12:00, завершится в 14.00", "2026-12-05T12:00", "2026-12-05T14:00"),
        ("Лекция 5 декабря в 12:00, окончание в 16:30", "2026-12-05T12:00", "2026-12-05T16:30"),
        ("Вебинар завтра в 15:00 МСК", "2026-12-01T14:00", None),
        ("Экскурсия 5 декабря, длится 4 часа", "2026-12-05", None),
    ],
)
def test_event_times(text: str, start: str, end: str | None) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Мастер-класс для ребят 7–10 лет 5 декабря", [7, 10]),
        ("Квест 5 декабря для подростков от 14 до 22 лет", [14, 22]),
        ("Спектакль 5 декабря, 12+", [12, 99]),
    ],
)
def test_ages_are_kept_and_never_times(text: str, ages: list[int]) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert got["ages"] == ages
    assert got["start"] == "2026-12-05"


def test_head_counts_are_never_times() -> None:
    text = (
        "Приглашаем школьников на экскурсию в музей 5 декабря. Группа от 15 до 40 человек, "
        "продолжительность экскурсии — полтора часа."
    )
    got = intent_to_json(parse_message(text, NOW))
    assert got["start"] == "2026-12-05"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("18.12 в 12:00 ученики сыграют в шахматы", "2026-12-18T12:00", None),
        ("5 декабря в 16:30 школьники соберутся у входа в парк", "2026-12-05T16:30", None),
        (
            "Квиз 10.12, 15:00–16:40 участники разделятся на команды",
            "2026-12-10T15:00",
            "2026-12-10T16:40",
        ),
        ("12 декабря 11:00 - 13:30 – 1 тур олимпиады", "2026-12-12T11:00", "2026-12-12T13:30"),
    ],
)
def test_minutes_of_a_clock_time_are_not_a_head_count(
    text: str, start: str, end: str | None
) -> None:
    """«12:00 ученики», «13:30 – 1 тур»: the minutes before a unit word are not a count."""
    got = intent_to_json(parse_message(text, NOW))
    assert (got["start"], got["end"]) == (start, end)


def test_a_head_count_after_a_time_is_still_taken() -> None:
    text = "Экскурсия 5 декабря в 12:00, группа 25 человек"
    got = intent_to_json(parse_message(text, NOW))
    assert (got["start"], got["end"]) == ("2026-12-05T12:00", None)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Конференция 15 декабря. Регистрация с 13:00 до 14:00, начало конференции в 14:30",
            "2026-12-15T14:30",
        ),
        ("Лекция 10 декабря, сбор в 14:40, начало лекции в 15:00", "2026-12-10T15:00"),
        (
            "Турнир 12 декабря, регистрация команд с 9:00, начало первой игры в 10:00",
            "2026-12-12T10:00",
        ),
        # the start of registration is not the event's start
        ("Соревнования 13 декабря в 11:00, начало регистрации в 10:00", "2026-12-13T11:00"),
    ],
)
def test_a_start_labelled_with_its_event_wins_over_registration(text: str, start: str) -> None:
    """«начало <события> в …» marks the event's start (a labelled start, like «начало в»);
    found by the starts2 branch as a miss («Регистрация … начало конференции в 14:30»)."""
    got = intent_to_json(parse_message(text, datetime(2026, 12, 1, 10, 0)))  # noqa: DTZ001
    assert got["start"] == start
