"""A fuller name taken for a headline's bare place noun only when the body's phrase is itself
a place phrase (review54 finding 1), and "в компании" before a person's name is company, not a
firm (finding 4): the phrase's role read with pymorphy3, not the post's words."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue


@pytest.mark.parametrize(
    ("text", "bare", "other"),
    [
        (
            "Турнир в школе Кировского района\n5 мая в 15:00 в школе Кировского района пройдёт "
            "турнир. В прошлом году победила команда Лесной школы Кировского района.",
            "школа Кировского района",
            "Лесн",
        ),
        (
            "Концерт в школе Кировского района\n5 мая в школе Кировского района пройдёт концерт,"
            " на него приедут ученики Сосновской средней школы Кировского района.",
            "школа Кировского района",
            "Сосновск",
        ),
        (
            "Выставка в музее истории края\n5 мая в 15:00 в музее истории края откроется "
            "выставка. Экспонаты предоставил Городской музей истории края.",
            "музей истории края",
            "Городск",
        ),
        (
            "Праздник в библиотеке Ленинского района\n5 мая в 15:00 в библиотеке Ленинского "
            "района пройдёт праздник. Гостей пригласила Центральная библиотека Ленинского района.",
            "библиотека Ленинского района",
            "Центральн",
        ),
        (  # my variants: a possessor and a subject of another verb
            "Соревнования в гимназии Советского района\n12 апреля в гимназии Советского района "
            "пройдут соревнования. Кубок вручат директору Первой гимназии Советского района.",
            "гимназия Советского района",
            "Перв",
        ),
        (
            "Лекция в библиотеке Заречного района\n12 апреля в 14:00 в библиотеке Заречного "
            "района состоится лекция. Книги для неё собрала Детская библиотека Заречного района.",
            "библиотека Заречного района",
            "Детск",
        ),
    ],
)
def test_a_fuller_name_in_another_role_is_another_place(text: str, bare: str, other: str) -> None:
    venue = parsed_venue(text) or ""
    assert other not in venue
    assert bare in venue


def test_a_fuller_name_after_its_own_preposition_is_taken() -> None:
    text = (
        "Спектакль в театре Центрального района\n"
        "Премьера пройдёт 12 апреля в Молодёжном театре Центрального района."
    )
    assert "Молодёжн" in (parsed_venue(text) or "")


@pytest.mark.parametrize(
    "text",
    [
        "15 марта ученики 8 класса провели вечер в компании Деда Мороза и Снегурочки "
        "в актовом зале.",
        "12 декабря в 15:00 ребята 9 класса в компании Марии Ивановны отправятся "
        "в кинотеатр «Мир».",
        "12 декабря в 15:00 ребята 9 класса в компании Петрова отправятся в кинотеатр «Мир».",
        "12 декабря ученики в компании Учителя года отправятся в кинотеатр «Мир».",
    ],
)
def test_a_company_of_people_is_no_venue(text: str) -> None:
    assert "компан" not in (parsed_venue(text) or "").lower()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("15 марта ученики 8 класса посетили компанию Стройтехмаш.", "Стройтехмаш"),
        ("15 марта ученики 8 класса побывали в компании «Мария».", "Мария"),
        ("15 марта ученики 8 класса побывали в компании Ростелеком.", "Ростелеком"),
    ],
)
def test_a_company_with_an_organisation_name_stays_a_venue(text: str, name: str) -> None:
    assert name in (parsed_venue(text) or "")
