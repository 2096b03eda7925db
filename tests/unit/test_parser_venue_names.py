"""Places named by a proper name or written as a bare noun (issue 10, point 5): a local
place after "на" ("На Фонтанке откроется …"), a bare place noun put in the nominative by
the reading that fits it ("в парке Победы" -> "парк Победы", not "парка"), and a bare
mention ("в музее") giving way to a named one of the same noun by its lemma ("в Заречном
филиале Краеведческого музея"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.core.language.place_display import with_abbreviation
from bot.core.language.place_sites import bare_lemma
from tests.title_probe import parsed_venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "На Фонтанке откроется ледовый городок. 20 декабря в 12:00 состоится торжественное "
            "открытие, ребят ждут горки и конкурсы.",
            "Фонтанка",
        ),
        (
            "На Покровке пройдёт книжная ярмарка. 19 декабря с 11:00 до 17:00 школьники "
            "смогут обменяться книгами и встретиться с авторами.",
            "Покровка",
        ),
        (
            "Праздник двора для младших школьников. 19 декабря в 12:00 на Звездинке пройдут "
            "весёлые старты и игры.",
            "Звездинка",
        ),
    ],
)
def test_a_local_place_named_after_na(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


@pytest.mark.parametrize(
    "text",
    [
        # history told in the past, in the heading
        "Как встречали Масленицу на Руси\n\nЛекция для 5-7 классов состоится 12 марта в "
        "11:00, приходите с вопросами.",
        # outside the heading and the event's sentence
        "Масленичные гуляния для 1-4 классов. Масленицу на Руси всегда отмечали широко. "
        "Праздник состоится 12 марта в 11:00, приходите с родителями.",
        # a known common noun is no place name
        "Лекция о народных праздниках состоится 12 декабря в 16:00. Рассказ пойдёт о том, "
        "как отмечают на Масленице и что готовят.",
    ],
)
def test_a_name_after_na_that_is_noparsed_venue(text: str) -> None:
    assert parsed_venue(text) is None


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Зимние забавы пройдут 20 декабря в 12:00 в парке «Сокольники», приглашаем всех "
            "учеников начальной школы.",
            "парк «Сокольники»",
        ),
        (
            "Концерт духового оркестра состоится 20 декабря в 14:00 в парке Победы. Вход "
            "свободный, приходите всей семьёй.",
            "парк Победы",
        ),
        (  # its likeliest reading is right: kept
            "Выставка работ учащихся откроется 20 декабря в 14:00 в музее «Янтарь». Вход "
            "свободный, приходите всей семьёй.",
            "музей «Янтарь»",
        ),
    ],
)
def test_a_bare_place_noun_in_the_nominative(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


@pytest.mark.parametrize(
    ("word", "case", "lemma"),
    [
        ("парке", "loct", "парк"),
        ("Парке", "loct", "Парк"),
        ("базе", "loct", None),  # "база" is its likeliest reading already
        ("парках", "loct", None),  # a plural keeps its number: to_nominative's
        ("музее", "loct", None),
    ],
)
def test_bare_lemma(word: str, case: str, lemma: str | None) -> None:
    assert bare_lemma(word, case) == lemma


def test_a_bare_mention_gives_way_to_the_named_one_by_lemma() -> None:
    text = (
        "Праздник в Заречном филиале Краеведческого музея\n\nПроводы зимы пройдут в музее 12 "
        "декабря в 11:30. Гостей ждут блины, хороводы и игры."
    )
    assert parsed_venue(text) == "Заречный филиал Краеведческого музея"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Смена для победителей олимпиад пройдёт с 5 по 25 января в «Артеке», путёвки "
            "распределят по школам района.",
            "Артек",
        ),
        (
            "Новогодний фестиваль 21 декабря в 12:00: на веранде «Зарядья» ребят ждут "
            "мастер-классы и горячий чай.",
            "Зарядье",
        ),
        (
            "Финал школьной лиги по футболу пройдёт 19 декабря в 18:00 на трибунах «Лужников», "
            "болеем за команду нашей школы!",
            "Лужники",
        ),
    ],
)
def test_a_place_known_by_its_quoted_name_alone(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


@pytest.mark.parametrize(
    "text",
    [
        "Приглашаем 8 февраля в 11:00 принять участие в «Лыжне России», старт для всех "
        "желающих школьников.",
        "Опыты и лекции для 5-9 классов пройдут 12 декабря в 14:00 в рамках «Недели науки», "
        "вход свободный.",
    ],
)
def test_a_quoted_event_name_is_no_place(text: str) -> None:
    assert parsed_venue(text) is None


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Открытый урок по робототехнике проведут студенты 9 декабря в 14:00 в ТЮЗе "
            "«Молодёжный». Вход по спискам, приглашаются 7-8 классы.",
            "ТЮЗ «Молодёжный»",
        ),
        (
            "Показ короткометражных фильмов выпускников состоится 11 декабря в 16:00 во ВГИКе, "
            "приглашаются старшеклассники.",
            "ВГИК",
        ),
    ],
)
def test_an_abbreviation_declined_after_v(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


def test_a_common_noun_in_capitals_is_no_place() -> None:
    text = (
        "Классный час «Как выбрать профессию» пройдёт 11 декабря в 14:00: расскажем, как "
        "учатся в ВУЗе и что сдавать."
    )
    assert parsed_venue(text) is None


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "В эту субботу, 12 декабря, в 11:00 в Зеленоградске на набережной пройдёт забег "
            "Деда Мороза для учащихся и родителей.",
            "набережная, Зеленоградск",
        ),
        (
            "Соревнования по лыжным гонкам пройдут 14 декабря в 10:00 на стадионе в "
            "Светлогорске. Автобус от школы в 8:30.",
            "стадион, Светлогорск",
        ),
        (  # cities named far from the place, in passing: not added
            "Как и в прошлом году в Москве и Петербурге, акция «Ёлка желаний» пройдёт 18 "
            "декабря в 16:00 в нашем районе: подарки раздадут в библиотеке.",
            "библиотека",
        ),
    ],
)
def test_a_bare_place_gets_the_town_named_beside_it(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


@pytest.mark.parametrize(
    ("venue", "text", "shown"),
    [
        (
            "Калининградский государственный технический университет",
            "Лекция пройдёт в КГТУ 12 декабря.",
            "Калининградский государственный технический университет (КГТУ)",
        ),
        (
            "актовый зал, Московский государственный университет имени Ломоносова",
            "День открытых дверей пройдёт в МГУ 24 марта.",
            "актовый зал, Московский государственный университет имени Ломоносова (МГУ)",
        ),
        (  # the initials spell another abbreviation: unchanged
            "Калининградский государственный технический университет",
            "Победители учатся в МФТИ.",
            "Калининградский государственный технический университет",
        ),
        ("актовый зал КГТУ", "Лекция в КГТУ.", "актовый зал КГТУ"),  # already there
    ],
)
def test_with_abbreviation(venue: str, text: str, shown: str) -> None:
    assert with_abbreviation(venue, text) == shown


def test_a_post_naming_a_university_both_ways_shows_both() -> None:
    text = (
        "День открытых дверей пройдёт в БФУ 14 декабря. В Балтийском федеральном "
        "университете 14 декабря в 11:00 школьникам покажут лаборатории."
    )
    assert parsed_venue(text) == "Балтийский федеральный университет (БФУ)"
