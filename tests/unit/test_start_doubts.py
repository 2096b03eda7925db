"""Several announced starts of the event's day in a long post are asked about with buttons
(sixth round, dates9: `several_times` with the pick first, then the others), with
sentences of our own; a preparatory step's start and a start offered as alternatives (a
series of sessions) are not."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.start_doubts import other_starts

NOW = datetime.fromisoformat("2026-11-20T12:00")


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


@pytest.mark.parametrize(
    ("text", "clocks"),
    [
        (
            "Городской квиз для старшеклассников пройдёт 28 ноября в библиотеке на ул. Мира, 5. "
            "Начало разминки для команд: 14:00.\nНачало первого тура: 14:40.",
            {"14:00", "14:40"},
        ),
        (
            "День открытых дверей колледжа состоится 28 ноября. Экскурсия по мастерским "
            "начнётся в 10:00. Встреча с директором начнётся в 11:15 в актовом зале.",
            {"10:00", "11:15"},
        ),
        (
            "28 ноября в парке пройдёт праздник двора. Начало концерта – в 16.00, начало "
            "мастер-классов – в 17.30. Приглашаем семьи с детьми.",
            {"16:00", "17:30"},
        ),
    ],
)
def test_several_announced_starts_are_asked(text: str, clocks: set[str]) -> None:
    got = _parse(text)
    assert "several_times" in (got["doubts"] or [])
    choices = got["choices"]
    assert isinstance(choices, list)
    assert isinstance(got["start"], str)
    assert choices[0] == got["start"]  # the pick first
    assert {c[11:16] for c in choices} == clocks
    assert got["end"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Соревнования по лёгкой атлетике пройдут 28 ноября на стадионе «Труд». Начало "
        "регистрации в 9:30. Начало соревнований в 10:00. Приглашаются 5–8 классы.",
        "Спектакль школьного театра пройдёт 28 ноября в актовом зале, в 11:30 или в 13:30. "
        "Приглашаются ученики начальной школы и их родители.",
    ],
)
def test_a_preparation_or_alternatives_are_not_asked(text: str) -> None:
    got = _parse(text)
    assert "several_times" not in (got["doubts"] or [])


def test_other_starts_needs_the_picks_own_clock_among_them() -> None:
    text = "начало концерта в 16:00. начало ярмарки в 17:30."
    at = datetime.fromisoformat
    assert other_starts(text, at("2026-11-28T15:00")) == []
    assert other_starts(text, at("2026-11-28T16:00")) == [at("2026-11-28T17:30")]
