"""A capitalised adjective inside the dated sentence is a name's word only when it names
(review46 M3): «Большой концерт» is a capital for emphasis, and the heading «Концерт для
ветеранов» stays; a relative or possessive adjective («Губернаторскую ёлку») still names
the event (title45)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.title_heading_body import proper_in_dated

NOW = datetime.fromisoformat("2026-12-05T10:00")


def _title(text: str) -> str:
    return str(intent_to_json(parse_message(text, NOW))["title"])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Концерт для ветеранов\nПриглашаем всех на Большой концерт, который состоится "
            "20 декабря в 15:00 в ДК.",
            "Концерт для ветеранов",
        ),
        (
            "Концерт для ветеранов\nПриглашаем всех на Праздничный концерт, который состоится "
            "20 декабря в 15:00 в ДК.",
            "Концерт для ветеранов",
        ),
    ],
)
def test_a_capital_for_emphasis_keeps_the_heading(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize("lead", ["Внимание: ", "— ", "• ", "1. "])
def test_a_first_word_after_a_colon_dash_bullet_or_number_is_no_name(lead: str) -> None:
    text = f"Ёлка для отличников\n{lead}Губернаторская ёлка состоится 26 декабря в 11:00."
    begin = text.index("\n") + 1
    assert proper_in_dated(text, "Ёлка для отличников", (begin, len(text))) is None


def test_a_name_inside_the_sentence_is_still_taken() -> None:
    text = "Ёлка для отличников\nНа Губернаторскую ёлку, которая состоится 26 декабря, приглашаем."
    begin = text.index("\n") + 1
    assert proper_in_dated(text, "Ёлка для отличников", (begin, len(text))) is not None
