"""Titles without the logistics around the event (newcomer walk 2026-12-02m, finding 17): a
note of where and when people gather («(сбор в 9:45)», «, сбор у школы в 8:30») is how to get
there, not the event's name; and a title never ends with a preposition whose noun was taken
(«Ночь в музее для» once the classes are read). Small cases written for the rules, not taken
from a corpus."""

from __future__ import annotations

import pytest

from tests.title_probe import card_title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Лекция 15 декабря в 10:00 (сбор в 9:45), 9А", "Лекция"),
        (
            "Экскурсия на хлебозавод 17 декабря в 11:00 (сбор у школы в 10:30)",
            "Экскурсия на хлебозавод",
        ),
        ("Поход в лес 19 декабря в 9:00 (собираемся у ворот в 8:45), 7Б", "Поход в лес"),
        ("Концерт в филармонии 20 декабря в 18:00, сбор в холле в 17:30", "Концерт"),
        ("Квест по городу 21 декабря в 12:00 (место встречи — у фонтана), 8А", "Квест по городу"),
        ("Спектакль 22 декабря в 12:00 (отправление автобуса в 11:00), 5В", "Спектакль"),
    ],
)
def test_a_gathering_note_is_no_part_of_the_title(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Встреча с ветеранами (в актовом зале) 15 декабря в 10:00, 9А", "Встреча с ветеранами"),
        ("Лекция «Сбор урожая» 15 декабря в 10:00, 6А", "Лекция «Сбор урожая»"),
        ("Сбор макулатуры 16 декабря в 9:00, 5-е классы", "Сбор макулатуры"),
    ],
)
def test_a_title_about_gathering_keeps_its_words(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ночь в музее для 10-11 классов 26 декабря с 22:00 до 02:00", "Ночь в музее"),
        ("Квиз для 7-х классов 18 декабря в 14:00", "Квиз"),
        ("Вечер поэзии для 9А и 9Б 18 декабря в 17:00", "Вечер поэзии"),
    ],
)
def test_a_title_does_not_end_with_a_preposition(text: str, title: str) -> None:
    assert card_title(text) == title
