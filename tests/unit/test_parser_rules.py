"""One table per parser rule, written for this project (not taken from the corpora).

Reference time: Monday 2026-11-23 10:00 unless a test says otherwise.
"""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.audience import parse_audience
from bot.core.language.intents import parse_message
from bot.core.language.intents_many import parse_many
from bot.core.language.when import resolve_when
from bot.core.models import EventIntent, OtherIntent, QueryIntent

NOW = datetime.fromisoformat("2026-11-23T10:00")  # a Monday; the parser works in wall-clock time


def parse(text: str, now: datetime = NOW) -> dict[str, Any]:
    return intent_to_json(parse_message(text, now))


DATES = [
    ("Лекция 15 декабря в 15:00", "2026-12-15T15:00"),
    ("Лекция 15 дек в 15:00", "2026-12-15T15:00"),
    ("Лекция 15.12 в 15:00", "2026-12-15T15:00"),
    ("Лекция 15.12.2026 в 15:00", "2026-12-15T15:00"),
    ("Лекция 01.12.26 в 15:00", "2026-12-01T15:00"),
    ("Лекция сегодня в 15:00", "2026-11-23T15:00"),
    ("Лекция завтра в 15:00", "2026-11-24T15:00"),
    ("Лекция послезавтра в 15:00", "2026-11-25T15:00"),
    ("Лекция в среду в 15:00", "2026-11-25T15:00"),
    ("Лекция во вт в 15:00", "2026-11-24T15:00"),
    ("Лекция в пт 27.11 в 15:00", "2026-11-27T15:00"),
    ("Лекция в эту субботу в 11:00", "2026-11-28T11:00"),
    ("Лекция в следующий вторник в 15:00", "2026-12-01T15:00"),
    ("Лекция через неделю в 15:00", "2026-11-30T15:00"),
    ("Лекция через 3 дня в 15:00", "2026-11-26T15:00"),
    ("Лекция первого декабря в 15:00", "2026-12-01T15:00"),
    ("Лекция 20 мая 2027 года в 9:00", "2027-05-20T09:00"),
]


@pytest.mark.parametrize(("text", "start"), DATES)
def test_dates(text: str, start: str) -> None:
    got = parse(text)
    assert got["intent"] == "event"
    assert got["start"] == start


DAY_RANGES = [
    ("Фестиваль 12-13 декабря", "2026-12-12", "2026-12-13"),
    ("Выставка с 1 по 10 декабря", "2026-12-01", "2026-12-10"),
    ("Неделя науки 7–11 декабря", "2026-12-07", "2026-12-11"),
    ("Фотовыставка с 1 декабря по 15 января", "2026-12-01", "2027-01-15"),
    ("Хакатон 19-20.12", "2026-12-19", "2026-12-20"),
    ("Дни науки 24 и 25 ноября", "2026-11-24", "2026-11-25"),
]


@pytest.mark.parametrize(("text", "start", "end"), DAY_RANGES)
def test_day_ranges_are_all_day_with_inclusive_end(text: str, start: str, end: str) -> None:
    got = parse(text)
    assert (got["start"], got["end"], got["all_day"]) == (start, end, True)


TIMES = [
    ("Встреча 1 декабря в 15.00", "2026-12-01T15:00", None),
    ("Встреча 1 декабря в 15-00", "2026-12-01T15:00", None),
    ("Встреча 1 декабря в 15", "2026-12-01T15:00", None),
    ("Встреча 1 декабря в 3 часа дня", "2026-12-01T15:00", None),
    ("Встреча 1 декабря в 10 утра", "2026-12-01T10:00", None),
    ("Встреча 1 декабря в 8 вечера", "2026-12-01T20:00", None),
    ("Встреча 1 декабря в 3", "2026-12-01T15:00", None),
    ("Встреча 1 декабря с 15 до 16:30", "2026-12-01T15:00", "2026-12-01T16:30"),
    ("Встреча 1 декабря 15:00–16:30", "2026-12-01T15:00", "2026-12-01T16:30"),
    ("Встреча 1 декабря 10:00-13:00", "2026-12-01T10:00", "2026-12-01T13:00"),
    ("Встреча 1 декабря с 10 до 14 ч", "2026-12-01T10:00", "2026-12-01T14:00"),
    ("Встреча 1 декабря с 11 до 1", "2026-12-01T11:00", "2026-12-01T13:00"),
    ("Встреча 1 декабря в 15:00, продолжительность 2 часа", "2026-12-01T15:00", "2026-12-01T17:00"),
    ("Встреча 1 декабря в 15:00, 1,5 часа", "2026-12-01T15:00", "2026-12-01T16:30"),
    ("Встреча 1 декабря в 15:00 на 45 минут", "2026-12-01T15:00", "2026-12-01T15:45"),
    ("Встреча 1 декабря в 12 часов 30 минут", "2026-12-01T12:30", None),
    ("Совещание 2.12 с 14.30 до 16.00", "2026-12-02T14:30", "2026-12-02T16:00"),
]


