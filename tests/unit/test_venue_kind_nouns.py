"""A building or room named only by its kind is a place like a museum or a school: a hotel
("в гостинице «…»", "в отеле «…»"), a hospital or a clinic ("в детских поликлиниках"), a
choir's hall ("в хоровой капелле") and a salon ("в литературной гостиной") after "в" in the
event's sentence are its venue (venue49). A settlement named like a clearing («в Ясной
Поляне») stays a settlement."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Областной семинар вожатых пройдёт 14 мая в гостинице «Северная».", "гостиниц"),
        ("Форум молодых педагогов откроется 2 октября в отеле «Старый мост».", "отел"),
        ("Весенний концерт для пациентов состоится 8 марта в областной больнице.", "больниц"),
        ("Прививки от гриппа будут делать 3 октября в детских поликлиниках района.", "поликлиник"),
        ("Отборочные прослушивания конкурса пройдут 5 июня в хоровой капелле города.", "капелл"),
        ("Встреча с поэтом Ириной Малышевой пройдёт 9 ноября в литературной гостиной.", "гостин"),
    ],
)
def test_a_place_named_by_its_kind_is_the_venue(text: str, needle: str) -> None:
    assert needle in (parsed_venue(text) or "").lower()


def test_a_choir_named_as_the_performer_leaves_the_hall_the_venue() -> None:
    text = "Хоровая капелла мальчиков выступит 5 июня в Доме культуры «Заря»."
    assert "Дом культуры" in (parsed_venue(text) or "")


def test_a_settlement_named_like_a_clearing_stays_a_settlement() -> None:
    text = "С 7 по 9 сентября в Ясной Поляне пройдёт турнир юных шахматистов."
    assert "Ясн" in (parsed_venue(text) or "")


def test_a_capella_on_a_concerts_bill_is_the_performer() -> None:
    text = (
        "Концерт пройдёт 12 марта в Концертном зале «Заречье». В программе:\n"
        "Государственная академическая симфоническая капелла России"
    )
    assert "капелла" not in (parsed_venue(text) or "")
