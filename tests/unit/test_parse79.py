"""parse79: round 44's parser leftovers (tests/data/parse79.md), each reading checked on
sentences written for this file in several shapes, never a set's words."""

from __future__ import annotations

import pytest

from bot.core.language.sentences import dot_ends_sentence, sentences
from tests.title_probe import parsed as _parse

# 1. «2015г.»: the year's abbreviation glued to the year ends no sentence, as «2015 г.» does
# not; a report opening «15 марта 2024г. в …» had its date cut off as a sentence of its own,
# taken as the page's dateline, and lost its start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "15 марта 2024г. в рамках недели безопасности в спортивном зале школы прошла "
            "эстафета для учащихся начальных классов. Ребята показали ловкость и смекалку.",
            "2024-03-15",
        ),
        (
            "В субботу, 16 марта 2024г. в актовом зале нашей гимназии состоялся концерт хора "
            "ветеранов. Зрители тепло встретили исполнителей.",
            "2024-03-16",
        ),
        (
            "12.03.2024г. в рамках месячника по профилактике в библиотеке прошла встреча "
            "учеников с инспектором. Он рассказал о правилах.",
            "2024-03-12",
        ),
    ],
)
def test_a_glued_year_abbreviation_keeps_the_reports_day(text: str, start: str) -> None:
    got = _parse(text, "2024-03-20T10:00")
    assert got["start"] == start, got
    assert "past" in got["doubts"], got


@pytest.mark.parametrize(
    "text",
    [
        "10 сентября 2015г. в детском доме прошла встреча.",
        "В 2019г. в библиотеке открылась выставка.",
        "Вход 200руб. за взрослого, детям бесплатно.",
    ],
)
def test_a_glued_abbreviation_splits_as_the_spaced_one(text: str) -> None:
    assert sentences(text) == [(0, len(text))]
    dot = text.index(".")
    assert not dot_ends_sentence(text, dot)


def test_a_number_glued_to_a_class_letter_still_ends_its_sentence() -> None:
    text = "Победили ученики 5а. Поздравляем ребят!"
    assert len(sentences(text)) == 2
    assert dot_ends_sentence(text, text.index("."))
