"""What may follow a village named bare after «в» (place_words._bare_village): a number, a
mark, a clause's end or a verb — a verb by its part of speech, not by an ending «-ет»/«-ит»
that nouns share («билет», «кабинет», «совет», «институт»; fixparse47, review47 low 9)."""

from __future__ import annotations

import pytest

from bot.core.language.place_words import village_may_end

PREFIX = "концерт в Кузьмихе"


@pytest.mark.parametrize("rest", [" пройдёт 5 мая", " состоится в мае", ", 5 мая", ".", " 19 мая"])
def test_a_verb_number_or_mark_may_follow(rest: str) -> None:
    assert village_may_end(PREFIX + rest, len(PREFIX))


@pytest.mark.parametrize("rest", [" билет стоит 100 рублей", " кабинет 5", " институт культуры"])
def test_a_noun_ending_like_a_verb_may_not(rest: str) -> None:
    assert not village_may_end(PREFIX + rest, len(PREFIX))
