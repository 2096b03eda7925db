"""Straight "…" pairs shown as «…» (newcomer walk 2026-12-04ag, AG5): the pairing rule of
bot.core.language.quote_marks.straight_as_guillemets and the renderer's use of it."""

from __future__ import annotations

import pytest

from bot.core.language.quote_marks import straight_as_guillemets
from bot.render import Renderer, quote


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ('Квест "Морские узлы"', "Квест «Морские узлы»"),
        ('Мастер-класс "Янтарная мозаика", ауд. 5', "Мастер-класс «Янтарная мозаика», ауд. 5"),
        ('ООО "Ромашка" и "Лютик"', "ООО «Ромашка» и «Лютик»"),
        ('("Квант")', "(«Квант»)"),
        ('"Ж"', "«Ж»"),
        ('экран 5" и 7"', 'экран 5" и 7"'),  # inches: no pair
        ('Лекция "Космос', 'Лекция "Космос'),  # unpaired
        ('Лекция " Космос "', 'Лекция " Космос "'),  # spaces inside: not a pair
        ("Лекция «Космос»", "Лекция «Космос»"),
    ],
)
def test_straight_pairs_become_guillemets(written: str, shown: str) -> None:
    assert straight_as_guillemets(written) == shown


def test_a_quoted_title_with_straight_quotes_inside_gets_inner_quotes() -> None:
    assert quote('Лекция "Как устроен корабль"') == "«Лекция „Как устроен корабль“»"


def test_every_printed_title_is_typographic() -> None:
    """A card's title line, printed without a filter, shows «…»."""
    view = {"title": 'Квест "Морские узлы"'}
    text = (
        Renderer()
        .env.from_string("📌 {{ event.title }} / {{ event.title|quote }}")
        .render(event=view)
    )
    assert text == "📌 Квест «Морские узлы» / «Квест „Морские узлы“»"
