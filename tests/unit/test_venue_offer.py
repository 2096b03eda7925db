"""Places a post lists for one event after «на двух площадках:» (walk v, F5), with
sentences of our own: offered as buttons before the card; a count without a list, or a list
of one, offers nothing."""

from __future__ import annotations

import pytest

from bot.core.language.venue_offer import offered_venues


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Фестиваль пройдёт на двух площадках:\nДворец культуры «Юность», большой зал.\n"
            "Парк Победы.\n\nВход свободный.",
            ["Дворец культуры «Юность»", "Парк Победы"],
        ),
        (
            "Соревнования пройдут на двух площадках: в школе №5 и в ДЮСШ «Олимп».",
            ["школа №5", "ДЮСШ «Олимп»"],
        ),
        (
            "Акция проходит в трёх локациях:\n1. Библиотека №2\n2. Музей истории города\n"
            "3. Центр «Мир» — с 12:00",
            ["Библиотека №2", "Музей истории города", "Центр «Мир»"],
        ),
    ],
)
def test_listed_places_are_offered(text: str, places: list[str]) -> None:
    assert offered_venues(text) == places


@pytest.mark.parametrize(
    "text",
    [
        "Выставка работает на трёх площадках города; подробности на сайте.",
        "Турнир пройдёт на двух площадках:\nСпорткомплекс «Арена».",
        "Концерт в ДК «Юность», начало в 18:00.",
    ],
)
def test_no_list_offers_nothing(text: str) -> None:
    assert offered_venues(text) == []
