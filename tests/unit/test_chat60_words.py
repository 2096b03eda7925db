"""chat60: spoken words mended only outside names (bot.core.language.spoken, names_kept and
mended_words) and a class written apart before a date (bot.core.language.audience).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.core.language.audience import parse_audience
from bot.core.language.draft_corrections import correction
from bot.core.language.spoken import mended_words, standard


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Клуб Норм 14 декабря в 16:00", "Клуб Норм 14 декабря в 16:00"),
        ("Квиз Чо за фильм на некст неделе в среду", "Квиз Чо за фильм на след неделе в среду"),
        ("Ярмарка на выхах, пж", "Ярмарка на выходных, пожалуйста"),
        ("Квест Некст уровень 12 декабря", "Квест Некст уровень 12 декабря"),
    ],
)
def test_names_kept_mends_only_the_frame_words(typed: str, read: str) -> None:
    assert standard(typed, names_kept=True) == read


def test_next_is_mended_only_before_a_period_it_names() -> None:
    assert standard("Квест Некст уровень") == "Квест Некст уровень"
    assert standard("че в некст пятницу") == "что в след пятницу"


def test_mended_words_are_those_a_name_may_hold() -> None:
    assert mended_words("отмени Клуб Норм пж", kinds=False) == {"нормально"}
    assert mended_words("отмени меро на некст неделе", kinds=False) == frozenset()
    assert mended_words("Большое меро 12 декабря", kinds=True) == {"мероприятия"}


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        ("что у 10 а 9 декабря?", {"10А"}),
        ("для 7 б 15-го декабря что есть?", {"7Б"}),
        ("что у 8 в 03.12?", {"8В"}),
        ("что у нас 10 и 11 декабря?", set()),
        ("для 9 и 10 классов", set()),
    ],
)
def test_a_class_apart_before_a_date(text: str, classes: set[str]) -> None:
    assert set(parse_audience(text).classes) == classes


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        ("хотя нет, в 17:00", "в 17:00"),
        ("ну давай в 12:00", "в 12:00"),
        ("Хотя нет давайте в 16:00", "в 16:00"),
        ("так, лучше 15 декабря", "15 декабря"),
        ("а вот пусть будет в 18:30", "в 18:30"),
    ],
)
def test_a_correction_after_discourse_words(reply: str, value: str) -> None:
    """Conjunctions, particles and interjections before the frame («хотя», «ну», «так», «а
    вот») carry nothing: the frame after them is read (chat60: «Хотя нет» was a new draft)."""
    found = correction(reply)
    assert found is not None, reply
    assert found.value == value


@pytest.mark.parametrize(
    "reply", ["А ну-ка, девушки! 15 декабря в 15:00", "Хотя бы раз в 15:00", "и ещё одно"]
)
def test_discourse_words_alone_open_no_correction(reply: str) -> None:
    assert correction(reply) is None
