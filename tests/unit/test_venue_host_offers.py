"""A place that offers an event ("Обсерватория предложит экскурсию", "Музей предлагает
занятие") hosts it as one that invites to it does: it is the subject of a verb of hosting
(place_nouns.HOST_VERBS), and the parts its guests will visit are stops inside it (venue49)."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Городская обсерватория предложит 14 мая экскурсию для школьников. "
            "Гости посетят Астрономический музей обсерватории и башню телескопа.",
            "Городская обсерватория",
        ),
        (
            "Ботанический сад предлагает 20 мая мастер-класс по пересадке кактусов. "
            "Участники осмотрят оранжерею и розарий.",
            "Ботанический сад",
        ),
    ],
)
def test_a_place_offering_the_event_is_its_venue(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


def test_an_offer_to_go_elsewhere_keeps_the_named_place() -> None:
    text = "Музей предлагает 20 мая школьникам поездку, экскурсия пройдёт в усадьбе «Лесное»."
    assert "Лесное" in (parsed_venue(text) or "")
