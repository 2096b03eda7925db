"""Venues named inside quotes with their own place noun ("в «Зелёном театре» в парке"), and a
place in brackets after the show seen there ("спектакль «Золушка» (Театр юного зрителя)")
(venue67): both are the event's place, over a wider place or none."""

from __future__ import annotations

from tests.title_probe import long_post_venue as parsed_venue


def test_a_quoted_name_headed_by_a_place_noun_beats_the_town_part_after_it() -> None:
    text = (
        "Праздник выпускников прошёл в субботу в «Летнем театре» в центре Твери. "
        "Ребят поздравил глава города."
    )
    assert "Летн" in (parsed_venue(text) or "")


def test_a_quoted_name_in_straight_quotes_with_two_adjectives() -> None:
    text = (
        'Концерт хора состоится 12 мая в "Старом городском саду" на окраине Вологды. '
        "Вход свободный."
    )
    assert "Стар" in (parsed_venue(text) or "")


def test_a_quoted_title_of_a_show_is_no_place() -> None:
    text = (
        "12 мая ученики посмотрели постановку «Волшебный театр» в Доме культуры. "
        "Ребятам понравилось."
    )
    assert "Дом культуры" in (parsed_venue(text) or "")


def test_a_theatre_in_brackets_after_the_show_is_the_venue() -> None:
    text = (
        "Сегодня ученики 5 класса посмотрели спектакль «Золушка» (Театр юного зрителя).\n"
        "Ребятам очень понравилось."
    )
    assert "юного зрителя" in (parsed_venue(text) or "")


def test_a_person_with_a_theatre_in_brackets_is_no_venue() -> None:
    text = (
        "15 мая в школе № 4 пройдёт встреча с актёром Иваном Петровым (Театр юного зрителя).\n"
        "Приглашаем всех."
    )
    assert "школ" in (parsed_venue(text) or "")


def test_a_visited_technical_school_is_the_venue_over_its_workshops() -> None:
    text = (
        "14 ноября девятиклассники посетили Кировский авиационный техникум в день открытых "
        "дверей. Ребята побывали в учебной мастерской и в лаборатории сварки."
    )
    assert "техникум" in (parsed_venue(text) or "")


def test_a_museum_that_becomes_the_meetings_ground_is_the_venue() -> None:
    text = (
        "Музей №2 станет 12 апреля площадкой для встречи участников литературного клуба "
        "«Зелёная лампа». Разговор пойдёт о рассказах Чехова."
    )
    assert "Музей" in (parsed_venue(text) or "")


def test_a_palace_of_culture_that_becomes_the_ground_is_the_venue() -> None:
    text = (
        "Дворец культуры «Строитель» станет 12 апреля площадкой для встречи участников "
        "литературного клуба «Зелёная лампа». Разговор пойдёт о рассказах Чехова."
    )
    assert "Строитель" in (parsed_venue(text) or "")


def test_a_centre_that_becomes_the_ground_is_the_venue() -> None:
    text = (
        "Центр детского творчества станет 12 апреля площадкой для встречи участников "
        "литературного клуба «Зелёная лампа». Разговор пойдёт о рассказах Чехова."
    )
    assert "Центр детского творчества" in (parsed_venue(text) or "")


def test_a_school_that_became_the_winner_is_no_ground() -> None:
    text = (
        "Школа № 3 стала 12 мая победителем городского конкурса, награды вручили в Доме культуры."
    )
    assert "Дом культуры" in (parsed_venue(text) or "")


def test_a_bare_library_becoming_the_ground_restates_the_named_one() -> None:
    text = (
        "Книжный фестиваль откроется 9 октября в ГПНТБ. На три дня библиотека станет главной "
        "площадкой фестиваля."
    )
    assert "ГПНТБ" in (parsed_venue(text) or "")
