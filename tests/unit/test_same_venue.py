"""«Адрес тот же» and its kin name the writer's last place (bot.core.language.same_venue)."""

from __future__ import annotations

import pytest

from bot.core.language.same_venue import (
    mentions_same_place,
    names_same_place,
    without_same_place,
)


@pytest.mark.parametrize(
    "text",
    [
        "Продолжительность 1,5 часа. Адрес тот же.",
        "место то же",
        "Место прежнее, время другое",
        "ждём там же",
        "по тому же адресу",
        "в том же месте, что и в ноябре",
        "Тот же адрес: приходите к 10",
        "Место — как в прошлый раз.",
    ],
)
def test_same_place_is_read(text: str) -> None:
    assert names_same_place(text)


@pytest.mark.parametrize(
    "text",
    [
        "Лекция 15 декабря в 15:00, ауд. 204",
        "время как в прошлый раз, место сообщим",
        "Начало во столько же, как в прошлый раз",
        "Адрес: ул. Мира, 5",
        "Тамара Петровна ждёт",
    ],
)
def test_other_words_are_not(text: str) -> None:
    assert not names_same_place(text)


@pytest.mark.parametrize(
    "text",
    [
        "Там же.",
        "Место: там же",
        "Семинар 18 декабря 15:00-16:00, 10 классы, там же",
        "Встречаемся там же в 10:00",
        "там же, где в прошлый раз",
    ],
)
def test_there_standing_for_the_place_is_read(text: str) -> None:
    assert names_same_place(text)


@pytest.mark.parametrize(
    "text",
    [
        "Сбор у проходной, там же выдадим пропуска.",
        "Регистрация в холле, там же обед.",
    ],
)
def test_there_of_another_action_is_not(text: str) -> None:
    """A «там же» that is the place of another action in its clause (attack v, #12)."""
    assert not names_same_place(text)
    assert mentions_same_place(text)


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Классный час, Там же", "Классный час"),
        ("Экскурсия по залам, Адрес тот же", "Экскурсия по залам"),
        ("Лекция по тому же адресу", "Лекция"),
        ("Там же", "Там же"),
        ("Лекция", "Лекция"),
    ],
)
def test_the_phrase_leaves_a_title(title: str, kept: str) -> None:
    assert without_same_place(title) == kept
