"""A place named only by its quoted name right after "в"/"на" in the event's sentence ("в
«Ёлочке» пройдёт …", "в Омске на «зелёной поляне»") is the venue, narrower than the town,
shown in the nominative in its quotes; a quote after "участие" is a contest or a project, and
an animate word (a person) is no place (place_words.quoted_local_name; venue49)."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Праздник двора пройдёт 5 июня в Омске на «зелёной поляне».", "«зелёная поляна»"),
        ("Новогодний утренник для малышей пройдёт 27 декабря в «Ёлочке».", "«Ёлочка»"),
    ],
)
def test_a_quoted_name_after_the_preposition_is_the_venue(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


def test_a_quote_after_taking_part_is_no_place() -> None:
    text = "Школьники района примут участие 5 июня в «Большой перемене»."
    assert parsed_venue(text) is None
