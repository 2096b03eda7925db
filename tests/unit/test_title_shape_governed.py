"""A word a preposition governs, or a note in round brackets, is never the title's predicate
(the fresh-clone CI of f9ea13c7: title49's shape checker cut «Лекция о стали» to «Лекция» —
pymorphy3's likeliest «стали» is «стать» — and «Олимпиада по черчению (ОТМЕНЕНО)» to
«Олимпиада по черчению (»; tests/integration/test_look_alike_letters.py and
test_pasted_plan_cancel_marks.py failed)."""

from __future__ import annotations

import pytest

from bot.core.language.title_shape import shapes, well_formed
from tests.title_probe import card_title


@pytest.mark.parametrize(
    "title",
    [
        "Лекция о стали",
        "Беседа о печи",
        "Олимпиада по черчению (ОТМЕНЕНО)",
        "Турнир (отменён)",
        "Концерт (перенесён)",
    ],
)
def test_a_governed_word_or_a_bracketed_note_keeps_the_title_whole(title: str) -> None:
    assert "verb" not in shapes(title)
    assert well_formed(title) == title


@pytest.mark.parametrize(
    ("title", "cut"),
    [
        ("Первый кадетский бал состоялся", "Первый кадетский бал"),
        ("Выставка открыта до 20 декабря", "Выставка"),
    ],
)
def test_a_predicate_outside_brackets_is_still_cut(title: str, cut: str) -> None:
    assert "verb" in shapes(title)
    assert well_formed(title) == cut


def test_a_chat_line_keeps_its_subject_after_the_preposition() -> None:
    assert card_title("Лекция о стали 16 декабря в 15:00, 9Б").startswith("Лекция о стали")
