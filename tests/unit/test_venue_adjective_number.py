"""An adjective before a place noun belongs to it only if it can agree with it in number: in
"В эти выходные Краеведческий музей приглашает …" the plural «выходные» is the time's, not
the singular museum's (place_words.left_adjectives; venue49)."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "В эти выходные Краеведческий музей приглашает 14 мая школьников на экскурсию.",
            "Краеведческий музей",
        ),
        ("В летние каникулы Городской парк проведёт 14 июня праздник цветов.", "Городской парк"),
    ],
)
def test_a_plural_time_word_is_not_the_places_adjective(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


def test_plural_adjectives_of_a_plural_place_stay() -> None:
    text = "Осмотры детей пройдут 14 июня в детских поликлиниках города."
    assert "детские поликлиники" in (parsed_venue(text) or "")
