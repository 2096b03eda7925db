"""The poll's text reader (bot.core.language.poll_answers): scores in words and common
forms, what is not a score, skips, stops and corrections."""

from __future__ import annotations

import pytest

from bot.core.language.poll_answers import (
    corrected_score,
    is_skip,
    is_stop,
    parse_score,
    typed_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4", 4),
        ("четыре", 4),
        ("Оценка четыре", 4),
        ("моя оценка — восемь", 8),
        ("на 8", 8),
        ("ну на восемь", 8),
        ("8 из 10", 8),
        ("8/10", 8),
        ("8 / 10", 8),
        ("десять из десяти", 10),
        ("10 баллов!", 10),
        ("десять", 10),
        ("ноль", 0),
        ("нуль", 0),
        ("0", 0),
        ("ставлю девять", 9),
        ("наверное семь", 7),
        ("на десятку", 10),
        ("15", 15),  # out of range: read, then asked again
        ("одиннадцать", 11),
        ("ДЕВЯТЬ.", 9),
    ],
)
def test_scores_in_words_and_forms(text: str, value: int) -> None:
    assert typed_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("твёрдая пятёрка", 5),
        ("пятёрка с плюсом", 5),
        ("на четвёрку", 4),
        ("тройка", 3),
        ("Оценка: четыре", 4),
        ("4 из 5", 4),
        ("5 звёзд", 5),
    ],
)
def test_school_marks_on_the_rating_scale(text: str, value: int) -> None:
    assert parse_score(text, 1, 5) == value


@pytest.mark.parametrize("text", ["пятёрка", "четвёрка", "тройка"])
def test_school_marks_are_not_read_on_the_ten_point_scale(text: str) -> None:
    assert typed_number(text) is None  # «пятёрка» for «посоветуете?» is not a clear 5
    assert parse_score(text, 0, 10) is None


@pytest.mark.parametrize(
    "text",
    [
        "в 4 часа",
        "9 класс",
        "9 классы",
        "4 класса",
        "в 4",
        "четыре дня",
        "7,5",
        "пару",
        "2 раза",
        "на 4 этаже",
        "каб. 204",
        "что в субботу для 8 классов",
        "я поставил 4 а хотел 3",
        "",
        "   ",
        "оценка",
        "двадцать пять человек",
    ],
)
def test_numbers_of_something_else_are_not_scores(text: str) -> None:
    assert typed_number(text) is None
    assert typed_number(text, marks=True) is None


def test_the_range_is_checked_by_parse_score() -> None:
    assert parse_score("6", 1, 5) is None
    assert parse_score("0", 1, 5) is None
    assert parse_score("ноль", 0, 10) == 0
    assert parse_score("одиннадцать", 0, 10) is None


@pytest.mark.parametrize(
    "text",
    [
        "пропустить",
        "Пропусти",
        "не знаю",
        "Не знаю.",
        "не хочу отвечать",
        "затрудняюсь ответить",
        "хз",
        "дальше",
        "сложно сказать",
    ],
)
def test_skips(text: str) -> None:
    assert is_skip(text)
    assert not is_stop(text)


@pytest.mark.parametrize("text", ["отмена", "Стоп!", "хватит", "закончить опрос"])
def test_stops(text: str) -> None:
    assert is_stop(text)
    assert not is_skip(text)


@pytest.mark.parametrize(
    "text", ["не знаю, что на следующей неделе", "пропустил урок", "нет", "отмени 2"]
)
def test_neither_skip_nor_stop(text: str) -> None:
    assert not is_skip(text)
    assert not is_stop(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ой я поставил 4 а хотел 3", 3),
        ("Ой, я поставила 4, а хотела 3", 3),
        ("исправь оценку на 3", 3),
        ("исправьте мою оценку на три", 3),
        ("измени оценку с 4 на 5", 5),
        ("поменяй на 9", 9),
        ("не 4, а 3", 3),
        ("3 вместо 4", 3),
        ("ошибся, правильно 3", 3),
        ("хотела поставить пять", 5),
    ],
)
def test_corrections(text: str, value: int) -> None:
    assert corrected_score(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "4",
        "оценка 3",
        "измени время на 15",
        "Было бы лучше, если бы начали не в 4, а в 3 и закончили раньше, а то поздно",
        "хотелось бы 2 перерыва",
        "перенеси на 3",
    ],
)
def test_not_corrections(text: str) -> None:
    assert corrected_score(text) is None
