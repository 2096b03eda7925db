"""A place's own name after its noun may be an adjective and a noun of its own, both in the
nominative whatever the case of the place noun ("в сквере Весенний сад", "у пруда Чистый
ключ"): the name goes on to its noun, agreeing with the adjective (venue47)."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Концерт духового оркестра пройдёт 4 мая в сквере Весенний сад.", "сквер Весенний сад"),
        ("Субботник пройдёт 20 апреля в парке Зелёная роща.", "парк Зелёная роща"),
        # "озеро" reads first as an accusative: a nominative among its likeliest readings will do
        ("Уборку берега проведут в сквере Лебединое озеро 12 мая.", "сквер Лебединое озеро"),
        ("Праздник двора пройдёт 1 июня в микрорайоне Солнечный берег.", "Солнечный берег"),
    ],
)
def test_an_adjective_and_its_noun_after_a_place_noun_name_it_whole(text: str, venue: str) -> None:
    assert venue in (parsed_venue(text) or "")


def test_a_verb_after_the_name_is_not_part_of_it() -> None:
    text = "В сквере Весеннем пройдёт концерт 4 мая."
    assert "пройдёт" not in (parsed_venue(text) or "")


def test_a_noun_that_disagrees_is_not_part_of_the_name() -> None:
    text = "Концерт пройдёт 4 мая в парке Победы, вход свободный."
    assert "вход" not in (parsed_venue(text) or "")