@pytest.mark.parametrize(("text", "start", "end"), TIMES)
def test_times(text: str, start: str, end: str | None) -> None:
    got = parse(text)
    assert (got["start"], got["end"]) == (start, end)


def test_all_day_phrase() -> None:
    got = parse("Конференция 5 декабря весь день")
    assert (got["start"], got["end"], got["all_day"], got["time_known"]) == (
        "2026-12-05",
        None,
        True,
        True,
    )


def test_date_without_time_asks_for_time() -> None:
    got = parse("Конференция 5 декабря")
    assert got["all_day"] is True
    assert got["time_known"] is False


AUDIENCES = [
    ("9-11 классы", [9, 10, 11], []),
    ("для 8–9 кл.", [8, 9], []),
    ("11-х", [11], []),
    ("6-х классов", [6], []),
    ("10А", [], ["10А"]),
    ("9а, 9б, 9в", [], ["9А", "9Б", "9В"]),
    ("7А и 7Б", [], ["7А", "7Б"]),
    ("5, 6 и 7 классы", [5, 6, 7], []),
    ("для учащихся 8-х классов", [8], []),
    ("для 10-11", [10, 11], []),
    ("3 класс", [3], []),
]


@pytest.mark.parametrize(("phrase", "grades", "classes"), AUDIENCES)
def test_audience(phrase: str, grades: list[int], classes: list[str]) -> None:
    got = parse(f"Лекция 1 декабря в 15:00, {phrase}")
    assert (got["grades"], got["classes"]) == (grades, classes)
    assert got["start"] == "2026-12-01T15:00"


def test_audience_of_a_short_answer() -> None:
    assert parse_audience("я из 9Б").classes == {"9Б"}


VENUES = [
    ("ауд. 204", "ауд. 204"),
    ("каб. 312", "каб. 312"),
    ("кабинет 27", "каб. 27"),
    ("аудитория: 210", "ауд. 210"),
    ("место: Музей янтаря", "Музей янтаря"),
    ("актовый зал", "актовый зал"),
    ("в актовом зале", "актовый зал"),
    ("спортзал", "спортзал"),
    ("в библиотеке", "библиотека"),
    ("рекреация 2 этажа", "рекреация 2 этажа"),
]


@pytest.mark.parametrize(("phrase", "venue"), VENUES)
def test_venue(phrase: str, venue: str) -> None:
    got = parse(f"Лекция 1 декабря в 15:00, {phrase}")
    assert got["venue"] == venue
    assert got["start"] == "2026-12-01T15:00"


def test_destination_is_not_a_venue() -> None:
    got = parse("Экскурсия в библиотеку 1 декабря в 15:00")
    assert got["venue"] is None
    assert got["title"] == "Экскурсия в библиотеку"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("завтра в 15:30 мастер-класс по журналистике для 10А", "Мастер-класс по журналистике"),
        (
            "🔥 19 декабря в 15:00 состоится брейн-ринг «Эрудит». Место: каб. 204",
            "Брейн-ринг «Эрудит»",
        ),
        ("Лекция «2025 год: итоги» 20 декабря в 13:00", "Лекция «2025 год: итоги»"),
        # a message all in capitals reads as in normal case (parse77: the title was shouted)
        ("ДЕНЬ ОТКРЫТЫХ ДВЕРЕЙ 12 ДЕКАБРЯ В 11:00!!! 10-11 КЛАССЫ", "День открытых дверей"),
    ],
)
def test_title_is_the_rest_tidied(text: str, title: str) -> None:
    assert parse(text)["title"] == title


def test_multiline_post() -> None:
    text = (
        "Мастер-класс «Создание сайтов»\nДата: 25.12.2026\nВремя: 14:00–15:30\n"
        "Аудитория: 210\nДля: 7-8 классы"
    )
    got = parse(text)
    assert got["title"] == "Мастер-класс «Создание сайтов»"
    assert (got["start"], got["end"]) == ("2026-12-25T14:00", "2026-12-25T15:30")
    assert (got["venue"], got["grades"]) == ("ауд. 210", [7, 8])


