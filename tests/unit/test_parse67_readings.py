"""Readings left by fresh66/fresh67 (tests/data/parse67.md), each checked on sentences of our
own, never a tuned post's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# a clock said in number words in any case the preposition governs: the nominative after «в»
# («в восемнадцать часов»), the genitive after «с»/«до», the dative after «к» («к десяти
# часам», «к двум часам»), every «-надцать» included
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Турнир 12 марта в восемнадцать часов.", "2025-03-12T18:00", None),
        ("Сбор команд 12 марта к десяти часам у школы.", "2025-03-12T10:00", None),
        ("Репетиция 12 марта к двум часам дня.", "2025-03-12T14:00", None),
        (
            "Приём 12 марта с тринадцати до семнадцати часов.",
            "2025-03-12T13:00",
            "2025-03-12T17:00",
        ),
        ("Ярмарка пройдёт 12 марта в шестнадцать часов в актовом зале.", "2025-03-12T16:00", None),
    ],
)
def test_a_clock_in_number_words(text: str, start: str, end: str | None) -> None:
    got = _parse(text, "2025-03-01T12:00")
    assert (got["start"], got["end"]) == (start, end)


# a day told as a custom in the present («традиционно … проводится»), posted days after this
# year's day, is this year's (a report of the custom kept), never a year ahead
@pytest.mark.parametrize(
    "text",
    [
        "Традиционно 25 мая в гимназии проводится праздник последнего звонка.",
        "Ежегодно 25 мая в нашем лицее проходят выпускные линейки.",
        "Каждый год 25 мая в школе собираются выпускники прошлых лет.",
    ],
)
def test_a_custom_told_just_after_its_day_is_this_years(text: str) -> None:
    got = _parse(text, "2025-05-27T12:00")
    assert got["start"] == "2025-05-25"


# what the reading leaves alone: a custom told before its day, an announcement in the future
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        ("Традиционно 25 мая в гимназии проводится праздник.", "2025-05-10T12:00", "2025-05-25"),
        ("25 мая в гимназии пройдёт праздник последнего звонка.", "2025-05-27T12:00", "2026-05-25"),
    ],
)
def test_a_custom_reading_leaves_alone(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start


# an offset ahead in a sentence told in the past counts from the story's moment, never from
# the moment of writing: the post's day stays the one the story names
@pytest.mark.parametrize(
    "text",
    [
        "10 марта в лицее прошла ярмарка. Спустя полтора часа начался концерт.",
        "10 марта в лицее открылась выставка. Через два часа пришли первые гости.",
        "В понедельник, 10 марта, в гимназии прошёл турнир. Спустя час объявили победителей.",
    ],
)
def test_an_offset_in_a_story_is_no_instant(text: str) -> None:
    assert _parse(text, "2025-03-12T12:00")["start"] == "2025-03-10"


def test_an_offset_with_a_future_verb_counts_from_now() -> None:
    got = _parse("Спустя неделю в лицее состоится финал.", "2025-03-12T12:00")
    assert got["start"] == "2025-03-19"
