"""«Адрес тот же» and its kin name the writer's last place (bot.core.language.same_venue)."""

from __future__ import annotations

import pytest

from bot.core.language.same_venue import names_same_place


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