def test_recurrence() -> None:
    got = parse("Кружок каждый четверг в 15:00 до конца декабря")
    assert got["start"] == "2026-11-26T15:00"
    assert got["recurrence"] == {"freq": "weekly", "until": "2026-12-31"}


def test_pasted_plan_gives_one_event_per_line() -> None:
    plan = (
        "План на декабрь:\n"
        "1. Мастер-класс 15 декабря с 15:00 до 16:30, 9–11 классы, ауд. 204\n"
        "2. Экскурсия 17.12 в 10:00, 8 классы\n"
        "3) Лекция 22 декабря в 14:00, актовый зал"
    )
    intents = parse_many(plan, NOW)
    assert [type(i) for i in intents] == [EventIntent] * 3
    titles = [i.draft.title for i in intents if isinstance(i, EventIntent)]
    assert titles == ["Мастер-класс", "Экскурсия", "Лекция"]


# --- conventions -------------------------------------------------------------------------


def test_bare_hour_one_to_seven_is_afternoon() -> None:
    assert parse("Лекция 1 декабря в 4")["start"] == "2026-12-01T16:00"
    assert parse("Лекция 1 декабря в 9")["start"] == "2026-12-01T09:00"
    assert parse("Лекция 1 декабря в 4:00")["start"] == "2026-12-01T04:00"


def test_weekday_today_only_if_time_is_ahead() -> None:
    assert parse("Лекция в понедельник в 15:00")["start"] == "2026-11-23T15:00"
    assert parse("Лекция в понедельник в 9:00")["start"] == "2026-11-30T09:00"


def test_next_weekday_is_in_next_calendar_week() -> None:
    sunday = datetime.fromisoformat("2026-11-22T12:00")
    assert parse("Лекция в следующий понедельник в 15:00", sunday)["start"] == "2026-11-23T15:00"
    assert parse("Лекция в понедельник в 15:00", sunday)["start"] == "2026-11-23T15:00"


def test_past_date_without_year_means_next_year() -> None:
    assert parse("Лекция 20 ноября в 15:00")["start"] == "2027-11-20T15:00"
    assert parse("Лекция 23 ноября в 15:00")["start"] == "2026-11-23T15:00"


def test_grades_rooms_and_durations_are_never_dates_or_times() -> None:
    got = parse("Лекция 1 декабря в 15:00, каб. 12, 10-11 классы, 2 часа")
    assert (got["start"], got["end"]) == ("2026-12-01T15:00", "2026-12-01T17:00")
    assert got["venue"] == "каб. 12"
    assert got["grades"] == [10, 11]


# --- queries and other -------------------------------------------------------------------

QUERIES = [
    ("что на следующей неделе?", "2026-11-30", "2026-12-06", [], []),
    ("что завтра", "2026-11-24", "2026-11-24", [], []),
    ("что в субботу для 8 классов", "2026-11-28", "2026-11-28", [8], []),
    ("что будет в декабре для 9 классов", "2026-12-01", "2026-12-31", [9], []),
    ("что на выходных", "2026-11-28", "2026-11-29", [], []),
    ("с 1 по 10 декабря", "2026-12-01", "2026-12-10", [], []),
    ("что на неделе с 7 декабря", "2026-12-07", "2026-12-13", [], []),
    ("что на этой неделе для 8В?", "2026-11-23", "2026-11-29", [], ["8В"]),
    ("расписание на завтра", "2026-11-24", "2026-11-24", [], []),
]


@pytest.mark.parametrize(("text", "first", "last", "grades", "classes"), QUERIES)
def test_queries(text: str, first: str, last: str, grades: list[int], classes: list[str]) -> None:
    got = parse(text)
    assert got["intent"] == "query"
    assert (got["from"], got["to"], got["grades"], got["classes"]) == (first, last, grades, classes)


def test_query_with_organiser_and_open_query() -> None:
    got = parse("мероприятия КГТУ в декабре")
    assert (got["organiser"], got["from"], got["to"]) == ("КГТУ", "2026-12-01", "2026-12-31")
    assert parse("что будет?") == {
        "intent": "query",
        "from": "2026-11-23",
        "to": None,
        "grades": [],
        "classes": [],
        "organiser": None,
    }


@pytest.mark.parametrize(
    "text",
    ["Добрый день!", "спасибо", "+", "Кто ведёт кружок по робототехнике?", "15", "9-11", "", "???"],
)
def test_other(text: str) -> None:
    assert isinstance(parse_message(text, NOW), OtherIntent)


