"""Readings behind the misses of tests/data/real_posts_broad39.jsonl at first sight
(tests/data/fresh78.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

import pytest

from bot.core.language.morphology import keep_case, to_nominative
from tests.title_probe import parsed as _parse

# a compound adjective of a name is written as its owner writes it: the nominative keeps its
# hyphen and the capital of its second part, though pymorphy3's dictionary spells some of them
# solid («южноуральский») or lower-cases the second part («северо-кавказский»)
_HYPHENED = [
    (
        ["Южно-Уральском", "государственном", "университете"],
        "Южно-Уральский государственный университет",
    ),
    (
        ["Северо-Кавказском", "федеральном", "университете"],
        "Северо-Кавказский федеральный университет",
    ),
    (["Ханты-Мансийском", "колледже"], "Ханты-Мансийский колледж"),
    (["Западно-Сибирском", "музее"], "Западно-Сибирский музей"),
    (["научно-популярной", "лекции"], "научно-популярная лекция"),
]


@pytest.mark.parametrize(("words", "nominative"), _HYPHENED)
def test_a_compound_adjective_keeps_its_hyphen_and_capitals(
    words: list[str], nominative: str
) -> None:
    assert " ".join(to_nominative(words, case="loct")) == nominative


def test_a_compound_whose_first_part_declines_is_left_to_its_caller() -> None:
    # both nouns of «Дома-музея» change: the rule keeps only first parts that stay as written
    assert keep_case("Дома-музея", "дом-музей") == "Дом-музей"
    assert keep_case("IT-состязаний", "it-состязания") == "IT-состязания"
    assert keep_case("ЮЖНО-УРАЛЬСКОМ", "южноуральский") == "ЮЖНО-УРАЛЬСКИЙ"


_HYPHENED_VENUES = [
    (
        "12 марта в Южно-Уральском государственном университете прошёл день профориентации.",
        "Южно-Уральский государственный университет",
    ),
    (
        "Олимпиада пройдет 5 апреля в Северо-Кавказском федеральном университете.",
        "Северо-Кавказский федеральный университет",
    ),
    (
        "Экскурсия в Ханты-Мансийском краеведческом музее 5 апреля в 11:00.",
        "Ханты-Мансийский краеведческий музей",
    ),
]


@pytest.mark.parametrize(("text", "venue"), _HYPHENED_VENUES)
def test_a_venue_named_by_a_compound_adjective_is_written_as_its_owner_writes_it(
    text: str, venue: str
) -> None:
    assert _parse(text, "2019-03-01T12:00")["venue"] == venue


# a house's number written with the number sign («дом №9», «д. № 12») and a letter after it,
# in quotes or not («дом №9«А»», «дом № 7 "Б"»): the address is the venue, as «дом 9» is
_LEAD = (
    "Ученики школы смогут поучаствовать в патриотическом конкурсе чтецов. Участники прочитают"
    " стихи о Родине. "
)
_SIGNED_HOUSES = [
    (
        _LEAD + "Очный тур состоится 25 апреля по адресу: улица Фитаревская, дом №9«А».",
        "улица Фитаревская, дом №9«А»",
    ),
    (
        _LEAD + 'Финал пройдет 25 апреля по адресу: улица Мира, дом № 7 "Б".',
        'улица Мира, дом № 7 "Б"',
    ),
    (_LEAD + "Финал пройдет 25 апреля по адресу: ул. Мира, д. № 7.", "ул. Мира, д. № 7"),
    ("Мастер-класс пройдет 25 апреля по адресу: ул. Ленина, д. № 12.", "ул. Ленина, д. № 12"),
    (
        "Конкурс чтецов. Тур состоится 25 апреля по адресу: улица Садовая, дом №9А.",
        "улица Садовая, дом №9А",
    ),
]


@pytest.mark.parametrize(("text", "venue"), _SIGNED_HOUSES)
def test_a_house_number_with_the_number_sign_ends_the_address(text: str, venue: str) -> None:
    assert _parse(text, "2023-03-04T12:00")["venue"] == venue


# a site's footer «Добавил: <login> (day)» («Категория: … | Добавил: admin (30.05.2017) | |
# Просмотров: 12 |», as uCoz pages print it) tells when the item was put up: the event's day
# is the one the text names
_REPORT = (
    "Весенний кросс\nВ апреле ученики готовились к забегу. 12 апреля ученики школы приняли"
    " участие в легкоатлетическом кроссе в парке Победы.\n"
)
_ADDED_BY_FOOTERS = [
    "Категория: Спорт | Добавил: admin (20.04.2019) | |\nПросмотров: 120 |",
    "Добавил: Ольга (20.04.2019) | |\nПросмотров: 7 |",
    "Категория: Новости | Добавила: teacher_5 (20.04.2019) | Просмотров: 12",
]


@pytest.mark.parametrize("footer", _ADDED_BY_FOOTERS)
def test_a_sites_added_by_footer_is_no_event_day(footer: str) -> None:
    got = _parse(_REPORT + footer, "2019-04-20T18:00")  # put up the day it is read
    assert got["start"] == "2019-04-12", got


# a weekday beside a day still ahead this year that falls on another weekday is a slip, not a
# year away: the near day is kept and the mismatch flagged; a day already past still goes to
# the year its weekday names
_NEAR_SLIPS = [
    (
        "Турнир по мини-футболу начнется в среду, 9 июля, на стадионе школы.",
        "2024-07-03T12:00",
        "2024-07-09",
    ),
    (
        "Сначала, в среду, 9 июля, начнется окружной этап соревнований.",
        "2024-07-03T12:00",
        "2024-07-09",
    ),
    ("Концерт пройдет в среду, 12 марта, в актовом зале.", "2024-03-01T12:00", "2024-03-12"),
    (
        "Приглашаем на субботник во вторник, 20 октября, в 10:00.",
        "2025-10-10T12:00",
        "2025-10-20",
    ),
]


@pytest.mark.parametrize(("text", "now", "start"), _NEAR_SLIPS)
def test_a_near_day_with_a_slipped_weekday_stays_this_year(text: str, now: str, start: str) -> None:
    got = _parse(text, now)
    assert got["start"][:10] == start, got
    assert "weekday_mismatch" in got["doubts"], got


def test_a_passed_day_goes_to_the_year_its_weekday_names() -> None:
    # 10 February 2025 is a Monday; on 1 March 2024 the day has passed this year
    got = _parse("Концерт в понедельник, 10 февраля, в актовом зале.", "2024-03-01T12:00")
    assert got["start"][:10] == "2025-02-10", got


# a count of days said of the event with a few words between its verb and the count («будет
# проходить на этой неделе всего два дня», «продлится в этом году три дня»): its run
_LASTING = [
    (
        "Новый форум будет проходить на этой короткой неделе всего два дня:\nв пятницу 7 ноября,"
        " когда школьники могут прийти сами, и\nв субботу 8 ноября, когда придут родители.",
        "2008-11-05T12:00",
        "2008-11-07",
        "2008-11-08",
    ),
    (
        "Фестиваль науки 14 апреля пройдет в парке и продлится в этом году три дня.",
        "2009-04-01T12:00",
        "2009-04-14",
        "2009-04-16",
    ),
    (
        "Слёт юных экологов 20 мая будет проходить в лагере «Лесной» лишь два дня.",
        "2009-04-01T12:00",
        "2009-05-20",
        "2009-05-21",
    ),
]


@pytest.mark.parametrize(("text", "now", "start", "end"), _LASTING)
def test_a_count_of_days_a_few_words_after_its_verb_is_the_run(
    text: str, now: str, start: str, end: str
) -> None:
    got = _parse(text, now)
    assert (got["start"], got["end"]) == (start, end), got


@pytest.mark.parametrize(
    "text",
    [
        "Олимпиада пройдет 14 апреля. Результаты объявят через два дня.",
        "Олимпиада пройдет 14 апреля, через два дня после каникул.",
        "Выставка пройдет 14 апреля. Регистрация будет проходить на сайте два дня.",
    ],
)
def test_a_count_of_days_around_the_event_or_of_another_is_no_run(text: str) -> None:
    got = _parse(text, "2009-04-01T12:00")
    assert (got["start"], got["end"]) == ("2009-04-14", None), got


# the count of days a verb says the event lasts is how long it runs, never part of its name
_COUNTED_TITLES = [
    ("Форум «Абитуриент» пройдет два дня: 7 и 8 ноября.", "Форум «Абитуриент»"),
    (
        "Форум «Абитуриент» будет проходить всего два дня: в пятницу 7 ноября и в субботу"
        " 8 ноября.",
        "Форум «Абитуриент»",
    ),
    ("Слёт юных экологов пройдет в течение трех дней, с 7 по 9 ноября.", "Слёт юных экологов"),
]


@pytest.mark.parametrize(("text", "title"), _COUNTED_TITLES)
def test_a_count_of_days_after_its_verb_leaves_the_title(text: str, title: str) -> None:
    assert _parse(text, "2008-11-05T12:00")["title"] == title


def test_a_count_of_days_inside_a_name_stays() -> None:
    assert _parse("Фестиваль «Два дня» пройдет 7 ноября.", "2008-11-05T12:00")["title"] == (
        "Фестиваль «Два дня»"
    )
