"""A house number in an address is no class (walk u, F1): «ул. Новоивановская, 4а» was read
as the class 4А and shown on the card with no question. Russian writes a house's letter
joined to its number as it writes a class's; after a street, «д.», «дом» or «корпус» the
number is the house's."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.audience import parse_audience
from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2013-01-29T10:00")


@pytest.mark.parametrize(
    "text",
    [
        "в шахматном клубе «Ладья» (ул. Новоивановская, 4а) порядка 40 юных шахматистов",
        "Спартаковская улица, дом 2А, стр. 2",
        "ул. Академика Павлова, д. 1а",
        "пер. Балаклавский, д. 1Г",
        "в школе №59 (проспект Парковый, 8а)",
        "по адресу: улица Медынская, 6А.",
        "(ул. Геологоразведчиков, 6 а)",
        "Новоивановская ул., 4а",
        "ул. 30 лет Победы, 3а",
        "корпус 2А",
        "Невский пр., 9б",
    ],
)
def test_a_house_number_is_no_class(text: str) -> None:
    assert parse_audience(text).is_everyone, text


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        ("Лекция для 4а", {"4А"}),
        ("на ул. Ленина для 4а", {"4А"}),
        ("ул. Ленина, 4а класс", {"4А"}),
        ("Экскурсия 7А и 7Б, сбор у школы на ул. Ленина, 5", {"7А", "7Б"}),
    ],
)
def test_a_class_beside_an_address_is_still_read(text: str, classes: set[str]) -> None:
    assert set(parse_audience(text).classes) == classes, text


def test_the_chess_post_names_no_class() -> None:
    """The walk's post: the bot must ask for whom, not show «👥 4А»."""
    post = (
        "В субботу, 2 февраля, во Владивостоке стартуют соревнования по шахматам.\n"
        "«Предстоящий турнир соберет в шахматном клубе «Ладья» (ул. Новоивановская, 4а)"
        " порядка 40 юных шахматистов города».\nНачало игр в 15 часов."
    )
    intent = parse_message(post, NOW)
    assert isinstance(intent, EventIntent)
    assert intent.draft.audience.is_everyone, intent.draft.audience
