"""newcomer76 (newcomer75's L2 and L6): grades named before a quoted name are the card's 👥
line, not part of the title — after a verb's object («БФУ проводит олимпиаду по истории для
учащихся 7–11 классов «…»» kept «для учащихся 7–11 классов» in the title), after «среди»
(«Турнир по шахматам среди «Белая ладья»») and with the pupils' noun in the nominative
(«…, учащиеся 5-х классов» left «, учащиеся»). An audience that says more than grades
(«среди школьников») stays. Sentences are my own, in several shapes (tests/data/newcomer76.md)."""

from __future__ import annotations

import pytest

# newcomer75's reader of one message as an event (its clock, 7 December, is before every
# day named here)
from tests.unit.test_newcomer75_titles import _draft


@pytest.mark.parametrize(
    ("text", "title", "grades"),
    [
        (
            "БФУ проводит олимпиаду по истории для учащихся 7–11 классов «Знатоки Кёнигсберга» "
            "22 декабря в 14:00",
            "Олимпиада по истории «Знатоки Кёнигсберга»",
            {7, 8, 9, 10, 11},
        ),
        (
            "Гимназия проводит олимпиаду для учащихся 9–11 классов «Кантовские старты» "
            "12 декабря в 10:00",
            "Олимпиада «Кантовские старты»",
            {9, 10, 11},
        ),
        (
            "Библиотека проводит конкурс чтецов для учеников 5-х классов «Зимние строки» "
            "16 декабря в 15:00",
            "Конкурс чтецов «Зимние строки»",
            {5},
        ),
        (
            "Клуб проводит турнир по шахматам среди учащихся 5–7 классов «Белая ладья» "
            "16 декабря в 15:00",
            "Турнир по шахматам «Белая ладья»",
            {5, 6, 7},
        ),
        (
            "Турнир по шахматам среди учеников 8-х классов «Белая ладья» 16 декабря в 15:00",
            "Турнир по шахматам «Белая ладья»",
            {8},
        ),
        (
            "Конкурс чтецов «Зимние строки» 16 декабря в 15:00, учащиеся 5-х классов",
            "Конкурс чтецов «Зимние строки»",
            {5},
        ),
        (
            "Викторина «Знатоки истории» 17 декабря в 14:00. Участники — школьники 6–7 классов.",
            "Викторина «Знатоки истории»",
            {6, 7},
        ),
    ],
)
def test_grades_before_a_name_stay_out_of_the_title(
    text: str, title: str, grades: set[int]
) -> None:
    """The title is the kind, its subject and the name; the grades are the audience."""
    draft = _draft(text).draft
    assert draft.title == title
    assert set(draft.audience.grades) == grades


def test_an_audience_saying_more_than_grades_stays() -> None:
    """«среди школьников» names who compete, not grades the card shows elsewhere."""
    text = "Клуб проводит турнир по шахматам среди школьников «Белая ладья» 16 декабря в 15:00"
    assert _draft(text).draft.title == "Турнир по шахматам среди школьников «Белая ладья»"
