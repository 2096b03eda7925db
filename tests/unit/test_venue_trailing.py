"""A named place closing a one-line chat message after a comma (issue 10, point 5; newcomer
walk: «…для 7А, Музей янтаря» gave the venue «Музей» and left «, Музей янтаря» in the title):
the place is the venue and leaves the title. Sentences written for the rule, and ones it must
leave alone."""

from __future__ import annotations

import pytest

from bot.core.language.tokens import Scanner
from bot.core.language.venue_trailing import trailing_place
from tests.title_probe import card_title, parsed_venue


@pytest.mark.parametrize(
    ("text", "venue", "title"),
    [
        # the newcomer walk's message
        (
            "Экскурсия «Янтарная комната» 8 декабря с 15:30 до 17:00 для 7А, Музей янтаря",
            "Музей янтаря",
            "Экскурсия «Янтарная комната»",
        ),
        (
            "Лекция о космосе 12 декабря в 14:00 для 9Б, Калининградский областной музей "
            "изобразительных искусств",
            "Калининградский областной музей изобразительных искусств",
            "Лекция о космосе",
        ),
        (
            "Концерт хора 15 декабря в 18:00, Дворец культуры моряков",
            "Дворец культуры моряков",
            "Концерт хора",
        ),
        (
            "Мастер-класс по лепке 10.12 в 15:00, Центральная детская библиотека им. А. П. Гайдара",
            "Центральная детская библиотека им. А. П. Гайдара",
            "Мастер-класс по лепке",
        ),
        ("Квиз 12.12 в 16:00, Библиотека имени Чехова", "Библиотека имени Чехова", "Квиз"),
        ("Кросс 12 декабря в 9:00, стадион «Балтика»", "стадион «Балтика»", "Кросс"),
        ("Ярмарка 19 декабря в 12:00, гимназия №40", "гимназия №40", "Ярмарка"),
    ],
)
def test_a_closing_named_place_is_the_venue(text: str, venue: str, title: str) -> None:
    assert parsed_venue(text) == venue
    assert card_title(text) == title


@pytest.mark.parametrize(
    "text",
    [
        "Встреча с ветеранами 9 декабря в 13:00, приходите всей семьёй",  # a verb
        "Экскурсия 8 декабря в 11:00, сбор у входа",  # a clause of its own
        "Олимпиада по математике 12 декабря в 10:00, кабинет 204",  # a room: the room rule's
        "Спектакль 20 декабря в 12:00, билеты в кассе театра",  # a preposition
    ],
)
def test_other_closing_clauses_are_no_trailing_place(text: str) -> None:
    assert trailing_place(Scanner(text)) is None


def test_a_pasted_post_is_left_to_the_post_reader() -> None:
    post = "Концерт хора\n15 декабря в 18:00, Дворец культуры моряков"
    assert trailing_place(Scanner(post)) is None


def test_the_room_rule_still_reads_a_closing_room() -> None:
    assert parsed_venue("Олимпиада по математике 12 декабря в 10:00, кабинет 204") == "каб. 204"
