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