def test_when_for_moves() -> None:
    found = resolve_when("на 17:00", NOW)
    assert found is not None
    assert (found.start, found.grain) == (datetime.fromisoformat("2026-11-23T17:00"), "minute")


def test_never_crashes_on_noise() -> None:
    rng = random.Random(7)
    alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя0123456789 .,:-–—/()«»\"'!?\n№🔥АБВ"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        intent = parse_message(text, NOW)
        assert isinstance(intent, EventIntent | QueryIntent | OtherIntent)
        resolve_when(text, NOW)


def test_very_long_message_is_handled() -> None:
    intent = parse_message("Лекция 5 декабря в 15:00 " * 1000, NOW)
    assert isinstance(intent, EventIntent)


def test_occasion_date_stays_in_title() -> None:
    got = parse("Концерт к 8 марта 7 марта в 15:00", datetime.fromisoformat("2026-03-01T10:00"))
    assert got["start"] == "2026-03-07T15:00"
    assert got["title"] == "Концерт к 8 марта"


def test_daily_recurrence_and_noon_and_day_of_month() -> None:
    assert parse("Зарядка каждое утро в 8:00")["recurrence"] == {"freq": "daily", "until": None}
    assert parse("Встреча в полдень 1 декабря")["start"] == "2026-12-01T12:00"
    assert parse("что запланировано на 25-е?")["from"] == "2026-11-25"


def test_room_is_not_glued_to_the_next_word() -> None:
    got = parse("Лекция каб. 204 в 15:00 1 декабря")
    assert (got["venue"], got["start"]) == ("каб. 204", "2026-12-01T15:00")
    assert parse("Лекция каб. 204а в 15:00 1 декабря")["venue"] == "каб. 204А"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Лекция через 2 недели в пятницу в 15:00", "2026-12-11T15:00"),
        ("Лекция в четверг на следующей неделе в 15:00", "2026-12-03T15:00"),
        ("Лекция 1 декабря в 10:00 в течение 2 часов", "2026-12-01T10:00"),
    ],
)
def test_weekday_with_week_phrase(text: str, start: str) -> None:
    assert parse(text)["start"] == start


@pytest.mark.parametrize(
    ("phrase", "grades"),
    [
        ("для девятых классов", [9]),
        ("для пятых-седьмых классов", [5, 6, 7]),
        ("для девятиклассников", [9]),
        ("для старшеклассников", [10, 11]),
        ("для начальной школы", [1, 2, 3, 4]),
    ],
)
def test_grade_words(phrase: str, grades: list[int]) -> None:
    got = parse(f"Лекция 1 декабря в 15:00 {phrase}")
    assert (got["grades"], got["title"]) == (grades, "Лекция")


def test_school_words_in_a_title_stay_without_a_preposition() -> None:
    got = parse("Совет старшеклассников 1 декабря в 15:00, 9-11 классы")
    assert (got["title"], got["grades"]) == ("Совет старшеклассников", [9, 10, 11])


def test_open_queries_with_boundaries() -> None:
    assert (
        parse("что будет после 5 декабря")["from"],
        parse("что будет после 5 декабря")["to"],
    ) == (
        "2026-12-06",
        None,
    )
    assert (parse("что до пятницы")["from"], parse("что до пятницы")["to"]) == (
        "2026-11-23",
        "2026-11-27",
    )


def test_when_boundaries_on_days() -> None:
    before = resolve_when("до пятницы", NOW)
    after = resolve_when("с 15 декабря", NOW)
    assert before is not None
    assert after is not None
    assert (before.kind, before.start, before.end) == (
        "before",
        None,
        datetime.fromisoformat("2026-11-27T00:00"),
    )
    assert (after.kind, after.start) == ("after", datetime.fromisoformat("2026-12-15T00:00"))


@pytest.mark.parametrize(
    ("phrase", "grades"),
    [("7, 9–11 классы", [7, 9, 10, 11]), ("1-4, 6 классы", [1, 2, 3, 4, 6])],
)
def test_grade_lists_with_ranges(phrase: str, grades: list[int]) -> None:
    assert sorted(parse_audience(phrase).grades) == grades


@pytest.mark.parametrize(
    ("text", "title", "capacity"),
    [
        ("Экскурсия в музей 5 декабря в 11:00, 8 классы, мест: 25", "Экскурсия в музей", 25),
        ("Мастер-класс 6 декабря в 15:00, 30 мест, ауд. 204", "Мастер-класс", 30),
        ("Лекция 7 декабря в 14:00 для 9-11 классов, до 40 человек", "Лекция", 40),
        ("Квиз 8 декабря в 15:00, не более 20 участников", "Квиз", 20),
        ("Встреча выпускников 8 декабря в 15:00", "Встреча выпускников", None),
    ],
)
def test_places_limit_the_event_and_leave_the_title(
    text: str, title: str, capacity: int | None
) -> None:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    assert (intent.draft.title, intent.draft.capacity) == (title, capacity)


