"""Concise titles (issue 10, point 6): an opening or a closing of an event the sentence names
by one bare word ("Торжественное открытие «Недели»", "Закрытие смотра") takes the event's
fuller nominative mention elsewhere in the post. Sentences written for the rule."""

from __future__ import annotations

import pytest

from bot.core.language.title_opening import opened_in_full
from tests.title_probe import card_title


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "В Твери пройдёт Декада юного читателя\n\nБиблиотеки области готовят встречи и "
            "конкурсы. Торжественное открытие «Декады» состоится 8 декабря в областной "
            "детской библиотеке.",
            "декада юного читателя",
        ),
        (
            "Завтра начинается Неделя школьной математики. Ребят ждут задачи и игры. "
            "Торжественное открытие недели пройдёт 9 декабря в 9:00 в актовом зале.",
            "неделя школьной математики",
        ),
    ],
)
def test_a_bare_opening_takes_the_event_named_in_full(text: str, wanted: str) -> None:
    assert wanted in card_title(text).lower()


@pytest.mark.parametrize(
    ("phrase", "text", "wanted"),
    [
        (  # a closing, the event named in the nominative in a headline
            "Закрытие смотра",
            "Смотр строевой подготовки соберёт кадетов\nЗакрытие смотра пройдёт 12 декабря.",
            "Смотр строевой подготовки",
        ),
        (  # another number: one of the tournaments, not all of them
            "Открытие турнира",
            "В городе пройдут традиционные рейтинговые турниры. Открытие турнира в 10:00.",
            "Открытие турнира",
        ),
        (  # the event never named in full: the opening stays
            "Открытие выставки",
            "Открытие выставки состоится в 14:00 в фойе.",
            "Открытие выставки",
        ),
        (  # not a bare opening: left as it is
            "Открытие выставки «Победа»",
            "Выставка детского творчества. Открытие выставки «Победа» в 14:00.",
            "Открытие выставки «Победа»",
        ),
    ],
)
def test_opened_in_full(phrase: str, text: str, wanted: str) -> None:
    assert opened_in_full(text, phrase) == wanted
