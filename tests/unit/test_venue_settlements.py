"""A settlement named after its kind's noun ("в селе Покровское", "в посёлке Лесном") is a
town for the venue's last resort whether or not the dictionary knows the name: the noun says
what it is, and it is where the event is, more narrowly than the district the sentence goes
on to name (venue47)."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Праздник урожая пройдёт 12 сентября в селе Мокшино Ряжского района.",
            "Мокшино",
        ),
        ("Концерт хора ветеранов состоится 5 мая в посёлке Лесном.", "Лесной"),
        ("В станице Вёшенской 24 мая откроется фестиваль казачьей песни.", "Вёшенская"),
        ("Соревнования по лыжным гонкам состоятся 3 марта в деревне Ельниках.", "Ельники"),
    ],
)
def test_a_settlement_by_its_full_noun_is_the_venue(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


def test_a_settlement_noun_without_a_name_is_no_venue() -> None:
    text = "Жители деревни соберутся 12 мая на праздник, приходите всей семьёй."
    assert parsed_venue(text) is None


def test_a_named_place_in_the_settlement_still_wins() -> None:
    text = "Выставка откроется 3 апреля в Доме культуры села Покровское."
    assert "Дом культуры" in (parsed_venue(text) or "")
