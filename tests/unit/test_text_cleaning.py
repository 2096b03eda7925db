"""The one control-character cleaner (bot.core.text) that incoming messages, the store and
the exports share: what it drops, what it keeps."""

from __future__ import annotations

import pytest

from bot.core.text import clean_optional, clean_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Лекция\x01 «ИИ»", "Лекция «ИИ»"),  # C0 control
        ("строка 1\r\nстрока 2", "строка 1\nстрока 2"),  # CR LF -> LF
        ("a\tb\nc", "a\tb\nc"),  # tab and line feed kept
        ("x\x7fy\x85z\x9f", "xyz"),  # DEL and C1 controls
        ("half\ud800pair", "halfpair"),  # a lone surrogate cannot be encoded
        ("non\ufffechar\uffff", "nonchar"),  # noncharacters
        ("ауд.\u00a0204", "ауд.\u00a0204"),  # a no-break space is text
        ("🫎 лось", "🫎 лось"),  # an emoji newer than some Unicode tables
        ("\u0378", "\u0378"),  # unassigned today, maybe assigned tomorrow: kept
    ],
)
def test_controls_are_dropped_and_text_is_kept(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean
    assert clean_text(clean) == clean  # idempotent


def test_optional_fields() -> None:
    assert clean_optional(None) is None
    assert clean_optional("a\x00b") == "ab"


def test_printable_text_is_returned_as_it_is() -> None:
    text = "Мастер-класс по робототехнике, 9–11 классы"
    assert clean_text(text) is text


@pytest.mark.parametrize(
    "hidden", ["\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\u200e", "\ufeff", "\u00ad"]
)
def test_invisible_format_characters_are_removed(hidden: str) -> None:
    assert clean_text(f"Лекция{hidden} о стали") == "Лекция о стали"


def test_the_zero_width_joiner_of_an_emoji_sequence_stays() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert clean_text(f"Семейный день {family}") == f"Семейный день {family}"
