"""A noun given a name (a quoted name, "№ N", a Latin name) right before an address in
brackets or "по адресу" is the place at that address, whatever the noun: "на молокозаводе
«Рассвет» (ул. Садовая, 4)", "в отделение почты № 3 (…)", "в Grand Palace Hotel по адресу: …"
(venue47)."""

from __future__ import annotations

import pytest

from bot.core.language.place_checks import named_owner_before_address
from tests.title_probe import long_post_venue as parsed_venue


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Экскурсия пройдёт на молокозаводе «Рассвет» (ул. Садовая, 4).", "молокозавод «Рассвет»"),
        (
            "Третьеклассники отправятся в отделение почты № 3 (ул. Мира, 12).",
            "отделение почты № 3",
        ),
        (
            "Приём гостей начнётся в Grand Palace Hotel по адресу: ул. Лесная, 7.",
            "Grand Palace Hotel",
        ),
        (
            "Встреча пройдёт в типографии «Север» по адресу ул. Ленина, 15.",
            "типография «Север»",
        ),
    ],
)
def test_a_named_noun_before_an_address_owns_it(text: str, owner: str) -> None:
    at = text.index("ул.")
    assert named_owner_before_address(text, at) == owner


def test_an_unnamed_noun_before_an_address_owns_nothing_here() -> None:
    text = "Сбор у входа (ул. Садовая, 4)."
    assert named_owner_before_address(text, text.index("ул.")) is None


def test_the_owner_of_the_address_is_the_venue_when_no_place_is_named() -> None:
    text = (
        "Торжественное открытие турнира состоится 12 мая в 10:00 в Grand Palace Hotel "
        "по адресу: ул. Лесная, 7."
    )
    assert "Grand Palace Hotel" in (parsed_venue(text) or "")


def test_the_owner_of_the_address_beats_a_school_the_post_only_mentions() -> None:
    text = (
        "В рамках школьного проекта 14 ноября в 11:00 ученики 5 класса побывают на "
        "экскурсии на молокозаводе «Рассвет» (ул. Садовая, 4). Сбор в холле школы в 10:30."
    )
    assert "молокозавод «Рассвет»" in (parsed_venue(text) or "")
