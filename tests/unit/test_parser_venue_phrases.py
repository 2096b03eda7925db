"""Where a place phrase begins and ends (issue 10, point 5): the organisation after "на базе"
put in the nominative by its noun, not by its capital ("Станции юных натуралистов" ->
"Станция юных натуралистов"); a programme line naming a hall and its building without a
preposition ("начало в 15:00, малый зал Дворца молодёжи «Юность»"); a place's name ends with
its sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.core.language.place_words import find_address, nominative_words, right_words, tidy_address
from tests.title_probe import parsed_venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Конкурс «Зимняя кормушка» для 3-4 классов пройдёт 5 декабря в 10:00 на базе "
            "Станции юных натуралистов. Работы принимаются до 1 декабря.",
            "Станция юных натуралистов",
        ),
        (
            "Турнир по шашкам среди учащихся 5-7 классов состоится 9 декабря в 14:00 на базе "
            "Центральной городской библиотеки. Заявки — у классных руководителей.",
            "Центральная городская библиотека",
        ),
        (
            "Олимпиада по информатике пройдёт 11 декабря в 9:00 на базе МАОУ гимназии № 40, "
            "участники приходят к 8:30.",
            "МАОУ гимназия № 40",
        ),
    ],
)
def test_the_organisation_after_na_baze_in_the_nominative(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


@pytest.mark.parametrize(
    ("words", "shown"),
    [
        ("Станции юных техников", "Станция юных техников"),
        ("Дворца детского творчества «Юность»", "Дворец детского творчества «Юность»"),
        ("МАОУ СОШ № 5", "МАОУ СОШ № 5"),  # abbreviations only: as written
    ],
)
def test_nominative_words_inflects_the_noun_not_the_adjective_after_it(
    words: str, shown: str
) -> None:
    assert nominative_words(words.split()) == shown


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Конкурс чтецов «Зимние строки» для учащихся 5-9 классов.\nОтборочный тур: 10 "
            "декабря, начало в 15:00, малый зал Дворца молодёжи «Юность»\nФинал: 18 декабря. "
            "Положение о конкурсе — на сайте.",
            "малый зал Дворца молодёжи «Юность»",
        ),
        (
            "Фестиваль школьных хоров проходит с 1 по 20 декабря.\nПрослушивание: 12 декабря "
            "в 12:00, концертный зал Детской школы искусств № 2\nГала-концерт: 20 декабря.",
            "концертный зал Детской школы искусств № 2",
        ),
    ],
)
def test_a_programme_line_names_a_hall_and_its_building(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


def test_a_hall_without_a_building_named_is_noparsed_venue() -> None:
    text = (
        "Спектакль для 5-х классов 12 декабря в 11:00. Вход свободный, зал вмещает 200 "
        "человек, билеты не нужны."
    )
    assert parsed_venue(text) is None


def test_a_places_name_ends_with_its_sentence() -> None:
    text = "в Доме юных техников. Работы принимаются до пятницы"
    assert right_words(text, text.index(" юных")) == " юных техников."


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Рождественские чтения для 5-7 классов пройдут 18 декабря в 15:00 в «Доме-музее "
            "Чайковского». Вход свободный.",
            "Дом-музей Чайковского",
        ),
        (
            "Мастер-класс по росписи пряников состоится 20 декабря в 12:00 в «Детской "
            "библиотеке на Садовой», приглашаем семьи с детьми.",
            "Детская библиотека на Садовой",
        ),
    ],
)
def test_a_place_whose_whole_name_is_quoted(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


def test_a_quoted_event_after_na_is_no_place() -> None:
    text = (
        "Приглашаем ребят 19 декабря в 18:00 на «Ночь музеев» — двери откроются для всех желающих."
    )
    assert parsed_venue(text) is None


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Встреча с детским писателем пройдёт 10 декабря в 16:00 в Доме книги, приглашаем "
            "учащихся 3-4 классов.",
            "Дом книги",
        ),
        (
            "Фестиваль национальных культур для 7-9 классов состоится 14 декабря в 12:00 в "
            "Доме дружбы народов. Вход свободный.",
            "Дом дружбы народов",
        ),
        (
            "Пресс-конференция юных корреспондентов школьной газеты пройдёт 9 декабря в 15:00 "
            "в Доме журналиста, вход по спискам.",
            "Дом журналиста",
        ),
    ],
)
def test_a_house_named_with_a_capital_is_a_place(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


def test_a_house_in_small_letters_is_no_place() -> None:
    text = (
        "Новогодний утренник для малышей пройдёт 27 декабря в 11:00 в доме бабушки Насти, "
        "приходите с подарками."
    )
    assert parsed_venue(text) is None


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Географический диктант пройдёт 14 декабря в 11:00 в школе при Посольстве России, "
            "участвуют учащиеся 7-11 классов.",
            "школа при Посольстве России",
        ),
        (
            "Олимпиада по физике для 9-11 классов состоится 15 декабря в 10:00 в лицее при "
            "МГУ, при себе иметь паспорт.",
            "лицей при МГУ",
        ),
    ],
)
def test_a_place_attached_to_a_named_one(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


def test_pri_in_small_letters_attaches_no_place() -> None:
    text = (
        "Конкурс проектов пройдёт 16 декабря в 12:00 в школе № 5 при поддержке городского "
        "управления образования."
    )
    assert parsed_venue(text) == "школа № 5"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "КАЗАНЬ, 5 декабря. Республиканский конкурс юных чтецов пройдёт 14 декабря в 11:00 "
            "в Национальной библиотеке Республики Татарстан. Участвуют школьники 5-11 классов.",
            "Национальная библиотека Республики Татарстан",
        ),
        (
            "Турнир по шахматам среди школьников пройдёт 14 декабря в 11:00 в Доме шахмат "
            "Республики Коми, регистрация участников с 10:00.",
            "Дом шахмат Республики Коми",
        ),
    ],
)
def test_a_place_name_after_a_capitalised_genitive(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Семинар для вожатых состоится 21 декабря в 10:00 на площадке МАУ ДО «Дом детского "
            "творчества». Заявки до 18 декабря.",
            "МАУ ДО «Дом детского творчества»",
        ),
        (
            "Мастер-классы по 3D-моделированию пройдут 19 декабря в 15:00 на базе Центра "
            "цифрового образования «IT-куб». Приглашаем 6-8 классы.",
            "Центр цифрового образования «IT-куб»",
        ),
        (
            "Научно-практическая конференция школьников пройдёт 22 декабря в 11:00 на базе "
            "Калининградского областного института развития образования.",
            "Калининградский областной институт развития образования",
        ),
    ],
)
def test_an_organisation_after_na_baze_or_na_ploshchadke(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("в спортзале школы № 46 на улице Горького. Команды 5-6 классов", None),
        ("в библиотеке на ул. А. Невского, 14. Вход свободный", "ул. А. Невского, 14"),
        ("во дворце по адресу: ул. О. Кошевого, 2. Начало в 12:00", "ул. О. Кошевого, 2"),
    ],
)
def test_an_address_stops_at_its_sentences_end(text: str, address: str | None) -> None:
    found = find_address(text)
    assert (tidy_address(found.group(0)) if found else None) == address


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Классный час 15.12 в 13:00 в кабинете физики", "кабинет физики"),
        ("Линейка 12 декабря в 10:00 в рекреации 1 этажа", "рекреация 1 этажа"),
        ("Выставка рисунков 14.12 в 12:00 в холле 2 этажа", "холл 2 этажа"),
        ("Фотовыставка 14.12 в 12:00 в фойе", "фойе"),
    ],
)
def test_a_school_room_in_a_chat_line_in_the_nominative(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue
