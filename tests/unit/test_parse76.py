"""parse76: round 41's parser leftovers (COMMON75 «Round 41 leftovers», the parser bullet),
each read on sentences written for the test in several shapes. Figures and the posts they came
from: tests/data/parse76.md."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.greeting_names import greeting_name
from bot.core.language.intents import parse_message

TODAY = "2026-12-06T10:00"  # a Sunday


def _chat(text: str) -> dict[str, object]:
    """A chat line as the chat reads it."""
    return intent_to_json(parse_message(text, datetime.fromisoformat(TODAY), day_in_period=True))


# names that are nouns first («Любовь», «Вера», «Надежда») and names in Latin letters
@pytest.mark.parametrize(
    ("name", "greeted"),
    [
        ("Любовь", "Любовь"),
        ("Любовь Петровна", "Любовь Петровна"),
        ("Ученик 9Б Вера", "Вера"),
        ("Надежда Сергеевна Орлова", "Надежда Сергеевна Орлова"),
        ("Kostya", "Kostya"),
        ("Kostya Ivanov", "Kostya Ivanov"),
        ("Anna-Maria Smith", "Anna-Maria Smith"),
        # still nobody: role words, an organisation, an acronym
        ("Партнёр Музей янтаря", ""),
        ("Партнёр IT-Cube", ""),
        ("VK", ""),
        ("Педагог", ""),
    ],
)
def test_a_greeting_knows_noun_names_and_latin_names(name: str, greeted: str) -> None:
    assert greeting_name(name) == greeted


def _post(text: str, now: str) -> dict[str, object]:
    """A long post as the bench reads it (no day_in_period)."""
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# «В парке рады гостям»: a short adjective ends the place though a noun reading comes first
@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("В парке рады гостям: 12 декабря в 12:00 пройдёт праздник зимы.", "парк"),
        ("12 декабря в 12:00 в парке рады видеть всех на празднике зимы.", "парк"),
        ("В музее рады всем: 13 декабря в 11:00 экскурсия для 5Б.", "музей"),
        ("В библиотеке рады читателям — 14 декабря в 15:00 встреча с писателем.", "библиотека"),
        # a name in quotes keeps its word
        ("Концерт 12 декабря в 18:00 в доме культуры «Рады»", "дом культуры «Рады»"),
    ],
)
def test_a_short_adjective_ends_the_place(text: str, venue: str) -> None:
    assert _chat(text)["venue"] == venue


# «в 3 корпусе нашей школы»: a bare number before a building's noun is its ordinal
@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("20 декабря в 3 корпусе нашей школы пройдёт урок мужества.", "корпус № 3 нашей школы"),
        ("Урок мужества 20 декабря в 10:00 во 2 корпусе гимназии", "корпус № 2 гимназии"),
        ("Концерт 20 декабря в 18:00 в 1 корпусе", "корпус № 1"),
        ("Выставка откроется 20 декабря в 5 павильоне ВДНХ.", "павильон № 5 ВДНХ"),
    ],
)
def test_a_numbered_building_in_a_chat_line(text: str, venue: str) -> None:
    assert _chat(text)["venue"] == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Встреча с ветеранами.\n14 января 2020 года в 3 корпусе нашей школы состоялся «Урок"
            " мужества» для обучающихся 7 и 9 классов. Встречу подготовили члены Совета"
            " ветеранов.",
            "корпус № 3 нашей школы",
        ),
        (
            "День науки в лицее\n14 января 2020 года во 2 здании лицея прошла ярмарка"
            " научных проектов. Ребята показали гостям свои опыты и модели, лучшие работы"
            " отмечены грамотами.",
            "здание № 2 лицея",
        ),
        (
            "Концерт для ветеранов\n14 января 2020 года в 1 корпусе гимназии прошёл концерт"
            " хора. Ветераны поблагодарили ребят за тёплую встречу и пригласили их в гости.",
            "корпус № 1 гимназии",
        ),
    ],
)
def test_a_numbered_building_in_a_post(text: str, venue: str) -> None:
    assert _post(text, "2020-01-15T12:00")["venue"] == venue


def test_buildings_counted_are_no_place() -> None:
    """«в 3 корпусах» (a plural) counts buildings: no «корпус № 3»."""
    assert "№ 3" not in str(_chat("Уроки 15 декабря пройдут в 3 корпусах школы")["venue"])


# a trip's gathering point is the card's 🚩 line, never also its venue; the venue is where
# the trip goes (parse77: it had been none)
@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Поездка в Казань для 40 учеников из гимназии пройдёт 14 декабря. Сбор у школы в 7:00.",
            "Казань",
        ),
        ("Экскурсия в Эрмитаж 14 декабря. Сбор у школы в 9:00.", "Эрмитаж"),
        ("14 декабря поездка в Великий Новгород, сбор у школы в 7:00", "Великий Новгород"),
        ("Экскурсия в Эрмитаж 14 декабря, сбор в 9:00 у главного входа школы", "Эрмитаж"),
    ],
)
def test_a_gathering_point_is_not_the_venue(text: str, venue: str) -> None:
    assert _chat(text)["venue"] == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Сбор 5 декабря у причала в 9:00", "у причала"),  # the gathering is the event
        ("Поход 5 декабря, сбор в 9:30 у школы", "у школы"),  # no destination: begins there
        ("Экскурсия в музей янтаря 15 декабря. Собираемся у школы в 9:30.", "музей янтаря"),
    ],
)
def test_a_gathering_alone_or_beside_a_place_keeps_its_reading(text: str, venue: str) -> None:
    assert _chat(text)["venue"] == venue


# who performs is no event: «Наши ребята выступят …» is their performance
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("НАШИ РЕБЯТА ВЫСТУПЯТ НА БОЛЬШОЙ ПЕРЕМЕНЕ 12 ДЕКАБРЯ В 10:00", "Выступление наших ребят"),
        ("Наши ребята выступят на большой перемене 12 декабря в 10:00", "Выступление наших ребят"),
        ("Хор школы выступит 12 декабря в 10:00 в актовом зале", "Выступление хора школы"),
        ("Ученики 5Б выступят 12 декабря в 10:00 в актовом зале", "Выступление учеников"),
        ("Младший хор выступит 14 декабря в 17:00", "Выступление младшего хора"),
    ],
)
def test_performers_name_their_performance(text: str, title: str) -> None:
    assert _chat(text)["title"] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Концерт 12 декабря в 18:00, выступят ученики музыкальной школы", "Концерт"),
        ("Ребята поедут в Москву 12 декабря и выступят на фестивале", "Ребята поедут в Москву"),
    ],
)
def test_a_named_event_or_another_act_keeps_its_title(text: str, title: str) -> None:
    assert _chat(text)["title"] == title


# a lesson or a break beside the sentence's own clock: the clock stands, nothing asked
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("НАШИ РЕБЯТА ВЫСТУПЯТ НА БОЛЬШОЙ ПЕРЕМЕНЕ 12 ДЕКАБРЯ В 10:00", "2026-12-12T10:00"),
        ("Флешмоб 9 декабря в 10:10 на большой перемене", "2026-12-09T10:10"),
        ("Консультация 10 декабря после 6 урока в 14:30, каб. 12", "2026-12-10T14:30"),
    ],
)
def test_a_lesson_beside_its_own_clock_asks_nothing(text: str, start: str) -> None:
    got = _chat(text)
    assert got["start"] == start
    assert "lesson_time" not in (got["doubts"] or [])


@pytest.mark.parametrize(
    "text",
    [
        "Флешмоб 9 декабря на большой перемене, 5–9 классы",
        "Консультация 10 декабря после 6 урока",
        "Встреча 12.12 на большой перемене",  # a date, no clock
        "Открытый урок 10 декабря на 3-м уроке. Сбор гостей в 9:40 у входа.",  # another sentence
    ],
)
def test_a_lesson_without_its_own_clock_is_still_asked(text: str) -> None:
    assert "lesson_time" in (_chat(text)["doubts"] or [])


# a page's clock before its headline's day («10:00 16 сентября театр открыл сезон»)
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "10:00 16 сентября театр «Дилижанс» открыл творческий сезон!\nНачиная с четырёх"
            " часов вечера, двери театра были гостеприимно распахнуты для гостей.",
            "2017-09-16T16:00",
        ),
        (
            "10:00 16 сентября в городском парке прошёл осенний праздник для всей семьи!\n"
            "Праздник начался в 15:00 с большого концерта, потом ребята играли в подвижные"
            " игры и рисовали на асфальте.",
            "2017-09-16T15:00",
        ),
        (
            "12:30 16 сентября в школе прошёл день здоровья\nНачиная с десяти часов утра"
            " ребята соревновались на стадионе в беге и прыжках.",
            "2017-09-16T10:00",
        ),
        (
            "10:00 16 сентября в школе открылась выставка рисунков наших учеников\nЕё посетили"
            " ученики 5Б и их родители, ребята рассказали гостям о своих работах.",
            "2017-09-16",
        ),
    ],
)
def test_a_page_clock_before_the_headline_day_is_no_start(text: str, start: str) -> None:
    assert _post(text, "2017-09-17T10:00")["start"] == start


def test_an_announcement_ahead_keeps_its_opening_clock() -> None:
    """The moment ahead of the post's own: an announcement written clock first."""
    text = (
        "18:00 20 сентября в актовом зале пройдёт большой концерт школьного хора!\nПриглашаем"
        " всех ребят и родителей, вход свободный, будем рады видеть вас на празднике."
    )
    assert _post(text, "2017-09-17T10:00")["start"] == "2017-09-20T18:00"


# a school site's chrome above the headline: never the title (the first two failed before;
# the others, the headline a kind of event names, were read right before too)
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Версия сайта для слабовидящих\n02.03.2023 19:04\n42\n\nПрезидентские состязания"
            "\n\nВо исполнение поручений Президента по итогам заседания Совета по развитию"
            " физической культуры и спорта от 22 ноября 2019 года № Пр-2397 предусмотреть"
            " проведение школьных соревнований.\n\nПрезидентские состязания проводятся с 03 до"
            " 20 марта 2023 года.",
            "Президентские состязания",
        ),
        (
            "Новости проекта\nРазъяснение ситуации с рекламой\nОбновленные функции сайта\n"
            "Голосование\nПользуетесь ли вы мобильным приложением?\nВсего 0 человек\n\nАкция"
            " «Чистый двор»\n\nДата: 1 марта 2023 в 12:38\n123 просмотра\n\n10 марта 2023 г."
            " во дворе школы пройдет экологическая акция «Чистый двор».\nОсновная цель акции -"
            " привлечь внимание к чистоте.\nПриглашаем присоединиться к данной акции.\n10 марта"
            " 2023 г. в 15:00 выходим на уборку вместе!",
            "«Чистый двор»",
        ),
        (
            "Версия сайта для слабовидящих\n01.03.2023 10:15\n17\n\nВеселые старты\n\nВ"
            " соответствии с планом работы школы по итогам заседания методического объединения"
            " учителей физкультуры от 15 февраля 2023 года № 3 проводятся спортивные эстафеты."
            "\n\nВеселые старты пройдут с 13 по 17 марта 2023 года в спортивном зале.",
            "Веселые старты",
        ),
        (
            "Новости образования\nОбновления сайта\nОпрос\nВсего 3 человека\n\nНеделя книги"
            "\n\nДата: 1 марта 2023 в 12:38\n77 просмотров\n\n13 марта 2023 г. в библиотеке"
            " школы начнётся неделя детской книги. Ребят ждут встречи с писателями и"
            " викторины.\nПриглашаем всех читателей.",
            "Неделя книги",
        ),
    ],
)
def test_site_chrome_is_no_title(text: str, title: str) -> None:
    got = _post(text, "2023-03-02T19:04")
    assert title in str(got["title"]), got


