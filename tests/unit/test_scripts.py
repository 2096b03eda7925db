"""Mixed-script words and invisible format characters (bot/core/language/scripts.py)."""

from __future__ import annotations

import pytest

from bot.core.language.scripts import mend_scripts


def latin(text: str, *letters: str) -> str:
    """`text` with each given Cyrillic letter replaced by its Latin look-alike."""
    twins = {"о": "o", "а": "a", "С": "C", "е": "e", "к": "k", "р": "p"}
    for letter in letters:
        text = text.replace(letter, twins[letter])
    return text


@pytest.mark.parametrize(
    ("read", "letters"),
    [
        ("в субботу в 12:00", ("о",)),
        ("Встреча 5 января", ("а",)),
        ("послезавтра", ("о", "е")),
        ("Спектакль 3 марта", ("С",)),
        ("Лекция 7 декабря, кабинет 12", ("к", "е")),
        ("во вторник, урок 3", ("о", "р")),
    ],
)
def test_look_alike_latin_letters_inside_russian_words_are_mended(
    read: str, letters: tuple[str, ...]
) -> None:
    typed = latin(read, *letters)
    assert typed != read
    assert mend_scripts(typed) == read


@pytest.mark.parametrize(
    "kept",
    [
        "Zoom-конференция",
        "IT-куб",
        "e-mail и почта",
        "Python для школьников",
        "9 декабря",
        "квест «Quest»",
        "кабинет 2a",  # a Latin letter after digits is not inside a Russian word
    ],
)
def test_latin_words_and_names_are_kept(kept: str) -> None:
    assert mend_scripts(kept) == kept


def test_a_word_with_a_latin_letter_that_has_no_cyrillic_twin_is_kept() -> None:
    assert mend_scripts("Дeлfi") == "Дeлfi"  # "f" has no twin: a name, not a slip


def test_format_characters_are_dropped() -> None:
    assert mend_scripts("Лекция\u202e о стали\u200b") == "Лекция о стали"
    assert mend_scripts("\ufeffКонцерт\u2066 в 18:00\u2069") == "Концерт в 18:00"
