"""Venues of real announcements (issue 10, point 5): groves, complexes and hyphenated places,
"перед зданием …", a host named with its adjectives, addresses written in the locative, a
meeting point that is not the venue, a trip's named destination and a place named bare at the
start of a chat message. Small cases written for each rule, not taken from a corpus."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-11-30T10:00")


def _venue(text: str) -> str:
    got = intent_to_json(parse_message(text, NOW))
    assert got["intent"] == "event", got
    return str(got["venue"])


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (  # a grove, a garden, a complex: places where an event is held
            "Городской легкоатлетический кросс пройдёт 12 декабря в 10:00 в Берёзовой роще. "
            "Участвуют команды школ района, заявки принимаются до 8 декабря.",
            "Берёзовая роща",
        ),
        (
            "Первенство по плаванию среди школьников состоится 12 декабря в 11:00 в "
            "спортивном комплексе «Волна». Команды школ привозят тренеры.",
            "спортивный комплекс «Волна»",
        ),
        (  # a hyphenated place noun stays whole
            "Литературная гостиная пройдёт 12 декабря в 17:00 в доме-музее поэта. "
            "Гости услышат стихи и романсы, вход свободный.",
            "дом-музей поэта",
        ),
        (  # "перед зданием …": in front of a building is where the event is
            "Флешмоб «Зимние забавы» пройдёт 12 декабря в 12:00 перед зданием районной "
            "администрации. Участвуют отряды волонтёров школ.",
            "перед зданием районной администрации",
        ),
        (  # an organisation's abbreviations and a name in straight quotes
            'Турнир по волейболу пройдёт 12 декабря в 10:00 в МБУ "Спортивная школа". '
            "Команды школ играют по круговой системе.",
            'МБУ "Спортивная школа"',
        ),
        (  # a site word before the place: the place is the venue
            "Наблюдения за Луной пройдут 12 декабря в 19:00 на смотровой площадке "
            "обсерватории. При облачной погоде покажут фильм о Луне.",
            "обсерватори",
        ),
        (  # the host named with its adjectives, a bare mention of the same place earlier
            "Вечер науки в музее\nУже третий год Районный историко-краеведческий музей "
            "проводит вечер науки. Приглашаем всех 12 декабря с 17.00 до 20.00 на встречу "
            "с учёными.",
            "краеведческий музей",
        ),
        (  # a meeting point after the event is not its venue; the plant the trip goes to is
            "Коллеги, в среду 16.12 экскурсия на фабрику Красный Октябрь для 7в, сбор в 8:40 "
            "у школы, автобус в 9:00. Согласия родителей сдать до понедельника!",
            "фабрика Красный",
        ),
    ],
)
def test_venues_of_long_posts(text: str, venue: str) -> None:
    assert venue.lower() in _venue(text).lower()


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Экскурсия в музей янтаря 6б, в четверг в 11:00", "музей янтаря"),
        ("экскурсия в зоопарк «Лимпопо» 3в в пятницу в 10:00, сбор у школы в 9:30", "Лимпопо"),
        ("Филармония 18.12 в 19:00, концерт для 8-х классов", "Филармония"),
        ("в четверг 17.12 театр Сказка, спектакль «Морозко» для 2-х классов в 11:00", "Сказка"),
        ("Квест 12.12 в 14:00 в библ. им. Пушкина для 5-х", "им. Пушкина"),
        ("Соревнования 12.12 в 11:00 на Московском проспекте, 25", "Московском проспекте"),
        ("Сбор 5 декабря в 11:00 у главного входа", "у главного входа"),
    ],
)
def test_venues_of_chat_lines(text: str, venue: str) -> None:
    got = _venue(text)
    assert venue.lower() in got.lower(), got
    assert "у школы" not in got


def test_a_bare_destination_stays_in_the_title_only() -> None:
    got = intent_to_json(parse_message("Экскурсия в библиотеку 1 декабря в 15:00", NOW))
    assert got["venue"] is None
    assert got["title"] == "Экскурсия в библиотеку"


def test_a_meeting_point_is_the_venue_only_when_no_other_place_is_named() -> None:
    got = intent_to_json(parse_message("Поход выходного дня 12.12, сбор в 9:00 у школы", NOW))
    assert got["venue"] == "у школы"
    got = intent_to_json(
        parse_message("Экскурсия в музей «Фридландские ворота» 12.12, сбор в 9:00 у школы", NOW)
    )
    assert "Фридландские ворота" in got["venue"]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (  # a room and the building it is in
            "Мастер-класс по 3D-моделированию от СПбГУ для 9-х 14.12 в 15:00, "
            "ул. Садовая 21, ауд 305",
            "ауд. 305, ул. Садовая 21",
        ),
        ("Защита проектов 14.12 в 11:00 в МГТУ ауд. 5.12, для 10-х", "ауд. 5.12, МГТУ"),
    ],
)
def test_a_room_names_its_building(text: str, venue: str) -> None:
    assert _venue(text) == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (  # a city written with "г.", and a hyphenated city in the locative
            "О проведении областного конкурса\nВ соответствии с планом работы Областного "
            "центра детского творчества 15 мая 2027 года в г. Петропавловск-Камчатский пройдёт "
            "областной конкурс юных техников. Заявки принимаются до 1 мая.",
            "Петропавловск-Камчатский",
        ),
        (
            "С 8 по 11 мая в Нижнем Новгороде пройдёт форум юных программистов. Участники "
            "также смогут посетить Нижегородский государственный университет.",
            "Нижн",
        ),
        (  # a capitalised adjective pymorphy3 guesses as a noun first ("Мининский")
            "Завтра, 12 августа, в Гайдаровский колледж на профильную смену «Юный педагог» "
            "приедут школьники области. Смена продлится 10 дней.",
            "Гайдаровский колледж",
        ),
        (  # an organisation with its quoted name as the subject of a host verb
            "В ночь с 20 на 21 мая музей-усадьба «Ясная поляна» присоединится к акции "
            "«Ночь музеев». Гостей ждут экскурсии и концерт.",
            "Ясная поляна",
        ),
    ],
)
def test_cities_hosts_and_guessed_adjectives(text: str, venue: str) -> None:
    assert venue.lower() in _venue(text).lower()


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (  # a place noun written with a prefix
            "Уважаемые коллеги! Просим направить учащихся 10 классов на профориентационную игру "
            "«Кем быть?», которая пройдёт 22 декабря в 13:00 в Калининградском бизнес-колледже "
            "(ул. Горького, 166). Заявки принимаются до 15 декабря.",
            "Калининградский бизнес-колледж (ул. Горького, 166)",
        ),
        (  # a lecture hall of a museum, a lake, a square named by the landmark beside it
            "Лекция «Как устроена память» для 9–11 классов состоится 17 декабря в 16:00 в "
            "лектории Музея Мирового океана. Вход по записи.",
            "лекторий Музея Мирового океана",
        ),
        (
            "Завтра, 3 декабря, на Верхнем озере пройдёт городской турнир по хоккею с шайбой "
            "среди школьных команд. Начало в 11:00.",
            "Верхнее озеро",
        ),
        (
            "В субботу, 12 декабря, в сквере у Дома советов пройдёт акция «Ёлка добра». "
            "Начало в 12:00. Приносите игрушки.",
            "сквер у Дома советов",
        ),
    ],
)
def test_prefixed_places_lecture_halls_lakes_and_landmarks(text: str, venue: str) -> None:
    assert _venue(text) == venue


@pytest.mark.parametrize(
    ("text", "venue", "title"),
    [
        (
            "Семинар 16 декабря в 14:00 на базе МАОУ СОШ № 56 для учителей физики",
            "МАОУ СОШ № 56",
            "Семинар для учителей физики",
        ),
        ("Турнир 16.12 в 10:00 на базе ДЮСШ «Юность»", "ДЮСШ «Юность»", "Турнир"),
        ("Лекция 5 декабря в 15:00 в музее «Янтарь»", "музей «Янтарь»", "Лекция"),
    ],
)
def test_a_chat_line_names_the_organisation_and_the_place_with_its_name(
    text: str, venue: str, title: str
) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert (got["venue"], got["title"]) == (venue, title)


def test_a_place_of_two_words_is_put_in_the_nominative_whole() -> None:
    text = (
        "Открытие выставки «Зимние узоры» состоится 9 декабря в 15:00 в выставочном зале "
        "Дома художника. На открытии выступят юные музыканты."
    )
    assert _venue(text) == "выставочный зал Дома художника"


def test_a_school_place_word_keeps_the_name_that_follows_it() -> None:
    got = intent_to_json(
        parse_message("Первенство по лёгкой атлетике 6 декабря в 14:00 на стадионе «Балтика»", NOW)
    )
    assert got["venue"] == "стадион «Балтика»"
    assert got["title"] == "Первенство по лёгкой атлетике"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "16.12 в 15:00 в ДК Железнодорожников отчётный концерт вокальной студии, "
            "приглашаются все желающие",
            "ДК Железнодорожников",
        ),
        (
            "Приглашаем ребят 7-8 классов на экскурсию в АО «Янтарный комбинат» 18 декабря "
            "в 9:00, сбор у школы в 8:30",
            "АО «Янтарный комбинат»",
        ),
        (
            "Городской музей приглашает школьников 5-6 классов 10 декабря в 11:00 на "
            "интерактивное занятие по истории края",
            "Городской музей",
        ),
    ],
)
def test_chat_lines_name_organisations_and_hosts(text: str, venue: str) -> None:
    assert _venue(text) == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (  # one long sentence of a partner is read like a post
            "18 декабря в 12:00 в здании Правительства Калининградской области состоится "
            "награждение победителей регионального этапа конкурса «Учитель года».",
            "здание Правительства Калининградской области",
        ),
        (  # a place named and its address after "на"
            "Мастер-класс по изготовлению ёлочных игрушек пройдёт 19 декабря с 12:00 до 14:00 "
            "в Доме творчества «Кругозор» на ул. Горького, 2. Материалы бесплатно.",
            "Дом творчества «Кругозор», ул. Горького, 2",
        ),
        (  # a legal form, the kind of school and its number, written undeclined
            "Турнир по шахматам среди учащихся начальных классов пройдёт 13 декабря в 10:00 в "
            "МАОУ лицей № 23. Регистрация участников с 9:30.",
            "МАОУ лицей № 23",
        ),
    ],
)
def test_partner_sentences_and_schools_by_legal_form(text: str, venue: str) -> None:
    assert _venue(text) == venue


def test_a_meeting_point_is_not_added_to_the_venue() -> None:
    text = (
        "Приглашаем ребят 7-8 классов на экскурсию в АО «Янтарный комбинат» 18 декабря в 9:00, "
        "сбор у школы в 8:30"
    )
    assert _venue(text) == "АО «Янтарный комбинат»"


def test_a_memorial_is_a_place_and_the_school_entrance_a_meeting_point() -> None:
    text = (
        "Встреча с ветеранами пройдёт 7 мая в 12:00 у мемориала воинам-освободителям. "
        "Сбор классов в 11:30 у главного входа школы."
    )
    assert _venue(text).startswith("у мемориала")


def test_an_address_in_brackets_after_an_abbreviation_is_that_organisations() -> None:
    text = (
        "Коллеги, 11 декабря в 14:00 в КГТУ (Советский пр-т, 1) пройдёт семинар для учителей "
        "химии, просьба сообщить участников до 8 декабря"
    )
    assert _venue(text) == "КГТУ, Советский пр-т, 1"


def test_a_host_school_stays_beside_its_hall_when_a_gathering_is_not_mentioned() -> None:
    text = (
        "Детская школа искусств №1 приглашает на новогодний концерт учащихся «Рождественские "
        "встречи». Концерт состоится 24 декабря в 18:00 в большом зале школы."
    )
    assert _venue(text) == "большой зал школы, Детская школа искусств №1"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (  # a house of culture or creativity with an adjective inside its name
            "Юные шахматисты сразятся за звание чемпиона\n14 декабря в 10:00 в Доме детского "
            "творчества пройдёт открытое первенство района по шахматам среди школьников.",
            "Дом детского творчества",
        ),
        (  # a hall named with a prefix is not the school's hall
            "Новогодний бал для старшеклассников «Зимняя сказка» состоится 28 декабря в 18:00 "
            "в Янтарь-холле. Дресс-код — вечерний.",
            "Янтарь-холл",
        ),
    ],
)
def test_houses_of_creativity_and_prefixed_halls(text: str, venue: str) -> None:
    assert _venue(text) == venue