# a run told begun today whose later day the post writes: from today to that day
@pytest.mark.parametrize(
    "text",
    [
        "В гимназии открылся фестиваль науки\n\nСегодня, 31 августа, в гимназии открылся"
        " фестиваль науки. Главным событием первого дня станет лекция о космосе, она начнётся"
        " в 15:00. А 1 сентября пройдут мастер-классы для младших школьников.",
        "В парке начался семейный фестиваль\n\nВ субботу, 31 августа, в городском парке начался"
        " большой семейный фестиваль. Ключевым событием первого дня станет запуск воздушных"
        " змеев, он начнется с трех часов дня. А 1 сентября в парке будут работать площадки"
        " детских клубов.",
    ],
)
def test_a_run_begun_today_runs_to_its_later_day(text: str) -> None:
    got = _post(text, "2024-08-31T12:00")
    assert (got["start"], got["end"]) == ("2024-08-31", "2024-09-01"), got


def test_something_else_begun_today_leaves_the_event_its_day() -> None:
    """«на конкурс» is governed: the applications began, not the contest."""
    text = (
        "Сегодня, 31 августа, начался приём заявок на конкурс рисунков. Конкурс пройдёт"
        " 5 сентября в 15:00 в актовом зале школы, приглашаем всех."
    )
    assert _post(text, "2024-08-31T12:00")["start"] == "2024-09-05T15:00"
