"""A country is the coarsest place a post can name: when the event's sentence names only a
country ("пройдёт в Беларуси") and the post goes on to name a region or a town after "в"
("соберёт в Гомельской области", "участники соберутся в Караганде"), the event is there, and
that narrower place is the venue (venue49). A country alone stays the venue."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Слёт юных туристов пройдёт с 5 по 9 июня в Беларуси. "
            "В этом году он соберёт в Гомельской области 300 школьников.",
            "Гомельская область",
        ),
        (
            "Форум молодых исследователей пройдёт с 12 по 15 октября в Казахстане. "
            "Участники из шести стран соберутся в Караганде.",
            "Караганда",
        ),
    ],
)
def test_a_narrower_place_beats_the_country(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


def test_a_country_alone_stays_the_venue() -> None:
    text = "Форум молодых исследователей пройдёт с 12 по 15 октября в Казахстане."
    assert parsed_venue(text) == "Казахстан"


def test_a_named_place_still_beats_both() -> None:
    text = (
        "Турнир пройдёт 3 мая в Беларуси. Игры примет стадион «Динамо» "
        "в Минске, болельщиков ждут в Гродненской области."
    )
    assert "Динамо" in (parsed_venue(text) or "")
