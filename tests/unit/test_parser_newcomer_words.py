"""Words a newcomer types in a chat: clipped weekdays, «акт зал», «3д печать», «в 18 00»,
room numbers before «каб», weekly exceptions («кроме понедельника»)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T10:00")  # a Tuesday


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Совещание МО в пятн в 17.00 учительская", "2026-12-04T17:00"),
        ("ПОХОД В СУББ. В 9:00 7В", "2026-12-05T09:00"),
        ("генеральная уборка в срд в 14:00 6а", "2026-12-02T14:00"),
        ("семинар в чтв в 16:00 для учителей", "2026-12-03T16:00"),
        ("репетиция в четв. в 16:00 3б", "2026-12-03T16:00"),
        ("дежурство в пнд в 7:30 11а", "2026-12-07T07:30"),
        ("выход в понед в 9:00 2а", "2026-12-07T09:00"),
        ("соревнования в воскр в 11 5-6 кл", "2026-12-06T11:00"),
        ("олимпиада на птн в 13:00 8 кл", "2026-12-04T13:00"),
        ("спектакль в сбт в 18:00 4а", "2026-12-05T18:00"),
    ],
)
def test_clipped_weekdays_are_read(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert got["doubts"] == []
    assert not any(w in str(got["title"]).lower() for w in (" пятн", " суб", " чтв", " втр"))


@pytest.mark.parametrize(
    ("clipped", "full"),
    [("во втр.", "во вторник"), ("во втрн", "во вторник"), ("в суб", "в субботу")],
)
def test_clipped_weekday_reads_as_the_full_word(clipped: str, full: str) -> None:
    for clock in ("9:00", "12:00"):
        got = _parse(f"зачёт {clipped} в {clock} 10б")
        assert got["start"] == _parse(f"зачёт {full} в {clock} 10б")["start"]
        assert got["start"] is not None


def test_clipped_weekday_after_k_is_the_dative() -> None:
    got = _parse("сдать журналы к птн. 9а")
    assert str(got["start"]).startswith("2026-12-04")


@pytest.mark.parametrize(
    "text",
    [
        "экскурсия в сре в 10:00 5а",  # a clipped weekday no rule reads
        "поход в дек. в 10:00 7б",  # a clipped month: the day is unknown
        "выезд во вто в 15:00 8а",
    ],
)
def test_unread_clipped_date_word_is_doubted_never_today(text: str) -> None:
    got = _parse(text)
    assert "date_typo" in got["doubts"]  # type: ignore[operator]
    assert got["start"] is None or not str(got["start"]).startswith("2026-12-0")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("в субботник 5.12 в 10:00 вся школа 5-11 кл", "2026-12-05T10:00"),
        ("выступление в среде учителей 3.12 в 15:00", "2026-12-03T15:00"),
        ("итоги в четверть 12.12 в 10:00", "2026-12-12T10:00"),
        ("консультация по субсидиям в субсидии 10.12 в 11:00", "2026-12-10T11:00"),
        ("в средний перерыв 4.12 в 11:00 5а", "2026-12-04T11:00"),
    ],
)
def test_ordinary_words_sharing_letters_are_left_alone(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert "date_typo" not in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "grades", "title"),
    [
        ("показ фильма 9.12 в 16:00 акт зал 5-8", [5, 6, 7, 8], "Показ фильма"),
        ("линейка 4.12 в 8:30 акт.зал 1-4", [1, 2, 3, 4], "Линейка"),
        ("собрание 10.12 в 18:00 в акт. зале 9 кл", [9], "Собрание"),
        ("спевка 8.12 в 14:00 акт. зал, 3-5", [3, 4, 5], "Спевка"),
        ("эстафета 11.12 в 12:00 спортзал 6-7", [6, 7], "Эстафета"),
    ],
)
def test_clipped_assembly_hall_is_the_venue_and_a_range_after_it_the_grades(
    text: str, grades: list[int], title: str
) -> None:
    got = _parse(text)
    assert got["venue"] in ("актовый зал", "спортзал")
    assert got["grades"] == grades
    assert got["title"] == title


@pytest.mark.parametrize(
    "text",
    [
        "экскурсия к акту залива 10.12 в 18:00 9а",  # «залив», not a hall
        "подписать акт 10.12 в 18:00 9а",
    ],
)
def test_act_words_that_are_no_hall_stay_out_of_the_venue(text: str) -> None:
    assert _parse(text)["venue"] is None


def test_a_range_after_the_hall_with_a_unit_is_no_grades() -> None:
    got = _parse("выставка 10.12 в 15:00 акт. зал 2-3 этаж")
    assert got["venue"] == "актовый зал"
    assert got["grades"] == []


@pytest.mark.parametrize(
    "text",
    [
        "мк по 3д печати в кванториуме 5 декабря в 12 для ребят 10-14 лет",
        "кружок 3Д-моделирования 8.12 в 15:00 в технопарке",
        "занятие с 3д ручкой 9.12 в 16:00 для детей 8-10 лет",
        "курс 3д графики 10.12 в 17:00",
    ],
)
def test_3d_before_printing_or_modelling_is_no_class(text: str) -> None:
    got = _parse(text)
    assert got["classes"] == []
    assert "3" in str(got["title"])  # the subject stays in the title


def test_3d_class_is_still_a_class() -> None:
    assert _parse("экскурсия 8.12 в 15:00 3д и 3е")["classes"] == ["3Д", "3Е"]
    assert _parse("урок 3д печати 8.12 в 15:00 для 5б")["classes"] == ["5Б"]
    assert _parse("мк по 3д печати 5 декабря в 12 для ребят 10-14 лет")["ages"] == [10, 14]


@pytest.mark.parametrize(
    ("text", "start", "end", "title"),
    [
        ("концерт 23.12 в 18 00 в ДК Железнодорожников", "2026-12-23T18:00", None, "Концерт"),
        ("сбор 10.12 на 9 30 у школы", "2026-12-10T09:30", None, "Сбор"),
        ("олимпиада 10.12 с 10 00 до 12 30 каб 5", "2026-12-10T10:00", "2026-12-10T12:30", ""),
        ("бал 26 декабря в 19 00", "2026-12-26T19:00", None, "Бал"),
    ],
)
def test_clock_time_with_a_space_is_read_and_kept_out_of_the_title(
    text: str, start: str, end: str | None, title: str
) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)
    assert str(got["title"]).startswith(title)
    assert not any(m in str(got["title"]) for m in ("00", "30"))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("лекция 10.12 в 15:00 на 10 15 человек", "2026-12-10T15:00"),  # a head-count
        ("олимпиада 10.12 в 10:00 в 5 10 классах", "2026-12-10T10:00"),  # grades
        ("турнир 11.12 в 14:00, команды по 7 10 лет", "2026-12-11T14:00"),
    ],
)
def test_spaced_numbers_that_are_no_clock_time_stay_apart(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


@pytest.mark.parametrize(
    ("text", "venue", "title"),
    [
        ("в чт после 6 урока классный час для 7б в 214 каб", "каб. 214", "Классный час"),
        ("консультация 3.12 в 15:00 в 108 кабинете 9а", "каб. 108", "Консультация"),
        ("консультация 3.12 в 15:00 108 кабинет 9а", "каб. 108", "Консультация"),
        ("зачёт 4.12 в 9:00 каб 311", "каб. 311", "Зачёт"),
        ("лекция 4.12 в 13:00 в 205 ауд.", "ауд. 205", "Лекция"),
        ("хакатон с 14 по 16 декабря, 9-11 кл, КГТУ корпус 2", "КГТУ, корпус 2", "Хакатон"),
        ("семинар 7.12 в 11:00 в БФУ, корп. 3", "БФУ, корпус 3", "Семинар"),
    ],
)
def test_room_number_before_its_word_and_a_partners_building_are_the_venue(
    text: str, venue: str, title: str
) -> None:
    got = _parse(text)
    assert got["venue"] == venue
    assert got["title"] == title


def test_hour_before_a_numbered_room_stays_a_time() -> None:
    got = _parse("собрание 3.12 в 12 каб 5")  # at 12:00 in room 5, not room 12
    assert (got["start"], got["venue"]) == ("2026-12-03T12:00", "каб. 5")


def test_building_of_a_lowercase_word_is_no_partners_building() -> None:
    assert _parse("лекция 3.12 в 15:00 школы корпус 2")["venue"] != "школы, корпус 2"


def _recurrence(text: str) -> dict[str, object]:
    got = _parse(text)["recurrence"]
    assert isinstance(got, dict)
    return got


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        # an exhibition so is one run since parse74 (test_parse74_readings): a workshop
        (
            "Мастерская с 06.12.2026 по 17.01.2027, ежедневно кроме понедельника с 10:00 до 12:00",
            [0],
        ),
        ("кружок каждый день, кроме субботы и воскресенья, в 15:00 с 3.12 по 20.12", [5, 6]),
        ("дежурство ежедневно кроме выходных в 8:00 до 18.12 9а", [5, 6]),
        ("тренировка ежедневно, кроме пн и чт, в 17:00 до 20.12", [0, 3]),
    ],
)
def test_daily_repeat_with_exception_days_keeps_them(text: str, skipped: list[int]) -> None:
    assert _recurrence(text)["except_weekdays"] == skipped


def test_daily_repeat_without_exception_is_unchanged() -> None:
    assert _recurrence("зарядка ежедневно в 8:00 до 20.12") == {
        "freq": "daily",
        "until": "2026-12-20",
    }


def test_excepted_days_are_not_stored_nor_the_first_day() -> None:
    from zoneinfo import ZoneInfo

    from bot.core import drafts

    intent = parse_message(
        "музей ежедневно кроме понедельника с 10:00 до 18:00 с 7.12 по 20.12", NOW
    )
    draft = intent.draft  # type: ignore[union-attr]
    tz = ZoneInfo("Europe/Kaliningrad")
    events = drafts.to_new_events(draft, organisation_id=1, tz=tz, created_by=None)
    days = [e.start.astimezone(tz).date() for e in events]
    assert days[0].isoformat() == "2026-12-08"  # 7 December is a Monday
    assert all(d.weekday() != 0 for d in days)
    assert len(days) == 12  # 8..20 December less the Monday 14th


def test_skipped_days_survive_the_dialog_state() -> None:
    from bot.core.draft_json import draft_from_json, draft_to_json

    intent = parse_message("зарядка ежедневно кроме выходных в 8:00 до 20.12", NOW)
    draft = intent.draft  # type: ignore[union-attr]
    back = draft_from_json(draft_to_json(draft))
    assert back.recurrence is not None
    assert back.recurrence.except_weekdays == frozenset({5, 6})
    assert back == draft
