"""Venues (issue 10, point 5): rooms, numbered halls, named places, addresses, online links,
and a partner's hall that is not the school's."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-11-30T10:00")


@pytest.mark.parametrize(
    ("text", "venue", "title"),
    [
        ("Совещание 5 декабря в 15:00, 204 кабинет", "каб. 204", "Совещание"),
        ("Турнир 5 декабря в 15:00, спортзал №2", "спортзал", "Турнир"),
        ("Концерт 5 декабря в 15:00 в школе №94", "школа №94", "Концерт"),
        ("Экскурсия 5 декабря в Калининградском зоопарке", "Калининградский зоопарк", "Экскурсия"),
        ("Сбор 5 декабря в 11:00 у 18-го причала", "у 18-го причала", "Сбор"),
        (
            "Лекция 5 декабря в 15:00, ул. Профессора Баранова, д. 43, корпус 2; этаж 3",
            "ул. Профессора Баранова, д. 43, корпус 2; этаж 3",
            "Лекция",
        ),
        ("Лекция 5 декабря в 15:00, Советский пр-т, 1", "Советский пр-т, 1", "Лекция"),
        ("Лекция 5 декабря в 15:00 в КГТУ", "КГТУ", "Лекция в КГТУ"),
        ("Лекция 5 декабря в 15:00 в актовом зале КГТУ", "актовый зал КГТУ", "Лекция"),
        ("Концерт 5 декабря в 15:00 в актовом зале", "актовый зал", "Концерт"),
        (
            "Лекция 5 декабря в 15:00 в Центральной детской библиотеке №14",
            "Центральная детская библиотека №14",
            "Лекция",
        ),
    ],
)
def test_venues(text: str, venue: str, title: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert got["venue"].startswith(venue)
    assert got["title"] == title


def test_online_event_keeps_its_link() -> None:
    got = intent_to_json(
        parse_message("Вебинар 5 декабря в 15:00 онлайн https://zoom.us/j/123", NOW)
    )
    assert (got["venue"], got["online"], got["title"]) == (
        "онлайн",
        "https://zoom.us/j/123",
        "Вебинар",
    )


def test_a_destination_stays_in_the_title() -> None:
    got = intent_to_json(parse_message("Экскурсия в музей 5 декабря в 11:00", NOW))
    assert got["title"] == "Экскурсия в музей"


def test_room_numbers_are_never_dates_or_grades() -> None:
    got = intent_to_json(parse_message("Лекция 5 декабря в 15:00, ауд. 12.05", NOW))
    assert (got["start"], got["grades"], got["venue"]) == ("2026-12-05T15:00", [], "ауд. 12.05")


@pytest.mark.parametrize(
    ("post", "venue"),
    [
        (  # a labelled address keeps the dots of its abbreviations
            "Лекция для старшеклассников пройдёт 5 декабря. Начало в 11:00. "
            "Адрес: ул. Ленина, д. 8. Вход свободный.",
            "ул. Ленина, д. 8",
        ),
        (  # "на территории парка": the park, not the library that organises it
            "Сотрудники Центральной детской библиотеки 6 декабря на территории парка "
            "«Юность» проведут литературную программу. Программа начнётся в 11:00.",
            "«Юность»",
        ),
        (  # a bare "библиотека" gives way to the mention that names it
            "В библиотеке на Лесной проведут мастер-класс «Снежинка». В библиотеке №7 "
            "пройдёт встреча для детей. Событие начнётся 5 декабря в 15:00.",
            "библиотека №7",
        ),
    ],
)
def test_venues_of_posts(post: str, venue: str) -> None:
    got = intent_to_json(parse_message(post, NOW))
    assert venue.lower() in (got["venue"] or "").lower()


def test_the_organisers_library_is_not_the_place_on_a_parks_grounds() -> None:
    post = (
        "Сотрудники Центральной детской библиотеки 6 декабря на территории парка «Юность» "
        "проведут литературную программу. Программа начнётся в 11:00."
    )
    venue = intent_to_json(parse_message(post, NOW))["venue"]
    assert venue.lower().startswith("парк")


@pytest.mark.parametrize(
    ("post", "venue"),
    [
        (  # initials of a name after "им." do not end the place
            "Праздник пройдёт 6 декабря в Центральном парке культуры и отдыха им. Ю. А. "
            "Гагарина. Начало в 12:00, вход свободный.",
            "Центральный парк культуры и отдыха им. Ю. А. Гагарина",
        ),
        (  # "на площадках колледжей": the colleges, never the word "площадки"
            "На площадках 20 колледжей 10 декабря состоится фестиваль профессий. В "
            "Калининградском колледже сервиса школьники освоят навыки повара.",
            "Калининградский колледж сервиса",
        ),
        (  # a place beside a building keeps its relation as written
            "Эстафета стартует 8 декабря в 11:00 справа от главного корпуса КГТУ. Приглашаем "
            "всех желающих болеть за команды.",
            "справа от главного корпуса КГТУ",
        ),
        (
            "Квест для команд школ пройдёт 7 декабря. Сбор участников в 10:00 у входа в парк "
            "«Юность», команды по 5 человек, при себе иметь воду.",
            "у входа в парк «Юность»",
        ),
        (  # "в актовом" is short for the assembly hall
            "Концерт хора состоится 9 декабря в 18:00 в актовом. Приходите всей семьёй, вход "
            "свободный для всех желающих.",
            "актовый зал",
        ),
        (  # a place noun with its genitive ("Доме культуры") in the nominative
            "Приглашаем ребят от 7 до 10 лет на новогодний утренник «Зимняя сказка» 27 декабря "
            "в 11:00 в Доме культуры моряков. Билеты в кассе.",
            "Дом культуры моряков",
        ),
        (  # a university's abbreviation when the post names no other place
            "Уважаемые руководители! Направляем информацию о проведении регионального этапа "
            "олимпиады по робототехнике. Этап пройдёт 16 декабря в 10:00 в КГТУ.",
            "КГТУ",
        ),
    ],
)
def test_venues_of_posts_by_relation_and_name(post: str, venue: str) -> None:
    got = intent_to_json(parse_message(post, NOW))
    assert (got["venue"] or "").startswith(venue), got["venue"]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Сбор 7 декабря в 10:00 у входа в парк «Юность»", "у входа в парк «Юность»"),
        ("Эстафета 8 декабря в 11:00 возле главного корпуса КГТУ", "возле главного корпуса КГТУ"),
        ("Концерт 9 декабря в 18:00 в актовом", "актовый зал"),
    ],
)
def test_chat_venues_by_relation(text: str, venue: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert got["venue"] == venue


@pytest.mark.parametrize(
    "text",
    [
        "Лекция 5 декабря в 15:00 в актовом зале колледжа",
        "Профпробы 5 декабря в 15:00 в актовом зале университета",
        "Калининградский колледж сервиса приглашает школьников на профпробы 11 декабря в "
        "14:00. Занятия пройдут в актовом зале колледжа по адресу ул. Ленина, д. 5.",
    ],
)
def test_a_partners_hall_is_not_the_schools(text: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert got["venue"] != "актовый зал"
    assert "колледж" in got["venue"] or "университет" in got["venue"], got["venue"]
    assert "колледж" not in got["title"].lower() or "колледж сервиса" in got["title"].lower()


@pytest.mark.parametrize(
    ("post", "venue"),
    [
        (  # "на базе школы №5": the school, not "база"
            "Уважаемые коллеги! 12 декабря в 15:00 на базе МАОУ СОШ № 5 состоится муниципальный "
            "этап конкурса чтецов «Живая классика». Просим направить заявки до 8 декабря.",
            "МАОУ СОШ № 5",
        ),
        (  # the museum that invites to its own tour is where it is held
            "Музей Мирового океана приглашает школьников на интерактивную экскурсию «Тайны "
            "глубин». Экскурсия пройдёт 6 декабря в 12:00, продолжительность 1 час.",
            "Музей Мирового океана",
        ),
    ],
)
def test_venue_of_a_post_by_its_host(post: str, venue: str) -> None:
    got = intent_to_json(parse_message(post, NOW))
    assert (got["venue"] or "").startswith(venue), got["venue"]


@pytest.mark.parametrize(
    ("post", "venue"),
    [
        (
            "Уважаемые коллеги! Направляем приглашение на игру «Что? Где? Когда?» для команд "
            "8–9 классов. Игра состоится 11 декабря в 15:30 в Доме молодёжи (ул. Победы, 4).",
            "Дом молодёжи (ул. Победы, 4)",
        ),
        (  # a room keeps its number and is named in the nominative singular
            "Университет проводит для старшеклассников цикл лекций по математике. Первая лекция "
            "«Простые числа» состоится 4 декабря в 16:00 в аудитории 231 главного корпуса.",
            "аудитория 231 главного корпуса",
        ),
        (
            "Добрый день! Информируем о проведении акции «Покормите птиц зимой». Акция пройдёт "
            "с 1 по 20 декабря, кормушки принимаются в кабинете 105.",
            "кабинет 105",
        ),
        (  # a theatre that shows its play is where it is shown
            "Театр кукол покажет спектакль «Щелкунчик» для учеников начальной школы 16 декабря "
            "в 10:00. Стоимость билета 350 рублей.",
            "Театр кукол",
        ),
    ],
)
def test_venues_of_posts_with_rooms_and_hosts(post: str, venue: str) -> None:
    got = intent_to_json(parse_message(post, NOW))
    assert got["venue"].startswith(venue), got["venue"]


@pytest.mark.parametrize(
    ("post", "venue"),
    [
        (  # an organisation named by its abbreviations and a quoted name, with its address
            "Уважаемые педагоги! Приглашаем учащихся 7–8 классов на городскую игру «Умники и "
            "умницы». Игра состоится 10 декабря в 14:00 в МАУДО ЦДО «Информационные технологии» "
            "(ул. Коммунистическая, 40). Заявки до 5 декабря.",
            "МАУДО ЦДО «Информационные технологии», ул. Коммунистическая, 40",
        ),
        (  # a room written short, with the address after it
            "Кафедра истории университета проводит открытую лекцию для школьников. Лекция "
            "пройдёт 8 декабря в 15:00 в ауд. 301, Советский пр-т, 1.",
            "ауд. 301, Советский пр-т, 1",
        ),
        (  # the event's sentence says online: the organisation named earlier is not the venue
            "Приглашаем учеников 9–11 классов на встречу с представителями Балтийской "
            "государственной академии. Встреча пройдёт онлайн 11 декабря в 15:00, ссылка: "
            "https://vk.com/call/abc",
            "онлайн",
        ),
    ],
)
def test_venues_of_posts_by_abbreviation_room_or_online(post: str, venue: str) -> None:
    got = intent_to_json(parse_message(post, NOW))
    assert got["venue"] == venue


def test_a_school_on_whose_premises_it_is_held_reads_in_the_nominative() -> None:
    post = (
        "Уважаемые коллеги! 11 декабря 2026 года на базе МАОУ гимназии № 40 пройдёт городской "
        "семинар для учителей информатики «Цифровые инструменты на уроке». Начало в 14:00."
    )
    assert intent_to_json(parse_message(post, NOW))["venue"] == "МАОУ гимназия № 40"


@pytest.mark.parametrize(
    ("post", "venue"),
    [
        (  # a partner inviting to its own hall: its hall, never the school's
            "КГТУ приглашает старшеклассников на лекцию «Роботы в море». Лекция пройдёт 9 "
            "декабря в 15:00 в актовом зале. Вход по паспорту.",
            "актовый зал, КГТУ",
        ),
        (
            "Музей янтаря приглашает школьников на занятие «Янтарные слёзы». Занятие пройдёт 9 "
            "декабря в 11:00 в конференц-зале музея.",
            "конференц-зал музея",
        ),
    ],
)
def test_a_partners_post_about_its_own_hall(post: str, venue: str) -> None:
    assert intent_to_json(parse_message(post, NOW))["venue"] == venue
