"""parse56: the parser's leftovers of round 35, each read as a general rule. Sentences
written for the test.

1. A date-shaped number right after a number sign («№ 12-12-2024», «номер 05.12.2026») is a
   document's number, never a day of the event.
3. The end of a period («к концу месяца», «до конца недели», «не позднее конца декабря»)
   bounding a request («заявки», «регистрация», «сдать») is the deadline, not the event's day.
4. A race's result or record («лучший результат 28:40», «время 1:02:15», «с результатом
   19:05») is minutes and seconds, never the event's start or end.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.meeting import gathering

TUESDAY = datetime.fromisoformat("2026-12-01T12:00")


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, TUESDAY, day_in_period=True))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Приказ № 12-12-2026 о проведении олимпиады 15 декабря в 10:00", "2026-12-15T10:00"),
        ("Распоряжение №05.12.2026: экскурсия в музей 18 декабря в 9:00", "2026-12-18T09:00"),
        ("Письмо номер 14-12-2026, семинар для учителей 16 декабря в 15:00", "2026-12-16T15:00"),
        ("Приказ № 12-12-2024 о проведении олимпиады 15 декабря", "2026-12-15"),
    ],
)
def test_a_date_shaped_number_after_a_number_sign_is_no_day(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got
    assert "several_dates" not in (got.get("doubts") or []), got  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    ["Приказ № 12-12-2024 о проведении олимпиады по физике", "Приказ №12.12.2026 о дежурстве"],
)
def test_a_document_number_alone_gives_no_day(text: str) -> None:
    got = _parse(text)
    assert not str(got.get("start") or "").startswith(("2024-12-12", "2026-12-12")), got


def test_a_date_without_a_number_sign_is_still_a_day() -> None:
    assert _parse("Концерт 15-12-2026 в 18:00")["start"] == "2026-12-15T18:00"


@pytest.mark.parametrize(
    ("text", "start", "deadline"),
    [
        ("Турнир по шахматам 20 декабря, заявки до конца недели", "2026-12-20", "2026-12-06"),
        (
            "Конкурс рисунков 20 декабря в 12:00, работы сдать к концу месяца",
            "2026-12-20T12:00",
            "2026-12-31",
        ),
        ("Олимпиада 15 января, регистрация не позднее конца декабря", "2027-01-15", "2026-12-31"),
        (
            "Фестиваль 25 декабря в 14:00, до конца недели подать заявку",
            "2026-12-25T14:00",
            "2026-12-06",
        ),
    ],
)
def test_the_end_of_a_period_bounding_a_request_is_the_deadline(
    text: str, start: str, deadline: str
) -> None:
    got = _parse(text)
    assert (got["start"], got["deadline"]) == (start, deadline), got


def test_the_end_of_a_period_without_a_request_is_no_deadline() -> None:
    got = _parse("Выставка рисунков 10 декабря в 12:00, работы можно посмотреть до конца недели")
    assert got["deadline"] is None, got


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Забег 12 декабря в парке, лучший результат 18:40", "2026-12-12"),
        ("Лыжная гонка 12 декабря, время 1:02:15", "2026-12-12"),
        ("Лыжная гонка 12 декабря, время победителя 1:02:15", "2026-12-12"),
        (
            "Кросс 12 декабря. Лучший результат прошлого года 18:40, старт в 11:00",
            "2026-12-12T11:00",
        ),
        (
            "Финишировал с результатом 19:05 Петров, следующий забег 14 декабря в 10:00",
            "2026-12-14T10:00",
        ),
        ("Эстафета 12 декабря с 10:00, рекорд трассы 12:30", "2026-12-12T10:00"),
    ],
)
def test_a_race_result_is_no_clock_of_the_event(text: str, start: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, None), got


# 2. A message that opens with a gathering («Сбор у школы …») and then names its event with
#    a clock of its own: the event starts at its own clock; the gathering's place and clock
#    are where and when people meet (the card's «🚩 Сбор» line), never its venue or start.
#    A team or a class gathered («сбор команды/класса») is people, not a collection.


@pytest.mark.parametrize(
    ("text", "start", "title", "meeting"),
    [
        (
            "Сбор у школы 11 декабря в 10:30, экскурсия в музей в 11:00",
            "2026-12-11T11:00",
            "Экскурсия в музей",
            "у школы 11 декабря в 10:30",
        ),
        (
            "Сбор команды у школы 12 декабря в 10:00, выезд на соревнования в 10:30",
            "2026-12-12T10:30",
            "Выезд на соревнования",
            "у школы 12 декабря в 10:00",
        ),
        (
            "Сбор 16 декабря в 8:30 у ворот школы, поход в лес в 9:00",
            "2026-12-16T09:00",
            "Поход в лес",
            "16 декабря в 8:30 у ворот школы",
        ),
        (
            "Сбор класса у входа 14 декабря в 8:40. Спектакль в драмтеатре в 9:30",
            "2026-12-14T09:30",
            "Спектакль",  # chat57: «в драмтеатре» is the venue now, as «в театре» is
            "у входа 14 декабря в 8:40",
        ),
    ],
)
def test_an_opening_gathering_gives_way_to_the_event_s_own_clock(
    text: str, start: str, title: str, meeting: str
) -> None:
    got = _parse(text)
    assert (got["start"], got["title"]) == (start, title), got
    assert got["venue"] != meeting.split(" 1")[0], got  # «у школы»: the meeting point
    assert gathering(text) == meeting


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Сбор 5 декабря у причала в 9:00", "2026-12-05T09:00"),  # the gathering is the event
        ("Сбор у школы 11 декабря в 10:30, возвращение в 15:00", "2026-12-11T10:30"),
    ],
)
def test_a_gathering_with_no_other_event_stays_the_event(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got
    assert gathering(text) is None


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("Соревнования 12 декабря в 10:30, сбор команды у школы в 10:00", "у школы в 10:00"),
        ("Экскурсия 14 декабря в 9:30, сбор класса у входа в 8:40", "у входа в 8:40"),
        ("Турнир 15 декабря в 11:00, сбор участников в спортзале в 10:30", "в спортзале в 10:30"),
        ("Акция 11 декабря в 11:00, сбор макулатуры у школы в 10:30", None),
    ],
)
def test_a_team_or_a_class_gathered_is_people(text: str, meeting: str | None) -> None:
    assert gathering(text) == meeting


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Концерт 15.12.2026 18:30:00", "2026-12-15T18:30"),
        ("Концерт 15.12.2026 в 8:30:00", "2026-12-15T08:30"),
        ("Линейка 7:45:00 15.12.2026", "2026-12-15T07:45"),
    ],
)
def test_a_timestamp_keeps_its_clock(text: str, start: str) -> None:
    """Guard: a clock with seconds beside its date or after «в» is a clock of the day."""
    assert _parse(text)["start"] == start
