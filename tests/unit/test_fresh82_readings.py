"""Readings behind misses of tests/data/real_posts_broad43.jsonl at first sight
(tests/data/fresh82.md), each checked on posts of our own, never the set's words."""

from __future__ import annotations

import pytest

from tests.title_probe import parsed as _parse

# a clock written to the second beside a day, in the middle of a line: a site's moment of
# storing the item (a forum's «Отправлено … от <day>, <clock>», a bracketed moment after the
# headline, a feed's «Добавлено»), never an event's start: people give hours and minutes
_SECONDS_STAMPS = [
    (
        "Тема: Соревнования по шахматам Отправлено: Администратор от 14.03.2019, 16:42:09 "
        "Шахматисты шести школ сразились в турнире «Белая ладья» в Доме детского творчества. "
        "Победители поедут на областной этап.",
        "2019-03-14T17:00",
    ),
    (
        "Школьный музей провёл квест для пятиклассников [02.10.2021 11:27:51]. Ребята искали "
        "экспонаты по карте и отвечали на вопросы экскурсовода. Всем понравилось.",
        "2021-10-02T12:00",
    ),
    (
        "Добавлено 21 апреля 2023 г. пятница, 09:13:44 Волонтёры школы № 5 убрали сквер у "
        "библиотеки и высадили саженцы. Акция прошла в рамках месячника чистоты.",
        "2023-04-21T10:00",
    ),
]


@pytest.mark.parametrize(("text", "now"), _SECONDS_STAMPS)
def test_a_clock_to_the_second_beside_a_day_is_a_stamp_not_the_start(text: str, now: str) -> None:
    got = _parse(text, now)
    assert "T" not in (got.get("start") or ""), got
    title = got.get("title") or ""
    assert not any(ch.isdigit() for ch in title), got


# the event's own day and clock written after such a stamp are the event's
def test_an_event_after_a_seconds_stamp_keeps_its_own_day_and_clock() -> None:
    got = _parse(
        "Размещено модератором 17.05.2022, 16:40:02. Приглашаем ребят 20 мая в 11:00 "
        "в городской парк на слёт юных экологов. Форма одежды спортивная.",
        "2022-05-17T17:00",
    )
    assert got["start"] == "2022-05-20T11:00", got


# a round clock written with zero seconds may be a site template's event time: kept
def test_a_round_clock_with_zero_seconds_stays_a_time() -> None:
    got = _parse(
        "Начало мероприятия: 12.04.2024 19:00:00. В концертном зале колледжа пройдёт вечер "
        "поэзии для старшеклассников. Вход свободный.",
        "2024-04-05T10:00",
    )
    assert got["start"] == "2024-04-12T19:00", got


# a page copied with its lines cut to a width may cut a day from its month («пройдёт 14» at a
# line's end, «ноября в спортзале» opening the next): the newline after a number is a hard wrap
# inside the sentence as after a word, so the date is the event's
_DAY_CUT_FROM_MONTH = [
    (
        "Школьный спорт\n\nФинал городской лиги по волейболу пройдёт 14\nноября в спортзале "
        "гимназии № 3. Команды сыграют по олимпийской системе.",
        "2019-11-08T10:00",
        "2019-11-14",
    ),
    (
        "Весёлые старты\n\n5\nмарта в 10:00 в школе № 12 стартуют «Весёлые старты» для "
        "начальных классов. Заявки принимаются до 1 марта.",
        "2020-02-25T10:00",
        "2020-03-05T10:00",
    ),
    (
        "Олимпиадная школа\nЗанятия кружка по физике начнутся 1\nоктября в кабинете 204. "
        "Приглашаются ученики 8-9 классов.",
        "2018-09-20T10:00",
        "2018-10-01",
    ),
]


@pytest.mark.parametrize(("text", "now", "start"), _DAY_CUT_FROM_MONTH)
def test_a_day_cut_from_its_month_by_a_hard_wrap_is_the_events(
    text: str, now: str, start: str
) -> None:
    assert _parse(text, now)["start"] == start


# a clock alone on its line above a small-letter item stays the programme's slot
def test_a_programme_of_clocks_over_small_letter_items_keeps_its_start() -> None:
    got = _parse(
        "Турнир по шахматам «Белая ладья» пройдёт 15 марта в гимназии № 2.\nПрограмма:\n9:30\n"
        "регистрация участников\n10:00\nоткрытие турнира\n13:00\nнаграждение победителей",
        "2019-03-10T10:00",
    )
    assert got["start"] == "2019-03-15T10:00", got


# an indirect question after a verb of learning or seeing («узнали, как пекут батоны»,
# «увидели, как работают спасатели») tells what was learnt, not the report's tense: a report
# of a day just gone stays this year's day
_INDIRECT_QUESTIONS = [
    (
        "5 декабря ученики 7 класса совершили экскурсию и узнали, как пекут батоны. Всем "
        "понравилось, ребята благодарят хозяев.",
        "2018-12-06T10:00",
        "2018-12-05",
    ),
    (
        "14 ноября пятиклассники побывали в пожарной части и увидели, как работают спасатели. "
        "Ребятам показали машины и снаряжение.",
        "2019-11-16T10:00",
        "2019-11-14",
    ),
    (
        "3 марта в библиотеке прошла встреча с биологом, ребята спрашивали, почему листья "
        "меняют цвет. Встреча получилась живой.",
        "2021-03-05T10:00",
        "2021-03-03",
    ),
    (
        "19 октября волонтёры посчитали, сколько птиц зимует в парке, и развесили кормушки. "
        "Акция продолжится весной.",
        "2022-10-21T10:00",
        "2022-10-19",
    ),
]


@pytest.mark.parametrize(("text", "now", "start"), _INDIRECT_QUESTIONS)
def test_an_indirect_question_does_not_move_a_report_a_year_ahead(
    text: str, now: str, start: str
) -> None:
    got = _parse(text, now)
    assert got["start"] == start, got
    assert "past" in got["doubts"], got


# an announcement with the same clause stays ahead
def test_an_announcement_with_an_indirect_question_stays_ahead() -> None:
    got = _parse(
        "12 декабря ребята узнают, как пекут хлеб: класс поедет на хлебозавод. "
        "Сбор у школы в 9:00.",
        "2018-12-06T10:00",
    )
    assert got["start"] == "2018-12-12T09:00", got


# a country named only outside the event's sentence is the post's background, never its
# venue («В России хлеб всегда ценили»); named in the event's own sentence it stays
# (tests/unit/test_venue_country_narrowed.py)
@pytest.mark.parametrize(
    ("text", "now"),
    [
        (
            "В России хлеб всегда ценили особо. 5 декабря ученики 7 класса совершили экскурсию "
            "и узнали, как пекут батоны. Всем понравилось.",
            "2018-12-06T10:00",
        ),
        (
            "День Героев Отечества в России отмечают с 2007 года. 12 декабря для пятиклассников "
            "прошёл урок мужества. Ребята узнали о подвигах земляков.",
            "2023-12-13T10:00",
        ),
    ],
)
def test_a_country_outside_the_events_sentence_is_no_venue(text: str, now: str) -> None:
    got = _parse(text, now)
    assert got["start"], got
    assert got["venue"] != "Россия", got