def test_master_class_is_not_a_grade() -> None:
    intent = parse_message("Мастер-класс 6 декабря в 15:00", NOW)
    assert isinstance(intent, EventIntent)
    assert intent.draft.audience.is_everyone
    assert intent.draft.start == datetime.fromisoformat("2026-12-06T15:00")


@pytest.mark.parametrize(
    ("text", "grades", "title"),
    [
        (
            "Олимпиада по химии 12 декабря, весь день, каб. 312, 8-11",
            [8, 9, 10, 11],
            "Олимпиада по химии",
        ),
        ("Олимпиада 12 декабря в 10:00, 5-9, каб. 312", [5, 6, 7, 8, 9], "Олимпиада"),
        ("Турнир 12 декабря в 10:00, 9 классы, 2-3", [9], "Турнир, 2-3"),  # audience given
    ],
)
def test_a_closing_bare_grade_range_is_the_audience(
    text: str, grades: list[int], title: str
) -> None:
    result = parse(text)
    assert (result["grades"], result["title"]) == (grades, title)


def test_a_title_label_in_a_labelled_post_is_dropped() -> None:
    post = "Мероприятие: Урок цифры\nДата: 9 декабря\nВремя: 10:00-10:45\nДля: 5-7 классы"
    result = parse(post)
    assert result["title"] == "Урок цифры"
    assert (result["start"], result["end"]) == ("2026-12-09T10:00", "2026-12-09T10:45")
    assert result["grades"] == [5, 6, 7]


def test_a_range_after_pupils_is_grades() -> None:
    result = parse("Спектакль 26.12 в 18:00, актовый зал, для родителей и учеников 5-7")
    assert result["grades"] == [5, 6, 7]
    assert result["title"] == "Спектакль, для родителей"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("📢 Внимание! 🎉 Новогодний бал 27 декабря с 18:00 до 21:00!!! 9-11 кл", "Новогодний бал"),
        ("Анонс: лекция 5 декабря в 14:00", "Лекция"),
    ],
)
def test_announcement_openers_are_not_titles_or_questions(text: str, title: str) -> None:
    result = parse(text)
    assert (result["intent"], result["title"]) == ("event", title)


def test_return_or_finish_time_is_the_end() -> None:
    result = parse("Профпробы в колледже 16 декабря, выезд в 8:15, возвращение в 14:00, 9А")
    assert (result["start"], result["end"]) == ("2026-12-16T08:15", "2026-12-16T14:00")
    result = parse("Турнир 16 декабря в 10:00, завершение в 13:30")
    assert (result["start"], result["end"]) == ("2026-12-16T10:00", "2026-12-16T13:30")


@pytest.mark.parametrize(
    ("post", "title"),
    [
        (
            "5 декабря в 11:00 в ИГУ пройдёт лекция для школьников. Лекция называется "
            "«Человек в открытом космосе». Вход свободный.",
            "Лекция «Человек в открытом космосе»",
        ),
        (
            "Уважаемые коллеги! 5 декабря в 15:00 в КГТУ пройдёт лекция на тему "
            "«Искусственный интеллект в медицине». Просим подтвердить участие.",
            "Лекция «Искусственный интеллект в медицине»",
        ),
    ],
)
def test_a_name_introduced_by_its_kind(post: str, title: str) -> None:
    got = intent_to_json(parse_message(post, datetime.fromisoformat("2026-11-30T10:00")))
    assert got["title"] == title


@pytest.mark.parametrize(
    "text",
    [
        "Кружок робототехники по средам с 2 по 23 декабря в 15:00, 9 классы",
        "С 2 по 23 декабря по средам в 15:00 кружок робототехники, 9 классы",
        "Кружок по средам с 02.12 по 23.12 в 15:00, 9 классы",
    ],
)
def test_a_weekly_repeat_over_a_span_of_dates(text: str) -> None:
    """The first occurrence is the span's first Wednesday, the last day is the span's end, and
    "с 2" is never read as 14:00."""
    got = intent_to_json(parse_message(text, datetime.fromisoformat("2026-11-23T10:00")))
    assert got["start"] == "2026-12-02T15:00"
    assert got["recurrence"] == {"freq": "weekly", "until": "2026-12-23"}
