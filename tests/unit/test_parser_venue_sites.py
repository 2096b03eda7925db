"""Venues read from the grammar of the phrase around a place (issue 10, point 5): a place in
the genitive after a part of it ("на беговых дорожках стадиона «…»"), an organisation that
invites to its own premises, a later mention that names the place more fully, a hall that
already names its building, and a page's credit line, which names no venue. Sentences
written for these tests, in words of their own (not taken from any corpus post)."""

from __future__ import annotations

import pytest

from tests.title_probe import parsed_venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "С 14 по 20 декабря в павильонах выставочного центра «Экспо» пройдёт ярмарка "
            "профессий для выпускников. Участие бесплатное, нужна регистрация.",
            "выставочный центр «Экспо»",
        ),
        (
            "Первенство по лыжным гонкам среди школьников\n19 декабря в 10:00 старт на "
            "трассах спортивной базы «Снежинка». Регистрация участников с 9:00.",
            "спортивная база «Снежинка»",
        ),
        (
            "Вечер поэзии для старшеклассников\nВ Ленинском отделении Городской библиотеки "
            "имени Пушкина 16 декабря в 17:00 пройдёт вечер поэзии. Вход свободный.",
            "Ленинское отделение Городской библиотеки имени Пушкина",
        ),
        (
            "Новогодний концерт для учеников начальной школы\nКонцерт состоится 24 декабря в "
            "12:00 на открытой веранде Дворца пионеров. Приглашаем ребят и родителей.",
            "Дворец пионеров",
        ),
    ],
)
def test_a_place_in_the_genitive_after_a_part_of_it(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


@pytest.mark.parametrize(
    "text",
    [
        # a part of a place the post does not name
        "20 декабря в 12:00 праздник двора: на аллеях парка будут работать игровые площадки "
        "и конкурсы для детей младшего возраста.",
        # a derived preposition: the programme is no site
        "Праздник пройдёт 20 декабря в 12:00 в рамках программы Дома культуры «Радуга», а "
        "подробности можно узнать у классных руководителей.",
        # a page of a site is no place
        "Итоги олимпиады подведут 18 декабря в 15:00, протоколы опубликуют на странице "
        "колледжа «Политех» в социальной сети.",
    ],
)
def test_a_noun_that_is_no_site_adds_noparsed_venue(text: str) -> None:
    assert parsed_venue(text) is None


def test_the_press_office_of_a_museum_is_not_theparsed_venue() -> None:
    text = (
        "Экскурсия для 6-х классов состоится 15 декабря в 10:00, сообщили в пресс-службе "
        "Областного краеведческого музея. Сбор у школы в 9:30."
    )
    assert "музей" not in (parsed_venue(text) or "").lower()


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Городской планетарий приглашает ребят и родителей на праздник науки 13 декабря.\n"
            "В программе:\n11.00 — экскурсия по обсерватории.\n12.00 — лекция о кометах.",
            "Городской планетарий",
        ),
        (
            "Краеведческий музей приглашает школьников на день открытых дверей 6 декабря.\n"
            "10:00 — прогулка по старому парку.\n11:00 — мастер-класс в гончарной мастерской.",
            "Краеведческий музей",
        ),
    ],
)
def test_a_host_inviting_to_its_own_day_outranks_a_programme_item(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


def test_a_host_inviting_elsewhere_gives_way_to_the_place_it_names() -> None:
    text = (
        "Областная библиотека приглашает 12 декабря в 15:00 на встречу с поэтом в "
        "конференц-зале Дома учёных. Вход по пригласительным."
    )
    assert parsed_venue(text) == "конференц-зал Дома учёных"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Кукольный театр «Сказка» приглашает 12 декабря в 11:00 на спектакль в малом зале "
            "Областной филармонии. Билеты в кассе.",
            "малый зал Областной филармонии",
        ),
        (
            "Молодёжный театр приглашает школьников на премьеру. Спектакль «Снежная королева» "
            "пройдёт 20 декабря в 12:00 на сцене Дворца культуры «Железнодорожник».",
            "сцена Дворца культуры «Железнодорожник»",
        ),
    ],
)
def test_a_hall_that_names_its_building_gets_no_other_building(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Бесплатный киносеанс в городском парке\n\nВ пятницу, 4 декабря, кинофонд покажет "
            "семейную комедию в городском Парке культуры и отдыха имени Гагарина. Начало в "
            "18.00.",
            "городской Парк культуры и отдыха имени Гагарина",
        ),
        (
            "Зимний бал в театре\n\n26 декабря в 18:00 выпускники встретятся в Театре юного "
            "зрителя имени Брянцева на зимнем балу.",
            "Театр юного зрителя имени Брянцева",
        ),
    ],
)
def test_a_later_mention_naming_the_place_more_fully_wins(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


@pytest.mark.parametrize(
    "text",
    [
        "Лекция о космосе пройдёт 12 декабря в 16:00 в Доме науки. Вход свободный.\n"
        "Источник: пресс-служба Городского планетария",
        "В Доме науки 12 декабря в 11:00 пройдёт День науки для школьников.\n"
        "Источник: отдел «Пресс-центр» ГБУК «Музей науки»",
        "Концерт хора пройдёт 12 декабря в 16:00 в Доме науки, вход свободный.\n"
        "Фото: отдел информации Музея истории города",
    ],
)
def test_a_credit_line_names_noparsed_venue(text: str) -> None:
    assert parsed_venue(text) == "Дом науки"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Уважаемые коллеги! Олимпиада по биологии состоится 14 декабря в 10:00 на базе МБОУ "
            "«Лицей № 3». Контактный телефон: 8 (4012) 55-66-77. Адрес управления образования: "
            "ул. Кирова, 5.",
            "МБОУ «Лицей № 3»",
        ),
        (
            "Конкурс чтецов для 5-7 классов пройдёт 15 декабря в 14:00 в Доме литераторов. "
            "Заявки присылайте до 10 декабря. Адрес оргкомитета: ул. Гоголя, 12, каб. 3.",
            "Дом литераторов",
        ),
        (  # the venue's own address stays
            "Встреча с писателем пройдёт 15 декабря в 14:00 в библиотеке №12. Вход свободный. "
            "Адрес библиотеки: ул. Гоголя, 12.",
            "библиотека №12, ул. Гоголя, 12",
        ),
    ],
)
def test_an_address_labelled_as_another_bodys_is_not_the_venues(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


@pytest.mark.parametrize(
    ("text", "not_venue"),
    [
        (
            "Фотосессия на фоне Дворца пионеров для выпускников будет 20 декабря в 12:00, а "
            "выпускной вечер пройдёт в кафе «Ласточка».",
            "Дворец",
        ),
        (
            "Лекция о роли женщин в истории Эрмитажа пройдёт 12 декабря в 15:00, вход "
            "свободный, приглашаются 8-11 классы.",
            "Эрмитаж",
        ),
    ],
)
def test_an_abstract_noun_before_a_place_is_no_site(text: str, not_venue: str) -> None:
    assert not_venue not in (parsed_venue(text) or "")
