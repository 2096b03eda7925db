"""«Место проведения» may name whose place it is before its colon or dash, in the genitive
(«место проведения турнира — …», «место проведения финального этапа: …»): still a label
of the venue (venue47)."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Как сообщили организаторы, место проведения турнира — спортивный комплекс «Олимп». "
            "Игры пройдут 5 мая.",
            "спортивный комплекс «Олимп»",
        ),
        (
            "Финал назначен на 12 февраля. Место проведения финального этапа — лыжная база "
            "«Берёзка».",
            "лыжная база «Берёзка»",
        ),
        (
            "Эстафета пройдёт 9 мая. Местом проведения соревнований станет стадион «Труд».",
            "стадион «Труд»",
        ),
    ],
)
def test_a_venue_label_with_whose_place_in_the_genitive(text: str, venue: str) -> None:
    assert venue in (parsed_venue(text) or "")


def test_a_verb_after_the_label_words_makes_no_label() -> None:
    text = "Турнир пройдёт 5 мая, место проведения уточняется — следите за новостями."
    assert "следите" not in (parsed_venue(text) or "")


def test_a_labelled_value_opening_with_a_date_is_no_place() -> None:
    text = "Время и место проведения турнира – 12 мая в 11.00 часов на стадионе «Труд» школы №5."
    venue = parsed_venue(text) or ""
    assert "стадион «Труд»" in venue
    assert "мая" not in venue
