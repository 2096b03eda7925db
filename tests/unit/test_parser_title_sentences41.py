"""title_enrich reads a post's sentences with bot/core/language/sentences.py (review41): an
abbreviation or initials («им. А. С. Пушкина», «ул.», «г.») do not end a sentence, so the
opening's two or three sentences are the post's own, not its fragments."""

from __future__ import annotations

from datetime import datetime

from tests.title_probe import card_title

NOV = datetime.fromisoformat("2026-11-20T10:00")
_PROGRAMME = (
    " приготовила для вас праздничную программу: в 15:00 в читальном зале начнутся "
    "громкие чтения и викторина."
)


def test_initials_in_the_opening_do_not_push_the_kept_day_out_of_it() -> None:
    # main split «им. А. С. Пушкина» into four sentences: the day kept fell out of the
    # opening and the title was the day itself («Всемирный день ребёнка»)
    text = (
        "Дорогие друзья! 20 ноября в библиотеке им. А. С. Пушкина мы отмечаем Всемирный день "
        "ребёнка. Библиотека" + _PROGRAMME
    )
    assert card_title(text, NOV) == "Праздничная программа ко Всемирному дню ребёнка"


def test_the_same_post_without_initials_gives_the_same_title() -> None:
    text = "Дорогие друзья! 20 ноября мы отмечаем Всемирный день ребёнка. Библиотека" + _PROGRAMME
    assert card_title(text, NOV) == "Праздничная программа ко Всемирному дню ребёнка"
