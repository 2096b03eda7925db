"""Concise titles (issue 10, point 6), round 5: grammar the title is built with, tried on
sentences written for each rule (not copied from any post) and on ones it must leave alone."""

from __future__ import annotations

import pytest

from bot.core.language.morphology import agreed
from tests.title_probe import card_title


@pytest.mark.parametrize(
    ("word", "head", "wanted"),
    [
        ("посвященную", "программа", "посвящённая"),
        ("посвящённые", "конкурс", "посвящённый"),
        ("посвящённому", "чтения", "посвящённые"),
        ("посвященный", "праздник", "посвященный"),  # agrees already: kept as written
    ],
)
def test_a_participle_agrees_with_its_head(word: str, head: str, wanted: str) -> None:
    assert agreed(word, head) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Городской музей представит детскую интерактивную программу, посвященную "
            "Масленице. Программа пройдёт 12 марта в 11:30 в большом зале музея.",
            "программа, посвящённая масленице",
        ),
        (
            "Библиотека проведёт 5 декабря в 15:00 литературную гостиную, посвящённую "
            "юбилею поэта. Вход свободный, приглашаются все желающие.",
            "гостиная, посвящённая юбилею поэта",
        ),
        (
            "В четверг, 10 декабря, в 12:00 школьники увидят концерт, посвящённый Дню "
            "Конституции. Концерт подготовили учащиеся музыкальной школы.",
            "концерт, посвящённый дню конституции",
        ),
    ],
)
def test_the_dedication_after_a_kind_agrees_with_the_kind(text: str, wanted: str) -> None:
    assert wanted in card_title(text).lower()


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Коллеги, добрый день! В чт 10.12 в 14:30 в актовом зале лекция для 8-9 кл "
            "«Деньги и мы», читает преподаватель колледжа. Списки мне до среды.",
            "«Деньги и мы»",
        ),
        (
            "Уважаемые коллеги! 12 декабря в 11:00 в библиотеке пройдёт викторина для 3-4 кл. "
            "«Зимние сказки». Просим сообщить число участников до пятницы.",
            "«Зимние сказки»",
        ),
        (
            "Добрый день! 15 декабря в 13:00 в музее экскурсия для уч-ся 7 кл «Город в годы "
            "войны», сбор у входа. Сопровождающий от класса обязателен.",
            "«Город в годы войны»",
        ),
    ],
)
def test_a_quoted_name_after_a_clipped_audience_stays_with_its_kind(text: str, wanted: str) -> None:
    assert wanted in card_title(text)


def test_a_class_letter_in_quotes_is_not_a_name() -> None:
    title = card_title(
        "Коллеги! 10 декабря в 14:30 в кабинете 12 пройдёт лекция для уч-ся 6 «А» кл. "
        "О здоровом питании расскажет школьный врач, просьба не опаздывать."
    )
    assert "«А»" not in title
    assert title.lower().startswith("лекция")
