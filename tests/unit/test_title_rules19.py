"""Title rules of the sixteenth round (branch `titles19`), each a fact of Russian or of how
announcements are written, with small cases written for them (not taken from a corpus):

- a republic's own name stands after "Республики" in the nominative whatever case the word
  "Республика" takes ("первенство Республики Татарстан", "Республики Саха (Якутия)"): the
  chain of the kind's subject goes on past it; a contest's age group ("до 23 лет") is part of
  its name;
"""

from __future__ import annotations

import pytest

from bot.core.language.title import concise_title


def _dated(text: str) -> str | None:
    """The title of a one-sentence post, that sentence being the event's."""
    return concise_title(text, (0, len(text)))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "12 марта в Уфе пройдёт первенство Республики Башкортостан по боксу до 18 лет.",
            "Первенство Республики Башкортостан по боксу до 18 лет",
        ),
        (
            "В субботу состоится открытый чемпионат Республики Беларусь по шахматам.",
            "Открытый чемпионат Республики Беларусь по шахматам",
        ),
        (
            "5 мая пройдёт конкурс чтецов Республики Саха (Якутия) для школьников.",
            "Конкурс чтецов Республики Саха (Якутия)",
        ),
    ],
)
def test_a_republics_name_in_the_nominative_does_not_end_the_chain(text: str, title: str) -> None:
    assert _dated(text) == title


def test_a_capitalised_word_after_republic_that_is_no_place_ends_it() -> None:
    text = "12 марта пройдёт первенство Республики Сегодня в зале."
    assert _dated(text) == "Первенство Республики"
