"""A village the dictionary does not know, named bare after "в" in the event's own sentence
("решено провести в Кузьмихе", "В Вельяминовском 19 мая состоится …"), is where the event is:
the venue's last resort reads it as a town in the nominative (venue47)."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Впервые соревнования решено провести в Кузьмихе 12 мая.", "Кузьмиха"),
        (
            "В Вельяминовском 19 мая состоится фестиваль науки для школьников района.",
            "Вельяминовское",
        ),
        (
            "Фестиваль науки состоится 19 мая в Вельяминовском, приглашаются все школы.",
            "Вельяминовское",
        ),
    ],
)
def test_an_unknown_village_after_v_in_the_event_sentence(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


def test_an_adjective_before_its_noun_is_no_village() -> None:
    text = "Фестиваль науки состоится 19 мая в Вельяминовском районе."
    assert parsed_venue(text) != "Вельяминовское"


def test_a_village_outside_the_event_sentence_is_not_read() -> None:
    text = "Фестиваль науки состоится 19 мая. Прошлый раз его провели в Кузьмихе."
    assert parsed_venue(text) != "Кузьмиха"
