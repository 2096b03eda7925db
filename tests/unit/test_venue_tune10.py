"""Venues of long posts (issue 10, point 5), round tune10: general mechanisms seen failing on
the venues of the released sets (real_posts_eval6/eval7 and the broad sets), tried on
sentences written for each rule (not copied from any post) and on ones each rule must leave
alone."""

from __future__ import annotations

import pytest

from bot.core.language.places import find_venue
from tests.title_probe import parsed_venue

# --- the writer's spelling: a venue keeps "е" where the post never writes "ё" ----------------


def test_a_venue_keeps_the_writers_e_for_yo() -> None:
    text = (
        "Уважаемые родители! 14 мая в 11.00 приходите в Зеленый сквер у реки: ребята "
        "из кружка покажут весеннюю программу, а после будет чаепитие."
    )
    venue = parsed_venue(text)
    assert "Зеленый сквер" in (venue or "")


def test_a_venue_keeps_yo_when_the_post_writes_it() -> None:
    text = (
        "Уважаемые родители! 14 мая в 11.00 приходите в Зелёный сквер у реки: ребята "
        "из кружка покажут весеннюю программу, а после будет чаепитие."
    )
    venue = parsed_venue(text)
    assert "Зелёный сквер" in (venue or "")


# --- "Где?" opening a line: a question label, like "Где:" ------------------------------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Приглашаем на осенний праздник урожая!\nКогда? 3 октября, суббота, в 11 часов.\n"
            "Где? Во дворе клуба «Ровесник», за спортивной площадкой\nВозьмите с собой кружки.",
            "клуба «Ровесник»",
        ),
        (
            "Приглашаем на проводы зимы!\nКогда? 1 марта в 12 часов.\nГде? Рядом со стадионом "
            "«Труд», на поляне\nАвтобус отправится от Дома культуры в 11:30.",
            "стадионом «Труд»",
        ),
    ],
)
def test_a_where_question_opening_a_line_labels_the_place(text: str, venue: str) -> None:
    got = find_venue(text, None)
    assert venue in (got or ""), got


def test_a_where_question_inside_a_sentence_is_no_label() -> None:
    text = (
        "Многие спрашивают: где? Отвечаем всем сразу. Концерт хора состоится 12 декабря в "
        "17:00 в актовом зале гимназии №3, вход свободный."
    )
    got = find_venue(text, None)
    assert "гимназ" in (got or ""), got
