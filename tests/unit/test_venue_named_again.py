"""A place named once by its name and again by its noun with an adjective and no name ("в
городском парке «Дубки» … в городском парке пройдёт …") is the named place: the venue is
shown with its name (venue47)."""

from __future__ import annotations

from tests.title_probe import long_post_venue as parsed_venue


def test_an_adjective_and_noun_mention_takes_the_name_given_elsewhere() -> None:
    text = (
        "Школьники решили навести порядок в городском парке «Дубки». "
        "4 мая в городском парке пройдёт субботник, приглашаются все желающие."
    )
    assert "«Дубки»" in (parsed_venue(text) or "")


def test_a_regional_adjective_mention_takes_the_name_given_elsewhere() -> None:
    text = (
        "В подмосковном санатории открылась смена для юных шахматистов.\n\n"
        "С 3 по 12 января на территории санатория «Сосны» пройдут занятия и турниры."
    )
    assert "«Сосны»" in (parsed_venue(text) or "")


def test_a_mention_with_its_own_name_keeps_it() -> None:
    text = "В парке «Дубки» прошёл субботник. 4 мая в городском парке «Липки» пройдёт концерт."
    assert "«Липки»" in (parsed_venue(text) or "")
